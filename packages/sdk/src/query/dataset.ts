/**
 * The indexed, validated dataset the readers return. Every query is a Map lookup: nothing scans
 * the observations after construction.
 *
 * @module
 */
import type { DataIssue } from '../model/errors.js';
import { OmfLookupError } from '../model/errors.js';
import type { ActionPlan, Area, Indicator, Observation, OmfDocument, OutcomePlan, Source } from '../model/types.js';
import type { Geography } from '../geography/geography.js';
import { comparePeriods, parsePeriod, type Period } from '../period/period.js';

/** The formats the readers understand. */
export type DataFormat = 'omf-json' | 'csv' | 'json-stat' | 'sparql-json' | 'cube-csv';

/** One observation placed in time. */
export interface SeriesPoint {
  period: Period;
  /** The value; `null` when suppressed or not available (never 0). */
  value: number | null;
  observation: Observation;
}

/** What a read did: the format, how much it read, and every row it left out on purpose. */
export interface ReadReport {
  format: DataFormat;
  /** Data rows read (CSV rows, JSON-stat cells, SPARQL bindings, JSON observations). */
  rows: number;
  /** Observations kept. */
  observations: number;
  /** Rows left out on purpose (outside Scotland, not selected), each with its location and reason. */
  skipped: DataIssue[];
}

/** Everything a {@link Dataset} is made from; the readers build it after validation. */
export interface DatasetParts {
  title?: string;
  source?: Source;
  /** Every indicator the points may name; points of others are ignored. */
  indicators: readonly Indicator[];
  /** Areas the data declared beyond the built-in geography (kept for {@link Dataset.toDocument}). */
  declaredAreas: readonly Area[];
  /** Validated points: observations with current area codes and canonical period labels. */
  points: readonly SeriesPoint[];
  geography: Geography;
  plans: readonly OutcomePlan[];
  actionPlans: readonly ActionPlan[];
  report: ReadReport;
}

/** A point in a comparison of areas, with its area code. */
export type AreaPoint = SeriesPoint & { area: string };

interface IndicatorIndex {
  /** Area code -> time-ordered points. */
  series: Map<string, SeriesPoint[]>;
  /** Area code -> period label -> point. */
  byPeriod: Map<string, Map<string, SeriesPoint>>;
  /** Period label -> every area's point, in first-seen area order. */
  compare: Map<string, AreaPoint[]>;
  /** Time-ordered distinct periods. */
  periods: Period[];
}

/**
 * A validated dataset, indexed for lookups. Get one from `readDataset` or `loadDataset`; the
 * constructor trusts its parts to be validated.
 *
 * Lookups naming an unknown indicator or an area the geography cannot resolve throw
 * {@link OmfLookupError}; a known indicator and area with no data give an empty answer.
 */
export class Dataset {
  /** The dataset's title, when the source gives one. */
  readonly title?: string;
  /** Where the data comes from, when the source says. */
  readonly source?: Source;
  /** Every indicator, in the order the source declares or first uses them. */
  readonly indicators: readonly Indicator[];
  /** Areas that have observations (built-in or declared), in first-seen order. */
  readonly areas: readonly Area[];
  /** The built-in geography extended with the areas the data declared. */
  readonly geography: Geography;
  /** LOIP outcome plans (canonical JSON only). */
  readonly plans: readonly OutcomePlan[];
  /** CSPP action plans (canonical JSON only). */
  readonly actionPlans: readonly ActionPlan[];
  /** What the read did: format, rows, observations kept and rows skipped. */
  readonly report: ReadReport;

  private readonly declaredAreas: readonly Area[];
  private readonly points: readonly SeriesPoint[];
  private readonly indicatorById = new Map<string, Indicator>();
  private readonly index = new Map<string, IndicatorIndex>();
  private readonly planById: Map<string, OutcomePlan>;
  private readonly actionPlanById: Map<string, ActionPlan>;

  constructor(parts: DatasetParts) {
    if (parts.title !== undefined) this.title = parts.title;
    if (parts.source !== undefined) this.source = parts.source;
    this.indicators = parts.indicators;
    this.geography = parts.geography;
    this.plans = parts.plans;
    this.actionPlans = parts.actionPlans;
    this.report = parts.report;
    this.declaredAreas = parts.declaredAreas;
    this.points = parts.points;
    this.planById = new Map(parts.plans.map((plan) => [plan.id, plan]));
    this.actionPlanById = new Map(parts.actionPlans.map((plan) => [plan.id, plan]));

    for (const indicator of parts.indicators) {
      this.indicatorById.set(indicator.id, indicator);
      this.index.set(indicator.id, { series: new Map(), byPeriod: new Map(), compare: new Map(), periods: [] });
    }
    const areaCodes = new Set<string>();
    for (const point of parts.points) {
      const { indicator, area } = point.observation;
      const entry = this.index.get(indicator);
      if (!entry) continue;
      areaCodes.add(area);
      push(entry.series, area, point);
      let periods = entry.byPeriod.get(area);
      if (!periods) entry.byPeriod.set(area, (periods = new Map()));
      periods.set(point.period.label, point);
      if (!entry.compare.has(point.period.label)) entry.periods.push(point.period);
      push(entry.compare, point.period.label, { ...point, area });
    }
    for (const entry of this.index.values()) {
      for (const series of entry.series.values()) series.sort((a, b) => comparePeriods(a.period, b.period));
      entry.periods.sort(comparePeriods);
    }
    this.areas = [...areaCodes].map((code) => parts.geography.get(code) ?? { code, name: code });
  }

  /** The indicator with this id, if any. */
  indicator(id: string): Indicator | undefined {
    return this.indicatorById.get(id);
  }

  /** The area for a code, retired code, name or name variant (see {@link Geography.resolve}). */
  area(codeOrName: string): Area | undefined {
    const code = this.geography.resolve(codeOrName);
    return code === undefined ? undefined : this.geography.get(code);
  }

  /** The indicator's points for an area, oldest first; `[]` when the area has none. */
  series(indicator: string, area: string): SeriesPoint[] {
    return [...(this.entry(indicator).series.get(this.areaCode(area)) ?? [])];
  }

  /** The most recent point that has a number (suppressed and missing values are passed over). */
  latest(indicator: string, area: string): SeriesPoint | undefined {
    const series = this.entry(indicator).series.get(this.areaCode(area)) ?? [];
    for (let index = series.length - 1; index >= 0; index--) {
      const point = series[index];
      if (point && point.value !== null) return point;
    }
    return undefined;
  }

  /** The point for one period, written in any form `parsePeriod` reads (`2020-21`, `2020/21`...). */
  value(indicator: string, area: string, period: string): SeriesPoint | undefined {
    const entry = this.entry(indicator);
    return entry.byPeriod.get(this.areaCode(area))?.get(this.periodLabel(indicator, period));
  }

  /** The distinct periods the indicator has data for, oldest first. */
  periods(indicator: string): Period[] {
    return [...this.entry(indicator).periods];
  }

  /** Every area's point for one period, in the order areas first appear in the data. */
  compare(indicator: string, period: string): AreaPoint[] {
    const entry = this.entry(indicator);
    return [...(entry.compare.get(this.periodLabel(indicator, period)) ?? [])];
  }

  /** The LOIP outcome plan with this id, if any. */
  plan(id: string): OutcomePlan | undefined {
    return this.planById.get(id);
  }

  /** The CSPP action plan with this id, if any. */
  actionPlan(id: string): ActionPlan | undefined {
    return this.actionPlanById.get(id);
  }

  /** The dataset as a canonical JSON document (`"omf": 1`), observations in source order; a deep copy. */
  toDocument(): OmfDocument {
    const document = {
      omf: 1,
      title: this.title,
      source: this.source,
      indicators: this.indicators,
      areas: this.declaredAreas.length > 0 ? this.declaredAreas : undefined,
      observations: this.points.map((point) => point.observation),
      plans: this.plans.length > 0 ? this.plans : undefined,
      actionPlans: this.actionPlans.length > 0 ? this.actionPlans : undefined,
    };
    // A JSON round trip both copies deeply and drops the absent (undefined) fields.
    return JSON.parse(JSON.stringify(document)) as OmfDocument;
  }

  private entry(indicator: string): IndicatorIndex {
    const entry = this.index.get(indicator);
    if (!entry) throw new OmfLookupError('indicator', indicator);
    return entry;
  }

  private areaCode(area: string): string {
    const code = this.geography.resolve(area);
    if (code === undefined) throw new OmfLookupError('area', area);
    return code;
  }

  private periodLabel(indicator: string, period: string): string {
    const parsed = parsePeriod(period, this.indicatorById.get(indicator)?.periodType);
    if (!parsed) throw new OmfLookupError('period', period, `"${period}" is not a period`);
    return parsed.label;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
