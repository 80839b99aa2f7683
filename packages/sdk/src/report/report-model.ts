/**
 * The report model: everything a council's outcomes report says, computed once from a dataset so
 * the Markdown, HTML and CSV writers only lay it out. No DOM.
 *
 * @module
 */
import { SCOTLAND_CODE } from '../geography/councils.js';
import type { Locale } from '../geography/geography.js';
import { formatChange, formatPeriod, formatValue } from '../format/format.js';
import type { ValueFormat } from '../format/format.js';
import { t } from '../format/messages.js';
import { OmfLookupError } from '../model/errors.js';
import type { ActionPlan, ActionStatus, Indicator, ObservationStatus, Outcome, OutcomeMeasure, OutcomePlan, Source } from '../model/types.js';
import { summariseActionPlan } from '../measure/action-plan-summary.js';
import type { ActionPlanSummary } from '../measure/action-plan-summary.js';
import { progressToTarget } from '../measure/progress-to-target.js';
import type { TargetProgress } from '../measure/progress-to-target.js';
import { rank } from '../measure/rank.js';
import { judgedPolarity } from '../measure/polarity.js';
import { summarise } from '../measure/summarise.js';
import type { IndicatorSummary } from '../measure/summarise.js';
import { trendWord } from '../measure/trend.js';
import { parsePeriod } from '../period/period.js';
import type { Period } from '../period/period.js';
import type { Dataset, SeriesPoint } from '../query/dataset.js';
import { ACTION_STATUSES } from '../read/vocabulary.js';
import { reportText } from './report-messages.js';

/**
 * The indicators a report shows when none are named: the early learning and childcare set (LGBF
 * CHN17 developmental milestones, CHN18 funded provision graded good or better, CHN3 cost per
 * pre-school registration, CHN24 child poverty), those the dataset has, in this order. A dataset
 * with none of them reports on all its indicators.
 */
export const DEFAULT_REPORT_INDICATORS: readonly string[] = ['CHN17', 'CHN18', 'CHN3', 'CHN24'];

/** Options for {@link buildReport}. */
export interface ReportOptions {
  /** The area: a code, retired code or name the dataset's geography resolves. */
  area: string;
  /** Indicator ids, in report order. Default: see {@link DEFAULT_REPORT_INDICATORS}. */
  indicators?: readonly string[];
  /**
   * Id of the outcome plan (LOIP) to report progress on. Default: the dataset's first outcome
   * plan whose `area` is the report's area, if any.
   */
  plan?: string;
  /** Id of the action plan (CSPP) to report status on. Action plans name no area, so none is shown unless named. */
  actionPlan?: string;
  /** The day the report is as of, ISO `YYYY-MM-DD`: figures for periods ending after it are left out, and actions are judged on it. */
  asOf: string;
  locale?: Locale;
}

/** A value as charted and as read: the number, its text and its quality flag. */
export interface ChartValue {
  /** `null` when missing or withheld (never 0). */
  value: number | null;
  /** Formatted for reading: `82.4%`, `no data`, `suppressed`. */
  text: string;
  status?: ObservationStatus;
}

/** A period on a chart axis. */
export interface ChartPeriod {
  /** Canonical label, e.g. `2020/21`. */
  label: string;
  /** For reading, e.g. `2020/21`, `Quarter 2 2023`. */
  text: string;
  /** Time position in fractional years (see {@link Period.position}). */
  position: number;
}

/** Data for a line chart of an area (and its comparator) over time. */
export interface TrendChart {
  kind: 'trend';
  /** Unique within the report and safe as an HTML id. */
  id: string;
  /** Accessible name and visible title. */
  title: string;
  /** What the chart shows, in a sentence or two, read before the chart. */
  summary: string;
  indicator: Indicator;
  locale: Locale;
  /** Every period any series has, oldest first. */
  periods: ChartPeriod[];
  /** The area first (`highlight: true`), then its comparator; `values` line up with `periods`. */
  series: Array<{ area: string; name: string; highlight: boolean; values: ChartValue[] }>;
}

/** Data for a bar chart of every council in one period, the report's area highlighted and Scotland marked. */
export interface CompareChart {
  kind: 'compare';
  /** Unique within the report and safe as an HTML id. */
  id: string;
  title: string;
  summary: string;
  indicator: Indicator;
  locale: Locale;
  period: ChartPeriod;
  /** The councils, best first by polarity (highest first for neutral indicators), those without a value last. */
  bars: Array<ChartValue & { area: string; name: string; highlight: boolean }>;
  /** Scotland's value for the period, for a reference line; undefined when it has none. */
  reference?: ChartValue & { area: string; name: string };
}

/** A chart in a report. */
export type ChartSpec = TrendChart | CompareChart;

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
  indicator: Indicator;
  /** The indicator's title in the report's locale. */
  title: string;
  /** From {@link summarise}, as of the report date; its `sentence` is the indicator's summary. */
  summary: IndicatorSummary;
  headline: HeadlineFigures;
  trendChart: TrendChart;
  /** Undefined when the area has no value as of the report date. */
  compareChart?: CompareChart;
  illustrative: boolean;
}

/** One LOIP measure's progress, formatted. */
export interface MeasureReport {
  measure: OutcomeMeasure;
  /** From {@link progressToTarget} as of the report date. */
  progress: TargetProgress;
  /** e.g. `76.1% (2015/16)`. */
  baseline: string;
  latest: string;
  target: string;
  /** e.g. `38%`, or `not enough data`. */
  percentOfWay: string;
  /** The projected value at the target period, or `not enough data`. */
  projected: string;
  /** The status word, e.g. `on track`. */
  status: string;
  illustrative: boolean;
}

/** A LOIP in a report: its outcomes and their measures. */
export interface PlanReport {
  plan: OutcomePlan;
  outcomes: Array<{ outcome: Outcome; measures: MeasureReport[] }>;
}

/** A CSPP action plan in a report. */
export interface ActionPlanReport {
  plan: ActionPlan;
  /** From {@link summariseActionPlan} as of the report date. */
  summary: ActionPlanSummary;
  /** Every status meaning with its word and count, in the default order. */
  statuses: Array<{ status: ActionStatus; label: string; count: number }>;
}

/** A council's outcomes report: see {@link buildReport}. */
export interface Report {
  locale: Locale;
  /** ISO date the report is as of. */
  asOf: string;
  /** The date for reading, e.g. `30 June 2024`. */
  asOfText: string;
  title: string;
  area: { code: string; name: string };
  datasetTitle?: string;
  /** The dataset's source and any other source of the reported indicators, without repeats. */
  sources: Source[];
  indicators: IndicatorReport[];
  plan?: PlanReport;
  actionPlan?: ActionPlanReport;
  /** What in the report is invented for demonstration, one phrase each; empty when nothing is. */
  illustrative: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds the report model for one area: a headline summary of each indicator ({@link summarise},
 * compared with Scotland), its trend and an all-council comparison as chart data, LOIP progress
 * ({@link progressToTarget}), action-plan status ({@link summariseActionPlan}), the sources and
 * licences, and what is illustrative. Everything is as of `options.asOf`.
 *
 * @throws OmfLookupError for an unknown area, indicator, plan or action plan, or a plan for another area.
 * @throws RangeError when `asOf` is not an ISO date.
 */
export function buildReport(dataset: Dataset, options: ReportOptions): Report {
  const locale = options.locale ?? 'en';
  const asOf = ISO_DATE.test(options.asOf) ? parsePeriod(options.asOf, 'date') : undefined;
  if (!asOf) throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD), not "${options.asOf}"`);
  const areaCode = dataset.geography.resolve(options.area);
  if (areaCode === undefined) throw new OmfLookupError('area', options.area);
  const areaName = dataset.geography.name(areaCode, locale);

  const indicators = reportIndicators(dataset, options.indicators).map((indicator, index) =>
    indicatorReport(dataset, indicator, `indicator-${index + 1}`, areaCode, asOf, locale),
  );
  const outcomePlan = selectPlan(dataset, options.plan, areaCode);
  const plan = outcomePlan && planReport(dataset, outcomePlan, areaCode, options.asOf, locale);
  const actionPlan = options.actionPlan === undefined ? undefined : actionPlanReport(dataset, options.actionPlan, options.asOf, locale);

  return {
    locale,
    asOf: options.asOf,
    asOfText: formatPeriod(asOf, locale),
    title: reportText('report-title', locale, { area: areaName }),
    area: { code: areaCode, name: areaName },
    ...(dataset.title !== undefined && { datasetTitle: dataset.title }),
    sources: distinctSources([dataset.source, ...indicators.map((entry) => entry.indicator.source)]),
    indicators,
    ...(plan && { plan }),
    ...(actionPlan && { actionPlan }),
    illustrative: illustrativeParts(indicators, plan, actionPlan, locale),
  };
}

function reportIndicators(dataset: Dataset, ids: readonly string[] | undefined): Indicator[] {
  if (ids !== undefined) {
    return ids.map((id) => {
      const indicator = dataset.indicator(id);
      if (!indicator) throw new OmfLookupError('indicator', id, `unknown indicator "${id}"; the data has ${listOf(dataset.indicators.map((entry) => entry.id))}`);
      return indicator;
    });
  }
  const defaults = DEFAULT_REPORT_INDICATORS.flatMap((id) => dataset.indicator(id) ?? []);
  return defaults.length > 0 ? defaults : [...dataset.indicators];
}

function indicatorReport(dataset: Dataset, indicator: Indicator, id: string, area: string, asOf: Period, locale: Locale): IndicatorReport {
  const series = dataset.series(indicator.id, area).filter((point) => point.period.end <= asOf.end);
  const latest = series.filter((point) => point.value !== null).at(-1);
  // With nothing up to the report date, asking for the date itself gives summarise's "no data" answer.
  const summary = summarise(dataset, indicator.id, area, { period: latest?.period.label ?? asOf.label, locale });
  const title = locale === 'gd' ? indicator.titleGd ?? indicator.title : indicator.title;
  const format = (value: number | null | undefined, status?: ObservationStatus): string =>
    formatValue(value, indicator, { locale, ...(status && { status }) });

  const headline: HeadlineFigures = {
    latest: format(summary.latest?.value, summary.latest?.observation.status),
    ...(summary.latest && { period: formatPeriod(summary.latest.period, locale) }),
    ...(summary.changeText !== undefined && { change: summary.changeText }),
    trend: trendWord(summary.trend.direction, locale),
    ...(summary.comparison && { comparison: summary.comparison.text }),
    ...(summary.rank && { rank: reportText(summary.rank.tied ? 'rank-joint' : 'rank-of', locale, summary.rank) }),
  };
  const chartTitle = { title, locale, indicator, format };
  return {
    id,
    indicator,
    title,
    summary,
    headline,
    trendChart: trendChart(dataset, `${id}-trend`, chartTitle, area, series, asOf),
    ...(summary.latest && { compareChart: compareChart(dataset, `${id}-compare`, chartTitle, area, summary.latest.period) }),
    illustrative: indicator.illustrative === true,
  };
}

/** What the chart builders share about the indicator. */
interface ChartContext {
  title: string;
  locale: Locale;
  indicator: Indicator;
  format: (value: number | null | undefined, status?: ObservationStatus) => string;
}

function chartValue(point: SeriesPoint | undefined, context: ChartContext): ChartValue {
  const status = point?.observation.status;
  return { value: point?.value ?? null, text: context.format(point?.value, status), ...(status && { status }) };
}

function trendChart(dataset: Dataset, id: string, context: ChartContext, area: string, series: readonly SeriesPoint[], asOf: Period): TrendChart {
  const { locale } = context;
  const lines = [{ area, points: series }];
  if (area !== SCOTLAND_CODE) {
    lines.push({ area: SCOTLAND_CODE, points: dataset.series(context.indicator.id, SCOTLAND_CODE).filter((point) => point.period.end <= asOf.end) });
  }
  const byLabel = new Map<string, Period>();
  for (const line of lines) for (const point of line.points) byLabel.set(point.period.label, point.period);
  const periods = dataset.periods(context.indicator.id).filter((period) => byLabel.has(period.label));
  const names = lines.map((line) => dataset.geography.name(line.area, locale));

  // One sentence a line: its first and last value; the area's line says so when it has none.
  const summary = lines
    .map((line, index) => {
      const valued = line.points.filter((point) => point.value !== null);
      const [first, last] = [valued[0], valued.at(-1)];
      const name = names[index] ?? line.area;
      if (first && last) {
        return reportText('trend-chart-summary', locale, {
          area: name,
          first: chartValue(first, context).text,
          firstPeriod: formatPeriod(first.period, locale),
          last: chartValue(last, context).text,
          lastPeriod: formatPeriod(last.period, locale),
        });
      }
      return index === 0 ? reportText('trend-chart-no-data', locale, { area: name, date: formatPeriod(asOf, locale) }) : '';
    })
    .filter((sentence) => sentence !== '')
    .join(' ');
  const [from, to] = [periods[0], periods.at(-1)];
  return {
    kind: 'trend',
    id,
    title: reportText('trend-chart-title', locale, {
      title: context.title,
      areas: names.length > 1 ? reportText('two-areas', locale, { first: names[0] ?? '', second: names[1] ?? '' }) : names[0] ?? area,
      from: from ? formatPeriod(from, locale) : '',
      to: to ? formatPeriod(to, locale) : '',
    }),
    summary,
    indicator: context.indicator,
    locale,
    periods: periods.map((period) => chartPeriod(period, locale)),
    series: lines.map((line, index) => {
      const points = new Map(line.points.map((point) => [point.period.label, point]));
      return {
        area: line.area,
        name: names[index] ?? line.area,
        highlight: index === 0,
        values: periods.map((period) => chartValue(points.get(period.label), context)),
      };
    }),
  };
}

function compareChart(dataset: Dataset, id: string, context: ChartContext, area: string, period: Period): CompareChart {
  const { locale, indicator } = context;
  const points = dataset.compare(indicator.id, period.label);
  const councils = points.filter((point) => dataset.geography.isCouncil(point.area));
  const ranked = rank(councils, indicator.polarity, indicator.target === undefined ? {} : { target: indicator.target });
  const byArea = new Map(councils.map((point) => [point.area, point]));
  const order = [...ranked.map((entry) => entry.area), ...councils.filter((point) => point.value === null).map((point) => point.area)];
  const bars = order.map((code) => ({
    area: code,
    name: dataset.geography.name(code, locale),
    highlight: code === area,
    ...chartValue(byArea.get(code), context),
  }));
  const scotland = points.find((point) => point.area === SCOTLAND_CODE);
  const [best, worst] = [bars[0], bars[ranked.length - 1]];
  const own = bars.find((bar) => bar.highlight) ?? (area === SCOTLAND_CODE && scotland ? { name: dataset.geography.name(area, locale), ...chartValue(scotland, context) } : undefined);
  const neutral = judgedPolarity(indicator.polarity, indicator.target) === 'neutral';
  const summary =
    best && worst && own
      ? reportText(neutral ? 'compare-chart-summary-neutral' : 'compare-chart-summary', locale, {
          area: own.name,
          value: own.text,
          best: best.name,
          bestValue: best.text,
          worst: worst.name,
          worstValue: worst.text,
        })
      : '';
  return {
    kind: 'compare',
    id,
    title: reportText('compare-chart-title', locale, { title: context.title, period: formatPeriod(period, locale) }),
    summary,
    indicator,
    locale,
    period: chartPeriod(period, locale),
    bars,
    ...(scotland && scotland.value !== null && { reference: { area: SCOTLAND_CODE, name: dataset.geography.name(SCOTLAND_CODE, locale), ...chartValue(scotland, context) } }),
  };
}

function chartPeriod(period: Period, locale: Locale): ChartPeriod {
  return { label: period.label, text: formatPeriod(period, locale), position: period.position };
}

function selectPlan(dataset: Dataset, id: string | undefined, area: string): OutcomePlan | undefined {
  if (id === undefined) return dataset.plans.find((plan) => plan.area !== undefined && dataset.geography.resolve(plan.area) === area);
  const plan = dataset.plan(id);
  if (!plan) throw new OmfLookupError('plan', id, `unknown plan "${id}"; the data has ${listOf(dataset.plans.map((entry) => entry.id))}`);
  const planArea = plan.area === undefined ? undefined : dataset.geography.resolve(plan.area);
  if (planArea !== undefined && planArea !== area) {
    throw new OmfLookupError('plan', id, `plan "${id}" is for ${dataset.geography.name(planArea)}, not ${dataset.geography.name(area)}`);
  }
  return plan;
}

function planReport(dataset: Dataset, plan: OutcomePlan, area: string, asOf: string, locale: Locale): PlanReport {
  return {
    plan,
    outcomes: plan.outcomes.map((outcome) => ({
      outcome,
      measures: outcome.measures.map((measure) => measureReport(dataset, measure, plan.area ?? area, asOf, locale)),
    })),
  };
}

function measureReport(dataset: Dataset, measure: OutcomeMeasure, area: string, asOf: string, locale: Locale): MeasureReport {
  const progress = progressToTarget(measure, { dataset, area, asOf, locale });
  const format = measureFormat(dataset, measure);
  const atPeriod = (point: { value: number; period: Period } | undefined): string =>
    point ? `${formatValue(point.value, format, { locale })} (${formatPeriod(point.period, locale)})` : t('no-data', locale);
  const notEnough = t('not-enough-data', locale);
  return {
    measure,
    progress,
    baseline: atPeriod(progress.baseline),
    latest: atPeriod(progress.latest),
    target: atPeriod(progress.target),
    percentOfWay: progress.percentOfWay === undefined ? notEnough : formatValue(progress.percentOfWay, { unit: 'percent', decimals: 0 }, { locale }),
    projected: 'value' in progress.projection ? formatValue(progress.projection.value, format, { locale }) : notEnough,
    status: t(progress.status, locale),
    illustrative: measure.illustrative === true,
  };
}

/**
 * How a measure's figures are written: its indicator's format, else its own unit with as many
 * decimals as its figures use (at most 2), the rule `progressToTarget`'s sentence follows.
 */
function measureFormat(dataset: Dataset, measure: OutcomeMeasure): ValueFormat {
  const indicator = measure.indicator === undefined ? undefined : dataset.indicator(measure.indicator);
  if (indicator) return indicator;
  const figures = [measure.baseline.value, measure.target.value, ...(measure.observations ?? []).map((point) => point.value)];
  const decimals = Math.min(2, Math.max(0, ...figures.filter(Number.isFinite).map((value) => (/e/i.test(String(value)) ? 0 : (String(value).split('.')[1]?.length ?? 0)))));
  return { unit: measure.unit ?? 'score', decimals };
}

function actionPlanReport(dataset: Dataset, id: string, asOf: string, locale: Locale): ActionPlanReport {
  const plan = dataset.actionPlan(id);
  if (!plan) throw new OmfLookupError('actionPlan', id, `unknown action plan "${id}"; the data has ${listOf(dataset.actionPlans.map((entry) => entry.id))}`);
  const summary = summariseActionPlan(plan, { asOf, locale });
  return {
    plan,
    summary,
    statuses: ACTION_STATUSES.map((status) => ({ status, label: t(status, locale), count: summary.byStatus[status] })),
  };
}

function distinctSources(sources: ReadonlyArray<Source | undefined>): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) {
    if (source) seen.set(JSON.stringify([source.name, source.url ?? '', source.licence ?? '']), source);
  }
  return [...seen.values()];
}

function illustrativeParts(indicators: readonly IndicatorReport[], plan: PlanReport | undefined, actionPlan: ActionPlanReport | undefined, locale: Locale): string[] {
  const parts = indicators.filter((entry) => entry.illustrative).map((entry) => reportText('illustrative-indicator', locale, { title: entry.title }));
  if (plan?.plan.illustrative) parts.push(reportText('illustrative-plan', locale, { title: plan.plan.title }));
  else if (plan) {
    // A plan that is illustrative as a whole is named once, not measure by measure.
    for (const { measures } of plan.outcomes) {
      for (const entry of measures) if (entry.illustrative) parts.push(reportText('illustrative-measure', locale, { title: entry.measure.title }));
    }
  }
  if (actionPlan?.plan.illustrative) parts.push(reportText('illustrative-action-plan', locale, { title: actionPlan.plan.title }));
  return parts;
}

/** Ids for an error message: the first ten, quoted. */
function listOf(ids: readonly string[]): string {
  if (ids.length === 0) return 'none';
  const shown = ids.slice(0, 10).map((id) => `"${id}"`).join(', ');
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}
