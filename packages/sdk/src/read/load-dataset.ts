/**
 * `loadDataset`: fetch a URL and read it. Uses only what every `fetch` has, so it runs in
 * browsers, Node 20+ and workers, and takes any compatible `fetch` (a cache, a test double).
 *
 * @module
 */
import { OmfLoadError } from '../model/errors.js';
import type { Dataset } from '../query/dataset.js';
import { readDataset, type ReadOptions } from './read-dataset.js';

/** The part of an `AbortSignal` the loader needs (a real `AbortSignal` fits). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** The part of a `fetch` Response the loader reads (a real `Response` fits). */
export interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The request options the loader passes. */
export interface FetchInitLike {
  signal?: AbortSignalLike | null;
  credentials?: 'omit' | 'same-origin' | 'include';
}

/**
 * A minimal `fetch`: the global `fetch` is assignable to it. Declared through a method so its
 * parameters are compared bivariantly, which lets the DOM's richer `RequestInit` stand in for
 * {@link FetchInitLike} without the SDK depending on DOM types.
 */
export type FetchLike = {
  fetch(url: string, init?: FetchInitLike): Promise<FetchResponseLike>;
}['fetch'];

/** Options for {@link loadDataset}: how to fetch, then how to read. */
export interface LoadOptions extends ReadOptions {
  /** Cancels the request. */
  signal?: AbortSignalLike;
  /** The `fetch` to use; defaults to the global one. */
  fetch?: FetchLike;
  /** Whether to send cookies; `omit` unless configured. */
  credentials?: 'omit' | 'same-origin' | 'include';
}

/**
 * Fetches data and reads it with {@link readDataset}; the format comes from `options.format`, the
 * content type, the URL's extension, or the content.
 *
 * @throws `OmfLoadError` when the request fails (network error, abort, HTTP error status, with `status`).
 * @throws `OmfDataError` when the content cannot be read, with each problem's `file` set to the URL.
 */
export async function loadDataset(url: string, options: LoadOptions = {}): Promise<Dataset> {
  const { signal, fetch: fetchOption, credentials = 'omit', ...readOptions } = options;
  const fetcher = fetchOption ?? (globalThis as { fetch?: FetchLike }).fetch;
  if (!fetcher) throw new OmfLoadError(url, 'no fetch available: pass options.fetch');
  let response: FetchResponseLike;
  let text: string;
  try {
    response = await fetcher(url, { credentials, ...(signal && { signal }) });
    if (!response.ok) {
      // statistics.gov.scot explains some failures in a short text body ("Response too large").
      const body = (response.headers.get('content-type') ?? '').startsWith('text/plain') ? await response.text().catch(() => '') : '';
      const detail = body.trim() === '' ? '' : `: ${body.trim().slice(0, 200)}`;
      throw new OmfLoadError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${detail}`, response.status);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof OmfLoadError) throw error;
    const reason = signal?.aborted ? 'request aborted' : `request failed: ${error instanceof Error ? error.message : String(error)}`;
    throw new OmfLoadError(url, reason, undefined, { cause: error });
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  return readDataset(text, { ...(contentType !== undefined && { contentType }), ...readOptions, file: url });
}
