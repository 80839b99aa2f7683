/**
 * The canonical OMF data model. These interfaces are the single source of truth for the
 * format: the published JSON Schema (`@omf/sdk/schema/omf-dataset.schema.json`) is generated
 * from {@link OmfDocument} at build time, and the readers produce these types.
 *
 * @module
 */

/** How an indicator's value is measured. */
export type Unit = 'percent' | 'count' | 'rate' | 'currency' | 'ratio' | 'score' | 'hours' | 'days' | 'index';

/**
 * Which direction is better. Trend words (improving, worsening) and ranks come from this,
 * never from the sign of a change alone.
 *
 * - `higher-is-better` / `lower-is-better`: the usual.
 * - `target-range`: closest to the indicator's `target` is best (LGBF "Goldilocks" indicators).
 * - `neutral`: context measures; changes are described but not judged.
 */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'target-range' | 'neutral';

/** The kind of period an indicator is reported for. */
export type PeriodType =
  | 'academic-year'
  | 'financial-year'
  | 'calendar-year'
  | 'quarter'
  | 'month'
  | 'date'
  | 'multi-year';

/**
 * Quality flag on one observation.
 *
 * `suppressed` and `not-available` observations carry no value (`value: null`) and are shown
 * as such, never as zero. `imputed` and `projected` are CPOP's back-filled and projected values.
 */
export type ObservationStatus =
  | 'provisional'
  | 'revised'
  | 'suppressed'
  | 'not-available'
  | 'imputed'
  | 'projected';

/** Where the data comes from, shown beside every widget and report. */
export interface Source {
  /** Publisher or dataset name, e.g. "Improvement Service, LGBF 2020-21". */
  name: string;
  /** Link to the publisher's page (https only is rendered as a link). */
  url?: string;
  /** Licence identifier, e.g. "OGL-UK-3.0". */
  licence?: string;
  /** The attribution sentence the licence asks for. */
  attribution?: string;
}

/** One statistical measure, e.g. LGBF CHN18 "% of funded early years provision graded good or better". */
export interface Indicator {
  /** Stable identifier used by observations and element attributes, e.g. `CHN18`. */
  id: string;
  /** Plain-English title. */
  title: string;
  /** Gàidhlig title, when one is available. */
  titleGd?: string;
  /** Longer definition. */
  description?: string;
  /** How the value is measured, e.g. `percent`; decides formatting and which comparisons make sense. */
  unit: Unit;
  /** For `rate`: the denominator, e.g. 1000 for "per 1,000". */
  per?: number;
  /** For `currency`: ISO 4217 code. Defaults to GBP. */
  currency?: string;
  /** Decimal places to show. Defaults by unit. */
  decimals?: number;
  /** Which direction is better; trend words, ranks and RAG ratings come from this. */
  polarity: Polarity;
  /** For `target-range` polarity: the value that is best. */
  target?: number;
  /**
   * The kind of period the indicator is reported for; when set, it is the hint for reading
   * ambiguous labels (e.g. `2023/24` as an academic rather than a financial year).
   */
  periodType?: PeriodType;
  /** Theme or service area, e.g. "ELC", "Children's Services". */
  theme?: string;
  /** Source, when it differs from the dataset's. */
  source?: Source;
  /** True when the indicator or its figures are invented for a demonstration. */
  illustrative?: boolean;
}

/** A place data is reported for. The built-in geography covers Scotland's 32 councils and Scotland. */
export interface Area {
  /** GSS code (e.g. `S12000033`) or any stable code the data declares. */
  code: string;
  /** Display name in English, e.g. "Aberdeen City". */
  name: string;
  /** Gàidhlig name. */
  nameGd?: string;
  /** e.g. `council`, `country`, `health-board`, `intermediate-zone`. */
  type?: string;
}

/** One value of one indicator, for one area and period. */
export interface Observation {
  /** The {@link Indicator.id} this value is for. */
  indicator: string;
  /** Area code. */
  area: string;
  /** Period label in any form {@link parsePeriod} reads, e.g. `2023/24`, `2023`, `2023-Q2`. */
  period: string;
  /** The value; `null` when suppressed or not available. */
  value: number | null;
  /** Lower bound of the confidence interval. */
  lower?: number;
  /** Upper bound of the confidence interval. */
  upper?: number;
  /** The count above the line the value was calculated from, when published. */
  numerator?: number;
  /** The count below the line the value was calculated from, when published. */
  denominator?: number;
  /** Quality flag; absent for an ordinary published value. */
  status?: ObservationStatus;
  /** The publisher's own marker when there is no value (`dna`, `*`, `NA`...), kept for the record. */
  marker?: string;
}

/** A value at a period, used by baselines and targets. */
export interface PeriodValue {
  /** Period label, e.g. `2023/24`; readers store the canonical label. */
  period: string;
  /** The value at that period, in the unit of the measure or its indicator. */
  value: number;
}

/** A measure of progress in a LOIP outcome: baseline, target and progress. */
export interface OutcomeMeasure {
  /** Identifier, unique within the outcome. */
  id: string;
  /** Plain-English title of the measure. */
  title: string;
  /** An indicator in the dataset whose observations give progress. */
  indicator?: string;
  /** The area whose observations count; defaults to the plan's area. */
  area?: string;
  /** The starting value and the period it was measured in. */
  baseline: PeriodValue;
  /** The value the plan aims for and the period it should be reached by (not before the baseline). */
  target: PeriodValue;
  /** Observations carried by the measure itself, when it has no indicator. */
  observations?: PeriodValue[];
  /** Unit of the measure's own observations. */
  unit?: Unit;
  /** Direction, when it has no indicator. Defaults to the direction from baseline to target. */
  polarity?: Polarity;
  /** True when the baseline or target was invented for a demonstration. */
  illustrative?: boolean;
}

/** One outcome of a LOIP or locality plan. */
export interface Outcome {
  /** Identifier, unique within the plan. */
  id: string;
  /** The outcome as the plan words it. */
  title: string;
  /** e.g. Economy, People, Place. */
  theme: string;
  /** Locality plan the outcome belongs to; absent for partnership-wide outcomes. */
  locality?: string;
  /** The measures that show progress towards the outcome. */
  measures: OutcomeMeasure[];
}

/** A Local Outcome Improvement Plan of a Community Planning Partnership. */
export interface OutcomePlan {
  /** Identifier, unique within the dataset. */
  id: string;
  /** Partnership name, e.g. "Community Planning Aberdeen". */
  partnership: string;
  /** Council area code the plan covers. */
  area?: string;
  /** Plan title, e.g. "Local Outcome Improvement Plan 2016-26". */
  title: string;
  /** The years the plan runs; start is not after end. */
  period: {
    /** ISO date `YYYY-MM-DD` or a period label such as `2023/24`. */
    start: string;
    /** ISO date `YYYY-MM-DD` or a period label such as `2025/26`. */
    end: string;
  };
  /** The plan's outcomes. */
  outcomes: Outcome[];
  /** True when the plan is invented for a demonstration. */
  illustrative?: boolean;
}

/** Default action status vocabulary; plans may declare their own with {@link StatusVocabulary}. */
export type ActionStatus = 'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'complete' | 'cancelled';

/** A dated progress note on an action. */
export interface ActionUpdate {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** The action's status at that date: a word from the plan's vocabulary (default {@link ActionStatus}). */
  status: string;
  /** The progress note itself. */
  text: string;
}

/** One action of a CSPP action plan. */
export interface Action {
  /** Identifier, unique within the plan. */
  id: string;
  /** Theme or priority the action sits under. */
  theme: string;
  /** What the action will do. */
  title: string;
  /** Lead officer or organisation. */
  lead: string;
  /** ISO date `YYYY-MM-DD`. */
  due: string;
  /** Current status: a word from the plan's vocabulary (default {@link ActionStatus}). */
  status: string;
  /** Percent complete, 0 to 100. */
  progress?: number;
  /** Dated progress notes; empty when there are none. */
  updates: ActionUpdate[];
}

/**
 * A status vocabulary: the words a partnership uses, each mapped to one of the default meanings
 * (so RAG, RAG plus blue for delivered, or plain words all summarise the same way).
 */
export interface StatusVocabulary {
  /** Each status the plan uses, with its label and meaning. */
  statuses: Array<{
    /** The status word actions use, e.g. `green`. */
    id: string;
    /** How the status is shown, e.g. "Green: on track". */
    label: string;
    /** The default status it counts as. */
    meaning: ActionStatus;
  }>;
}

/** A Children's Services Planning Partnership action plan. */
export interface ActionPlan {
  /** Identifier, unique within the dataset. */
  id: string;
  /** Name of the Children's Services Planning Partnership. */
  partnership: string;
  /** Plan title. */
  title: string;
  /** The years the plan runs; start is not after end. */
  period: {
    /** ISO date `YYYY-MM-DD` or a period label such as `2023/24`. */
    start: string;
    /** ISO date `YYYY-MM-DD` or a period label such as `2025/26`. */
    end: string;
  };
  /** Custom status words; the default vocabulary is {@link ActionStatus}. */
  vocabulary?: StatusVocabulary;
  /** The plan's actions. */
  actions: Action[];
  /** True when the plan is invented for a demonstration. */
  illustrative?: boolean;
}

/** The canonical JSON document (`"omf": 1`). */
export interface OmfDocument {
  /** Format version. */
  omf: 1;
  /** Dataset title. */
  title?: string;
  /** Where the data comes from; an indicator's own source overrides it. */
  source?: Source;
  /** The indicators the observations are for. */
  indicators: Indicator[];
  /** Areas beyond the built-in Scottish geography. */
  areas?: Area[];
  /** The values, one per indicator, area and period. */
  observations: Observation[];
  /** LOIP outcome plans. */
  plans?: OutcomePlan[];
  /** CSPP action plans. */
  actionPlans?: ActionPlan[];
}
