// The in-page half of the render bench (bundled by bench/build.ts into bench/dist/harness.js).
// harness.html loads it before cdn/omf.js; the elements come only from omf.js, as on a council page.
// omf.js registers an element when its tag first appears; the cases time rendering, not downloading,
// so ready() has it load every element first (the first-card page times a cold load).
// Every case times from appending the elements to the end of the forced style and layout that
// follows their last update, so paint scheduling (16 ms frames) adds no noise.
import { LitElement, html, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import type { Dataset } from '@omf/sdk';

/** What every OMF element exposes (OmfElement). */
type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** The text one rendered card shows, for the bare-Lit baseline to render again. */
export interface CardText {
  title: string;
  area: string;
  sentence: string;
  value: string;
  period: string;
  change: string;
  trend: string;
  /** The trend line's class attribute (it names the direction). */
  trendClass: string;
  comparison: string;
  rank: string;
  path: string;
  cx: string;
  cy: string;
  sourceBefore: string;
  sourceLink: string;
  sourceHref: string;
  sourceAfter: string;
}

export interface RenderRun {
  ms: number;
  /** How many elements ended in each state. */
  states: Record<string, number>;
}

export interface ActionPlanRun {
  renderMs: number;
  rows: number;
  filters: Array<{ filter: string; ms: number; rows: number }>;
  states: Record<string, number>;
}

export type Unavailable = { unavailable: string };

const SETTLE_TIMEOUT_MS = 120_000;
/** The CDN loader as harness.html loads it: a URL imported at run time, so esbuild leaves it out of the harness bundle. */
const CDN_LOADER = '/packages/elements/cdn/omf.js';
/** The elements the cases use. */
const TAGS = ['omf-indicator', 'omf-trend', 'omf-compare', 'omf-action-plan'] as const;
const stage = (): HTMLElement => document.getElementById('stage')!;
const dataElement = (): HTMLElement => document.getElementById('data')!;

const loaded = new Promise<Dataset>((resolve, reject) => {
  dataElement().addEventListener('omf-load', (event) => resolve(event.detail.dataset), { once: true });
  dataElement().addEventListener('omf-error', (event) => reject(new Error(event.detail.message)), { once: true });
});

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const forceLayout = (): number => document.documentElement.offsetHeight + stage().offsetHeight;

function countStates(widgets: readonly Widget[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const w of widgets) counts[w.state] = (counts[w.state] ?? 0) + 1;
  return counts;
}

/** Chart elements draw after their update, once the chart chunk has loaded. */
const CHART_TAGS = new Set(['omf-trend', 'omf-compare']);
/** A chart element has drawn its chart (chart-svg.ts's class) or said it could not. */
const CHART_DRAWN = 'svg.omf-chart, .chart-error';

/** Waits until no widget is loading and each ready chart has drawn. */
async function settle(widgets: readonly Widget[]): Promise<void> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  const drawn = (w: Widget): boolean => !CHART_TAGS.has(w.localName) || w.state !== 'ready' || w.shadowRoot?.querySelector(CHART_DRAWN) != null;
  const done = (w: Widget): boolean => w.state !== 'loading' && drawn(w);
  await Promise.all(widgets.map((w) => w.updateComplete));
  while (!widgets.every(done)) {
    if (performance.now() > deadline) throw new Error(`still loading after ${SETTLE_TIMEOUT_MS} ms: ${JSON.stringify(countStates(widgets))}`);
    await nextFrame();
    await Promise.all(widgets.map((w) => w.updateComplete));
  }
}

/** Times appending elements to `parent` until all are settled and laid out. */
async function timeMount(parent: HTMLElement, widgets: Widget[]): Promise<RenderRun> {
  const start = performance.now();
  parent.append(...widgets);
  await settle(widgets);
  forceLayout();
  return { ms: performance.now() - start, states: countStates(widgets) };
}

function create(tag: string, attributes: Record<string, string>): Widget {
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

let dataset: Dataset | undefined;

/** `n` indicator and council pairs that have data, spread over every indicator before any repeats. */
function pairs(n: number): Array<{ indicator: string; area: string }> {
  if (!dataset) throw new Error('call ready() first');
  const data = dataset;
  const councils = data.areas.filter((a) => a.code.startsWith('S12')).map((a) => a.code);
  const found: Array<{ indicator: string; area: string }> = [];
  // Round r gives indicator j the council r + j: every pair at most once, councils spread evenly.
  for (let round = 0; round < councils.length && found.length < n; round += 1) {
    data.indicators.forEach((indicator, j) => {
      const area = councils[(round + j) % councils.length]!;
      if (found.length < n && data.latest(indicator.id, area)) found.push({ indicator: indicator.id, area });
    });
  }
  if (found.length < n) throw new Error(`only ${found.length} indicator and council pairs have data`);
  return found;
}

const unavailable = (tag: string): Unavailable | undefined =>
  customElements.get(tag) ? undefined : { unavailable: `<${tag}> is not registered by omf.js` };

/** A bare Lit element rendering a card's text in the card's elements, with the card's style sheets. */
class BareCard extends LitElement {
  static override properties = { text: { attribute: false } };
  declare text: CardText;

  protected override render(): TemplateResult {
    const s = this.text;
    return html`<div part="base" class="base state-ready" aria-busy="false">
      <h3 part="heading" class="heading">${s.title}<span class="area">${s.area}</span></h3>
      <p class="sr-summary visually-hidden">${s.sentence}</p>
      <div aria-hidden="true">
        <p part="value" class="value">${s.value}</p>
        <p class="period">${s.period}</p>
        <p part="change" class="change">${s.change}</p>
        <p part="trend" class=${s.trendClass}><span class="trend-word">${s.trend}</span></p>
        <p part="comparison" class="comparison">${s.comparison}</p>
        <p class="rank">${s.rank}</p>
      </div>
      ${s.path
        ? html`<svg part="sparkline" class="sparkline" viewBox="0 0 120 32" aria-hidden="true" focusable="false">
            <path d=${s.path}></path><circle cx=${s.cx} cy=${s.cy} r="3"></circle>
          </svg>`
        : nothing}
      <p part="source" class="source">${s.sourceBefore}<a href=${s.sourceHref}>${s.sourceLink}</a>${s.sourceAfter}</p>
    </div>`;
  }
}

function defineBareCard(): void {
  if (customElements.get('bench-bare-card')) return;
  const card = customElements.get('omf-indicator') as unknown as { elementStyles: CSSResultOrNative[] };
  BareCard.styles = card.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet ?? s));
  customElements.define('bench-bare-card', BareCard);
}

function cardText(card: Element): CardText {
  const root = card.shadowRoot!;
  const text = (selector: string): string => root.querySelector(selector)?.textContent ?? '';
  const attribute = (selector: string, name: string): string => root.querySelector(selector)?.getAttribute(name) ?? '';
  const area = text('.heading .area');
  const heading = text('.heading');
  const source = text('.source');
  const link = text('.source a');
  const at = link ? source.indexOf(link) : source.length;
  return {
    title: heading.slice(0, heading.length - area.length),
    area,
    sentence: text('.sr-summary'),
    value: text('.value'),
    period: text('.period'),
    change: text('.change'),
    trend: text('.trend-word'),
    trendClass: attribute('.trend', 'class'),
    comparison: text('.comparison'),
    rank: text('.rank'),
    path: attribute('.sparkline path', 'd'),
    cx: attribute('.sparkline circle', 'cx'),
    cy: attribute('.sparkline circle', 'cy'),
    sourceBefore: source.slice(0, at),
    sourceLink: link,
    sourceHref: attribute('.source a', 'href'),
    sourceAfter: source.slice(at + link.length),
  };
}

const harness = {
  /** Resolves when omf.js has defined the elements and `<omf-data>` has read the built-in data. */
  async ready(): Promise<{ indicators: number; areas: number }> {
    dataset = await loaded;
    const omf = (await import(CDN_LOADER)) as typeof import('../../packages/elements/src/cdn.ts');
    // One that fails to load is "not available" to its cases; the cards need omf-indicator.
    await Promise.allSettled(TAGS.map((tag) => omf.load(tag)));
    await customElements.whenDefined('omf-indicator');
    defineBareCard();
    return { indicators: dataset.indicators.length, areas: dataset.areas.length };
  },

  isDefined(tag: string): boolean {
    return customElements.get(tag) !== undefined;
  },

  /** `n` `<omf-indicator>` cards inside the page's `<omf-data>`. */
  cards(n: number): Promise<RenderRun> {
    return timeMount(stage(), pairs(n).map((p) => create('omf-indicator', p)));
  },

  /** The text of every card on the page. */
  cardTexts(): CardText[] {
    return [...stage().querySelectorAll('omf-indicator')].map(cardText);
  },

  /** One bare Lit element per text. */
  bareCards(texts: CardText[]): Promise<RenderRun> {
    const cards = texts.map((text) => Object.assign(create('bench-bare-card', {}), { text }));
    return timeMount(stage(), cards);
  },

  /** `n` `<omf-trend>` (an area over time) or `<omf-compare>` (every council, one highlighted) charts. */
  async charts(tag: 'omf-trend' | 'omf-compare', n: number): Promise<RenderRun | Unavailable> {
    const missing = unavailable(tag);
    if (missing) return missing;
    const charts = pairs(n).map(({ indicator, area }) => create(tag, tag === 'omf-trend' ? { indicator, area } : { indicator, highlight: area }));
    return timeMount(stage(), charts);
  },

  /** One `<omf-action-plan>` of a large plan, then filtered as a reader does (its status and theme `<select>`s), then unfiltered. */
  async actionPlan(src: string, plan: string): Promise<ActionPlanRun | Unavailable> {
    const missing = unavailable('omf-action-plan');
    if (missing) return missing;
    const data = document.createElement('omf-data');
    const planLoaded = new Promise<Dataset>((resolve) => data.addEventListener('omf-load', (e) => resolve(e.detail.dataset), { once: true }));
    data.setAttribute('src', src);
    document.body.append(data);
    const planData = await planLoaded;
    const themes = [...new Set(planData.actionPlan(plan)?.actions.map((a) => a.theme))];
    const element = create('omf-action-plan', { plan });
    const rows = (): number => element.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
    const first = await timeMount(data, [element]);
    const shown = rows();
    const select = (id: string): HTMLSelectElement | null | undefined => element.shadowRoot?.querySelector<HTMLSelectElement>(`select#${id}`);
    if (!select('status') || !select('theme')) return { unavailable: `<omf-action-plan> (${element.state}) has no select#status and select#theme to filter with` };
    const filters: ActionPlanRun['filters'] = [];
    const choose = async (filter: string, choices: Record<string, string>): Promise<void> => {
      const start = performance.now();
      for (const [id, value] of Object.entries(choices)) {
        select(id)!.value = value;
        select(id)!.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await element.updateComplete;
      forceLayout();
      filters.push({ filter, ms: performance.now() - start, rows: rows() });
    };
    await choose('status', { status: 'at-risk' });
    await choose('theme', { theme: themes[1] ?? themes[0] ?? '' });
    await choose('none', { status: '', theme: '' });
    return { renderMs: first.ms, rows: shown, filters, states: first.states };
  },

  /** Mounts `n` widgets (cards, and trend and compare charts when defined; one card in ten loads its own `src`), then removes them. */
  async mountAndRemove(n: number, src: string): Promise<Record<string, number>> {
    const tags = ['omf-indicator', 'omf-trend', 'omf-compare'].filter((tag) => customElements.get(tag));
    const widgets = pairs(n).map(({ indicator, area }, i) => {
      const tag = tags[i % tags.length]!;
      if (tag === 'omf-compare') return create(tag, { indicator, highlight: area });
      return create(tag, { indicator, area, ...(i % 10 === 0 && tag === 'omf-indicator' && { src }) });
    });
    stage().append(...widgets);
    await settle(widgets);
    await nextFrame();
    const states = countStates(widgets);
    stage().replaceChildren();
    await nextFrame();
    return states;
  },

  clear(): void {
    stage().replaceChildren();
  },
};

declare global {
  interface Window {
    omfBench: typeof harness;
  }
}

window.omfBench = harness;
