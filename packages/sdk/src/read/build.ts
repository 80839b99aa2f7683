/**
 * The validation every format shares: areas, periods, values, markers, statuses, intervals and
 * duplicates, then the indexed {@link Dataset}.
 *
 * @module
 */
import type { DataLocation } from '../model/errors.js';
import type { Indicator, Observation, ObservationStatus, PeriodType } from '../model/types.js';
import { Geography } from '../geography/geography.js';
import { parsePeriod, type Period } from '../period/period.js';
import { Dataset, type SeriesPoint } from '../query/dataset.js';
import { ObservationTable, type IndicatorObservations } from '../query/observation-table.js';
import { isOutsideScotland } from './areas.js';
import { IssueLog, describeLocation } from './issue-log.js';
import { describeJsonType } from './json-fields.js';
import { TextMemo } from './memo.js';
import type { FormatReaders } from './load-dataset.js';
import type { ObservationDraft, ParsedSource, ReadContext } from './source.js';
import { KNOWN_MARKERS, markerStatus, parseNumberText } from './values.js';
import { describe, isObservationStatus } from './vocabulary.js';

const NO_VALUE_STATUSES: ReadonlySet<ObservationStatus> = new Set(['suppressed', 'not-available']);

/** A field that cannot be read, and why. */
class Problem {
  constructor(readonly message: string) {}
}

/** No value: null, empty, or a known no-value marker (kept as written, trimmed). */
interface NoValue {
  marker?: string;
}

const ABSENT: NoValue = {};

export const OUTSIDE_SCOTLAND = Symbol('outside Scotland');

/** An area resolved: its current code and that code's number in the {@link ObservationTable}. */
export interface ResolvedArea {
  code: string;
  number: number;
}

/** An area as written, read: resolved, {@link OUTSIDE_SCOTLAND}, or undefined when unknown. */
export type AreaReading = ResolvedArea | typeof OUTSIDE_SCOTLAND | undefined;

/** What the checker knows of one indicator id. */
export interface IndicatorEntry {
  /** The indicator's observations in the table; undefined when the id is not declared. */
  observations: IndicatorObservations | undefined;
  /** Reads period labels with the indicator's period type as the hint. */
  periods: TextMemo<Period | undefined>;
}

/**
 * Validates a parsed source and indexes it. Collects every problem and throws one
 * `OmfDataError` listing them; rows for areas outside Scotland are skipped and reported instead.
 * `planReader` validates the source's plans: required when it has any, and only then (so a bundle
 * reading data without plans need not carry it).
 */
export function buildDataset(parsed: ParsedSource, context: ReadContext, planReader?: FormatReaders['plans']): Dataset {
  const { log } = context;
  const geography = new Geography(parsed.areas);
  const indicators = new Map(parsed.indicators.map((indicator) => [indicator.id, indicator]));
  const table = parsed.table ?? checkDrafts(parsed, geography, indicators, context);

  const planContext = { log, geography, indicators, periodType: context.periodType };
  const plan = (): FormatReaders['plans'] => {
    if (!planReader) throw new Error('the plans reader was not loaded');
    return planReader;
  };
  const plans = parsed.plans === undefined ? [] : plan().validatePlans(parsed.plans, planContext);
  const actionPlans = parsed.actionPlans === undefined ? [] : plan().validateActionPlans(parsed.actionPlans, planContext);
  log.throwIfAny();

  const parts = {
    indicators: parsed.indicators,
    declaredAreas: parsed.areas,
    points: [],
    table,
    geography,
    plans,
    actionPlans,
    report: { format: parsed.format, rows: parsed.rows, observations: table.size, skipped: log.skipped },
  };
  return new Dataset({
    ...parts,
    ...(parsed.title !== undefined && { title: parsed.title }),
    ...(parsed.source !== undefined && { source: parsed.source }),
  });
}

/** Checks a source's drafts; each draft's place is its index. */
function checkDrafts(parsed: ParsedSource, geography: Geography, indicators: ReadonlyMap<string, Indicator>, context: ReadContext): ObservationTable {
  const { observations } = parsed;
  const checker = new ObservationChecker(
    {
      valuesAreText: parsed.valuesAreText,
      invalidIndicators: parsed.invalidIndicators,
      geography,
      indicator: (id) => indicators.get(id),
      locatePeriod: (index) => observations[index]?.locate('period') ?? {},
    },
    context,
  );
  // An index loop: for-of would allocate an iterator result per draft until the loop is optimised.
  for (let index = 0; index < observations.length; index++) {
    const draft = observations[index];
    if (draft) checker.check(draft, index);
  }
  return checker.finish();
}

/** What {@link ObservationChecker} needs to know of a source. */
export interface CheckedSource {
  /** True when values are text (CSV, SPARQL literals): numeric text is read as a number. */
  valuesAreText: boolean;
  /** Ids of indicators declared but invalid (already reported): their observations are not reported as undeclared. */
  invalidIndicators?: ReadonlySet<string> | undefined;
  /** The areas: the built-in geography and those the source declares. */
  geography: Geography;
  /** The indicator with this id, if the source declares or makes it. */
  indicator(id: string): Indicator | undefined;
  /**
   * Where the period of an already checked draft is, from the place it was checked with (see
   * {@link ObservationChecker.check}), to say where a duplicate's first observation was.
   */
  locatePeriod(place: number): DataLocation;
}

/**
 * Checks drafts one at a time, in source order, and adds those that pass to an
 * {@link ObservationTable}, which indexes them as they come: checking and indexing are one pass,
 * and a duplicate is found by the index's own lookup. A reader may check each row as it reads it,
 * so no draft outlives its row (the tidy CSV reader does); {@link buildDataset} checks the drafts
 * of the others.
 *
 * A file repeats a few distinct areas, periods, indicators, statuses and markers across many rows,
 * so each distinct text is read once per read (see {@link TextMemo}); problems are still logged at
 * every row they occur on.
 */
export class ObservationChecker {
  private readonly log: IssueLog;
  /**
   * Rows the checks leave out. Reported after the reader's own skipped rows, whether or not the
   * reader checks as it reads, so the report lists them in the same order either way.
   */
  private readonly skipped: IssueLog;
  private readonly table = new ObservationTable();
  /** The place of each observation added, by its number in the table, to say where a duplicate's first was. */
  private readonly places: number[] = [];
  private readonly valuesAreText: boolean;
  private readonly invalidIndicators: ReadonlySet<string> | undefined;
  private readonly locatePeriod: CheckedSource['locatePeriod'];
  protected areaOf: TextMemo<AreaReading>;
  protected readonly indicatorOf: TextMemo<IndicatorEntry>;
  private readonly markerOf = new TextMemo(readMarker);
  private readonly statusOf = new TextMemo(readStatus);

  constructor({ valuesAreText, invalidIndicators, geography, indicator: indicatorWithId, locatePeriod }: CheckedSource, { log, periodType }: ReadContext) {
    this.log = log;
    this.skipped = new IssueLog(log.file);
    this.valuesAreText = valuesAreText;
    this.invalidIndicators = invalidIndicators;
    this.locatePeriod = locatePeriod;
    this.areaOf = this.areaReader(geography);
    // One period memo per hint, shared by the indicators that have it.
    const periodReaders = new Map<PeriodType | undefined, TextMemo<Period | undefined>>();
    const periodReader = (hint: PeriodType | undefined): TextMemo<Period | undefined> => {
      let read = periodReaders.get(hint);
      if (!read) periodReaders.set(hint, (read = new TextMemo((text) => parsePeriod(text, hint))));
      return read;
    };
    this.indicatorOf = new TextMemo((id) => {
      const indicator = indicatorWithId(id);
      return { observations: indicator && this.table.indicator(indicator), periods: periodReader(indicator?.periodType ?? periodType) };
    });
  }

  /**
   * Checks one draft, logging each problem, and adds its observation unless it has problems, is a
   * duplicate or is skipped. Drafts come in source order. `place` is a number the source can turn
   * back into the draft's period location ({@link CheckedSource.locatePeriod}): the checker keeps
   * that number, not the draft, so no draft need outlive its check.
   */
  check(draft: ObservationDraft, place: number): void {
    const { log } = this;
    const before = log.problems.length;
    const area = this.areaOf.get(draft.area);
    if (area === OUTSIDE_SCOTLAND) {
      this.skipped.skip(draft.locate('area'), 'area', `area ${draft.area.trim()} is outside Scotland; row skipped`);
      return;
    }
    if (area === undefined) {
      const areaText = draft.area.trim();
      log.error(draft.locate('area'), 'area', areaText === '' ? 'missing area' : `unknown area "${areaText}"`);
    }
    const entry = this.indicatorOf.get(draft.indicator);
    const { observations } = entry;
    if (!observations && !this.invalidIndicators?.has(draft.indicator)) {
      log.error(draft.locate('indicator'), 'indicator', `observation for undeclared indicator "${draft.indicator}"`);
    }

    const period = entry.periods.get(draft.period);
    if (!period) {
      const message = draft.period.trim() === '' ? 'missing period' : `cannot read period "${draft.period}" (expected e.g. 2023/24, 2023-24, 2023, 2023-Q2, 2023-06, 2023-06-30 or 2018-2022)`;
      log.error(draft.locate('period'), 'period', message);
    }

    const value = this.readValue(draft.value);
    if (value instanceof Problem) log.error(draft.locate('value'), 'value', value.message);

    const lower = this.readOptionalNumber(draft.lower, draft, 'lower');
    const upper = this.readOptionalNumber(draft.upper, draft, 'upper');
    const numerator = this.readOptionalNumber(draft.numerator, draft, 'numerator');
    const denominator = this.readOptionalNumber(draft.denominator, draft, 'denominator');
    if (lower !== undefined && upper !== undefined && lower > upper) {
      log.error(draft.locate('lower'), 'lower', `lower bound ${lower} is above upper bound ${upper}`);
    }

    const rawStatus = draft.status;
    const status = typeof rawStatus === 'string' ? this.statusOf.get(rawStatus) : readStatus(rawStatus);
    if (status instanceof Problem) log.error(draft.locate('status'), 'status', status.message);

    const rawMarker = draft.marker;
    const marker = typeof rawMarker === 'string' ? rawMarker.trim() : '';
    if (rawMarker !== undefined && rawMarker !== null && typeof rawMarker !== 'string') {
      log.error(draft.locate('marker'), 'marker', `marker must be text, not ${describeJsonType(rawMarker)}`);
    }
    if (value instanceof Problem || status instanceof Problem || area === undefined || !period || !observations || log.problems.length > before) {
      return;
    }

    const number = typeof value === 'number' ? value : null;
    let finalStatus = status;
    const finalMarker = (typeof value === 'number' ? undefined : value.marker) ?? (marker === '' ? undefined : marker);
    if (number === null && finalMarker !== undefined) {
      const meaning = markerStatus(finalMarker);
      if (meaning === undefined) {
        log.error(draft.locate('marker'), 'marker', `unknown marker "${finalMarker}" (expected ${KNOWN_MARKERS})`);
        return;
      }
      finalStatus ??= meaning;
    }
    if (number === null) finalStatus ??= 'not-available';
    if (number !== null && finalStatus !== undefined && NO_VALUE_STATUSES.has(finalStatus)) {
      log.error(draft.locate('status'), 'status', `status is ${finalStatus} but there is a value (${number})`);
      return;
    }
    if (number === null && finalStatus !== undefined && !NO_VALUE_STATUSES.has(finalStatus)) {
      log.error(draft.locate('value'), 'value', `missing value for a ${finalStatus} observation (use status suppressed or not-available when there is no value)`);
      return;
    }

    // An observation that is only a value is stored as its number, its point made when asked for
    // (see ObservationTable); one with more is stored as its point.
    let point: SeriesPoint | undefined;
    if (lower !== undefined || upper !== undefined || numerator !== undefined || denominator !== undefined || finalStatus !== undefined || finalMarker !== undefined) {
      const observation: Observation = { indicator: observations.indicator.id, area: area.code, period: period.label, value: number };
      if (lower !== undefined) observation.lower = lower;
      if (upper !== undefined) observation.upper = upper;
      if (numerator !== undefined) observation.numerator = numerator;
      if (denominator !== undefined) observation.denominator = denominator;
      if (finalStatus !== undefined) observation.status = finalStatus;
      if (finalMarker !== undefined) observation.marker = finalMarker;
      point = { period, value: number, observation };
    }
    const earlier = this.add(observations, area, period, number, place, point);
    if (earlier !== undefined) {
      log.error(draft.locate('period'), 'period', `duplicate observation for ${observations.indicator.id}, ${area.code}, ${period.label} (first at ${describeLocation(this.locatePeriod(earlier))})`);
    }
  }

  /** Reads area texts with a geography, numbering the areas in the table. */
  protected areaReader(geography: Geography): TextMemo<AreaReading> {
    return new TextMemo((text) => {
      const areaText = text.trim();
      const code = geography.resolve(areaText);
      if (code !== undefined) return { code, number: this.table.areaNumber(code) };
      return isOutsideScotland(areaText) ? OUTSIDE_SCOTLAND : undefined;
    });
  }

  /** The observations added, indexed; the skipped rows are now reported. Call once, after the last check. */
  finish(): ObservationTable {
    // A loop, not push(...skipped): a file can skip more rows than a call takes arguments.
    for (const issue of this.skipped.skipped) this.log.skipped.push(issue);
    return this.table;
  }

  /**
   * Adds an observation to the table, unless one of the same indicator, area and period (after
   * retired codes, name variants and label forms are resolved) is there: returns that one's place
   * then, having added nothing.
   */
  protected add(observations: IndicatorObservations, area: ResolvedArea, period: Period, value: number | null, place: number, point?: SeriesPoint): number | undefined {
    const earlier = this.table.add(observations, area.number, period, value, point);
    if (earlier >= 0) return this.places[earlier];
    this.places.push(place);
    return undefined;
  }

  /** A value: a number, `null`/absent, or (in text, or as a JSON string) a known no-value marker. */
  private readValue(raw: unknown): number | NoValue | Problem {
    if (typeof raw === 'string') {
      const number = parseNumberText(raw);
      if (number === undefined) return this.markerOf.get(raw);
      return this.valuesAreText ? number : new Problem(`value must be a number, not the text "${raw}"`);
    }
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : new Problem(`value must be a finite number, not ${raw}`);
    if (raw === null || raw === undefined) return ABSENT;
    return new Problem(`value must be a number or null, not ${describeJsonType(raw)}`);
  }

  /** An optional number (interval bound, numerator, denominator); empty means absent. A problem is logged. */
  private readOptionalNumber(raw: unknown, draft: ObservationDraft, field: 'lower' | 'upper' | 'numerator' | 'denominator'): number | undefined {
    if (raw === null || raw === undefined) return undefined;
    if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
    if (typeof raw === 'string' && raw.trim() === '') return undefined;
    const number = this.valuesAreText && typeof raw === 'string' ? parseNumberText(raw) : undefined;
    if (number === undefined) this.log.error(draft.locate(field), field, `${field} must be a number, not ${describeJsonType(raw)}`);
    return number;
  }
}

/** Value text that is not a number: a known no-value marker, or a problem. */
function readMarker(raw: string): NoValue | Problem {
  const marker = raw.trim();
  if (markerStatus(marker) === undefined) {
    return new Problem(`value "${raw}" is neither a number nor a known marker (${KNOWN_MARKERS})`);
  }
  return marker === '' ? ABSENT : { marker };
}

function readStatus(raw: unknown): ObservationStatus | undefined | Problem {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  const status = typeof raw === 'string' ? raw.trim() : raw;
  if (isObservationStatus(status)) return status;
  return new Problem(`unknown status ${typeof raw === 'string' ? `"${raw}"` : describeJsonType(raw)} (expected ${describe.statuses})`);
}
