// The checks every gallery element page gets, one test file per page (so each file stays well within the
// runner's time limit): in each of the three themes, every widget reaches the state the page expects of
// it (`data-expect`, else ready), with no script or console errors, no failed requests, no CSP
// violations and zero axe violations, inside shadow roots too.
import { expect } from '@open-wc/testing';
import { waitFor } from '../../packages/elements/src/test/helpers.js';
import { expectNoProblems, expectPageAccessible, expectWidgetsSettled, openPage, type OpenPage } from '../shared/page-check.js';

export const THEMES = ['default', 'govuk', 'sgds'] as const;
export type Theme = (typeof THEMES)[number];
/** The focus colour each theme gives the widgets, as the browser computes the custom property. */
export const FOCUS: Record<Theme, string> = { default: '', govuk: '#ffdd00', sgds: '#fdd522' };

/** Waits for the theme stylesheet the page's theme switcher linked. */
export async function themeLoaded(page: OpenPage, theme: Theme): Promise<void> {
  if (theme === 'default') return;
  await waitFor(() => Boolean((page.doc.getElementById('omf-theme') as HTMLLinkElement | null)?.sheet), 5000);
}

/** The page checks for `examples/gallery/NAME.html` in every theme. */
export function describeGalleryPage(name: string, options: { min: number }): void {
  describe(`gallery page <${name}>`, function () {
    this.timeout(90000);
    for (const theme of THEMES) {
      it(`${theme} theme: every widget in its expected state, no errors or failed requests, zero axe violations`, async () => {
        const page = await openPage(`/examples/gallery/${name}.html${theme === 'default' ? '' : `?theme=${theme}`}`);
        try {
          await themeLoaded(page, theme);
          const widgets = await expectWidgetsSettled(page, { min: options.min, timeoutMs: 40000 });
          expect(page.doc.querySelector<HTMLInputElement>('input[name="theme"]:checked')?.value).to.equal(theme);
          const focus = page.win.getComputedStyle(widgets[0]!).getPropertyValue('--omf-focus-colour').trim();
          expect(focus).to.equal(FOCUS[theme]);
          expectNoProblems(page);
          await expectPageAccessible(page);
        } finally {
          page.close();
        }
      });
    }
  });
}
