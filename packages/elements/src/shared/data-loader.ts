import { loadDataset, OmfLoadError, prepareFormatting, type Dataset, type DataFormat } from '@omf/sdk';
import { localeOf } from './locale.js';

/** How the shared loader is asked for data. */
export interface LoadRequest {
  /** URL of the data, resolved against the page. */
  src: string;
  format?: DataFormat | undefined;
}

interface CacheEntry {
  promise: Promise<Dataset>;
  controller: AbortController;
  /** Elements currently waiting on or using this entry. */
  users: number;
}

const cache = new Map<string, CacheEntry>();

/** Delay before the single retry after a network failure, in milliseconds. */
export const RETRY_DELAY_MS = 400;

function cacheKey(request: LoadRequest): string {
  return `${request.format ?? ''} ${new URL(request.src, document.baseURI).href}`;
}

/** Network failures and 5xx are worth one retry; 4xx and bad data are not. */
function isTransient(error: unknown): boolean {
  return error instanceof OmfLoadError && (error.status === undefined || error.status >= 500);
}

async function loadWithRetry(url: string, format: DataFormat | undefined, signal: AbortSignal): Promise<Dataset> {
  try {
    return await loadDataset(url, { signal, format });
  } catch (error) {
    if (signal.aborted || !isTransient(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    if (signal.aborted) throw error;
    return loadDataset(url, { signal, format });
  }
}

/**
 * Loads a dataset once per URL and format, however many elements ask for it. Each caller gets a
 * release function; when the last user releases an entry that is still loading, the request is
 * aborted and forgotten, so a later element starts afresh.
 */
export function acquireDataset(request: LoadRequest): { promise: Promise<Dataset>; release: () => void } {
  const urls = request.src.trim().split(/\s+/);
  if (urls.length > 1) return acquireMerged(urls, request.format);
  const key = cacheKey(request);
  let entry = cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    const url = new URL(request.src, document.baseURI).href;
    const promise = loadWithRetry(url, request.format, controller.signal);
    // The request is on its way: ready the number formatting now, while it downloads, rather than in
    // the first render. Gàidhlig pages format in gd, with en-GB as Intl's fallback.
    prepareFormatting(localeOf(document.documentElement.lang));
    const created: CacheEntry = { promise, controller, users: 0 };
    // A failed load is not cached: the next element to ask tries again.
    promise.catch(() => {
      if (cache.get(key) === created) cache.delete(key);
    });
    entry = created;
    cache.set(key, entry);
  }
  const held = entry;
  held.users += 1;
  let released = false;
  let settled = false;
  held.promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return {
    promise: held.promise,
    release: () => {
      if (released) return;
      released = true;
      held.users -= 1;
      if (held.users === 0 && !settled && cache.get(key) === held) {
        held.controller.abort();
        cache.delete(key);
      }
    },
  };
}

/**
 * A space-separated list of URLs (`src="plan.json lgbf.json"`, as in `<a ping>`): each URL is
 * loaded and cached as if asked for alone, then the SDK's `mergeDatasets` merges them in the order
 * given (a conflict between them is an `OmfDataError` naming both URLs).
 */
function acquireMerged(urls: string[], format: DataFormat | undefined): { promise: Promise<Dataset>; release: () => void } {
  const parts = urls.map((src) => acquireDataset({ src, format }));
  // Imported here, not at the top: a page with one URL per element never downloads the merging code.
  const merge = import('@omf/sdk/merge-datasets').then((module) => module.mergeDatasets);
  const promise = Promise.all([merge, ...parts.map((part) => part.promise)]).then(([mergeDatasets, ...datasets]) => mergeDatasets(datasets, { names: urls }));
  return { promise, release: () => parts.forEach((part) => part.release()) };
}
