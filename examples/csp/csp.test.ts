import { expect } from '@open-wc/testing';
import { waitFor } from '../../packages/elements/src/test/helpers.js';

/**
 * The strict-CSP host page, loaded in an iframe so the page's own header applies: every widget must
 * reach `ready`, with zero `securitypolicyviolation` events, and loading the CDN module twice must
 * not throw.
 */
describe('strict Content-Security-Policy host page', () => {
  it('renders every element with zero CSP violations, the CDN script included twice', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/examples/csp/index.html';
    frame.width = '1024';
    frame.height = '2000';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis & { omfCspViolations: string[]; omfErrors: string[] };

    const widgets = () => [...win.document.querySelectorAll('omf-indicator, omf-trend, omf-compare')] as Array<HTMLElement & { state?: string }>;
    await waitFor(() => widgets().length > 0 && widgets().every((w) => w.state === 'ready'), 15000);
    // Charts draw after a lazy import; give them a moment to report any blocked style.
    await new Promise((resolve) => setTimeout(resolve, 300));

    // csp-monitor.js records every violation from the first script on.
    expect(win.omfCspViolations, win.omfCspViolations.join('\n')).to.deep.equal([]);
    expect(win.omfErrors, win.omfErrors.join('\n')).to.deep.equal([]);
    expect(win.customElements.get('omf-indicator')).to.not.equal(undefined);
    const card = win.document.querySelector('omf-indicator')!;
    expect(card.shadowRoot!.querySelector('.value')!.textContent).to.equal('82.4%');
    frame.remove();
  });
});
