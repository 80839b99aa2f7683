/**
 * `@omf/sdk`: read, validate and measure Scottish outcome data. No DOM; runs in browsers and Node.
 *
 * @packageDocumentation
 */

// Model and errors
export type * from './model/types.js';
export { OmfDataError, OmfLoadError, OmfLookupError, formatIssue } from './model/errors.js';
export type { DataIssue, DataLocation } from './model/errors.js';

// Periods, geography and formatting
export { parsePeriod, comparePeriods } from './period/period.js';
export type { Period } from './period/period.js';
export { SCOTLAND_CODE, councils } from './geography/councils.js';
export type { CouncilArea } from './geography/councils.js';
export { Geography, builtInGeography, areaName } from './geography/geography.js';
export type { Locale } from './geography/geography.js';
export { formatValue, formatChange, formatPeriod, prepareFormatting } from './format/format.js';
export type { ValueFormat } from './format/format.js';
export { t } from './format/messages.js';
export type { MessageKey } from './format/messages.js';
export { chartText } from './format/chart-messages.js';
export type { ChartMessageKey } from './format/chart-messages.js';
export { planText } from './format/plan-messages.js';
export type { PlanMessageKey } from './format/plan-messages.js';
export type { Translate } from './format/translate.js';

// Measures: change, trend, rank, comparison, RAG, summaries, progress to target, action plans
export { change } from './measure/change.js';
export type { Change, ChangeOptions } from './measure/change.js';
export type { TimedValue, ValuedPoint } from './measure/series.js';
export type { Judgement } from './measure/polarity.js';
export { trend, trendWord, DEFAULT_TREND_WINDOW, PERCENT_TREND_THRESHOLD, RELATIVE_TREND_THRESHOLD } from './measure/trend.js';
export type { Trend, TrendDirection, TrendOptions } from './measure/trend.js';
export { rank } from './measure/rank.js';
export type { RankedArea, RankOptions } from './measure/rank.js';
export { compareWith, comparatorSeries } from './measure/compare.js';
export type { Comparator, Comparison, CompareOptions } from './measure/compare.js';
export { ragStatus } from './measure/rag.js';
export type { RagOptions, RagResult, RagStatus } from './measure/rag.js';
export { summarise } from './measure/summarise.js';
export type { IndicatorSummary, SummariseOptions } from './measure/summarise.js';
export { progressToTarget, AT_RISK_SHARE, MIN_PROJECTION_POINTS } from './measure/progress-to-target.js';
export type { PeriodPoint, ProgressOptions, ProgressStatus, Projection, TargetProgress } from './measure/progress-to-target.js';
export { summariseActionPlan, actionStatusMeaning, DEFAULT_DUE_SOON_DAYS } from './measure/action-plan-summary.js';
export type {
  ActionPlanSummary,
  ActionPlanSummaryOptions,
  DueSoonAction,
  OverdueAction,
  StatusCounts,
  ThemeCounts,
} from './measure/action-plan-summary.js';

// Readers, validation and the indexed Dataset
export { readDataset, readDatasets } from './read/read-dataset.js';
export type { ReadOptions } from './read/read-dataset.js';
export { loadDataset } from './read/load-dataset.js';
export type { AbortSignalLike, FetchInitLike, FetchLike, FetchResponseLike, LoadOptions } from './read/load-dataset.js';
export { readIndicatorsCsv } from './read/indicators-csv.js';
export { toTidyCsv, toIndicatorsCsv } from './read/write-csv.js';
export type { DimensionMapping } from './read/json-stat.js';
export type { VariableMapping } from './read/sparql-json.js';
export { Dataset } from './query/dataset.js';
export type { AreaPoint, DataFormat, DatasetParts, ReadReport, SeriesPoint } from './query/dataset.js';

// Chart descriptions: the series, rows and sentences behind <omf-trend> and <omf-compare>
export { describeTrend } from './measure/describe-trend.js';
export type { ChartPoint, ChartSeries, DescribeTrendOptions, TrendDescription } from './measure/describe-trend.js';
export { describeComparison } from './measure/describe-comparison.js';
export type { ComparisonDescription, ComparisonRow, DescribeComparisonOptions } from './measure/describe-comparison.js';

// Plans as elements show them: merged sources, LOIP progress by theme, action tables and their CSV
export { mergeDatasets } from './query/merge-datasets.js';
export type { MergeOptions } from './query/merge-datasets.js';
export { findOutcomePlan, findActionPlan } from './query/find-plan.js';
export { planProgress, PROGRESS_STATUSES } from './measure/plan-progress.js';
export type { MeasureProgress, OutcomeProgress, PlanProgress, PlanProgressOptions, ThemeProgress, ValueAtPeriod } from './measure/plan-progress.js';
export { actionTable, filterActions, sortActions, showingActions, isActionSortKey, ACTION_SORT_KEYS } from './measure/action-table.js';
export type {
  ActionFilters,
  ActionRow,
  ActionSort,
  ActionSortKey,
  ActionTable,
  ActionTableOptions,
  ActionTiming,
  FilterOption,
  SortDirection,
  UpdateRow,
} from './measure/action-table.js';
export { actionPlanToCsv, actionPlanCsvName } from './report/action-plan-csv.js';
export type { ActionCsvOptions } from './report/action-plan-csv.js';
export { localIsoDate } from './format/dates.js';

// Reports: the report model and its Markdown, HTML and CSV writers
export { buildReport, DEFAULT_REPORT_INDICATORS } from './report/report-model.js';
export type {
  ChartSpec,
  CompareChartSpec,
  HeadlineFigures,
  IndicatorReport,
  Report,
  ReportOptions,
  TrendChartSpec,
} from './report/report-model.js';
export { renderMarkdown } from './report/render-markdown.js';
export { renderHtml } from './report/render-html.js';
export type { RenderHtmlOptions } from './report/render-html.js';
export { toCsv, neutraliseCell, REPORT_CSV_COLUMNS } from './report/report-csv.js';
export { renderReportIndex } from './report/report-index.js';
export type { ReportIndexEntry, ReportIndexOptions } from './report/report-index.js';
export { escapeHtml, escapeMarkdown, safeHref } from './report/escape.js';

// Sparkline geometry: a series as an SVG path in a small box (the <omf-indicator> card's trend line)
export { sparklinePath } from './measure/sparkline.js';
export type { Sparkline, SparklineBox, SparklinePoint } from './measure/sparkline.js';
