/**
 * `readDataset`: any supported format in, a validated, indexed {@link Dataset} out.
 *
 * ## Errors and skipped rows
 *
 * Every reader collects all the problems it finds and throws one `OmfDataError` whose `issues`
 * carry the CSV line and column or the JSON pointer, the field and a message. A problem is
 * anything that means the data cannot be trusted as written:
 * - an unknown area (neither built in nor declared by the data), an unreadable period, a value
 *   that is neither a number nor a known marker (`dna`, `*`, `NA`, `N/A`, `x`, `..`, `:`, empty),
 *   an unknown marker or status, a lower bound above the upper one, a duplicate observation (same
 *   indicator, area and period, after retired codes and name variants are resolved);
 * - in canonical JSON: a wrong type or missing required field, an unknown unit or polarity, an
 *   observation of an undeclared indicator, duplicate ids, and in plans an unknown indicator or
 *   area, a target period before its baseline, a date that is not `YYYY-MM-DD`, a status outside
 *   the plan's vocabulary (or the default one).
 *
 * Rows are skipped, not failed, only when the caller or the geography says to leave them out;
 * they are counted and listed in `dataset.report.skipped` with their location and reason:
 * - rows for GSS codes outside Scotland (`E`, `W`, `N`, `K`, `L`, `M` codes), as in UK-wide files,
 *   unless canonical JSON declares those areas in `areas` (labels in other formats never declare them);
 * - rows outside `options.select` (a CSV column, cube dimension, JSON-stat dimension or SPARQL
 *   variable fixed to one value);
 * - in tidy CSV, cube CSV, SPARQL and JSON-stat, rows of indicators not in `options.indicators`
 *   when it is given (it then lists the indicators wanted).
 *
 * @module
 */
import { OmfDataError, type DataIssue } from '../model/errors.js';
import type { Indicator, PeriodType } from '../model/types.js';
import type { DataFormat, Dataset } from '../query/dataset.js';
import { buildDataset } from './build.js';
import { parseCanonicalJson } from './canonical-json.js';
import { isCubeHeader, parseCubeCsv } from './cube-csv.js';
import { parseCsvTable } from './csv-table.js';
import { IssueLog, inSourceOrder, pointer } from './issue-log.js';
import { isJsonObject, own, type JsonObject } from './json-fields.js';
import { jsonErrorOffset } from './json-syntax.js';
import { isJsonStat, jsonStatDatasets, parseJsonStatDataset, type DimensionMapping } from './json-stat.js';
import { validateIndicator } from './metadata.js';
import { isSparqlResults, parseSparqlJson, type VariableMapping } from './sparql-json.js';
import type { ParsedSource, ReadContext } from './source.js';
import { parseTidyCsv } from './tidy-csv.js';

/** How to read an input. Everything is optional: the format is sniffed and the defaults fit LGBF and statistics.gov.scot data. */
export interface ReadOptions {
  /** The format; sniffed from `contentType`, the `file` extension and the content when absent. */
  format?: DataFormat;
  /** File name or URL, used in problem locations and to sniff the format. */
  file?: string;
  /** HTTP content type, used to sniff the format. */
  contentType?: string;
  /**
   * Indicator metadata for formats that carry little or none (tidy CSV, cube CSV, SPARQL,
   * JSON-stat). When given, it also lists the indicators to read: others are skipped and reported.
   */
  indicators?: Indicator[];
  /** Fixes extra dimensions (or CSV columns, SPARQL variables) to one category, e.g. `{ Sex: 'All' }`. */
  select?: Record<string, string>;
  /** JSON-stat: the dimension ids holding areas, periods and indicators, when the dataset has no `role`. */
  dimensions?: DimensionMapping;
  /** SPARQL results: the variables holding area, area name, period, value and indicator. */
  variables?: VariableMapping;
  /** Period type hint for labels such as `2020-21` (financial year unless this says academic year). */
  periodType?: PeriodType;
}

/**
 * Reads data in any supported format and validates it.
 *
 * @param input - text (JSON or CSV) or already-parsed JSON.
 * @throws `OmfDataError` listing every problem found.
 */
export function readDataset(input: string | object, options: ReadOptions = {}): Dataset {
  const [first] = readAll(input, options, false);
  if (!first) throw new OmfDataError([{ field: 'input', message: 'no dataset found', ...(options.file !== undefined && { file: options.file }) }]);
  return first;
}

/**
 * Reads every dataset in the input: each member of a JSON-stat collection or bundle; for other
 * formats, the one dataset.
 *
 * @throws `OmfDataError` listing every problem in every dataset.
 */
export function readDatasets(input: string | object, options: ReadOptions = {}): Dataset[] {
  return readAll(input, options, true);
}

type Decoded = { format: DataFormat; json: JsonObject; text?: undefined } | { format: DataFormat; text: string; json?: undefined };

function readAll(input: string | object, options: ReadOptions, all: boolean): Dataset[] {
  const log = new IssueLog(options.file);
  const decoded = decode(input, options, log);
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
  const parse: Array<(entryLog: IssueLog) => ParsedSource | undefined> =
    decoded.json === undefined
      ? [(entryLog) => (decoded.format === 'cube-csv' ? parseCubeCsv : parseTidyCsv)(decoded.text, context(entryLog))]
      : decoded.format === 'json-stat'
        ? jsonStatDatasets(decoded.json, all, log).map((found) => (entryLog) => parseJsonStatDataset(found, context(entryLog)))
        : decoded.format === 'sparql-json'
          ? [(entryLog) => parseSparqlJson(decoded.json, context(entryLog))]
          : [(entryLog) => parseCanonicalJson(decoded.json, context(entryLog))];

  const problems: DataIssue[] = [...log.problems];
  const datasets: Dataset[] = [];
  for (const read of parse) {
    const entryLog = new IssueLog(options.file);
    try {
      const parsed = read(entryLog);
      // Building runs even after parse problems, so plans and observations are checked too; it throws them all.
      if (parsed) datasets.push(buildDataset(parsed, context(entryLog)));
      else problems.push(...entryLog.problems);
    } catch (error) {
      if (!(error instanceof OmfDataError)) throw error;
      problems.push(...error.issues);
    }
  }
  if (problems.length > 0) throw new OmfDataError(inSourceOrder(problems));
  return datasets;
}

/** Validates indicator metadata given in options; its problems are located in `options.indicators`. */
function checkedIndicators(given: readonly Indicator[] | undefined, log: IssueLog): Indicator[] | undefined {
  if (given === undefined) return undefined;
  return given.flatMap(
    (raw, index) => validateIndicator(raw, log, (...keys) => ({ file: 'options.indicators', pointer: pointer('', index, ...keys) })) ?? [],
  );
}

/** Decides the format and parses JSON text; logs why when it cannot. */
function decode(input: string | object, options: ReadOptions, log: IssueLog): Decoded {
  if (typeof input !== 'string') {
    const json = input as JsonObject;
    if (!isJsonObject(input)) log.error({}, 'input', 'input must be text or a JSON object');
    if (options.format === 'csv' || options.format === 'cube-csv') log.error({}, 'input', `${options.format} input must be text`);
    return { format: options.format ?? sniffJson(json, options.contentType), json };
  }
  const text = input.replace(/^\uFEFF/, '');
  const family = options.format ?? familyFromHints(options.contentType, options.file) ?? sniffText(text);
  if (family === 'csv' || family === 'cube-csv') {
    const format = options.format ?? (isCubeHeader(parseCsvTable(firstLine(text)).header) ? 'cube-csv' : 'csv');
    return { format, text };
  }
  if (text.trimStart().startsWith('<')) {
    log.error({ line: 1 }, 'input', 'this looks like HTML or XML, not data (JSON or CSV expected)');
    return { format: 'omf-json', json: {} };
  }
  const json = parseJson(text, log);
  if (json === undefined) return { format: 'omf-json', json: {} };
  const format = family === 'json' ? sniffJson(json, options.contentType) : family;
  if (family === 'json' && !options.format && !isKnownJson(json)) {
    log.error({ pointer: '' }, 'input', 'unrecognised JSON: expected an OMF document ("omf": 1), JSON-stat or SPARQL JSON results');
  }
  return { format, json };
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

function isKnownJson(json: JsonObject): boolean {
  return own(json, 'omf') !== undefined || isSparqlResults(json) || isJsonStat(json);
}

function sniffJson(json: JsonObject, contentType: string | undefined): DataFormat {
  if (contentType?.toLowerCase().startsWith('application/sparql-results+json')) return 'sparql-json';
  if (own(json, 'omf') !== undefined) return 'omf-json';
  if (isSparqlResults(json)) return 'sparql-json';
  if (isJsonStat(json)) return 'json-stat';
  return 'omf-json';
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
