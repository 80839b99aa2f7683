/**
 * What the Markdown and HTML writers share: the order of a report's sections, their tables as
 * plain text cells (each writer escapes them its own way), and how a source and its licence are shown.
 *
 * @module
 */
import { formatPeriod, formatValue } from '../format/format.js';
import { chartText } from '../format/chart-messages.js';
import { planText } from '../format/plan-messages.js';
import { t } from '../format/messages.js';
import type { Locale } from '../geography/geography.js';
import type { ActionStatus, Outcome, Source } from '../model/types.js';
import type { ActionTable } from '../measure/action-table.js';
import type { ComparisonDescription } from '../measure/describe-comparison.js';
import type { TrendDescription } from '../measure/describe-trend.js';
import type { MeasureProgress, PlanProgress } from '../measure/plan-progress.js';
import { safeHref } from './escape.js';
import type { IndicatorReport, Report } from './report-model.js';
import { reportText } from './report-messages.js';

/** One section of a report, in reading order. */
export type ReportSection =
  | { kind: 'headline' }
  | { kind: 'indicator'; entry: IndicatorReport }
  | { kind: 'plan'; plan: PlanProgress }
  | { kind: 'action-plan'; actionPlan: ActionTable }
  | { kind: 'sources' };

/** The sections of a report in reading order: headline, one per indicator, LOIP, action plan, sources. */
export function reportSections(report: Report): ReportSection[] {
  return [
    { kind: 'headline' },
    ...report.indicators.map((entry) => ({ kind: 'indicator' as const, entry })),
    ...(report.plan ? [{ kind: 'plan' as const, plan: report.plan }] : []),
    ...(report.actionPlan ? [{ kind: 'action-plan' as const, actionPlan: report.actionPlan }] : []),
    { kind: 'sources' },
  ];
}

/** The section's HTML id (the indicators' come from the model; the others are fixed). */
export function sectionId(section: ReportSection): string {
  return section.kind === 'indicator' ? section.entry.id : section.kind === 'plan' ? 'loip' : section.kind;
}

/** The section's heading. */
export function sectionTitle(section: ReportSection, locale: Locale): string {
  switch (section.kind) {
    case 'headline':
      return reportText('headline-indicators', locale);
    case 'indicator':
      return section.entry.title;
    case 'plan':
      return reportText('loip-progress', locale);
    case 'action-plan':
      return reportText('action-plan-status', locale);
    default:
      return reportText('source-licence', locale);
  }
}

/** A table as text: column headers and rows of cells. */
export interface TextTable<Row = string[]> {
  header: string[];
  rows: Row[];
}

/** The trend chart's table: a row per period, a column per series (and the area's interval when it has one). */
export function trendRows(trend: TrendDescription, locale: Locale): TextTable {
  const series = [trend.area, ...(trend.comparison ? [trend.comparison] : [])];
  const range = (lower: number | undefined, upper: number | undefined) =>
    lower === undefined || upper === undefined ? '' : chartText('value-range', locale, { lower: formatValue(lower, trend.indicator, { locale }), upper: formatValue(upper, trend.indicator, { locale }) });
  return {
    header: [chartText('column-period', locale), ...series.map((line) => line.name), ...(trend.hasInterval ? [chartText('column-interval', locale)] : [])],
    rows: trend.periods.map((period, index) => {
      const own = trend.area.points[index];
      return [
        formatPeriod(period, locale),
        ...series.map((line) => line.points[index]?.valueText ?? ''),
        ...(trend.hasInterval ? [range(own?.lower, own?.upper)] : []),
      ];
    }),
  };
}

/** The comparison chart's table: a row per area, best first, the highlighted one marked, then Scotland. */
export function comparisonRows(comparison: ComparisonDescription, locale: Locale): TextTable<{ cells: string[]; highlighted: boolean; reference: boolean }> {
  const rows = comparison.rows.map((row) => ({
    cells: [row.highlighted ? reportText('this-area', locale, { area: row.name }) : row.name, row.rankText, row.valueText],
    highlighted: row.highlighted,
    reference: false,
  }));
  if (comparison.scotland) rows.push({ cells: [comparison.scotland.name, '', comparison.scotland.valueText], highlighted: false, reference: true });
  return { header: [chartText('column-area', locale), chartText('column-rank', locale), chartText('column-value', locale)], rows };
}

/** `Community Planning Aberdeen, 1 April 2016 to 31 March 2026`. */
export function planPeriodLine(progress: PlanProgress, locale: Locale): string {
  const { plan } = progress;
  return `${plan.partnership}, ${t('period-range', locale, { start: formatPeriod(plan.period.start, locale), end: formatPeriod(plan.period.end, locale) })}`;
}

/** `Outcome title (Locality: Torry)`, or the title alone for a partnership-wide outcome. */
export function outcomeHeading(outcome: Outcome, locale: Locale): string {
  return outcome.locality ? `${outcome.title} (${planText('locality', locale)}: ${outcome.locality})` : outcome.title;
}

/**
 * An outcome's measures: baseline, latest, target, progress, projection and status (the last cell).
 * Illustrative measures are marked unless the whole plan is (it is then marked once).
 */
export function measureRows(measures: readonly MeasureProgress[], planIllustrative: boolean, locale: Locale): TextTable {
  const at = (point: { value: string; period: string } | undefined) => (point ? `${point.value} (${point.period})` : t('no-data', locale));
  return {
    header: [reportText('measure', locale), planText('baseline', locale), planText('latest', locale), planText('target', locale), reportText('progress-to-target', locale), planText('projection', locale), planText('column-status', locale)],
    rows: measures.map((entry) => [
      entry.measure.title + (entry.illustrative && !planIllustrative ? ` (${reportText('illustrative-marker', locale)})` : ''),
      at(entry.baseline),
      at(entry.latest),
      at(entry.target),
      entry.percentOfWay ?? t('not-enough-data', locale),
      entry.projection,
      entry.statusLabel,
    ]),
  };
}

/** Actions counted by the status meanings the plan uses, and any it does not recognise. */
export function statusCountRows(actions: ActionTable, locale: Locale): TextTable<{ cells: string[]; meaning?: ActionStatus }> {
  const rows: Array<{ cells: string[]; meaning?: ActionStatus }> = actions.statuses.map((status) => ({
    cells: [status.label, String(status.count)],
    meaning: status.value as ActionStatus,
  }));
  const unrecognised = actions.summary.unrecognised.length;
  if (unrecognised > 0) rows.push({ cells: [reportText('unrecognised', locale), String(unrecognised)] });
  return { header: [planText('column-status', locale), reportText('actions', locale)], rows };
}

/** Actions per theme: the total, then a column per status meaning the plan uses. */
export function themeCountRows(actions: ActionTable, locale: Locale): TextTable {
  const statuses = actions.statuses;
  return {
    header: [planText('column-theme', locale), reportText('total', locale), ...statuses.map((status) => status.label)],
    rows: actions.summary.byTheme.map((theme) => [theme.theme, String(theme.total), ...statuses.map((status) => String(theme.byStatus[status.value as ActionStatus]))]),
  };
}

/** Open actions overdue or due soon, most pressing first (overdue by most days, then due soonest); the status is the fifth cell. */
export function timedActionRows(actions: ActionTable, locale: Locale): TextTable<{ cells: string[]; meaning?: ActionStatus }> {
  const timed = actions.rows.filter((row) => row.timing);
  const pressing = [...timed].sort((a, b) => pressure(b) - pressure(a));
  return {
    header: [planText('column-action', locale), planText('column-theme', locale), planText('column-lead', locale), planText('column-due', locale), planText('column-status', locale), planText('column-timing', locale)],
    rows: pressing.map((row) => ({
      cells: [`${row.action.id} ${row.action.title}`, row.action.theme, row.action.lead, row.due, row.statusLabel, row.timing?.text ?? ''],
      ...(row.meaning && { meaning: row.meaning }),
    })),
  };
}

/** Overdue days count up, due-soon days count down: one scale for "most pressing first". */
function pressure(row: ActionTable['rows'][number]): number {
  if (!row.timing) return -Infinity;
  return row.timing.kind === 'overdue' ? row.timing.days : -row.timing.days - 1;
}

/** Licences met in Scottish public data: identifier to name and page. */
const LICENCES: ReadonlyMap<string, { name: string; url: string }> = new Map([
  ['ogl-uk-3.0', { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' }],
  ['cc-by-4.0', { name: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }],
]);

/** The licence's name for a known identifier (`OGL-UK-3.0` → `Open Government Licence v3.0 (OGL-UK-3.0)`), else as written. */
export function licenceName(licence: string): string {
  const known = LICENCES.get(licence.trim().toLowerCase());
  return known ? `${known.name} (${licence})` : licence;
}

/** A source's links: `href` and `licenceHref` only when safe to make live (https), `url` as written. */
export function sourceParts(source: Source): { url?: string; href?: string; licenceHref?: string } {
  const href = safeHref(source.url);
  const licenceHref = source.licence === undefined ? undefined : LICENCES.get(source.licence.trim().toLowerCase())?.url;
  return { ...(source.url !== undefined && { url: source.url }), ...(href && { href }), ...(licenceHref && { licenceHref }) };
}
