// The size budgets of issue 8 on the built CDN files: sizes are deterministic, so `npm test` checks
// them after its build step; `npm run bench` reports the same numbers with the same code (bench/sizes.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { cdnSizes, checkSizeBudgets, plotSizes, readCdnBuild, type Build } from '../bench/sizes.ts';
import { BUDGETS, kb, type BudgetCheck } from '../bench/budgets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

let checks: Promise<BudgetCheck[]> | undefined;
/** The budgets checked on packages/elements/cdn; rejects with "… not found: run npm run build" without it. */
function sizeChecks(): Promise<BudgetCheck[]> {
  checks ??= (async () => checkSizeBudgets(cdnSizes(readCdnBuild(root)), await plotSizes(root)))();
  return checks;
}

async function expectWithinBudget(index: number): Promise<void> {
  const check = (await sizeChecks())[index]!;
  assert.ok(check.pass, `${check.name}: ${check.actual}; limit ${check.limit}${check.note ? ` (${check.note})` : ''}`);
}

test('a page of cards loads at most 25 KB gzip of our code (Lit not counted) and no chart chunk', async (t) => {
  await expectWithinBudget(0);
  const { cardsPage, cardsPageOwn } = cdnSizes(readCdnBuild(root));
  const headroom = BUDGETS.cardsPageOwnGzip - cardsPageOwn.sizes.gzip;
  t.diagnostic(`cards page: our code ${kb(cardsPageOwn.sizes.gzip)} (${headroom.toLocaleString('en-GB')} bytes under the budget), with Lit ${kb(cardsPage.sizes.gzip)} gzip`);
});

test("the chart chunk is at most Observable Plot's own size + 15 KB gzip", () => expectWithinBudget(1));

test('a page of cards counts the loader, the omf-data, omf-indicator and canonical JSON reader chunks and their static imports, nothing else', () => {
  const build: Build = new Map([
    [
      'omf.js',
      'import{v}from"./chunks/version-1.js";const d={"omf-data":()=>import("./chunks/omf-data-2.js"),"omf-indicator":()=>import("./chunks/omf-indicator-3.js"),"omf-trend":()=>import("./chunks/omf-trend-4.js")};',
    ],
    ['chunks/version-1.js', 'export const v=1;'],
    ['chunks/omf-data-2.js', 'import"./lit-5.js";import"../omf.js";'],
    ['chunks/omf-indicator-3.js', 'import"./lit-5.js";import"./sdk-6.js";'],
    ['chunks/omf-trend-4.js', 'import"./lit-5.js";import"./trend-only-7.js";const c=()=>import("./charts-8.js");'],
    ['chunks/lit-5.js', 'export const l=1;'],
    ['chunks/sdk-6.js', 'export const s=1;const r={json:()=>import("./canonical-json-10.js"),csv:()=>import("./tidy-csv-11.js")};'],
    ['chunks/canonical-json-10.js', 'import"./sdk-6.js";import"./json-fields-12.js";'],
    ['chunks/tidy-csv-11.js', 'import"./sdk-6.js";import"./d3-dsv-13.js";'],
    ['chunks/json-fields-12.js', 'export const j=1;'],
    ['chunks/d3-dsv-13.js', 'export const d=1;'],
    ['chunks/trend-only-7.js', 'export const t=1;'],
    ['chunks/charts-8.js', 'import"./sdk-6.js";import"./plot-9.js";export const plot=1;'],
    ['chunks/plot-9.js', 'globalThis.plot=1;'],
  ]);
  const sizes = cdnSizes(build);
  const reader = ['chunks/canonical-json-10.js', 'chunks/json-fields-12.js'];
  const card = ['chunks/lit-5.js', 'chunks/omf-indicator-3.js', 'chunks/sdk-6.js', 'chunks/version-1.js', 'omf.js'];
  assert.deepEqual(sizes.indicatorAlone.files, [...reader, ...card].sort());
  assert.deepEqual(sizes.cardsPage.files, [...reader, ...card, 'chunks/omf-data-2.js'].sort());
  assert.deepEqual(sizes.cardsPageOwn.files, sizes.cardsPage.files.filter((file) => file !== 'chunks/lit-5.js'));
  // What the first chart adds: the chunk and its imports the page has not loaded yet.
  assert.deepEqual(sizes.chartChunk?.files, ['chunks/charts-8.js', 'chunks/plot-9.js']);
  const more = ['chunks/d3-dsv-13.js', 'chunks/omf-trend-4.js', 'chunks/tidy-csv-11.js', 'chunks/trend-only-7.js'];
  assert.deepEqual(sizes.allButCharts.files, [...sizes.cardsPage.files, ...more].sort());
  const [cards] = checkSizeBudgets(sizes, { min: 0, gzip: 0, brotli: 0 });
  assert.equal(cards?.pass, true);
});
