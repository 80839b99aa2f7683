/**
 * Reader for statistics.gov.scot whole-cube CSV downloads:
 * `FeatureCode, FeatureName?, FeatureType?, DateCode, Measurement, Units, Value, ...dimensions, DataMarker?`.
 *
 * @module
 */
import type { Area } from '../model/types.js';
import { mayDeclareArea } from './areas.js';
import { cellLocation, cellText, findColumn, headerKey, isSelected, parseCsvTable, selectColumns, type CsvRow } from './csv-table.js';
import { IndicatorCatalogue, type Category, type IndicatorBase } from './indicator-catalogue.js';
import type { ObservationDraft, ObservationField, ParsedSource, ReadContext } from './source.js';
import { slug } from './values.js';
import { readUnit } from './vocabulary.js';

const CUBE_COLUMNS = {
  area: ['FeatureCode'],
  areaName: ['FeatureName'],
  areaType: ['FeatureType'],
  period: ['DateCode'],
  measurement: ['Measurement'],
  units: ['Units'],
  value: ['Value'],
  marker: ['DataMarker', 'Data Marker'],
} as const;

/** True when a CSV header is a statistics.gov.scot cube header. */
export function isCubeHeader(header: readonly string[]): boolean {
  return findColumn(header, CUBE_COLUMNS.area) >= 0 && findColumn(header, CUBE_COLUMNS.period) >= 0;
}

/** `Council Area` -> `council`, `Health Board` -> `health-board`. */
function areaType(featureType: string): string | undefined {
  const type = slug(featureType);
  return type === '' ? undefined : type === 'council-area' ? 'council' : type;
}

/**
 * Reads a cube CSV. Each `Measurement` is an indicator (id from its words, e.g. `ratio`, unit from
 * `Units`); with exactly one indicator given in `options.indicators`, that indicator is used instead,
 * with `Measurement` appended when the file has several. Every dimension column with more than one
 * value is part of the indicator unless `options.select` fixes it (rows with other values are skipped
 * and reported). `FeatureName` declares areas the built-in geography lacks; `DateCode` week labels
 * (`w/c 2020-03-23`) are read as their first day.
 */
export function parseCubeCsv(text: string, context: ReadContext): ParsedSource {
  const { log } = context;
  const table = parseCsvTable(text);
  const column = Object.fromEntries(
    Object.entries(CUBE_COLUMNS).map(([field, aliases]) => [field, findColumn(table.header, aliases)]),
  ) as Record<keyof typeof CUBE_COLUMNS, number>;
  for (const field of ['area', 'period', 'value'] as const) {
    if (column[field] < 0) log.error({ line: table.headerLine }, CUBE_COLUMNS[field][0], `missing column "${CUBE_COLUMNS[field][0]}"`);
  }
  log.throwIfAny();

  const known = new Set(Object.values(column).filter((index) => index >= 0));
  const dimensionColumns = table.header.flatMap((name, index) => (known.has(index) || name === '' ? [] : [index]));
  const selections = selectColumns(table, context.select, (key) => (headerKey(key) === 'measurement' ? CUBE_COLUMNS.measurement : []), log);
  const selected = new Set(selections.map((selection) => selection.column));
  const varies = (index: number): boolean => index >= 0 && new Set(table.rows.map((row) => cellText(row, index).trim())).size > 1;
  const categoryColumns = dimensionColumns.filter((index) => varies(index) && !selected.has(index));

  const catalogue = new IndicatorCatalogue(context.indicators, context.periodType);
  const only = catalogue.onlyDeclared;
  const measurementIsCategory = only !== undefined && varies(column.measurement) && !selected.has(column.measurement);
  const observations: ObservationDraft[] = [];
  const fieldColumn: Partial<Record<ObservationField, number>> = {
    area: column.area,
    period: column.period,
    value: column.value,
    marker: column.marker,
    indicator: column.measurement,
  };

  for (const row of table.rows) {
    if (!isSelected(table, row, selections, log)) continue;
    const measurement = cellText(row, column.measurement).trim();
    const category = (index: number): Category => {
      const label = cellText(row, index).trim();
      return { id: slug(label) || label, label };
    };
    const base = only ? { id: only.id, title: only.title } : measurementBase(measurement, cellText(row, column.units));
    const categories = [...(measurementIsCategory ? [category(column.measurement)] : []), ...categoryColumns.map(category)];
    const indicator = catalogue.idFor(base, categories);
    if (indicator === undefined) {
      log.skip(cellLocation(row, column.measurement), 'indicator', `indicator "${base.id}" is not among the indicators given; row skipped`);
      continue;
    }
    const draft: ObservationDraft = {
      indicator,
      area: cellText(row, column.area),
      period: cellText(row, column.period).replace(/^w\/c\s+/i, ''),
      value: cellText(row, column.value),
      locate: (field) => cellLocation(row, fieldColumn[field] ?? -1),
    };
    if (column.marker >= 0) draft.marker = cellText(row, column.marker);
    observations.push(draft);
  }

  return {
    format: 'cube-csv',
    indicators: catalogue.indicators,
    areas: declaredAreas(table.rows, column),
    observations,
    rows: table.rows.length,
    valuesAreText: true,
  };
}

/** An indicator named by the `Measurement` words, its unit from `Units` (else from the measurement). */
function measurementBase(measurement: string, units: string): IndicatorBase {
  const unit = readUnit(units) ?? readUnit(measurement);
  return { id: slug(measurement) || 'value', title: measurement || 'Value', ...(unit && { unit }) };
}

/** Areas named by `FeatureName` (typed by `FeatureType`) for codes the built-in geography lacks. */
function declaredAreas(rows: readonly CsvRow[], column: Record<keyof typeof CUBE_COLUMNS, number>): Area[] {
  if (column.areaName < 0) return [];
  const areas = new Map<string, Area>();
  for (const row of rows) {
    const code = cellText(row, column.area).trim();
    const name = cellText(row, column.areaName).trim();
    if (name === '' || areas.has(code) || !mayDeclareArea(code)) continue;
    const type = areaType(cellText(row, column.areaType));
    areas.set(code, type === undefined ? { code, name } : { code, name, type });
  }
  return [...areas.values()];
}
