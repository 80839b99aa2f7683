import { expect } from '@open-wc/testing';
import { waitFor } from '../../packages/elements/src/test/helpers.js';
import { expectNoProblems, expectPageAccessible, expectWidgetsSettled, openPage } from '../shared/page-check.js';

/**
 * The strict-CSP host page, loaded in an iframe so the page's own header applies: every element must
 * reach `ready` with zero `securitypolicyviolation` events and zero axe violations, with the CDN module
 * loaded twice. Where the browser has Trusted Types (Chromium, and the Firefox ESR here),
 * the test also proves they are enforced: a plain string written to innerHTML in the page is refused.
 * A browser without them gets the CSP checks only, and the test says so in the log.
 */
describe('strict Content-Security-Policy and Trusted Types host page', function () {
  this.timeout(60000);
  it('renders every element with zero CSP violations, the CDN script included twice', async () => {
    const page = await openPage('/examples/csp/index.html', { width: 1024, height: 2000 });
    try {
      const widgets = await expectWidgetsSettled(page, { min: 6, timeoutMs: 30000 });
      expect(new Set(widgets.map((w) => w.localName))).to.deep.equal(
        new Set(['omf-indicator', 'omf-trend', 'omf-compare', 'omf-loip-progress', 'omf-action-plan']),
      );
      expectNoProblems(page);
      expect(page.doc.getElementById('csp-violations')!.textContent).to.equal('0');
      expect(page.win.customElements.get('omf-indicator')).to.not.equal(undefined);
      const card = page.doc.querySelector('omf-indicator')!;
      expect(card.shadowRoot!.querySelector('.value')!.textContent).to.equal('82.4%');
      // Charts drew at a real size (Plot's own <style> is refused here; ours must do its job). The chart
      // code arrives with a lazy import after the element is ready, so wait for the SVG.
      const trend = page.doc.querySelector('omf-trend')!;
      await waitFor(() => trend.shadowRoot!.querySelector('svg') !== null, 15000);
      const chart = trend.shadowRoot!.querySelector('svg')!;
      expect(chart.getBoundingClientRect().width).to.be.greaterThan(300);
      await expectPageAccessible(page);

      const enforcesTrustedTypes = 'trustedTypes' in page.win;
      if (enforcesTrustedTypes) {
        const probe = page.doc.createElement('div');
        expect(() => {
          // eslint-disable-next-line no-restricted-syntax -- deliberately offers a plain string to a Trusted Types sink
          probe.innerHTML = '<b>not trusted</b>';
        }, 'Trusted Types refuse a plain string').to.throw();
        expect(probe.childElementCount).to.equal(0);
      } else {
        console.info('This browser has no Trusted Types: only the Content-Security-Policy was checked.');
      }
    } finally {
      page.close();
    }
  });
});
