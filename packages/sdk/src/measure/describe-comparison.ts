/**
 * Every council's value for one period, ranked best first, with a sentence: the words behind a
 * bar chart of councils and its table.
 *
 * @module
 */
import { SCOTLAND_CODE } from '../geography/councils.js';
import type { Locale } from '../geography/geography.js';
import { formatPeriod, formatValue } from '../format/format.js';
import { chartText } from '../format/chart-messages.js';
import { t } from '../format/messages.js';
import { OmfLookupError } from '../model/errors.js';
import type { Indicator, ObservationStatus } from '../model/types.js';
import { parsePeriod } from '../period/period.js';
import type { Period } from '../period/period.js';
import type { AreaPoint, Dataset } from '../query/dataset.js';
import { areaCodeOf, indicatorOf } from './compare.js';
import { isFiniteNumber } from './numbers.js';
import { judgedPolarity } from './polarity.js';
import { rank } from './rank.js';
import { capitalise, frames } from './sentences.js';

/** One area's bar and table row. */
export interface ComparisonRow {
  /** The area's current code. */
  area: string;
  /** The area's name in the locale. */
  name: string;
  /** The value; `null` when missing or withheld (no bar, never zero). */
  value: number | null;
  /** The observation's quality flag, when it has one. */
  status?: ObservationStatus;
  /** The value for reading: `82.4%`, `suppressed`, `no data`; a status word follows a value in brackets. */
  valueText: string;
  /** 1 is best; tied areas share a rank. Undefined without a value, and for neutral indicators. */
  rank?: number;
  /** The rank for reading: `3`, `3 (joint)`, or '' when unranked. */
  rankText: string;
  /** True when another area shares the rank. */
  tied: boolean;
  /** True for the `highlight` area. */
  highlighted: boolean;
  /** The bar for a screen reader: `Aberdeen City, 2020/21: 82.4%`. */
  label: string;
}

/** What {@link describeComparison} returns. */
export interface ComparisonDescription {
  /** The indicator compared. */
  indicator: Indicator;
  /** The indicator title in the locale. */
  title: string;
  /** The period compared. */
  period: Period;
  /** The period for reading. */
  periodText: string;
  /** Which areas: `all` (every council with a point) or the highlighted council's `family` group. */
  group: 'all' | 'family';
  /** Best first by polarity (ties in name order), then the areas without a value in name order. */
  rows: ComparisonRow[];
  /** The highlighted area's row; undefined without `highlight` or when it has no point for the period. */
  highlight?: ComparisonRow;
  /** The highlighted area's name, even when it has no row. */
  highlightName?: string;
  /** Scotland's value for the period, drawn as a reference line; undefined when it has none. */
  scotland?: {
    /** `Scotland` in the locale. */
    name: string;
    /** Scotland's value, in the indicator's unit. */
    value: number;
    /** The value for reading, e.g. `90.9%`. */
    valueText: string;
    /** Name and value for reading, e.g. `Scotland: 90.9%`. */
    text: string;
  };
  /** A plain sentence a screen reader can read first. */
  sentence: string;
  /** The chart's accessible name, e.g. `Bar chart of ... in 2020/21: 32 areas, best first`. */
  chartLabel: string;
}

/** Options for {@link describeComparison}. */
export interface DescribeComparisonOptions {
  /** An area code or name to highlight and describe. */
  highlight?: string;
  /** `all` (default) or `family`: only the highlighted council's LGBF family group (people services). */
  group?: 'all' | 'family';
  /** Language of the names and texts. Default `en`. */
  locale?: Locale;
}

/** How many tied names a sentence lists before "and N more". */
const MAX_NAMED = 3;

/**
 * Describes every area's value for one period, ranked, for a bar chart and its table, e.g.
 * "In 2020/21, Aberdeen City was 82.4%. Ranked 31st of 32 councils. Scotland: 90.9%. Highest:
 * Shetland Islands, 100.0%. Lowest: Na h-Eileanan Siar, 73.9%."
 *
 * Rules: `period` defaults to the latest period in which any area has a value. The rows are the
 * 32 councils that have a point for the period; when the data has no council, every area but
 * Scotland. `group: 'family'` keeps the highlighted council's family group (and needs a council
 * to highlight). Ranks are {@link rank}'s (competition ranking by polarity, 1 best); a neutral
 * indicator is ordered highest first but not ranked. Missing and withheld values are listed
 * after the ranked rows, never as zero. Scotland is its own published value, not an average.
 *
 * @throws OmfLookupError for an unknown indicator, highlight area or period; for `family` without
 * a highlighted council.
 */
export function describeComparison(
  dataset: Dataset,
  indicator: string,
  period?: string,
  options: DescribeComparisonOptions = {},
): ComparisonDescription {
  const locale = options.locale ?? 'en';
  const definition = indicatorOf(dataset, indicator);
  const title = locale === 'gd' ? definition.titleGd ?? definition.title : definition.title;
  const highlight = options.highlight ? areaCodeOf(dataset, options.highlight) : undefined;
  const group = options.group ?? 'all';
  const chosen = choosePeriod(dataset, definition, period);
  const periodText = formatPeriod(chosen, locale);

  const points = areasToRank(dataset, dataset.compare(indicator, chosen.label));
  const members = group === 'family' ? familyOf(dataset, highlight, options.highlight) : undefined;
  const inGroup = members ? points.filter((point) => members.has(point.area)) : points;

  const name = (code: string) => dataset.geography.name(code, locale);
  const judged = judgedPolarity(definition.polarity, definition.target) !== 'neutral';
  const ranked = rank(
    [...inGroup].sort((a, b) => name(a.area).localeCompare(name(b.area), 'en-GB')),
    definition.polarity,
    definition.target === undefined ? {} : { target: definition.target },
  );
  const byArea = new Map(inGroup.map((point) => [point.area, point]));
  const toRow = (point: AreaPoint, place?: { rank: number; tied: boolean }): ComparisonRow => {
    const status = point.observation.status;
    const value = isFiniteNumber(point.value) && status !== 'suppressed' && status !== 'not-available' ? point.value : null;
    const valueText = formatValue(value, definition, { locale, ...(status ? { status } : {}) });
    const shown = value !== null && status ? `${valueText} (${t(status, locale)})` : valueText;
    const rankText = place && judged ? (place.tied ? chartText('rank-joint', locale, { rank: place.rank }) : String(place.rank)) : '';
    return {
      area: point.area,
      name: name(point.area),
      value,
      ...(status ? { status } : {}),
      valueText: shown,
      ...(place && judged ? { rank: place.rank } : {}),
      rankText,
      tied: Boolean(place?.tied && judged),
      highlighted: point.area === highlight,
      label: chartText('chart-point', locale, { label: name(point.area), period: periodText, value: shown }),
    };
  };
  const rankedRows = ranked.map((entry) => toRow(byArea.get(entry.area) as AreaPoint, entry));
  const rankedAreas = new Set(ranked.map((entry) => entry.area));
  const unranked = inGroup
    .filter((point) => !rankedAreas.has(point.area))
    .sort((a, b) => name(a.area).localeCompare(name(b.area), 'en-GB'))
    .map((point) => toRow(point));
  const rows = [...rankedRows, ...unranked];

  const scotlandPoint = dataset.compare(indicator, chosen.label).find((point) => point.area === SCOTLAND_CODE);
  const scotlandValue = scotlandPoint && isFiniteNumber(scotlandPoint.value) ? scotlandPoint.value : undefined;
  const scotland =
    scotlandValue === undefined
      ? undefined
      : {
          name: name(SCOTLAND_CODE),
          value: scotlandValue,
          valueText: formatValue(scotlandValue, definition, { locale }),
          text: `${name(SCOTLAND_CODE)}: ${formatValue(scotlandValue, definition, { locale })}`,
        };
  const highlighted = rows.find((row) => row.highlighted);
  const allCouncils = rows.every((row) => dataset.geography.isCouncil(row.area));

  return {
    indicator: definition,
    title,
    period: chosen,
    periodText,
    group,
    rows,
    ...(highlighted ? { highlight: highlighted } : {}),
    ...(highlight ? { highlightName: name(highlight) } : {}),
    ...(scotland ? { scotland } : {}),
    sentence: sentence({ title, periodText, rankedRows, unranked, highlighted, highlightName: highlight ? name(highlight) : undefined, scotland, allCouncils, locale }),
    chartLabel: chartText('compare-chart-label', locale, { title, period: periodText, count: rows.length }),
  };
}

/** The asked period, or the latest in which any area has a value. */
function choosePeriod(dataset: Dataset, indicator: Indicator, period: string | undefined): Period {
  if (period !== undefined && period.trim() !== '') {
    const parsed = parsePeriod(period, indicator.periodType);
    if (!parsed) throw new OmfLookupError('period', period, `"${period}" is not a period`);
    return parsed;
  }
  const periods = dataset.periods(indicator.id);
  const latest = [...periods].reverse().find((candidate) => dataset.compare(indicator.id, candidate.label).some((point) => isFiniteNumber(point.value)));
  // No value anywhere: the last period (its rows all say so), or none at all.
  const fallback = latest ?? periods.at(-1);
  if (!fallback) throw new OmfLookupError('period', '', `no period has data for "${indicator.id}"`);
  return fallback;
}

/** Councils when the data has any, else every area but Scotland. */
function areasToRank(dataset: Dataset, points: readonly AreaPoint[]): AreaPoint[] {
  const councils = points.filter((point) => dataset.geography.isCouncil(point.area));
  return councils.length > 0 ? councils : points.filter((point) => point.area !== SCOTLAND_CODE);
}

function familyOf(dataset: Dataset, highlight: string | undefined, asked: string | undefined): Set<string> {
  if (highlight === undefined || !dataset.geography.isCouncil(highlight)) {
    throw new OmfLookupError('area', asked ?? '', 'group="family" needs a council to highlight');
  }
  return new Set(dataset.geography.familyGroup(highlight, 'people'));
}

/** "Shetland Islands, 100.0%" or "Orkney Islands and Shetland Islands, 100.0%": every row at that value. */
function extremeText(rows: readonly ComparisonRow[], value: number, locale: Locale): string {
  const at = rows.filter((row) => row.value === value);
  const named = at.slice(0, MAX_NAMED).map((row) => row.name);
  const more = at.length - named.length;
  const names = more > 0 ? `${named.join(', ')} ${t('and', locale)} ${more}+` : listNames(named, locale);
  return `${names}, ${at[0]?.valueText ?? ''}`;
}

function listNames(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t('and', locale)} ${names.at(-1)}`;
}

function sentence(v: {
  title: string;
  periodText: string;
  rankedRows: readonly ComparisonRow[];
  unranked: readonly ComparisonRow[];
  highlighted: ComparisonRow | undefined;
  highlightName: string | undefined;
  scotland: ComparisonDescription['scotland'];
  allCouncils: boolean;
  locale: Locale;
}): string {
  const { locale } = v;
  if (v.rankedRows.length === 0 && v.highlightName === undefined) return `${v.title}, ${v.periodText}: ${t('no-data', locale)}.`;
  let text: string;
  if (v.highlightName !== undefined) {
    const value = v.highlighted?.valueText ?? t('no-data', locale);
    text = `${frames.indicatorLatest({ period: v.periodText, title: v.title, area: v.highlightName, value })}.`;
    const place = v.highlighted?.rank;
    if (place !== undefined) {
      const ofCount = v.rankedRows.length;
      text += v.allCouncils
        ? frames.rankedAmongCouncils({ rank: place, of: ofCount, tied: v.highlighted?.tied ?? false })
        : ` ${capitalise(t('rank', locale, { rank: place, of: ofCount }))}.`;
    }
  } else {
    text = `In ${v.periodText}, ${v.rankedRows.length} of ${v.rankedRows.length + v.unranked.length} areas had a value for ${v.title}.`;
  }
  if (v.scotland) text += ` ${v.scotland.text}.`;
  const values = v.rankedRows.map((row) => row.value as number);
  if (values.length > 1) {
    text += ` Highest: ${extremeText(v.rankedRows, Math.max(...values), locale)}.`;
    text += ` Lowest: ${extremeText(v.rankedRows, Math.min(...values), locale)}.`;
  }
  if (v.unranked.length > 0) text += ` ${listNames(v.unranked.map((row) => `${row.name} (${row.valueText})`), locale)}.`;
  return text;
}
