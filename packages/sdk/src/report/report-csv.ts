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

/**
 * Neutralises a text cell against spreadsheet formula injection (RELIABILITY.md promise 7): a
 * cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe
 * (`=SUM(A1)` → `'=SUM(A1)`), which spreadsheets show as text. Other text is returned as it is.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
type Row = Partial<Record<(typeof REPORT_CSV_COLUMNS)[number], Cell>>;

/**
 * The figures behind a report, one a row, with the columns {@link REPORT_CSV_COLUMNS}:
 * - `section`: `headline` (latest value, change, rank and councils ranked, comparator value),
 *   `trend` (the area's and Scotland's series), `comparison` (every council in the area's latest
 *   period, and Scotland), `loip` (baseline, latest, target, projected value and percent of the
 *   way per measure), `action-plan` (counts by status, total, percent complete, overdue, due soon)
 *   and `action-plan-theme` (counts by theme and status);
 * - `id` and `title`: the indicator, measure or plan (the theme for `action-plan-theme`);
 * - `figure`: what `value` is; `value`: the number to 12 significant digits (not rounded for
 *   display), empty when missing or withheld, never 0;
 * - `note`: the observation status, the trend direction (on `change`), how the area compares
 *   (`area better`, `area worse`, `area same` on `comparator`) or the progress status (on `loip`).
 *
 * Text cells are neutralised with {@link neutraliseCell}; numbers are
 * written as numbers, which no spreadsheet reads as a formula.
 */
export function toCsv(report: Report): string {
  const rows: Row[] = [];
  const area = { area: report.area.code, area_name: report.area.name };
  for (const entry of report.indicators) {
    const { summary, indicator } = entry;
    const about = { id: indicator.id, title: entry.title, unit: indicator.unit };
    const latest = summary.latest;
    if (latest) {
      const at = { section: 'headline', ...about, ...area, period: latest.period.label };
      rows.push({ ...at, figure: 'latest', value: latest.value ?? undefined, note: latest.observation.status });
      if (summary.change) rows.push({ ...at, figure: 'change', value: summary.change.absolute, note: summary.trend.direction });
      if (summary.rank) {
        rows.push({ ...at, figure: 'rank', value: summary.rank.rank, unit: 'rank', note: summary.rank.tied ? 'tied' : undefined });
        rows.push({ ...at, figure: 'councils-ranked', value: summary.rank.of, unit: 'count' });
      }
      const comparison = summary.comparison;
      if (comparison) {
        const comparator = comparison.comparator === 'scotland' ? SCOTLAND_CODE : comparison.comparator;
        rows.push({ ...at, area: comparator, area_name: comparison.label, figure: 'comparator', value: comparison.value, note: comparison.judgement && `area ${comparison.judgement}` });
      }
    }
    const trend = entry.trendChart.description;
    for (const line of [trend.area, ...(trend.comparison ? [trend.comparison] : [])]) {
      for (const point of line.points) {
        rows.push({ section: 'trend', ...about, area: line.id, area_name: line.name, period: point.period.label, figure: 'value', value: point.value ?? undefined, note: point.status });
      }
    }
    const comparison = entry.compareChart?.description;
    if (comparison) {
      const at = { section: 'comparison', ...about, period: comparison.period.label, figure: 'value' };
      for (const row of comparison.rows) rows.push({ ...at, area: row.area, area_name: row.name, value: row.value ?? undefined, note: row.status });
      if (comparison.scotland) rows.push({ ...at, area: SCOTLAND_CODE, area_name: comparison.scotland.name, value: comparison.scotland.value });
    }
  }

  for (const { outcomes } of report.plan?.themes ?? []) {
    for (const { measures } of outcomes) {
      for (const { measure, progress } of measures) {
        const about = { section: 'loip', id: measure.id, title: measure.title, ...area, unit: measure.unit, note: progress.status };
        rows.push({ ...about, period: progress.baseline.period.label, figure: 'baseline', value: progress.baseline.value });
        if (progress.latest) rows.push({ ...about, period: progress.latest.period.label, figure: 'latest', value: progress.latest.value });
        rows.push({ ...about, period: progress.target.period.label, figure: 'target', value: progress.target.value });
        if ('value' in progress.projection) rows.push({ ...about, period: progress.target.period.label, figure: 'projected', value: progress.projection.value });
        if (progress.percentOfWay !== undefined) rows.push({ ...about, period: progress.latest?.period.label, figure: 'percent-of-way', value: progress.percentOfWay, unit: 'percent' });
      }
    }
  }

  const actions = report.actionPlan;
  if (actions) {
    const { plan, summary } = actions;
    const about = { section: 'action-plan', id: plan.id, title: plan.title, period: summary.asOf, unit: 'count' };
    const statuses = Object.keys(summary.byStatus) as Array<keyof typeof summary.byStatus>;
    rows.push({ ...about, figure: 'actions', value: summary.total });
    for (const status of statuses) rows.push({ ...about, figure: `actions-${status}`, value: summary.byStatus[status] });
    if (summary.unrecognised.length > 0) rows.push({ ...about, figure: 'actions-unrecognised-status', value: summary.unrecognised.length });
    rows.push({ ...about, figure: 'percent-complete', value: summary.percentComplete, unit: 'percent' });
    rows.push({ ...about, figure: 'overdue', value: summary.overdue.length });
    rows.push({ ...about, figure: 'due-soon', value: summary.dueSoon.length });
    for (const theme of summary.byTheme) {
      const themeAbout = { ...about, section: 'action-plan-theme', title: theme.theme };
      rows.push({ ...themeAbout, figure: 'actions', value: theme.total });
      for (const status of statuses) rows.push({ ...themeAbout, figure: `actions-${status}`, value: theme.byStatus[status] });
    }
  }

  return toCsvRows([[...REPORT_CSV_COLUMNS], ...rows.map((row) => REPORT_CSV_COLUMNS.map((column) => row[column]))]);
}

/** Rows as CSV text ending in a line break: text cells neutralised, numbers as written, missing values empty. */
export function toCsvRows(rows: ReadonlyArray<readonly Cell[]>): string {
  return csvFormatRows(rows.map((row) => row.map(csvCell))) + '\n';
}

function csvCell(cell: Cell): string {
  if (cell === undefined) return '';
  // 12 significant digits, as the measures compare: a change of −0.2026000000000039 is written −0.2026.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Number(cell.toPrecision(12))) : '';
  return neutraliseCell(cell);
}
