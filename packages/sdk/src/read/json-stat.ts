/**
 * Reader for JSON-stat 2.0 (https://json-stat.org/format/): datasets, collections and bundles.
 *
 * @module
 */
import type { Area } from '../model/types.js';
import type { IssueLog } from './issue-log.js';
import { pointer } from './issue-log.js';
import { mayDeclareArea } from './areas.js';
import { IndicatorCatalogue, type Category, type IndicatorBase } from './indicator-catalogue.js';
import { JsonFields, describeJsonType, isJsonObject, own, type JsonObject } from './json-fields.js';
import type { ObservationDraft, ParsedSource, ReadContext } from './source.js';
import { slug } from './values.js';
import { readUnit } from './vocabulary.js';

/** Which JSON-stat dimensions hold areas, periods and indicators when the dataset has no `role`. */
export interface DimensionMapping {
  /** Id of the dimension whose categories are areas, e.g. `refArea`. */
  area?: string;
  /** Id of the dimension whose categories are periods, e.g. `year`. */
  period?: string;
  /** Id of the dimension whose categories are indicators, e.g. `measure`. */
  indicator?: string;
}

/** A dataset found in a JSON-stat response, with its JSON pointer. */
export interface JsonStatDataset {
  dataset: JsonObject;
  at: string;
}

/** Dimension ids tried, in order, when neither `role` nor options name a dimension. */
const GUESSES = {
  geo: ['area', 'geo', 'geography', 'refarea', 'region', 'council', 'location', 'featurecode'],
  time: ['time', 'period', 'year', 'refperiod', 'date', 'datecode'],
  metric: ['indicator', 'metric', 'measure', 'measurement', 'concept', 'statistic', 'indic'],
} as const;

/** True when parsed JSON looks like JSON-stat (a dataset, collection or bundle). */
export function isJsonStat(json: JsonObject): boolean {
  const kind = own(json, 'class');
  if (kind === 'dataset' || kind === 'collection' || kind === 'bundle') return true;
  if (isJsonObject(own(json, 'dimension'))) return true;
  // JSON-stat 1.0 bundle: named datasets at the top level.
  const values = Object.values(json);
  return values.length > 0 && values.every((value) => isJsonObject(value) && isJsonObject(own(value, 'dimension')));
}

/**
 * The datasets in a JSON-stat response: the dataset itself, the datasets embedded in a collection's
 * `link.item`, or a bundle's members. With `all` false, only the first.
 *
 * Collection items that only link to a dataset are not fetched (no request the caller did not
 * make): each one is a problem saying which URL to load instead.
 */
export function jsonStatDatasets(json: JsonObject, all: boolean, log: IssueLog): JsonStatDataset[] {
  const kind = own(json, 'class');
  if (kind === 'collection') {
    const link = own(json, 'link');
    const items = isJsonObject(link) ? own(link, 'item') : undefined;
    if (!Array.isArray(items)) {
      log.error({ pointer: '/link/item' }, 'link', 'collection has no link.item list of datasets');
      return [];
    }
    const datasets = items.flatMap((item, index) => {
      const at = pointer('/link/item', index);
      if (!isJsonObject(item) || own(item, 'class') !== 'dataset') return [];
      if (isJsonObject(own(item, 'dimension'))) return [{ dataset: item, at }];
      const href = own(item, 'href');
      log.error({ pointer: at }, 'href', `collection item links to a dataset${typeof href === 'string' ? ` at ${href}` : ''} but does not embed it; links are not fetched: load that URL itself`);
      return [];
    });
    if (datasets.length === 0 && log.problems.length === 0) log.error({ pointer: '/link/item' }, 'link', 'collection has no datasets');
    return all ? datasets : datasets.slice(0, 1);
  }
  if (kind === 'dataset' || isJsonObject(own(json, 'dimension'))) return [{ dataset: json, at: '' }];
  const members = Object.entries(json)
    .filter(([, value]) => isJsonObject(value) && isJsonObject(own(value, 'dimension')))
    .map(([name, value]) => ({ dataset: value as JsonObject, at: pointer('', name) }));
  if (members.length === 0) log.error({ pointer: '' }, 'class', 'JSON-stat response has no dataset');
  return all ? members : members.slice(0, 1);
}

interface Dimension {
  id: string;
  label: string;
  categories: Category[];
  /** Pointer to the category's entry in `category.index` (or `category.label`). */
  categoryAt(position: number): string;
  /** Unit metadata of a metric category. */
  unit(categoryId: string): Pick<IndicatorBase, 'unit' | 'decimals'>;
}

function readDimension(id: string, raw: unknown, size: number, at: string, log: IssueLog): Dimension | undefined {
  if (!isJsonObject(raw)) {
    log.error({ pointer: at }, 'dimension', `dimension "${id}" is missing or not an object`);
    return undefined;
  }
  const category = own(raw, 'category');
  if (!isJsonObject(category)) {
    log.error({ pointer: pointer(at, 'category') }, 'category', `dimension "${id}" has no category object`);
    return undefined;
  }
  const labels = isJsonObject(own(category, 'label')) ? (own(category, 'label') as JsonObject) : {};
  const index = own(category, 'index');
  let ids: string[];
  let indexKey: 'index' | 'label' = 'index';
  if (Array.isArray(index)) {
    ids = index.map(String);
  } else if (isJsonObject(index)) {
    ids = [];
    for (const [categoryId, position] of Object.entries(index)) {
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= size || ids[position] !== undefined) {
        log.error({ pointer: pointer(at, 'category', 'index', categoryId) }, 'index', `category "${categoryId}" has an invalid or repeated position ${describeJsonType(position)}`);
        return undefined;
      }
      ids[position] = categoryId;
    }
  } else {
    ids = Object.keys(labels);
    indexKey = 'label';
  }
  // Positions are checked unique and below size, so the right count means no gaps.
  const count = isJsonObject(index) ? Object.keys(index).length : ids.length;
  if (count !== size) {
    log.error({ pointer: pointer(at, 'category') }, 'category', `dimension "${id}" has ${count} categories but size says ${size}`);
    return undefined;
  }
  const units = own(category, 'unit');
  const label = own(raw, 'label');
  return {
    id,
    label: typeof label === 'string' ? label : id,
    categories: ids.map((categoryId) => {
      const text = own(labels, categoryId);
      return { id: categoryId, label: typeof text === 'string' ? text : categoryId };
    }),
    categoryAt: (position) =>
      Array.isArray(index) ? pointer(at, 'category', 'index', position) : pointer(at, 'category', indexKey, ids[position] ?? ''),
    unit: (categoryId) => {
      const unit = isJsonObject(units) ? own(units, categoryId) : undefined;
      if (!isJsonObject(unit)) return {};
      const words = [own(unit, 'symbol'), own(unit, 'label')].filter((word): word is string => typeof word === 'string');
      const reading = words.map(readUnit).find((found) => found !== undefined);
      const decimals = own(unit, 'decimals');
      return { ...(reading && { unit: reading }), ...(typeof decimals === 'number' && { decimals }) };
    },
  };
}

/** The dimension index for a role: options first, then `role`, then a dimension id that says what it is. */
function roleIndex(
  dimensions: readonly Dimension[],
  named: string | undefined,
  role: unknown,
  guesses: readonly string[],
): number | undefined {
  const byId = (id: string): number | undefined => {
    const found = dimensions.findIndex((dimension) => dimension.id === id);
    return found >= 0 ? found : undefined;
  };
  if (named !== undefined) return byId(named);
  if (Array.isArray(role) && typeof role[0] === 'string') return byId(role[0]);
  const guessed = dimensions.findIndex((dimension) => guesses.includes(dimension.id.toLowerCase().replace(/[\s_-]+/g, '')));
  return guessed >= 0 ? guessed : undefined;
}

/** Marker words that stand for a status when the cell has a number (Eurostat flags included). */
const NUMBER_STATUS = new Map([
  ['p', 'provisional'],
  ['provisional', 'provisional'],
  ['r', 'revised'],
  ['revised', 'revised'],
]);

/**
 * Reads one JSON-stat dataset. Areas, periods and indicators come from the `geo`, `time` and
 * `metric` roles (or `options.dimensions`, or dimension ids such as `area`, `period`, `indicator`).
 * Every other dimension with more than one category becomes part of the indicator (one indicator
 * per combination, titled with the category labels) unless `options.select` fixes it; cells
 * outside a selection are skipped and reported. Geo category labels declare areas the built-in
 * geography lacks. A cell's `status` is kept as its marker: with no value it must be a known
 * marker; with a value, `p` and `r` mean provisional and revised.
 */
export function parseJsonStatDataset(
  { dataset, at }: JsonStatDataset,
  context: ReadContext & { dimensions?: DimensionMapping },
): ParsedSource | undefined {
  const { log } = context;
  const before = log.problems.length;
  const fields = new JsonFields(dataset, log, (key) => ({ pointer: pointer(at, key) }));
  const dimensionObject = fields.object('dimension', true) ?? {};
  const idList = own(dataset, 'id') ?? own(dimensionObject, 'id');
  const sizeList = own(dataset, 'size') ?? own(dimensionObject, 'size');
  if (!Array.isArray(idList) || !idList.every((id) => typeof id === 'string')) {
    log.error({ pointer: pointer(at, 'id') }, 'id', 'id must be a list of dimension ids');
    return undefined;
  }
  if (!Array.isArray(sizeList) || sizeList.length !== idList.length || !sizeList.every((size) => Number.isInteger(size) && size >= 0)) {
    log.error({ pointer: pointer(at, 'size') }, 'size', `size must be a list of ${idList.length} whole numbers, one per dimension`);
    return undefined;
  }
  const sizes = sizeList as number[];
  const dimensions = (idList as string[]).map((id, index) =>
    readDimension(id, own(dimensionObject, id), sizes[index] ?? 0, pointer(at, 'dimension', id), log),
  );
  if (log.problems.length > before) return undefined;
  const dims = dimensions as Dimension[];

  const roles = isJsonObject(own(dataset, 'role')) ? (own(dataset, 'role') as JsonObject) : isJsonObject(own(dimensionObject, 'role')) ? (own(dimensionObject, 'role') as JsonObject) : {};
  const geo = roleIndex(dims, context.dimensions?.area, own(roles, 'geo'), GUESSES.geo);
  const time = roleIndex(dims, context.dimensions?.period, own(roles, 'time'), GUESSES.time);
  const metric = roleIndex(dims, context.dimensions?.indicator, own(roles, 'metric'), GUESSES.metric);
  if (geo === undefined) log.error({ pointer: pointer(at, 'role') }, 'role', 'no area dimension: give role.geo or options.dimensions.area');
  if (time === undefined) log.error({ pointer: pointer(at, 'role') }, 'role', 'no period dimension: give role.time or options.dimensions.period');
  if (geo === undefined || time === undefined) return undefined;

  const selections = selectCategories(dims, context.select, at, log);
  const extras = dims.flatMap((dimension, index) =>
    index !== geo && index !== time && index !== metric && dimension.categories.length > 1 && !selections.has(index) ? [index] : [],
  );

  const cells = readCells(dataset, at, sizes.reduce((product, size) => product * size, 1), log);
  const statusAt = readStatus(own(dataset, 'status'), at);
  if (!cells || log.problems.length > before) return undefined;

  const title = fields.string('label');
  const catalogue = new IndicatorCatalogue(context.indicators, context.periodType);
  const only = catalogue.onlyDeclared;
  const datasetBase: IndicatorBase = only
    ? { id: only.id, title: only.title }
    : { id: slug(title ?? '') || 'value', title: title ?? 'value' };
  const strides = dims.map((_, index) => sizes.slice(index + 1).reduce((product, size) => product * size, 1));
  const observations: ObservationDraft[] = [];

  for (const [cell, value] of cells) {
    const valueAt = pointer(at, 'value', cell);
    const positions = strides.map((stride, index) => Math.floor(cell / stride) % (sizes[index] ?? 1));
    const category = (index: number): Category => dims[index]?.categories[positions[index] ?? 0] ?? { id: '', label: '' };
    const outside = [...selections].find(([index, position]) => positions[index] !== position);
    if (outside) {
      const [index, position] = outside;
      log.skip({ pointer: valueAt }, dims[index]?.id ?? '', `${dims[index]?.id} is "${category(index).label}", not the selected "${dims[index]?.categories[position]?.label}"; cell skipped`);
      continue;
    }
    const base: IndicatorBase =
      metric === undefined ? datasetBase : { id: category(metric).id, title: category(metric).label, ...dims[metric]?.unit(category(metric).id) };
    const indicator = catalogue.idFor(base, extras.map(category));
    if (indicator === undefined) {
      log.skip({ pointer: valueAt }, 'indicator', `indicator "${base.id}" is not among the indicators given; cell skipped`);
      continue;
    }
    const status = statusAt(cell);
    const meaning = status && typeof value === 'number' ? NUMBER_STATUS.get(status.text.toLowerCase()) : undefined;
    const locate = (field: string): { pointer: string } => {
      if (field === 'area') return { pointer: dims[geo]?.categoryAt(positions[geo] ?? 0) ?? at };
      if (field === 'period') return { pointer: dims[time]?.categoryAt(positions[time] ?? 0) ?? at };
      if (field === 'indicator') return { pointer: metric === undefined ? pointer(at, 'label') : (dims[metric]?.categoryAt(positions[metric] ?? 0) ?? at) };
      if ((field === 'status' || field === 'marker') && status) return { pointer: status.at };
      return { pointer: valueAt };
    };
    observations.push({
      indicator,
      area: category(geo).id,
      period: category(time).id,
      value,
      ...(meaning ? { status: meaning } : status && { marker: status.text }),
      locate,
    });
  }

  const parsed: ParsedSource = {
    format: 'json-stat',
    indicators: catalogue.indicators,
    areas: declaredAreas(dims[geo]),
    observations,
    rows: cells.length,
    valuesAreText: false,
  };
  if (title !== undefined) parsed.title = title;
  const source = own(dataset, 'source');
  if (typeof source === 'string') parsed.source = { name: source };
  return parsed;
}

/** `options.select` as dimension index -> category position; keys and values match ids or labels. */
function selectCategories(dims: readonly Dimension[], select: Readonly<Record<string, string>> | undefined, at: string, log: IssueLog): Map<number, number> {
  const selections = new Map<number, number>();
  for (const [key, wanted] of Object.entries(select ?? {})) {
    const index = dims.findIndex((dimension) => dimension.id === key || dimension.label === key);
    const dimension = dims[index];
    if (!dimension) {
      log.error({ pointer: pointer(at, 'id') }, 'select', `select names dimension "${key}", which the dataset does not have (${dims.map((each) => each.id).join(', ')})`);
      continue;
    }
    const position = dimension.categories.findIndex((category) => category.id === wanted || category.label === wanted);
    if (position < 0) {
      log.error({ pointer: pointer(at, 'dimension', dimension.id, 'category') }, 'select', `dimension "${dimension.id}" has no category "${wanted}"`);
      continue;
    }
    selections.set(index, position);
  }
  return selections;
}

/** The cells that have an entry: every position of a `value` list, or the keys of a sparse `value` object. */
function readCells(dataset: JsonObject, at: string, count: number, log: IssueLog): Array<[number, unknown]> | undefined {
  const value = own(dataset, 'value');
  if (Array.isArray(value)) {
    if (value.length !== count) {
      log.error({ pointer: pointer(at, 'value') }, 'value', `value has ${value.length} entries but the dimension sizes make ${count}`);
      return undefined;
    }
    return value.map((entry, cell) => [cell, entry]);
  }
  if (isJsonObject(value)) {
    const cells: Array<[number, unknown]> = [];
    for (const [key, entry] of Object.entries(value)) {
      const cell = Number(key);
      if (!/^\d+$/.test(key) || cell >= count) {
        log.error({ pointer: pointer(at, 'value', key) }, 'value', `value key "${key}" is not a cell position below ${count}`);
      } else {
        cells.push([cell, entry]);
      }
    }
    return cells.sort(([a], [b]) => a - b);
  }
  log.error({ pointer: pointer(at, 'value') }, 'value', `value must be a list or an object, not ${describeJsonType(value)}`);
  return undefined;
}

/** The status text of a cell, with its pointer: one string for all, a list, or a sparse object. */
function readStatus(status: unknown, at: string): (cell: number) => { text: string; at: string } | undefined {
  const statusAt = pointer(at, 'status');
  if (typeof status === 'string') return () => ({ text: status, at: statusAt });
  return (cell) => {
    const text = Array.isArray(status) ? status[cell] : isJsonObject(status) ? own(status, String(cell)) : undefined;
    return typeof text === 'string' && text !== '' ? { text, at: pointer(statusAt, cell) } : undefined;
  };
}

/** Geo categories with a label, for codes the built-in geography lacks. */
function declaredAreas(geo: Dimension | undefined): Area[] {
  return (geo?.categories ?? []).flatMap((category) =>
    category.label !== category.id && mayDeclareArea(category.id) ? [{ code: category.id, name: category.label }] : [],
  );
}
