/**
 * Validation of the descriptive parts of a dataset: indicators, areas and sources. Shared by the
 * canonical JSON reader, the indicator CSV reader and indicator metadata passed in options.
 *
 * @module
 */
import type { DataLocation } from '../model/errors.js';
import type { Area, Indicator, Source } from '../model/types.js';
import { describeLocation, type IssueLog } from './issue-log.js';
import { JsonFields, definedOnly, describeJsonType, isJsonObject, own } from './json-fields.js';
import { describe, isPeriodType, isPolarity, isUnit } from './vocabulary.js';

/** Where a field of one item is (a path of keys into it); called with no keys for the item itself. */
export type Locator = (...keys: string[]) => DataLocation;

function fieldsOf(raw: unknown, what: string, log: IssueLog, locate: Locator): JsonFields | undefined {
  if (isJsonObject(raw)) return new JsonFields(raw, log, locate);
  log.error(locate(), what, `${what} must be an object, not ${describeJsonType(raw)}`);
  return undefined;
}

/** Checks a source description; undefined (with problems logged) when it is not one. */
export function validateSource(raw: unknown, log: IssueLog, locate: Locator): Source | undefined {
  const fields = fieldsOf(raw, 'source', log, locate);
  if (!fields) return undefined;
  const name = fields.string('name', true);
  const source = definedOnly<Source>({
    name: name ?? '',
    url: fields.string('url'),
    licence: fields.string('licence'),
    attribution: fields.string('attribution'),
  });
  return name === undefined ? undefined : source;
}

/** Checks one indicator; undefined (with problems logged) when it cannot be used. */
export function validateIndicator(raw: unknown, log: IssueLog, locate: Locator): Indicator | undefined {
  const fields = fieldsOf(raw, 'indicator', log, locate);
  if (!fields) return undefined;
  const before = log.problems.length;
  const id = fields.string('id', true);
  const title = fields.string('title', true);
  const unit = fields.string('unit', true);
  if (unit !== undefined && !isUnit(unit)) fields.problem('unit', `unknown unit "${unit}" (expected ${describe.units})`);
  const polarity = fields.string('polarity', true);
  if (polarity !== undefined && !isPolarity(polarity)) {
    fields.problem('polarity', `unknown polarity "${polarity}" (expected ${describe.polarities})`);
  }
  const per = fields.number('per');
  if (per !== undefined && !(per > 0)) fields.problem('per', `per must be above 0, not ${per}`);
  const decimals = fields.number('decimals');
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 20)) {
    fields.problem('decimals', `decimals must be a whole number from 0 to 20, not ${decimals}`);
  }
  const currency = fields.string('currency');
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
    fields.problem('currency', `currency must be an ISO 4217 code such as GBP, not "${currency}"`);
  }
  const target = fields.number('target');
  if (polarity === 'target-range' && own(fields.raw, 'target') === undefined) {
    fields.problem('target', 'an indicator with polarity target-range needs a target value');
  }
  const periodType = fields.string('periodType');
  if (periodType !== undefined && !isPeriodType(periodType)) {
    fields.problem('periodType', `unknown period type "${periodType}" (expected ${describe.periodTypes})`);
  }
  const sourceRaw = fields.object('source');
  const source = sourceRaw && validateSource(sourceRaw, log, (...keys) => locate('source', ...keys));
  const indicator = definedOnly({
    id,
    title,
    titleGd: fields.string('titleGd'),
    description: fields.string('description'),
    unit,
    per,
    currency,
    decimals,
    polarity,
    target,
    periodType,
    theme: fields.string('theme'),
    source,
    illustrative: fields.boolean('illustrative'),
  });
  return log.problems.length === before ? (indicator as Indicator) : undefined;
}

/** Checks one declared area; undefined (with problems logged) when it cannot be used. */
export function validateArea(raw: unknown, log: IssueLog, locate: Locator): Area | undefined {
  const fields = fieldsOf(raw, 'area', log, locate);
  if (!fields) return undefined;
  const before = log.problems.length;
  const area = definedOnly({
    code: fields.string('code', true),
    name: fields.string('name', true),
    nameGd: fields.string('nameGd'),
    type: fields.string('type'),
  });
  return log.problems.length === before ? (area as Area) : undefined;
}

/**
 * Checks a list of items with {@link validateIndicator} or {@link validateArea}, logging a
 * problem for each repeat of the key field (`id`, `code`). Returns the valid, first-seen items.
 */
export function validateList<T>(
  items: readonly unknown[],
  validate: (raw: unknown, log: IssueLog, locate: Locator) => T | undefined,
  keyField: string,
  log: IssueLog,
  locate: (index: number, ...keys: string[]) => DataLocation,
): T[] {
  const seen = new Map<string, number>();
  const valid: T[] = [];
  items.forEach((raw, index) => {
    const item = validate(raw, log, (...keys) => locate(index, ...keys));
    // Repeats are found on the raw key, so an invalid first item still makes a later one a duplicate.
    const itemKey = isJsonObject(raw) ? own(raw, keyField) : undefined;
    if (typeof itemKey === 'string') {
      const first = seen.get(itemKey);
      if (first !== undefined) {
        log.error(locate(index, keyField), keyField, `duplicate ${keyField} "${itemKey}" (first at ${describeLocation(locate(first))})`);
        return;
      }
      seen.set(itemKey, index);
    }
    if (item !== undefined) valid.push(item);
  });
  return valid;
}
