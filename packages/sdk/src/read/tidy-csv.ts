/**
 * Reader for tidy CSV: one row an observation, `indicator,area,period,value` plus optional
 * `lower,upper,numerator,denominator,status,marker,area_name` columns. The shape the project ships
 * (`area_code,area_name,indicator_code,period,value,value_real,marker`) is read through header aliases.
 *
 * @module
 */
import type { DataLocation } from '../model/errors.js';
import type { Area } from '../model/types.js';
import { mayDeclareArea } from './areas.js';
import { cellLocation, cellText, findColumn, isSelected, readCsvRows, selectColumns, type CsvRow } from './csv-table.js';
import { IndicatorCatalogue } from './indicator-catalogue.js';
import { TextMemo } from './memo.js';
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
  const catalogue = new IndicatorCatalogue(context.indicators, context.periodType);
  const areas: Area[] = [];
  const observations: ObservationDraft[] = [];
  let rows = 0;

  readCsvRows(text, (table) => {
    const column = (field: string): number => findColumn(table.header, aliasesOf(field));
    for (const field of REQUIRED) {
      if (column(field) < 0) {
        const aliases = aliasesOf(field).slice(1);
        log.error({ line: table.headerLine }, field, `missing column "${field}"${aliases.length > 0 ? ` (or ${aliases.join(', ')})` : ''}`);
      }
    }
    log.throwIfAny();

    const selections = selectColumns(table, context.select, aliasesOf, log);
    // Equal area and period texts share one string: drafts hold fewer strings, and the checker's
    // lookups meet strings whose hash is already computed.
    const intern = new TextMemo((cell) => cell);
    const declare = areaDeclarer(column('area'), column('area_name'), areas, intern);
    const columns = fieldColumns(column);
    // A real-terms value is the `value_real` cell of a row, with no interval, status or marker of its own.
    const realTermsColumn = column('value_real');
    const realTermsColumns = fieldColumns((field) => (field === 'value' ? realTermsColumn : OPTIONAL.includes(field) ? -1 : column(field)));
    const indicatorId = new TextMemo((id) => catalogue.idFor({ id, title: id }));
    const realTermsId = new TextMemo((id) => catalogue.idFor({ id: id + REAL_TERMS_SUFFIX, title: id + REAL_TERMS_SUFFIX }));

    return (row, lineBreaks) => {
      rows++;
      declare(row);
      if (!isSelected(table, row, selections, log)) return;
      const indicatorText = cellText(row, columns.indicator).trim();
      if (indicatorText === '') {
        log.error(cellLocation(row, columns.indicator), 'indicator', 'missing indicator');
        return;
      }
      const indicator = indicatorId.get(indicatorText);
      if (indicator === undefined) {
        log.skip(cellLocation(row, columns.indicator), 'indicator', `indicator "${indicatorText}" is not among the indicators given; row skipped`);
      } else {
        observations.push(new CsvObservationDraft(indicator, row, columns, lineBreaks > 0, intern));
      }
      if (cellText(row, realTermsColumn).trim() === '') return;
      const real = realTermsId.get(indicatorText);
      if (real === undefined) {
        log.skip(cellLocation(row, realTermsColumn), 'value_real', `indicator "${indicatorText + REAL_TERMS_SUFFIX}" is not among the indicators given; real-terms value skipped`);
      } else {
        observations.push(new CsvObservationDraft(real, row, realTermsColumns, lineBreaks > 0, intern));
      }
    };
  });

  return {
    format: 'csv',
    indicators: catalogue.indicators,
    areas,
    observations,
    rows,
    valuesAreText: true,
  };
}

/** The column of each observation field in a table; -1 when absent. */
type FieldColumns = Readonly<Record<ObservationField, number>>;

// One object shape for every table, so property reads on it stay monomorphic.
function fieldColumns(column: (field: ObservationField) => number): FieldColumns {
  return {
    indicator: column('indicator'),
    area: column('area'),
    period: column('period'),
    value: column('value'),
    lower: column('lower'),
    upper: column('upper'),
    numerator: column('numerator'),
    denominator: column('denominator'),
    status: column('status'),
    marker: column('marker'),
  };
}

/** The cells of the optional fields most files leave out. */
interface ExtraCells {
  lower: string | undefined;
  upper: string | undefined;
  numerator: string | undefined;
  denominator: string | undefined;
  status: string | undefined;
}

/**
 * A row as an observation draft. It keeps the cell strings it needs, not the row, so the row's
 * cell array can be collected while young (see {@link readCsvRows}).
 */
class CsvObservationDraft implements ObservationDraft {
  readonly area: string;
  readonly period: string;
  readonly value: string;
  readonly marker: string | undefined;
  private readonly line: number;
  /** The row's cells when a quoted cell spans lines, to place the fields after it exactly. */
  private readonly cellsSpanningLines: string[] | undefined;
  /** Only when the table has one of these columns. */
  private readonly extra: ExtraCells | undefined;

  constructor(
    readonly indicator: string,
    row: CsvRow,
    private readonly columns: FieldColumns,
    spansLines: boolean,
    intern: TextMemo<string>,
  ) {
    this.area = intern.get(cellText(row, columns.area));
    this.period = intern.get(cellText(row, columns.period));
    this.value = cellText(row, columns.value);
    this.marker = optionalCell(row, columns.marker);
    this.line = row.line;
    this.cellsSpanningLines = spansLines ? row.cells : undefined;
    const { lower, upper, numerator, denominator, status } = columns;
    this.extra =
      Math.max(lower, upper, numerator, denominator, status) < 0
        ? undefined
        : {
            lower: optionalCell(row, lower),
            upper: optionalCell(row, upper),
            numerator: optionalCell(row, numerator),
            denominator: optionalCell(row, denominator),
            status: optionalCell(row, status),
          };
  }

  get lower(): string | undefined {
    return this.extra?.lower;
  }
  get upper(): string | undefined {
    return this.extra?.upper;
  }
  get numerator(): string | undefined {
    return this.extra?.numerator;
  }
  get denominator(): string | undefined {
    return this.extra?.denominator;
  }
  get status(): string | undefined {
    return this.extra?.status;
  }

  locate(field: ObservationField): DataLocation {
    return cellLocation({ cells: this.cellsSpanningLines ?? [], line: this.line }, this.columns[field]);
  }
}

/** An optional field's cell; undefined when the table has no such column. */
function optionalCell(row: CsvRow, column: number): string | undefined {
  return column < 0 ? undefined : cellText(row, column);
}

/**
 * Collects the areas named in `area_name` for GSS-shaped codes the built-in geography lacks, row
 * by row; the first name wins.
 */
function areaDeclarer(areaColumn: number, nameColumn: number, areas: Area[], intern: TextMemo<string>): (row: CsvRow) => void {
  // Codes whose first name has been met: later rows cannot change what that name decided.
  const named = new Set<string>();
  return (row) => {
    if (nameColumn < 0) return;
    const code = intern.get(cellText(row, areaColumn)).trim();
    if (named.has(code)) return;
    const name = cellText(row, nameColumn).trim();
    if (name === '') return;
    named.add(code);
    if (GSS_CODE.test(code) && mayDeclareArea(code)) areas.push({ code, name });
  };
}
