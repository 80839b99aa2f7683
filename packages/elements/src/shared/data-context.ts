import { createContext } from '@lit/context';
import type { Dataset } from '@omf/sdk';

/** What `<omf-data>` shares with the elements inside it. */
export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'error'; error: unknown; src: string };

/** The Lit context key `<omf-data>` provides and every OMF element consumes. */
export const dataContext = createContext<DataState>(Symbol.for('omf-data'));
