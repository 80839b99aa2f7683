/**
 * Reader for tidy CSV: one row an observation, `indicator,area,period,value` plus optional
 * `lower,upper,numerator,denominator,status,marker,area_name` columns. The shape the project ships
 * (`area_code,area_name,indicator_code,period,value,value_real,marker`) is read through header aliases.
 *
 * @module
 */
import { Geography, builtInGeography } from '../geography/geography.js';
import type { DataLocation } from '../model/errors.js';
import type { Area } from '../model/types.js';
import type { ObservationTable } from '../query/observation-table.js';
import { isOutsideScotland, mayDeclareArea } from './areas.js';
import { OUTSIDE_SCOTLAND, ObservationChecker } from './build.js';
import { cellAt, cellLocation, findColumn, isSelected, readCsvRows, selectColumns } from './csv-table.js';
import { IndicatorCatalogue } from './indicator-catalogue.js';
import { TextMemo } from './memo.js';
import { parseNumberText } from './values.js';
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
 *
 * Rows are checked as they are read (see {@link CsvRowChecking}), so the source it returns
 * carries the checked observations, indexed, not the drafts.
 */
export function parseTidyCsv(text: string, context: ReadContext): ParsedSource {
  const { log } = context;
  const catalogue = new IndicatorCatalogue(context.indicators, context.periodType);
  const areas: Area[] = [];
  const checking = new CsvRowChecking(catalogue, areas, context);
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
    const columns = fieldColumns(column);
    const nameColumn = column('area_name');
    checking.start(nameColumn >= 0, columns.period);
    const declare = nameColumn < 0 ? undefined : areaDeclarer(columns.area, nameColumn, areas);
    // A real-terms value is the `value_real` cell of a row, with no interval, status or marker of its own.
    const realTermsColumn = column('value_real');
    const realTermsColumns = fieldColumns((field) => (field === 'value' ? realTermsColumn : OPTIONAL.includes(field) ? -1 : column(field)));
    const indicatorId = new TextMemo((id) => catalogue.idFor({ id, title: id }));
    const realTermsId = new TextMemo((id) => catalogue.idFor({ id: id + REAL_TERMS_SUFFIX, title: id + REAL_TERMS_SUFFIX }));

    return (cells, line, lineBreaks) => {
      rows++;
      declare?.(cells);
      // A row record only when a selection needs one: most reads select nothing.
      if (selections.length > 0 && !isSelected(table, { cells, line }, selections, log)) return;
      const indicatorText = cellAt(cells, columns.indicator).trim();
      if (indicatorText === '') {
        log.error(cellLocation({ cells, line }, columns.indicator), 'indicator', 'missing indicator');
        return;
      }
      const indicator = indicatorId.get(indicatorText);
      if (indicator === undefined) {
        log.skip(cellLocation({ cells, line }, columns.indicator), 'indicator', `indicator "${indicatorText}" is not among the indicators given; row skipped`);
      } else {
        checking.add(indicator, cells, line, lineBreaks, columns);
      }
      if (cellAt(cells, realTermsColumn).trim() === '') return;
      const real = realTermsId.get(indicatorText);
      if (real === undefined) {
        log.skip(cellLocation({ cells, line }, realTermsColumn), 'value_real', `indicator "${indicatorText + REAL_TERMS_SUFFIX}" is not among the indicators given; real-terms value skipped`);
      } else {
        checking.add(real, cells, line, lineBreaks, realTermsColumns);
      }
    };
  });

  return {
    format: 'csv',
    indicators: catalogue.indicators,
    areas,
    observations: [],
    table: checking.finish(),
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

/** True when the table has an interval, count or status column. */
function hasExtraColumns({ lower, upper, numerator, denominator, status }: FieldColumns): boolean {
  return Math.max(lower, upper, numerator, denominator, status) >= 0;
}

/** True when a row's observation has nothing beyond indicator, area, period and value: no marker, interval, count or status. */
function isNumberOnly(cells: readonly string[], columns: FieldColumns): boolean {
  return !hasExtraColumns(columns) && cellAt(cells, columns.marker).trim() === '';
}

/**
 * Checks a file's observations in source order, each with its row's line as its place (a row's
 * two observations, its value and its real-terms value, share the row and its period cell).
 *
 * Rows are checked as they are read and then let go: a draft kept to the end of a large file is an
 * object the garbage collector must copy, and together they cost as much as the checks. Most rows
 * are a number and nothing else: those go straight to {@link CsvChecker.checkNumber}, with no
 * draft made, and only the others become drafts.
 *
 * An `area_name` column may declare an area a row names before or after it. A row can be checked
 * as read while no area has been declared and its area reads with the built-in geography (or is
 * outside Scotland): no later declaration can change how it reads. From the first row that is not
 * so, every row is kept as a draft and checked once the file is read, with every declared area, so
 * the observations still come in source order. A file of councils alone (the LGBF shape) keeps none.
 */
class CsvRowChecking {
  private readonly checker: CsvChecker;
  /** The drafts of the rows from the first that must wait for every declaration to the last. */
  private readonly kept: CsvObservationDraft[] = [];
  private mayDeclareAreas = false;
  private periodColumn = -1;
  /** The cells of rows whose quoted cells span lines, by line, to place a duplicate's first period exactly. */
  private readonly cellsSpanningLines = new Map<number, string[]>();
  // Equal area and period texts share one string: kept drafts hold fewer strings, and the
  // checker's lookups meet strings whose hash is already computed.
  private readonly areaText = new TextMemo((text) => text);
  private readonly periodText = new TextMemo((text) => text);
  /** Whether an area reads the same whatever the file declares: built in, or outside Scotland. */
  private readonly builtInArea = new TextMemo((text) => builtInGeography.resolve(text.trim()) !== undefined || isOutsideScotland(text));

  constructor(
    private readonly catalogue: IndicatorCatalogue,
    private readonly areas: readonly Area[],
    private readonly context: ReadContext,
  ) {
    this.checker = new CsvChecker(
      {
        valuesAreText: true,
        geography: builtInGeography,
        indicator: (id) => this.catalogue.indicator(id),
        locatePeriod: (line) => cellLocation({ cells: this.cellsSpanningLines.get(line) ?? [], line }, this.periodColumn),
      },
      this.context,
    );
  }

  /** Called with the header. */
  start(hasAreaNames: boolean, periodColumn: number): void {
    this.mayDeclareAreas = hasAreaNames;
    this.periodColumn = periodColumn;
  }

  /** Checks, or keeps, a row's observation of an indicator, its fields in `columns`. */
  add(indicator: string, cells: string[], line: number, lineBreaks: number, columns: FieldColumns): void {
    const waiting = this.kept.length > 0 || (this.mayDeclareAreas && (this.areas.length > 0 || !this.builtInArea.get(cellAt(cells, columns.area))));
    if (!waiting && lineBreaks === 0 && isNumberOnly(cells, columns)) {
      const value = parseNumberText(cellAt(cells, columns.value));
      if (value !== undefined && this.checker.checkNumber(indicator, cellAt(cells, columns.area), cellAt(cells, columns.period), value, line)) return;
    }
    // A copy, as the row's own array is emptied once read (see readCsvRows); one per row, shared
    // by its value and real-terms drafts.
    const spanningCells = lineBreaks > 0 ? (this.cellsSpanningLines.get(line) ?? [...cells]) : undefined;
    if (spanningCells) this.cellsSpanningLines.set(line, spanningCells);
    const draft = this.draft(indicator, cells, line, spanningCells, columns);
    if (waiting) this.kept.push(draft);
    else this.checker.check(draft, line);
  }

  /** Checks the drafts kept, with every declared area; every observation added, indexed. */
  finish(): ObservationTable {
    const { checker } = this;
    if (this.kept.length > 0) checker.useGeography(new Geography(this.areas));
    for (const draft of this.kept) checker.check(draft, draft.line);
    return checker.finish();
  }

  private draft(indicator: string, cells: readonly string[], line: number, spanningCells: string[] | undefined, columns: FieldColumns): CsvObservationDraft {
    return new CsvObservationDraft(indicator, cells, line, spanningCells, columns, this.areaText, this.periodText);
  }
}

/**
 * An {@link ObservationChecker} with a fast path for the observations most CSV rows hold, a number
 * and nothing else, and a geography that can grow with the areas a file declares.
 */
class CsvChecker extends ObservationChecker {
  /**
   * Reads areas with a geography that has grown since the checker was made (areas the file
   * declared after some of its rows were checked), for the rows still to check. An area already
   * read resolves the same in it: a declaration never takes over a known code or name.
   */
  useGeography(geography: Geography): void {
    this.areaOf = this.areaReader(geography);
  }

  /**
   * {@link ObservationChecker.check} without a draft, for the common observation: a value already
   * read as a number, with no interval, counts, status or marker, and its indicator id, area and
   * period as written. Adds the observation `check` would add and returns true; returns false,
   * having added and logged nothing, when the observation needs `check` (its area, period or
   * indicator does not read, or it repeats one): `check` then reports it as precisely as ever.
   */
  checkNumber(indicatorId: string, areaText: string, periodText: string, value: number, place: number): boolean {
    const area = this.areaOf.get(areaText);
    if (area === undefined || area === OUTSIDE_SCOTLAND) return false;
    const entry = this.indicatorOf.get(indicatorId);
    const { observations } = entry;
    const period = entry.periods.get(periodText);
    return observations !== undefined && period !== undefined && this.add(observations, area, period, value, place) === undefined;
  }
}

/** The cells of the optional fields most files leave out. */
interface ExtraCells {
  lower: string | undefined;
  upper: string | undefined;
  numerator: string | undefined;
  denominator: string | undefined;
  status: string | undefined;
}

/** A row as an observation draft. It keeps the cell strings it needs, not the row's cell array. */
class CsvObservationDraft implements ObservationDraft {
  readonly area: string;
  readonly period: string;
  readonly value: string;
  readonly marker: string | undefined;
  /** Only when the table has one of these columns. */
  private readonly extra: ExtraCells | undefined;

  constructor(
    readonly indicator: string,
    cells: readonly string[],
    /** The line the row starts on. */
    readonly line: number,
    /** The row's cells when a quoted cell spans lines, to place the fields after it exactly. */
    readonly cellsSpanningLines: string[] | undefined,
    private readonly columns: FieldColumns,
    areaText: TextMemo<string>,
    periodText: TextMemo<string>,
  ) {
    this.area = areaText.get(cellAt(cells, columns.area));
    this.period = periodText.get(cellAt(cells, columns.period));
    this.value = cellAt(cells, columns.value);
    this.marker = optionalCell(cells, columns.marker);
    this.extra = hasExtraColumns(columns)
      ? {
          lower: optionalCell(cells, columns.lower),
          upper: optionalCell(cells, columns.upper),
          numerator: optionalCell(cells, columns.numerator),
          denominator: optionalCell(cells, columns.denominator),
          status: optionalCell(cells, columns.status),
        }
      : undefined;
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
function optionalCell(cells: readonly string[], column: number): string | undefined {
  return column < 0 ? undefined : cellAt(cells, column);
}

/**
 * Collects the areas named in `area_name` for GSS-shaped codes the built-in geography lacks, row
 * by row; the first name wins.
 */
function areaDeclarer(areaColumn: number, nameColumn: number, areas: Area[]): (cells: readonly string[]) => void {
  // Codes whose first name has been met: later rows cannot change what that name decided.
  const named = new Set<string>();
  return (cells) => {
    const code = cellAt(cells, areaColumn).trim();
    if (named.has(code)) return;
    const name = cellAt(cells, nameColumn).trim();
    if (name === '') return;
    named.add(code);
    if (GSS_CODE.test(code) && mayDeclareArea(code)) areas.push({ code, name });
  };
}
