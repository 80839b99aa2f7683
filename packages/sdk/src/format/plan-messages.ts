/**
 * The words of outcome and action plans (`<omf-loip-progress>`, `<omf-action-plan>`, plan reports):
 * labels, summaries and CSV headings, in English and Gàidhlig (drafted for this kit, not yet reviewed by a
 * Gàidhlig speaker; a missing Gàidhlig key falls back to English).
 *
 * @module
 */
import { t } from './messages.js';
import { translator, type Catalogue } from './translate.js';

/** Key of a plan string; see {@link planText}. */
export type PlanMessageKey =
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
  | 'column-latest-update';

const messages: Catalogue<PlanMessageKey> = {
  en: {
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
  },
  gd: {
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
  },
};

/**
 * A plan string in the locale, with English fallback; `{name}` placeholders as for {@link t}.
 *
 * @example planText('showing-actions', 'en', { shown: 3, total: 29 }) // 'Showing 3 of 29 actions'
 */
export const planText = translator(messages, (locale) => t('no-data', locale));
