/**
 * CSV text to rows with real source line numbers, through d3-dsv `csvParseRows` (never
 * `csvParse`, which compiles a row converter with `new Function` and breaks under a strict CSP).
 * Headers stay in arrays, never object keys, so `__proto__` or `constructor` are ordinary columns.
 *
 * @module
 */
import { csvParseRows } from 'd3-dsv';
import type { DataLocation } from '../model/errors.js';
import type { IssueLog } from './issue-log.js';

/** One data row: its cells and the source line it starts on. */
export interface CsvRow {
  cells: string[];
  /** 1-based line of the row's first character. */
  line: number;
}

/** A CSV file's header row. */
export interface CsvHeader {
  header: string[];
  /** 1-based line of the header. */
  headerLine: number;
}

/** A parsed CSV file: the header row and the data rows, blank lines left out. */
export interface CsvTable extends CsvHeader {
  rows: CsvRow[];
}

/**
 * Takes the data rows of a CSV file in order: the cells as d3-dsv gives them (no record is made
 * per row, and the array is emptied after the call), the 1-based line the row starts on, and how
 * many line breaks its quoted cells hold.
 */
export type CsvRowHandler = (cells: string[], line: number, lineBreaks: number) => void;

const LINE_BREAK = /\r\n|\r|\n/g;

function lineBreaks(text: string): number {
  // Most cells have none; indexOf answers that without building a match array.
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return 0;
  return text.match(LINE_BREAK)?.length ?? 0;
}

function recordLineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (let index = 0; index < cells.length; index++) count += lineBreaks(cells[index] ?? '');
  return count;
}

/**
 * Reads CSV text (a leading byte-order mark, CRLF or CR line ends, quoted commas, quotes and line
 * breaks all handled) a row at a time: `start` gets the header (empty when the text has none) and
 * returns the handler each data row goes to. Line numbers count the line breaks inside quoted
 * fields, so a row after a multi-line field still gets its real line.
 *
 * Nothing is kept, and each row's cell array is emptied once its handler returns (a handler that
 * keeps a row keeps a copy), so a row's cells are collected while still young. That saves most of
 * the garbage collector's work on a large file, even once V8 allocates d3-dsv's row arrays in the
 * old generation (as it does after seeing them live long, e.g. rows `csvParseRows` returned
 * elsewhere), where a dead row would otherwise hold its cells until a full collection.
 */
export function readCsvRows(text: string, start: (header: CsvHeader) => CsvRowHandler): void {
  // Only a quoted cell can hold a line break: without a quote in the text, each record is one line.
  const mayHoldLineBreaks = text.includes('"');
  let handle: CsvRowHandler | undefined;
  let line = 1;
  csvParseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, (cells) => {
    const breaks = mayHoldLineBreaks ? recordLineBreaks(cells) : 0;
    // d3-dsv yields [''] for an empty line; it is not a row.
    if (!(cells.length === 1 && cells[0] === '')) {
      if (!handle) {
        handle = start({ header: cells.map((name) => name.trim()), headerLine: line });
      } else {
        handle(cells, line, breaks);
        cells.length = 0;
      }
    }
    line += 1 + breaks;
    return null;
  });
  if (!handle) start({ header: [], headerLine: 1 });
}

/** Parses CSV text into its header and rows (see {@link readCsvRows}). */
export function parseCsvTable(text: string): CsvTable {
  const rows: CsvRow[] = [];
  let table: CsvHeader = { header: [], headerLine: 1 };
  readCsvRows(text, (header) => {
    table = header;
    return (cells, line) => rows.push({ cells: [...cells], line });
  });
  return { ...table, rows };
}

/**
 * Where a cell is: its real line (after any multi-line cells before it) and 1-based column; just
 * the row's line when the column is absent (-1).
 */
export function cellLocation(row: CsvRow, column: number): DataLocation {
  if (column < 0) return { line: row.line };
  let line = row.line;
  for (let index = 0; index < column && index < row.cells.length; index++) line += lineBreaks(row.cells[index] ?? '');
  return { line, column: column + 1 };
}

/** A header name reduced for matching: lower case, spaces, hyphens and underscores alike. */
export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '_');
}

/** The index of the first column whose name matches one of the aliases, or -1. */
export function findColumn(header: readonly string[], aliases: readonly string[]): number {
  const wanted = aliases.map(headerKey);
  for (const alias of wanted) {
    const index = header.findIndex((name) => headerKey(name) === alias);
    if (index >= 0) return index;
  }
  return -1;
}

/** A cell's text, or '' when the row is short or the column absent. */
export function cellText(row: CsvRow, column: number): string {
  return cellAt(row.cells, column);
}

/** A cell's text from a row's cells, or '' when the row is short or the column absent (-1). */
export function cellAt(cells: readonly string[], column: number): string {
  return column >= 0 ? (cells[column] ?? '') : '';
}

/** A column fixed to one value by `options.select`. */
export interface ColumnSelection {
  column: number;
  value: string;
}

/**
 * Turns `options.select` into column selections. A key names a column by its header (any case)
 * or by one of the field names `aliases` knows; an unknown key is a problem at the header line.
 */
export function selectColumns(
  table: CsvHeader,
  select: Readonly<Record<string, string>> | undefined,
  aliases: (key: string) => readonly string[],
  log: IssueLog,
): ColumnSelection[] {
  return Object.entries(select ?? {}).flatMap(([key, value]) => {
    const column = findColumn(table.header, [key, ...aliases(key)]);
    if (column < 0) {
      log.error({ line: table.headerLine }, 'select', `select names column "${key}", which is not in the header (${table.header.join(', ')})`);
      return [];
    }
    return [{ column, value }];
  });
}

/** True when the row has every selected value; otherwise logs the row as skipped. */
export function isSelected(table: CsvHeader, row: CsvRow, selections: readonly ColumnSelection[], log: IssueLog): boolean {
  for (const { column, value } of selections) {
    const cell = cellText(row, column).trim();
    if (cell !== value.trim()) {
      const name = table.header[column] ?? '';
      log.skip(cellLocation(row, column), name, `${name} is "${cell}", not the selected "${value}"; row skipped`);
      return false;
    }
  }
  return true;
}
