// The size budgets of issue 8 on the built CDN files: sizes are deterministic, so `npm test` checks
// them after its build step; `npm run bench` reports the same numbers with the same code (bench/sizes.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { cdnSizes, checkSizeBudgets, plotSizes, readCdnBuild, type Build } from '../bench/sizes.ts';
import type { BudgetCheck } from '../bench/budgets.ts';

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

test('a page of cards loads at most 25 KB gzip from the CDN build, and no chart chunk', () => expectWithinBudget(0));

test("the chart chunk is at most Observable Plot's own size + 15 KB gzip", () => expectWithinBudget(1));

test('a page of cards counts omf.js and its static imports, never what it imports dynamically', () => {
  const build: Build = new Map([
    ['omf.js', 'import{a as b}from"./chunks/shared-1.js";export{c}from"./chunks/more-2.js";const d=()=>import("./chunks/charts-3.js");'],
    ['chunks/shared-1.js', 'export const a=1;'],
    ['chunks/more-2.js', 'export const c=2;'],
    ['chunks/charts-3.js', 'import{a}from"./shared-1.js";import"./plot-4.js";export const plot=a;'],
    ['chunks/plot-4.js', 'globalThis.plot=1;'],
  ]);
  const sizes = cdnSizes(build);
  assert.deepEqual(sizes.cardsPage.files, ['chunks/more-2.js', 'chunks/shared-1.js', 'omf.js']);
  // What the first chart adds: the chunk and its imports the page has not loaded yet.
  assert.deepEqual(sizes.chartChunk?.files, ['chunks/charts-3.js', 'chunks/plot-4.js']);
  assert.deepEqual(sizes.allButCharts.files, ['chunks/more-2.js', 'chunks/shared-1.js', 'omf.js']);
  const [cards] = checkSizeBudgets(sizes, { min: 0, gzip: 0, brotli: 0 });
  assert.equal(cards?.pass, true);
});
