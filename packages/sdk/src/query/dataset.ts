/**
 * The indexed, validated dataset the readers return. Every query is a lookup in the index the
 * readers build as they check (see `ObservationTable`): nothing scans the observations.
 *
 * @module
 */
import type { DataIssue } from '../model/errors.js';
import { OmfLookupError } from '../model/errors.js';
import type { ActionPlan, Area, Indicator, Observation, OmfDocument, OutcomePlan, Source } from '../model/types.js';
import type { Geography } from '../geography/geography.js';
import { parsePeriod, type Period } from '../period/period.js';
import { ObservationTable, type AreaPoints, type IndicatorObservations } from './observation-table.js';

/** The formats the readers understand. */
export type DataFormat = 'omf-json' | 'csv' | 'json-stat' | 'sparql-json' | 'cube-csv';

/** One observation placed in time. */
export interface SeriesPoint {
  /** The observation's period, parsed with the indicator's period type as the hint. */
  period: Period;
  /** The value; `null` when suppressed or not available (never 0). */
  value: number | null;
  /** The observation itself, with its status, bounds and marker. */
  observation: Observation;
}

/** What a read did: the format, how much it read, and every row it left out on purpose. */
export interface ReadReport {
  /** The format the input was read as. */
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
  /** The dataset's title, when the input gives one. */
  title?: string;
  /** Where the data comes from, when the input says. */
  source?: Source;
  /** Every indicator the points may name; points of others are ignored. */
  indicators: readonly Indicator[];
  /** Areas the data declared beyond the built-in geography (kept for {@link Dataset.toDocument}). */
  declaredAreas: readonly Area[];
  /** Validated points: observations with current area codes and canonical period labels. */
  points: readonly SeriesPoint[];
  /**
   * The observations already stored and indexed, as the readers' checker leaves them; `points`
   * is then not read.
   *
   * @internal
   */
  table?: ObservationTable;
  /** The built-in geography extended with the declared areas. */
  geography: Geography;
  /** Validated LOIP outcome plans; empty when there are none. */
  plans: readonly OutcomePlan[];
  /** Validated CSPP action plans; empty when there are none. */
  actionPlans: readonly ActionPlan[];
  /** What the read did. */
  report: ReadReport;
}

/** A point in a comparison of areas, with its area code. */
export type AreaPoint = SeriesPoint & {
  /** The area's current code, e.g. `S12000033`. */
  area: string;
};

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
  private readonly table: ObservationTable;
  private readonly byIndicator = new Map<string, IndicatorObservations>();
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
    this.planById = new Map(parts.plans.map((plan) => [plan.id, plan]));
    this.actionPlanById = new Map(parts.actionPlans.map((plan) => [plan.id, plan]));
    const table = parts.table ?? ObservationTable.ofPoints(parts.indicators, parts.points);
    this.table = table;
    for (const indicator of parts.indicators) this.byIndicator.set(indicator.id, table.indicator(indicator));
    this.areas = table.areasObserved.map((code) => parts.geography.get(code) ?? { code, name: code });
  }

  /** The indicator with this id, if any. */
  indicator(id: string): Indicator | undefined {
    return this.byIndicator.get(id)?.indicator;
  }

  /** The area for a code, retired code, name or name variant (see {@link Geography.resolve}). */
  area(codeOrName: string): Area | undefined {
    const code = this.geography.resolve(codeOrName);
    return code === undefined ? undefined : this.geography.get(code);
  }

  /** The indicator's points for an area, oldest first; `[]` when the area has none. */
  series(indicator: string, area: string): SeriesPoint[] {
    return [...(this.points(indicator, area)?.inTimeOrder ?? [])];
  }

  /** The most recent point that has a number (suppressed and missing values are passed over). */
  latest(indicator: string, area: string): SeriesPoint | undefined {
    const series = this.points(indicator, area)?.inTimeOrder ?? [];
    for (let index = series.length - 1; index >= 0; index--) {
      const point = series[index];
      if (point && point.value !== null) return point;
    }
    return undefined;
  }

  /** The point for one period, written in any form `parsePeriod` reads (`2020-21`, `2020/21`...). */
  value(indicator: string, area: string, period: string): SeriesPoint | undefined {
    const points = this.points(indicator, area);
    const slot = this.entry(indicator).slots.get(this.periodLabel(indicator, period));
    return slot === undefined ? undefined : points?.bySlot[slot];
  }

  /** The distinct periods the indicator has data for, oldest first. */
  periods(indicator: string): Period[] {
    const entry = this.entry(indicator);
    return entry.timeOrder().map((slot) => entry.periods[slot]!);
  }

  /** Every area's point for one period, in the order areas first appear in the data. */
  compare(indicator: string, period: string): AreaPoint[] {
    const entry = this.entry(indicator);
    const slot = entry.slots.get(this.periodLabel(indicator, period));
    if (slot === undefined) return [];
    return this.table.pointsAt(entry, slot).map(({ area, point }) => ({ ...point, area }));
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
      observations: this.table.observations(),
      plans: this.plans.length > 0 ? this.plans : undefined,
      actionPlans: this.actionPlans.length > 0 ? this.actionPlans : undefined,
    };
    // A JSON round trip both copies deeply and drops the absent (undefined) fields.
    return JSON.parse(JSON.stringify(document)) as OmfDocument;
  }

  /** An area's points for an indicator, made on first request; undefined when it has none. */
  private points(indicator: string, area: string): AreaPoints | undefined {
    return this.table.points(this.entry(indicator), this.areaCode(area));
  }

  private entry(indicator: string): IndicatorObservations {
    const entry = this.byIndicator.get(indicator);
    if (!entry) throw new OmfLookupError('indicator', indicator);
    return entry;
  }

  private areaCode(area: string): string {
    const code = this.geography.resolve(area);
    if (code === undefined) throw new OmfLookupError('area', area);
    return code;
  }

  private periodLabel(indicator: string, period: string): string {
    const parsed = parsePeriod(period, this.byIndicator.get(indicator)?.indicator.periodType);
    if (!parsed) throw new OmfLookupError('period', period, `"${period}" is not a period`);
    return parsed.label;
  }
}
