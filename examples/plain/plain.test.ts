import { expect } from '@open-wc/testing';
import { checkPage } from '../shared/page-check.js';

/** The plain HTML host page: one script tag, the built-in look, the page's own font. */
describe('plain HTML host page', function () {
  this.timeout(60000);
  it('renders every widget with real values: no errors, no failed requests, zero axe violations', async () => {
    const page = await checkPage('/examples/plain/', { min: 4, keepOpen: true });
    try {
      const card = page.doc.querySelector('omf-indicator')!;
      expect(card.shadowRoot!.querySelector('.value')!.textContent).to.equal('82.4%');
      // The widgets take the page's font (font: inherit), not one of their own.
      const heading = card.shadowRoot!.querySelector('h3')!;
      expect(page.win.getComputedStyle(heading).fontFamily).to.equal(page.win.getComputedStyle(page.doc.body).fontFamily);
    } finally {
      page.close();
    }
  });
});
