/**
 * Reflow and text spacing (WCAG 2.2 1.4.10 and 1.4.12) for every element: in a 320px column, and
 * again with a reader's text spacing applied (line height 1.5, paragraph spacing 2em, letter
 * spacing 0.12em, word spacing 0.16em), the page never scrolls sideways and no text is cut off.
 * A table may scroll inside its own focusable region; nothing else may.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../define/omf-indicator.js';
import '../define/omf-trend.js';
import '../define/omf-compare.js';
import '../define/omf-loip-progress.js';
import '../define/omf-action-plan.js';
import { chartOf, CPOP_URL, LGBF_URL, settled, type OmfTestElement } from '../test/helpers.js';

const PLANS_URL = '/examples/data/sample-plans.json';
const AS_OF = '2024-06-30';
const COLUMN = 320;

/** The text spacing of WCAG 1.4.12, as a reader's style sheet would set it. */
const TEXT_SPACING = new CSSStyleSheet();
TEXT_SPACING.replaceSync(`
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`);

const ELEMENTS: Array<{ name: string; template: TemplateResult; chart?: boolean }> = [
  { name: '<omf-indicator>', template: html`<omf-indicator indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-indicator>` },
  { name: '<omf-trend>', template: html`<omf-trend indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-trend>`, chart: true },
  { name: '<omf-compare>', template: html`<omf-compare indicator="CHN18" highlight="S12000033" src=${LGBF_URL}></omf-compare>`, chart: true },
  { name: '<omf-loip-progress>', template: html`<omf-loip-progress src="${PLANS_URL} ${LGBF_URL} ${CPOP_URL}" as-of=${AS_OF}></omf-loip-progress>` },
  { name: '<omf-action-plan>', template: html`<omf-action-plan src=${PLANS_URL} as-of=${AS_OF}></omf-action-plan>` },
];

/**
 * Elements whose content overflows them where their overflow is hidden or clipped: text cut off.
 * One collapsed to no height is hidden on purpose, not cut (a chart's key hint until it has focus).
 */
function clipped(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node instanceof HTMLElement && !node.classList.contains('visually-hidden') && node.clientHeight > 0 && node.textContent?.trim())
    .filter((node) => {
      const { overflowX, overflowY } = getComputedStyle(node);
      const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      return (hides(overflowX) && node.scrollWidth > node.clientWidth + 1) || (hides(overflowY) && node.scrollHeight > node.clientHeight + 1);
    })
    .map((node) => `${node.localName}.${[...node.classList].join('.')}`);
}

/** Elements wider than the element itself, outside a scrolling region of their own. */
function sideways(element: HTMLElement): string[] {
  const right = element.getBoundingClientRect().right;
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !node.closest('.visually-hidden') && !scrollsItself(node) && node.getBoundingClientRect().right > right + 1)
    .map((node) => `${node.localName}.${[...node.classList].join('.')}`);
}

/** Inside a region that scrolls on its own (a wide table's focusable scroll box). */
function scrollsItself(node: Element): boolean {
  for (let at: Element | null = node.parentElement; at; at = at.parentElement) {
    const { overflowX } = getComputedStyle(at);
    if ((overflowX === 'auto' || overflowX === 'scroll') && at.getAttribute('tabindex') === '0') return true;
  }
  return false;
}

async function inColumn(template: TemplateResult, chart: boolean | undefined): Promise<OmfTestElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${COLUMN}px">${template}</div>`);
  const element = wrapper.firstElementChild as OmfTestElement;
  expect(await settled(element)).to.equal('ready');
  if (chart) await chartOf(element);
  return element;
}

describe('reflow and text spacing', () => {
  for (const { name, template, chart } of ELEMENTS) {
    it(`${name} fits a ${COLUMN}px column, with and without a reader's text spacing`, async () => {
      const element = await inColumn(template, chart);
      const root = element.shadowRoot!;
      expect(element.getBoundingClientRect().width, 'the element').to.be.at.most(COLUMN);
      expect(sideways(element), 'wider than the column').to.deep.equal([]);
      expect(clipped(root), 'text cut off').to.deep.equal([]);

      root.adoptedStyleSheets = [...root.adoptedStyleSheets, TEXT_SPACING];
      // A chart redraws when its width changes; the text spacing changes none of it.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(sideways(element), 'wider than the column with text spacing').to.deep.equal([]);
      expect(clipped(root), 'text cut off with text spacing').to.deep.equal([]);
      if (chart) {
        // The chart's key hint shows while the chart has focus.
        root.querySelector<SVGElement>('[data-point][tabindex="0"]')!.focus();
        expect(root.querySelector<HTMLElement>('.chart-hint')!.clientHeight, 'the key hint shows').to.be.above(0);
        expect(clipped(root), 'text cut off with the key hint shown').to.deep.equal([]);
      }
    });
  }
});
