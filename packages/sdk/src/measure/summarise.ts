/**
 * Everything a headline card says about one indicator in one area, with a sentence a screen
 * reader can read.
 *
 * @module
 */
import { SCOTLAND_CODE } from '../geography/councils.js';
import type { Locale } from '../geography/geography.js';
import { formatChange, formatPeriod, formatValue } from '../format/format.js';
import { t } from '../format/messages.js';
import type { Indicator } from '../model/types.js';
import type { Period } from '../period/period.js';
import type { Dataset, SeriesPoint } from '../query/dataset.js';
import { change } from './change.js';
import type { Change } from './change.js';
import { areaCodeOf, comparatorSeries, compareAt, indicatorOf } from './compare.js';
import type { Comparator, Comparison } from './compare.js';
import { DatasetCache } from './dataset-cache.js';
import { isFiniteNumber } from './numbers.js';
import { judgedPolarity } from './polarity.js';
import { rank } from './rank.js';
import type { RankedArea } from './rank.js';
import { ragStatus } from './rag.js';
import type { RagResult } from './rag.js';
import { capitalise, frames } from './sentences.js';
import { upTo } from './series.js';
import { trend, trendWord } from './trend.js';
import type { Trend } from './trend.js';

/** What {@link summarise} returns. */
export interface IndicatorSummary {
  /** The indicator summarised. */
  indicator: Indicator;
  /** The area's current code. */
  area: string;
  /** The area's name in the locale. */
  areaName: string;
  /** The latest point with a value (at `options.period` when given); undefined when there is none. */
  latest?: SeriesPoint;
  /** The point the change is measured from: the previous one with a value. */
  previous?: SeriesPoint;
  /** The change from `previous` to `latest`; undefined when either is missing. */
  change?: Change<SeriesPoint>;
  /** The change for display, e.g. `+5.2 percentage points (2019/20 to 2020/21)`. */
  changeText?: string;
  /** The trend up to `latest` (see {@link trend}). */
  trend: Trend;
  /** The trend for display with its span, e.g. `Trend 2016/17 to 2020/21: improving`; undefined when there is not enough data. */
  trendText?: string;
  /**
   * The newest period after `latest` that has no value (suppressed or not available), so a reader
   * knows the figure shown is not the newest period; undefined when `latest` is the newest.
   */
  laterWithoutValue?: SeriesPoint;
  /** Against the comparator in the latest period; undefined with `compareTo: 'none'`, when the area is its own comparator, or for `family` outside the 32 councils. */
  comparison?: Comparison;
  /** Rank among the councils with values in the latest period (`tied` when another council shares it); undefined for areas that are not councils and for neutral indicators. */
  rank?: {
    /** 1 is best; tied councils share a rank. */
    rank: number;
    /** How many councils had a value and were ranked. */
    of: number;
    /** True when another council has the same rank. */
    tied: boolean;
  };
  /** CPOP RAG against the comparator (see {@link ragStatus}); undefined when there is no comparison, or with `rag: false`. */
  rag?: RagResult;
  /** A plain sentence a screen reader can read. */
  sentence: string;
}

/** Options for {@link summarise}. */
export interface SummariseOptions {
  /** Comparator: `scotland` (default), `family`, an area code or name, or `none`. */
  compareTo?: Comparator | 'none';
  /** Summarise as of this period: its value is `latest` and later points are ignored. Default: the latest period with a value. */
  period?: string;
  /** Language of the texts and sentence. Default `en`. */
  locale?: Locale;
  /** Work out {@link IndicatorSummary.rag}. Default true; a caller that shows no RAG (a card) saves the work with false. */
  rag?: boolean;
}

/**
 * Summarises an indicator for an area: latest and previous values, change, trend, comparison,
 * rank among councils, RAG and a sentence, e.g. "In 2020/21, % of funded early years provision
 * graded good/better in Aberdeen City was 82.4%, a change of +5.2 percentage points from 2019/20.
 * Trend from 2016/17 to 2020/21: worsening. Scotland: 90.9%. Ranked 30th of 32 councils."
 *
 * Rules: change is from the previous point with a value ({@link change}); trend is
 * {@link trend}'s default (last five points); comparison is {@link compareWith}, default Scotland;
 * rank is {@link rank} among the 32 councils with values in the latest period; RAG is
 * {@link ragStatus} over every period both have values up to the latest. With `period`, nothing
 * after it counts. When the area has no value (at `period`, or at all) the summary has `latest`
 * undefined and a "no data" sentence.
 *
 * @throws OmfLookupError for an unknown indicator, area, comparator area or period.
 */
export function summarise(dataset: Dataset, indicator: string, area: string, options: SummariseOptions = {}): IndicatorSummary {
  const locale = options.locale ?? 'en';
  const definition = indicatorOf(dataset, indicator);
  const areaCode = areaCodeOf(dataset, area);
  const areaName = dataset.geography.name(areaCode, locale);
  const series = dataset.series(indicator, areaCode);
  const latest = latestPoint(dataset, definition, areaCode, series, options.period);
  const title = locale === 'gd' ? definition.titleGd ?? definition.title : definition.title;

  if (!latest) {
    const period = options.period === undefined ? undefined : formatPeriod(options.period, locale);
    // A period that is there without a value says why (suppressed, not available), never just "no data".
    const withoutValue = options.period === undefined ? undefined : dataset.value(indicator, areaCode, options.period)?.observation.status;
    const noData = withoutValue === 'suppressed' || withoutValue === 'not-available' ? t(withoutValue, locale) : t('no-data', locale);
    return {
      indicator: definition,
      area: areaCode,
      areaName,
      trend: trend([], definition),
      sentence: frames.indicatorNoData({ title, area: areaName, noData, ...(period ? { period } : {}) }),
    };
  }

  const history = upTo(series, latest.period);
  const changed = change(history);
  const trended = trend(history, definition);
  const comparator = options.compareTo ?? 'scotland';
  const comparison = comparator === 'none' ? undefined : comparisonFor(dataset, definition, areaCode, latest, comparator, locale);
  const rag = comparison && options.rag !== false
    ? ragStatus(history, upTo(comparatorSeries(dataset, indicator, areaCode, comparator), latest.period), definition)
    : undefined;
  const ranked = councilRank(dataset, definition, areaCode, latest.period);
  const changeWords = changed && {
    change: formatChange(changed.absolute, definition, { locale }),
    from: formatPeriod(changed.from.period, locale),
    to: formatPeriod(changed.to.period, locale),
  };
  const changeText = changeWords && `${changeWords.change} (${t('period-range', locale, { start: changeWords.from, end: changeWords.to })})`;

  const status = latest.observation.status;
  const value = formatValue(latest.value, definition, { locale }) + (status ? ` (${t(status, locale)})` : '');
  let sentence = frames.indicatorLatest({ period: formatPeriod(latest.period, locale), title, area: areaName, value });
  if (changeWords) sentence += frames.changeFrom({ change: changeWords.change, period: changeWords.from });
  sentence += '.';
  const trendSpan =
    trended.from && trended.to && trended.direction !== 'not-enough-data'
      ? { from: formatPeriod(trended.from, locale), to: formatPeriod(trended.to, locale), word: trendWord(trended.direction, locale) }
      : undefined;
  if (trendSpan) sentence += frames.trend(trendSpan);
  const laterWithoutValue = options.period === undefined ? series.at(-1) : undefined;
  const newerMissing = laterWithoutValue && laterWithoutValue.value === null && laterWithoutValue !== latest ? laterWithoutValue : undefined;
  if (newerMissing) {
    sentence += frames.laterWithoutValue({
      period: formatPeriod(newerMissing.period, locale),
      status: t(newerMissing.observation.status === 'suppressed' ? 'suppressed' : 'not-available', locale),
    });
  }
  if (comparison) sentence += ` ${comparison.text}.`;
  // English reads an ordinal ("Ranked 31st of 32 councils"); other locales use the catalogue's rank words.
  if (ranked) sentence += locale === 'en' ? frames.rankedAmongCouncils(ranked) : ` ${capitalise(t('rank', locale, { rank: ranked.rank, of: ranked.of }))}.`;

  return {
    indicator: definition,
    area: areaCode,
    areaName,
    latest,
    ...(changed ? { previous: changed.from, change: changed, changeText } : {}),
    trend: trended,
    ...(trendSpan ? { trendText: frames.trendShort(trendSpan) } : {}),
    ...(newerMissing ? { laterWithoutValue: newerMissing } : {}),
    ...(comparison ? { comparison } : {}),
    ...(ranked ? { rank: { rank: ranked.rank, of: ranked.of, tied: ranked.tied } } : {}),
    ...(rag ? { rag } : {}),
    sentence,
  };
}

function latestPoint(dataset: Dataset, indicator: Indicator, area: string, series: readonly SeriesPoint[], period: string | undefined): SeriesPoint | undefined {
  if (period === undefined) {
    // A Dataset's series is oldest first: the latest with a value is the first found from the end.
    for (let index = series.length - 1; index >= 0; index--) {
      const point = series[index];
      if (point && isFiniteNumber(point.value)) return point;
    }
    return undefined;
  }
  const point = dataset.value(indicator.id, area, period);
  return point && point.value !== null ? point : undefined;
}

function comparisonFor(
  dataset: Dataset,
  indicator: Indicator,
  area: string,
  latest: SeriesPoint,
  comparator: Comparator,
  locale: Locale,
): Comparison | undefined {
  if (comparator.trim().toLowerCase() === 'family' && !dataset.geography.isCouncil(area)) return undefined;
  const comparison = compareAt(dataset, indicator, area, latest.value, latest.period, comparator, locale);
  const comparedArea = comparison.comparator === 'scotland' ? SCOTLAND_CODE : comparison.comparator;
  return comparedArea === area ? undefined : comparison;
}

function councilRank(dataset: Dataset, indicator: Indicator, area: string, period: Period): RankedArea | undefined {
  if (!dataset.geography.isCouncil(area) || judgedPolarity(indicator.polarity, indicator.target) === 'neutral') return undefined;
  return councilRanking(dataset, indicator, period).get(area);
}

/** Every council's place by area code; the cards of one indicator and period share one ranking. */
const councilRankings = new DatasetCache<ReadonlyMap<string, RankedArea>>();

function councilRanking(dataset: Dataset, indicator: Indicator, period: Period): ReadonlyMap<string, RankedArea> {
  return councilRankings.get(dataset, `${indicator.id}\u0000${period.label}`, () => {
    const councils = dataset.compare(indicator.id, period.label).filter((point) => dataset.geography.isCouncil(point.area));
    const ranked = rank(councils, indicator.polarity, indicator.target === undefined ? {} : { target: indicator.target });
    return new Map(ranked.map((place) => [place.area, place]));
  });
}
