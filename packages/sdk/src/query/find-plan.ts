/**
 * Picking a plan out of a dataset, with a message that names the plans there are.
 *
 * @module
 */
import { OmfLookupError } from '../model/errors.js';
import type { ActionPlan, OutcomePlan } from '../model/types.js';
import type { Dataset } from './dataset.js';

/**
 * The outcome plan (LOIP) with this id; with no id, the dataset's only outcome plan.
 *
 * @throws OmfLookupError (kind `plan`) for an unknown id, or no id when the dataset has no outcome plan or several.
 */
export function findOutcomePlan(dataset: Dataset, id?: string): OutcomePlan {
  return find(dataset.plans, id, 'plan', 'outcome plan');
}

/**
 * The action plan (CSPP) with this id; with no id, the dataset's only action plan.
 *
 * @throws OmfLookupError (kind `actionPlan`) for an unknown id, or no id when the dataset has no action plan or several.
 */
export function findActionPlan(dataset: Dataset, id?: string): ActionPlan {
  return find(dataset.actionPlans, id, 'actionPlan', 'action plan');
}

function find<T extends { id: string }>(plans: readonly T[], id: string | undefined, kind: 'plan' | 'actionPlan', what: string): T {
  const ids = plans.map((plan) => plan.id).join(', ');
  if (id) {
    const plan = plans.find((candidate) => candidate.id === id);
    if (!plan) throw new OmfLookupError(kind, id, `unknown ${what} "${id}"${ids ? ` (the data has: ${ids})` : ` (the data has no ${what})`}`);
    return plan;
  }
  const [only, ...others] = plans;
  if (!only) throw new OmfLookupError(kind, '', `the data has no ${what}`);
  if (others.length > 0) throw new OmfLookupError(kind, '', `the data has ${plans.length} ${what}s: name one (${ids})`);
  return only;
}
