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

interface IndicatorIndex {
  /** Period label -> the period's slot and every area's point for it. */
  byLabel: Map<string, PeriodEntry>;
  /** Area code -> the area's points. */
  series: Map<string, AreaSeries>;
  /** Time-ordered distinct periods. */
  periods: Period[];
}

/** One period of an indicator. */
interface PeriodEntry {
  /** The period's place in first-seen order: its index in every {@link AreaSeries.bySlot}. */
  slot: number;
  /** Every area's point for the period, in first-seen area order. */
  points: SeriesPoint[];
}

/** One area's points for an indicator. */
interface AreaSeries {
  /** Time-ordered. */
  points: SeriesPoint[];
  /** By period slot (see {@link PeriodEntry.slot}): arrays, not a map per area, as a series has few periods. */
  bySlot: Array<SeriesPoint | undefined>;
  /** The slot of the last point added, and whether the points came in slot order. */
  lastSlot: number;
  inSlotOrder: boolean;
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
      this.index.set(indicator.id, { byLabel: new Map(), series: new Map(), periods: [] });
    }
    const areaCodes = new Set<string>();
    const { points } = parts;
    // Points usually come grouped by indicator, and within it by period: each is looked up only
    // when it changes. An index loop, as for-of would allocate an iterator result per point until
    // the loop is optimised.
    let indicator: string | undefined;
    let entry: IndicatorIndex | undefined;
    let label: string | undefined;
    let period: PeriodEntry | undefined;
    for (let index = 0; index < points.length; index++) {
      const point = points[index];
      if (!point) continue;
      const { area } = point.observation;
      if (point.observation.indicator !== indicator) {
        indicator = point.observation.indicator;
        entry = this.index.get(indicator);
        period = undefined;
      }
      if (!entry) continue;
      if (point.period.label !== label || !period) {
        label = point.period.label;
        period = entry.byLabel.get(label);
        if (!period) {
          entry.byLabel.set(label, (period = { slot: entry.periods.length, points: [] }));
          entry.periods.push(point.period);
        }
      }
      period.points.push(point);
      let series = entry.series.get(area);
      if (!series) {
        entry.series.set(area, (series = { points: [], bySlot: [], lastSlot: -1, inSlotOrder: true }));
        areaCodes.add(area);
      }
      series.points.push(point);
      series.bySlot[period.slot] = point;
      if (period.slot < series.lastSlot) series.inSlotOrder = false;
      series.lastSlot = period.slot;
    }
    for (const entry of this.index.values()) {
      // Sources usually list periods in time order: when the indicator's periods were first met in
      // time order, a series whose points came in that order needs no sorting (nor comparing).
      const slotsInTimeOrder = inTimeOrder(entry.periods);
      for (const series of entry.series.values()) {
        if (!(slotsInTimeOrder && series.inSlotOrder)) series.points.sort((a, b) => comparePeriods(a.period, b.period));
      }
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
    return [...(this.entry(indicator).series.get(this.areaCode(area))?.points ?? [])];
  }

  /** The most recent point that has a number (suppressed and missing values are passed over). */
  latest(indicator: string, area: string): SeriesPoint | undefined {
    const series = this.entry(indicator).series.get(this.areaCode(area))?.points ?? [];
    for (let index = series.length - 1; index >= 0; index--) {
      const point = series[index];
      if (point && point.value !== null) return point;
    }
    return undefined;
  }

  /** The point for one period, written in any form `parsePeriod` reads (`2020-21`, `2020/21`...). */
  value(indicator: string, area: string, period: string): SeriesPoint | undefined {
    const entry = this.entry(indicator);
    const series = entry.series.get(this.areaCode(area));
    const slot = entry.byLabel.get(this.periodLabel(indicator, period))?.slot;
    return slot === undefined ? undefined : series?.bySlot[slot];
  }

  /** The distinct periods the indicator has data for, oldest first. */
  periods(indicator: string): Period[] {
    return [...this.entry(indicator).periods];
  }

  /** Every area's point for one period, in the order areas first appear in the data. */
  compare(indicator: string, period: string): AreaPoint[] {
    const points = this.entry(indicator).byLabel.get(this.periodLabel(indicator, period))?.points ?? [];
    // Made on request: one more object per observation at construction would slow every read.
    return points.map((point) => ({ ...point, area: point.observation.area }));
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

function inTimeOrder(periods: readonly Period[]): boolean {
  for (let index = 1; index < periods.length; index++) {
    const previous = periods[index - 1];
    const period = periods[index];
    if (previous && period && comparePeriods(previous, period) > 0) return false;
  }
  return true;
}
