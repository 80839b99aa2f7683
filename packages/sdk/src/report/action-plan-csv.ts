/**
 * The actions a reader is looking at, as CSV for a spreadsheet, safe to open: no cell can run as a
 * formula.
 *
 * @module
 */
import { csvFormatRows } from 'd3-dsv';
import type { Locale } from '../geography/geography.js';
import { planText } from '../format/plan-messages.js';
import type { ActionRow } from '../measure/action-table.js';
import { neutraliseCell } from './report-csv.js';

/** Options for {@link actionPlanToCsv}. */
export interface ActionCsvOptions {
  /** Language of the header row and of the words in cells. Default `en`. */
  locale?: Locale;
}

/**
 * The rows as CSV, in the order given, with a header row: reference, action, theme, lead, due
 * (ISO date), status, overdue or due soon, progress (percent), latest update date, latest update.
 * Every cell is neutralised against formulas ({@link neutraliseCell}: a leading `=`, `+`, `-`, `@`, tab or CR gets an apostrophe); quoting follows RFC 4180; lines end
 * with `\n`.
 */
export function actionPlanToCsv(rows: readonly ActionRow[], options: ActionCsvOptions = {}): string {
  const locale = options.locale ?? 'en';
  const header = ['reference', 'action', 'theme', 'lead', 'due', 'status', 'timing', 'progress', 'latest-update-date', 'latest-update'] as const;
  const lines = rows.map(({ action, statusLabel, timing, latestUpdate }) => [
    action.id,
    action.title,
    action.theme,
    action.lead,
    action.due,
    statusLabel,
    timing?.text ?? '',
    action.progress === undefined ? '' : String(action.progress),
    latestUpdate?.date ?? '',
    latestUpdate?.text ?? '',
  ]);
  return csvFormatRows([header.map((key) => planText(`column-${key}`, locale)), ...lines].map((cells) => cells.map(neutraliseCell))) + '\n';
}

/**
 * A file name for the download: the plan id made safe for any file system, and the date judged
 * from, e.g. `aberdeen-city-cspp-2023-26-actions-2026-10-01.csv`.
 */
export function actionPlanCsvName(planId: string, asOf: string): string {
  const safe = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${[safe(planId) || 'action-plan', 'actions', safe(asOf)].filter(Boolean).join('-')}.csv`;
}
