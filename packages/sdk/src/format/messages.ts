/**
 * Interface words in English and Gàidhlig, shared by the SDK's sentences and the elements.
 *
 * Words shown inside a sentence or a cell (statuses, trend words) are lower case; labels that
 * stand alone (buttons, headings, messages) are in sentence case.
 *
 * @module
 */
import type { Locale } from '../geography/geography.js';
import { formatNumber } from './intl.js';

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
  // Charts (omf-trend, omf-compare): labels, notes and table headings
  | 'chart-point'
  | 'chart-keys'
  | 'chart-error'
  | 'trend-chart-label'
  | 'compare-chart-label'
  | 'interval-note'
  | 'value-range'
  | 'column-period'
  | 'column-area'
  | 'column-value'
  | 'column-rank'
  | 'column-interval'
  | 'rank-joint'
  | 'gaps-note'
  | 'and'
  // Units and periods, used by the formatters
  | 'unit-rate'
  | 'unit-percentage-point'
  | 'unit-percentage-points'
  | 'period-quarter'
  | 'period-range';

const en: Record<MessageKey, string> = {
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
  'chart-point': '{label}, {period}: {value}',
  'chart-keys': 'Use the arrow keys to move between values. Press Escape to leave the chart.',
  'chart-error': 'The chart could not be drawn. The figures are in the table.',
  'trend-chart-label': 'Line chart of {title} for {areas}, {start} to {end}',
  'compare-chart-label': 'Bar chart of {title} in {period}: {count} areas, best first',
  'interval-note': 'The shaded band shows the confidence interval.',
  'value-range': '{lower} to {upper}',
  'column-period': 'Period',
  'column-area': 'Area',
  'column-value': 'Value',
  'column-rank': 'Rank',
  'column-interval': 'Confidence interval',
  'rank-joint': '{rank} (joint)',
  'gaps-note': '{name}: no value for {periods}.',
  and: 'and',
  'unit-rate': '{value} per {per}',
  'unit-percentage-point': '{value} percentage point',
  'unit-percentage-points': '{value} percentage points',
  'period-quarter': 'Quarter {quarter} {year}',
  'period-range': '{start} to {end}',
};

/**
 * Gàidhlig. Drafted for this kit and not yet reviewed by a Gàidhlig speaker; a missing key falls
 * back to English.
 */
const gd: Partial<Record<MessageKey, string>> = {
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
  'chart-point': '{label}, {period}: {value}',
  'chart-keys': 'Cleachd na saighdean gus gluasad eadar na luachan. Brùth Escape gus an graf fhàgail.',
  'chart-error': 'Cha b\u2019 urrainn dhuinn an graf a tharraing. Tha na h-àireamhan sa chlàr.',
  'trend-chart-label': 'Graf loidhne de {title} airson {areas}, {start} gu {end}',
  'compare-chart-label': 'Graf bhàraichean de {title} ann an {period}: {count} sgìrean, am fear as fheàrr an toiseach',
  'interval-note': 'Tha an còmhlan dathte a\u2019 sealltainn an raon-earbsa.',
  'value-range': '{lower} gu {upper}',
  'column-period': 'Ùine',
  'column-area': 'Sgìre',
  'column-value': 'Luach',
  'column-rank': 'Àite',
  'column-interval': 'Raon-earbsa',
  'rank-joint': '{rank} (co-ionann)',
  'gaps-note': '{name}: gun luach airson {periods}.',
  and: 'agus',
  'unit-rate': '{value} anns gach {per}',
  'unit-percentage-point': '{value} puing sa cheud',
  'unit-percentage-points': '{value} puingean sa cheud',
  'period-quarter': 'Cairteal {quarter} {year}',
  'period-range': '{start} gu {end}',
};

const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = { en, gd };

/**
 * An interface string in the locale, with English fallback. `{name}` placeholders are filled from
 * `vars` (numbers formatted for the locale); a placeholder without a value is left as written.
 *
 * @example t('rank', 'en', { rank: 3, of: 32 }) // 'rank 3 of 32'
 */
export function t(key: MessageKey, locale: Locale = 'en', vars?: Record<string, string | number>): string {
  const template = catalogues[locale]?.[key] ?? en[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (value === undefined) return placeholder;
    if (typeof value === 'string') return value;
    return Number.isFinite(value) ? formatNumber(value, locale) : t('no-data', locale);
  });
}
