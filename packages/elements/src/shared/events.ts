import type { Dataset } from '@omf/sdk';

/** Detail of `omf-load`: the element is showing data. */
export interface OmfLoadDetail {
  dataset: Dataset;
}

/** Detail of `omf-error`: the element is showing an error message instead of data. */
export interface OmfErrorDetail {
  /** The message shown to the reader. */
  message: string;
  /** What went wrong, for developers: the SDK's typed error when there is one. */
  error: unknown;
  /** The data URL involved, when there is one. */
  src?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'omf-load': CustomEvent<OmfLoadDetail>;
    'omf-error': CustomEvent<OmfErrorDetail>;
  }
}

/** Creates an OMF event that bubbles out of shadow roots, so a host page can listen on `document`. */
export function omfEvent<K extends 'omf-load' | 'omf-error'>(
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): CustomEvent<GlobalEventHandlersEventMap[K]['detail']> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
