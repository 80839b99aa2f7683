/**
 * The closed word lists of the model (units, polarities, period types, statuses), with guards
 * and the lenient spellings other publishers use for them.
 *
 * @module
 */
import type { ActionStatus, ObservationStatus, PeriodType, Polarity, Unit } from '../model/types.js';

const UNITS: readonly Unit[] = ['percent', 'count', 'rate', 'currency', 'ratio', 'score', 'hours', 'days', 'index'];
const POLARITIES: readonly Polarity[] = ['higher-is-better', 'lower-is-better', 'target-range', 'neutral'];
const PERIOD_TYPES: readonly PeriodType[] = [
  'academic-year',
  'financial-year',
  'calendar-year',
  'quarter',
  'month',
  'date',
  'multi-year',
];
const OBSERVATION_STATUSES: readonly ObservationStatus[] = [
  'provisional',
  'revised',
  'suppressed',
  'not-available',
  'imputed',
  'projected',
];

/** The default action-plan status vocabulary. */
export const ACTION_STATUSES: readonly ActionStatus[] = [
  'not-started',
  'on-track',
  'at-risk',
  'off-track',
  'complete',
  'cancelled',
];

const oneOf =
  <T extends string>(words: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (words as readonly string[]).includes(value);

/** True for a {@link Unit}. */
export const isUnit = oneOf(UNITS);
/** True for a {@link Polarity}. */
export const isPolarity = oneOf(POLARITIES);
/** True for a {@link PeriodType}. */
export const isPeriodType = oneOf(PERIOD_TYPES);
/** True for an {@link ObservationStatus}. */
export const isObservationStatus = oneOf(OBSERVATION_STATUSES);
/** True for an {@link ActionStatus}. */
export const isActionStatus = oneOf(ACTION_STATUSES);

/** The word lists joined for messages, e.g. `percent, count, ...`. */
export const describe = {
  units: UNITS.join(', '),
  polarities: POLARITIES.join(', '),
  periodTypes: PERIOD_TYPES.join(', '),
  statuses: OBSERVATION_STATUSES.join(', '),
  actionStatuses: ACTION_STATUSES.join(', '),
} as const;

/** A unit with its `per` denominator, as read from a publisher's wording. */
export interface UnitReading {
  unit: Unit;
  per?: number;
}

/**
 * Reads a publisher's unit wording: our own words, LGBF `measure_type` (`Percentage`, `Cost`,
 * `Rate per 1,000`), statistics.gov.scot `Measurement`/`Units` (`Percent`, `Count`, `Ratio`,
 * `Mean`, `Pounds (GBP)`) and JSON-stat unit symbols (`%`, `£`). Undefined when not recognised.
 */
export function readUnit(text: string): UnitReading | undefined {
  const words = text.trim().toLowerCase();
  if (isUnit(words)) return { unit: words };
  const rate = /\bper\s+([\d,]+)/.exec(words);
  if (rate?.[1]) return { unit: 'rate', per: Number(rate[1].replace(/,/g, '')) };
  if (words === '%' || /^percent(age)?s?\b/.test(words)) return { unit: 'percent' };
  if (words === '£' || /^(cost|pounds?|gbp|£)\b/.test(words)) return { unit: 'currency' };
  if (/^(count|number|people|persons)\b/.test(words)) return { unit: 'count' };
  if (/^(score|mean|median|average)\b/.test(words)) return { unit: 'score' };
  if (/^ratio\b/.test(words)) return { unit: 'ratio' };
  if (/^hours?\b/.test(words)) return { unit: 'hours' };
  if (/^days?\b/.test(words)) return { unit: 'days' };
  if (/^index\b/.test(words)) return { unit: 'index' };
  return undefined;
}

const POLARITY_WORDS = new Map<string, Polarity>([
  // Stirling Council's LGBF ranking types.
  ['descending', 'higher-is-better'],
  ['ascending', 'lower-is-better'],
  ['goldilocks', 'target-range'],
]);

/**
 * Reads a polarity written our way or with underscores/spaces (`higher_is_better`,
 * `Higher is better`), or as an LGBF ranking type (`Descending`, `Ascending`, `Goldilocks`).
 */
export function readPolarity(text: string): Polarity | undefined {
  const words = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return isPolarity(words) ? words : POLARITY_WORDS.get(words);
}
