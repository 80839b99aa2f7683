/**
 * Competition ranking of areas by polarity.
 *
 * @module
 */
import type { Polarity } from '../model/types.js';
import { isFiniteNumber, precisionKey } from './numbers.js';
import { merit } from './polarity.js';

/** One area's place in a ranking. */
export interface RankedArea {
  /** The area, as given in the input points. */
  area: string;
  /** The area's value, always finite (areas without one are not ranked). */
  value: number;
  /** 1 is best; tied areas share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
  /** How many areas were ranked (those with values). */
  of: number;
  /** True when at least one other area has the same rank. */
  tied: boolean;
}

/** Options for {@link rank}. */
export interface RankOptions {
  /** The best value, for `target-range` polarity. */
  target?: number;
}

/**
 * Ranks areas by value, best first.
 *
 * Rules: 1 is best by polarity (highest for higher-is-better, lowest for lower-is-better, closest to
 * `options.target` for target-range); equal values (at 12 significant digits) share a rank and the
 * ranks after them are skipped (competition ranking 1, 2, 2, 4). Areas with a null or non-finite
 * value are unranked: left out of the result and not counted in `of`. A `neutral` indicator (or
 * target-range without a target) is ordered highest value first, a position rather than a judgement.
 * Ties keep the input order.
 */
export function rank(
  points: ReadonlyArray<{ area: string; value: number | null }>,
  polarity: Polarity,
  options: RankOptions = {},
): RankedArea[] {
  const scored = points
    .filter((point): point is { area: string; value: number } => isFiniteNumber(point.value))
    .map((point) => ({ area: point.area, value: point.value, key: precisionKey(merit(point.value, polarity, options.target) ?? point.value) }))
    // Not `b.key - a.key`: two -Infinity keys (an overflowed distance) would give NaN.
    .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  const of = scored.length;
  const tieCounts = new Map<number, number>();
  for (const { key } of scored) tieCounts.set(key, (tieCounts.get(key) ?? 0) + 1);
  const ranked: RankedArea[] = [];
  let currentRank = 0;
  scored.forEach(({ area, value, key }, index) => {
    if (index === 0 || key !== scored[index - 1]?.key) currentRank = index + 1;
    ranked.push({ area, value, rank: currentRank, of, tied: (tieCounts.get(key) ?? 0) > 1 });
  });
  return ranked;
}
