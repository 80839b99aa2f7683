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
import type { Indicator, PeriodType } from '../model/types.js';
import type { DataFormat, Dataset } from '../query/dataset.js';
import { parseCanonicalJson } from './canonical-json.js';
import { parseCsvTable } from './csv-table.js';
import { isCubeHeader, parseCubeCsv } from './cube-csv.js';
import { IssueLog } from './issue-log.js';
import { isJsonStat, jsonStatDatasets, parseJsonStatDataset, type DimensionMapping } from './json-stat.js';
import { decodeInput, firstDataset, readDecoded, type FormatReaders } from './load-dataset.js';
import { validateActionPlans, validatePlans } from './plans.js';
import { isSparqlResults, parseSparqlJson, type VariableMapping } from './sparql-json.js';
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
  return firstDataset(readAll(input, options, false), options.file);
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

/** Every reader, so reading needs no import and stays synchronous (`loadDataset` imports only the one it needs). */
const ALL_READERS: FormatReaders = {
  'omf-json': { parseCanonicalJson },
  csv: { parseTidyCsv },
  'cube-csv': { isCubeHeader, parseCubeCsv, parseCsvTable },
  'json-stat': { isJsonStat, jsonStatDatasets, parseJsonStatDataset },
  'sparql-json': { isSparqlResults, parseSparqlJson },
  plans: { validatePlans, validateActionPlans },
};

function readAll(input: string | object, options: ReadOptions, all: boolean): Dataset[] {
  const log = new IssueLog(options.file);
  return readDecoded(decodeInput(input, options, log), ALL_READERS, options, log, all);
}
