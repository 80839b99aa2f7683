/**
 * Reads a raw CSV file into records keyed by column name, with d3-dsv `csvParseRows` (the CSP-safe
 * parser the SDK uses too) and a null-prototype record so header names can never reach
 * `Object.prototype`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { csvParseRows } from 'd3-dsv';

/** One data row: the named columns plus its 1-based line number, for error messages. */
export type CsvRecord<Column extends string> = Readonly<Record<Column, string>> & { readonly line: number };

/** Reads `file` and checks that every column in `columns` is in its header. */
export function readCsv<Column extends string>(file: string, columns: readonly Column[]): Array<CsvRecord<Column>> {
  const [header, ...rows] = csvParseRows(readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${basename(file)}: empty file`);
  const indexes = columns.map((column) => {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`${basename(file)}: missing column "${column}"`);
    return index;
  });
  const records: Array<CsvRecord<Column>> = [];
  rows.forEach((row, rowIndex) => {
    if (row.every((cell) => cell === '')) return;
    const record = Object.create(null) as Record<string, string | number>;
    columns.forEach((column, i) => {
      record[column] = (row[indexes[i] as number] ?? '').trim();
    });
    // The raw files have no line breaks inside quoted cells, so row index + header = line.
    record.line = rowIndex + 2;
    records.push(record as CsvRecord<Column>);
  });
  return records;
}

/** A build error that names the file and line it comes from. */
export function rowError(file: string, line: number, message: string): Error {
  return new Error(`${basename(file)}:${line}: ${message}`);
}

/** Parses a numeric cell; throws (naming the row) on anything but a finite decimal number. */
export function parseNumber(text: string, file: string, line: number): number {
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) throw rowError(file, line, `not a number: "${text}"`);
  return value;
}
