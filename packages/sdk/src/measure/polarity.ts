/**
 * Polarity turned into arithmetic: every judgement (trend word, rank, better/worse, RAG) compares
 * "merit", a number where larger is always better.
 *
 * @module
 */
import type { Polarity } from '../model/types.js';
import { precisionKey } from './numbers.js';

/** Better, worse or the same as something else, by the indicator's polarity. */
export type Judgement = 'better' | 'worse' | 'same';

/**
 * The polarity a measure can actually judge by: `target-range` without a target has nothing to be
 * close to, so it is treated as `neutral`.
 */
export function judgedPolarity(polarity: Polarity, target: number | undefined): Polarity {
  return polarity === 'target-range' && !Number.isFinite(target) ? 'neutral' : polarity;
}

/**
 * How good a value is, larger meaning better: the value (higher-is-better), its negation
 * (lower-is-better) or minus its distance from the target (target-range). Undefined for neutral.
 */
export function merit(value: number, polarity: Polarity, target: number | undefined): number | undefined {
  switch (judgedPolarity(polarity, target)) {
    case 'higher-is-better':
      return value;
    case 'lower-is-better':
      return -value;
    case 'target-range':
      return -Math.abs(value - (target as number));
    case 'neutral':
      return undefined;
  }
}

/** Whether `value` is better, worse or the same as `other` (at 12 significant digits); undefined for neutral. */
export function judge(value: number, other: number, polarity: Polarity, target: number | undefined): Judgement | undefined {
  const mine = merit(value, polarity, target);
  const theirs = merit(other, polarity, target);
  if (mine === undefined || theirs === undefined) return undefined;
  return compareKeys(mine, theirs);
}

/** Better/worse/same for two merits (or any two "larger is better" numbers). */
export function compareKeys(mine: number, theirs: number): Judgement {
  const a = precisionKey(mine);
  const b = precisionKey(theirs);
  return a > b ? 'better' : a < b ? 'worse' : 'same';
}
