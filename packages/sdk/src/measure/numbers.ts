/**
 * Numeric guards shared by the measures: no measure may return NaN or Infinity.
 *
 * @module
 */

/** True for a number that is neither NaN nor ±Infinity. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The value itself when finite; undefined when the arithmetic overflowed or had no answer. */
export function finiteOrUndefined(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The value rounded to 12 significant digits, so floating-point noise (0.1 + 0.2) never decides
 * a rank, a tie or a better/worse judgement. Rounding is monotone, so order is preserved.
 */
export function precisionKey(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

/**
 * A slope fitted to values scaled into [-1, 1] (see {@link scaleOf}), with rounding noise removed:
 * below 1e-12 of the largest value per year it is 0, so a flat series is never "increasing".
 */
export function scaledSlope(slope: number): number {
  return Math.abs(slope) < 1e-12 ? 0 : slope;
}

/**
 * A positive divisor that brings every value into [-1, 1]: arithmetic on scaled values cannot
 * overflow even for values near `Number.MAX_VALUE`. 1 when every value is 0.
 */
export function scaleOf(values: Iterable<number>): number {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  return largest > 0 ? largest : 1;
}

/** The mean of finite values, computed on scaled values so the sum cannot overflow; undefined for none. */
export function meanOf(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const scale = scaleOf(values);
  return finiteOrUndefined((values.reduce((sum, value) => sum + value / scale, 0) / values.length) * scale);
}
