// What every gallery and host page test checks: the page loads in an iframe (so its own headers, such as
// a Content-Security-Policy, apply), every widget reaches the state the page expects of it, and then
// there are no script or console errors, no failed requests, no CSP violations, and no axe violations
// (WCAG 2.x A and AA, 2.2 included) anywhere in the page, shadow roots included.
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { WCAG_TAGS, waitFor } from '../../packages/elements/src/test/helpers.js';

/** What examples/shared/monitor.js records in a page. */
export interface PageMonitor {
  errors: string[];
  consoleErrors: string[];
  failedRequests: string[];
  violations: string[];
}

interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}

type FrameWindow = Window &
  typeof globalThis & {
    omfMonitor?: PageMonitor;
    axe?: { run(context: Document | Element, options: RunOptions): Promise<AxeResults> };
  };

/** A widget as the tests see it: any `omf-*` element but `<omf-data>`. */
export type Widget = HTMLElement & { state?: string; updateComplete?: Promise<unknown> };

/** A page open in an iframe of the test page. */
export interface OpenPage {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  close(): void;
}

/** Opens a page (a path on the test server) in an iframe of the given size and waits for its load event. */
export async function openPage(url: string, size: { width?: number; height?: number } = {}): Promise<OpenPage> {
  const frame = document.createElement('iframe');
  frame.title = url;
  frame.width = String(size.width ?? 1024);
  frame.height = String(size.height ?? 1400);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  return { frame, win, doc: win.document, close: () => frame.remove() };
}

/** Every widget in the page's light DOM. */
export function widgets(doc: Document): Widget[] {
  return [...doc.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('omf-') && el.localName !== 'omf-data');
}

/** The state a page expects of a widget: its `data-expect` attribute, else `ready`. */
export function expectedState(widget: Widget): string {
  return widget.dataset.expect ?? 'ready';
}

/**
 * Waits until every widget is upgraded and has left the loading state (unless the page expects it to
 * stay loading), then checks each is in the state the page expects. Returns the widgets.
 */
export async function expectWidgetsSettled(page: OpenPage, options: { min?: number; timeoutMs?: number } = {}): Promise<Widget[]> {
  const { doc, win } = page;
  const settled = (w: Widget) =>
    win.customElements.get(w.localName) !== undefined && (w.state !== 'loading' || expectedState(w) === 'loading');
  try {
    await waitFor(() => {
      const all = widgets(doc);
      return all.length >= (options.min ?? 1) && all.every(settled);
    }, options.timeoutMs ?? 20000);
  } catch {
    // Fall through: the state check below says which widget did not settle.
  }
  const all = widgets(doc);
  await Promise.all(all.map((w) => w.updateComplete));
  // Charts draw after a lazy import and a layout pass: let them finish.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const states = all.map((w) => `${describeWidget(w)}: ${w.state ?? 'not upgraded'}`);
  const expected = all.map((w) => `${describeWidget(w)}: ${expectedState(w)}`);
  expect(all.length, 'number of widgets').to.be.at.least(options.min ?? 1);
  expect(states).to.deep.equal(expected);
  return all;
}

function describeWidget(w: Widget): string {
  const attrs = ['id', 'indicator', 'area', 'plan', 'period', 'lang']
    .filter((name) => w.hasAttribute(name))
    .map((name) => `${name}=${w.getAttribute(name)}`);
  return `<${w.localName} ${attrs.join(' ')}>`;
}

/** The monitor's records, plus any resource the browser reports with an error status. */
export function pageProblems(page: OpenPage): PageMonitor {
  const monitor = page.win.omfMonitor;
  expect(monitor, 'the page loads examples/shared/monitor.js first').to.not.equal(undefined);
  const failed = new Set(monitor!.failedRequests);
  for (const entry of page.win.performance.getEntriesByType('resource') as Array<PerformanceResourceTiming & { responseStatus?: number }>) {
    if ((entry.responseStatus ?? 0) >= 400) failed.add(`${entry.responseStatus} ${entry.name}`);
  }
  return { ...monitor!, failedRequests: [...failed] };
}

/** No script errors, console errors, failed requests or CSP violations so far. */
export function expectNoProblems(page: OpenPage): void {
  const problems = pageProblems(page);
  expect(problems.errors, `script errors:\n${problems.errors.join('\n')}`).to.deep.equal([]);
  expect(problems.consoleErrors, `console errors:\n${problems.consoleErrors.join('\n')}`).to.deep.equal([]);
  expect(problems.failedRequests, `failed requests:\n${problems.failedRequests.join('\n')}`).to.deep.equal([]);
  expect(problems.violations, `CSP violations:\n${problems.violations.join('\n')}`).to.deep.equal([]);
}

let axePolicy: TrustedTypePolicyLike | undefined;

/**
 * The axe script URL for a page that may enforce Trusted Types: a TrustedScriptURL made by a policy of
 * the test page (which enforces nothing), so the page's own policy list stays as strict as it is.
 */
function axeScriptUrl(): string {
  const url = '/node_modules/axe-core/axe.min.js';
  const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(u: string): string }): TrustedTypePolicyLike } }).trustedTypes;
  if (!factory) return url;
  axePolicy ??= factory.createPolicy('omf-test-axe', { createScriptURL: (u: string) => u });
  return axePolicy.createScriptURL(url) as string;
}

/** Loads axe-core into the page (once) and runs it over the whole document with the WCAG tags. */
export async function expectPageAccessible(page: OpenPage): Promise<void> {
  const { doc, win } = page;
  if (!win.axe) {
    const script = doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('axe-core did not load in the page')), { once: true });
    });
    script.src = axeScriptUrl();
    doc.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(doc, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  const problems = results.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

/**
 * The whole check for one page: opens it, waits for its widgets, then no errors, no failed requests,
 * no CSP violations (taken before axe is added), zero axe violations. Returns the page, still open,
 * when `keepOpen` is set.
 */
export async function checkPage(url: string, options: { min?: number; width?: number; keepOpen?: boolean } = {}): Promise<OpenPage> {
  const page = await openPage(url, { width: options.width ?? 1024 });
  try {
    await expectWidgetsSettled(page, { min: options.min ?? 1 });
    expectNoProblems(page);
    await expectPageAccessible(page);
  } finally {
    if (!options.keepOpen) page.close();
  }
  return page;
}
