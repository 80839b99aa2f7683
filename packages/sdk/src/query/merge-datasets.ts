/**
 * One dataset from several sources: a council's plan document and the published indicator data
 * its measures point at (LGBF, CPOP), each read and validated on its own, then merged.
 *
 * @module
 */
import { OmfDataError, type DataIssue } from '../model/errors.js';
import type { ActionPlan, Area, Indicator, OutcomePlan, Source } from '../model/types.js';
import { Geography, builtInGeography } from '../geography/geography.js';
import { Dataset, type SeriesPoint } from './dataset.js';

/** Options for {@link mergeDatasets}. */
export interface MergeOptions {
  /** A name for each dataset, in the same order (file names or URLs), used in problem messages. */
  names?: readonly string[];
}

/** What an indicator's numbers mean: two declarations of one indicator must agree on these. */
const MEANING_FIELDS = ['unit', 'per', 'currency', 'polarity', 'target', 'periodType'] as const satisfies ReadonlyArray<keyof Indicator>;

/**
 * Merges validated datasets into one, as if they had been one document.
 *
 * Rules:
 * - **Indicators** are matched by id. Declarations of one indicator must agree on what its numbers
 *   mean (`unit`, `per`, `currency`, `polarity`, `target`, `periodType`); the other fields (title,
 *   decimals, description...) come from the first declaration, and the indicator is illustrative
 *   if any declaration says so. Its `source` is the first one declared on the indicator itself,
 *   else the source of the first dataset holding its observations (a plan file that declares
 *   LGBF's CHN17 does not take over the LGBF attribution), else that of the first declaring dataset.
 * - **Observations** of the same indicator, area and period in several datasets must be identical
 *   (value, status, interval...); identical ones are kept once.
 * - **Plans** and **action plans** are matched by id: identical ones are kept once, different ones
 *   with the same id are a problem.
 * - **Areas** declared by the data are pooled; the first declaration of a code wins, as in
 *   {@link Geography}.
 * - `title` and `source` are the first dataset's that has one: list the plan document first.
 *
 * One dataset is returned as it is.
 *
 * @throws OmfDataError listing every conflict, each with the dataset's name as its `file`.
 * @throws RangeError for an empty list.
 */
export function mergeDatasets(datasets: readonly Dataset[], options: MergeOptions = {}): Dataset {
  const [first] = datasets;
  if (!first) throw new RangeError('mergeDatasets needs at least one dataset');
  if (datasets.length === 1) return first;

  const nameOf = (index: number) => options.names?.[index] ?? `dataset ${index + 1}`;
  const issues: DataIssue[] = [];
  const indicators = new Map<string, { indicator: Indicator; from: number; observedIn?: number }>();
  const points = new Map<string, { point: SeriesPoint; from: number }>();
  const plans = new Keyed<OutcomePlan>('plan', 'plan', nameOf, issues);
  const actionPlans = new Keyed<ActionPlan>('action plan', 'actionPlan', nameOf, issues);
  const declaredAreas: Area[] = [];

  datasets.forEach((dataset, index) => {
    for (const indicator of dataset.indicators) {
      const seen = indicators.get(indicator.id);
      if (!seen) {
        indicators.set(indicator.id, { indicator, from: index });
        continue;
      }
      const differs = MEANING_FIELDS.filter((field) => seen.indicator[field] !== indicator[field]);
      if (differs.length > 0) {
        const detail = differs.map((field) => `${field} ${String(indicator[field])} here, ${String(seen.indicator[field])} there`).join('; ');
        issues.push({ file: nameOf(index), field: 'indicator', message: `indicator "${indicator.id}" is declared differently in ${nameOf(seen.from)}: ${detail}` });
      }
      if (indicator.illustrative && !seen.indicator.illustrative) seen.indicator = { ...seen.indicator, illustrative: true };
      if (indicator.source && !seen.indicator.source) seen.indicator = { ...seen.indicator, source: indicator.source };
    }

    for (const indicator of dataset.indicators) {
      const entry = indicators.get(indicator.id);
      for (const area of dataset.areas) {
        const series = dataset.series(indicator.id, area.code);
        if (entry && entry.observedIn === undefined && series.length > 0) entry.observedIn = index;
        for (const point of series) {
          const key = `${indicator.id}\u0000${point.observation.area}\u0000${point.period.label}`;
          const seen = points.get(key);
          if (!seen) points.set(key, { point, from: index });
          else if (JSON.stringify(seen.point.observation) !== JSON.stringify(point.observation)) {
            issues.push({
              file: nameOf(index),
              field: 'observation',
              message: `${indicator.id}, ${point.observation.area}, ${point.period.label} is ${describeValue(point)} here but ${describeValue(seen.point)} in ${nameOf(seen.from)}`,
            });
          }
        }
      }
    }

    for (const plan of dataset.plans) plans.add(plan, index);
    for (const plan of dataset.actionPlans) actionPlans.add(plan, index);
    declaredAreas.push(...dataset.geography.areas.filter((area) => builtInGeography.get(area.code) === undefined));
  });
  if (issues.length > 0) throw new OmfDataError(issues);

  const mergedPoints = [...points.values()].map((entry) => entry.point);
  const title = datasets.find((dataset) => dataset.title !== undefined)?.title;
  const source: Source | undefined = datasets.find((dataset) => dataset.source !== undefined)?.source;
  return new Dataset({
    ...(title !== undefined && { title }),
    ...(source !== undefined && { source }),
    indicators: [...indicators.values()].map(({ indicator, from, observedIn }) => {
      if (indicator.source) return indicator;
      const inherited = datasets[observedIn ?? from]?.source ?? datasets[from]?.source;
      return inherited ? { ...indicator, source: inherited } : indicator;
    }),
    declaredAreas,
    points: mergedPoints,
    geography: new Geography(declaredAreas),
    plans: plans.values(),
    actionPlans: actionPlans.values(),
    report: {
      format: first.report.format,
      rows: datasets.reduce((sum, dataset) => sum + dataset.report.rows, 0),
      observations: mergedPoints.length,
      skipped: datasets.flatMap((dataset) => dataset.report.skipped),
    },
  });
}

function describeValue(point: SeriesPoint): string {
  const { value, status } = point.observation;
  return `${value === null ? 'null' : value}${status ? ` (${status})` : ''}`;
}

/** Items matched by id across datasets: identical repeats kept once, different ones reported. */
class Keyed<T extends { id: string }> {
  private readonly items = new Map<string, { item: T; from: number; json: string }>();

  constructor(
    private readonly what: string,
    private readonly field: string,
    private readonly nameOf: (index: number) => string,
    private readonly issues: DataIssue[],
  ) {}

  add(item: T, from: number): void {
    const json = JSON.stringify(item);
    const seen = this.items.get(item.id);
    if (!seen) this.items.set(item.id, { item, from, json });
    else if (seen.json !== json) {
      this.issues.push({ file: this.nameOf(from), field: this.field, message: `${this.what} "${item.id}" differs from the one in ${this.nameOf(seen.from)}` });
    }
  }

  values(): T[] {
    return [...this.items.values()].map((entry) => entry.item);
  }
}
