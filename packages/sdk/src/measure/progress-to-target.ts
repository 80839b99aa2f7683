/**
 * Progress of a LOIP outcome measure from its baseline towards its target, with a least-squares
 * projection to the target period.
 *
 * @module
 */
import type { Locale } from '../geography/geography.js';
import { formatPeriod, formatValue } from '../format/format.js';
import type { ValueFormat } from '../format/format.js';
import { t } from '../format/messages.js';
import { OmfDataError, OmfLookupError } from '../model/errors.js';
import type { DataIssue } from '../model/errors.js';
import type { Indicator, OutcomeMeasure, PeriodType, PeriodValue, Polarity } from '../model/types.js';
import { comparePeriods, parsePeriod } from '../period/period.js';
import type { Period } from '../period/period.js';
import type { Dataset } from '../query/dataset.js';
import { fitLine, valueAt } from './line-fit.js';
import type { LineFit } from './line-fit.js';
import { finiteOrUndefined, isFiniteNumber, precisionKey, scaleOf } from './numbers.js';
import { frames } from './sentences.js';

/** Where a measure stands against its target. */
export type ProgressStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'not-enough-data';

/** A value at a parsed period. */
export interface PeriodPoint {
  /** The parsed period. */
  period: Period;
  /** The value at that period, in the measure's unit. */
  value: number;
}

/** The least-squares projection to the target period, or why there is none. */
export type Projection =
  | {
      /** The target period the line is read at. */
      period: Period;
      /** The fitted line's value at the target period, in the measure's unit. */
      value: number;
      /** Projected share of the way from baseline to target, in percent (uncapped); undefined when the target equals the baseline. */
      percentOfWay: number | undefined;
    }
  | {
      /** Why there is no projection: fewer than {@link MIN_PROJECTION_POINTS} points. */
      reason: 'not-enough-data';
    };

/** What {@link progressToTarget} returns. */
export interface TargetProgress {
  /** Which way the measure must move: up, down, or hold (a target equal to its baseline with no polarity). */
  direction: 'up' | 'down' | 'hold';
  /** The measure's baseline, period parsed. */
  baseline: PeriodPoint;
  /** The measure's target, period parsed. */
  target: PeriodPoint;
  /** The latest observation (as of `asOf`); undefined when there is none. */
  latest?: PeriodPoint;
  /**
   * Share of the distance from baseline to target covered by the latest value, in percent:
   * `(latest − baseline) / (target − baseline) × 100`. Uncapped: above 100 past the target,
   * negative when moving away. Undefined with no latest value or when the target equals the baseline.
   */
  percentOfWay?: number;
  /** `percentOfWay` clamped to 0–100, for a progress bar. */
  percentOfWayShown?: number;
  /** The least-squares projection to the target period, or `{reason: 'not-enough-data'}`. */
  projection: Projection;
  /** Where the measure stands, by the first rule of {@link progressToTarget} that applies. */
  status: ProgressStatus;
  /** The status as RAG: achieved and on-track green, at-risk amber, off-track red; undefined for not-enough-data. */
  rag?: 'green' | 'amber' | 'red';
  /** Observations used, as of `asOf`. */
  observations: PeriodPoint[];
  /** A plain sentence a screen reader can read, in the locale. */
  sentence: string;
}

/** Options for {@link progressToTarget}. */
export interface ProgressOptions {
  /** Judge as of this date or period: observations whose period ends after it are ignored. Default: all. */
  asOf?: string;
  /** Where a measure with an `indicator` (and no own observations) finds them. */
  dataset?: Dataset;
  /** The area whose observations count; default `measure.area` (pass the plan's area otherwise). */
  area?: string;
  /** Language of `sentence`. Default `en`. */
  locale?: Locale;
}

/** An at-risk projection covers at least this share of the way from baseline to target (otherwise off-track). */
export const AT_RISK_SHARE = 0.75;
/** A projection needs at least this many points (baseline included). */
export const MIN_PROJECTION_POINTS = 3;

/**
 * Progress of an outcome measure towards its target.
 *
 * Observations are the measure's own `observations`, or else the dataset's series for
 * `measure.indicator` in `options.area ?? measure.area`. Direction comes from the measure's
 * `polarity`, else the indicator's: higher-is-better counts upward and lower-is-better downward;
 * otherwise (target-range, neutral, none) the direction from baseline to target.
 *
 * Projection: a least-squares line over the baseline and the observations (period midpoints in
 * years), read at the target period; with fewer than three points, `{reason: 'not-enough-data'}`.
 *
 * Status, first rule that applies:
 * 1. `not-enough-data`: no observation yet;
 * 2. `achieved`: the latest value meets or passes the target in the measure's direction;
 * 3. `off-track`: the target period has been reached without achieving it;
 * 4. `not-enough-data`: no projection (fewer than three points);
 * 5. `off-track`: the fitted line moves away from the target;
 * 6. `on-track`: the projection meets or passes the target;
 * 7. `at-risk`: the projection covers at least {@link AT_RISK_SHARE} (75 %) of the way from baseline to target;
 * 8. `off-track` otherwise.
 * A `hold` measure is achieved only while the latest value equals the target. Comparisons are at
 * 12 significant digits. Never returns NaN or Infinity.
 *
 * @throws OmfDataError when a baseline, target or observation period cannot be read.
 * @throws OmfLookupError for an unknown indicator or area, or an indicator measure with no area.
 * @throws TypeError for an indicator measure without own observations when no dataset is given.
 * @throws RangeError when `asOf` is not a date or period.
 */
export function progressToTarget(measure: OutcomeMeasure, options: ProgressOptions = {}): TargetProgress {
  const locale = options.locale ?? 'en';
  const indicator = indicatorFor(measure, options.dataset);
  const periodType = indicator?.periodType;
  const asOf = options.asOf === undefined ? undefined : parsePeriod(options.asOf);
  if (options.asOf !== undefined && !asOf) throw new RangeError(`asOf must be a date or period, not "${options.asOf}"`);

  const issues: DataIssue[] = [];
  const baseline = readPoint(measure.baseline, 'baseline', periodType, issues);
  const target = readPoint(measure.target, 'target', periodType, issues);
  const own = measure.observations?.map((observation, index) => readPoint(observation, `observations/${index}`, periodType, issues));
  if (!baseline || !target || issues.length > 0) throw new OmfDataError(issues.map((issue) => ({ ...issue, message: `measure "${measure.id}": ${issue.message}` })));

  const observations = (own ?? datasetObservations(measure, options))
    .filter((point): point is PeriodPoint => point !== undefined && isFiniteNumber(point.value))
    .filter((point) => !asOf || point.period.end <= asOf.end)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const latest = observations.at(-1);
  const direction = directionOf(measure.polarity ?? indicator?.polarity, baseline.value, target.value);

  const way = new TargetWay(baseline, target, direction, [baseline.value, target.value, ...observations.map((point) => point.value)]);
  const fitted = projectionFit(baseline, observations, way.scale);
  const projectedValue = fitted ? finiteOrUndefined(valueAt(fitted, target.period.position) * way.scale) : undefined;
  const projection: Projection =
    fitted && projectedValue !== undefined
      ? { period: target.period, value: projectedValue, percentOfWay: way.share(projectedValue) }
      : { reason: 'not-enough-data' };

  const status = statusOf(way, latest, fitted, projectedValue);
  const percentOfWay = latest ? way.share(latest.value) : undefined;
  const result: TargetProgress = {
    direction,
    baseline,
    target,
    ...(latest ? { latest } : {}),
    ...(percentOfWay !== undefined ? { percentOfWay, percentOfWayShown: Math.min(100, Math.max(0, percentOfWay)) } : {}),
    projection,
    status,
    ...(RAG[status] ? { rag: RAG[status] } : {}),
    observations,
    sentence: '',
  };
  result.sentence = sentenceFor(measure, result, valueFormatFor(measure, indicator), locale);
  return result;
}

/** The way from baseline to target, measured on values scaled into [-1, 1] so no difference or ratio can overflow. */
class TargetWay {
  readonly scale: number;
  private readonly sign: number;

  constructor(
    private readonly baseline: PeriodPoint,
    readonly target: PeriodPoint,
    direction: TargetProgress['direction'],
    values: readonly number[],
  ) {
    this.scale = scaleOf(values);
    this.sign = direction === 'up' ? 1 : direction === 'down' ? -1 : 0;
  }

  /** Share of the way from baseline to target, in percent (uncapped); undefined when they are equal. */
  share(value: number): number | undefined {
    const { baseline, target, scale } = this;
    if (target.value === baseline.value) return undefined;
    return finiteOrUndefined(((value - baseline.value) / scale / ((target.value - baseline.value) / scale)) * 100);
  }

  /** Whether a value meets or passes the target in the measure's direction (equals it, for hold). */
  meets(value: number): boolean {
    const gap = precisionKey(value / this.scale - this.target.value / this.scale);
    return this.sign === 0 ? gap === 0 : this.sign * gap >= 0;
  }

  /** Whether a (scaled) slope moves away from the target: against the direction, or any slope for hold. */
  movesAway(slope: number): boolean {
    const key = precisionKey(slope);
    return this.sign === 0 ? key !== 0 : this.sign * key < 0;
  }
}

function statusOf(way: TargetWay, latest: PeriodPoint | undefined, fitted: LineFit | undefined, projectedValue: number | undefined): ProgressStatus {
  if (!latest) return 'not-enough-data';
  if (way.meets(latest.value)) return 'achieved';
  if (comparePeriods(latest.period, way.target.period) >= 0) return 'off-track';
  if (!fitted || projectedValue === undefined) return 'not-enough-data';
  if (way.movesAway(fitted.slope)) return 'off-track';
  if (way.meets(projectedValue)) return 'on-track';
  const projectedShare = way.share(projectedValue);
  return projectedShare !== undefined && projectedShare >= AT_RISK_SHARE * 100 ? 'at-risk' : 'off-track';
}

const RAG: Partial<Record<ProgressStatus, 'green' | 'amber' | 'red'>> = {
  achieved: 'green',
  'on-track': 'green',
  'at-risk': 'amber',
  'off-track': 'red',
};

function indicatorFor(measure: OutcomeMeasure, dataset: Dataset | undefined): Indicator | undefined {
  if (measure.indicator === undefined || !dataset) return undefined;
  const indicator = dataset.indicator(measure.indicator);
  if (!indicator) throw new OmfLookupError('indicator', measure.indicator);
  return indicator;
}

function datasetObservations(measure: OutcomeMeasure, options: ProgressOptions): PeriodPoint[] {
  if (measure.indicator === undefined) return [];
  if (!options.dataset) {
    throw new TypeError(`measure "${measure.id}" takes its observations from indicator "${measure.indicator}": pass options.dataset`);
  }
  const area = options.area ?? measure.area;
  if (area === undefined) throw new OmfLookupError('area', '', `measure "${measure.id}" needs an area: pass options.area (the plan's area)`);
  return options.dataset
    .series(measure.indicator, area)
    .filter((point): point is typeof point & { value: number } => point.value !== null)
    .map(({ period, value }) => ({ period, value }));
}

function readPoint(point: PeriodValue, field: string, hint: PeriodType | undefined, issues: DataIssue[]): PeriodPoint | undefined {
  const period = parsePeriod(point.period, hint);
  if (!period) issues.push({ field: `${field}/period`, message: `"${point.period}" is not a period` });
  if (!isFiniteNumber(point.value)) issues.push({ field: `${field}/value`, message: `${String(point.value)} is not a number` });
  return period && isFiniteNumber(point.value) ? { period, value: point.value } : undefined;
}

function directionOf(polarity: Polarity | undefined, baseline: number, target: number): TargetProgress['direction'] {
  if (polarity === 'higher-is-better') return 'up';
  if (polarity === 'lower-is-better') return 'down';
  return target > baseline ? 'up' : target < baseline ? 'down' : 'hold';
}

/** Least squares over the baseline and the observations (an observation replaces the baseline in the same period). */
function projectionFit(baseline: PeriodPoint, observations: readonly PeriodPoint[], scale: number): LineFit | undefined {
  const points = observations.some((point) => point.period.label === baseline.period.label) ? observations : [baseline, ...observations];
  if (points.length < MIN_PROJECTION_POINTS) return undefined;
  return fitLine(points.map((point) => [point.period.position, point.value / scale] as const));
}

/** How a measure's values are written: its indicator's format, else its own unit with the decimals its figures use (at most 2). */
export function valueFormatFor(measure: OutcomeMeasure, indicator: Indicator | undefined): ValueFormat {
  if (indicator) return indicator;
  // A measure without an indicator shows as many decimals as its own figures use (at most 2).
  const numbers = [measure.baseline.value, measure.target.value, ...(measure.observations ?? []).map((point) => point.value)];
  const decimals = Math.min(2, Math.max(0, ...numbers.filter(isFiniteNumber).map(decimalPlaces)));
  return { unit: measure.unit ?? 'score', decimals };
}

function decimalPlaces(value: number): number {
  const text = String(value);
  return /e/i.test(text) ? 0 : (text.split('.')[1]?.length ?? 0);
}

function sentenceFor(measure: OutcomeMeasure, progress: TargetProgress, format: ValueFormat, locale: Locale): string {
  const value = (number: number) => formatValue(number, format, { locale });
  const ends = {
    title: measure.title,
    baseline: value(progress.baseline.value),
    baselinePeriod: formatPeriod(progress.baseline.period, locale),
    target: value(progress.target.value),
    targetPeriod: formatPeriod(progress.target.period, locale),
  };
  if (!progress.latest) return frames.progressNoData({ ...ends, noData: t('no-data', locale) });
  let sentence = frames.progress({ ...ends, latest: value(progress.latest.value), latestPeriod: formatPeriod(progress.latest.period, locale) });
  if (progress.percentOfWay !== undefined) {
    sentence += frames.percentOfWay({ percent: formatValue(progress.percentOfWay, { unit: 'percent', decimals: 0 }, { locale }) });
  }
  if ('value' in progress.projection) {
    sentence += frames.projected({ value: value(progress.projection.value), period: ends.targetPeriod });
  }
  return sentence + frames.status({ word: t(progress.status, locale) });
}
