/**
 * A LOIP's progress as a reader sees it: outcomes grouped by theme, each measure's baseline, latest
 * value, target and projection as text with its status, and the "6 of 9 measures" summary line.
 *
 * @module
 */
import type { Locale } from '../geography/geography.js';
import { formatPeriod, formatValue } from '../format/format.js';
import { pluralRules } from '../format/intl.js';
import { planText } from '../format/plan-messages.js';
import { t } from '../format/messages.js';
import { OmfLookupError } from '../model/errors.js';
import type { Indicator, Outcome, OutcomeMeasure, OutcomePlan, Source } from '../model/types.js';
import type { Dataset } from '../query/dataset.js';
import { progressToTarget, valueFormatFor, type PeriodPoint, type ProgressStatus, type TargetProgress } from './progress-to-target.js';
import { capitalise } from './sentences.js';

/** Options for {@link planProgress}. */
export interface PlanProgressOptions {
  /** Where measures that point at an indicator find its observations. */
  dataset?: Dataset;
  /** Judge as of this date or period (see {@link progressToTarget}). Default: all observations. */
  asOf?: string;
  /** Only the outcomes of this locality, as the plan names it. Default: every outcome. */
  locality?: string;
  /** Only the outcome with this id. */
  outcome?: string;
  /** Language of every label and sentence. Default `en`. */
  locale?: Locale;
}

/** A value and its period, each written for reading: `{value: '76.1%', period: '2015/16'}`. */
export interface ValueAtPeriod {
  /** The value formatted in the measure's unit, e.g. `76.1%`. */
  value: string;
  /** The period formatted for reading, e.g. `2015/16`. */
  period: string;
}

/** One measure's progress, with every word and figure an element shows. */
export interface MeasureProgress {
  /** The measure as the plan declares it. */
  measure: OutcomeMeasure;
  /** The indicator the measure points at, when it does. */
  indicator?: Indicator;
  /** The figures and status from {@link progressToTarget}. */
  progress: TargetProgress;
  /** The baseline for reading. */
  baseline: ValueAtPeriod;
  /** The latest value as of `asOf`; undefined when there is none. */
  latest?: ValueAtPeriod;
  /** The target for reading. */
  target: ValueAtPeriod;
  /** `77.5% by 2025/26`, or `not enough data to project`. */
  projection: string;
  /**
   * `45% of the way from baseline to target` (above 100% past the target), or `further from the
   * target than at the baseline`; undefined with no latest value or when the target equals the baseline.
   */
  percentOfWay?: string;
  /** The status as a label: `On track`, `At risk`, `Not enough data`... */
  statusLabel: string;
  /** True when the measure or its indicator is illustrative. */
  illustrative: boolean;
}

/** An outcome and its measures. */
export interface OutcomeProgress {
  /** The outcome as the plan declares it. */
  outcome: Outcome;
  /** Progress of each of its measures, in plan order. */
  measures: MeasureProgress[];
}

/** A theme's outcomes, in plan order. */
export interface ThemeProgress {
  /** The theme name as the plan's outcomes give it, e.g. `Economy`. */
  theme: string;
  /** The theme's selected outcomes. */
  outcomes: OutcomeProgress[];
}

/** What {@link planProgress} returns. */
export interface PlanProgress {
  /** The plan as declared. */
  plan: OutcomePlan;
  /** Themes in the order they first appear, holding the outcomes selected. */
  themes: ThemeProgress[];
  /** Every locality the plan's outcomes name, in first-seen order (for a filter). */
  localities: string[];
  /** Measures shown, counted by status. */
  counts: Record<ProgressStatus, number>;
  /** The statuses with at least one measure, in {@link PROGRESS_STATUSES} order, labelled: `{status: 'on-track', label: 'On track', count: 4}`. */
  statusCounts: Array<{
    /** The status. */
    status: ProgressStatus;
    /** The status as a label in the locale, e.g. `On track`. */
    label: string;
    /** How many measures shown have the status (at least 1). */
    count: number;
  }>;
  /** Measures shown. */
  total: number;
  /** Measures shown that are achieved or on track. */
  onTrack: number;
  /** `6 of 9 measures achieved or on track`. */
  summary: string;
  /** Where the figures come from: each indicator's source, then the dataset's for measures carrying their own figures; no repeats. */
  sources: Source[];
  /** True when the plan is illustrative. */
  illustrative: boolean;
}

/** Statuses in the order a summary lists them. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-enough-data'];

/**
 * Every selected measure's progress towards its target, grouped by theme then outcome, with the
 * counts and the summary line.
 *
 * A measure's observations come from its own `observations`, else from `dataset` for its
 * indicator in the measure's area, else the plan's area. "On track" in the summary counts
 * measures achieved or on track.
 *
 * @throws OmfLookupError for an `outcome` the plan does not have or a `locality` none of its outcomes names.
 * @throws the errors of {@link progressToTarget} (an unreadable period, an indicator measure with no dataset...).
 */
export function planProgress(plan: OutcomePlan, options: PlanProgressOptions = {}): PlanProgress {
  const locale = options.locale ?? 'en';
  const localities = [...new Set(plan.outcomes.flatMap((outcome) => (outcome.locality === undefined ? [] : [outcome.locality])))];
  if (options.outcome && !plan.outcomes.some((outcome) => outcome.id === options.outcome)) {
    throw new OmfLookupError('plan', options.outcome, `unknown outcome "${options.outcome}" in plan "${plan.id}"`);
  }
  if (options.locality && !localities.includes(options.locality)) {
    throw new OmfLookupError('plan', options.locality, `no outcome in plan "${plan.id}" is for the locality "${options.locality}"${localities.length ? ` (localities: ${localities.join(', ')})` : ''}`);
  }

  const themes = new Map<string, ThemeProgress>();
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, 0])) as Record<ProgressStatus, number>;
  const sources = new Map<string, Source>();
  for (const outcome of plan.outcomes) {
    if (options.outcome && outcome.id !== options.outcome) continue;
    if (options.locality && outcome.locality !== options.locality) continue;
    const measures = outcome.measures.map((measure) => measureProgress(measure, plan, options, locale));
    for (const { progress, indicator } of measures) {
      counts[progress.status] += 1;
      const source = indicator ? (indicator.source ?? options.dataset?.source) : options.dataset?.source;
      if (source) sources.set(JSON.stringify(source), source);
    }
    let theme = themes.get(outcome.theme);
    if (!theme) themes.set(outcome.theme, (theme = { theme: outcome.theme, outcomes: [] }));
    theme.outcomes.push({ outcome, measures });
  }

  const total = PROGRESS_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const onTrack = counts.achieved + counts['on-track'];
  const one = pluralRules(locale, {}).select(total) === 'one';
  return {
    plan,
    themes: [...themes.values()],
    localities,
    counts,
    statusCounts: PROGRESS_STATUSES.filter((status) => counts[status] > 0).map((status) => ({ status, label: capitalise(t(status, locale)), count: counts[status] })),
    total,
    onTrack,
    summary: planText(one ? 'measure-on-track' : 'measures-on-track', locale, { count: onTrack, total }),
    sources: [...sources.values()],
    illustrative: plan.illustrative === true,
  };
}

function measureProgress(measure: OutcomeMeasure, plan: OutcomePlan, options: PlanProgressOptions, locale: Locale): MeasureProgress {
  const area = measure.area ?? plan.area;
  const progress = progressToTarget(measure, {
    ...(options.dataset && { dataset: options.dataset }),
    ...(options.asOf && { asOf: options.asOf }),
    ...(area !== undefined && { area }),
    locale,
  });
  const indicator = measure.indicator === undefined ? undefined : options.dataset?.indicator(measure.indicator);
  const format = valueFormatFor(measure, indicator);
  const at = (point: PeriodPoint): ValueAtPeriod => ({ value: formatValue(point.value, format, { locale }), period: formatPeriod(point.period, locale) });
  const percent = (value: number) => formatValue(value, { unit: 'percent', decimals: 0 }, { locale });
  const { projection } = progress;
  return {
    measure,
    ...(indicator && { indicator }),
    progress,
    baseline: at(progress.baseline),
    ...(progress.latest && { latest: at(progress.latest) }),
    target: at(progress.target),
    projection:
      'value' in projection
        ? planText('value-by-period', locale, { value: formatValue(projection.value, format, { locale }), period: formatPeriod(projection.period, locale) })
        : planText('no-projection', locale),
    ...(progress.percentOfWay !== undefined && {
      percentOfWay: progress.percentOfWay < 0 ? planText('away-from-target', locale) : planText('percent-of-way', locale, { percent: percent(progress.percentOfWay) }),
    }),
    statusLabel: capitalise(t(progress.status, locale)),
    illustrative: measure.illustrative === true || indicator?.illustrative === true,
  };
}
