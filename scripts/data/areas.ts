/** The 33 area codes (32 councils + Scotland) every built-in data file must cover, from the repo's lookup table. */
import { readCsv } from './csv-table.js';

/** Reads the area codes from `scottish_council_areas.csv`, sorted. */
export function readAreaCodes(file: string): string[] {
  return readCsv(file, ['area_code'])
    .map((row) => row.area_code)
    .sort();
}

/** Throws unless `found` holds exactly the `expected` codes. */
export function checkAreaCoverage(label: string, found: Iterable<string>, expected: readonly string[]): void {
  const foundSet = new Set(found);
  const missing = expected.filter((code) => !foundSet.has(code));
  const unknown = [...foundSet].filter((code) => !expected.includes(code));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`${label}: area codes differ from the lookup (missing: ${missing.join(' ') || 'none'}; unknown: ${unknown.join(' ') || 'none'})`);
  }
}
