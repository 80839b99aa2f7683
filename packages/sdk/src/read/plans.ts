/**
 * Validation of LOIP outcome plans and CSPP action plans in canonical JSON.
 *
 * @module
 */
import type {
  Action,
  ActionPlan,
  ActionUpdate,
  Indicator,
  Outcome,
  OutcomeMeasure,
  OutcomePlan,
  PeriodType,
  PeriodValue,
  StatusVocabulary,
} from '../model/types.js';
import type { Geography } from '../geography/geography.js';
import { comparePeriods, parsePeriod, type Period } from '../period/period.js';
import { pointer, type IssueLog } from './issue-log.js';
import { JsonFields, definedOnly, describeJsonType, isJsonObject, own } from './json-fields.js';
import { isIsoDate } from './values.js';
import { ACTION_STATUSES, describe, isActionStatus, isPolarity, isUnit } from './vocabulary.js';

/** What plan validation checks references against. */
export interface PlanContext {
  log: IssueLog;
  geography: Geography;
  indicators: ReadonlyMap<string, Indicator>;
  periodType?: PeriodType | undefined;
}

/** Reads a field path under a JSON pointer. */
function fieldsAt(raw: unknown, at: string, what: string, log: IssueLog): JsonFields | undefined {
  if (isJsonObject(raw)) return new JsonFields(raw, log, (key) => ({ pointer: pointer(at, key) }));
  log.error({ pointer: at }, what, `${what} must be an object, not ${describeJsonType(raw)}`);
  return undefined;
}

/** Each item of a list that is an object, with its pointer. */
function eachObject(list: readonly unknown[], at: string, what: string, log: IssueLog): Array<{ fields: JsonFields; at: string }> {
  return list.flatMap((raw, index) => {
    const itemAt = pointer(at, index);
    const fields = fieldsAt(raw, itemAt, what, log);
    return fields ? [{ fields, at: itemAt }] : [];
  });
}

/** Logs a problem for each id met before in the same scope. */
class IdRegister {
  private readonly seen = new Map<string, string>();
  constructor(private readonly log: IssueLog, private readonly what: string) {}

  /** Registers the item's id, if it has a text one (a missing or mistyped id is reported where it is read). */
  add(fields: JsonFields, at: string): void {
    const id = own(fields.raw, 'id');
    if (typeof id !== 'string') return;
    const first = this.seen.get(id);
    if (first !== undefined) this.log.error({ pointer: pointer(at, 'id') }, 'id', `duplicate ${this.what} id "${id}" (first at ${first})`);
    else this.seen.set(id, at);
  }
}

/** An area field resolved to the current code; logs unknown areas. */
function areaField(fields: JsonFields, context: PlanContext): string | undefined {
  const text = fields.string('area');
  if (text === undefined) return undefined;
  const code = context.geography.resolve(text);
  if (code === undefined) fields.problem('area', `unknown area "${text}"`);
  return code ?? text;
}

/** A plan's `{start, end}`: each an ISO date or a period label, start not after end. */
function planPeriod(fields: JsonFields, context: PlanContext): { start: string; end: string } | undefined {
  const period = fields.object('period', true);
  if (!period) return undefined;
  const at = fields.locate('period').pointer ?? '';
  const range = new JsonFields(period, context.log, (key) => ({ pointer: pointer(at, key) }));
  const [start, end] = (['start', 'end'] as const).map((key) => {
    const text = range.string(key, true);
    if (text === undefined) return undefined;
    const parsed = parsePeriod(text);
    if (!parsed) range.problem(key, `${key} must be an ISO date (YYYY-MM-DD) or a period such as 2023/24, not "${text}"`);
    return parsed && { text, parsed };
  });
  if (start && end && start.parsed.start > end.parsed.end) {
    range.problem('end', `plan ends (${end.text}) before it starts (${start.text})`);
  }
  return start && end ? { start: start.text, end: end.text } : undefined;
}

/** A `{period, value}` with the period parsed (canonical label kept). */
function periodValue(raw: unknown, at: string, what: string, hint: PeriodType | undefined, log: IssueLog): { value: PeriodValue; period: Period } | undefined {
  const fields = fieldsAt(raw, at, what, log);
  if (!fields) return undefined;
  const text = fields.string('period', true);
  const value = fields.number('value', true);
  const period = text === undefined ? undefined : parsePeriod(text, hint);
  if (text !== undefined && !period) fields.problem('period', `cannot read period "${text}" (expected e.g. 2023/24, 2023, 2023-Q2)`);
  return period && value !== undefined ? { value: { period: period.label, value }, period } : undefined;
}

function checkMeasure(fields: JsonFields, at: string, context: PlanContext): OutcomeMeasure | undefined {
  const { log } = context;
  const before = log.problems.length;
  const id = fields.string('id', true);
  const title = fields.string('title', true);
  const indicatorId = fields.string('indicator');
  const indicator = indicatorId === undefined ? undefined : context.indicators.get(indicatorId);
  if (indicatorId !== undefined && !indicator) fields.problem('indicator', `unknown indicator "${indicatorId}" in measure`);
  const area = areaField(fields, context);
  const hint = indicator?.periodType ?? context.periodType;
  const baselineRaw = fields.object('baseline', true);
  const targetRaw = fields.object('target', true);
  const baseline = baselineRaw && periodValue(baselineRaw, pointer(at, 'baseline'), 'baseline', hint, log);
  const target = targetRaw && periodValue(targetRaw, pointer(at, 'target'), 'target', hint, log);
  if (baseline && target && comparePeriods(target.period, baseline.period) < 0) {
    log.error({ pointer: pointer(at, 'target', 'period') }, 'period', `target period ${target.value.period} is before baseline period ${baseline.value.period}`);
  }
  const observationList = fields.array('observations');
  const observations = observationList?.map((raw, index) =>
    periodValue(raw, pointer(at, 'observations', index), 'observation', hint, log)?.value,
  );
  const unit = fields.string('unit');
  if (unit !== undefined && !isUnit(unit)) fields.problem('unit', `unknown unit "${unit}" (expected ${describe.units})`);
  const polarity = fields.string('polarity');
  if (polarity !== undefined && !isPolarity(polarity)) {
    fields.problem('polarity', `unknown polarity "${polarity}" (expected ${describe.polarities})`);
  }
  const measure = definedOnly({
    id,
    title,
    indicator: indicatorId,
    area,
    baseline: baseline?.value,
    target: target?.value,
    observations,
    unit,
    polarity,
    illustrative: fields.boolean('illustrative'),
  });
  return log.problems.length === before ? (measure as OutcomeMeasure) : undefined;
}

/** Validates canonical JSON `plans`; logs every problem and returns the plans (areas as current codes, periods as canonical labels). */
export function validatePlans(raw: unknown, context: PlanContext): OutcomePlan[] {
  const { log } = context;
  if (!Array.isArray(raw)) {
    log.error({ pointer: '/plans' }, 'plans', `plans must be a list, not ${describeJsonType(raw)}`);
    return [];
  }
  const planIds = new IdRegister(log, 'plan');
  return eachObject(raw, '/plans', 'plan', log).flatMap(({ fields, at }) => {
    const before = log.problems.length;
    planIds.add(fields, at);
    const head = {
      id: fields.string('id', true),
      partnership: fields.string('partnership', true),
      area: areaField(fields, context),
      title: fields.string('title', true),
      period: planPeriod(fields, context),
    };
    const outcomeIds = new IdRegister(log, 'outcome');
    const measureIds = new IdRegister(log, 'measure');
    const outcomes = eachObject(fields.array('outcomes', true) ?? [], pointer(at, 'outcomes'), 'outcome', log).map(
      ({ fields: outcome, at: outcomeAt }): Outcome => {
        outcomeIds.add(outcome, outcomeAt);
        const outcomeId = outcome.string('id', true) ?? '';
        const measures = eachObject(outcome.array('measures', true) ?? [], pointer(outcomeAt, 'measures'), 'measure', log).flatMap(
          ({ fields: measure, at: measureAt }) => {
            measureIds.add(measure, measureAt);
            return checkMeasure(measure, measureAt, context) ?? [];
          },
        );
        return definedOnly({
          id: outcomeId,
          title: outcome.string('title', true) ?? '',
          theme: outcome.string('theme', true) ?? '',
          locality: outcome.string('locality'),
          measures,
        });
      },
    );
    const plan = definedOnly({ ...head, outcomes, illustrative: fields.boolean('illustrative') });
    return log.problems.length === before ? [plan as OutcomePlan] : [];
  });
}

/** The plan's status words: its own vocabulary, or the default {@link ACTION_STATUSES}. */
function vocabularyOf(fields: JsonFields, at: string, log: IssueLog): { vocabulary?: StatusVocabulary; words: ReadonlySet<string> } {
  const raw = fields.object('vocabulary');
  if (!raw) return { words: new Set(ACTION_STATUSES) };
  const vocabularyAt = pointer(at, 'vocabulary');
  const list = new JsonFields(raw, log, (key) => ({ pointer: pointer(vocabularyAt, key) })).array('statuses', true) ?? [];
  const ids = new IdRegister(log, 'status');
  const statuses = eachObject(list, pointer(vocabularyAt, 'statuses'), 'status', log).map(({ fields: status, at: statusAt }) => {
    const id = status.string('id', true) ?? '';
    ids.add(status, statusAt);
    const meaning = status.string('meaning', true) ?? '';
    if (meaning !== '' && !isActionStatus(meaning)) {
      status.problem('meaning', `unknown meaning "${meaning}" (expected ${describe.actionStatuses})`);
    }
    return { id, label: status.string('label', true) ?? '', meaning: meaning as StatusVocabulary['statuses'][number]['meaning'] };
  });
  return { vocabulary: { statuses }, words: new Set(statuses.map((status) => status.id)) };
}

function statusField(fields: JsonFields, words: ReadonlySet<string>): string | undefined {
  const status = fields.string('status', true);
  if (status !== undefined && !words.has(status)) {
    fields.problem('status', `unknown status "${status}" (expected ${[...words].join(', ')})`);
  }
  return status;
}

function dateField(fields: JsonFields, key: string): string | undefined {
  const date = fields.string(key, true);
  if (date !== undefined && !isIsoDate(date)) fields.problem(key, `${key} must be an ISO date (YYYY-MM-DD), not "${date}"`);
  return date;
}

/** Validates canonical JSON `actionPlans`; logs every problem and returns the plans. */
export function validateActionPlans(raw: unknown, context: PlanContext): ActionPlan[] {
  const { log } = context;
  if (!Array.isArray(raw)) {
    log.error({ pointer: '/actionPlans' }, 'actionPlans', `actionPlans must be a list, not ${describeJsonType(raw)}`);
    return [];
  }
  const planIds = new IdRegister(log, 'action plan');
  return eachObject(raw, '/actionPlans', 'action plan', log).flatMap(({ fields, at }) => {
    const before = log.problems.length;
    planIds.add(fields, at);
    const head = {
      id: fields.string('id', true),
      partnership: fields.string('partnership', true),
      title: fields.string('title', true),
      period: planPeriod(fields, context),
    };
    const { vocabulary, words } = vocabularyOf(fields, at, log);
    const actionIds = new IdRegister(log, 'action');
    const actions = eachObject(fields.array('actions', true) ?? [], pointer(at, 'actions'), 'action', log).map(
      ({ fields: action, at: actionAt }): Action => {
        actionIds.add(action, actionAt);
        // Fields are read in the order the format lists them, so problems come out in that order.
        const checked = {
          id: action.string('id', true) ?? '',
          theme: action.string('theme', true) ?? '',
          title: action.string('title', true) ?? '',
          lead: action.string('lead', true) ?? '',
          due: dateField(action, 'due') ?? '',
          status: statusField(action, words) ?? '',
          progress: action.number('progress'),
        };
        if (checked.progress !== undefined && (checked.progress < 0 || checked.progress > 100)) {
          action.problem('progress', `progress must be from 0 to 100, not ${checked.progress}`);
        }
        const updates = eachObject(action.array('updates', true) ?? [], pointer(actionAt, 'updates'), 'update', log).map(
          ({ fields: update }): ActionUpdate => ({
            date: dateField(update, 'date') ?? '',
            status: statusField(update, words) ?? '',
            text: update.string('text', true) ?? '',
          }),
        );
        return definedOnly({ ...checked, updates });
      },
    );
    const plan = definedOnly({ ...head, vocabulary, actions, illustrative: fields.boolean('illustrative') });
    return log.problems.length === before ? [plan as ActionPlan] : [];
  });
}
