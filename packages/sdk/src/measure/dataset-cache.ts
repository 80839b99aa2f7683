/**
 * Results computed once per Dataset: a page of cards asks the same question (a ranking, a
 * comparator's value) of one dataset for every card that shares an indicator and period.
 *
 * @internal
 * @module
 */
import type { Dataset } from '../query/dataset.js';

/**
 * Results by dataset, then by a key naming everything else they depend on. A Dataset is immutable
 * once built, so a result stays right for as long as the dataset lives; the WeakMap lets a dataset's
 * results go with it, so a page that loads and drops datasets keeps nothing.
 */
export class DatasetCache<T> {
  private readonly byDataset = new WeakMap<Dataset, Map<string, T>>();

  /** The result for this dataset and key: `compute()` on first request, the same value after. */
  get(dataset: Dataset, key: string, compute: () => T): T {
    let results = this.byDataset.get(dataset);
    if (!results) this.byDataset.set(dataset, (results = new Map()));
    let result = results.get(key);
    if (result === undefined && !results.has(key)) {
      result = compute();
      results.set(key, result);
    }
    return result as T;
  }
}
