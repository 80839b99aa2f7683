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
import { isOutsideScotland } from './areas.js';
import { IssueLog, describeLocation } from './issue-log.js';
import { describeJsonType } from './json-fields.js';
import { KeyNumbers, TextMemo } from './memo.js';
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

const OUTSIDE_SCOTLAND = Symbol('outside Scotland');

/** An area resolved: its current code and that code's number. */
interface ResolvedArea {
  code: string;
  number: number;
}

/** An area as written, read: resolved, {@link OUTSIDE_SCOTLAND}, or undefined when unknown. */
type AreaReading = ResolvedArea | typeof OUTSIDE_SCOTLAND | undefined;

/** What the checker knows of one indicator id. */
interface IndicatorEntry {
  /** Undefined when the id is not declared. */
  indicator: Indicator | undefined;
  /** Reads period labels with the indicator's period type as the hint. */
  periods: TextMemo<Period | undefined>;
  /** Numbers the indicator's period labels, so each area's list of first drafts stays short and dense. */
  periodNumbers: KeyNumbers;
  /**
   * The place (see {@link ObservationChecker.check}) of the draft first seen for each area and
   * period, by area number then period number, to report duplicates.
   */
  firsts: Array<Array<number | undefined> | undefined>;
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
  const points = parsed.points ?? checkDrafts(parsed, geography, indicators, context);

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
    points,
    geography,
    plans,
    actionPlans,
    report: { format: parsed.format, rows: parsed.rows, observations: points.length, skipped: log.skipped },
  };
  return new Dataset({
    ...parts,
    ...(parsed.title !== undefined && { title: parsed.title }),
    ...(parsed.source !== undefined && { source: parsed.source }),
  });
}

/** Checks a source's drafts; each draft's place is its index. */
function checkDrafts(parsed: ParsedSource, geography: Geography, indicators: ReadonlyMap<string, Indicator>, context: ReadContext): SeriesPoint[] {
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
 * Checks drafts one at a time, in source order, and keeps the points of those that pass. A reader
 * may check each row as it reads it, so no draft outlives its row (the tidy CSV reader does);
 * {@link buildDataset} checks the drafts of the others.
 *
 * A file repeats a few distinct areas, periods, indicators, statuses and markers across many rows,
 * so each distinct text is read once per read (see {@link TextMemo}); problems are still logged at
 * every row they occur on. Area codes and period labels are numbered, so finding a duplicate is two
 * array lookups rather than a key string per row.
 */
export class ObservationChecker {
  private readonly log: IssueLog;
  /**
   * Rows the checks leave out. Reported after the reader's own skipped rows, whether or not the
   * reader checks as it reads, so the report lists them in the same order either way.
   */
  private readonly skipped: IssueLog;
  private readonly points: SeriesPoint[] = [];
  private readonly valuesAreText: boolean;
  private readonly invalidIndicators: ReadonlySet<string> | undefined;
  private readonly locatePeriod: CheckedSource['locatePeriod'];
  private readonly areaOf: TextMemo<AreaReading>;
  private readonly indicatorOf: TextMemo<IndicatorEntry>;
  private readonly markerOf = new TextMemo(readMarker);
  private readonly statusOf = new TextMemo(readStatus);

  constructor({ valuesAreText, invalidIndicators, geography, indicator: indicatorWithId, locatePeriod }: CheckedSource, { log, periodType }: ReadContext) {
    this.log = log;
    this.skipped = new IssueLog(log.file);
    this.valuesAreText = valuesAreText;
    this.invalidIndicators = invalidIndicators;
    this.locatePeriod = locatePeriod;
    const areaNumbers = new KeyNumbers();
    this.areaOf = new TextMemo((text) => {
      const areaText = text.trim();
      const code = geography.resolve(areaText);
      if (code !== undefined) return { code, number: areaNumbers.of(code) };
      return isOutsideScotland(areaText) ? OUTSIDE_SCOTLAND : undefined;
    });
    // One period memo per hint, shared by the indicators that have it.
    const periodReaders = new Map<PeriodType | undefined, TextMemo<Period | undefined>>();
    const periodReader = (hint: PeriodType | undefined): TextMemo<Period | undefined> => {
      let read = periodReaders.get(hint);
      if (!read) periodReaders.set(hint, (read = new TextMemo((text) => parsePeriod(text, hint))));
      return read;
    };
    this.indicatorOf = new TextMemo((id) => {
      const indicator = indicatorWithId(id);
      return { indicator, periods: periodReader(indicator?.periodType ?? periodType), periodNumbers: new KeyNumbers(), firsts: [] };
    });
  }

  /**
   * Checks one draft, logging each problem, and keeps its point unless it has problems, is a
   * duplicate or is skipped. Drafts come in source order. `place` is a number the source can turn
   * back into the draft's period location ({@link CheckedSource.locatePeriod}): the checker keeps
   * that number, not the draft, so no draft need outlive its check.
   */
  check(draft: ObservationDraft, place: number): void {
    const point = this.point(draft, place);
    if (point) this.points.push(point);
  }

  /**
   * {@link ObservationChecker.check} without a draft, for the common observation: a value already
   * read as a number, with no interval, counts, status or marker, and its indicator id, area and
   * period as written. Keeps the point `check` would keep and returns true; returns false, having
   * kept and logged nothing, when the observation needs `check` (its area, period or indicator
   * does not read, or it repeats one): `check` then reports it as precisely as ever.
   */
  checkNumber(indicatorId: string, areaText: string, periodText: string, value: number, place: number): boolean {
    const area = this.areaOf.get(areaText);
    if (area === undefined || area === OUTSIDE_SCOTLAND) return false;
    const entry = this.indicatorOf.get(indicatorId);
    const { indicator } = entry;
    const period = entry.periods.get(periodText);
    if (!indicator || !period || this.earlierPlace(entry, area, period, place) !== undefined) return false;
    this.points.push(newPoint(indicator, area, period, value));
    return true;
  }

  /** The points kept, in source order; the skipped rows are now reported. Call once, after the last check. */
  finish(): SeriesPoint[] {
    // A loop, not push(...skipped): a file can skip more rows than a call takes arguments.
    for (const issue of this.skipped.skipped) this.log.skipped.push(issue);
    return this.points;
  }

  private point(draft: ObservationDraft, place: number): SeriesPoint | undefined {
    const { log } = this;
    const before = log.problems.length;
    const area = this.areaOf.get(draft.area);
    if (area === OUTSIDE_SCOTLAND) {
      this.skipped.skip(draft.locate('area'), 'area', `area ${draft.area.trim()} is outside Scotland; row skipped`);
      return undefined;
    }
    if (area === undefined) {
      const areaText = draft.area.trim();
      log.error(draft.locate('area'), 'area', areaText === '' ? 'missing area' : `unknown area "${areaText}"`);
    }
    const entry = this.indicatorOf.get(draft.indicator);
    const { indicator } = entry;
    if (!indicator && !this.invalidIndicators?.has(draft.indicator)) {
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
    if (value instanceof Problem || status instanceof Problem || area === undefined || !period || !indicator || log.problems.length > before) {
      return undefined;
    }

    const number = typeof value === 'number' ? value : null;
    let finalStatus = status;
    const finalMarker = (typeof value === 'number' ? undefined : value.marker) ?? (marker === '' ? undefined : marker);
    if (number === null && finalMarker !== undefined) {
      const meaning = markerStatus(finalMarker);
      if (meaning === undefined) {
        log.error(draft.locate('marker'), 'marker', `unknown marker "${finalMarker}" (expected ${KNOWN_MARKERS})`);
        return undefined;
      }
      finalStatus ??= meaning;
    }
    if (number === null) finalStatus ??= 'not-available';
    if (number !== null && finalStatus !== undefined && NO_VALUE_STATUSES.has(finalStatus)) {
      log.error(draft.locate('status'), 'status', `status is ${finalStatus} but there is a value (${number})`);
      return undefined;
    }
    if (number === null && finalStatus !== undefined && !NO_VALUE_STATUSES.has(finalStatus)) {
      log.error(draft.locate('value'), 'value', `missing value for a ${finalStatus} observation (use status suppressed or not-available when there is no value)`);
      return undefined;
    }

    const earlier = this.earlierPlace(entry, area, period, place);
    if (earlier !== undefined) {
      log.error(draft.locate('period'), 'period', `duplicate observation for ${indicator.id}, ${area.code}, ${period.label} (first at ${describeLocation(this.locatePeriod(earlier))})`);
      return undefined;
    }

    const point = newPoint(indicator, area, period, number);
    const { observation } = point;
    if (lower !== undefined) observation.lower = lower;
    if (upper !== undefined) observation.upper = upper;
    if (numerator !== undefined) observation.numerator = numerator;
    if (denominator !== undefined) observation.denominator = denominator;
    if (finalStatus !== undefined) observation.status = finalStatus;
    if (finalMarker !== undefined) observation.marker = finalMarker;
    return point;
  }

  /**
   * The place of an earlier observation of the same indicator, area and period (after retired
   * codes, name variants and label forms are resolved); undefined, and this place recorded, when
   * there is none.
   */
  private earlierPlace(entry: IndicatorEntry, area: ResolvedArea, period: Period, place: number): number | undefined {
    let firsts = entry.firsts[area.number];
    if (!firsts) entry.firsts[area.number] = firsts = [];
    const periodNumber = entry.periodNumbers.of(period.label);
    const earlier = firsts[periodNumber];
    if (earlier === undefined) firsts[periodNumber] = place;
    return earlier;
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

/** A checked observation's point, before its optional fields are added. */
function newPoint(indicator: Indicator, area: ResolvedArea, period: Period, value: number | null): SeriesPoint {
  const observation: Observation = { indicator: indicator.id, area: area.code, period: period.label, value };
  return { period, value, observation };
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
