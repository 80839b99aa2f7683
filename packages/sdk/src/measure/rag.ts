/**
 * Red/amber/green against a comparator, the CPOP way.
 *
 * @module
 */
import type { Indicator } from '../model/types.js';
import type { Period } from '../period/period.js';
import { finiteOrUndefined, scaleOf } from './numbers.js';
import { compareKeys, judge, judgedPolarity } from './polarity.js';
import type { Judgement } from './polarity.js';
import { valuedPoints } from './series.js';
import type { TimedValue, ValuedPoint } from './series.js';
import { fitImprovement, valueAndTarget } from './trend.js';

/**
 * RAG status. `not-enough-data` when there are too few shared periods to judge; `not-judged` for
 * neutral indicators (and target-range ones without a target), which have no better or worse.
 */
export type RagStatus = 'green' | 'amber' | 'red' | 'not-enough-data' | 'not-judged';

/** A RAG status and the evidence for it. */
export interface RagResult {
  /** The rating: green, amber or red, or why there is none. */
  status: RagStatus;
  /** The latest period in which both the area and the comparator have values. */
  period?: Period;
  /** The area's level against the comparator's in `period`. */
  level?: Judgement;
  /** The area's rate of improvement, in the indicator's unit per year (positive = improving). */
  rate?: number;
  /** The comparator's rate of improvement over the same periods. */
  comparatorRate?: number;
  /** The area's rate against the comparator's: `better` means improving faster. */
  pace?: Judgement;
  /** How many shared periods the rates were fitted over. */
  periods: number;
}

/** Options for {@link ragStatus}. */
export interface RagOptions {
  /** Fit the rates over only the last N shared periods (at least 2). Default: every shared period. */
  window?: number;
}

/**
 * The CPOP RAG rule: **green** when the area is better than the comparator in the latest period
 * AND improving faster; **red** when it is worse AND improving slower; **amber** otherwise
 * (mixed, or level or pace the same).
 *
 * Rate of improvement: the least-squares slope per year of the value (negated for lower-is-better;
 * for target-range, of minus the distance to `indicator.target`) over the periods in which both
 * the area and the comparator have values, so both rates cover the same years. It is in the
 * indicator's own unit (percentage points a year for percentages), so it suits indicators that are
 * comparable between areas (percentages, rates, costs per head), as the level comparison does.
 * Better, worse and faster are judged at 12 significant digits. Fewer than two shared periods
 * gives `not-enough-data`; a neutral indicator gives `not-judged`.
 */
export function ragStatus(
  series: readonly TimedValue[],
  comparatorSeries: readonly TimedValue[],
  indicator: Pick<Indicator, 'polarity' | 'target'>,
  options: RagOptions = {},
): RagResult {
  const window = options.window ?? Infinity;
  if (!(window === Infinity || (Number.isInteger(window) && window >= 2))) throw new RangeError(`RAG window must be a whole number of at least 2, not ${window}`);
  if (judgedPolarity(indicator.polarity, indicator.target) === 'neutral') return { status: 'not-judged', periods: 0 };

  const comparatorByLabel = new Map(valuedPoints(comparatorSeries).map((point) => [point.period.label, point]));
  const areaPoints: Array<ValuedPoint<TimedValue>> = [];
  const comparatorPoints: Array<ValuedPoint<TimedValue>> = [];
  for (const point of valuedPoints(series)) {
    const other = comparatorByLabel.get(point.period.label);
    if (!other) continue;
    areaPoints.push(point);
    comparatorPoints.push(other);
  }
  const shared = Math.min(areaPoints.length, window);
  const latestArea = areaPoints[areaPoints.length - 1];
  const latestComparator = comparatorPoints[comparatorPoints.length - 1];
  if (!latestArea || !latestComparator) return { status: 'not-enough-data', periods: 0 };

  const level = judge(latestArea.value, latestComparator.value, indicator.polarity, indicator.target);
  // One scale for both, so the two slopes are compared like for like without overflow.
  const scale = scaleOf([...valueAndTarget(areaPoints, indicator.target), ...comparatorPoints.map((point) => point.value)]);
  const areaFit = fitImprovement(areaPoints.slice(-shared), indicator, scale)?.improvement;
  const comparatorFit = fitImprovement(comparatorPoints.slice(-shared), indicator, scale)?.improvement;
  const evidence = { period: latestArea.period, ...(level ? { level } : {}), periods: shared };
  if (!areaFit || !comparatorFit || !level) return { status: 'not-enough-data', ...evidence };

  const pace = compareKeys(areaFit.slope, comparatorFit.slope);
  const status: RagStatus =
    level === 'better' && pace === 'better' ? 'green' : level === 'worse' && pace === 'worse' ? 'red' : 'amber';
  return {
    status,
    ...evidence,
    rate: finiteOrUndefined(areaFit.slope * scale),
    comparatorRate: finiteOrUndefined(comparatorFit.slope * scale),
    pace,
  };
}
