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
  // Plans (omf-loip-progress, omf-action-plan): labels, summaries and CSV headings
  | 'measures-on-track'
  | 'measure-on-track'
  | 'baseline'
  | 'latest'
  | 'target'
  | 'projection'
  | 'value-by-period'
  | 'no-projection'
  | 'percent-of-way'
  | 'away-from-target'
  | 'locality'
  | 'all-localities'
  | 'measures-by-status'
  | 'no-measures'
  | 'showing-actions'
  | 'showing-action'
  | 'all-themes'
  | 'all-statuses'
  | 'actions-by-status'
  | 'percent-complete'
  | 'overdue-count'
  | 'due-soon-count'
  | 'overdue-days'
  | 'overdue-day'
  | 'due-in-days'
  | 'due-in-day'
  | 'due-today'
  | 'updates-count'
  | 'download-csv'
  | 'no-actions'
  | 'no-matching-actions'
  | 'column-reference'
  | 'column-action'
  | 'column-theme'
  | 'column-lead'
  | 'column-due'
  | 'column-status'
  | 'column-timing'
  | 'column-progress'
  | 'column-latest-update-date'
  | 'column-latest-update'
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
  'measures-on-track': '{count} of {total} measures achieved or on track',
  'measure-on-track': '{count} of {total} measure achieved or on track',
  baseline: 'Baseline',
  latest: 'Latest',
  target: 'Target',
  projection: 'Projection',
  'value-by-period': '{value} by {period}',
  'no-projection': 'not enough data to project',
  'percent-of-way': '{percent} of the way from baseline to target',
  'away-from-target': 'further from the target than at the baseline',
  locality: 'Locality',
  'all-localities': 'All localities',
  'measures-by-status': 'Measures by status',
  'no-measures': 'No measures to show',
  'showing-actions': 'Showing {shown} of {total} actions',
  'showing-action': 'Showing {shown} of {total} action',
  'all-themes': 'All themes',
  'all-statuses': 'All statuses',
  'actions-by-status': 'Actions by status',
  'percent-complete': '{percent} complete',
  'overdue-count': '{count} overdue',
  'due-soon-count': '{count} due soon (within {days} days)',
  'overdue-days': 'Overdue by {days} days',
  'overdue-day': 'Overdue by {days} day',
  'due-in-days': 'Due in {days} days',
  'due-in-day': 'Due in {days} day',
  'due-today': 'Due today',
  'updates-count': 'Updates ({count})',
  'download-csv': 'Download CSV',
  'no-actions': 'This plan has no actions',
  'no-matching-actions': 'No actions match these filters',
  'column-reference': 'Reference',
  'column-action': 'Action',
  'column-theme': 'Theme',
  'column-lead': 'Lead',
  'column-due': 'Due',
  'column-status': 'Status',
  'column-timing': 'Overdue or due soon',
  'column-progress': 'Progress (%)',
  'column-latest-update-date': 'Latest update date',
  'column-latest-update': 'Latest update',
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
  'measures-on-track': '{count} à {total} tomhasan air an coileanadh no air an t-slighe cheart',
  'measure-on-track': '{count} à {total} tomhas air a choileanadh no air an t-slighe cheart',
  baseline: 'Bun-loidhne',
  latest: 'As ùire',
  target: 'Targaid',
  projection: 'Ro-mheasadh',
  'value-by-period': '{value} ro {period}',
  'no-projection': 'chan eil dàta gu leòr airson ro-mheasadh',
  'percent-of-way': '{percent} den t-slighe bhon bhun-loidhne chun na targaid',
  'away-from-target': 'nas fhaide bhon targaid na bha e aig a\u2019 bhun-loidhne',
  locality: 'Sgìre ionadail',
  'all-localities': 'A h-uile sgìre ionadail',
  'measures-by-status': 'Tomhasan a rèir inbhe',
  'no-measures': 'Chan eil tomhas ri shealltainn',
  'showing-actions': 'A\u2019 sealltainn {shown} à {total} gnìomhan',
  'showing-action': 'A\u2019 sealltainn {shown} à {total} gnìomh',
  'all-themes': 'A h-uile cuspair',
  'all-statuses': 'A h-uile inbhe',
  'actions-by-status': 'Gnìomhan a rèir inbhe',
  'percent-complete': '{percent} crìochnaichte',
  'overdue-count': '{count} thar an ama',
  'due-soon-count': '{count} ri thighinn a dh\u2019aithghearr (taobh a-staigh {days} làithean)',
  'overdue-days': 'Thar an ama le {days} làithean',
  'overdue-day': 'Thar an ama le {days} latha',
  'due-in-days': 'Ri choileanadh ann an {days} làithean',
  'due-in-day': 'Ri choileanadh ann an {days} latha',
  'due-today': 'Ri choileanadh an-diugh',
  'updates-count': 'Ùrachaidhean ({count})',
  'download-csv': 'Luchdaich a-nuas CSV',
  'no-actions': 'Chan eil gnìomh sam bith sa phlana seo',
  'no-matching-actions': 'Chan eil gnìomh sam bith a\u2019 freagairt air na criathragan seo',
  'column-reference': 'Iomradh',
  'column-action': 'Gnìomh',
  'column-theme': 'Cuspair',
  'column-lead': 'Neach-stiùiridh',
  'column-due': 'Ceann-latha',
  'column-status': 'Inbhe',
  'column-timing': 'Thar an ama no ri thighinn',
  'column-progress': 'Adhartas (%)',
  'column-latest-update-date': 'Ceann-latha an ùrachaidh as ùire',
  'column-latest-update': 'An t-ùrachadh as ùire',
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
