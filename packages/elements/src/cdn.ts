/**
 * The self-registering CDN module, cdn/omf.js: a small loader. For each OMF Kit tag on the page, now
 * or later (a MutationObserver on the document: elements parsed late, inserted by script, or created
 * with `document.createElement` and then appended), it imports that element's define module once, so
 * a page of cards never downloads the trend, comparison, LOIP or action-plan code. Rollup puts the
 * code the elements share (Lit, OmfElement, the SDK parts) into chunks of their own, and the charts
 * (Observable Plot) into a chunk imported when the first chart draws.
 *
 * - Elements inside shadow roots are not looked for: a component that renders OMF Kit elements in its
 *   shadow root calls `load()` for them.
 * - `customElements.whenDefined('omf-indicator')` resolves once an `<omf-indicator>` is on the page or
 *   `load('omf-indicator')` has been called.
 * - Elements may arrive in any order: one that upgrades before its `<omf-data>` gets the data once the
 *   provider upgrades (OmfElement keeps its request in a ContextRoot).
 * - Script users who want everything at once: `import('…/omf.js').then((omf) => omf.loadAll())`.
 * - Loading omf.js twice is harmless: copies of one version share one loader (a global keyed by the
 *   version), and registration is idempotent (define.ts); a different version gets its own loader, and
 *   its elements warn that the first version holds the tags.
 *
 * @module
 */
import { VERSION } from './shared/version.js';

/** Each element's define module, imported on first sight: one chunk per element. */
const DEFINE = {
  'omf-data': () => import('./define/omf-data.js'),
  'omf-indicator': () => import('./define/omf-indicator.js'),
  'omf-trend': () => import('./define/omf-trend.js'),
  'omf-compare': () => import('./define/omf-compare.js'),
  'omf-loip-progress': () => import('./define/omf-loip-progress.js'),
  'omf-action-plan': () => import('./define/omf-action-plan.js'),
} satisfies Record<string, () => Promise<unknown>>;

/** A tag this module registers. */
export type OmfTag = keyof typeof DEFINE;

const TAGS = Object.keys(DEFINE) as readonly OmfTag[];

interface Loader {
  load(tag: OmfTag): Promise<void>;
  loadAll(): Promise<void>;
}

const isTag = (name: string): name is OmfTag => Object.hasOwn(DEFINE, name);

function startLoader(): Loader {
  const loading = new Map<OmfTag, Promise<void>>();
  const pending = (): OmfTag[] => TAGS.filter((tag) => !loading.has(tag));

  const load = (tag: OmfTag): Promise<void> => {
    if (!isTag(tag)) return Promise.reject(new TypeError(`<${String(tag)}> is not an OMF Kit element`));
    let loaded = loading.get(tag);
    if (!loaded) {
      loaded = DEFINE[tag]().then(() => undefined);
      // A failed download (offline, a missing chunk) is forgotten, so the next sighting tries again.
      loaded.catch(() => loading.delete(tag));
      loading.set(tag, loaded);
    }
    return loaded;
  };

  /** Loads a tag the page shows; a failure leaves the element's fallback content and one warning. */
  const show = (tag: OmfTag): void => {
    if (loading.has(tag)) return;
    load(tag).catch((error: unknown) => {
      console.warn(`[${tag}] OMF Kit could not load this element: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  const scan = (root: Element | Document): void => {
    if (root instanceof Element && isTag(root.localName)) show(root.localName);
    if (!root.firstElementChild) return;
    const wanted = pending();
    if (wanted.length === 0) return;
    for (const element of root.querySelectorAll(wanted.join(','))) show(element.localName as OmfTag);
  };

  scan(document);
  // Never disconnected: after a failed download, the next sighting of the tag tries again.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document, { childList: true, subtree: true });

  return { load, loadAll: () => Promise.all(TAGS.map(load)).then(() => undefined) };
}

const GLOBAL_KEY = Symbol.for(`omf-kit.cdn-loader@${VERSION}`);
const registry = globalThis as typeof globalThis & Record<symbol, Loader | undefined>;
const loader = (registry[GLOBAL_KEY] ??= startLoader());

/** Imports and registers one element now, whether or not it is on the page yet (once; later calls share the first). */
export const load: (tag: OmfTag) => Promise<void> = loader.load;

/** Imports and registers every element now: for script users who create elements before adding them. */
export const loadAll: () => Promise<void> = loader.loadAll;
