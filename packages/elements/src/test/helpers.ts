// Test helpers shared by the element tests (never built into the package).
import type { AxeResults, RunOptions } from 'axe-core';
// axe-core ships as a UMD script: loading it defines window.axe.
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

/** The WCAG tags every state must pass, as GOV.UK runs them over its examples. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on an element (inside its shadow root too) and fails with the rule ids and targets. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  const problems = results.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

/** Waits for an element to reach `ready` (omf-load), `error` (omf-error) or the empty state. */
export async function settled(element: HTMLElement & { state: string; updateComplete: Promise<boolean> }): Promise<string> {
  if (element.state === 'loading') {
    await Promise.race([oneEvent(element, 'omf-load'), oneEvent(element, 'omf-error'), waitFor(() => element.state === 'empty')]);
  }
  await element.updateComplete;
  return element.state;
}

/** Polls until a condition holds (for states that fire no event). */
export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('waitFor: timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The text a reader sees in a shadow root, whitespace folded. */
export function shadowText(element: Element, selector: string): string {
  const node = element.shadowRoot?.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Repo-relative URL of the built-in data, as the test server serves it. */
export const LGBF_URL = '/examples/data/lgbf-children.json';
export const CPOP_URL = '/examples/data/cpop-outcomes.json';

/** An OMF element as the tests see it. */
export type OmfTestElement = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** Creates an element with these attributes and a fallback paragraph, not yet in the page. */
export function createWidget(tag: string, attributes: Record<string, string>): OmfTestElement {
  const element = document.createElement(tag) as OmfTestElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const fallback = document.createElement('p');
  fallback.textContent = 'Fallback table';
  element.append(fallback);
  return element;
}

/**
 * Puts an element that must fail into the page and checks what a reader and a developer meet: the
 * visible alert, the `omf-error` event, one console line naming the problem, and axe.
 */
export async function expectErrorState(element: OmfTestElement, message: RegExp): Promise<void> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    const failed = oneEvent(element, 'omf-error');
    await fixture(html`<div>${element}</div>`);
    const event = await failed;
    await element.updateComplete;
    expect(element.state).to.equal('error');
    expect(event.detail.message).to.match(message);
    expect(shadowText(element, '[role="alert"]')).to.match(message);
    const lines = warnings.filter((line) => line.startsWith(`[${element.localName}]`));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(message);
    await expectAccessible(element);
  } finally {
    console.warn = warn;
  }
}

/** A data file that is not valid JSON, for the error state. */
export const MALFORMED_URL = '/packages/elements/src/test/fixtures/malformed.json';

/** The same data served 1.5 s late by the test server, to hold an element in its loading state. */
export function slowUrl(url: string): string {
  return `/__omf/slow/1500${url}`;
}

/**
 * Puts an element whose data is still on its way into the page and checks the loading state: the
 * skeleton with `aria-busy`, the spoken "Loading data", and axe.
 */
export async function expectLoadingState(element: OmfTestElement): Promise<void> {
  await fixture(html`<div>${element}</div>`);
  expect(element.state).to.equal('loading');
  expect(element.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
  expect(shadowText(element, '[role="status"]')).to.equal('Loading data');
  await expectAccessible(element);
}

/** Fails each test of the enclosing `describe` in which anything reaches window.onerror or unhandledrejection. */
export function failOnWindowErrors(): void {
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(errors, 'nothing reaches window.onerror or unhandledrejection').to.deep.equal([]);
  });
}

/** A chart element's chart, once drawn (the chart code loads on first use). */
export async function chartOf(element: Element): Promise<SVGSVGElement> {
  await waitFor(() => Boolean(element.shadowRoot?.querySelector('[part="chart"] svg')));
  return element.shadowRoot!.querySelector<SVGSVGElement>('[part="chart"] svg')!;
}

/** Whether this page has requested Observable Plot (the chart code). */
export function plotRequested(): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes('@observablehq/plot'));
}
