/**
 * The interface words every element and the SDK's sentences use, in English and Gàidhlig: statuses,
 * trend and comparison words, element chrome and messages, units and periods. Chart words are in
 * `chart-messages.ts`, plan words in `plan-messages.ts`, so a page of cards downloads neither.
 *
 * Words shown inside a sentence or a cell (statuses, trend words) are lower case; labels that
 * stand alone (buttons, headings, messages) are in sentence case.
 *
 * @module
 */
import { translator, type Catalogue } from './translate.js';

/** Key of an interface string; see {@link t}. */
export type MessageKey =
  // Observation status and missing values
  | 'no-data'
  | 'suppressed'
  | 'not-available'
  | 'provisional'
  | 'revised'
  | 'imputed'
  | 'projected'
  // Trend words (from polarity, never from the sign alone)
  | 'improving'
  | 'worsening'
  | 'no-clear-change'
  | 'not-enough-data'
  // Comparisons
  | 'higher-than-scotland'
  | 'lower-than-scotland'
  | 'same-as-scotland'
  | 'family-group-average'
  | 'rank'
  // Progress to target and action status
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'achieved'
  | 'not-started'
  | 'complete'
  | 'cancelled'
  | 'overdue'
  | 'due-soon'
  // Element chrome and states
  | 'loading'
  | 'show-table'
  | 'hide-table'
  | 'source'
  | 'illustrative'
  | 'error-title'
  | 'error-loading'
  | 'error-http'
  | 'error-network'
  | 'error-data'
  | 'no-data-for-area'
  // Lists ("Fife, Angus and Moray")
  | 'and'
  // Units and periods, used by the formatters
  | 'unit-rate'
  | 'unit-percentage-point'
  | 'unit-percentage-points'
  | 'period-quarter'
  | 'period-range';

/**
 * English, and Gàidhlig drafted for this kit and not yet reviewed by a Gàidhlig speaker; a missing
 * Gàidhlig key falls back to English.
 */
const messages: Catalogue<MessageKey> = {
  en: {
    'no-data': 'no data',
    suppressed: 'suppressed',
    'not-available': 'not available',
    provisional: 'provisional',
    revised: 'revised',
    imputed: 'estimated',
    projected: 'projected',
    improving: 'improving',
    worsening: 'worsening',
    'no-clear-change': 'no clear change',
    'not-enough-data': 'not enough data',
    'higher-than-scotland': 'higher than Scotland',
    'lower-than-scotland': 'lower than Scotland',
    'same-as-scotland': 'the same as Scotland',
    'family-group-average': 'family group average',
    rank: 'rank {rank} of {of}',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    achieved: 'achieved',
    'not-started': 'not started',
    complete: 'complete',
    cancelled: 'cancelled',
    overdue: 'overdue',
    'due-soon': 'due soon',
    loading: 'Loading data',
    'show-table': 'Show data as table',
    'hide-table': 'Hide table',
    source: 'Source',
    illustrative: 'Illustrative data',
    'error-title': 'Sorry, there is a problem',
    'error-loading': 'We couldn\u2019t load the data',
    'error-http': 'We couldn\u2019t load the data from {url} (HTTP status {status})',
    'error-network': 'We couldn\u2019t reach {url}: {reason}',
    'error-data': 'There is a problem with the data:',
    'no-data-for-area': 'No data for this area',
    and: 'and',
    'unit-rate': '{value} per {per}',
    'unit-percentage-point': '{value} percentage point',
    'unit-percentage-points': '{value} percentage points',
    'period-quarter': 'Quarter {quarter} {year}',
    'period-range': '{start} to {end}',
  },
  gd: {
    'no-data': 'gun dàta',
    suppressed: 'air a chumail air ais',
    'not-available': 'chan eil e ri fhaighinn',
    provisional: 'sealach',
    revised: 'ath-sgrùdaichte',
    imputed: 'air a mheasadh',
    projected: 'ro-mheasadh',
    improving: 'a\u2019 fàs nas fheàrr',
    worsening: 'a\u2019 fàs nas miosa',
    'no-clear-change': 'gun atharrachadh soilleir',
    'not-enough-data': 'chan eil dàta gu leòr ann',
    'higher-than-scotland': 'nas àirde na Alba',
    'lower-than-scotland': 'nas ìsle na Alba',
    'same-as-scotland': 'co-ionann ri Alba',
    'family-group-average': 'cuibheas na buidhne teaghlaich',
    rank: 'àite {rank} à {of}',
    'on-track': 'air an t-slighe cheart',
    'at-risk': 'ann an cunnart',
    'off-track': 'far na slighe',
    achieved: 'air a choileanadh',
    'not-started': 'gun tòiseachadh',
    complete: 'crìochnaichte',
    cancelled: 'air a chur dheth',
    overdue: 'thar an ama',
    'due-soon': 'ri thighinn a dh\u2019aithghearr',
    loading: 'A\u2019 luchdadh an dàta',
    'show-table': 'Seall an dàta mar chlàr',
    'hide-table': 'Falaich an clàr',
    source: 'Tùs',
    illustrative: 'Dàta eisimpleir',
    'error-title': 'Tha sinn duilich, tha duilgheadas ann',
    'error-loading': 'Cha b\u2019 urrainn dhuinn an dàta a luchdadh',
    'error-http': 'Cha b\u2019 urrainn dhuinn an dàta a luchdadh bho {url} (inbhe HTTP {status})',
    'error-network': 'Cha b\u2019 urrainn dhuinn {url} a ruigsinn: {reason}',
    'error-data': 'Tha duilgheadas leis an dàta:',
    'no-data-for-area': 'Chan eil dàta ann airson na sgìre seo',
    and: 'agus',
    'unit-rate': '{value} anns gach {per}',
    'unit-percentage-point': '{value} puing sa cheud',
    'unit-percentage-points': '{value} puingean sa cheud',
    'period-quarter': 'Cairteal {quarter} {year}',
    'period-range': '{start} gu {end}',
  },
};

/**
 * An interface string in the locale, with English fallback. `{name}` placeholders are filled from
 * `vars` (numbers formatted for the locale); a placeholder without a value is left as written.
 *
 * @example t('rank', 'en', { rank: 3, of: 32 }) // 'rank 3 of 32'
 */
export const t = translator(messages, (locale) => messages[locale]['no-data'] ?? messages.en['no-data']);
