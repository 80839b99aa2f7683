/**
 * An indicator over time for one area and its comparator, ready to draw as a line chart and to
 * read as a table: one point per period, missing and withheld values kept as gaps.
 *
 * @module
 */
import { SCOTLAND_CODE } from '../geography/councils.js';
import type { Locale } from '../geography/geography.js';
import { formatPeriod, formatValue } from '../format/format.js';
import { chartText } from '../format/chart-messages.js';
import { t } from '../format/messages.js';
import type { Indicator, ObservationStatus } from '../model/types.js';
import { comparePeriods } from '../period/period.js';
import type { Period } from '../period/period.js';
import type { Dataset } from '../query/dataset.js';
import { comparatorSeries } from './compare.js';
import type { Comparator } from './compare.js';
import { isFiniteNumber } from './numbers.js';
import { capitalise } from './sentences.js';
import type { TimedValue } from './series.js';
import { summarise } from './summarise.js';
import type { IndicatorSummary } from './summarise.js';

/** Statuses whose values are not final (drawn hollow and labelled). */
const NOT_FINAL: ReadonlySet<ObservationStatus> = new Set(['provisional', 'projected', 'imputed']);

/** One period of a chart series, with its words. */
export interface ChartPoint {
  /** The period of the point. */
  period: Period;
  /** The period for reading (`formatPeriod`). */
  periodText: string;
  /** The value; `null` when missing or withheld: a gap in the line, never zero. */
  value: number | null;
  /** Lower bound of the confidence interval, when the observation has both bounds. */
  lower?: number;
  /** Upper bound of the confidence interval, when the observation has both bounds. */
  upper?: number;
  /** The observation's quality flag, when it has one. */
  status?: ObservationStatus;
  /** The status word in the locale (`provisional`, `suppressed`...), when there is a status. */
  statusText?: string;
  /** True for provisional, projected and estimated (imputed) values: not final. */
  notFinal: boolean;
  /** The value for reading: `82.4%`, `62.0% (provisional)`, `suppressed`, `no data`. */
  valueText: string;
  /** The interval for reading, e.g. `55.0% to 65.0%`, when the point has one. */
  intervalText?: string;
  /** The point for a screen reader: `Aberdeen City, 2020/21: 82.4%`, with the status word after a value. */
  label: string;
}

/** A named series over the chart's periods. */
export interface ChartSeries {
  /** The area code, or `family` for the family group average. */
  id: string;
  /** What to call the line: the area's name or `Family group average`, in the locale. */
  name: string;
  /** One point per period of {@link TrendDescription.periods}, in the same order. */
  points: ChartPoint[];
}

/** What {@link describeTrend} returns. */
export interface TrendDescription {
  /** The indicator described. */
  indicator: Indicator;
  /** The indicator title in the locale. */
  title: string;
  /** The area's series. */
  area: ChartSeries;
  /** The comparator's series; undefined with `compareTo: 'none'` or when the area is its own comparator. */
  comparison?: ChartSeries;
  /** Every period from the first to the last that either series has a point for, oldest first. */
  periods: Period[];
  /** {@link summarise} of the area against the same comparator: its sentence is read first. */
  summary: IndicatorSummary;
  /** Which periods have no value, e.g. `Moray: no value for 2014/15 (suppressed).`; undefined when none. */
  gaps?: string;
  /** True when any point of the area's series has a confidence interval. */
  hasInterval: boolean;
  /** The chart's accessible name, e.g. `Line chart of ... for Aberdeen City and Scotland, 2010/11 to 2020/21`. */
  chartLabel: string;
}

/** Options for {@link describeTrend}. */
export interface DescribeTrendOptions {
  /** Comparator: `scotland` (default), `family`, an area code or name, or `none`. */
  compareTo?: Comparator | 'none';
  /** Language of the texts and labels. Default `en`. */
  locale?: Locale;
}

/**
 * Describes an indicator over time for an area and a comparator, for a line chart and its table.
 *
 * Rules: the periods run from the first to the last period of the indicator where the area or the
 * comparator has an observation, with no period left out, so a period without a value is a gap;
 * a withheld (suppressed, not available) or missing value is `null` with its status word or
 * `no data`, never 0. The comparator is as in {@link summarise} (Scotland's published series, the
 * family group's mean at each period, or another area), and is left out when the area is its own
 * comparator or, for `family`, not a council. A point has an interval only when both bounds are
 * finite numbers.
 *
 * @throws OmfLookupError for an unknown indicator, area or comparator area.
 */
export function describeTrend(dataset: Dataset, indicator: string, area: string, options: DescribeTrendOptions = {}): TrendDescription {
  const locale = options.locale ?? 'en';
  const compareTo = options.compareTo ?? 'scotland';
  const summary = summarise(dataset, indicator, area, { compareTo, locale });
  const definition = summary.indicator;
  const title = locale === 'gd' ? definition.titleGd ?? definition.title : definition.title;
  const areaSeries = dataset.series(indicator, summary.area);
  const comparator = comparatorFor(dataset, indicator, summary.area, compareTo, locale);

  const periods = periodSpan(dataset.periods(indicator), [areaSeries, comparator?.series ?? []]);
  const toSeries = (id: string, name: string, points: readonly TimedValue[]): ChartSeries => {
    const byLabel = new Map(points.map((point) => [point.period.label, point]));
    return { id, name, points: periods.map((period) => chartPoint(definition, name, period, byLabel.get(period.label), locale)) };
  };
  const main = toSeries(summary.area, summary.areaName, areaSeries);
  const comparison = comparator ? toSeries(comparator.id, comparator.name, comparator.series) : undefined;
  const names = comparison ? `${main.name} ${t('and', locale)} ${comparison.name}` : main.name;
  const first = periods[0];
  const last = periods.at(-1);
  const gaps = [main, ...(comparison ? [comparison] : [])].map((series) => gapSentence(series, locale)).filter(Boolean).join(' ');

  return {
    indicator: definition,
    title,
    area: main,
    ...(comparison ? { comparison } : {}),
    periods,
    summary,
    ...(gaps ? { gaps } : {}),
    hasInterval: main.points.some((point) => point.lower !== undefined),
    chartLabel: chartText('trend-chart-label', locale, {
      title,
      areas: names,
      start: first ? formatPeriod(first, locale) : '',
      end: last ? formatPeriod(last, locale) : '',
    }),
  };
}

/** The comparator's id, name and series; undefined when there is none to draw. */
function comparatorFor(
  dataset: Dataset,
  indicator: string,
  area: string,
  compareTo: Comparator | 'none',
  locale: Locale,
): { id: string; name: string; series: TimedValue[] } | undefined {
  const keyword = compareTo.trim().toLowerCase();
  if (keyword === 'none') return undefined;
  if (keyword === 'family') {
    if (!dataset.geography.isCouncil(area)) return undefined;
    return { id: 'family', name: capitalise(t('family-group-average', locale)), series: comparatorSeries(dataset, indicator, area, 'family') };
  }
  const code = keyword === 'scotland' ? SCOTLAND_CODE : dataset.geography.resolve(compareTo);
  if (code === area) return undefined;
  // comparatorSeries throws the OmfLookupError for an unknown comparator area.
  const series = comparatorSeries(dataset, indicator, area, compareTo);
  return { id: code ?? compareTo, name: dataset.geography.name(code ?? compareTo, locale), series };
}

/** The indicator's periods from the first to the last that any of the series has a point for. */
function periodSpan(all: readonly Period[], series: ReadonlyArray<readonly TimedValue[]>): Period[] {
  const present = series.flat().filter((point) => point.value !== null || 'observation' in point);
  if (present.length === 0) return [];
  const sorted = present.map((point) => point.period).sort(comparePeriods);
  const first = sorted[0] as Period;
  const last = sorted.at(-1) as Period;
  return all.filter((period) => comparePeriods(period, first) >= 0 && comparePeriods(period, last) <= 0);
}

function chartPoint(
  indicator: Indicator,
  name: string,
  period: Period,
  point: (TimedValue & { observation?: { status?: ObservationStatus; lower?: number; upper?: number } }) | undefined,
  locale: Locale,
): ChartPoint {
  const value = isFiniteNumber(point?.value) ? point.value : null;
  const observation = point?.observation;
  const status = observation?.status;
  const statusText = status ? t(status, locale) : undefined;
  const formatted = formatValue(value, indicator, { locale, ...(status ? { status } : {}) });
  // A withheld value's text is already its status word.
  const valueText = value !== null && statusText ? `${formatted} (${statusText})` : formatted;
  const periodText = formatPeriod(period, locale);
  const interval =
    value !== null && isFiniteNumber(observation?.lower) && isFiniteNumber(observation?.upper)
      ? {
          lower: observation.lower,
          upper: observation.upper,
          intervalText: chartText('value-range', locale, {
            lower: formatValue(observation.lower, indicator, { locale }),
            upper: formatValue(observation.upper, indicator, { locale }),
          }),
        }
      : {};
  return {
    period,
    periodText,
    value: status === 'suppressed' || status === 'not-available' ? null : value,
    ...interval,
    ...(status ? { status, statusText } : {}),
    notFinal: value !== null && status !== undefined && NOT_FINAL.has(status),
    valueText,
    label: chartText('chart-point', locale, { label: name, period: periodText, value: valueText }),
  };
}

/** `Moray: no value for 2014/15 (suppressed), 2016/17 (no data).`, or '' when the series has no gap. */
function gapSentence(series: ChartSeries, locale: Locale): string {
  const gaps = series.points.filter((point) => point.value === null);
  if (gaps.length === 0) return '';
  const list = gaps.map((point) => `${point.periodText} (${point.valueText})`).join(', ');
  return chartText('gaps-note', locale, { name: series.name, periods: list });
}
