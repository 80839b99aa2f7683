import { expect } from '@open-wc/testing';
import { checkPage } from '../shared/page-check.js';

/**
 * The GOV.UK Frontend host page: GOV.UK Frontend's stylesheet and JavaScript from the npm package, the
 * widgets in the GOV.UK theme, and no GDS Transport font file requested (it is for GOV.UK only).
 */
describe('GOV.UK Frontend host page', function () {
  this.timeout(60000);
  it('renders every widget in the GOV.UK theme: no errors, no failed requests, zero axe violations', async () => {
    const page = await checkPage('/examples/govuk/', { min: 5, keepOpen: true });
    try {
      const { doc, win } = page;
      expect(win.getComputedStyle(doc.documentElement).getPropertyValue('--govuk-frontend-version').trim()).to.equal('"6.6.0"');
      expect(doc.body.classList.contains('govuk-frontend-supported'), 'GOV.UK Frontend JavaScript ran').to.equal(true);
      const card = doc.querySelector('omf-indicator')!;
      expect(card.shadowRoot!.querySelector('.value')!.textContent).to.equal('82.4%');
      expect(win.getComputedStyle(card).getPropertyValue('--omf-focus-colour').trim()).to.equal('#ffdd00');
      expect(win.getComputedStyle(card.shadowRoot!.querySelector('h3')!).fontFamily.toLowerCase()).to.not.contain('gds transport');
      const fonts = win.performance.getEntriesByType('resource').filter((e) => /\.woff2?$/.test(e.name));
      expect(fonts.map((e) => e.name)).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
