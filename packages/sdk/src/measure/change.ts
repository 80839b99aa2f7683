/**
 * Change between two points of a series.
 *
 * @module
 */
import type { SeriesPoint } from '../query/dataset.js';
import { finiteOrUndefined } from './numbers.js';
import { isPeriod, valuedPoints } from './series.js';
import type { TimedValue, ValuedPoint } from './series.js';

/** Absolute and relative change from one point to a later one. */
export interface Change<P extends TimedValue = SeriesPoint> {
  /** The earlier point (the base). */
  from: ValuedPoint<P>;
  /** The later point. */
  to: ValuedPoint<P>;
  /** `to.value − from.value`, in the indicator's unit (percentage points for percentages). */
  absolute: number;
  /**
   * The change as a fraction of the base's size, `absolute / |from.value|` (0.05 = 5 %); its sign
   * always matches `absolute`. Undefined when the base is 0.
   */
  relative: number | undefined;
}

/** Which two periods to compare; by default the latest two with values. */
export interface ChangeOptions {
  /** Base period label (any spelling `parsePeriod` reads). Default: the last period with a value before `to`. */
  from?: string;
  /** Later period label. Default: the latest period with a value. */
  to?: string;
}

/**
 * Change between the latest two points that have values, or between the periods named in `options`.
 *
 * Rules: points without a finite value are skipped; the result is undefined when fewer than two
 * points have values, when a named period has no value, or when the difference overflows.
 * `relative` is undefined when the base is 0. Never returns NaN or Infinity.
 *
 * @example change(dataset.series('CHN18', 'S12000033'))?.absolute // 5.2 (2019/20 → 2020/21)
 */
export function change<P extends TimedValue>(series: readonly P[], options: ChangeOptions = {}): Change<P> | undefined {
  const points = valuedPoints(series);
  const toIndex = options.to === undefined ? points.length - 1 : indexOfPeriod(points, options.to);
  if (toIndex < 0) return undefined;
  const fromIndex = options.from === undefined ? toIndex - 1 : indexOfPeriod(points, options.from);
  if (fromIndex < 0 || fromIndex === toIndex) return undefined;
  const from = points[fromIndex] as ValuedPoint<P>;
  const to = points[toIndex] as ValuedPoint<P>;
  const absolute = finiteOrUndefined(to.value - from.value);
  if (absolute === undefined) return undefined;
  const relative = from.value === 0 ? undefined : finiteOrUndefined(absolute / Math.abs(from.value));
  return { from, to, absolute, relative };
}

function indexOfPeriod(points: readonly TimedValue[], label: string): number {
  return points.findIndex((point) => isPeriod(point.period, label));
}
