/**
 * A CSPP action plan as a table a reader can filter and sort: each action's status label, due date,
 * overdue or due-soon words and dated updates, the filter options, and the "Showing 7 of 24
 * actions" line.
 *
 * @module
 */
import type { Locale } from '../geography/geography.js';
import { formatPeriod } from '../format/format.js';
import { pluralRules } from '../format/intl.js';
import { planText } from '../format/plan-messages.js';
import { t } from '../format/messages.js';
import { OmfLookupError } from '../model/errors.js';
import type { Action, ActionPlan, ActionStatus, ActionUpdate } from '../model/types.js';
import { ACTION_STATUSES } from '../read/vocabulary.js';
import { actionStatusMeaning, summariseActionPlan, type ActionPlanSummary } from './action-plan-summary.js';
import { capitalise } from './sentences.js';

/** The columns a table of actions sorts by. */
export type ActionSortKey = 'title' | 'theme' | 'lead' | 'due' | 'status';

/** Every {@link ActionSortKey}, in column order. */
export const ACTION_SORT_KEYS: readonly ActionSortKey[] = ['title', 'theme', 'lead', 'due', 'status'];

/** Sort order, named as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

/** An action's dated update, written for reading. */
export interface UpdateRow {
  /** The update as the plan gives it. */
  update: ActionUpdate;
  /** `19 January 2024` (the text as written when it is not a date). */
  date: string;
  /** The update's status as the plan labels it (`Red`), else the meaning's label (`Off track`), else as written. */
  statusLabel: string;
}

/** Whether an open action is overdue or due soon, and by how many days, in words. */
export interface ActionTiming {
  /** `overdue` when due before `asOf`, `due-soon` when due within the look-ahead. */
  kind: 'overdue' | 'due-soon';
  /** Days overdue (at least 1), or days until due (0 = today). */
  days: number;
  /** `Overdue by 45 days`, `Due in 12 days`, `Due today`. */
  text: string;
}

/** One action, with every word a table shows. */
export interface ActionRow {
  /** The action as the plan gives it. */
  action: Action;
  /** The status's default meaning (through the plan's vocabulary); undefined when not recognised. */
  meaning: ActionStatus | undefined;
  /** The status as the plan labels it (`Red`), else the meaning's label (`Off track`), else as written. */
  statusLabel: string;
  /** `30 September 2025` (as written when it is not a date). */
  due: string;
  /** Set for open actions that are overdue or due soon as of `asOf`. */
  timing?: ActionTiming;
  /** Updates oldest first (undated ones last). */
  updates: UpdateRow[];
  /** The update with the latest date, if any. */
  latestUpdate?: ActionUpdate;
}

/** One choice of a filter. */
export interface FilterOption {
  /** What to pass to {@link filterActions}. */
  value: string;
  /** What to show: the theme, or the status as the plan labels it (labels joined with `, ` when several share a meaning). */
  label: string;
  /** Actions in the whole plan with this value. */
  count: number;
}

/** What {@link actionTable} returns. */
export interface ActionTable {
  /** The plan as declared. */
  plan: ActionPlan;
  /** The plan's {@link summariseActionPlan} as of `asOf`. */
  summary: ActionPlanSummary;
  /** Every action, in plan order. */
  rows: ActionRow[];
  /** Themes in first-seen order. */
  themes: FilterOption[];
  /** Status meanings the plan uses, in the default order (not started, on track, at risk, off track, complete, cancelled). */
  statuses: FilterOption[];
}

/** Options for {@link actionTable}: those of {@link summariseActionPlan}. */
export interface ActionTableOptions {
  /** The day to judge from, ISO `YYYY-MM-DD`. */
  asOf: string;
  /** How many days ahead counts as due soon. Default 90. */
  dueSoonDays?: number;
  /** Language of the labels and dates. Default `en`. */
  locale?: Locale;
}

/** Filters for {@link filterActions}; an empty or absent filter lets everything through. */
export interface ActionFilters {
  /** A theme, exactly as the actions give it. */
  theme?: string | undefined;
  /** A status meaning (`off-track`), or a status id or label of the plan's vocabulary. */
  status?: string | undefined;
}

/** How {@link sortActions} sorts. */
export interface ActionSort {
  /** The column to sort by. */
  by: ActionSortKey;
  /** Default ascending. */
  direction?: SortDirection;
  /** Collation of text columns. Default `en`. */
  locale?: Locale;
}

/**
 * The plan's actions as table rows, with the summary and the filter options.
 *
 * @throws RangeError when `asOf` is not an ISO date (see {@link summariseActionPlan}).
 */
export function actionTable(plan: ActionPlan, options: ActionTableOptions): ActionTable {
  const locale = options.locale ?? 'en';
  const summary = summariseActionPlan(plan, options);
  const timings = new Map<Action, ActionTiming>();
  for (const { action, daysOverdue } of summary.overdue) {
    timings.set(action, { kind: 'overdue', days: daysOverdue, text: planText(plural(daysOverdue, locale) ? 'overdue-day' : 'overdue-days', locale, { days: daysOverdue }) });
  }
  for (const { action, daysUntilDue } of summary.dueSoon) {
    const key = daysUntilDue === 0 ? 'due-today' : plural(daysUntilDue, locale) ? 'due-in-day' : 'due-in-days';
    timings.set(action, { kind: 'due-soon', days: daysUntilDue, text: planText(key, locale, { days: daysUntilDue }) });
  }
  const label = (status: string) => statusLabel(plan, status, locale);

  const rows = plan.actions.map((action): ActionRow => {
    const timing = timings.get(action);
    const latestUpdate = summary.latestUpdate.get(action.id);
    return {
      action,
      meaning: actionStatusMeaning(plan.vocabulary, action.status),
      statusLabel: label(action.status),
      due: formatPeriod(action.due, locale),
      ...(timing && { timing }),
      updates: [...action.updates]
        .sort((a, b) => compareDates(a.date, b.date))
        .map((update) => ({ update, date: formatPeriod(update.date, locale), statusLabel: label(update.status) })),
      ...(latestUpdate && { latestUpdate }),
    };
  });

  const themes = new Map<string, FilterOption>();
  for (const { action } of rows) {
    const option = themes.get(action.theme);
    if (option) option.count += 1;
    else themes.set(action.theme, { value: action.theme, label: action.theme, count: 1 });
  }
  const statuses = ACTION_STATUSES.filter((status) => summary.byStatus[status] > 0).map((status) => ({
    value: status,
    label: meaningLabel(plan, status, locale),
    count: summary.byStatus[status],
  }));
  return { plan, summary, rows, themes: [...themes.values()], statuses };
}

/**
 * The rows matching the filters, in the table's order.
 *
 * @throws OmfLookupError (kind `actionPlan`) for a theme the plan does not have or a status it cannot read, naming the ones it has.
 */
export function filterActions(table: ActionTable, filters: ActionFilters): ActionRow[] {
  const { theme, status } = filters;
  if (theme && !table.themes.some((option) => option.value === theme)) {
    throw new OmfLookupError('actionPlan', theme, `no action in "${table.plan.id}" has the theme "${theme}" (themes: ${table.themes.map((option) => option.value).join(', ')})`);
  }
  const meaning = status ? actionStatusMeaning(table.plan.vocabulary, status) : undefined;
  if (status && !meaning) {
    throw new OmfLookupError('actionPlan', status, `unknown action status "${status}" (statuses: ${ACTION_STATUSES.join(', ')})`);
  }
  return table.rows.filter((row) => (!theme || row.action.theme === theme) && (!meaning || row.meaning === meaning));
}

/**
 * The rows sorted by a column; a new array. Text columns use the locale's collation with numbers
 * in number order (`Action 2` before `Action 10`); `due` sorts by date and `status` in
 * the default status order (not started, on track, at risk, off track, complete, cancelled).
 * Rows without a readable date or status come last either way; ties keep the rows' order.
 */
export function sortActions(rows: readonly ActionRow[], sort: ActionSort): ActionRow[] {
  const sign = sort.direction === 'descending' ? -1 : 1;
  const key = sortKeys[sort.by];
  const text = collator(sort.locale ?? 'en');
  const order = (a: string | number, b: string | number) => (typeof a === 'number' && typeof b === 'number' ? a - b : text.compare(String(a), String(b)));
  return rows
    .map((row, index) => ({ row, index, key: key(row) }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) return Number(a.key === undefined) - Number(b.key === undefined) || a.index - b.index;
      return sign * order(a.key, b.key) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** `Showing 7 of 24 actions`, for a live region after the filters change. */
export function showingActions(shown: number, total: number, locale: Locale = 'en'): string {
  return planText(plural(total, locale) ? 'showing-action' : 'showing-actions', locale, { shown, total });
}

/** True for a column name {@link sortActions} knows. */
export function isActionSortKey(value: unknown): value is ActionSortKey {
  return typeof value === 'string' && (ACTION_SORT_KEYS as readonly string[]).includes(value);
}

/** Whether a count takes the singular ("1 day"). */
function plural(count: number, locale: Locale): boolean {
  return pluralRules(locale, {}).select(count) === 'one';
}

/** A status as the plan labels it (its vocabulary), else its meaning's words, else as written. */
function statusLabel(plan: ActionPlan, status: string, locale: Locale): string {
  const entry = plan.vocabulary?.statuses.find((candidate) => candidate.id === status);
  if (entry) return entry.label;
  const meaning = actionStatusMeaning(plan.vocabulary, status);
  return meaning ? capitalise(t(meaning, locale)) : status;
}

/** A meaning as a filter offers it: the plan's own labels for it when it has a vocabulary. */
function meaningLabel(plan: ActionPlan, meaning: ActionStatus, locale: Locale): string {
  const labels = (plan.vocabulary?.statuses ?? []).filter((entry) => entry.meaning === meaning).map((entry) => entry.label);
  return labels.length > 0 ? labels.join(', ') : capitalise(t(meaning, locale));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates as ISO text compare as strings; anything else after them. */
function compareDates(a: string, b: string): number {
  const [validA, validB] = [ISO_DATE.test(a), ISO_DATE.test(b)];
  if (validA !== validB) return validA ? -1 : 1;
  return validA && a !== b ? (a < b ? -1 : 1) : 0;
}

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(locale === 'gd' ? ['gd', 'en-GB'] : ['en-GB'], { numeric: true, sensitivity: 'base' })));
  return found;
}

/** Each column's sort key: text (collated) or a number; undefined sorts last. */
const sortKeys: Record<ActionSortKey, (row: ActionRow) => string | number | undefined> = {
  title: (row) => row.action.title,
  theme: (row) => row.action.theme,
  lead: (row) => row.action.lead,
  // 2025-09-30 -> 20250930: ISO dates in number order.
  due: (row) => (ISO_DATE.test(row.action.due) ? Number(row.action.due.replaceAll('-', '')) : undefined),
  status: (row) => (row.meaning ? ACTION_STATUSES.indexOf(row.meaning) : undefined),
};
