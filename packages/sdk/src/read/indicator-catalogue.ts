/**
 * Indicators for formats that do not declare their own (tidy CSV, cube CSV, SPARQL results) and
 * for JSON-stat: one indicator per base measure and combination of extra dimension categories.
 *
 * @module
 */
import type { Indicator, PeriodType } from '../model/types.js';
import type { UnitReading } from './vocabulary.js';

/** A measure as the source names it, before extra dimensions are added. */
export interface IndicatorBase {
  id: string;
  title: string;
  /** Unit read from the source's own wording, used when no metadata is given. */
  unit?: UnitReading;
  decimals?: number;
}

/** One category of an extra dimension (sex, age, SIMD quintile...). */
export interface Category {
  id: string;
  label: string;
}

/** Separates a base indicator id from the category ids of its extra dimensions: `employment-rate/female`. */
const COMBINATION_SEPARATOR = '/';
/** Joins a base title and category labels: `Employment rate — Female`. */
const TITLE_SEPARATOR = ' — ';

/**
 * Hands out indicator ids and builds their metadata.
 *
 * - With metadata given (`options.indicators`), that list is the set of indicators to read: a
 *   combination is kept when its full id or its base id is listed (a base's metadata is copied,
 *   with the combination's id and title), and anything else is left out (the reader reports it
 *   as skipped).
 * - Without metadata, an indicator is made from what the source says: its title, the unit its
 *   wording names (else `score`, a plain number), and polarity `neutral`, because nothing in the
 *   data says which direction is better.
 */
export class IndicatorCatalogue {
  private readonly declared: ReadonlyMap<string, Indicator> | undefined;
  /** Built indicators by id; `null` marks an id the metadata leaves out. */
  private readonly built = new Map<string, Indicator | null>();

  constructor(declared: readonly Indicator[] | undefined, private readonly periodType?: PeriodType) {
    this.declared = declared && declared.length > 0 ? new Map(declared.map((indicator) => [indicator.id, indicator])) : undefined;
  }

  /** The single indicator given, when exactly one was: it names a source that has no indicator of its own. */
  get onlyDeclared(): Indicator | undefined {
    return this.declared?.size === 1 ? [...this.declared.values()][0] : undefined;
  }

  /** The indicator id for a base and categories, or undefined when the given metadata leaves it out. */
  idFor(base: IndicatorBase, categories: readonly Category[] = []): string | undefined {
    const id = [base.id, ...categories.map((category) => category.id)].join(COMBINATION_SEPARATOR);
    let indicator = this.built.get(id);
    if (indicator === undefined) {
      indicator = this.build(id, base, categories);
      this.built.set(id, indicator);
    }
    return indicator === null ? undefined : id;
  }

  /** The indicator with an id {@link IndicatorCatalogue.idFor} has handed out, if any. */
  indicator(id: string): Indicator | undefined {
    return this.built.get(id) ?? undefined;
  }

  /** Every indicator given (in the order given), then those built so far (in first-use order). */
  get indicators(): Indicator[] {
    const given = [...(this.declared?.values() ?? [])];
    const built = [...this.built.values()].filter(
      (indicator): indicator is Indicator => indicator !== null && !this.declared?.has(indicator.id),
    );
    return [...given, ...built];
  }

  private build(id: string, base: IndicatorBase, categories: readonly Category[]): Indicator | null {
    const suffix = categories.map((category) => TITLE_SEPARATOR + category.label).join('');
    if (this.declared) {
      const exact = this.declared.get(id);
      if (exact) return exact;
      const declaredBase = this.declared.get(base.id);
      return declaredBase ? { ...declaredBase, id, title: declaredBase.title + suffix } : null;
    }
    const indicator: Indicator = { id, title: base.title + suffix, unit: base.unit?.unit ?? 'score', polarity: 'neutral' };
    if (base.unit?.per !== undefined) indicator.per = base.unit.per;
    if (base.decimals !== undefined) indicator.decimals = base.decimals;
    if (this.periodType !== undefined) indicator.periodType = this.periodType;
    return indicator;
  }
}
