/**
 * The report model: everything a council's outcomes report says, computed once from a dataset by
 * the SDK's measures, so the Markdown, HTML and CSV writers only lay it out. No DOM.
 *
 * @module
 */
import type { Locale } from '../geography/geography.js';
import { formatPeriod, formatValue } from '../format/format.js';
import { OmfLookupError } from '../model/errors.js';
import type { ActionPlan, Indicator, OutcomePlan, Source } from '../model/types.js';
import { actionTable } from '../measure/action-table.js';
import type { ActionTable } from '../measure/action-table.js';
import { describeComparison } from '../measure/describe-comparison.js';
import type { ComparisonDescription } from '../measure/describe-comparison.js';
import { describeTrend } from '../measure/describe-trend.js';
import type { TrendDescription } from '../measure/describe-trend.js';
import { planProgress } from '../measure/plan-progress.js';
import type { PlanProgress } from '../measure/plan-progress.js';
import type { IndicatorSummary } from '../measure/summarise.js';
import { trendWord } from '../measure/trend.js';
import { parsePeriod } from '../period/period.js';
import type { Dataset } from '../query/dataset.js';
import { findActionPlan, findOutcomePlan } from '../query/find-plan.js';
import { reportText } from './report-messages.js';

/**
 * The indicators a report shows when none are named: the early learning and childcare set (LGBF
 * CHN17 children meeting developmental milestones, CHN18 funded early years provision graded good
 * or better, CHN3 cost per pre-school registration, CHN24 children in poverty), those the dataset
 * has, in this order. A dataset with none of them reports on all its indicators.
 */
export const DEFAULT_REPORT_INDICATORS: readonly string[] = ['CHN17', 'CHN18', 'CHN3', 'CHN24'];

/** Options for {@link buildReport}. */
export interface ReportOptions {
  /** The area: a code, retired code or name the dataset's geography resolves. */
  area: string;
  /** Indicator ids, in report order. Default: see {@link DEFAULT_REPORT_INDICATORS}. */
  indicators?: readonly string[];
  /**
   * Id of the outcome plan (LOIP) to report progress on; it must be the area's (or name no area).
   * Default: the dataset's first outcome plan whose `area` is the report's area, if any.
   */
  plan?: string;
  /** Id of the action plan (CSPP) to report on. Action plans name no area, so none is shown unless named. */
  actionPlan?: string;
  /**
   * The day the report is as of, ISO `YYYY-MM-DD`: LOIP progress counts observations of periods
   * ending by then, and actions are judged overdue or due soon on it. Indicator figures are the
   * dataset's, up to its latest period (a dataset is a published snapshot).
   */
  asOf: string;
  /** Language of the report. Default `en`. */
  locale?: Locale;
}

/** A trend chart: the SDK's description of the area's and Scotland's series, and an id for the page. */
export interface TrendChartSpec {
  /** Tells the two chart kinds apart. */
  kind: 'trend';
  /** Unique within the report and safe as an HTML id. */
  id: string;
  /** The report's language. */
  locale: Locale;
  /** The series, table rows and sentences from {@link describeTrend}. */
  description: TrendDescription;
}

/** An all-council comparison chart in the area's latest period, the area highlighted and Scotland marked. */
export interface CompareChartSpec {
  /** Tells the two chart kinds apart. */
  kind: 'compare';
  /** Unique within the report and safe as an HTML id. */
  id: string;
  /** The report's language. */
  locale: Locale;
  /** The rows and sentences from {@link describeComparison}. */
  description: ComparisonDescription;
}

/** A chart in a report, handed to the chart callback of `renderHtml`. */
export type ChartSpec = TrendChartSpec | CompareChartSpec;

/** One indicator's headline, formatted for a card or a table row. */
export interface HeadlineFigures {
  /** The latest value, e.g. `82.4%`, or `no data`. */
  latest: string;
  /** The latest value's period, e.g. `2020/21`. */
  period?: string;
  /** e.g. `+5.2 percentage points (2019/20 to 2020/21)`. */
  change?: string;
  /** The trend word, e.g. `worsening`. */
  trend: string;
  /** e.g. `Scotland: 90.9%`. */
  comparison?: string;
  /** e.g. `31 of 32`. */
  rank?: string;
}

/** One indicator in a report. */
export interface IndicatorReport {
  /** Unique within the report and safe as an HTML id. */
  id: string;
  /** The indicator reported. */
  indicator: Indicator;
  /** The indicator's title in the report's locale. */
  title: string;
  /** From `summarise` (against Scotland); its `sentence` is the indicator's summary. */
  summary: IndicatorSummary;
  /** The summary's figures formatted for a card or table row. */
  headline: HeadlineFigures;
  /** The area's series against Scotland over time. */
  trendChart: TrendChartSpec;
  /** Undefined when the area has no value. */
  compareChart?: CompareChartSpec;
  /** True when the indicator is illustrative (invented for a demonstration). */
  illustrative: boolean;
}

/** A council's outcomes report: see {@link buildReport}. */
export interface Report {
  /** The report's language. */
  locale: Locale;
  /** ISO date the report is as of. */
  asOf: string;
  /** The date for reading, e.g. `30 June 2024`. */
  asOfText: string;
  /** The report title in the locale, e.g. `Aberdeen City: outcomes report`. */
  title: string;
  /** The area reported on. */
  area: {
    /** Its current code, e.g. `S12000033`. */
    code: string;
    /** Its name in the locale. */
    name: string;
  };
  /** The dataset's title; undefined when it has none. */
  datasetTitle?: string;
  /** The dataset's source and those of the indicators and plan measures reported, without repeats. */
  sources: Source[];
  /** One entry per indicator, in report order. */
  indicators: IndicatorReport[];
  /** LOIP progress from `planProgress` (each measure by `progressToTarget`). */
  plan?: PlanProgress;
  /** The action plan's summary (`summariseActionPlan`) and rows, from `actionTable`. */
  actionPlan?: ActionTable;
  /** What in the report is invented for demonstration, one phrase each; empty when nothing is. */
  illustrative: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds the report model for one area: per indicator a headline summary (`summarise` against
 * Scotland: latest value, change, trend word, comparison, rank and a sentence), its trend
 * (`describeTrend`) and an all-council comparison in its latest period (`describeComparison`);
 * LOIP progress (`planProgress`, which uses `progressToTarget`); action-plan status
 * (`actionTable`, which uses `summariseActionPlan`); the sources and licences; and what is
 * illustrative.
 *
 * @throws OmfLookupError for an unknown area, indicator, plan or action plan, or a plan for another area.
 * @throws RangeError when `asOf` is not an ISO date.
 */
export function buildReport(dataset: Dataset, options: ReportOptions): Report {
  const locale = options.locale ?? 'en';
  const asOf = ISO_DATE.test(options.asOf) ? parsePeriod(options.asOf, 'date') : undefined;
  if (!asOf) throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD), not "${options.asOf}"`);
  const areaCode = dataset.geography.resolve(options.area);
  if (areaCode === undefined) throw new OmfLookupError('area', options.area, `unknown area "${options.area}": give a GSS code such as S12000033 or a council name`);
  const areaName = dataset.geography.name(areaCode, locale);

  const indicators = reportIndicators(dataset, options.indicators).map((indicator, index) =>
    indicatorReport(dataset, indicator, `indicator-${index + 1}`, areaCode, locale),
  );
  const outcomePlan = selectPlan(dataset, options.plan, areaCode);
  const plan = outcomePlan && planProgress(outcomePlan, { dataset, asOf: options.asOf, locale });
  const actionPlan = options.actionPlan === undefined ? undefined : actionTable(findActionPlan(dataset, options.actionPlan), { asOf: options.asOf, locale });

  return {
    locale,
    asOf: options.asOf,
    asOfText: formatPeriod(asOf, locale),
    title: reportText('report-title', locale, { area: areaName }),
    area: { code: areaCode, name: areaName },
    ...(dataset.title !== undefined && { datasetTitle: dataset.title }),
    sources: distinctSources([dataset.source, ...indicators.map((entry) => entry.indicator.source), ...(plan?.sources ?? [])]),
    indicators,
    ...(plan && { plan }),
    ...(actionPlan && { actionPlan }),
    illustrative: illustrativeParts(indicators, plan, actionPlan?.plan, locale),
  };
}

function reportIndicators(dataset: Dataset, ids: readonly string[] | undefined): Indicator[] {
  if (ids !== undefined) {
    return ids.map((id) => {
      const indicator = dataset.indicator(id);
      if (!indicator) throw new OmfLookupError('indicator', id, `unknown indicator "${id}" (the data has: ${listOf(dataset.indicators.map((entry) => entry.id))})`);
      return indicator;
    });
  }
  const defaults = DEFAULT_REPORT_INDICATORS.flatMap((id) => dataset.indicator(id) ?? []);
  return defaults.length > 0 ? defaults : [...dataset.indicators];
}

function indicatorReport(dataset: Dataset, indicator: Indicator, id: string, area: string, locale: Locale): IndicatorReport {
  const trend = describeTrend(dataset, indicator.id, area, { locale });
  const { summary } = trend;
  const latest = summary.latest;
  const headline: HeadlineFigures = {
    latest: formatValue(latest?.value, indicator, { locale, ...(latest?.observation.status && { status: latest.observation.status }) }),
    ...(latest && { period: formatPeriod(latest.period, locale) }),
    ...(summary.changeText !== undefined && { change: summary.changeText }),
    trend: trendWord(summary.trend.direction, locale),
    ...(summary.comparison && { comparison: summary.comparison.text }),
    ...(summary.rank && { rank: reportText(summary.rank.tied ? 'rank-joint' : 'rank-of', locale, { rank: summary.rank.rank, of: summary.rank.of }) }),
  };
  const comparison = latest && describeComparison(dataset, indicator.id, latest.period.label, { highlight: area, locale });
  return {
    id,
    indicator,
    title: trend.title,
    summary,
    headline,
    trendChart: { kind: 'trend', id: `${id}-trend`, locale, description: trend },
    ...(comparison && { compareChart: { kind: 'compare', id: `${id}-compare`, locale, description: comparison } }),
    illustrative: indicator.illustrative === true,
  };
}

/** The named plan, which must be the area's when it names one; else the area's first plan, if any. */
function selectPlan(dataset: Dataset, id: string | undefined, area: string): OutcomePlan | undefined {
  const planArea = (plan: OutcomePlan) => (plan.area === undefined ? undefined : dataset.geography.resolve(plan.area));
  if (id === undefined) return dataset.plans.find((plan) => planArea(plan) === area);
  const plan = findOutcomePlan(dataset, id);
  const other = planArea(plan);
  if (other !== undefined && other !== area) {
    throw new OmfLookupError('plan', id, `plan "${id}" is for ${dataset.geography.name(other)}, not ${dataset.geography.name(area)}`);
  }
  return plan;
}

function distinctSources(sources: ReadonlyArray<Source | undefined>): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) {
    if (source) seen.set(JSON.stringify([source.name, source.url ?? '', source.licence ?? '']), source);
  }
  return [...seen.values()];
}

function illustrativeParts(indicators: readonly IndicatorReport[], plan: PlanProgress | undefined, actionPlan: ActionPlan | undefined, locale: Locale): string[] {
  const parts = indicators.filter((entry) => entry.illustrative).map((entry) => reportText('illustrative-indicator', locale, { title: entry.title }));
  if (plan?.illustrative) parts.push(reportText('illustrative-plan', locale, { title: plan.plan.title }));
  else if (plan) {
    // A plan that is illustrative as a whole is named once, not measure by measure.
    for (const { outcomes } of plan.themes) {
      for (const { measures } of outcomes) {
        for (const entry of measures) if (entry.illustrative) parts.push(reportText('illustrative-measure', locale, { title: entry.measure.title }));
      }
    }
  }
  if (actionPlan?.illustrative) parts.push(reportText('illustrative-action-plan', locale, { title: actionPlan.title }));
  return parts;
}

/** Ids for an error message: the first ten, then how many more. */
function listOf(ids: readonly string[]): string {
  if (ids.length === 0) return 'none';
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}
