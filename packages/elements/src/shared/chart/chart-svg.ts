/**
 * What every chart builder shares: the colours a chart has without a style sheet, text measures
 * for layout without a layout engine, and the finishing of Plot's SVG (no `<style>`, a class,
 * `role="img"` and a name). No `window`, no layout reads: this runs in browsers and in Node with
 * linkedom (the CLI's static reports).
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Plot's class for every chart; the elements' styles and the static report's CSS select on it. */
export const CHART_CLASS = 'omf-chart';

/** Font size the layout assumes, in px (the elements' styles fix it; Chartability asks for 12 or more). */
export const FONT_SIZE = 12;

/**
 * Colours written as presentation attributes, so a chart without a style sheet (a static report)
 * is readable: Scottish Government palette, text and rule colours with AA contrast on white. The
 * elements' styles override them with `--omf-*` tokens, forced colours and focus rings.
 */
export const colours = {
  text: '#0b0c0c',
  secondaryText: '#484949',
  grid: '#cecece',
  background: '#ffffff',
  /** The area's line and bars: SG dark blue. */
  primary: '#002d54',
  /** The comparison line and the highlighted bar: SG purple. */
  secondary: '#6a2063',
} as const;

/** Dash pattern of the comparison line and the Scotland rule, so neither relies on colour. */
export const COMPARISON_DASH = '6 4';

/** A halo in the background colour around text, painted under the fill, so labels stay readable over lines. */
export const HALO = { stroke: colours.background, strokeWidth: 3, paintOrder: 'stroke' } as const;

/** A character's width in em, as {@link textWidth} estimates it. */
const CHARACTER_EMS = 0.62;

/** The letter spacing a reader may add, in em: with it, WCAG 2.2 1.4.12 asks that no text be lost. */
const READER_LETTER_SPACING = 0.12;

/**
 * Width of a text in px at {@link FONT_SIZE}: an estimate (no layout engine), a little wider than
 * Plot's own text metrics so a name measured here is never cut short by Plot's wrapping.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const character of text) ems += /\p{Extended_Pictographic}/u.test(character) ? 1.25 : CHARACTER_EMS;
  return Math.ceil(ems * fontSize);
}

/**
 * The room a label `width` px wide (by {@link textWidth}) grows by when a reader adds letter spacing,
 * kept free beside labels at a chart's edge so they never run past it.
 */
export function readerSpacingRoom(width: number): number {
  return Math.ceil((width * READER_LETTER_SPACING) / CHARACTER_EMS);
}

/** Formats an axis tick to the given number of decimals, e.g. `(80, 0) => '80%'`. */
export type TickFormat = (value: number, decimals: number) => string;

/** The fewest decimals (up to 6) that show every tick exactly, so no two tick labels read the same. */
export function tickDecimals(ticks: readonly number[]): number {
  for (let decimals = 0; decimals < 6; decimals++) {
    if (ticks.every((tick) => Math.abs(Number(tick.toFixed(decimals)) - tick) < 1e-9)) return decimals;
  }
  return 6;
}

/** A tick formatter with the decimals fixed for these ticks; the number as it is without a formatter. */
export function tickFormatter(ticks: readonly number[], format: TickFormat | undefined): (value: number) => string {
  const decimals = tickDecimals(ticks);
  return format ? (value) => format(value, decimals) : (value) => value.toFixed(decimals);
}

/** A chart's accessible name and its extra class. */
export interface ChartIdentity {
  /** The SVG's accessible name (`aria-label`). */
  ariaLabel: string;
  /** Extra class on the SVG, after {@link CHART_CLASS}. */
  className?: string;
}

/**
 * Finishes the SVG Plot returned: removes the `<style>` Plot appends (a strict CSP refuses it;
 * the elements carry the equivalent rules) and Plot's group names, sets the class, `role="img"`,
 * the name and the font.
 */
export function finishChart(plotted: Element, identity: ChartIdentity, kind: string): SVGSVGElement {
  if (plotted.localName !== 'svg') throw new Error('chart: Plot returned a figure, not an SVG');
  const svg = plotted as SVGSVGElement;
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  // Plot names its groups ("line", "x-axis tick"): inside role="img" those names are never read, and a
  // name on a group without a role is invalid ARIA. The points get their own names afterwards.
  for (const named of Array.from(svg.querySelectorAll('[aria-label], [aria-description]'))) {
    named.removeAttribute('aria-label');
    named.removeAttribute('aria-description');
  }
  svg.setAttribute('class', [CHART_CLASS, `${CHART_CLASS}-${kind}`, identity.className].filter(Boolean).join(' '));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', identity.ariaLabel);
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('focusable', 'false');
  return svg;
}

/** Creates an SVG element with attributes in the chart's document. */
export function svgElement(document: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * Marks an element as a data point for keyboard access: `data-series` and `data-index` place it
 * in a grid (series by period, or one series of bars) and `aria-label` says what it is.
 */
export function markPoint(element: Element, series: number, index: number, label: string): void {
  element.setAttribute('data-point', '');
  element.setAttribute('data-series', String(series));
  element.setAttribute('data-index', String(index));
  element.setAttribute('aria-label', label);
}
