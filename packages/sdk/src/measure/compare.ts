/**
 * An area against a comparator: Scotland, its family group, or any other area.
 *
 * @module
 */
import { SCOTLAND_CODE } from '../geography/councils.js';
import type { Locale } from '../geography/geography.js';
import { formatValue } from '../format/format.js';
import { t } from '../format/messages.js';
import { OmfLookupError } from '../model/errors.js';
import type { Indicator } from '../model/types.js';
import { parsePeriod } from '../period/period.js';
import type { Period } from '../period/period.js';
import type { Dataset } from '../query/dataset.js';
import { finiteOrUndefined, isFiniteNumber, meanOf } from './numbers.js';
import { judge } from './polarity.js';
import type { Judgement } from './polarity.js';
import { capitalise } from './sentences.js';
import type { TimedValue } from './series.js';

/** What to compare with: `scotland`, `family` (the LGBF family group average) or an area code or name. */
export type Comparator = 'scotland' | 'family' | (string & Record<never, never>);

/** An area's value against a comparator's, for one period. */
export interface Comparison {
  /** The comparator: `scotland`, `family` or the compared area's code. */
  comparator: string;
  /** What to call it: `Scotland`, `family group average` or the area's name, in the locale. */
  label: string;
  /** The period compared. */
  period: Period;
  /** The comparator's value; undefined when it has none for the period. */
  value: number | undefined;
  /** The area's own value; undefined when it has none for the period. */
  areaValue: number | undefined;
  /** `areaValue − value`, in the indicator's unit; undefined when either is missing. */
  difference: number | undefined;
  /** The area against the comparator by polarity; undefined for neutral indicators or a missing value. */
  judgement: Judgement | undefined;
  /** For `family`: the councils whose values made the average (the area itself included). */
  members?: string[];
  /** Short text, e.g. `Scotland: 90.9%`, `Family group average: 91.4%`. */
  text: string;
}

/** Options for {@link compareWith}. */
export interface CompareOptions {
  /** Language of `label` and `text`. Default `en`. */
  locale?: Locale;
}

/**
 * Compares an area's value for one period with a comparator's.
 *
 * Rules: `scotland` is Scotland's own published value (S92000003), not an average of councils;
 * `family` is the plain mean of the values of the area's LGBF people-services family group (grouped
 * by deprivation, the grouping children's services use) that have a value for the period, the area
 * itself included and no council excluded; any other text is resolved as an area code or name.
 * `judgement` is better, worse or the same (at 12 significant digits) by the indicator's polarity.
 *
 * @throws OmfLookupError for an unknown indicator, area, comparator area or period.
 */
export function compareWith(
  dataset: Dataset,
  indicator: string,
  area: string,
  period: string,
  comparator: Comparator,
  options: CompareOptions = {},
): Comparison {
  const locale = options.locale ?? 'en';
  const definition = indicatorOf(dataset, indicator);
  const areaCode = areaCodeOf(dataset, area);
  const parsed = parsePeriod(period, definition.periodType);
  if (!parsed) throw new OmfLookupError('period', period, `"${period}" is not a period`);
  const areaPoint = dataset.value(indicator, areaCode, parsed.label);
  const areaValue = isFiniteNumber(areaPoint?.value) ? areaPoint.value : undefined;

  const target = comparatorTarget(dataset, areaCode, comparator, locale);
  const comparatorPoint = target.code === undefined ? undefined : dataset.value(indicator, target.code, parsed.label);
  const value =
    target.members === undefined
      ? isFiniteNumber(comparatorPoint?.value) ? comparatorPoint.value : undefined
      : familyMean(dataset, indicator, target.members, parsed.label);
  const members = target.members?.filter((member) => isFiniteNumber(dataset.value(indicator, member, parsed.label)?.value));
  const bothValues = areaValue !== undefined && value !== undefined;
  const status = comparatorPoint?.observation.status;
  return {
    comparator: target.id,
    label: target.label,
    period: parsed,
    value,
    areaValue,
    difference: bothValues ? finiteOrUndefined(areaValue - value) : undefined,
    judgement: bothValues ? judge(areaValue, value, definition.polarity, definition.target) : undefined,
    ...(members ? { members } : {}),
    text: `${capitalise(target.label)}: ${formatValue(value, definition, { locale, ...(status ? { status } : {}) })}`,
  };
}

/**
 * The comparator's series over every period the indicator has: the comparator area's own series,
 * or for `family` the family group's mean at each period (see {@link compareWith}).
 *
 * @throws OmfLookupError for an unknown indicator, area or comparator area.
 */
export function comparatorSeries(dataset: Dataset, indicator: string, area: string, comparator: Comparator): TimedValue[] {
  indicatorOf(dataset, indicator);
  const target = comparatorTarget(dataset, areaCodeOf(dataset, area), comparator, 'en');
  if (target.members === undefined) return target.code === undefined ? [] : dataset.series(indicator, target.code);
  const members = target.members;
  return dataset.periods(indicator).map((period) => ({ period, value: familyMean(dataset, indicator, members, period.label) ?? null }));
}

/** The comparator an area is judged against, resolved: an area code, or a family group's members. */
interface ComparatorTarget {
  id: string;
  label: string;
  code?: string;
  members?: string[];
}

function comparatorTarget(dataset: Dataset, areaCode: string, comparator: Comparator, locale: Locale): ComparatorTarget {
  const keyword = comparator.trim().toLowerCase();
  if (keyword === 'family') {
    return { id: 'family', label: t('family-group-average', locale), members: dataset.geography.familyGroup(areaCode, 'people') };
  }
  const code = keyword === 'scotland' ? SCOTLAND_CODE : areaCodeOf(dataset, comparator);
  return { id: code === SCOTLAND_CODE ? 'scotland' : code, label: dataset.geography.name(code, locale), code };
}

function familyMean(dataset: Dataset, indicator: string, members: readonly string[], period: string): number | undefined {
  const values = members.map((member) => dataset.value(indicator, member, period)?.value).filter(isFiniteNumber);
  return meanOf(values);
}

/** The indicator, or an OmfLookupError naming it. */
export function indicatorOf(dataset: Dataset, id: string): Indicator {
  const indicator = dataset.indicator(id);
  if (!indicator) throw new OmfLookupError('indicator', id);
  return indicator;
}

/** The area's current code, or an OmfLookupError naming it. */
export function areaCodeOf(dataset: Dataset, area: string): string {
  const code = dataset.geography.resolve(area);
  if (code === undefined) throw new OmfLookupError('area', area);
  return code;
}
