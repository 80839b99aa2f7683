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
import { DatasetCache } from './dataset-cache.js';
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
  const definition = indicatorOf(dataset, indicator);
  const areaCode = areaCodeOf(dataset, area);
  const parsed = parsePeriod(period, definition.periodType);
  if (!parsed) throw new OmfLookupError('period', period, `"${period}" is not a period`);
  const areaValue = dataset.value(indicator, areaCode, parsed.label)?.value;
  return compareAt(dataset, definition, areaCode, areaValue, parsed, comparator, options.locale ?? 'en');
}

/**
 * {@link compareWith} for an indicator, area code, the area's value and a period already looked up
 * (as `summarise` has them).
 *
 * @internal
 */
export function compareAt(
  dataset: Dataset,
  indicator: Indicator,
  areaCode: string,
  areaValue: number | null | undefined,
  period: Period,
  comparator: Comparator,
  locale: Locale,
): Comparison {
  const own = isFiniteNumber(areaValue) ? areaValue : undefined;
  const target = comparatorTarget(dataset, areaCode, comparator, locale);
  const { value, members, text } = comparatorSide(dataset, indicator, target, period, locale);
  const bothValues = own !== undefined && value !== undefined;
  return {
    comparator: target.id,
    label: target.label,
    period,
    value,
    areaValue: own,
    difference: bothValues ? finiteOrUndefined(own - value) : undefined,
    judgement: bothValues ? judge(own, value, indicator.polarity, indicator.target) : undefined,
    ...(members ? { members: [...members] } : {}),
    text,
  };
}

/** What a comparison says of the comparator: the same for every area compared with it in a period. */
interface ComparatorSide {
  value: number | undefined;
  /** For a family group: the members with a value. */
  members?: readonly string[];
  text: string;
}

/** The comparator's side by dataset; every card of an indicator and period compared with Scotland shares one. */
const comparatorSides = new DatasetCache<ComparatorSide>();

function comparatorSide(dataset: Dataset, indicator: Indicator, target: ComparatorTarget, period: Period, locale: Locale): ComparatorSide {
  // A family group is named by its members: each of its councils is compared with the same average.
  const comparedWith = target.members ? `family ${target.members.join(' ')}` : target.id;
  const key = `${indicator.id}\u0000${period.label}\u0000${comparedWith}\u0000${locale}`;
  return comparatorSides.get(dataset, key, () => {
    const point = target.code === undefined ? undefined : dataset.value(indicator.id, target.code, period.label);
    const value =
      target.members === undefined
        ? isFiniteNumber(point?.value) ? point.value : undefined
        : familyMean(dataset, indicator.id, target.members, period.label);
    const members = target.members?.filter((member) => isFiniteNumber(dataset.value(indicator.id, member, period.label)?.value));
    const status = point?.observation.status;
    const text = `${capitalise(target.label)}: ${formatValue(value, indicator, { locale, ...(status ? { status } : {}) })}`;
    return { value, ...(members ? { members } : {}), text };
  });
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
