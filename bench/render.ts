// Render and memory in headless Chromium: the pages under bench/pages load the CDN build from a
// local static server; every run is a fresh page in a fresh browser context (cold cache).
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { BUDGET_PAIRS } from './budgets.ts';
import { ACTION_PLAN_DATA, ACTION_PLAN_ID } from './build.ts';
import { serveStatic } from './server.ts';
import { CDN_DIR, type Build } from './sizes.ts';
import { isUnavailable, timing, type Timing, type Unavailable } from './stats.ts';
import type { ActionPlanRun, CardText, RenderRun } from './pages/harness.ts';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const DATA_SRC = '/examples/data/lgbf-children.json';
export const CHART_TAGS = ['omf-trend', 'omf-compare'] as const;
export const CHART_COUNTS = [50, 200] as const;
export const CARD_COUNT = 200;
/** Widgets mounted and removed in the leak check, in rounds of {@link MOUNT_ROUND}, after the warm-up rounds. */
export const MOUNT_TOTAL = 1000;
export const MOUNT_ROUND = 100;
export const MOUNT_WARM_UP_ROUNDS = 8;
const MOUNT_RUNS = 3;

/** JS heap in use and live DOM nodes (CDP Performance.getMetrics after a full garbage collection). */
export interface Memory {
  heap: number;
  nodes: number;
}

/** Memory after a case, and what the case added to the page. */
export interface MemoryUse {
  after: Memory;
  added: Memory;
}

export interface RenderResults {
  browser: string;
  firstCard: { painted: Timing; dataLoaded: Timing; requests: string[] };
  cards: { cards: Timing; bare: Timing; states: Record<string, number>; memory: MemoryUse };
  charts: Record<string, { render: Timing; states: Record<string, number>; memory: MemoryUse } | Unavailable>;
  actionPlan: { render: Timing; filters: Record<string, Timing>; rows: number; states: Record<string, number> } | Unavailable;
  mounts: { heapGrowth: Timing; nodeGrowth: Timing; before: Memory; states: Record<string, number> };
  /** Page errors and element warnings seen, first few. */
  problems: string[];
}

export interface RenderOptions {
  root: string;
  /** The CDN build to serve at /packages/elements/cdn/ (the bytes the sizes were measured on). */
  cdn: Build;
  runs: number;
  chromePath: string;
  log: (line: string) => void;
}

function median<T>(values: readonly T[], key: (v: T) => number): number {
  return timing(values.map(key)).median;
}

export async function runRenderBench(options: RenderOptions): Promise<RenderResults> {
  return inBrowser(options, (browser, origin, problems) => benchmark(browser, origin, options, problems));
}

/** Only the cards case (`npm run bench -- --only cards`), for working on the cards budget. */
export async function runCardsBench(options: RenderOptions): Promise<RenderResults['cards']> {
  return inBrowser(options, async (browser, origin, problems) => {
    const cards = await cardsCase(browser, origin, options, problems);
    for (const problem of problems) options.log(`seen in the pages: ${problem}`);
    return cards;
  });
}

/** Runs `cases` in a fresh headless Chromium against a static server of the repository and the CDN build. */
async function inBrowser<T>(options: RenderOptions, cases: (browser: Browser, origin: string, problems: string[]) => Promise<T>): Promise<T> {
  const server = await serveStatic(options.root, new Map([...options.cdn].map(([file, code]) => [`/${CDN_DIR}/${file}`, code])));
  const browser = await puppeteer.launch({
    executablePath: options.chromePath,
    headless: true,
    args: CHROME_ARGS,
    defaultViewport: { width: 1280, height: 900 },
  });
  const problems: string[] = [];
  try {
    return await cases(browser, server.origin, problems);
  } catch (error) {
    const seen = problems.length > 0 ? `\nSeen in the pages:\n${problems.map((p) => `- ${p}`).join('\n')}` : '';
    throw new Error(`${error instanceof Error ? error.message : String(error)}${seen}`, { cause: error });
  } finally {
    await browser.close();
    await server.close();
  }
}

interface FreshPage {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

async function freshPage(browser: Browser, origin: string, path: string, problems: string[], requests?: string[]): Promise<FreshPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const note = (line: string): void => {
    if (problems.length < 20 && !problems.includes(line)) problems.push(line);
  };
  page.on('pageerror', (error) => note(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') note(`console.${message.type()}: ${message.text()}`);
  });
  if (requests) page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, cdp, close: () => context.close() };
}

async function memory(cdp: CDPSession): Promise<Memory> {
  // Twice: the first collection can leave garbage that finalizers of the first make collectable.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heap: value('JSHeapUsedSize'), nodes: value('Nodes') };
}

function memoryUse(runs: ReadonlyArray<{ before: Memory; after: Memory }>): MemoryUse {
  return {
    after: { heap: median(runs, (r) => r.after.heap), nodes: median(runs, (r) => r.after.nodes) },
    added: { heap: median(runs, (r) => r.after.heap - r.before.heap), nodes: median(runs, (r) => r.after.nodes - r.before.nodes) },
  };
}

async function harnessPage(browser: Browser, origin: string, problems: string[]): Promise<FreshPage> {
  const fresh = await freshPage(browser, origin, '/bench/pages/harness.html', problems);
  await fresh.page.evaluate(() => window.omfBench.ready());
  return fresh;
}

/** The cards case: {@link CARD_COUNT} cards and as many bare Lit elements, each run a fresh page, alternating. */
async function cardsCase(browser: Browser, origin: string, options: RenderOptions, problems: string[]): Promise<RenderResults['cards']> {
  const runs = Math.max(options.runs, BUDGET_PAIRS);
  const { log } = options;
  log(`${CARD_COUNT} cards and ${CARD_COUNT} bare Lit elements, interleaved (${runs} runs each)`);
  const cardRuns: Array<RenderRun & { before: Memory; after: Memory }> = [];
  const bareRuns: RenderRun[] = [];
  let texts: CardText[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cards = await harnessPage(browser, origin, problems);
    const before = await memory(cards.cdp);
    const run = await cards.page.evaluate((n) => window.omfBench.cards(n), CARD_COUNT);
    cardRuns.push({ ...run, before, after: await memory(cards.cdp) });
    if (i === 0) texts = await cards.page.evaluate(() => window.omfBench.cardTexts());
    await cards.close();
    const bare = await harnessPage(browser, origin, problems);
    bareRuns.push(await bare.page.evaluate((t) => window.omfBench.bareCards(t), texts));
    await bare.close();
  }
  return { cards: timing(cardRuns.map((r) => r.ms)), bare: timing(bareRuns.map((r) => r.ms)), states: cardRuns[0]!.states, memory: memoryUse(cardRuns) };
}

async function benchmark(browser: Browser, origin: string, options: RenderOptions, problems: string[]): Promise<RenderResults> {
  const { runs, log } = options;

  log(`time to first painted card (${runs} runs)`);
  const firstRuns: Array<{ painted: number; data: number }> = [];
  let requests: string[] = [];
  for (let i = 0; i < runs; i += 1) {
    const seen: string[] = [];
    const { page, close } = await freshPage(browser, origin, '/bench/pages/first-card.html', problems, seen);
    await page.waitForFunction(() => window.omfFirstCard.painted !== undefined, { timeout: 60_000 });
    firstRuns.push(await page.evaluate(() => ({ painted: window.omfFirstCard.painted!, data: window.omfFirstCard.data! })));
    requests = seen.filter((path) => path.endsWith('.js'));
    await close();
  }

  const cards = await cardsCase(browser, origin, options, problems);

  const charts: RenderResults['charts'] = {};
  for (const tag of CHART_TAGS) {
    for (const n of CHART_COUNTS) {
      const name = `${n} ${tag}`;
      const chartRuns: Array<RenderRun & { before: Memory; after: Memory }> = [];
      for (let i = 0; i < runs; i += 1) {
        const fresh = await harnessPage(browser, origin, problems);
        const before = await memory(fresh.cdp);
        const run = await fresh.page.evaluate((t, count) => window.omfBench.charts(t, count), tag, n);
        const after = isUnavailable(run) ? before : await memory(fresh.cdp);
        await fresh.close();
        if (isUnavailable(run)) {
          charts[name] = run;
          break;
        }
        if (i === 0) log(`${name} (${runs} runs)`);
        chartRuns.push({ ...run, before, after });
      }
      if (!charts[name]) {
        charts[name] = { render: timing(chartRuns.map((r) => r.ms)), states: chartRuns[0]!.states, memory: memoryUse(chartRuns) };
      }
    }
  }

  let actionPlan: RenderResults['actionPlan'] | undefined;
  const planRuns: ActionPlanRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    const fresh = await harnessPage(browser, origin, problems);
    const run = await fresh.page.evaluate((src, plan) => window.omfBench.actionPlan(src, plan), `/${ACTION_PLAN_DATA}`, ACTION_PLAN_ID);
    await fresh.close();
    if (isUnavailable(run)) {
      actionPlan = run;
      break;
    }
    if (i === 0) log(`one <omf-action-plan> with 500 actions, and its filters (${runs} runs)`);
    planRuns.push(run);
  }
  if (planRuns.length > 0) {
    const filters: Record<string, Timing> = {};
    for (const { filter } of planRuns[0]!.filters) {
      filters[filter] = timing(planRuns.map((r) => r.filters.find((f) => f.filter === filter)!.ms));
    }
    actionPlan = { render: timing(planRuns.map((r) => r.renderMs)), filters, rows: planRuns[0]!.rows, states: planRuns[0]!.states };
  }
  if (!actionPlan) throw new Error('no action plan runs');

  log(`mount and remove ${MOUNT_TOTAL} widgets (${MOUNT_RUNS} runs)`);
  const mountRuns: Array<{ before: Memory; after: Memory; states: Record<string, number> }> = [];
  for (let i = 0; i < MOUNT_RUNS; i += 1) {
    const fresh = await harnessPage(browser, origin, problems);
    const mount = (): Promise<Record<string, number>> => fresh.page.evaluate((n, src) => window.omfBench.mountAndRemove(n, src), MOUNT_ROUND, DATA_SRC);
    // Warm-up: templates, the chart chunk, the copy of the data loaded by `src`, and the JIT and
    // inline caches, which grow for the first 800 or so mounts and then stop (measured).
    for (let round = 0; round < MOUNT_WARM_UP_ROUNDS; round += 1) await mount();
    const before = await memory(fresh.cdp);
    const states: Record<string, number> = {};
    for (let mounted = 0; mounted < MOUNT_TOTAL; mounted += MOUNT_ROUND) {
      for (const [state, count] of Object.entries(await mount())) states[state] = (states[state] ?? 0) + count;
    }
    mountRuns.push({ before, after: await memory(fresh.cdp), states });
    await fresh.close();
  }

  return {
    browser: await browser.version(),
    firstCard: { painted: timing(firstRuns.map((r) => r.painted)), dataLoaded: timing(firstRuns.map((r) => r.data)), requests },
    cards,
    charts,
    actionPlan,
    mounts: {
      heapGrowth: timing(mountRuns.map((r) => r.after.heap - r.before.heap)),
      nodeGrowth: timing(mountRuns.map((r) => r.after.nodes - r.before.nodes)),
      before: mountRuns[0]!.before,
      states: mountRuns[0]!.states,
    },
    problems,
  };
}

declare global {
  interface Window {
    /** Set by bench/pages/first-card-probe.js: ms from navigation start. */
    omfFirstCard: { data?: number; ready?: number; painted?: number };
  }
}
