// The bench's budgets and its tables: printed, written to bench/results.json and to docs/performance.md.
import { BUDGET_PAIRS, BUDGETS, kb, oneDecimal, type BudgetCheck } from './budgets.ts';
import { CARD_COUNT, MOUNT_ROUND, MOUNT_TOTAL, MOUNT_WARM_UP_ROUNDS, type Memory, type MemoryUse, type RenderResults } from './render.ts';
import type { SdkResults } from './sdk.ts';
import type { CdnSizes, FileSet, Share, Sizes } from './sizes.ts';
import { isUnavailable, pairedRatio, type PairedRatio, type Timing, type Unavailable } from './stats.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  browser: string;
  /** 1-minute load average when the bench started and ended (other work on the machine skews timings). */
  load: [number, number];
}

export interface SizeResults extends CdnSizes {
  sdk: Sizes;
  plot: Sizes;
  /** What a page of cards loads, by package and source folder. */
  breakdown: Share[];
}

export interface Results {
  date: string;
  seconds: number;
  runs: number;
  machine: Machine;
  sizes: SizeResults;
  sizeBudgets: BudgetCheck[];
  render: RenderResults;
  sdk: SdkResults;
  budgets: BudgetCheck[];
}

const ms = (value: number): string => `${oneDecimal(value)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const signedKb = (bytes: number): string => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;
const signed = (n: number): string => `${n >= 0 ? '+' : '−'}${Math.abs(Math.round(n)).toLocaleString('en-GB')}`;

/** Every budget but the size ones, which {@link checkSizeBudgets} (shared with `npm test`) gives. */
export function checkRunBudgets(render: RenderResults, sdk: SdkResults): BudgetCheck[] {
  const charts = render.firstCard.requests.filter((path) => /\/chunks\/charts-/.test(path));
  const { cards, bare } = render.cards;
  const cardsRatio = pairedRatio(cards, bare);
  const csvRatio = pairedRatio(sdk.csv.read, sdk.csv.parseRowsOnly);
  const heap = render.mounts.heapGrowth.median;
  const nodes = render.mounts.nodeGrowth.median;
  return [
    {
      name: 'A page of cards requests no chart chunk (in Chromium)',
      limit: 'no chunks/charts-*.js request',
      actual: render.firstCard.requests.join(', '),
      pass: charts.length === 0,
      ...(charts.length > 0 && { note: `requested ${charts.join(', ')}` }),
    },
    {
      name: `${CARD_COUNT} cards vs ${CARD_COUNT} bare Lit elements rendering the same text (median of the ratios of alternating runs)`,
      limit: `≤ ${BUDGETS.cardsOverBareLit}x`,
      actual: `${pairedRatioText(cardsRatio)}; medians ${ms(cards.median)} vs ${ms(bare.median)}`,
      pass: cardsRatio.median <= BUDGETS.cardsOverBareLit,
    },
    {
      name: `Reading and indexing ${sdk.csv.rows.toLocaleString('en-GB')} tidy CSV rows vs csvParseRows alone (median of the ratios of alternating runs)`,
      limit: `≤ ${BUDGETS.csvReadOverParseRows}x`,
      actual: `${pairedRatioText(csvRatio)}; medians ${ms(sdk.csv.read.median)} vs ${ms(sdk.csv.parseRowsOnly.median)}`,
      pass: csvRatio.median <= BUDGETS.csvReadOverParseRows,
    },
    {
      name: `Heap and DOM nodes after mounting and removing ${MOUNT_TOTAL.toLocaleString('en-GB')} widgets`,
      limit: `heap ≤ +${kb(BUDGETS.heapGrowthAfterMounts)}, nodes ≤ +${BUDGETS.nodeGrowthAfterMounts}`,
      actual: `heap ${signedKb(heap)}, nodes ${signed(nodes)} (median of ${render.mounts.heapGrowth.runs.length})`,
      pass: heap <= BUDGETS.heapGrowthAfterMounts && nodes <= BUDGETS.nodeGrowthAfterMounts,
    },
  ];
}

type Row = readonly string[];

function table(header: Row, rows: readonly Row[]): string {
  const line = (cells: Row): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `1.42x (1.21x–1.80x)`: the median ratio and the range of the runs' ratios. */
export const pairedRatioText = (r: PairedRatio): string => `${r.median.toFixed(2)}x (${r.min.toFixed(2)}x–${r.max.toFixed(2)}x)`;
const range = (t: Timing): string => `${oneDecimal(t.min)}–${oneDecimal(t.max)}`;
const msRow = (name: string, t: Timing | Unavailable, note = ''): Row =>
  isUnavailable(t) ? [name, 'not available', '', t.unavailable] : [name, ms(t.median), range(t), note];
const sizeRow = (name: string, s: Sizes | undefined, files: string): Row =>
  s ? [name, kb(s.min), `**${kb(s.gzip)}**`, kb(s.brotli), files] : [name, 'not available', '', '', files];
const stateList = (states: Record<string, number>): string =>
  Object.entries(states)
    .map(([state, count]) => `${count.toLocaleString('en-GB')} ${state}`)
    .join(', ');

export function sizeTable(sizes: SizeResults): string {
  const files = (set: FileSet | undefined): string => (set ? set.files.join(', ') : 'no chart chunk in the build');
  return table(['What', 'Minified', 'Gzip', 'Brotli', 'Files'], [
    sizeRow('`<omf-indicator>` alone (CDN): the loader, the card chunk, the canonical JSON reader, their static imports', sizes.indicatorAlone.sizes, files(sizes.indicatorAlone)),
    sizeRow('A page of cards (CDN): the same and the `<omf-data>` chunk', sizes.cardsPage.sizes, files(sizes.cardsPage)),
    sizeRow('… of which our code (the budget): all but Lit\'s chunk', sizes.cardsPageOwn.sizes, files(sizes.cardsPageOwn)),
    sizeRow('All elements without the chart chunk (CDN)', sizes.allButCharts.sizes, files(sizes.allButCharts)),
    sizeRow('Chart chunk (loaded by the first chart)', sizes.chartChunk?.sizes, files(sizes.chartChunk)),
    sizeRow('`@omf/sdk`, every export, with d3-dsv', sizes.sdk, 'packages/sdk/src/index.ts bundled by esbuild'),
    sizeRow('Observable Plot 0.6, whole library (yardstick)', sizes.plot, '`export * from "@observablehq/plot"` bundled by esbuild'),
  ]);
}

export function breakdownTable(sizes: SizeResults): string {
  const top = sizes.breakdown.slice(0, 12);
  const rest = sizes.breakdown.slice(12);
  const rows: Row[] = top.map((s) => [s.group, kb(s.min), kb(s.gzip)]);
  if (rest.length > 0) rows.push([`${rest.length} more`, kb(rest.reduce((n, s) => n + s.min, 0)), kb(rest.reduce((n, s) => n + s.gzip, 0))]);
  return table(['Part of a page of cards', 'Minified', 'Gzip alone'], rows);
}

function memoryCells(use: MemoryUse): [string, string] {
  return [`${mb(use.after.heap)} (${signedKb(use.added.heap)})`, `${use.after.nodes.toLocaleString('en-GB')} (${signed(use.added.nodes)})`];
}

export function renderTable(render: RenderResults): string {
  const rows: Row[] = [
    msRow('Time to first painted card (navigation start to the frame after `omf-load`, cold cache)', render.firstCard.painted, `data read at ${ms(render.firstCard.dataLoaded.median)}`),
    msRow(`${CARD_COUNT} \`<omf-indicator>\` cards`, render.cards.cards, stateList(render.cards.states)),
    msRow(`${CARD_COUNT} bare Lit elements, same text and style sheets (baseline)`, render.cards.bare, `cards: ${pairedRatioText(pairedRatio(render.cards.cards, render.cards.bare))} per pair of runs`),
  ];
  for (const [name, chart] of Object.entries(render.charts)) {
    rows.push(isUnavailable(chart) ? msRow(`${name} charts`, chart) : msRow(`${name} charts`, chart.render, stateList(chart.states)));
  }
  const plan = render.actionPlan;
  if (isUnavailable(plan)) rows.push(msRow('`<omf-action-plan>` with 500 actions', plan));
  else {
    rows.push(msRow('`<omf-action-plan>` with 500 actions', plan.render, `${plan.rows} rows shown; ${stateList(plan.states)}`));
    for (const [filter, t] of Object.entries(plan.filters)) rows.push(msRow(`… filter: ${filter === 'none' ? 'cleared' : `by ${filter}`}`, t));
  }
  return table(['Case', 'Median', 'Min–max', 'Notes'], rows);
}

export function memoryTable(render: RenderResults): string {
  const rows: Row[] = [[`${CARD_COUNT} cards`, ...memoryCells(render.cards.memory)]];
  for (const [name, chart] of Object.entries(render.charts)) {
    if (!name.startsWith('200')) continue;
    rows.push(isUnavailable(chart) ? [`${name} charts`, 'not available', ''] : [`${name} charts`, ...memoryCells(chart.memory)]);
  }
  const m = render.mounts;
  const before: Memory = m.before;
  rows.push([
    `After mounting and removing ${MOUNT_TOTAL.toLocaleString('en-GB')} widgets (${stateList(m.states)})`,
    `${signedKb(m.heapGrowth.median)} (${signedKb(m.heapGrowth.min)} to ${signedKb(m.heapGrowth.max)}) from ${mb(before.heap)}`,
    `${signed(m.nodeGrowth.median)} (${signed(m.nodeGrowth.min)} to ${signed(m.nodeGrowth.max)}) from ${before.nodes.toLocaleString('en-GB')}`,
  ]);
  return table(['Case', 'JS heap (added)', 'DOM nodes (added)'], rows);
}

export function sdkTable(sdk: SdkResults): string {
  return table(['Case', 'Median', 'Min–max', 'Notes'], [
    msRow(`Read and index ${sdk.csv.rows.toLocaleString('en-GB')}-row tidy CSV (${mb(sdk.csv.bytes)})`, sdk.csv.read, `${pairedRatioText(pairedRatio(sdk.csv.read, sdk.csv.parseRowsOnly))} the floor, per pair of runs`),
    msRow('… d3-dsv `csvParseRows` alone, same text (floor)', sdk.csv.parseRowsOnly),
    msRow(`… read, then all ${sdk.csv.series.toLocaleString('en-GB')} series asked for`, sdk.csv.readAllSeries, 'points are made when a series is first asked for: this is every one made'),
    msRow(`Read a ${sdk.jsonStat.cells.toLocaleString('en-GB')}-cell JSON-stat cube (${kb(sdk.jsonStat.bytes)})`, sdk.jsonStat.read, `${sdk.jsonStat.observations.toLocaleString('en-GB')} observations`),
    msRow(`Read the built-in canonical JSON (${sdk.builtIn.files.length} files, ${sdk.builtIn.observations.toLocaleString('en-GB')} observations)`, sdk.builtIn.read),
    msRow(`\`summarise()\` for every indicator and council of the built-in data (${sdk.summarise.calls.toLocaleString('en-GB')} calls)`, sdk.summarise.all, `${sdk.summarise.withData.toLocaleString('en-GB')} with data`),
  ]);
}

export function budgetTable(budgets: readonly BudgetCheck[]): string {
  const verdict = (b: BudgetCheck): string => (b.pass === undefined ? 'not checked' : b.pass ? 'pass' : '**FAIL**');
  return table(['Budget', 'Limit', 'Measured', 'Result'], budgets.map((b) => [b.name, b.limit, b.actual, `${verdict(b)}${b.note ? `: ${b.note}` : ''}`]));
}

/** The tables printed at the end of a run. */
export function consoleReport(results: Results): string {
  return [
    '## Sizes', sizeTable(results.sizes), '',
    '## Render (headless Chromium)', renderTable(results.render), '',
    '## Memory (after full GC)', memoryTable(results.render), '',
    '## SDK (Node)', sdkTable(results.sdk), '',
    '## Budgets', budgetTable(results.budgets),
    ...(results.render.problems.length > 0 ? ['', 'Page problems seen:', ...results.render.problems.map((p) => `- ${p}`)] : []),
  ].join('\n');
}

/** docs/performance.md. */
export function performanceDoc(results: Results): string {
  const m = results.machine;
  const perCard = results.render.cards.memory.added.heap / CARD_COUNT;
  const leakedToFail = Math.max(1, Math.round(BUDGETS.heapGrowthAfterMounts / perCard));
  const failing = results.budgets.filter((b) => b.pass === false).length;
  return `# Performance

What OMF Kit costs a council page, measured by \`npm run bench\` and written here by it. The numbers
below are from ${results.date} on ${m.cores} cores (${m.cpu}, ${m.memory} RAM), ${m.os}, Node ${m.node},
${m.browser}; load average ${m.load[0].toFixed(1)} at the start and ${m.load[1].toFixed(1)} at the end (other work on the
machine slows every timing; the budgets compare timings taken in the same run). The whole run took
${Math.round(results.seconds)} s. Results are machine-specific: \`bench/results.json\` (git-ignored) has every run.

${failing === 0 ? 'Every budget holds.' : `**${failing} budget${failing === 1 ? '' : 's'} broken** (the bench exits 1).`}

## Budgets

${budgetTable(results.budgets)}

The size budgets are also a test (\`scripts/size-budget.test.ts\`, run by \`npm test\` after the build):
sizes are deterministic, so they need no browser. "Our code" for a page of cards, as the budget
says, is every byte the page loads from our CDN build but Lit's: the loader \`omf.js\`, the chunks it
imports for \`<omf-data>\` and \`<omf-indicator>\` (it imports an element's chunk when its tag appears
on the page), the canonical JSON reader (the SDK imports the reader the data needs), and everything
those import statically, **the SDK included**. Lit (with \`@lit/context\`) is third-party and a chunk
of its own (\`rollup.config.js\`), so it is measured exactly and left out of the budget; the budget
row and the sizes table give the whole page with Lit too. The chart chunk, imported when a chart
draws, is not part of it. 1 KB = 1,024 bytes; gzip level 9, brotli quality 11, each file compressed
on its own (one request each).

## Sizes

${sizeTable(results.sizes)}

What a page of cards loads, by package and source folder (each part's rendered code minified and
gzipped on its own, so the parts add up to more than the whole; a guide to what drives the size, not
an exact split):

${breakdownTable(results.sizes)}

## Render

Headless Chromium (\`--headless=new\`), 1280×900 viewport. Each run is a fresh page in a fresh browser
context; pages load \`packages/elements/cdn/omf.js\` from a local static server, as a council page
would. Medians and ranges of ${results.runs} runs.

${renderTable(results.render)}

- *First painted card*: \`bench/pages/first-card.html\`, one \`<omf-indicator>\` in an \`<omf-data>\`
  loading the built-in LGBF data (1 MB JSON); from navigation start to a task after the frame that
  follows the card's \`omf-load\`. Loopback network, no throttling.
- *Cards, charts, action plan*: \`bench/pages/harness.html\` with the built-in data already loaded by
  \`<omf-data>\`; timed from appending the elements to the end of the style and layout forced after
  their last update (charts: once each has drawn its \`svg.omf-chart\`, so loading the chart chunk
  is included). Cards and charts use distinct indicator and council pairs that have data.
- *Baseline*: a Lit element (the harness's own production Lit) rendering each card's text, taken from
  the cards of the first run, in the same elements with the card's own style sheets; no data, no SDK.
  Cards and baseline runs alternate, so both runs of a pair see the same machine load; the budget
  takes the median of the pairs' ratios, over at least ${BUDGET_PAIRS} pairs whatever \`--runs\` says.
- *Action plan*: a generated plan of 500 actions (the first sample plan's actions repeated, every
  status, three years of due dates) in its own \`<omf-data>\`; then filtered as a reader does, by
  its status \`<select>\` (at risk), its theme \`<select>\`, and both cleared, each timed to the end
  of the next layout.

## Memory

CDP \`HeapProfiler.collectGarbage\` (twice), then \`Performance.getMetrics\`: \`JSHeapUsedSize\` and
\`Nodes\` (live DOM nodes, detached ones included, so a leaked element shows). "Added" is against the
same page before the case. The leak check mounts ${MOUNT_TOTAL.toLocaleString('en-GB')} widgets in rounds of ${MOUNT_ROUND} (cards, and trend
and compare charts when they exist; one card in ten loads its own \`src\`), removing each round,
after ${MOUNT_WARM_UP_ROUNDS} warm-up rounds (the heap grows for the first several hundred mounts, as the JIT and
inline caches warm, then stops); medians of 3 fresh pages. A card holds ${kb(perCard)} of heap (from
"${CARD_COUNT} cards" below), so the ${kb(BUDGETS.heapGrowthAfterMounts)} limit is crossed if about ${leakedToFail} of the ${MOUNT_TOTAL.toLocaleString('en-GB')} widgets leak.

${memoryTable(results.render)}

## SDK

Node, \`@omf/sdk\` from source (tsx applies the same esbuild transform as the dist build),
\`--expose-gc\` with a collection before each run; one warm-up,
then ${results.runs} runs. The CSV and the cube are generated in the bench (deterministic): 125
indicators × 25 financial years × 32 councils, 1% suppressed; 15 indicators × 32 councils × 25
years. "Read and index" is \`readDataset()\` (parse, validate, index) plus one \`series()\` lookup.
Observations that are a value and nothing more are stored as numbers in the index, and a series'
points are made when it is first asked for, so the next row reads the file and asks for every series.
CSV reading and \`csvParseRows\` alone alternate in one process; the budget takes the median of
the pairs' ratios, over at least ${BUDGET_PAIRS} pairs.

${sdkTable(results.sdk)}

## How to run

\`\`\`sh
npm run bench                 # build the CDN bundle (rollup.config.js), then everything; 2–3 minutes on 2 cores
npm run bench -- --runs 7     # more runs per case
npm run bench -- --no-build   # measure the build already in packages/elements/cdn
npm run bench -- --only cards # the cards against bare Lit alone: each pair's ratio, nothing written
\`\`\`

Chromium comes from \`CHROME_PATH\` (default \`/usr/bin/chromium\`). The bench prints the tables, writes
\`bench/results.json\` and this file, and exits 1 when a budget is broken. Elements that \`omf.js\`
cannot load are reported as "not available" and their budgets are not checked.
`;
}
