/**
 * Trend words judged by polarity: improving, worsening, no clear change.
 *
 * @module
 */
import type { Locale } from '../geography/geography.js';
import { t } from '../format/messages.js';
import type { Indicator } from '../model/types.js';
import type { Period } from '../period/period.js';
import { fitLine } from './line-fit.js';
import type { LineFit } from './line-fit.js';
import { finiteOrUndefined, scaleOf } from './numbers.js';
import { judgedPolarity, merit } from './polarity.js';
import { valuedPoints } from './series.js';
import type { TimedValue, ValuedPoint } from './series.js';

/**
 * The trend word. `improving`/`worsening` for judged polarities; `increasing`/`decreasing` for
 * `neutral` indicators (and `target-range` ones without a target), which are described, never judged.
 */
export type TrendDirection =
  | 'improving'
  | 'worsening'
  | 'increasing'
  | 'decreasing'
  | 'no-clear-change'
  | 'not-enough-data';

/**
 * The trend word to show or read, in the locale: `improving`, `no clear change`... Use this rather
 * than `t(direction)`: `increasing` and `decreasing` are not in the message catalogue yet, so they
 * stay English in every locale until it carries them.
 */
export function trendWord(direction: TrendDirection, locale: Locale = 'en'): string {
  return direction === 'increasing' || direction === 'decreasing' ? direction : t(direction, locale);
}

/** The trend of a series and the numbers it was judged on. */
export interface Trend {
  /** The trend word; `not-enough-data` unless at least two points have values. */
  direction: TrendDirection;
  /** Points with values used (the last `window`). */
  points: number;
  /** First and last period used, when any. */
  from?: Period;
  /** Last period used, when any. */
  to?: Period;
  /** Least-squares slope of the values, in the indicator's unit per year. */
  slopePerYear?: number;
  /**
   * Least-squares slope of the improvement per year: positive is getting better. For `target-range`
   * it is how fast the distance to the target shrinks. Undefined for neutral indicators.
   */
  improvementPerYear?: number;
  /** The threshold applied, in the indicator's unit per year. */
  threshold?: number;
}

/** Options for {@link trend}. */
export interface TrendOptions {
  /** Minimum slope, in the indicator's unit per year, that counts as a change. Default: see {@link trend}. */
  threshold?: number;
  /** How many of the latest points with values to fit (at least 2). Default {@link DEFAULT_TREND_WINDOW}. */
  window?: number;
}

/** Default number of latest points a trend is fitted over (five years of annual data). */
export const DEFAULT_TREND_WINDOW = 5;
/** Default trend threshold for percentages: 0.5 percentage points a year (the NPF's ±0.5 pp change rule). */
export const PERCENT_TREND_THRESHOLD = 0.5;
/** Default trend threshold for every other unit: 1 % a year of the mean absolute value over the window. */
export const RELATIVE_TREND_THRESHOLD = 0.01;

/**
 * The trend of a series, judged by the indicator's polarity.
 *
 * Rule: fit a least-squares line to the last `window` points with values (default 5), with time in
 * years from each period's midpoint, so uneven gaps count correctly. The slope is "a clear change"
 * when its size is greater than the threshold: by default 0.5 percentage points a year for `percent`
 * indicators, and 1 % a year of the window's mean absolute value for counts, currency, rates and
 * every other unit. A clear change is `improving` or `worsening` by polarity: higher-is-better,
 * lower-is-better, or for `target-range` whether the distance to `indicator.target` shrinks
 * (so crossing the target is judged by distance, not direction). `neutral` indicators get
 * `increasing`/`decreasing`. Fewer than two points with values gives `not-enough-data`.
 * Never returns NaN or Infinity: a slope too large to represent is left undefined.
 */
export function trend(
  series: readonly TimedValue[],
  indicator: Pick<Indicator, 'unit' | 'polarity' | 'target'>,
  options: TrendOptions = {},
): Trend {
  const window = options.window ?? DEFAULT_TREND_WINDOW;
  if (!Number.isInteger(window) || window < 2) throw new RangeError(`trend window must be an integer of at least 2, not ${window}`);
  if (options.threshold !== undefined && !(options.threshold >= 0 && Number.isFinite(options.threshold))) {
    throw new RangeError(`trend threshold must be a finite number of at least 0, not ${options.threshold}`);
  }
  const points = valuedPoints(series).slice(-window);
  const first = points[0];
  const last = points[points.length - 1];
  const range = first && last ? { from: first.period, to: last.period } : {};
  const fitted = fitImprovement(points, indicator, scaleOf(valueAndTarget(points, indicator.target)));
  if (!fitted) return { direction: 'not-enough-data', points: points.length, ...range };

  const { scale, values, improvement } = fitted;
  const threshold = options.threshold ?? defaultThreshold(points, indicator, scale);
  const scaledThreshold = threshold / scale;
  // Judge on the scaled slope: the comparison holds even when the unscaled slope would overflow.
  const judged = improvement ?? values;
  const direction: TrendDirection =
    Math.abs(judged.slope) <= scaledThreshold
      ? 'no-clear-change'
      : improvement
        ? judged.slope > 0 ? 'improving' : 'worsening'
        : judged.slope > 0 ? 'increasing' : 'decreasing';
  return {
    direction,
    points: points.length,
    ...range,
    slopePerYear: finiteOrUndefined(values.slope * scale),
    ...(improvement ? { improvementPerYear: finiteOrUndefined(improvement.slope * scale) } : {}),
    threshold,
  };
}

/** Least-squares fits of scaled values and of scaled merit against time; merit is absent for neutral. */
export interface ImprovementFit {
  scale: number;
  values: LineFit;
  improvement: LineFit | undefined;
}

/**
 * Fits values and merit (see `merit`) divided by `scale` against period midpoints in years;
 * undefined when there is no slope (fewer than two points, or all at one time).
 */
export function fitImprovement(
  points: ReadonlyArray<ValuedPoint<TimedValue>>,
  indicator: Pick<Indicator, 'polarity' | 'target'>,
  scale: number,
): ImprovementFit | undefined {
  const values = fitLine(points.map((point) => [point.period.position, point.value / scale] as const));
  if (!values) return undefined;
  if (judgedPolarity(indicator.polarity, indicator.target) === 'neutral') return { scale, values, improvement: undefined };
  const target = indicator.target === undefined ? undefined : indicator.target / scale;
  const improvement = fitLine(
    points.map((point) => [point.period.position, merit(point.value / scale, indicator.polarity, target) as number] as const),
  );
  return { scale, values, improvement };
}

/** The values and (when finite) the target: what a scale must cover so merits stay within [-2, 2]. */
export function valueAndTarget(points: ReadonlyArray<ValuedPoint<TimedValue>>, target: number | undefined): number[] {
  const values = points.map((point) => point.value);
  return Number.isFinite(target) ? [...values, target as number] : values;
}

function defaultThreshold(points: ReadonlyArray<ValuedPoint<TimedValue>>, indicator: Pick<Indicator, 'unit'>, scale: number): number {
  if (indicator.unit === 'percent') return PERCENT_TREND_THRESHOLD;
  const meanScaledSize = points.reduce((sum, point) => sum + Math.abs(point.value / scale), 0) / points.length;
  return RELATIVE_TREND_THRESHOLD * meanScaledSize * scale;
}
