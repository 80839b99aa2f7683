/**
 * The minimal shape the measures read from a series, so they work on a Dataset's `SeriesPoint`s
 * and on plain arrays alike.
 *
 * @module
 */
import { comparePeriods, parsePeriod } from '../period/period.js';
import type { Period } from '../period/period.js';
import { isFiniteNumber } from './numbers.js';

/** A value at a period; `SeriesPoint` is one. A `null` (or non-finite) value counts as missing. */
export interface TimedValue {
  /** The parsed period the value is for. */
  readonly period: Period;
  /** The value; `null` (or non-finite) when missing. */
  readonly value: number | null;
}

/** A point known to carry a finite value. */
export type ValuedPoint<P extends TimedValue> = P & {
  /** The value, always a finite number. */
  readonly value: number;
};

/** The points that carry a finite value, in time order (the input need not be sorted). */
export function valuedPoints<P extends TimedValue>(series: readonly P[]): Array<ValuedPoint<P>> {
  return series
    .filter((point): point is ValuedPoint<P> => isFiniteNumber(point.value))
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * Whether `label` names the point's period: the canonical label, or any spelling that
 * {@link parsePeriod} reads to the same period (`2019-20` matches `2019/20`).
 */
export function isPeriod(period: Period, label: string): boolean {
  if (period.label === label) return true;
  const parsed = parsePeriod(label, period.type);
  return parsed !== undefined && parsed.start === period.start && parsed.end === period.end;
}

/** The points at or before `period` (by {@link comparePeriods}): a measure "as of" a period ignores later ones. */
export function upTo<P extends TimedValue>(points: readonly P[], period: Period): P[] {
  return points.filter((point) => comparePeriods(point.period, period) <= 0);
}
