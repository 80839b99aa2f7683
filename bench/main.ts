// The bench, run by bench/run.mjs from the repository root.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { buildCdn, buildHarness, writeActionPlan } from './build.ts';
import { BUDGETS } from './budgets.ts';
import { CARD_COUNT, runCardsBench, runRenderBench } from './render.ts';
import { budgetTable, checkRunBudgets, consoleReport, pairedRatioText, performanceDoc, type Results, type SizeResults } from './report.ts';
import { pairedRatio } from './stats.ts';
import type { SdkResults } from './sdk.ts';
import { attribution, cdnSizes, checkSizeBudgets, plotSizes, readCdnBuild, sdkSizes } from './sizes.ts';

const RESULTS = 'bench/results.json';
const DOC = 'docs/performance.md';

/** Cases `--only` can run alone. */
const ONLY = ['cards'] as const;

function options(argv: readonly string[]): { runs: number; build: boolean; only: (typeof ONLY)[number] | undefined } {
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, at least 1');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? ONLY.find((name) => name === argv[onlyAt + 1]) : undefined;
  if (onlyAt >= 0 && !only) throw new Error(`--only takes one of: ${ONLY.join(', ')}`);
  return { runs, build: !argv.includes('--no-build'), only };
}

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

function runSdkBench(runs: number): SdkResults {
  const child = spawnSync(process.execPath, ['--conditions=source', '--expose-gc', '--import', 'tsx', 'bench/sdk.ts', String(runs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench/sdk.ts exited with ${child.status}`);
  return JSON.parse(child.stdout) as SdkResults;
}

/**
 * `--only cards`: builds, then times the cards against bare Lit elements and prints the ratio, with
 * no other case and nothing written (bench/results.json and docs/performance.md stay as they are).
 */
async function cardsOnly(runs: number, build: boolean): Promise<number> {
  const root = process.cwd();
  log(build ? 'building the CDN bundle (rollup.config.js)' : 'measuring the existing build (--no-build)');
  const chunks = await buildCdn(root, build);
  await buildHarness(root);
  const cdn = build ? new Map(chunks.map((c) => [c.fileName, c.code])) : readCdnBuild(root);
  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const { cards, bare, states } = await runCardsBench({ root, cdn, runs, chromePath, log });
  const ratio = pairedRatio(cards, bare);
  const limit = BUDGETS.cardsOverBareLit;
  process.stdout.write(
    [
      `${CARD_COUNT} cards:     median ${cards.median} ms, runs ${cards.runs.join(', ')} (${JSON.stringify(states)})`,
      `${CARD_COUNT} bare Lit:  median ${bare.median} ms, runs ${bare.runs.join(', ')}`,
      `ratio ${pairedRatioText(ratio)} (budget ≤ ${limit}x), per pair of runs ${ratio.runs.map((r) => r.toFixed(2)).join(', ')}`,
    ].join('\n') + '\n',
  );
  return ratio.median <= limit ? 0 : 1;
}

export async function main(argv: readonly string[]): Promise<number> {
  const { runs, build, only } = options(argv);
  if (only === 'cards') return cardsOnly(runs, build);
  const root = process.cwd();
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;

  log(build ? 'building the CDN bundle (rollup.config.js)' : 'measuring the existing build (--no-build)');
  const chunks = await buildCdn(root, build);
  await buildHarness(root);
  writeActionPlan(root);

  log('sizes');
  // What this run built, as written (another build may rewrite the folder while the bench runs).
  const cdnBuild = build ? new Map(chunks.map((c) => [c.fileName, c.code])) : readCdnBuild(root);
  const cdn = cdnSizes(cdnBuild);
  const sizes: SizeResults = {
    ...cdn,
    sdk: await sdkSizes(root),
    plot: await plotSizes(root),
    breakdown: await attribution(chunks.filter((c) => cdn.cardsPage.files.includes(c.fileName))),
  };
  const sizeBudgets = checkSizeBudgets(cdn, sizes.plot);

  log(`SDK in Node (${runs} runs)`);
  const sdk = runSdkBench(runs);

  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const render = await runRenderBench({ root, cdn: cdnBuild, runs, chromePath, log });

  const budgets = [...sizeBudgets, ...checkRunBudgets(render, sdk)];
  const [cpu] = cpus();
  const results: Results = {
    date: new Date().toISOString().slice(0, 10),
    seconds: (performance.now() - started) / 1000,
    runs,
    machine: {
      cpu: cpu?.model.trim() ?? 'unknown CPU',
      cores: cpus().length,
      memory: `${Math.round(totalmem() / 1024 ** 3)} GB`,
      os: `${type()} ${release()}`,
      node: process.version,
      browser: render.browser,
      load: [loadAtStart, loadavg()[0]!],
    },
    sizes,
    sizeBudgets,
    render,
    sdk,
    budgets,
  };
  mkdirSync('docs', { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(DOC, performanceDoc(results));
  process.stdout.write(`${consoleReport(results)}\n\nWrote ${RESULTS} and ${DOC} in ${Math.round(results.seconds)} s.\n`);
  const broken = budgets.filter((b) => b.pass === false);
  if (broken.length > 0) process.stdout.write(`\n${broken.length} budget(s) broken:\n${budgetTable(broken)}\n`);
  return broken.length > 0 ? 1 : 0;
}
