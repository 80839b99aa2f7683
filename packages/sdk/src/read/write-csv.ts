/**
 * Writers for tidy CSV and indicator CSV, the inverse of the CSV readers: canonical JSON ->
 * CSV -> canonical JSON gives the same document (indicator metadata travels in the indicator CSV
 * or in `options.indicators`).
 *
 * Cells are written as they are, quoted where CSV needs it; they are not neutralised against
 * spreadsheet formulas, because that would change the data (a report's CSV export should).
 *
 * @module
 */
import { csvFormatRows } from 'd3-dsv';
import type { Indicator, Observation } from '../model/types.js';
import type { Dataset } from '../query/dataset.js';
import { INDICATOR_CSV_HEADERS } from './indicators-csv.js';

const OPTIONAL_COLUMNS = ['lower', 'upper', 'numerator', 'denominator', 'status', 'marker'] as const satisfies ReadonlyArray<keyof Observation>;

/**
 * Writes a dataset's observations as tidy CSV: `indicator,area,period,value`, then those of
 * `lower,upper,numerator,denominator,status,marker` that any observation has, then `area_name`.
 * Rows follow the source order; values that are `null` are written as empty cells.
 */
export function toTidyCsv(dataset: Dataset): string {
  const observations = dataset.toDocument().observations;
  const optional = OPTIONAL_COLUMNS.filter((column) => observations.some((observation) => observation[column] !== undefined));
  const header = ['indicator', 'area', 'period', 'value', ...optional, 'area_name'];
  const rows = observations.map((observation) => [
    observation.indicator,
    observation.area,
    observation.period,
    cell(observation.value),
    ...optional.map((column) => cell(observation[column])),
    dataset.geography.name(observation.area),
  ]);
  return csvFormatRows([header, ...rows]) + '\n';
}

/** Writes indicator metadata as CSV (the columns `readIndicatorsCsv` reads; an indicator's own `source` is not written). */
export function toIndicatorsCsv(indicators: readonly Indicator[]): string {
  const columns = INDICATOR_CSV_HEADERS.filter(([field]) => indicators.some((indicator) => indicator[field] !== undefined));
  const rows = indicators.map((indicator) => columns.map(([field]) => cell(indicator[field] as string | number | boolean | undefined)));
  return csvFormatRows([columns.map(([, header]) => header), ...rows]) + '\n';
}

function cell(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
