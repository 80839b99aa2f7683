import { expect } from '@open-wc/testing';
import { waitFor } from '../../packages/elements/src/test/helpers.js';
import { checkPage } from '../shared/page-check.js';

/**
 * The React 19 app, as `npm test` builds it (examples/react/dist, Vite, typechecked against the JSX
 * types generated from the manifest): it renders widgets with real values, its `onomf-load` handler
 * receives the event with the SDK Dataset, and an attribute set from React state re-renders the widget.
 */
describe('React 19 host app', function () {
  this.timeout(60000);
  it('renders widgets with real values, receives omf-load, and passes the page checks', async () => {
    const page = await checkPage('/examples/react/dist/index.html', { min: 3, keepOpen: true });
    try {
      const { doc } = page;
      const card = doc.querySelector('omf-indicator')!;
      expect(card.shadowRoot!.querySelector('.value')!.textContent).to.equal('82.4%');
      expect(doc.getElementById('load-status')!.textContent).to.equal(
        'omf-load received: Percentage of Funded Early Years Provision Which is Graded Good/Better, Aberdeen City.',
      );
      // React state -> property -> the widget shows another council.
      const select = doc.getElementById('area') as HTMLSelectElement;
      const setValue = Object.getOwnPropertyDescriptor(page.win.HTMLSelectElement.prototype, 'value')!.set!;
      setValue.call(select, 'S12000013');
      select.dispatchEvent(new page.win.Event('change', { bubbles: true }));
      // React 19 sets the element's `area` property (the element has one), not the attribute.
      await waitFor(() => (card as HTMLElement & { area?: string }).area === 'S12000013', 5000);
      await waitFor(() => card.shadowRoot!.querySelector('.value')?.textContent === '73.9%', 5000);
      expect(card.shadowRoot!.querySelector('.area')!.textContent).to.equal('Na h-Eileanan Siar');
    } finally {
      page.close();
    }
  });
});
