import { axisX, barX, gridX, plot, ruleX, text, type Markish } from '@observablehq/plot';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import {
  COMPARISON_DASH,
  FONT_SIZE,
  HALO,
  colours,
  finishChart,
  markPoint,
  readerSpacingRoom,
  textWidth,
  tickFormatter,
  type ChartIdentity,
  type TickFormat,
} from './chart-svg.js';

/** One area's bar, already formatted. */
export interface CompareChartBar {
  /** Unique id, e.g. the area code. */
  id: string;
  /** The area's name, written beside the bar. */
  name: string;
  /** The value; `null` draws no bar and writes `valueText` instead (never a zero bar). */
  value: number | null;
  /** Written at the bar's end, e.g. `82.4%`, or in place of a bar: `suppressed`. */
  valueText: string;
  /** The bar's accessible name, e.g. `Aberdeen City, 2020/21: 82.4%`. */
  label: string;
}

/** What {@link compareChart} draws. */
export interface CompareChartOptions extends ChartIdentity {
  /** The bars top to bottom (best first). */
  bars: readonly CompareChartBar[];
  /** Id of the bar to mark: bold name after "▶", outlined bar in the second colour. */
  highlight?: string;
  /** A reference line, e.g. Scotland's value, labelled `Scotland: 90.9%`. */
  reference?: { value: number; label: string };
  /** Formats an x-axis tick, e.g. `80%`, to the decimals the ticks need. */
  formatTick?: TickFormat;
  /** Width in px (the container's width); default 640. */
  width?: number;
  /** The document to create the SVG in (Plot's `document` option): a linkedom document in Node. */
  document?: Document;
}

const MIN_WIDTH = 240;
const BAR_STEP = 24;
const MARGIN_TOP = 30;
const MARGIN_BOTTOM = 30;
const MARKER = '\u25b6 ';

/**
 * A horizontal bar chart of areas for one period, as an SVG element: bars in the given order, the
 * highlighted area marked by more than colour (a "▶" and a bold name, an outlined bar), a labelled
 * reference rule, and text instead of a bar where a value is missing. Height follows the number of
 * bars. Each bar (or missing-value text) is marked with `data-point`, `data-series="0"`,
 * `data-index` (its row) and an `aria-label`, for keyboard access. Pure: no `window`, no layout reads.
 */
export function compareChart(options: CompareChartOptions): SVGSVGElement {
  const document = options.document ?? globalThis.document;
  const width = Math.max(MIN_WIDTH, Math.round(options.width ?? 640));
  const bars = options.bars;
  const height = MARGIN_TOP + Math.max(1, bars.length) * BAR_STEP + MARGIN_BOTTOM;
  const nameOf = (bar: CompareChartBar) => (bar.id === options.highlight ? `${MARKER}${bar.name}` : bar.name);

  const valued = bars.filter((bar): bar is CompareChartBar & { value: number } => bar.value !== null && Number.isFinite(bar.value));
  const missing = bars.filter((bar) => !valued.includes(bar as CompareChartBar & { value: number }));
  const values = [0, ...valued.map((bar) => bar.value), ...(options.reference ? [options.reference.value] : [])];
  const x = scaleLinear().domain([Math.min(...values), Math.max(...values)]).nice(width < 480 ? 3 : 5);
  const xTicks = x.ticks(width < 480 ? 3 : 5);
  const format = tickFormatter(xTicks, options.formatTick);

  const marginLeft = Math.min(Math.max(...bars.map((bar) => textWidth(nameOf(bar))), 40) + 12, Math.round(width * 0.5));
  const valueWidth = Math.max(...bars.map((bar) => textWidth(bar.valueText)));
  // The value labels at the bars' ends, with room for a reader's letter spacing, or half the last tick.
  const marginRight = Math.max(valueWidth + readerSpacingRoom(valueWidth), textWidth(format(xTicks.at(-1) ?? 0)) / 2) + 10;

  const marks: Markish[] = [
    // Axis hidden from assistive technology: each bar's name says its council and value, and the
    // summary and table carry the scale.
    gridX(xTicks, { stroke: colours.grid, strokeOpacity: 1, className: 'omf-grid', ariaHidden: 'true' }),
    axisX(xTicks, { tickFormat: format, label: null, className: 'omf-axis', ariaHidden: 'true' }),
    barX(valued, { x: 'value', y: 'id', fill: colours.primary, className: 'omf-bar omf-series-0', insetTop: 3, insetBottom: 3 }),
    ...referenceMarks(options.reference, x),
    // Value and name labels are for the eye: each bar's name already says its council and value.
    text(valued.filter((bar) => bar.value >= 0), { x: 'value', y: 'id', text: 'valueText', dx: 4, textAnchor: 'start', fill: colours.text, ...HALO, className: 'omf-value-label', ariaHidden: 'true' }),
    text(valued.filter((bar) => bar.value < 0), { x: 'value', y: 'id', text: 'valueText', dx: -4, textAnchor: 'end', fill: colours.text, ...HALO, className: 'omf-value-label', ariaHidden: 'true' }),
    text(missing, { x: () => 0, y: 'id', text: 'valueText', dx: 4, textAnchor: 'start', fill: colours.secondaryText, fontStyle: 'italic', ...HALO, className: 'omf-missing' }),
    // Names as text marks rather than an axis, so the highlighted one can be bold.
    ...(['normal', 'bold'] as const).map((weight) =>
      text(
        bars.filter((bar) => (bar.id === options.highlight) === (weight === 'bold')),
        {
          y: 'id',
          text: nameOf,
          frameAnchor: 'left',
          dx: -8,
          textAnchor: 'end',
          fontWeight: weight,
          lineWidth: (marginLeft - 8) / FONT_SIZE,
          textOverflow: 'ellipsis',
          className: weight === 'bold' ? 'omf-name omf-highlight' : 'omf-name',
          ariaHidden: 'true',
        },
      ),
    ),
  ];
  const chart = plot({
    document,
    className: 'omf-chart',
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    x: { domain: x.domain(), nice: false },
    y: { type: 'band', domain: bars.map((bar) => bar.id), axis: null, padding: 0 },
    marks,
  });
  const svg = finishChart(chart, options, 'compare');
  const rows = new Map(bars.map((bar, index) => [bar, index]));
  // Plot draws one element per datum, in data order.
  const pointsOf = (selector: string, data: readonly CompareChartBar[]) =>
    Array.from(svg.querySelectorAll(selector)).forEach((element, index) => {
      const bar = data[index];
      if (!bar) return;
      markPoint(element, 0, rows.get(bar) ?? index, bar.label);
      if (bar.id === options.highlight) {
        element.classList.add('omf-highlight');
        if (element.localName === 'rect') {
          element.setAttribute('fill', colours.secondary);
          element.setAttribute('stroke', colours.text);
          element.setAttribute('stroke-width', '2');
        }
      }
    });
  pointsOf('.omf-bar > rect', valued);
  pointsOf('.omf-missing > text', missing);
  return svg;
}

/** Scotland's (or another reference) value as a dashed rule, labelled at the top. */
function referenceMarks(reference: CompareChartOptions['reference'], x: ScaleLinear<number, number>): Markish[] {
  if (!reference) return [];
  const { value, label } = reference;
  // Past the middle, the label reads leftwards from the rule so it stays inside the chart.
  const [low, high] = x.domain() as [number, number];
  const leftwards = (value - low) / (high - low || 1) > 0.5;
  return [
    ruleX([value], { stroke: colours.text, strokeWidth: 2, strokeDasharray: COMPARISON_DASH, className: 'omf-reference' }),
    text([value], {
      x: (d: number) => d,
      frameAnchor: 'top',
      lineAnchor: 'bottom',
      dy: -6,
      dx: leftwards ? -4 : 4,
      textAnchor: leftwards ? 'end' : 'start',
      text: () => label,
      fontWeight: 'bold',
      fill: colours.text,
      ...HALO,
      className: 'omf-reference-label',
    }),
  ];
}
