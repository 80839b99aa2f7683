import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { chartText, t, type Locale } from '@omf/sdk';
// Types only: the chart code (and Observable Plot) is imported when a chart is drawn, never before.
import type { TrendChartOptions } from './chart/trend-chart.js';
import type { CompareChartOptions } from './chart/compare-chart.js';
import { dataTable, dataTableStyles, type TableData } from './data-table.js';

/** Which chart to draw, with everything but the document and the width (the frame supplies those). */
export type ChartRequest =
  | { kind: 'trend'; options: Omit<TrendChartOptions, 'document' | 'width'> }
  | { kind: 'compare'; options: Omit<CompareChartOptions, 'document' | 'width'> };

/** What a chart frame shows, all text already worded and formatted by the SDK. */
export interface ChartFrameContent {
  heading: string;
  /** A second line under the heading: the area, the period. */
  subheading?: string;
  /** The SDK's summary sentence, read before the chart. */
  summary: string;
  /** Further sentences: gaps in the data, how to read the band. */
  notes?: readonly string[];
  /** The data behind the chart, shown on request. */
  table: TableData;
  /** The source line, shown in the caption. */
  source: TemplateResult | typeof nothing;
  chart: ChartRequest;
}

/** The element a frame belongs to. */
export type ChartHost = ReactiveControllerHost & HTMLElement & { readonly locale: Locale; readonly state: string };

const TABLE_ID = 'chart-table';
const HEADING_ID = 'chart-heading';
const FALLBACK_WIDTH = 640;
/** Padding between a focused point and its ring, in px. */
const RING_GAP = 3;

/** Loads the chart code (and Plot) on first use: one module, so the bundle makes it one chunk. */
async function buildChart(request: ChartRequest, width: number): Promise<SVGSVGElement> {
  const charts = await import('./chart/charts.js');
  return request.kind === 'trend'
    ? charts.trendChart({ ...request.options, width, document })
    : charts.compareChart({ ...request.options, width, document });
}

/**
 * The frame every chart element renders: a `<figure>` with a heading, the summary sentence (read
 * first), the chart, a "Show data as table" toggle and a caption with the source. It draws the
 * chart after each render that changed it (loading the chart code lazily), redraws when the width
 * changes, and gives the points keyboard access: one tab stop, arrow keys, Home and End between
 * points, Escape out, with a visible focus ring.
 */
export class ChartFrame implements ReactiveController {
  private tableOpen = false;
  private failed = false;
  private request: ChartRequest | undefined;
  private requestKey = '';
  private drawn: { container: HTMLElement; key: string; width: number } | undefined;
  private drawing = 0;
  private resizeObserver: ResizeObserver | undefined;
  /** The point that holds the tab stop, kept across redraws. */
  private current: { series: number; index: number } | undefined;

  constructor(private readonly host: ChartHost) {
    host.addController(this);
  }

  /** The figure; call from `renderData`. */
  render(content: ChartFrameContent): TemplateResult {
    const locale = this.host.locale;
    this.request = content.chart;
    const key = JSON.stringify(content.chart);
    if (key !== this.requestKey) {
      this.requestKey = key;
      this.failed = false;
    }
    return html`<figure class="chart-figure" aria-labelledby=${HEADING_ID}>
      <h3 part="heading" class="heading" id=${HEADING_ID}>
        ${content.heading}${content.subheading ? html`<span class="subheading">${content.subheading}</span>` : nothing}
      </h3>
      <p part="summary" class="summary">${content.summary}</p>
      ${(content.notes ?? []).map((note) => html`<p class="note">${note}</p>`)}
      <div part="chart" class="chart" @keydown=${this.onKeydown} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}></div>
      ${this.failed ? html`<p class="chart-error">${chartText('chart-error', locale)}</p>` : nothing}
      <p class="chart-hint">${chartText('chart-keys', locale)}</p>
      <button type="button" part="table-toggle" class="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls=${TABLE_ID} @click=${this.toggleTable}>
        ${t(this.tableOpen ? 'hide-table' : 'show-table', locale)}
      </button>
      <div id=${TABLE_ID} class="table-panel" ?hidden=${!this.tableOpen}>${this.tableOpen ? dataTable(content.table) : nothing}</div>
      <figcaption>${content.source}</figcaption>
    </figure>`;
  }

  hostUpdated(): void {
    const container = this.host.shadowRoot?.querySelector<HTMLElement>('.chart');
    if (!container || this.host.state !== 'ready' || !this.request) {
      this.drawn = undefined;
      return;
    }
    if (this.drawn?.container !== container) this.observe(container);
    const width = this.widthOf(container);
    if (this.drawn?.container === container && this.drawn.key === this.requestKey && this.drawn.width === width) return;
    void this.draw(container, this.request, width);
  }

  /** Back in the page after a move: draw again (the observer was let go on disconnect). */
  hostConnected(): void {
    if (this.request) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.drawn = undefined;
    this.drawing++;
  }

  private widthOf(container: HTMLElement): number {
    return Math.round(container.clientWidth) || FALLBACK_WIDTH;
  }

  /** Redraws at a new width (reflow down to 320px), one draw per frame. */
  private observe(container: HTMLElement): void {
    this.resizeObserver?.disconnect();
    if (typeof ResizeObserver === 'undefined') return;
    let pending = false;
    this.resizeObserver = new ResizeObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const drawn = this.drawn;
        if (!drawn || !drawn.container.isConnected || !this.request) return;
        const width = this.widthOf(drawn.container);
        if (width !== drawn.width) void this.draw(drawn.container, this.request, width);
      });
    });
    this.resizeObserver.observe(container);
  }

  private async draw(container: HTMLElement, request: ChartRequest, width: number): Promise<void> {
    const ticket = ++this.drawing;
    const key = this.requestKey;
    this.drawn = { container, key, width };
    try {
      const svg = await buildChart(request, width);
      if (ticket !== this.drawing || !container.isConnected) return;
      const hadFocus = container.contains(this.host.shadowRoot?.activeElement ?? null);
      container.replaceChildren(svg);
      this.preparePoints(svg, hadFocus);
    } catch (error) {
      if (ticket !== this.drawing) return;
      // The summary and the table still carry the figures: say the chart is missing, don't fail the element.
      console.warn(`[${this.host.localName}] chart: ${error instanceof Error ? error.message : String(error)}`);
      container.replaceChildren();
      this.failed = true;
      this.host.requestUpdate();
    }
  }

  /** Points by series, each in index order. */
  private pointsBySeries(container: Element): Map<number, SVGElement[]> {
    const bySeries = new Map<number, SVGElement[]>();
    for (const point of container.querySelectorAll<SVGElement>('[data-point]')) {
      const series = Number(point.dataset['series']);
      const list = bySeries.get(series) ?? [];
      list.push(point);
      bySeries.set(series, list);
    }
    for (const list of bySeries.values()) list.sort((a, b) => indexOf(a) - indexOf(b));
    return new Map([...bySeries].sort(([a], [b]) => a - b));
  }

  /**
   * Roving tabindex: every point focusable from script, one of them in the tab order. The chart
   * code names the SVG as `role="img"`, right for a static picture; Chromium hides the children of
   * an image from assistive technology, so a focused point would go unannounced: with points to
   * visit, the SVG becomes a named group of named points.
   */
  private preparePoints(svg: SVGSVGElement, refocus: boolean): void {
    const bySeries = this.pointsBySeries(svg);
    const all = [...bySeries.values()].flat();
    if (all.length > 0) svg.setAttribute('role', 'group');
    for (const point of all) {
      point.setAttribute('tabindex', '-1');
      point.setAttribute('role', 'img');
    }
    const current = this.current;
    const start =
      (current && bySeries.get(current.series)?.find((point) => indexOf(point) === current.index)) ?? all[0];
    if (!start) return;
    start.setAttribute('tabindex', '0');
    const ring = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
    ring.setAttribute('class', 'focus-ring');
    ring.setAttribute('aria-hidden', 'true');
    ring.setAttribute('visibility', 'hidden');
    for (const name of ['outer', 'inner']) {
      const rect = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
      rect.setAttribute('class', name);
      rect.setAttribute('fill', 'none');
      ring.append(rect);
    }
    svg.append(ring);
    if (refocus) start.focus();
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const point = event.target instanceof SVGElement && event.target.hasAttribute('data-point') ? (event.target as SVGGraphicsElement) : undefined;
    if (!point) return;
    const svg = point.ownerSVGElement;
    if (!svg) return;
    for (const other of svg.querySelectorAll('[data-point][tabindex="0"]')) if (other !== point) other.setAttribute('tabindex', '-1');
    point.setAttribute('tabindex', '0');
    this.current = { series: Number(point.dataset['series']), index: indexOf(point) };
    const ring = svg.querySelector('.focus-ring');
    if (!ring) return;
    const box = point.getBBox();
    for (const rect of ring.querySelectorAll('rect')) {
      rect.setAttribute('x', String(box.x - RING_GAP));
      rect.setAttribute('y', String(box.y - RING_GAP));
      rect.setAttribute('width', String(box.width + RING_GAP * 2));
      rect.setAttribute('height', String(box.height + RING_GAP * 2));
    }
    ring.setAttribute('visibility', 'visible');
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const container = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
    container.querySelector('.focus-ring')?.setAttribute('visibility', 'hidden');
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const point = event.target instanceof SVGElement && event.target.hasAttribute('data-point') ? event.target : undefined;
    if (!point) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.host.shadowRoot?.querySelector<HTMLButtonElement>('.table-toggle')?.focus();
      return;
    }
    const container = event.currentTarget as HTMLElement;
    const next = this.pointFor(event.key, point, this.pointsBySeries(container));
    if (next === undefined) return;
    event.preventDefault();
    next.focus();
  };

  /**
   * Where a key moves from a point: Left/Right along its series; Up/Down to the other series at the
   * nearest period (one series, as in a bar chart: the previous or next point); Home/End to the
   * series' first or last point. `undefined` for any other key, so it reaches the page.
   */
  private pointFor(key: string, point: SVGElement, bySeries: Map<number, SVGElement[]>): SVGElement | undefined {
    const seriesIds = [...bySeries.keys()];
    const series = Number(point.dataset['series']);
    const list = bySeries.get(series) ?? [];
    const at = list.indexOf(point);
    const step = (offset: number) => list[Math.min(list.length - 1, Math.max(0, at + offset))];
    const across = (offset: number) => {
      const target = bySeries.get(seriesIds[seriesIds.indexOf(series) + offset] ?? series) ?? list;
      const index = indexOf(point);
      return target.reduce((best, candidate) => (Math.abs(indexOf(candidate) - index) < Math.abs(indexOf(best) - index) ? candidate : best), target[0] ?? point);
    };
    const single = seriesIds.length < 2;
    switch (key) {
      case 'ArrowRight':
        return step(1);
      case 'ArrowLeft':
        return step(-1);
      case 'ArrowDown':
        return single ? step(1) : across(1);
      case 'ArrowUp':
        return single ? step(-1) : across(-1);
      case 'Home':
        return list[0];
      case 'End':
        return list.at(-1);
      default:
        return undefined;
    }
  }

  private readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
    this.host.requestUpdate();
  };
}

function indexOf(point: Element): number {
  return Number((point as SVGElement).dataset['index']);
}

/**
 * The frame's styles: the figure, the toggle, the table, and the chart's marks in `--omf-*` tokens
 * (they override the colours the chart code writes as attributes), with the rule Plot would have
 * injected, the focus ring, and forced colours.
 */
export const chartFrameStyles = [
  dataTableStyles,
  css`
    :host {
      --_highlight: var(--omf-highlight-colour, #6a2063);
      --_grid: var(--omf-grid-colour, var(--_border));
    }
    .chart-figure {
      margin: 0;
    }
    .heading {
      font-size: 1.1875em;
      line-height: 1.3;
      margin: 0 0 0.5em;
    }
    .subheading {
      display: block;
      font-weight: 400;
      font-size: 0.85em;
      color: var(--_secondary-text);
    }
    .summary,
    .note {
      margin: 0 0 0.75em;
      max-width: 40em;
    }
    .note {
      color: var(--_secondary-text);
    }
    .chart {
      position: relative;
      min-height: 12em;
      margin: 0.5em 0;
    }
    .chart-error {
      color: var(--_secondary-text);
      font-style: italic;
    }
    .chart-hint {
      margin: 0;
      font-size: 0.875em;
      color: var(--_secondary-text);
      height: 0;
      overflow: hidden;
    }
    .chart-figure:has(.chart:focus-within) .chart-hint {
      height: auto;
      margin-bottom: 0.5em;
    }
    .table-toggle {
      font: inherit;
      color: var(--_link);
      background: none;
      border: 0;
      padding: 0.25em 0;
      min-height: 24px;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .table-toggle:hover {
      text-decoration-thickness: 3px;
    }
    .table-toggle:focus-visible {
      color: var(--_focus-text);
      background: var(--_focus);
      outline: 3px solid transparent;
      box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
      text-decoration: none;
    }
    .table-panel[hidden] {
      display: none;
    }
    figcaption .source {
      margin-top: 0.75em;
    }

    /* The rules Plot's injected <style> carried (removed for strict CSPs), and our type. */
    svg.omf-chart {
      display: block;
      max-width: 100%;
      height: auto;
      overflow: visible;
      color: var(--_text);
      font-family: inherit;
      font-size: 12px;
    }
    svg.omf-chart text {
      white-space: pre;
    }
    .omf-grid {
      stroke: var(--_grid);
    }
    .omf-line.omf-series-0,
    .omf-points.omf-series-0 .omf-point {
      stroke: var(--_accent);
    }
    .omf-line.omf-series-1,
    .omf-points.omf-series-1 .omf-point {
      stroke: var(--_comparison);
    }
    .omf-points.omf-series-0 .omf-point,
    .omf-band,
    .omf-end-label.omf-series-0,
    .omf-bar {
      fill: var(--_accent);
    }
    .omf-points.omf-series-1 .omf-point,
    .omf-end-label.omf-series-1 {
      fill: var(--_comparison);
    }
    .omf-points .omf-point.omf-not-final {
      fill: var(--_background);
    }
    .omf-end-label,
    .omf-note,
    .omf-value-label,
    .omf-missing,
    .omf-reference-label {
      stroke: var(--_background);
    }
    .omf-note,
    .omf-missing {
      fill: var(--_secondary-text);
    }
    .omf-value-label,
    .omf-name,
    .omf-reference-label {
      fill: var(--_text);
    }
    .omf-bar .omf-highlight {
      fill: var(--_highlight);
      stroke: var(--_text);
    }
    .omf-reference {
      stroke: var(--_text);
    }
    [data-point]:focus {
      outline: none;
    }
    .focus-ring .outer {
      stroke: var(--_focus-text);
      stroke-width: 6px;
    }
    .focus-ring .inner {
      stroke: var(--_focus);
      stroke-width: 3px;
    }

    /* Forced colours: system colours only, marks told apart by dashes, shapes and outlines. The
       svg.omf-chart prefix outweighs the token rules above. */
    @media (forced-colors: active) {
      svg.omf-chart text {
        fill: CanvasText;
      }
      svg.omf-chart .omf-end-label,
      svg.omf-chart .omf-note,
      svg.omf-chart .omf-value-label,
      svg.omf-chart .omf-missing,
      svg.omf-chart .omf-reference-label {
        stroke: Canvas;
      }
      svg.omf-chart .omf-line,
      svg.omf-chart .omf-reference,
      svg.omf-chart .omf-points .omf-point {
        stroke: CanvasText;
      }
      svg.omf-chart .omf-points .omf-point,
      svg.omf-chart .omf-bar {
        fill: CanvasText;
      }
      svg.omf-chart .omf-points .omf-point.omf-not-final {
        fill: Canvas;
      }
      svg.omf-chart .omf-bar .omf-highlight {
        fill: Highlight;
        stroke: CanvasText;
      }
      svg.omf-chart .omf-band {
        fill: GrayText;
      }
      svg.omf-chart .omf-grid {
        stroke: GrayText;
      }
      svg.omf-chart .focus-ring .outer {
        stroke: Canvas;
      }
      svg.omf-chart .focus-ring .inner {
        stroke: Highlight;
      }
      .table-toggle {
        color: LinkText;
      }
    }
  `,
];
