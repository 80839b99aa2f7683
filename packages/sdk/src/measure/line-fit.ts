/**
 * Ordinary least squares for trends, rates of improvement and projections.
 *
 * @module
 */
import { scaledSlope } from './numbers.js';

/** A fitted straight line `y = meanY + slope × (x − meanX)`; a slope within rounding noise is 0 (see `scaledSlope`). */
export interface LineFit {
  slope: number;
  meanX: number;
  meanY: number;
}

/**
 * Least-squares line through `[x, y]` points; undefined with fewer than two points or when every
 * x is the same (no slope exists). Callers pass scaled y values (see `scaleOf`) so sums cannot overflow.
 */
export function fitLine(points: ReadonlyArray<readonly [x: number, y: number]>): LineFit | undefined {
  if (points.length < 2) return undefined;
  let sumX = 0;
  let sumY = 0;
  for (const [x, y] of points) {
    sumX += x;
    sumY += y;
  }
  const meanX = sumX / points.length;
  const meanY = sumY / points.length;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
  }
  if (!(sxx > 0)) return undefined;
  const slope = scaledSlope(sxy / sxx);
  return Number.isFinite(slope) ? { slope, meanX, meanY } : undefined;
}

/** The fitted line's value at `x`. */
export function valueAt(fit: LineFit, x: number): number {
  return fit.meanY + fit.slope * (x - fit.meanX);
}
