/**
 * Summary of a CSPP action plan as of a date: counts, percent complete, overdue and due-soon actions.
 *
 * @module
 */
import type { Action, ActionPlan, ActionStatus, ActionUpdate } from '../model/types.js';
import type { Locale } from '../geography/geography.js';
import { formatValue } from '../format/format.js';
import { t } from '../format/messages.js';
import { ACTION_STATUSES, isActionStatus } from '../read/vocabulary.js';
import { frames } from './sentences.js';

/** Counts of actions by status meaning. */
export type StatusCounts = Record<ActionStatus, number>;

/** One theme's actions counted. */
export interface ThemeCounts {
  /** The theme as the actions give it. */
  theme: string;
  /** All the theme's actions, unrecognised statuses included. */
  total: number;
  /** The theme's actions counted by status meaning. */
  byStatus: StatusCounts;
}

/** An action past its due date and neither complete nor cancelled. */
export interface OverdueAction {
  /** The overdue action. */
  action: Action;
  /** The action's status meaning; undefined when the status is not recognised. */
  meaning: ActionStatus | undefined;
  /** Whole days from the due date to `asOf` (at least 1). */
  daysOverdue: number;
}

/** An open action due within the coming days. */
export interface DueSoonAction {
  /** The action due soon. */
  action: Action;
  /** The action's status meaning; undefined when the status is not recognised. */
  meaning: ActionStatus | undefined;
  /** Whole days from `asOf` to the due date (0 = due today). */
  daysUntilDue: number;
}

/** What {@link summariseActionPlan} returns. */
export interface ActionPlanSummary {
  /** The day judged from, ISO `YYYY-MM-DD`, as given in the options. */
  asOf: string;
  /** Every action in the plan, cancelled and unrecognised ones included. */
  total: number;
  /** Actions counted by status meaning (custom vocabularies mapped to the default meanings). */
  byStatus: StatusCounts;
  /** Per theme, in the order themes first appear. */
  byTheme: ThemeCounts[];
  /** Actions whose status neither the plan's vocabulary nor the default one recognises; in `total`, not in `byStatus`. */
  unrecognised: Action[];
  /** `complete / (total − cancelled) × 100`; undefined when every action is cancelled or there are none. */
  percentComplete: number | undefined;
  /** Open actions due before `asOf`, most overdue first. */
  overdue: OverdueAction[];
  /** Open actions due from `asOf` to `asOf + dueSoonDays`, soonest first. */
  dueSoon: DueSoonAction[];
  /** Each action's latest update by date (the later one in the list on a tie), keyed by action id. */
  latestUpdate: Map<string, ActionUpdate>;
  /** Plain-English (or Gàidhlig) summary a screen reader can read. */
  sentence: string;
}

/** Options for {@link summariseActionPlan}. */
export interface ActionPlanSummaryOptions {
  /** The day to judge from, ISO `YYYY-MM-DD`. */
  asOf: string;
  /** How many days ahead counts as "due soon". Default 90. */
  dueSoonDays?: number;
  /** Language of the sentence's words. */
  locale?: Locale;
}

/** Default look-ahead, in days, for due-soon actions. */
export const DEFAULT_DUE_SOON_DAYS = 90;

/**
 * The default meaning of an action status, through the plan's vocabulary when it has one.
 *
 * Matching: a vocabulary entry's id exactly, then its id or label ignoring case, spaces,
 * underscores and hyphens (`Green`, `on track`), then the default words the same way (`On track`,
 * `not_started`). Undefined when nothing matches.
 *
 * @example actionStatusMeaning({statuses: [{id: 'blue', label: 'Delivered', meaning: 'complete'}]}, 'Blue') // 'complete'
 */
export function actionStatusMeaning(vocabulary: ActionPlan['vocabulary'], status: string): ActionStatus | undefined {
  const statuses = vocabulary?.statuses ?? [];
  const exact = statuses.find((entry) => entry.id === status);
  if (exact) return exact.meaning;
  const wanted = statusWords(status);
  const loose = statuses.find((entry) => statusWords(entry.id) === wanted || statusWords(entry.label) === wanted);
  if (loose) return loose.meaning;
  return isActionStatus(wanted) ? wanted : undefined;
}

/**
 * Summarises an action plan as of a date.
 *
 * Rules: statuses are read through the plan's vocabulary (see {@link actionStatusMeaning}), so RAG,
 * RAG plus blue for delivered, or plain words all count the same way. `percentComplete` is complete
 * actions over all actions not cancelled. An action is **overdue** when its due date is before
 * `asOf` and it is neither complete nor cancelled: due today is not overdue, and an action completed
 * late is not overdue. It is **due soon** when open and due from `asOf` (today included) to
 * `asOf + dueSoonDays`. Actions without a valid ISO due date are never overdue or due soon.
 *
 * @throws RangeError when `asOf` is not an ISO date or `dueSoonDays` is not a whole number of at least 0.
 */
export function summariseActionPlan(plan: ActionPlan, options: ActionPlanSummaryOptions): ActionPlanSummary {
  const today = dayNumber(options.asOf);
  if (today === undefined) throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD), not "${options.asOf}"`);
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) throw new RangeError(`dueSoonDays must be a whole number of at least 0, not ${dueSoonDays}`);

  const byStatus = emptyCounts();
  const themes = new Map<string, ThemeCounts>();
  const unrecognised: Action[] = [];
  const overdue: OverdueAction[] = [];
  const dueSoon: DueSoonAction[] = [];
  const latestUpdate = new Map<string, ActionUpdate>();

  for (const action of plan.actions) {
    const meaning = actionStatusMeaning(plan.vocabulary, action.status);
    let theme = themes.get(action.theme);
    if (!theme) themes.set(action.theme, (theme = { theme: action.theme, total: 0, byStatus: emptyCounts() }));
    theme.total += 1;
    if (meaning) {
      byStatus[meaning] += 1;
      theme.byStatus[meaning] += 1;
    } else {
      unrecognised.push(action);
    }

    const due = dayNumber(action.due);
    const open = meaning !== 'complete' && meaning !== 'cancelled';
    if (open && due !== undefined) {
      if (due < today) overdue.push({ action, meaning, daysOverdue: today - due });
      else if (due - today <= dueSoonDays) dueSoon.push({ action, meaning, daysUntilDue: due - today });
    }

    const update = latestOf(action.updates);
    if (update) latestUpdate.set(action.id, update);
  }

  const total = plan.actions.length;
  const notCancelled = total - byStatus.cancelled;
  const percentComplete = notCancelled > 0 ? (byStatus.complete / notCancelled) * 100 : undefined;
  const locale = options.locale ?? 'en';
  const sentence =
    frames.actionPlan({
      title: plan.title,
      total,
      ...(percentComplete === undefined ? {} : { percentComplete: formatValue(percentComplete, { unit: 'percent', decimals: 0 }, { locale }) }),
      counts: ACTION_STATUSES.filter((status) => byStatus[status] > 0).map((status) => `${byStatus[status]} ${t(status, locale)}`),
    }) +
    frames.actionDates({ overdue: overdue.length, overdueWord: t('overdue', locale), dueSoon: dueSoon.length, dueSoonWord: t('due-soon', locale), days: dueSoonDays });
  return {
    asOf: options.asOf,
    total,
    byStatus,
    byTheme: [...themes.values()],
    unrecognised,
    percentComplete,
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue),
    dueSoon: dueSoon.sort((a, b) => a.daysUntilDue - b.daysUntilDue),
    latestUpdate,
    sentence,
  };
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** Lower case, with runs of spaces, underscores and hyphens as one hyphen: `On  track` → `on-track`. */
function statusWords(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date; undefined for anything else (including 31 June). */
function dayNumber(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 June over to 1 July, and reads years below 100 as 19xx: reject both.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime() / DAY_MS;
}

/** The update with the latest valid date; the later in the list wins a tie. */
function latestOf(updates: readonly ActionUpdate[]): ActionUpdate | undefined {
  let latest: ActionUpdate | undefined;
  let latestDay = -Infinity;
  for (const update of updates) {
    const day = dayNumber(update.date);
    if (day !== undefined && day >= latestDay) {
      latest = update;
      latestDay = day;
    }
  }
  return latest;
}
