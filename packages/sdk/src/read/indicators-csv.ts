/**
 * Indicator metadata as CSV: `id,title,unit,polarity,decimals,...`, one row an indicator. Also
 * reads the LGBF metadata file's own headers (`indicator_code`, `measure_type`, `domain`) and
 * spellings (`Percentage`, `Rate per 1,000`, `higher_is_better`).
 *
 * @module
 */
import type { Indicator } from '../model/types.js';
import { cellLocation, cellText, findColumn, parseCsvTable } from './csv-table.js';
import { IssueLog } from './issue-log.js';
import { validateIndicator, validateList } from './metadata.js';
import { parseNumberText } from './values.js';
import { readPolarity, readUnit } from './vocabulary.js';

/** Indicator fields and the header names accepted for each (the first is the one written). */
const INDICATOR_COLUMNS: ReadonlyArray<readonly [keyof Indicator, readonly string[]]> = [
  ['id', ['id', 'indicator', 'indicator_code', 'code']],
  ['title', ['title', 'name', 'indicator_title']],
  ['unit', ['unit', 'measure_type', 'units']],
  ['polarity', ['polarity', 'direction']],
  ['decimals', ['decimals']],
  ['per', ['per']],
  ['currency', ['currency']],
  ['target', ['target']],
  ['periodType', ['period_type']],
  ['theme', ['theme', 'domain']],
  ['description', ['description', 'definition']],
  ['titleGd', ['title_gd']],
  ['illustrative', ['illustrative']],
];

const NUMERIC = new Set<keyof Indicator>(['decimals', 'per', 'target']);

/**
 * Reads indicator metadata CSV. Every problem (unknown unit or polarity, missing title, duplicate
 * id...) is collected with its line and column, then thrown as one `OmfDataError`.
 *
 * @param options.file - file name for problem locations.
 */
export function readIndicatorsCsv(text: string, options: { file?: string } = {}): Indicator[] {
  const log = new IssueLog(options.file);
  const table = parseCsvTable(text);
  const columns = new Map(INDICATOR_COLUMNS.map(([field, aliases]) => [field, findColumn(table.header, aliases)]));
  for (const field of ['id', 'title', 'unit', 'polarity'] as const) {
    if ((columns.get(field) ?? -1) < 0) log.error({ line: table.headerLine }, field, `missing column "${field}"`);
  }
  log.throwIfAny();

  const records = table.rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const [field, column] of columns) {
      const cell = cellText(row, column).trim();
      if (cell !== '') record[field] = fieldValue(field, cell, record);
    }
    return record;
  });
  const indicators = validateList(records, validateIndicator, 'id', log, (index, key) => {
    const row = table.rows[index];
    const column = columns.get((key ?? 'id') as keyof Indicator) ?? -1;
    return row ? cellLocation(row, column) : {};
  });
  log.throwIfAny();
  return indicators;
}

/** A cell as the field's type; text that does not fit is kept so validation reports it. */
function fieldValue(field: keyof Indicator, cell: string, record: Record<string, unknown>): unknown {
  if (NUMERIC.has(field)) return parseNumberText(cell) ?? cell;
  if (field === 'unit') {
    const reading = readUnit(cell);
    if (reading?.per !== undefined) record.per ??= reading.per;
    return reading?.unit ?? cell;
  }
  if (field === 'polarity') return readPolarity(cell) ?? cell;
  if (field === 'illustrative') return /^(true|yes|1)$/i.test(cell) ? true : /^(false|no|0)$/i.test(cell) ? false : cell;
  return cell;
}

/** The headers {@link toIndicatorsCsv} writes, by field. */
export const INDICATOR_CSV_HEADERS: ReadonlyArray<readonly [keyof Indicator, string]> = INDICATOR_COLUMNS.map(
  ([field, aliases]) => [field, aliases[0] ?? field] as const,
);
