/**
 * The figures behind a report as CSV, one figure a row, safe to open in a spreadsheet.
 *
 * @module
 */
import { csvFormatRows } from 'd3-dsv';
import { SCOTLAND_CODE } from '../geography/councils.js';
import type { Report } from './report-model.js';

/** The columns {@link toCsv} writes, in order. */
export const REPORT_CSV_COLUMNS = ['section', 'id', 'title', 'area', 'area_name', 'period', 'figure', 'value', 'unit', 'note'] as const;

type Cell = string | number | undefined;
type Row = Record<(typeof REPORT_CSV_COLUMNS)[number], Cell>;

/**
 * Neutralises a text cell against spreadsheet formula injection (RELIABILITY.md promise 7): a
 * cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe,
 * which spreadsheets show as text. Numbers are written as numbers and never need it.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The figures behind a report, one a row, with the columns {@link REPORT_CSV_COLUMNS}:
 * - `section`: `headline` (latest value, change, rank and councils ranked, comparator value), `trend` (the area's and
 *   Scotland's series), `comparison` (every council in the latest period), `loip` (baseline, latest,
 *   target, projected value and percent of the way per measure), `action-plan` (counts by status,
 *   total, percent complete, overdue, due soon) and `action-plan-theme` (counts by theme and status);
 * - `id` and `title`: the indicator, measure or plan (the theme for `action-plan-theme`);
 * - `figure`: what `value` is; `value`: the number as held (not rounded), empty when missing;
 * - `note`: the observation status, the trend direction or the progress status.
 *
 * Text cells are neutralised with {@link neutraliseCell}; values are never written as 0 when missing.
 */
export function toCsv(report: Report): string {
  const rows: Row[] = [];
  const area = { area: report.area.code, area_name: report.area.name };
  for (const entry of report.indicators) {
    const { summary, indicator } = entry;
    const about = { id: indicator.id, title: entry.title, unit: indicator.unit };
    const latest = summary.latest;
    if (latest) {
      const at = { ...about, ...area, period: latest.period.label };
      rows.push({ section: 'headline', ...at, figure: 'latest', value: latest.value ?? undefined, note: latest.observation.status });
      if (summary.change) rows.push({ section: 'headline', ...at, figure: 'change', value: summary.change.absolute, note: summary.trend.direction });
      if (summary.rank) {
        rows.push({ section: 'headline', ...at, figure: 'rank', value: summary.rank.rank, unit: 'rank', note: summary.rank.tied ? 'tied' : undefined });
        rows.push({ section: 'headline', ...at, figure: 'councils-ranked', value: summary.rank.of, unit: 'count' });
      }
      const comparison = summary.comparison;
      if (comparison) {
        const comparator = comparison.comparator === 'scotland' ? SCOTLAND_CODE : comparison.comparator;
        rows.push({ section: 'headline', ...about, area: comparator, area_name: comparison.label, period: latest.period.label, figure: 'comparator', value: comparison.value, note: comparison.judgement });
      }
    }
    for (const line of entry.trendChart.series) {
      line.values.forEach((point, index) => {
        const period = entry.trendChart.periods[index];
        rows.push({ section: 'trend', ...about, area: line.area, area_name: line.name, period: period?.label, figure: 'value', value: point.value ?? undefined, note: point.status });
      });
    }
    const compare = entry.compareChart;
    for (const bar of [...(compare?.bars ?? []), ...(compare?.reference ? [compare.reference] : [])]) {
      rows.push({ section: 'comparison', ...about, area: bar.area, area_name: bar.name, period: compare?.period.label, figure: 'value', value: bar.value ?? undefined, note: bar.status });
    }
  }

  for (const { measures } of report.plan?.outcomes ?? []) {
    for (const { measure, progress } of measures) {
      const about = { section: 'loip', id: measure.id, title: measure.title, ...area, unit: measure.unit, note: progress.status };
      rows.push({ ...about, period: progress.baseline.period.label, figure: 'baseline', value: progress.baseline.value });
      if (progress.latest) rows.push({ ...about, period: progress.latest.period.label, figure: 'latest', value: progress.latest.value });
      rows.push({ ...about, period: progress.target.period.label, figure: 'target', value: progress.target.value });
      if ('value' in progress.projection) rows.push({ ...about, period: progress.target.period.label, figure: 'projected', value: progress.projection.value });
      if (progress.percentOfWay !== undefined) rows.push({ ...about, period: progress.latest?.period.label, figure: 'percent-of-way', value: progress.percentOfWay, unit: 'percent' });
    }
  }

  const actionPlan = report.actionPlan;
  if (actionPlan) {
    const { plan, summary } = actionPlan;
    const about = { section: 'action-plan', id: plan.id, title: plan.title, period: summary.asOf, unit: 'count' };
    rows.push({ ...about, figure: 'actions', value: summary.total });
    for (const { status, count } of actionPlan.statuses) rows.push({ ...about, figure: `actions-${status}`, value: count });
    if (summary.unrecognised.length > 0) rows.push({ ...about, figure: 'actions-unrecognised-status', value: summary.unrecognised.length });
    rows.push({ ...about, figure: 'percent-complete', value: summary.percentComplete, unit: 'percent' });
    rows.push({ ...about, figure: 'overdue', value: summary.overdue.length });
    rows.push({ ...about, figure: 'due-soon', value: summary.dueSoon.length });
    for (const theme of summary.byTheme) {
      const themeAbout = { ...about, section: 'action-plan-theme', title: theme.theme };
      rows.push({ ...themeAbout, figure: 'actions', value: theme.total });
      for (const { status } of actionPlan.statuses) rows.push({ ...themeAbout, figure: `actions-${status}`, value: theme.byStatus[status] });
    }
  }

  const cells = rows.map((row) => REPORT_CSV_COLUMNS.map((column) => csvCell(row[column])));
  return csvFormatRows([[...REPORT_CSV_COLUMNS], ...cells]) + '\n';
}

function csvCell(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return neutraliseCell(cell);
}
