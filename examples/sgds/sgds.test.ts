import { expect } from '@open-wc/testing';
import { checkPage } from '../shared/page-check.js';

/**
 * The Scottish Government Design System host page: the design system's stylesheet and JavaScript from
 * the npm package, and the widgets in the SGDS theme (SG focus yellow, SG data-visualisation palette).
 */
describe('Scottish Government Design System host page', function () {
  this.timeout(60000);
  it('renders every widget in the SGDS theme: no errors, no failed requests, zero axe violations', async () => {
    const page = await checkPage('/examples/sgds/', { min: 5, keepOpen: true });
    try {
      const { doc, win } = page;
      expect((win as Window & { DS?: { initAll?: unknown } }).DS?.initAll, 'SGDS JavaScript ran').to.be.a('function');
      const card = doc.querySelector('omf-indicator')!;
      expect(card.shadowRoot!.querySelector('.value')!.textContent).to.equal('82.4%');
      expect(win.getComputedStyle(card).getPropertyValue('--omf-focus-colour').trim()).to.equal('#fdd522');
      // The area's line in the trend chart is drawn in the palette's first colour.
      const line = doc.querySelector('omf-trend')!.shadowRoot!.querySelector('.omf-line.omf-series-0 path, path.omf-line.omf-series-0, .omf-line.omf-series-0')!;
      expect(win.getComputedStyle(line).stroke).to.equal('rgb(0, 45, 84)');
    } finally {
      page.close();
    }
  });
});
