/**
 * Sparkline geometry: a series scaled into a small box as an SVG path, so a card draws its trend
 * line without a charting library.
 *
 * @module
 */
import type { TimedValue } from './series.js';
import { valuedPoints } from './series.js';

/** The box a sparkline is drawn in, in SVG user units (its `viewBox` is `0 0 width height`). */
export interface SparklineBox {
  /** Box width; time runs from left (oldest) to right (latest). */
  width: number;
  /** Box height; higher values sit nearer the top. */
  height: number;
  /** Space kept clear inside the box's edges (room for the end marker): one number, or per axis. Default 0. */
  padding?:
    | number
    | {
        /** Space kept clear at the left and right edges. */
        x: number;
        /** Space kept clear at the top and bottom edges. */
        y: number;
      };
}

/** A point in the box, in SVG user units. */
export interface SparklinePoint {
  /** Distance from the left edge, rounded to 2 decimals. */
  x: number;
  /** Distance from the top edge (SVG's y axis points down), rounded to 2 decimals. */
  y: number;
}

/** A sparkline drawn in a {@link SparklineBox}. */
export interface Sparkline {
  /** The SVG path data: `M x,y L x,y …`, oldest period first. */
  d: string;
  /** The latest point, where a card puts its end marker. */
  end: SparklinePoint;
}

/**
 * Scales the points with a value (time order, whatever the input order) into the box: time runs
 * left to right, higher values sit higher. A flat series is drawn across the middle; coordinates are
 * rounded to 2 decimals. Undefined with fewer than two valued points (a line needs two).
 */
export function sparklinePath(points: readonly TimedValue[], box: SparklineBox): Sparkline | undefined {
  const valued = valuedPoints(points);
  if (valued.length < 2) return undefined;
  const pad = typeof box.padding === 'number' ? { x: box.padding, y: box.padding } : (box.padding ?? { x: 0, y: 0 });
  const toX = scale(valued.map((p) => p.period.position), pad.x, box.width - pad.x);
  // SVG's y axis points down: the largest value maps to the top edge.
  const toY = scale(valued.map((p) => p.value), box.height - pad.y, pad.y);
  const drawn = valued.map((p) => ({ x: round(toX(p.period.position)), y: round(toY(p.value)) }));
  return { d: drawn.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(''), end: drawn[drawn.length - 1]! };
}

/** A linear map from the values' extent onto [from, to]; a zero-width extent maps to the middle. */
function scale(values: readonly number[], from: number, to: number): (value: number) => number {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  // Halved first, so the span of two huge finite values (±1e308) cannot overflow to Infinity.
  const span = high / 2 - low / 2;
  if (span === 0) return () => (from + to) / 2;
  return (value) => from + ((value / 2 - low / 2) / span) * (to - from);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
