/**
 * Reader for the canonical JSON format (`"omf": 1`).
 *
 * @module
 */
import { pointer } from './issue-log.js';
import { JsonFields, describeJsonType, isJsonObject, own, type JsonObject } from './json-fields.js';
import { validateArea, validateIndicator, validateList, validateSource } from './metadata.js';
import type { ObservationDraft, ParsedSource, ReadContext } from './source.js';

const KEY_FIELDS = ['indicator', 'area', 'period'] as const;

/**
 * Reads a canonical document: checks every field's type and the word lists (unit, polarity,
 * status), then hands observations and plans on to the shared validation.
 */
export function parseCanonicalJson(document: JsonObject, { log }: ReadContext): ParsedSource {
  const top = new JsonFields(document, log, (key) => ({ pointer: pointer('', key) }));
  const version = own(document, 'omf');
  if (version === undefined) top.problem('omf', 'missing required field "omf" (the format version, 1)');
  else if (version !== 1) top.problem('omf', `omf must be 1 (the format version this SDK reads), not ${describeJsonType(version)}`);

  const title = top.string('title');
  const sourceRaw = top.object('source');
  const source = sourceRaw && validateSource(sourceRaw, log, (...keys) => ({ pointer: pointer('', 'source', ...keys) }));

  const indicatorList = top.array('indicators', true) ?? [];
  const indicators = validateList(indicatorList, validateIndicator, 'id', log, (index, ...keys) => ({
    pointer: pointer('/indicators', index, ...keys),
  }));
  // Observations of an indicator that is declared but invalid are not reported again as undeclared.
  const valid = new Set(indicators.map((indicator) => indicator.id));
  const invalidIndicators = new Set(
    indicatorList.flatMap((raw) => {
      const id = isJsonObject(raw) ? own(raw, 'id') : undefined;
      return typeof id === 'string' && !valid.has(id) ? [id] : [];
    }),
  );

  const areas = validateList(top.array('areas') ?? [], validateArea, 'code', log, (index, ...keys) => ({
    pointer: pointer('/areas', index, ...keys),
  }));

  const observationList = top.array('observations', true) ?? [];
  const observations = observationList.flatMap((raw, index): ObservationDraft[] => {
    const at = pointer('/observations', index);
    if (!isJsonObject(raw)) {
      log.error({ pointer: at }, 'observation', `observation must be an object, not ${describeJsonType(raw)}`);
      return [];
    }
    const fields = new JsonFields(raw, log, (key) => ({ pointer: pointer(at, key) }));
    const [indicator, area, period] = KEY_FIELDS.map((key) => fields.string(key, true));
    if (own(raw, 'value') === undefined) fields.problem('value', 'missing required field "value" (null when there is no value)');
    if (indicator === undefined || area === undefined || period === undefined) return [];
    return [
      {
        indicator,
        area,
        period,
        value: own(raw, 'value'),
        lower: own(raw, 'lower'),
        upper: own(raw, 'upper'),
        numerator: own(raw, 'numerator'),
        denominator: own(raw, 'denominator'),
        status: own(raw, 'status'),
        marker: own(raw, 'marker'),
        locate: (field) => ({ pointer: pointer(at, field) }),
      },
    ];
  });

  const parsed: ParsedSource = {
    format: 'omf-json',
    indicators,
    invalidIndicators,
    areas,
    observations,
    rows: observationList.length,
    valuesAreText: false,
    plans: own(document, 'plans'),
    actionPlans: own(document, 'actionPlans'),
  };
  if (title !== undefined) parsed.title = title;
  if (source !== undefined) parsed.source = source;
  return parsed;
}
