// SDK timings, run by bench/main.ts in its own Node process
// (`node --conditions=source --expose-gc --import tsx bench/sdk.ts RUNS`): @omf/sdk from source,
// which tsx transforms with esbuild as the dist build does. Prints one JSON object (SdkResults).
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { councils, readDataset, summarise, type Dataset } from '@omf/sdk';
import { BUDGET_PAIRS } from './budgets.ts';
import { timing, type Timing } from './stats.ts';

export const CSV_ROWS = 100_000;
export const JSON_STAT_CELLS = 12_000;
const BUILT_IN_DATA = ['examples/data/lgbf-children.json', 'examples/data/cpop-outcomes.json'];

export interface SdkResults {
  csv: {
    rows: number;
    bytes: number;
    read: Timing;
    parseRowsOnly: Timing;
    /** Read, then every series' points made: the whole cost when every series is asked for. */
    readAllSeries: Timing;
    series: number;
    observations: number;
  };
  jsonStat: { cells: number; bytes: number; read: Timing; observations: number };
  builtIn: { files: string[]; observations: number; read: Timing };
  summarise: { calls: number; withData: number; all: Timing };
}

/** A small deterministic generator, so every run reads the same file. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const councilCodes = councils.map((c) => c.code);
/** Financial years 1999/00 to 2023/24. */
const years = Array.from({ length: 25 }, (_, i) => `${1999 + i}/${String((i + 2000) % 100).padStart(2, '0')}`);

/** 125 indicators x 25 years x 32 councils = 100,000 rows; 1 in 100 values suppressed (`*`). */
export function tidyCsv(): string {
  const next = random(8);
  const lines = ['indicator,area,period,value,marker'];
  for (let i = 0; lines.length <= CSV_ROWS; i += 1) {
    const indicator = `IND${String(i + 1).padStart(3, '0')}`;
    for (const period of years) {
      for (const area of councilCodes) {
        const suppressed = next() < 0.01;
        lines.push(`${indicator},${area},${period},${suppressed ? '' : (next() * 100).toFixed(2)},${suppressed ? '*' : ''}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A JSON-stat 2.0 cube: 15 indicators x 32 councils x 25 years = 12,000 cells. */
export function jsonStatCube(): string {
  const next = random(12);
  const indicators = Array.from({ length: 15 }, (_, i) => `ind-${i + 1}`);
  const index = (ids: readonly string[]): Record<string, number> => Object.fromEntries(ids.map((id, i) => [id, i]));
  return JSON.stringify({
    version: '2.0',
    class: 'dataset',
    label: 'Bench cube',
    id: ['indicator', 'area', 'period'],
    size: [indicators.length, councilCodes.length, years.length],
    role: { metric: ['indicator'], geo: ['area'], time: ['period'] },
    dimension: {
      indicator: { category: { index: index(indicators), label: Object.fromEntries(indicators.map((id) => [id, `Indicator ${id}`])) } },
      area: { category: { index: index(councilCodes) } },
      period: { category: { index: index(years) } },
    },
    value: Array.from({ length: JSON_STAT_CELLS }, () => Math.round(next() * 10_000) / 100),
  });
}

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** One timed run after a full collection, in ms. */
function once(work: () => unknown): number {
  collect();
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Runs `work` once to warm up, then `runs` timed runs. */
function times(runs: number, work: () => unknown): number[] {
  work();
  return Array.from({ length: runs }, () => once(work));
}

/** Reads and indexes, then asks one indexed question, so lazy work would be counted too. */
function readAndIndex(text: string, format: 'csv' | 'json-stat' | 'omf-json'): Dataset {
  const dataset = readDataset(text, { format });
  const first = dataset.indicators[0];
  if (!first || dataset.series(first.id, councilCodes[0]!).length === 0) throw new Error(`${format}: nothing read`);
  return dataset;
}

export function runSdkBench(runs: number): SdkResults {
  const csv = tidyCsv();
  // Interleaved, so both see the same machine load.
  const parseRows = (): unknown => csvParseRows(csv);
  const readCsv = (): Dataset => readAndIndex(csv, 'csv');
  parseRows();
  const csvDataset = readCsv();
  const parseRowsOnly: number[] = [];
  const read: number[] = [];
  for (let i = 0; i < Math.max(runs, BUDGET_PAIRS); i += 1) {
    parseRowsOnly.push(once(parseRows));
    read.push(once(readCsv));
  }

  // Points are made when a series is first asked for: this is the cost when every one is.
  const askEverySeries = (dataset: Dataset): number => {
    let withPoints = 0;
    for (const indicator of dataset.indicators) for (const area of councilCodes) if (dataset.series(indicator.id, area).length > 0) withPoints += 1;
    return withPoints;
  };
  const readAllSeries = times(runs, () => askEverySeries(readCsv()));

  const cube = jsonStatCube();
  const cubeDataset = readAndIndex(cube, 'json-stat');

  const builtInTexts = BUILT_IN_DATA.map((file) => readFileSync(file, 'utf8'));
  const builtIn = builtInTexts.map((text) => readAndIndex(text, 'omf-json'));
  const pairs = builtIn.flatMap((dataset) =>
    dataset.indicators.flatMap((indicator) => councilCodes.map((area) => ({ dataset, indicator: indicator.id, area }))),
  );
  let withData = 0;
  const summariseAll = (): void => {
    withData = 0;
    for (const { dataset, indicator, area } of pairs) {
      if (summarise(dataset, indicator, area, { compareTo: 'scotland' }).latest) withData += 1;
    }
  };

  const summariseTimes = times(runs, summariseAll);
  return {
    csv: { rows: CSV_ROWS, bytes: Buffer.byteLength(csv), read: timing(read), parseRowsOnly: timing(parseRowsOnly), readAllSeries: timing(readAllSeries), series: askEverySeries(csvDataset), observations: csvDataset.report.observations },
    jsonStat: { cells: JSON_STAT_CELLS, bytes: Buffer.byteLength(cube), read: timing(times(runs, () => readAndIndex(cube, 'json-stat'))), observations: cubeDataset.report.observations },
    builtIn: {
      files: BUILT_IN_DATA,
      observations: builtIn.reduce((sum, d) => sum + d.report.observations, 0),
      read: timing(times(runs, () => builtInTexts.forEach((text) => readAndIndex(text, 'omf-json')))),
    },
    summarise: { calls: pairs.length, withData, all: timing(summariseTimes) },
  };
}

if (process.argv[1]?.endsWith('sdk.ts')) {
  process.stdout.write(`${JSON.stringify(runSdkBench(Number(process.argv[2] ?? 5)))}\n`);
}
