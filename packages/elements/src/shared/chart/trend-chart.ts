import { areaY, axisX, axisY, gridY, lineY, plot, text, type Markish } from '@observablehq/plot';
import { scaleLinear } from 'd3-scale';
import {
  COMPARISON_DASH,
  FONT_SIZE,
  HALO,
  colours,
  finishChart,
  markPoint,
  readerSpacingRoom,
  svgElement,
  textWidth,
  tickFormatter,
  type ChartIdentity,
  type TickFormat,
} from './chart-svg.js';

/** One period of a line, already formatted. */
export interface TrendChartPoint {
  /** The value; `null` draws a gap (never zero). */
  value: number | null;
  /** Confidence interval, drawn as a band where both bounds are given. */
  lower?: number;
  upper?: number;
  /** A note for a value that is not final (`provisional`, `projected`): the point is drawn hollow and the note written by it. */
  note?: string;
  /** The point's accessible name, e.g. `Aberdeen City, 2019/20: 85.7%`. */
  label: string;
}

/** A named line: one point per period, in the order of {@link TrendChartOptions.periods}. */
export interface TrendChartLine {
  /** Written at the line's end (direct labelling, no legend). */
  name: string;
  points: readonly TrendChartPoint[];
}

/** What {@link trendChart} draws. */
export interface TrendChartOptions extends ChartIdentity {
  /** The x axis: every period's label in time order, gaps included. */
  periods: readonly string[];
  /** The area: solid line, round markers, interval band. */
  area: TrendChartLine;
  /** The comparator: dashed line, square markers. */
  comparison?: TrendChartLine;
  /** Formats a y-axis tick, e.g. `80%`, to the decimals the ticks need. */
  formatTick?: TickFormat;
  /** Width in px (the container's width); default 640. */
  width?: number;
  /** Height in px; default by width. */
  height?: number;
  /** The document to create the SVG in (Plot's `document` option): a linkedom document in Node. */
  document?: Document;
}

const MIN_WIDTH = 240;
const MARGIN_TOP = 28;
const MARGIN_BOTTOM = 32;
const LINE_HEIGHT = FONT_SIZE * 1.25;
const POINT_RADIUS = 4;
const SERIES_COLOURS = [colours.primary, colours.secondary] as const;

interface Row {
  period: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * A line chart of an area over time against a comparator, as an SVG element: lines labelled at
 * their ends, a dashed comparison, a confidence-interval band, hollow markers with a note for
 * values that are not final, and gaps (never zeros) where a value is missing. Each point is marked
 * with `data-point`, `data-series` (0 area, 1 comparison), `data-index` (the period) and an
 * `aria-label`, for keyboard access. Pure: no `window`, no layout reads.
 */
export function trendChart(options: TrendChartOptions): SVGSVGElement {
  const document = options.document ?? globalThis.document;
  const width = Math.max(MIN_WIDTH, Math.round(options.width ?? 640));
  const height = options.height ?? (width < 480 ? 280 : 340);
  const periods = [...options.periods];
  const lines = options.comparison ? [options.area, options.comparison] : [options.area];
  const y = yScale(lines, height);
  const ticks = y.scale.ticks(y.count);
  const format = tickFormatter(ticks, options.formatTick);
  const marginLeft = Math.max(...ticks.map((tick) => textWidth(format(tick))), 16) + 14;
  const labelWidth = Math.min(Math.max(...lines.map((line) => textWidth(line.name))), Math.round(width * 0.3));
  // The end labels, each wrapped to labelWidth, and room for a reader's letter spacing.
  const marginRight = labelWidth + readerSpacingRoom(labelWidth) + 14;
  const innerWidth = width - marginLeft - marginRight;
  const step = Math.max(1, Math.ceil((periods.length * (Math.max(...periods.map((p) => textWidth(p)), 1) + 12)) / innerWidth));
  // Always label the latest period; thin the rest evenly back from it.
  const xTicks = periods.filter((_, index) => (periods.length - 1 - index) % step === 0);

  const rowsOf = (line: TrendChartLine): Row[] =>
    periods.map((period, index) => {
      const point = line.points[index];
      const bounded = point?.value != null && point.lower !== undefined && point.upper !== undefined;
      return { period, value: point?.value ?? null, lower: bounded ? point.lower ?? null : null, upper: bounded ? point.upper ?? null : null };
    });
  const rows = lines.map(rowsOf);
  const ends = endLabels(lines, rows, y.pixel, labelWidth);

  const marks: Markish[] = [
    // Axes hidden from assistive technology: each point's name says its period and value, and the
    // summary and table carry the scale, so a screen reader need not read every tick label.
    gridY(ticks, { stroke: colours.grid, strokeOpacity: 1, className: 'omf-grid', ariaHidden: 'true' }),
    axisY(ticks, { tickFormat: format, tickSize: 0, label: null, className: 'omf-axis', ariaHidden: 'true' }),
    axisX({ ticks: xTicks, tickFormat: (period: string) => period, label: null, className: 'omf-axis', ariaHidden: 'true' }),
  ];
  const areaRows = rows[0] ?? [];
  if (areaRows.some((row) => row.lower !== null)) {
    marks.push(
      areaY(areaRows, { x: 'period', y1: 'lower', y2: 'upper', fill: colours.primary, fillOpacity: 0.15, className: 'omf-band omf-series-0' }),
    );
  }
  rows.forEach((seriesRows, series) => {
    marks.push(
      lineY(seriesRows, {
        x: 'period',
        y: 'value',
        stroke: SERIES_COLOURS[series],
        strokeWidth: series === 0 ? 3 : 2,
        ...(series === 0 ? {} : { strokeDasharray: COMPARISON_DASH }),
        className: `omf-line omf-series-${series}`,
      }),
    );
  });
  ends.forEach((end) => {
    marks.push(
      text([end], {
        x: () => periods.at(-1),
        y: 'value',
        text: 'name',
        dx: 10,
        dy: end.dy,
        textAnchor: 'start',
        lineWidth: labelWidth / FONT_SIZE,
        fill: SERIES_COLOURS[end.series],
        ...HALO,
        fontWeight: 'bold',
        className: `omf-end-label omf-series-${end.series}`,
        // For the eye: each point's name says its area (see the axes above).
        ariaHidden: 'true',
      }),
    );
  });
  lines.forEach((line, series) => {
    const notes = firstOfRuns(line.points).map((index) => ({ period: periods[index], value: line.points[index]?.value, note: line.points[index]?.note }));
    if (notes.length === 0) return;
    marks.push(
      text(notes, {
        x: 'period',
        y: 'value',
        text: 'note',
        dy: series === 0 ? -12 : 14,
        lineAnchor: series === 0 ? 'bottom' : 'top',
        fill: colours.secondaryText,
        ...HALO,
        className: `omf-note omf-series-${series}`,
        // For the eye: each point's name says when it is not final ("(provisional)").
        ariaHidden: 'true',
      }),
    );
  });

  const chart = plot({
    document,
    className: 'omf-chart',
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    x: { type: 'point', domain: periods, padding: 0.3 },
    y: { domain: y.scale.domain(), nice: false },
    marks,
  });
  const svg = finishChart(chart, options, 'trend');
  const xScale = chart.scale('x');
  const yPixel = chart.scale('y');
  if (xScale && yPixel) drawPoints(document, svg, xScale.apply, yPixel.apply, lines, periods);
  return svg;
}

/** The y scale: every value and bound, rounded outwards to nice ticks; a flat series gets room. */
function yScale(lines: readonly TrendChartLine[], height: number) {
  const values = lines.flatMap((line) => line.points.flatMap((point) => [point.value, point.lower, point.upper]));
  const finite = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  let low = finite.length ? Math.min(...finite) : 0;
  let high = finite.length ? Math.max(...finite) : 1;
  if (low === high) {
    const pad = Math.abs(low) * 0.1 || 1;
    low -= pad;
    high += pad;
  }
  const count = height < 300 ? 4 : 5;
  const scale = scaleLinear().domain([low, high]).nice(count);
  const [d0, d1] = scale.domain() as [number, number];
  const inner = height - MARGIN_TOP - MARGIN_BOTTOM;
  return { scale, count, pixel: (value: number) => MARGIN_TOP + ((d1 - value) / (d1 - d0)) * inner };
}

interface EndLabel {
  series: number;
  name: string;
  value: number;
  dy: number;
}

/** Each line's name at its last value, moved apart vertically where two would overlap. */
function endLabels(lines: readonly TrendChartLine[], rows: readonly Row[][], pixel: (value: number) => number, labelWidth: number): EndLabel[] {
  const ends = lines.flatMap((line, series) => {
    const last = [...(rows[series] ?? [])].reverse().find((row) => row.value !== null);
    if (!last || last.value === null) return [];
    const lineCount = Math.max(1, Math.ceil(textWidth(line.name) / labelWidth));
    return [{ series, name: line.name, value: last.value, at: pixel(last.value), half: (lineCount * LINE_HEIGHT) / 2, dy: 0 }];
  });
  const [upper, lower] = [...ends].sort((a, b) => a.at - b.at);
  if (upper && lower) {
    const overlap = upper.half + lower.half + 2 - (lower.at - upper.at);
    if (overlap > 0) {
      upper.dy = -overlap / 2;
      lower.dy = overlap / 2;
    }
  }
  return ends.map(({ series, name, value, dy }) => ({ series, name, value, dy }));
}

/** Indexes of the points that start a run of notes (consecutive points with the same note). */
function firstOfRuns(points: readonly TrendChartPoint[]): number[] {
  const starts: number[] = [];
  points.forEach((point, index) => {
    if (point.note && point.value !== null && (index === 0 || points[index - 1]?.note !== point.note)) starts.push(index);
  });
  return starts;
}

/** One marker per value: circles for the area, squares for the comparison; hollow when not final. */
function drawPoints(
  document: Document,
  svg: SVGSVGElement,
  x: (period: string) => number | undefined,
  y: (value: number) => number | undefined,
  lines: readonly TrendChartLine[],
  periods: readonly string[],
): void {
  lines.forEach((line, series) => {
    const group = svgElement(document, 'g', { class: `omf-points omf-series-${series}` });
    line.points.forEach((point, index) => {
      const period = periods[index];
      if (point.value === null || period === undefined) return;
      const cx = x(period);
      const cy = y(point.value);
      if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return;
      const colour = SERIES_COLOURS[series] ?? colours.primary;
      const fill = point.note ? colours.background : colour;
      const shape =
        series === 0
          ? svgElement(document, 'circle', { cx, cy, r: POINT_RADIUS, fill, stroke: colour, 'stroke-width': 2 })
          : svgElement(document, 'rect', {
              x: cx - POINT_RADIUS,
              y: cy - POINT_RADIUS,
              width: POINT_RADIUS * 2,
              height: POINT_RADIUS * 2,
              fill,
              stroke: colour,
              'stroke-width': 2,
            });
      shape.setAttribute('class', point.note ? 'omf-point omf-not-final' : 'omf-point');
      markPoint(shape, series, index, point.label);
      group.append(shape);
    });
    svg.append(group);
  });
}
