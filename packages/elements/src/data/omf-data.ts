import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import type { Dataset, DataFormat } from '@omf/sdk';
import { acquireDataset } from '../shared/data-loader.js';
import { dataContext, type DataState } from '../shared/data-context.js';
import { omfEvent } from '../shared/events.js';
import { describeError } from '../shared/errors.js';
import { defineElement } from '../shared/define.js';

/**
 * Loads a dataset once and shares it with every OMF element inside it.
 *
 * @summary Shared data loader: ten widgets with the same `src` make one request.
 * @attr src - URL of the data (canonical JSON, tidy CSV, JSON-stat, SPARQL JSON results or statistics.gov.scot cube CSV).
 * @attr format - `omf-json`, `csv`, `json-stat`, `sparql-json` or `cube-csv` when the URL does not say.
 * @slot - The widgets that use the data, and any page content.
 * @event omf-load - The data loaded; `detail.dataset` is the SDK Dataset.
 * @event omf-error - The data could not be loaded or read; `detail.message` says what and where.
 */
export class OmfData extends LitElement {
  static override properties = {
    src: { type: String },
    format: { type: String },
    data: { attribute: false },
  };

  declare src: string | undefined;
  declare format: DataFormat | undefined;
  /** A Dataset set from script, shared instead of loading `src` (not `dataset`: that is the `data-*` attributes). */
  declare data: Dataset | undefined;

  private readonly provider = new ContextProvider(this, { context: dataContext, initialValue: { status: 'loading' } });
  private release: (() => void) | undefined;
  private loadedSrc: string | undefined;

  /** Registers this class as `tag`; idempotent (see {@link defineElement}). */
  static define(tag = 'omf-data'): void {
    defineElement(tag, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release?.();
    this.release = undefined;
    this.loadedSrc = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.data) {
      if (changed.has('data')) this.share({ status: 'ready', dataset: this.data });
      return;
    }
    if (!this.src || this.src === this.loadedSrc) return;
    const src = this.src;
    this.release?.();
    this.loadedSrc = src;
    this.share({ status: 'loading' });
    const { promise, release } = acquireDataset({ src, format: this.format });
    this.release = release;
    promise.then(
      (dataset) => {
        if (this.loadedSrc === src) this.share({ status: 'ready', dataset });
      },
      (error: unknown) => {
        if (this.loadedSrc === src && this.isConnected) this.share({ status: 'error', error, src });
      },
    );
  }

  private share(state: DataState): void {
    this.provider.setValue(state);
    if (state.status === 'ready') this.dispatchEvent(omfEvent('omf-load', { dataset: state.dataset }));
    if (state.status === 'error') {
      const message = describeError(state.error, { src: state.src, locale: 'en' });
      console.warn(`[omf-data] ${message}`);
      this.dispatchEvent(omfEvent('omf-error', { message, error: state.error, src: state.src }));
    }
  }

  /** Renders its children as they are: `<omf-data>` adds no box of its own. */
  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
