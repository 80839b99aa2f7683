/**
 * The store behind a {@link Dataset}: validated observations indexed by indicator, area and period
 * as they are added, with their values in one array of numbers. A reader's checker adds each
 * observation the moment it passes its checks, so reading a file and indexing it are one pass, and
 * the duplicate check is the index's own lookup.
 *
 * Points ({@link SeriesPoint}) are made when a series is first asked for, and kept: a page that
 * shows a few series of a 100,000-row file never builds the other 99,000 points, and the read
 * allocates no object for an observation that is only a value.
 *
 * @module
 * @internal
 */
import type { Indicator, Observation } from '../model/types.js';
import { comparePeriods, type Period } from '../period/period.js';
import type { SeriesPoint } from './dataset.js';

/** One area's observations of an indicator, and the points made of them so far. */
interface AreaObservations {
  /** Observation number by period slot (see {@link IndicatorObservations.slots}); holes where the area has none. */
  readonly bySlot: number[];
  /** The points made so far, by slot: a comparison of areas makes one period's, a series all. */
  pointsBySlot?: Array<SeriesPoint | undefined>;
  /** Made when the series is first asked for. */
  points?: AreaPoints;
}

/** An area's points for an indicator, made on first request. */
export interface AreaPoints {
  /** Oldest first. */
  readonly inTimeOrder: readonly SeriesPoint[];
  /** By period slot. */
  readonly bySlot: ReadonlyArray<SeriesPoint | undefined>;
}

/** One indicator's observations: its periods numbered in first-seen order, and each area's observations by period. */
export class IndicatorObservations {
  /** Canonical period label -> slot. */
  readonly slots = new Map<string, number>();
  /** The distinct periods by slot. */
  readonly periods: Period[] = [];
  /** By area number (see {@link ObservationTable.areaNumber}). */
  readonly areas: Array<AreaObservations | undefined> = [];
  private slotsInTimeOrder: number[] | undefined;

  constructor(readonly indicator: Indicator) {}

  /** The period's slot, given on first sight. */
  slot(period: Period): number {
    let slot = this.slots.get(period.label);
    if (slot === undefined) {
      this.slots.set(period.label, (slot = this.periods.push(period) - 1));
      this.slotsInTimeOrder = undefined;
    }
    return slot;
  }

  /** Slots, oldest period first. */
  timeOrder(): readonly number[] {
    const { periods } = this;
    return (this.slotsInTimeOrder ??= periods.map((_, slot) => slot).sort((a, b) => comparePeriods(periods[a]!, periods[b]!)));
  }
}

/**
 * Validated observations, indexed as they are added. Observations are numbered 0, 1, 2... in the
 * order added, which is source order.
 */
export class ObservationTable {
  /**
   * Values by observation number; NaN for no value (validated values are finite). Numbers only,
   * so V8 stores them unboxed, 8 bytes each.
   */
  private readonly values: number[] = [];
  /** The points of observations with more than a value (status, marker, interval, counts), or given as points, by number. */
  private readonly keptPoints = new Map<number, SeriesPoint>();
  private readonly byIndicator = new Map<string, IndicatorObservations>();
  /** Area code -> number: areas are numbered in first-seen order. */
  private readonly areaNumbers = new Map<string, number>();
  /** Area codes by number. */
  private readonly areaCodes: string[] = [];
  private readonly hasObservations: boolean[] = [];
  /** Codes of the areas that have observations, in the order of their first. */
  readonly areasObserved: string[] = [];

  /**
   * A table of points already validated (as {@link Dataset}'s public constructor takes them), kept
   * as they are. Points of indicators not listed are left out, as are repeats of an indicator,
   * area and period (validation reports those).
   */
  static ofPoints(indicators: readonly Indicator[], points: readonly SeriesPoint[]): ObservationTable {
    const table = new ObservationTable();
    const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    for (const point of points) {
      const indicator = byId.get(point.observation.indicator);
      if (indicator) table.add(table.indicator(indicator), table.areaNumber(point.observation.area), point.period, point.value, point);
    }
    return table;
  }

  /** The observations of an indicator, made empty on first request. */
  indicator(indicator: Indicator): IndicatorObservations {
    let observations = this.byIndicator.get(indicator.id);
    if (!observations) this.byIndicator.set(indicator.id, (observations = new IndicatorObservations(indicator)));
    return observations;
  }

  /** The number of an area code (a current code, as validation gives), given on first sight. */
  areaNumber(code: string): number {
    let number = this.areaNumbers.get(code);
    if (number === undefined) this.areaNumbers.set(code, (number = this.areaCodes.push(code) - 1));
    return number;
  }

  /**
   * Adds an observation, unless the indicator already has one for this area and period: returns
   * that earlier observation's number then, having added nothing, and -1 otherwise. `point` is
   * kept for an observation with more than a value; a value-only one needs none.
   */
  add(indicator: IndicatorObservations, areaNumber: number, period: Period, value: number | null, point?: SeriesPoint): number {
    let area = indicator.areas[areaNumber];
    if (!area) indicator.areas[areaNumber] = area = { bySlot: [] };
    const slot = indicator.slot(period);
    const earlier = area.bySlot[slot];
    if (earlier !== undefined) return earlier;

    const number = this.values.push(value ?? Number.NaN) - 1;
    if (point) this.keptPoints.set(number, point);
    area.bySlot[slot] = number;
    if (!this.hasObservations[areaNumber]) {
      this.hasObservations[areaNumber] = true;
      this.areasObserved.push(this.areaCodes[areaNumber]!);
    }
    return -1;
  }

  /** Observations added. */
  get size(): number {
    return this.values.length;
  }

  /** An area's points for an indicator (made on first request); undefined when it has none. */
  points(indicator: IndicatorObservations, areaCode: string): AreaPoints | undefined {
    const areaNumber = this.areaNumbers.get(areaCode);
    const area = areaNumber === undefined ? undefined : indicator.areas[areaNumber];
    if (!area) return undefined;
    if (!area.points) {
      const inTimeOrder = indicator.timeOrder().flatMap((slot) => this.pointAt(indicator, area, areaCode, slot) ?? []);
      area.points = { inTimeOrder, bySlot: area.pointsBySlot ?? [] };
    }
    return area.points;
  }

  /** Every area's point for one period slot, with its area code, in source order. */
  pointsAt(indicator: IndicatorObservations, slot: number): Array<{ area: string; point: SeriesPoint }> {
    const found: Array<{ area: string; point: SeriesPoint; number: number }> = [];
    indicator.areas.forEach((area, areaNumber) => {
      const code = this.areaCodes[areaNumber]!;
      const point = area && this.pointAt(indicator, area, code, slot);
      if (point) found.push({ area: code, point, number: area.bySlot[slot]! });
    });
    return found.sort((a, b) => a.number - b.number);
  }

  /** Every observation, in source order. */
  observations(): Observation[] {
    const all = new Array<Observation>(this.size);
    for (const indicator of this.byIndicator.values()) {
      indicator.areas.forEach((area, areaNumber) => {
        area?.bySlot.forEach((number, slot) => {
          all[number] = this.point(number, indicator, this.areaCodes[areaNumber]!, slot).observation;
        });
      });
    }
    return all;
  }

  /** An area's point for a period slot, made on first request and kept; undefined when it has none. */
  private pointAt(indicator: IndicatorObservations, area: AreaObservations, areaCode: string, slot: number): SeriesPoint | undefined {
    const number = area.bySlot[slot];
    if (number === undefined) return undefined;
    const made = (area.pointsBySlot ??= []);
    return (made[slot] ??= this.point(number, indicator, areaCode, slot));
  }

  /** A new point for an observation, or the one kept for it. */
  private point(number: number, indicator: IndicatorObservations, areaCode: string, slot: number): SeriesPoint {
    const kept = this.keptPoints.get(number);
    if (kept) return kept;
    const period = indicator.periods[slot]!;
    const value = this.values[number]!;
    return { period, value, observation: { indicator: indicator.indicator.id, area: areaCode, period: period.label, value } };
  }
}
