import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { Dataset, DataFormat, Locale } from '@omf/sdk';
import { t } from '@omf/sdk';
import { acquireDataset } from './data-loader.js';
import { dataContext, type DataState } from './data-context.js';
import { omfEvent } from './events.js';
import { describeError, NoDataError } from './errors.js';
import { defineElement } from './define.js';
import { localeOf } from './locale.js';

/** Documents given a ContextRoot by the first OMF element connected in them (see `connectedCallback`). */
const documentsWithContextRoot = new WeakSet<Document>();

/** The state every OMF element is in. */
export type ElementState = 'loading' | 'ready' | 'empty' | 'error';

/** What one render shows, and what `updated()` announces. */
interface View {
  state: ElementState;
  content: TemplateResult;
  dataset?: Dataset;
  error?: unknown;
  message?: string;
}

/**
 * Base class of every OMF element: finds the data (the `data` property, its own `src`, or an
 * enclosing `<omf-data>`), tracks the loading, ready, empty and error states, fires `omf-load` and
 * `omf-error` once per change, and never lets an error escape to the host page.
 *
 * Subclasses implement {@link OmfElement.renderData}, which asks the SDK and renders; throwing
 * {@link NoDataError} there gives the empty state, any other error the error state.
 */
export abstract class OmfElement extends LitElement {
  static override properties = {
    src: { type: String },
    format: { type: String },
    data: { attribute: false },
    lang: { type: String },
    dataState: { state: true },
  };

  /** URL of the data, for an element used on its own. */
  declare src: string | undefined;
  /** Data format when the URL's extension and content type do not say. */
  declare format: DataFormat | undefined;
  /**
   * A Dataset set from script; takes precedence over `src` and `<omf-data>`. Named `data`, not
   * `dataset`, so the element's own `dataset` (its `data-*` attributes) keeps working for host pages.
   */
  declare data: Dataset | undefined;
  /** Interface language: `en` (default) or `gd`; inherited from the page when not set. */
  declare lang: string;
  protected declare dataState: DataState;

  /** Which state was last announced with an event, so each change fires once. */
  private announced = '';
  private releaseLoad: (() => void) | undefined;
  private loadingSrc: string | undefined;
  private contextState: DataState | undefined;
  private shown: View | undefined;

  /** Registers this class as `tag`; idempotent (see {@link defineElement}). */
  static define(tag: string): void {
    defineElement(tag, this as unknown as CustomElementConstructor);
  }

  constructor() {
    super();
    this.dataState = { status: 'loading' };
    new ContextConsumer(this, {
      context: dataContext,
      subscribe: true,
      callback: (state) => {
        this.contextState = state;
        this.requestUpdate();
      },
    });
  }

  /** The interface locale: this element's `lang`, else the nearest ancestor's, else English. */
  get locale(): Locale {
    return localeOf(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLoading();
  }

  override connectedCallback(): void {
    // An enclosing <omf-data> may upgrade after this element (the CDN loader imports each element's code
    // as it arrives; a bundle may import omf-data last): a ContextRoot on the document keeps this
    // element's data request and sends it again when the provider appears. Before super, which sends it.
    if (!documentsWithContextRoot.has(this.ownerDocument)) {
      documentsWithContextRoot.add(this.ownerDocument);
      new ContextRoot().attach(this.ownerDocument.documentElement);
    }
    super.connectedCallback();
    // Reconnected after a disconnect aborted the load: start again.
    if (this.src && !this.data && this.loadingSrc === undefined && this.dataState.status === 'loading') {
      this.requestUpdate();
    }
  }

  private stopLoading(): void {
    this.releaseLoad?.();
    this.releaseLoad = undefined;
    this.loadingSrc = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.data) {
      this.stopLoading();
      this.dataState = { status: 'ready', dataset: this.data };
    } else if (this.src) {
      if (this.src !== this.loadingSrc) this.startLoading(this.src);
    } else {
      this.stopLoading();
      this.dataState = this.contextState ?? { status: 'loading' };
    }
  }

  private startLoading(src: string): void {
    this.stopLoading();
    this.loadingSrc = src;
    this.dataState = { status: 'loading' };
    const { promise, release } = acquireDataset({ src, format: this.format });
    this.releaseLoad = release;
    promise.then(
      (dataset) => {
        if (this.loadingSrc === src) this.dataState = { status: 'ready', dataset };
      },
      (error: unknown) => {
        if (this.loadingSrc === src && this.isConnected) this.dataState = { status: 'error', error, src };
      },
    );
  }

  /** Renders the data; throw {@link NoDataError} for the empty state. */
  protected abstract renderData(dataset: Dataset): TemplateResult;

  /** The accessible name of the loading skeleton, e.g. "Loading indicator". */
  protected get loadingLabel(): string {
    return t('loading', this.locale);
  }

  protected override render(): TemplateResult {
    const view = this.view();
    this.shown = view;
    return html`<div part="base" class="base state-${view.state}" aria-busy=${view.state === 'loading' ? 'true' : 'false'}>
      ${view.content}
    </div>`;
  }

  private view(): View {
    const state = this.dataState;
    if (state.status === 'loading') return { state: 'loading', content: this.renderLoading() };
    if (state.status === 'error') return this.errorView(state.error, state.src);
    try {
      return { state: 'ready', content: this.renderData(state.dataset), dataset: state.dataset };
    } catch (error) {
      if (error instanceof NoDataError) return { state: 'empty', content: this.renderEmpty(error.message) };
      return this.errorView(error, this.src);
    }
  }

  private errorView(error: unknown, src: string | undefined): View {
    const message = describeError(error, { src, locale: this.locale });
    return { state: 'error', content: this.renderError(message), error, message };
  }

  /** The state shown now. */
  get state(): ElementState {
    return this.shown?.state ?? 'loading';
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="skeleton" role="status">
      <span class="visually-hidden">${this.loadingLabel}</span>
      <span class="skeleton-line wide"></span><span class="skeleton-line"></span>
    </div>`;
  }

  protected renderEmpty(message: string): TemplateResult {
    return html`<div class="message empty" role="status">${message}</div>`;
  }

  /** The error message, then the page's own fallback content (light DOM), which stays useful. */
  protected renderError(message: string): TemplateResult {
    return html`<div class="message error" role="alert">
        <p class="message-title">${t('error-title', this.locale)}</p>
        <p>${message}</p>
      </div>
      <slot></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const shown = this.shown;
    if (!shown) return;
    const key = `${shown.state}:${shown.message ?? ''}`;
    if (key === this.announced) return;
    this.announced = key;
    if (shown.state === 'ready' && shown.dataset) {
      this.dispatchEvent(omfEvent('omf-load', { dataset: shown.dataset }));
    } else if (shown.state === 'error') {
      const message = shown.message ?? '';
      console.warn(`[${this.localName}] ${message}`);
      this.dispatchEvent(omfEvent('omf-error', { message, error: shown.error, ...(this.src ? { src: this.src } : {}) }));
    }
  }
}
