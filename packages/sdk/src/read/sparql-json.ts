/**
 * Reader for SPARQL 1.1 query results in JSON (https://www.w3.org/TR/sparql11-results-json/),
 * as statistics.gov.scot returns them for RDF Data Cube queries.
 *
 * @module
 */
import type { Area } from '../model/types.js';
import { mayDeclareArea } from './areas.js';
import { IndicatorCatalogue, type Category, type IndicatorBase } from './indicator-catalogue.js';
import { pointer, type IssueLog } from './issue-log.js';
import { describeJsonType, isJsonObject, own, type JsonObject } from './json-fields.js';
import type { ObservationDraft, ObservationField, ParsedSource, ReadContext } from './source.js';

/** Which result variables hold what; each defaults to a conventional name (e.g. `refArea`, `refPeriod`, `measureType`); names are matched case-insensitively. */
export interface VariableMapping {
  /** The variable holding the area code or URI, e.g. `refArea`. */
  area?: string;
  /** The variable holding the area's name, e.g. `refAreaLabel`. */
  areaName?: string;
  /** The variable holding the period, e.g. `refPeriod` or `year`. */
  period?: string;
  /** The variable holding the numeric value, e.g. `obsValue`. */
  value?: string;
  /** The variable naming the indicator or measure, e.g. `measureType`. */
  indicator?: string;
}

/** Variable names tried, in order (case-insensitive), when the mapping does not name one. */
const DEFAULT_NAMES: Required<{ [K in keyof VariableMapping]: readonly string[] }> = {
  area: ['area', 'refArea', 'geography', 'featureCode', 'geo'],
  areaName: ['areaName', 'areaLabel', 'area_name', 'refAreaLabel', 'featureName'],
  period: ['period', 'refPeriod', 'year', 'date', 'time', 'dateCode'],
  value: ['value', 'obsValue', 'observation_value'],
  indicator: ['indicator', 'measureType', 'measure', 'measurement'],
};

/** Names of a variable holding each observation's own URI, which is not a dimension. */
const OBSERVATION_ID = /^(obs|observation|uri|id)$/i;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** True when parsed JSON is a SPARQL results document. */
export function isSparqlResults(json: JsonObject): boolean {
  return isJsonObject(own(json, 'head')) && (isJsonObject(own(json, 'results')) || own(json, 'boolean') !== undefined);
}

/** The last path segment of a URI (`.../statistical-geography/S12000033` -> `S12000033`). */
function lastSegment(uri: string): string {
  return uri.replace(/[/#]+$/, '').split(/[/#]/).pop() ?? uri;
}

/**
 * Period text for a reference.data.gov.uk interval URI, in a form `parsePeriod` reads:
 * `/id/year/2016` -> `2016`, `/id/government-year/2016-2017` -> `2016-2017` (read as 2016/17),
 * `/id/gregorian-interval/2016-01-01T00:00:00/P4Y` -> `2016-2019`, `/id/day/2020-04-22`,
 * `/id/month/2020-04` -> `April 2020`, `/id/quarter/2020-Q1`. Anything else: its last segment.
 */
export function periodFromUri(uri: string): string {
  const interval = /\/gregorian-interval\/(\d{4})-(\d{2})-(\d{2})(?:T[\d:]+)?\/P(\d+)([YMD])$/.exec(uri);
  if (interval) {
    const [, year, month, day, countText, unit] = interval;
    const [y, m, count] = [Number(year), Number(month), Number(countText)];
    if (unit === 'Y' && m === 1 && day === '01') return count === 1 ? String(y) : `${y}-${y + count - 1}`;
    if (unit === 'Y' && count === 1 && day === '01') return `${y}-${y + 1}`;
    if (unit === 'M' && count === 3 && day === '01' && m % 3 === 1) return `${y}-Q${(m + 2) / 3}`;
    if (unit === 'M' && count === 1 && day === '01') return `${MONTHS[m - 1]} ${y}`;
    if (unit === 'D' && count === 1) return `${year}-${month}-${day}`;
    return uri;
  }
  const month = /\/id\/month\/(\d{4})-(\d{2})$/.exec(uri);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const named = /\/id\/(?:year|government-year|day|quarter)\/([^/]+)$/.exec(uri);
  return named?.[1] ?? lastSegment(uri);
}

interface Term {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
}

/** A binding's RDF term; logs unknown term types. `typed-literal` is the pre-1.1 spelling of a literal. */
function readTerm(raw: unknown, at: string, variable: string, log: IssueLog): Term | undefined {
  if (raw === undefined) return undefined;
  const type = isJsonObject(raw) ? own(raw, 'type') : undefined;
  const value = isJsonObject(raw) ? own(raw, 'value') : undefined;
  if (typeof value !== 'string' || (type !== 'uri' && type !== 'literal' && type !== 'typed-literal' && type !== 'bnode')) {
    const what = !isJsonObject(raw) ? describeJsonType(raw) : typeof value !== 'string' ? 'a term without a text value' : `a term of unknown type ${typeof type === 'string' ? `"${type}"` : describeJsonType(type)}`;
    log.error({ pointer: at }, variable, `?${variable} is ${what} (expected a uri, literal or bnode term)`);
    return undefined;
  }
  return { type: type === 'typed-literal' ? 'literal' : type, value };
}

/**
 * Reads SPARQL JSON results, one binding an observation. Variables are found by
 * `options.variables`, else by name: `?area`/`?refArea` (a URI's last segment is the code),
 * `?period`/`?refPeriod` (reference.data.gov.uk URIs read by {@link periodFromUri}), `?value`,
 * optional `?areaName`/`?areaLabel` (declares areas the built-in geography lacks) and
 * `?indicator`/`?measureType`. Any other variable that varies (other than `?obs`/`?observation`,
 * blank nodes, and `?xLabel` or `?xName` for a variable `?x`, which labels it) is an extra dimension: part of the indicator unless
 * `options.select` fixes it. An unbound value is a missing value.
 */
export function parseSparqlJson(json: JsonObject, context: ReadContext & { variables?: VariableMapping }): ParsedSource | undefined {
  const { log } = context;
  const head = own(json, 'head');
  const vars = isJsonObject(head) ? own(head, 'vars') : undefined;
  const results = own(json, 'results');
  const bindings = isJsonObject(results) ? own(results, 'bindings') : undefined;
  if (own(json, 'boolean') !== undefined) {
    log.error({ pointer: '/boolean' }, 'results', 'this is an ASK result (true or false), not a table of observations');
    return undefined;
  }
  if (!Array.isArray(vars) || !vars.every((name) => typeof name === 'string')) {
    log.error({ pointer: '/head/vars' }, 'vars', 'head.vars must be a list of variable names');
    return undefined;
  }
  if (!Array.isArray(bindings)) {
    log.error({ pointer: '/results/bindings' }, 'bindings', `results.bindings must be a list, not ${describeJsonType(bindings)}`);
    return undefined;
  }
  const names = vars as string[];
  const find = (role: keyof VariableMapping): string | undefined => {
    const named = context.variables?.[role];
    if (named !== undefined) return names.includes(named) ? named : undefined;
    return DEFAULT_NAMES[role].map((name) => names.find((each) => each.toLowerCase() === name.toLowerCase())).find((each) => each !== undefined);
  };
  const variable = { area: find('area'), period: find('period'), value: find('value'), indicator: find('indicator'), areaName: find('areaName') };
  for (const role of ['area', 'period', 'value'] as const) {
    if (variable[role] === undefined) {
      log.error({ pointer: '/head/vars' }, 'vars', `no ${role} variable: name it ?${role} or set options.variables.${role} (variables: ${names.join(', ')})`);
    }
  }
  if (variable.area === undefined || variable.period === undefined || variable.value === undefined) return undefined;

  // Read every term once; rows with a malformed term are left to the problems already logged.
  const before = log.problems.length;
  const rows = bindings.map((binding, index) => {
    const at = pointer('/results/bindings', index);
    const terms = new Map<string, Term>();
    if (!isJsonObject(binding)) {
      log.error({ pointer: at }, 'binding', `binding must be an object, not ${describeJsonType(binding)}`);
      return terms;
    }
    for (const name of names) {
      const term = readTerm(own(binding, name), pointer(at, name), name, log);
      if (term) terms.set(name, term);
    }
    return terms;
  });
  if (log.problems.length > before) return undefined;

  const labelOf = new Map<string, string>();
  for (const name of names) {
    const described = names.find((other) => other !== name && /^(.*?)_?(label|name)$/i.exec(name)?.[1]?.toLowerCase() === other.toLowerCase());
    if (described !== undefined) labelOf.set(described, name);
  }
  const mapped = new Set([variable.area, variable.period, variable.value, variable.indicator, variable.areaName]);
  const labels = new Set(labelOf.values());
  const categoryOf = (terms: Map<string, Term>, name: string): Category => {
    const term = terms.get(name);
    const id = term === undefined ? '' : term.type === 'uri' ? lastSegment(term.value) : term.value;
    return { id, label: terms.get(labelOf.get(name) ?? '')?.value ?? id };
  };
  const extraNames = names.filter((name) => {
    if (mapped.has(name) || labels.has(name)) return false;
    if (OBSERVATION_ID.test(name) || rows.some((terms) => terms.get(name)?.type === 'bnode')) return false;
    return new Set(rows.map((terms) => categoryOf(terms, name).id)).size > 1;
  });
  const selections = Object.entries(context.select ?? {}).flatMap(([name, wanted]) => {
    if (names.includes(name)) return [{ name, wanted }];
    log.error({ pointer: '/head/vars' }, 'select', `select names variable "${name}", which the results do not have (${names.join(', ')})`);
    return [];
  });
  const dimensions = extraNames.filter((name) => !selections.some((selection) => selection.name === name));

  const catalogue = new IndicatorCatalogue(context.indicators, context.periodType);
  const only = catalogue.onlyDeclared;
  const observations: ObservationDraft[] = [];
  rows.forEach((terms, index) => {
    const at = pointer('/results/bindings', index);
    const outside = selections.find(({ name, wanted }) => {
      const category = categoryOf(terms, name);
      return wanted !== category.id && wanted !== category.label && wanted !== terms.get(name)?.value;
    });
    if (outside) {
      log.skip({ pointer: pointer(at, outside.name) }, outside.name, `?${outside.name} is "${categoryOf(terms, outside.name).label}", not the selected "${outside.wanted}"; binding skipped`);
      return;
    }
    const measure = variable.indicator === undefined ? undefined : categoryOf(terms, variable.indicator);
    const base: IndicatorBase = measure && measure.id !== '' ? { id: measure.id, title: measure.label } : only ? { id: only.id, title: only.title } : { id: variable.value ?? 'value', title: variable.value ?? 'value' };
    const indicator = catalogue.idFor(base, dimensions.map((name) => categoryOf(terms, name)));
    if (indicator === undefined) {
      log.skip({ pointer: at }, 'indicator', `indicator "${base.id}" is not among the indicators given; binding skipped`);
      return;
    }
    const term = (name: string | undefined): Term | undefined => (name === undefined ? undefined : terms.get(name));
    const area = term(variable.area);
    const period = term(variable.period);
    const fieldVariable: Partial<Record<ObservationField, string | undefined>> = {
      area: variable.area,
      period: variable.period,
      value: variable.value,
      indicator: variable.indicator,
    };
    observations.push({
      indicator,
      area: area === undefined ? '' : area.type === 'uri' ? lastSegment(area.value) : area.value,
      period: period === undefined ? '' : period.type === 'uri' ? periodFromUri(period.value) : period.value,
      value: term(variable.value)?.value ?? null,
      locate: (field) => {
        const name = fieldVariable[field];
        return { pointer: name === undefined ? at : pointer(at, name) };
      },
    });
  });

  return {
    format: 'sparql-json',
    indicators: catalogue.indicators,
    areas: declaredAreas(rows, variable.area, variable.areaName),
    observations,
    rows: rows.length,
    valuesAreText: true,
  };
}

/** Areas named by the area label variable, for codes the built-in geography lacks; the first label wins. */
function declaredAreas(rows: ReadonlyArray<Map<string, Term>>, areaVariable: string, nameVariable: string | undefined): Area[] {
  if (nameVariable === undefined) return [];
  const areas = new Map<string, Area>();
  for (const terms of rows) {
    const area = terms.get(areaVariable);
    const name = terms.get(nameVariable)?.value.trim();
    const code = area === undefined ? '' : area.type === 'uri' ? lastSegment(area.value) : area.value.trim();
    if (name && !areas.has(code) && mayDeclareArea(code)) areas.set(code, { code, name });
  }
  return [...areas.values()];
}
