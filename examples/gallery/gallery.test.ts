import { expect } from '@open-wc/testing';
import { waitFor } from '../../packages/elements/src/test/helpers.js';
import { expectNoProblems, expectPageAccessible, expectWidgetsSettled, openPage } from '../shared/page-check.js';
import { FOCUS } from './gallery-page.js';

/**
 * The gallery index, the theme switcher and the live attribute editor. Each element page has its own
 * test file (NAME.test.ts, see gallery-page.ts).
 */
const ELEMENT_PAGES = ['omf-data', 'omf-indicator', 'omf-trend', 'omf-compare', 'omf-loip-progress', 'omf-action-plan'];

describe('gallery index', () => {
  it('links to a page per element and to every host page, and passes the page checks', async () => {
    const page = await openPage('/examples/index.html');
    try {
      const links = [...page.doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      for (const name of ELEMENT_PAGES) expect(links).to.include(`gallery/${name}.html`);
      for (const host of ['plain/', 'govuk/', 'sgds/', 'csp/', 'react/dist/', 'vue/dist/']) expect(links).to.include(host);
      for (const doc of ['../docs/README.md', '../docs/elements.md']) {
        expect(links).to.include(doc);
        expect((await fetch(new URL(doc, page.win.location.href))).status, doc).to.equal(200);
      }
      expectNoProblems(page);
      await expectPageAccessible(page);
    } finally {
      page.close();
    }
  });
});

describe('gallery theme switcher', () => {
  it('restyles the widgets and records the theme in the address', async () => {
    const page = await openPage('/examples/gallery/omf-indicator.html');
    try {
      const [card] = await expectWidgetsSettled(page, { min: 3, timeoutMs: 30000 });
      const radio = (value: string) => page.doc.querySelector<HTMLInputElement>(`input[name="theme"][value="${value}"]`)!;
      for (const theme of ['sgds', 'govuk', 'default'] as const) {
        radio(theme).click();
        const focus = () => page.win.getComputedStyle(card!).getPropertyValue('--omf-focus-colour').trim();
        await waitFor(() => focus() === FOCUS[theme], 5000).catch(() => undefined);
        expect(focus()).to.equal(FOCUS[theme]);
        expect(page.win.location.search).to.equal(theme === 'default' ? '' : `?theme=${theme}`);
      }
      expectNoProblems(page);
    } finally {
      page.close();
    }
  });
});

describe('gallery live editor', function () {
  this.timeout(60000);
  it('fills its lists from the data; each choice updates the widget and the snippet', async () => {
    const page = await openPage('/examples/gallery/omf-indicator.html');
    try {
      await expectWidgetsSettled(page, { min: 3, timeoutMs: 30000 });
      const { doc } = page;
      const select = (name: string) => doc.querySelector<HTMLSelectElement>(`form.editor select[name="${name}"]`)!;
      const widget = doc.getElementById('editor-widget') as HTMLElement & { state: string; updateComplete: Promise<unknown> };
      const snippet = doc.getElementById('editor-snippet')!;
      await waitFor(() => select('indicator').options.length > 40 && select('area').options.length > 30, 10000);
      expect(select('indicator').value).to.equal('CHN18');
      expect([...select('period').options].map((o) => o.value)).to.include('2020/21');

      const choose = async (name: string, value: string) => {
        select(name).value = value;
        select(name).dispatchEvent(new Event('change', { bubbles: true }));
        await widget.updateComplete;
      };
      await choose('indicator', 'CHN17');
      await choose('area', 'S12000049');
      await choose('period', '2018/19');
      expect(widget.getAttribute('indicator')).to.equal('CHN17');
      expect(widget.getAttribute('area')).to.equal('S12000049');
      expect(widget.state).to.equal('ready');
      const heading = widget.shadowRoot!.querySelector('[part="heading"]')!.textContent!;
      expect(heading).to.contain('Developmental Milestones');
      expect(heading).to.contain('Glasgow City');
      expect(widget.shadowRoot!.querySelector('.period')!.textContent).to.contain('2018/19');
      expect(snippet.textContent).to.match(/<omf-indicator indicator="CHN17" area="S12000049" compare="scotland" period="2018\/19" src="http:[^"]+\/examples\/data\/lgbf-children\.json"><\/omf-indicator>/);
      expect(snippet.textContent).to.contain('/packages/elements/cdn/omf.js');
      // The period list follows the indicator; a period the new indicator lacks falls back to the latest.
      await choose('indicator', 'CHN10');
      expect(select('period').value).to.equal('');
      expect(widget.hasAttribute('period')).to.equal(false);
      await choose('lang', 'gd');
      expect(widget.getAttribute('lang')).to.equal('gd');
      expect(snippet.textContent).to.contain('lang="gd"');
      expectNoProblems(page);
    } finally {
      page.close();
    }
  });
});
