/**
 * Reader for tidy CSV: one row an observation, `indicator,area,period,value` plus optional
 * `lower,upper,numerator,denominator,status,marker,area_name` columns. The shape the project ships
 * (`area_code,area_name,indicator_code,period,value,value_real,marker`) is read through header aliases.
 *
 * @module
 */
import type { Area } from '../model/types.js';
import { mayDeclareArea } from './areas.js';
import { cellLocation, cellText, findColumn, isSelected, parseCsvTable, selectColumns, type CsvRow } from './csv-table.js';
import { IndicatorCatalogue } from './indicator-catalogue.js';
import type { ObservationDraft, ObservationField, ParsedSource, ReadContext } from './source.js';

/** Accepted header names for each field, first the canonical one. */
const COLUMN_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['indicator', ['indicator', 'indicator_code', 'indicator_id']],
  ['area', ['area', 'area_code', 'geography_code', 'gss_code']],
  ['period', ['period', 'time_period', 'year']],
  ['value', ['value']],
  ['lower', ['lower', 'lower_ci', 'lci', 'lower_bound']],
  ['upper', ['upper', 'upper_ci', 'uci', 'upper_bound']],
  ['numerator', ['numerator']],
  ['denominator', ['denominator']],
  ['status', ['status']],
  ['marker', ['marker', 'data_marker']],
  ['area_name', ['area_name', 'area_label']],
  ['value_real', ['value_real']],
]);

const REQUIRED: readonly ObservationField[] = ['indicator', 'area', 'period', 'value'];
const OPTIONAL: readonly ObservationField[] = ['lower', 'upper', 'numerator', 'denominator', 'status', 'marker'];

/** Suffix of the LGBF real-terms (inflation-adjusted) indicator ids, e.g. `CHN1-Real`. */
const REAL_TERMS_SUFFIX = '-Real';

const aliasesOf = (field: string): readonly string[] => COLUMN_ALIASES.get(field) ?? [field];

// A GSS-shaped code: only these may be declared by an `area_name`, so a misspelt name stays an error.
const GSS_CODE = /^[A-Z]\d{8}$/i;

/**
 * Reads tidy CSV.
 *
 * - Indicators come from `options.indicators` (which then also lists the indicators to keep: rows
 *   of others are skipped and reported) or are made from the ids (see {@link IndicatorCatalogue}).
 * - `options.select` keeps only rows whose column has the given value, e.g. `{ indicator: 'CHN18' }`;
 *   other rows are skipped and reported.
 * - An `area_name` declares an area only for a GSS-shaped code the built-in geography does not know.
 * - A non-empty `value_real` (LGBF real-terms cost) becomes an observation of `<indicator>-Real`,
 *   the id the Improvement Service uses for it.
 */
export function parseTidyCsv(text: string, context: ReadContext): ParsedSource {
  const { log } = context;
  const table = parseCsvTable(text);
  const columns = new Map([...COLUMN_ALIASES.keys()].map((field) => [field, findColumn(table.header, aliasesOf(field))]));
  const column = (field: string): number => columns.get(field) ?? -1;
  for (const field of REQUIRED) {
    if (column(field) < 0) {
      const aliases = aliasesOf(field).slice(1);
      log.error({ line: table.headerLine }, field, `missing column "${field}"${aliases.length > 0 ? ` (or ${aliases.join(', ')})` : ''}`);
    }
  }
  log.throwIfAny();

  const selections = selectColumns(table, context.select, aliasesOf, log);
  const catalogue = new IndicatorCatalogue(context.indicators, context.periodType);
  const areas = declaredAreas(table.rows, column('area'), column('area_name'));
  const observations: ObservationDraft[] = [];

  const draft = (row: CsvRow, indicator: string, valueColumn: number, withDetail: boolean): ObservationDraft => {
    const at = (field: ObservationField): number =>
      field === 'value' ? valueColumn : withDetail || REQUIRED.includes(field) ? column(field) : -1;
    const observation: ObservationDraft = {
      indicator,
      area: cellText(row, column('area')),
      period: cellText(row, column('period')),
      value: cellText(row, valueColumn),
      locate: (field) => cellLocation(row, at(field)),
    };
    for (const field of OPTIONAL) if (at(field) >= 0) observation[field] = cellText(row, at(field));
    return observation;
  };

  for (const row of table.rows) {
    if (!isSelected(table, row, selections, log)) continue;
    const indicatorText = cellText(row, column('indicator')).trim();
    if (indicatorText === '') {
      log.error(cellLocation(row, column('indicator')), 'indicator', 'missing indicator');
      continue;
    }
    const indicator = catalogue.idFor({ id: indicatorText, title: indicatorText });
    if (indicator === undefined) {
      log.skip(cellLocation(row, column('indicator')), 'indicator', `indicator "${indicatorText}" is not among the indicators given; row skipped`);
    } else {
      observations.push(draft(row, indicator, column('value'), true));
    }
    const realTerms = cellText(row, column('value_real'));
    if (realTerms.trim() === '') continue;
    const realId = indicatorText + REAL_TERMS_SUFFIX;
    const real = catalogue.idFor({ id: realId, title: realId });
    if (real === undefined) {
      log.skip(cellLocation(row, column('value_real')), 'value_real', `indicator "${realId}" is not among the indicators given; real-terms value skipped`);
    } else {
      observations.push(draft(row, real, column('value_real'), false));
    }
  }

  return {
    format: 'csv',
    indicators: catalogue.indicators,
    areas,
    observations,
    rows: table.rows.length,
    valuesAreText: true,
  };
}

/** Areas named in `area_name` for GSS-shaped codes the built-in geography lacks; the first name wins. */
function declaredAreas(rows: readonly CsvRow[], areaColumn: number, nameColumn: number): Area[] {
  if (nameColumn < 0) return [];
  const areas = new Map<string, Area>();
  for (const row of rows) {
    const code = cellText(row, areaColumn).trim();
    const name = cellText(row, nameColumn).trim();
    if (name !== '' && GSS_CODE.test(code) && !areas.has(code) && mayDeclareArea(code)) areas.set(code, { code, name });
  }
  return [...areas.values()];
}
