/**
 * `loadDataset`: fetch a URL and read it. Uses only what every `fetch` has, so it runs in
 * browsers, Node 20+ and workers, and takes any compatible `fetch` (a cache, a test double).
 *
 * Reading happens in two steps, both here: {@link decodeInput} works out the format as far as it can
 * without any reader's code, then {@link readDecoded} reads with the readers it is given. `loadDataset`
 * imports only the readers the input needs (a page showing canonical JSON never downloads the CSV,
 * JSON-stat or SPARQL readers, nor the plan checks unless the data has plans); `readDataset`
 * (read-dataset.ts) passes every reader and stays synchronous.
 * This module must not import a reader statically, or every bundle would carry them all.
 *
 * @module
 */
import { OmfDataError, OmfLoadError, type DataIssue } from '../model/errors.js';
import type { Indicator } from '../model/types.js';
import type { DataFormat, Dataset } from '../query/dataset.js';
import { buildDataset } from './build.js';
import type { parseCanonicalJson } from './canonical-json.js';
import type { parseCsvTable } from './csv-table.js';
import type { isCubeHeader, parseCubeCsv } from './cube-csv.js';
import { IssueLog, inSourceOrder, pointer } from './issue-log.js';
import { isJsonObject, own, type JsonObject } from './json-fields.js';
import { jsonErrorOffset } from './json-syntax.js';
import type { isJsonStat, jsonStatDatasets, parseJsonStatDataset } from './json-stat.js';
import { validateIndicator } from './metadata.js';
import type { validateActionPlans, validatePlans } from './plans.js';
import type { ReadOptions } from './read-dataset.js';
import type { ParsedSource, ReadContext } from './source.js';
import type { isSparqlResults, parseSparqlJson } from './sparql-json.js';
import type { parseTidyCsv } from './tidy-csv.js';

/** The part of an `AbortSignal` the loader needs (a real `AbortSignal` fits). */
export interface AbortSignalLike {
  /** True once the request has been cancelled. */
  readonly aborted: boolean;
  /** Why it was cancelled, as given to `abort()`; undefined while not aborted. */
  readonly reason?: unknown;
}

/** The part of a `fetch` Response the loader reads (a real `Response` fits). */
export interface FetchResponseLike {
  /** True for an HTTP status 200 to 299. */
  readonly ok: boolean;
  /** The HTTP status code, e.g. `404`. */
  readonly status: number;
  /** The HTTP status text, e.g. `Not Found`; may be empty (HTTP/2 sends none). */
  readonly statusText: string;
  /** The response headers; the loader reads `content-type`. */
  readonly headers: {
    /** A header's value by case-insensitive name; `null` when absent. */
    get(name: string): string | null;
  };
  /** Reads the whole body as text. */
  text(): Promise<string>;
}

/** The request options the loader passes. */
export interface FetchInitLike {
  /** Cancels the request; omitted when no signal was given. */
  signal?: AbortSignalLike | null;
  /** Whether to send cookies; the loader always sets it. */
  credentials?: 'omit' | 'same-origin' | 'include';
}

/**
 * A minimal `fetch`: the global `fetch` is assignable to it. Declared through a method so its
 * parameters are compared bivariantly, which lets the DOM's richer `RequestInit` stand in for
 * {@link FetchInitLike} without the SDK depending on DOM types.
 */
export type FetchLike = {
  /** Fetches `url` and resolves to the response, or rejects on a network error or abort. */
  fetch(url: string, init?: FetchInitLike): Promise<FetchResponseLike>;
}['fetch'];

/** Options for {@link loadDataset}: how to fetch, then how to read. */
export interface LoadOptions extends ReadOptions {
  /** Cancels the request. */
  signal?: AbortSignalLike;
  /** The `fetch` to use; defaults to the global one. */
  fetch?: FetchLike;
  /** Whether to send cookies; `omit` unless configured. */
  credentials?: 'omit' | 'same-origin' | 'include';
}

/**
 * Fetches data and reads it with {@link readDataset}; the format comes from `options.format`, the
 * content type, the URL's extension, or the content.
 *
 * @throws `OmfLoadError` when the request fails (network error, abort, HTTP error status, with `status`).
 * @throws `OmfDataError` when the content cannot be read, with each problem's `file` set to the URL.
 */
export async function loadDataset(url: string, options: LoadOptions = {}): Promise<Dataset> {
  const { signal, fetch: fetchOption, credentials = 'omit', ...readOptions } = options;
  const fetcher = fetchOption ?? (globalThis as { fetch?: FetchLike }).fetch;
  if (!fetcher) throw new OmfLoadError(url, 'no fetch available: pass options.fetch');
  let response: FetchResponseLike;
  let text: string;
  try {
    response = await fetcher(url, { credentials, ...(signal && { signal }) });
    if (!response.ok) {
      // statistics.gov.scot explains some failures in a short text body ("Response too large").
      const body = (response.headers.get('content-type') ?? '').startsWith('text/plain') ? await response.text().catch(() => '') : '';
      const detail = body.trim() === '' ? '' : `: ${body.trim().slice(0, 200)}`;
      throw new OmfLoadError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${detail}`, response.status);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof OmfLoadError) throw error;
    const reason = signal?.aborted ? 'request aborted' : `request failed: ${error instanceof Error ? error.message : String(error)}`;
    throw new OmfLoadError(url, reason, undefined, { cause: error });
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  const read: ReadOptions = { ...(contentType !== undefined && { contentType }), ...readOptions, file: url };
  const log = new IssueLog(url);
  const decoded = decodeInput(text, read, log);
  return firstDataset(readDecoded(decoded, await importReaders(url, readersNeeded(decoded)), read, log, false), url);
}

/** The first dataset read. @throws `OmfDataError` when there is none. */
export function firstDataset(datasets: readonly Dataset[], file: string | undefined): Dataset {
  const [first] = datasets;
  if (!first) throw new OmfDataError([{ field: 'input', message: 'no dataset found', ...(file !== undefined && { file }) }]);
  return first;
}

/** Imports some readers. @throws `OmfLoadError` (for the data's URL) when one cannot be downloaded. */
async function importReaders(url: string, formats: ReadonlyArray<keyof FormatReaders>): Promise<Partial<FormatReaders>> {
  const readers: Partial<FormatReaders> = {};
  await Promise.all(
    formats.map(async (format) => {
      try {
        Object.assign(readers, { [format]: await IMPORT_READER[format]() });
      } catch (error) {
        throw new OmfLoadError(url, `the ${format} reader could not be loaded: ${error instanceof Error ? error.message : String(error)}`, undefined, { cause: error });
      }
    }),
  );
  return readers;
}

/** The reading code of each format: `readDataset` is given all of it, `loadDataset` imports what an input needs. */
export interface FormatReaders {
  'omf-json': { parseCanonicalJson: typeof parseCanonicalJson };
  csv: { parseTidyCsv: typeof parseTidyCsv };
  /** Also what tells cube CSV from tidy CSV, by the header. */
  'cube-csv': { isCubeHeader: typeof isCubeHeader; parseCubeCsv: typeof parseCubeCsv; parseCsvTable: typeof parseCsvTable };
  'json-stat': { isJsonStat: typeof isJsonStat; jsonStatDatasets: typeof jsonStatDatasets; parseJsonStatDataset: typeof parseJsonStatDataset };
  'sparql-json': { isSparqlResults: typeof isSparqlResults; parseSparqlJson: typeof parseSparqlJson };
  /** Not a format: the validation of outcome and action plans, which only a JSON document with `plans` or `actionPlans` needs. */
  plans: { validatePlans: typeof validatePlans; validateActionPlans: typeof validateActionPlans };
}

/** Each reader, imported on first use (bundlers make each a chunk of its own). */
const IMPORT_READER: { [F in keyof FormatReaders]: () => Promise<FormatReaders[F]> } = {
  'omf-json': () => import('./canonical-json.js'),
  csv: () => import('./tidy-csv.js'),
  'cube-csv': async () => {
    const [cube, table] = await Promise.all([import('./cube-csv.js'), import('./csv-table.js')]);
    return { isCubeHeader: cube.isCubeHeader, parseCubeCsv: cube.parseCubeCsv, parseCsvTable: table.parseCsvTable };
  },
  'json-stat': () => import('./json-stat.js'),
  'sparql-json': () => import('./sparql-json.js'),
  plans: () => import('./plans.js'),
};

/**
 * Input decoded as far as it can be without a reader: parsed JSON or CSV text, with its format, or
 * `sniff` when only a reader can tell (tidy or cube CSV by the header; JSON-stat or SPARQL results).
 */
export type DecodedInput =
  | { json: JsonObject; text?: undefined; format: DataFormat | 'sniff'; /** Whether JSON no reader recognises is a problem (text), or read as canonical JSON (objects). */ strict: boolean }
  | { text: string; json?: undefined; format: 'csv' | 'cube-csv' | 'sniff' };

/** Parses JSON text and decides the format where options, hints or the content say; logs why when it cannot. */
export function decodeInput(input: string | object, options: ReadOptions, log: IssueLog): DecodedInput {
  if (typeof input !== 'string') {
    const json = input as JsonObject;
    if (!isJsonObject(input)) log.error({}, 'input', 'input must be text or a JSON object');
    if (options.format === 'csv' || options.format === 'cube-csv') log.error({}, 'input', `${options.format} input must be text`);
    return { json, format: options.format ?? jsonFormat(json, options.contentType), strict: false };
  }
  const text = input.replace(/^\uFEFF/, '');
  const family = options.format ?? familyFromHints(options.contentType, options.file) ?? sniffText(text);
  if (family === 'csv' || family === 'cube-csv') return { text, format: options.format === 'csv' || options.format === 'cube-csv' ? options.format : 'sniff' };
  const unreadable = { json: {}, format: 'omf-json', strict: false } as const;
  if (text.trimStart().startsWith('<')) {
    log.error({ line: 1 }, 'input', 'this looks like HTML or XML, not data (JSON or CSV expected)');
    return unreadable;
  }
  const json = parseJson(text, log);
  if (json === undefined) return unreadable;
  return { json, format: family === 'json' ? jsonFormat(json, options.contentType) : family, strict: family === 'json' && !options.format };
}

/** The readers {@link readDecoded} needs for this input: its formats', and the plans' when it has plans. */
export function readersNeeded(decoded: DecodedInput): Array<keyof FormatReaders> {
  const { json } = decoded;
  const plans = json !== undefined && (own(json, 'plans') !== undefined || own(json, 'actionPlans') !== undefined) ? (['plans'] as const) : [];
  if (decoded.format !== 'sniff') return [decoded.format, ...plans];
  if (decoded.text !== undefined) return ['cube-csv', 'csv'];
  return decoded.strict ? ['json-stat', 'sparql-json', ...plans] : ['json-stat', 'sparql-json', 'omf-json', ...plans];
}

/**
 * Reads decoded input with the given readers (at least {@link readersNeeded}): every dataset in it
 * (each member of a JSON-stat collection or bundle), or only the first unless `all`.
 *
 * @throws `OmfDataError` listing every problem in every dataset, those already in `log` included.
 */
export function readDecoded(decoded: DecodedInput, readers: Partial<FormatReaders>, options: ReadOptions, log: IssueLog, all: boolean): Dataset[] {
  const reader = <F extends DataFormat>(format: F): FormatReaders[F] => {
    const found = readers[format];
    if (!found) throw new Error(`the ${format} reader was not loaded`);
    return found;
  };
  const format = decoded.format === 'sniff' ? sniffFormat(decoded, reader, log) : decoded.format;
  const indicators = checkedIndicators(options.indicators, log);
  log.throwIfAny();

  const context = (entryLog: IssueLog): ReadContext & Pick<ReadOptions, 'dimensions' | 'variables'> => ({
    log: entryLog,
    ...(indicators && { indicators }),
    ...(options.select && { select: options.select }),
    ...(options.periodType && { periodType: options.periodType }),
    ...(options.dimensions && { dimensions: options.dimensions }),
    ...(options.variables && { variables: options.variables }),
  });
  // Each dataset keeps its own skipped rows; problems from all of them are thrown together.
  const { text, json } = decoded;
  const parse: Array<(entryLog: IssueLog) => ParsedSource | undefined> =
    text !== undefined
      ? [(entryLog) => (format === 'cube-csv' ? reader('cube-csv').parseCubeCsv : reader('csv').parseTidyCsv)(text, context(entryLog))]
      : format === 'json-stat'
        ? reader('json-stat').jsonStatDatasets(json, all, log).map((found) => (entryLog) => reader('json-stat').parseJsonStatDataset(found, context(entryLog)))
        : format === 'sparql-json'
          ? [(entryLog) => reader('sparql-json').parseSparqlJson(json, context(entryLog))]
          : [(entryLog) => reader('omf-json').parseCanonicalJson(json, context(entryLog))];

  const problems: DataIssue[] = [...log.problems];
  const datasets: Dataset[] = [];
  for (const read of parse) {
    const entryLog = new IssueLog(options.file);
    try {
      const parsed = read(entryLog);
      // Building runs even after parse problems, so plans and observations are checked too; it throws them all.
      if (parsed) datasets.push(buildDataset(parsed, context(entryLog), readers.plans));
      else problems.push(...entryLog.problems);
    } catch (error) {
      if (!(error instanceof OmfDataError)) throw error;
      problems.push(...error.issues);
    }
  }
  if (problems.length > 0) throw new OmfDataError(inSourceOrder(problems));
  return datasets;
}

/** Asks the readers what the input is: cube CSV by its header, SPARQL results or JSON-stat by their shape. */
function sniffFormat(decoded: DecodedInput, reader: <F extends DataFormat>(format: F) => FormatReaders[F], log: IssueLog): DataFormat {
  if (decoded.text !== undefined) {
    const cube = reader('cube-csv');
    return cube.isCubeHeader(cube.parseCsvTable(firstLine(decoded.text)).header) ? 'cube-csv' : 'csv';
  }
  if (reader('sparql-json').isSparqlResults(decoded.json)) return 'sparql-json';
  if (reader('json-stat').isJsonStat(decoded.json)) return 'json-stat';
  if (decoded.strict) log.error({ pointer: '' }, 'input', 'unrecognised JSON: expected an OMF document ("omf": 1), JSON-stat or SPARQL JSON results');
  return 'omf-json';
}

/** Validates indicator metadata given in options; its problems are located in `options.indicators`. */
function checkedIndicators(given: readonly Indicator[] | undefined, log: IssueLog): Indicator[] | undefined {
  if (given === undefined) return undefined;
  return given.flatMap(
    (raw, index) => validateIndicator(raw, log, (...keys) => ({ file: 'options.indicators', pointer: pointer('', index, ...keys) })) ?? [],
  );
}

/** The header line, enough to tell cube CSV from tidy CSV (a quoted header cell with a line break is not a concern). */
function firstLine(text: string): string {
  const end = text.search(/\r?\n|\r/);
  return end < 0 ? text : text.slice(0, end);
}

function familyFromHints(contentType: string | undefined, file: string | undefined): DataFormat | 'json' | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/sparql-results+json') return 'sparql-json';
  if (type === 'text/csv' || type === 'application/csv') return 'csv';
  if (type.endsWith('json')) return 'json';
  const path = (file ?? '').replace(/[?#].*$/, '').toLowerCase();
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.srj')) return 'sparql-json';
  if (path.endsWith('.json') || path.endsWith('.jsonstat')) return 'json';
  return undefined;
}

/** JSON when the text starts like JSON (or like HTML, which the JSON path reports); else CSV. */
function sniffText(text: string): DataFormat | 'json' {
  const start = text.trimStart()[0];
  return start === '{' || start === '[' || start === '<' ? 'json' : 'csv';
}

/** The JSON format where the content type or the `omf` member says; else `sniff`. */
function jsonFormat(json: JsonObject, contentType: string | undefined): DataFormat | 'sniff' {
  if (contentType?.toLowerCase().startsWith('application/sparql-results+json')) return 'sparql-json';
  if (own(json, 'omf') !== undefined) return 'omf-json';
  return 'sniff';
}

/** Parses JSON text; a syntax error becomes a problem at its line and column. */
function parseJson(text: string, log: IssueLog): JsonObject | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(syntaxErrorLocation(text), 'json', `not valid JSON: ${message}`);
    return undefined;
  }
  if (!isJsonObject(json)) {
    log.error({ pointer: '' }, 'json', 'the JSON must be an object');
    return undefined;
  }
  return json;
}

/** Line and column of a JSON syntax error. */
function syntaxErrorLocation(text: string): { line?: number; column?: number } {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return {};
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
