/**
 * The validation every format shares: areas, periods, values, markers, statuses, intervals and
 * duplicates, then the indexed {@link Dataset}.
 *
 * @module
 */
import type { Indicator, Observation, ObservationStatus } from '../model/types.js';
import { Geography } from '../geography/geography.js';
import { parsePeriod } from '../period/period.js';
import { Dataset, type SeriesPoint } from '../query/dataset.js';
import { isOutsideScotland } from './areas.js';
import { describeLocation } from './issue-log.js';
import { describeJsonType } from './json-fields.js';
import { validateActionPlans, validatePlans } from './plans.js';
import type { ObservationDraft, ParsedSource, ReadContext } from './source.js';
import { KNOWN_MARKERS, markerStatus, parseNumberText } from './values.js';
import { describe, isObservationStatus } from './vocabulary.js';

type Reading<T> = { ok: T } | { problem: string };

const NO_VALUE_STATUSES: ReadonlySet<ObservationStatus> = new Set(['suppressed', 'not-available']);

/**
 * Validates a parsed source and indexes it. Collects every problem and throws one
 * `OmfDataError` listing them; rows for areas outside Scotland are skipped and reported instead.
 */
export function buildDataset(parsed: ParsedSource, context: ReadContext): Dataset {
  const { log } = context;
  const geography = new Geography(parsed.areas);
  const indicators = new Map(parsed.indicators.map((indicator) => [indicator.id, indicator]));
  const firstSeen = new Map<string, ObservationDraft>();
  const points: SeriesPoint[] = [];

  for (const draft of parsed.observations) {
    const point = checkObservation(draft, indicators.get(draft.indicator), parsed, geography, context);
    if (!point) continue;
    const key = `${point.observation.indicator}\u0000${point.observation.area}\u0000${point.period.label}`;
    const first = firstSeen.get(key);
    if (first) {
      log.error(draft.locate('period'), 'period', `duplicate observation for ${point.observation.indicator}, ${point.observation.area}, ${point.period.label} (first at ${describeLocation(first.locate('period'))})`);
      continue;
    }
    firstSeen.set(key, draft);
    points.push(point);
  }

  const planContext = { log, geography, indicators, periodType: context.periodType };
  const plans = parsed.plans === undefined ? [] : validatePlans(parsed.plans, planContext);
  const actionPlans = parsed.actionPlans === undefined ? [] : validateActionPlans(parsed.actionPlans, planContext);
  log.throwIfAny();

  const parts = {
    indicators: parsed.indicators,
    declaredAreas: parsed.areas,
    points,
    geography,
    plans,
    actionPlans,
    report: { format: parsed.format, rows: parsed.rows, observations: points.length, skipped: log.skipped },
  };
  return new Dataset({
    ...parts,
    ...(parsed.title !== undefined && { title: parsed.title }),
    ...(parsed.source !== undefined && { source: parsed.source }),
  });
}

/** Checks one draft, logging each problem; undefined when it has problems or is skipped. */
function checkObservation(
  draft: ObservationDraft,
  indicator: Indicator | undefined,
  { valuesAreText, invalidIndicators }: ParsedSource,
  geography: Geography,
  { log, periodType }: ReadContext,
): SeriesPoint | undefined {
  const before = log.problems.length;
  const areaText = draft.area.trim();
  const area = geography.resolve(areaText);
  if (area === undefined && isOutsideScotland(areaText)) {
    log.skip(draft.locate('area'), 'area', `area ${areaText} is outside Scotland; row skipped`);
    return undefined;
  }
  if (area === undefined) log.error(draft.locate('area'), 'area', areaText === '' ? 'missing area' : `unknown area "${areaText}"`);
  if (!indicator && !invalidIndicators?.has(draft.indicator)) {
    log.error(draft.locate('indicator'), 'indicator', `observation for undeclared indicator "${draft.indicator}"`);
  }

  const period = parsePeriod(draft.period, indicator?.periodType ?? periodType);
  if (!period) {
    const message = draft.period.trim() === '' ? 'missing period' : `cannot read period "${draft.period}" (expected e.g. 2023/24, 2023-24, 2023, 2023-Q2, 2023-06, 2023-06-30 or 2018-2022)`;
    log.error(draft.locate('period'), 'period', message);
  }

  const value = readValue(draft.value, valuesAreText);
  if ('problem' in value) log.error(draft.locate('value'), 'value', value.problem);

  const bounds = (['lower', 'upper', 'numerator', 'denominator'] as const).map((field) => {
    const reading = readOptionalNumber(draft[field], field, valuesAreText);
    if ('problem' in reading) log.error(draft.locate(field), field, reading.problem);
    return 'ok' in reading ? reading.ok : undefined;
  });
  const [lower, upper, numerator, denominator] = bounds;
  if (lower !== undefined && upper !== undefined && lower > upper) {
    log.error(draft.locate('lower'), 'lower', `lower bound ${lower} is above upper bound ${upper}`);
  }

  const status = readStatus(draft.status);
  if ('problem' in status) log.error(draft.locate('status'), 'status', status.problem);

  const marker = typeof draft.marker === 'string' ? draft.marker.trim() : '';
  if (draft.marker !== undefined && draft.marker !== null && typeof draft.marker !== 'string') {
    log.error(draft.locate('marker'), 'marker', `marker must be text, not ${describeJsonType(draft.marker)}`);
  }
  if (!('ok' in value) || !('ok' in status) || area === undefined || !period || !indicator || log.problems.length > before) {
    return undefined;
  }

  const number = value.ok.value;
  let finalStatus = status.ok;
  const finalMarker = value.ok.marker ?? (marker === '' ? undefined : marker);
  if (number === null && finalMarker !== undefined) {
    const meaning = markerStatus(finalMarker);
    if (meaning === undefined) {
      log.error(draft.locate('marker'), 'marker', `unknown marker "${finalMarker}" (expected ${KNOWN_MARKERS})`);
      return undefined;
    }
    finalStatus ??= meaning;
  }
  if (number === null) finalStatus ??= 'not-available';
  if (number !== null && finalStatus !== undefined && NO_VALUE_STATUSES.has(finalStatus)) {
    log.error(draft.locate('status'), 'status', `status is ${finalStatus} but there is a value (${number})`);
    return undefined;
  }
  if (number === null && finalStatus !== undefined && !NO_VALUE_STATUSES.has(finalStatus)) {
    log.error(draft.locate('value'), 'value', `missing value for a ${finalStatus} observation (use status suppressed or not-available when there is no value)`);
    return undefined;
  }

  const observation: Observation = { indicator: indicator.id, area, period: period.label, value: number };
  if (lower !== undefined) observation.lower = lower;
  if (upper !== undefined) observation.upper = upper;
  if (numerator !== undefined) observation.numerator = numerator;
  if (denominator !== undefined) observation.denominator = denominator;
  if (finalStatus !== undefined) observation.status = finalStatus;
  if (finalMarker !== undefined) observation.marker = finalMarker;
  return { period, value: number, observation };
}

/** A value: a number, `null`/absent, or (in text, or as a JSON string) a known no-value marker. */
function readValue(raw: unknown, valuesAreText: boolean): Reading<{ value: number | null; marker?: string }> {
  if (raw === null || raw === undefined) return { ok: { value: null } };
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { ok: { value: raw } } : { problem: `value must be a finite number, not ${raw}` };
  }
  if (typeof raw !== 'string') return { problem: `value must be a number or null, not ${describeJsonType(raw)}` };
  const number = parseNumberText(raw);
  if (number !== undefined) {
    return valuesAreText ? { ok: { value: number } } : { problem: `value must be a number, not the text "${raw}"` };
  }
  const marker = raw.trim();
  if (markerStatus(marker) === undefined) {
    return { problem: `value "${raw}" is neither a number nor a known marker (${KNOWN_MARKERS})` };
  }
  return { ok: marker === '' ? { value: null } : { value: null, marker } };
}

/** An optional number (interval bound, numerator, denominator); empty means absent. */
function readOptionalNumber(raw: unknown, field: string, valuesAreText: boolean): Reading<number | undefined> {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { ok: undefined };
  if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: raw };
  const number = valuesAreText && typeof raw === 'string' ? parseNumberText(raw) : undefined;
  return number === undefined ? { problem: `${field} must be a number, not ${describeJsonType(raw)}` } : { ok: number };
}

function readStatus(raw: unknown): Reading<ObservationStatus | undefined> {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { ok: undefined };
  const status = typeof raw === 'string' ? raw.trim() : raw;
  if (isObservationStatus(status)) return { ok: status };
  return { problem: `unknown status ${typeof raw === 'string' ? `"${raw}"` : describeJsonType(raw)} (expected ${describe.statuses})` };
}
