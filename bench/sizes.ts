// Bundle sizes: what a council page loads from the CDN build, the chart chunk, the SDK, and
// Observable Plot's own size as the chart chunk's yardstick. Shared by `npm run bench` and
// scripts/size-budget.test.ts, so the budget `npm test` checks is the one the bench reports.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build as esbuild, transform } from 'esbuild';
import type { OutputChunk, RollupOptions, OutputOptions } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { BUDGETS, kb, type BudgetCheck } from './budgets.ts';

/** Bytes of a file as served: minified, gzip (level 9) and brotli (quality 11), as a CDN precompresses them. */
export interface Sizes {
  min: number;
  gzip: number;
  brotli: number;
}

/** Some files of a build and their total size (each file compressed on its own, as each is a request). */
export interface FileSet {
  files: string[];
  sizes: Sizes;
}

export const CDN_DIR = 'packages/elements/cdn';
/** The self-registering loader a council page loads with `<script type="module">`. */
export const CDN_ENTRY = 'omf.js';
/**
 * What a page of cards imports once it runs (bench/pages/first-card.html): the `<omf-data>` and
 * `<omf-indicator>` chunks, which omf.js imports when the tags appear, and the canonical JSON reader,
 * which the SDK's `loadDataset` imports for its data.
 */
const CARDS_PAGE_IMPORTS = ['omf-data', 'omf-indicator', 'canonical-json'];
/** Lit's chunk (rollup.config.js's `manualChunks`): third-party, so not counted as our code. */
export const LIT_CHUNK = /^chunks\/lit-[\w-]+\.js$/;
/** The chunk rollup makes of chart-frame.ts's lazy import of shared/chart/charts.ts: the chart code and Observable Plot. */
export const CHART_CHUNK = /^chunks\/charts-[\w-]+\.js$/;
const SDK_ENTRY = 'packages/sdk/src/index.ts';

/** Thrown when the files to measure are not there. */
export class MissingBuildError extends Error {
  constructor(path: string) {
    super(`${path} not found: run npm run build`);
  }
}

export function measure(code: string | Uint8Array): Sizes {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

function total(list: readonly Sizes[]): Sizes {
  return list.reduce((sum, s) => ({ min: sum.min + s.min, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), { min: 0, gzip: 0, brotli: 0 });
}

/** The JavaScript files of one build: path relative to its folder (posix) -> code. */
export type Build = ReadonlyMap<string, string>;

/** Reads the CDN build from disk. */
export function readCdnBuild(root: string): Build {
  const dir = join(root, CDN_DIR);
  if (!existsSync(join(dir, CDN_ENTRY))) throw new MissingBuildError(`${CDN_DIR}/${CDN_ENTRY}`);
  const files = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true })) {
    const path = String(name).split('\\').join('/');
    if (path.endsWith('.js')) files.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return files;
}

/** The static and dynamic import specifiers of an ES module. */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: [] as string[], dynamic: [] as string[] };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as { type?: unknown; source?: { type?: string; value?: unknown } };
    const literal = record.source?.type === 'Literal' && typeof record.source.value === 'string' ? record.source.value : undefined;
    if (literal !== undefined) {
      if (record.type === 'ImportExpression') found.dynamic.push(literal);
      else if (/^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/.test(String(record.type))) found.static.push(literal);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'source') visit(child);
  };
  visit(parseAst(code));
  return found;
}

function resolveIn(build: Build, from: string, specifier: string): string {
  const path = posix.normalize(posix.join(posix.dirname(from), specifier));
  if (!build.has(path)) throw new Error(`${from} imports ${specifier}, which is not in the build`);
  return path;
}

/** The files a browser fetches before `file` runs: the file and everything it imports statically. */
export function staticClosure(build: Build, file: string): string[] {
  const seen = new Set<string>();
  const walk = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const specifier of importsOf(build.get(path) ?? '').static) walk(resolveIn(build, path, specifier));
  };
  walk(file);
  return [...seen];
}

function fileSet(build: Build, files: readonly string[]): FileSet {
  return { files: [...files].sort(), sizes: total(files.map((f) => measure(build.get(f) ?? ''))) };
}

/**
 * The chunk that `files` import dynamically and rollup named `name` (after its module: an element's
 * define module, `omf-indicator`, or a reader, `canonical-json`).
 */
function dynamicChunk(build: Build, files: readonly string[], name: string): string {
  const named = new RegExp(`^chunks/${name}-[\\w-]+\\.js$`);
  for (const file of files) {
    const found = importsOf(build.get(file) ?? '').dynamic.map((specifier) => resolveIn(build, file, specifier)).find((f) => named.test(f));
    if (found) return found;
  }
  throw new Error(`no chunks/${name}-*.js is imported dynamically by ${files.join(', ')}`);
}

/**
 * What a page loads: omf.js and its static imports, then, in order, each named chunk imported
 * dynamically by what is loaded so far (see {@link dynamicChunk}) with its static imports; never
 * another dynamic import, such as the chart chunk.
 */
function pageFiles(build: Build, imports: readonly string[]): string[] {
  const files = new Set(staticClosure(build, CDN_ENTRY));
  for (const name of imports) for (const file of staticClosure(build, dynamicChunk(build, [...files], name))) files.add(file);
  return [...files];
}

export interface CdnSizes {
  /** What a page with one `<omf-indicator>` reading canonical JSON from its `src` loads. */
  indicatorAlone: FileSet;
  /** What a page of `<omf-indicator>` cards in an `<omf-data>` of canonical JSON loads. */
  cardsPage: FileSet;
  /** The same without Lit's chunk: our code, which the budget counts. */
  cardsPageOwn: FileSet;
  /** Every file of the CDN build but the chart chunk's: all elements, without Plot and the chart code. */
  allButCharts: FileSet;
  /** What a chart adds when it first appears: the chart chunk and its imports the page has not loaded yet. */
  chartChunk: FileSet | undefined;
}

export function cdnSizes(build: Build): CdnSizes {
  const cardsPage = pageFiles(build, CARDS_PAGE_IMPORTS);
  const chartFile = [...build.keys()].find((f) => CHART_CHUNK.test(f));
  const chartFiles = chartFile ? staticClosure(build, chartFile).filter((f) => !cardsPage.includes(f)) : [];
  return {
    indicatorAlone: fileSet(build, pageFiles(build, CARDS_PAGE_IMPORTS.filter((name) => name !== 'omf-data'))),
    cardsPage: fileSet(build, cardsPage),
    cardsPageOwn: fileSet(build, cardsPage.filter((f) => !LIT_CHUNK.test(f))),
    allButCharts: fileSet(build, [...build.keys()].filter((f) => !chartFiles.includes(f))),
    chartChunk: chartFile ? fileSet(build, chartFiles) : undefined,
  };
}

async function bundleSizes(entry: string, resolveDir: string): Promise<Sizes> {
  const result = await esbuild({
    stdin: { contents: entry, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return measure(result.outputFiles[0]!.contents);
}

/** Observable Plot's own size: the whole library with the d3 modules it uses, bundled and minified (esbuild). */
export function plotSizes(root: string): Promise<Sizes> {
  return bundleSizes("export * from '@observablehq/plot';", join(root, 'packages/elements'));
}

/**
 * `@omf/sdk` whole (every export) with its dependencies, bundled and minified by esbuild from the
 * source (its dist is the same esbuild transform, one file per module).
 */
export function sdkSizes(root: string): Promise<Sizes> {
  return bundleSizes(`export * from './${SDK_ENTRY}';`, root);
}

/** The size budgets: a page of cards, and the chart chunk against Plot's own size. */
export function checkSizeBudgets(cdn: CdnSizes, plot: Sizes): BudgetCheck[] {
  const own = cdn.cardsPageOwn;
  const chartInCards = cdn.cardsPage.files.some((f) => CHART_CHUNK.test(f));
  const litFiles = cdn.cardsPage.files.filter((f) => LIT_CHUNK.test(f));
  const checks: BudgetCheck[] = [
    {
      name: 'A page of cards: our code (CDN omf.js, the omf-data, omf-indicator and canonical JSON reader chunks, their static imports, SDK included; Lit\'s chunk not counted)',
      limit: `≤ ${kb(BUDGETS.cardsPageOwnGzip)} gzip, no chart chunk`,
      actual: `${kb(own.sizes.gzip)} gzip (${own.files.join(', ')}); with Lit (${litFiles.join(', ') || 'no Lit chunk'}) ${kb(cdn.cardsPage.sizes.gzip)}`,
      pass: own.sizes.gzip <= BUDGETS.cardsPageOwnGzip && !chartInCards && litFiles.length === 1,
      ...(own.sizes.gzip > BUDGETS.cardsPageOwnGzip && { note: `${kb(own.sizes.gzip - BUDGETS.cardsPageOwnGzip)} over` }),
      ...(litFiles.length !== 1 && { note: 'Lit must be one chunk of its own (rollup.config.js manualChunks), or Lit is counted as ours' }),
      ...(chartInCards && { note: 'the chart chunk is a static import of the cards page' }),
    },
  ];
  const limit = plot.gzip + BUDGETS.chartChunkOverPlotGzip;
  const chart = cdn.chartChunk;
  checks.push({
    name: 'Chart chunk (what the first chart adds to a page)',
    limit: `≤ Plot's own ${kb(plot.gzip)} + ${kb(BUDGETS.chartChunkOverPlotGzip)} = ${kb(limit)} gzip`,
    actual: chart ? `${kb(chart.sizes.gzip)} gzip (${chart.files.join(', ')})` : 'no chart chunk in the build',
    pass: chart ? chart.sizes.gzip <= limit : false,
    ...(chart && chart.sizes.gzip > limit && { note: `${kb(chart.sizes.gzip - limit)} over` }),
    ...(!chart && { note: 'the CDN build must load Plot lazily, from the chunks/charts-*.js chunk of chart/charts.ts' }),
  });
  return checks;
}

/** rollup.config.js's CDN build (the one writing packages/elements/cdn). */
export async function cdnRollupConfig(root: string): Promise<RollupOptions & { output: OutputOptions }> {
  const configs = ((await import(pathToFileURL(join(root, 'rollup.config.js')).href)) as { default: Array<RollupOptions & { output: OutputOptions }> }).default;
  const cdn = configs.find((c) => c.output.dir === CDN_DIR);
  if (!cdn) throw new Error(`rollup.config.js has no build writing ${CDN_DIR}`);
  return cdn;
}

/** Approximate share of one package or source folder in a chunk. */
export interface Share {
  /** `lit`, a package name (`d3-scale`), or a source folder (`sdk/read`, `elements/shared`). */
  group: string;
  /** The group's rendered code minified on its own. */
  min: number;
  /** The same, gzip on its own (the parts add up to more than the whole chunk). */
  gzip: number;
}

function groupOf(id: string): string {
  const inModules = id.split('node_modules/').pop()!;
  if (inModules !== id) {
    const parts = inModules.split('/');
    const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    return /^(lit|lit-html|lit-element|@lit\/.*)$/.test(name) ? 'lit' : name;
  }
  const source = id.match(/packages\/(\w+)\/src\/([^/]+)/);
  if (!source) return id;
  return source[2]!.endsWith('.ts') ? `${source[1]}` : `${source[1]}/${source[2]}`;
}

/**
 * What some chunks are made of, largest first: rollup's rendered modules, grouped, minified and
 * compressed per group and chunk (names are only unique within a chunk), then added up per group.
 */
export async function attribution(chunks: readonly OutputChunk[]): Promise<Share[]> {
  const parts = chunks.flatMap((chunk) => {
    const groups = new Map<string, string>();
    for (const [id, module] of Object.entries(chunk.modules)) {
      const group = groupOf(id);
      groups.set(group, `${groups.get(group) ?? ''}${module.code ?? ''}\n`);
    }
    return [...groups];
  });
  const measured = await Promise.all(
    parts.map(async ([group, code]) => {
      const min = (await transform(code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' })).code;
      return { group, min: min.length, gzip: gzipSync(min, { level: 9 }).length };
    }),
  );
  const shares = new Map<string, Share>();
  for (const { group, min, gzip } of measured) {
    const share = shares.get(group) ?? { group, min: 0, gzip: 0 };
    shares.set(group, { group, min: share.min + min, gzip: share.gzip + gzip });
  }
  return [...shares.values()].filter((s) => s.min > 0).sort((a, b) => b.gzip - a.gzip);
}
