/**
 * The words of a report (headings, column names, sentence frames) in English and Gàidhlig. Kept
 * apart from the widgets' catalogue (`format/messages.ts`) because only reports use them.
 *
 * @module
 */
import { t } from '../format/messages.js';
import { translator } from '../format/translate.js';

/** Key of a report string; see {@link reportText}. */
export type ReportMessageKey = keyof typeof en;

const en = {
  'report-title': '{area}: outcomes report',
  'as-of': 'Figures as of {date}.',
  contents: 'Contents',
  'headline-indicators': 'Headline indicators',
  indicator: 'Indicator',
  change: 'Change',
  trend: 'Trend',
  comparison: 'Comparison',
  rank: 'Rank among councils',
  'rank-of': '{rank} of {of}',
  'rank-joint': 'joint {rank} of {of}',
  'this-area': '{area} (this area)',
  'chart-data': 'Data for the chart: {title}',
  'loip-progress': 'Local Outcome Improvement Plan progress',
  measure: 'Measure',
  'progress-to-target': 'Progress to target',
  'action-plan-status': 'Action plan status',
  'actions-by-theme': 'Actions by theme',
  actions: 'Actions',
  total: 'Total',
  'overdue-and-due-soon': 'Actions overdue or due soon',
  none: 'None.',
  unrecognised: 'Unrecognised status',
  'source-licence': 'Data source and licence',
  licence: 'Licence',
  attribution: 'Attribution',
  'illustrative-note': 'Illustrative: parts of this report are invented for demonstration, not real figures:',
  'illustrative-marker': 'illustrative',
  'illustrative-indicator': 'indicator {title}',
  'illustrative-plan': 'plan {title}',
  'illustrative-measure': 'measure {title}',
  'illustrative-action-plan': 'action plan {title}',
  'made-with': 'Made with OMF Kit.',
  'index-title': 'Outcomes reports by council',
  'index-intro': 'One report for each council, figures as of {date}.',
} as const;

/** Gàidhlig: drafted for this kit and not yet reviewed by a Gàidhlig speaker; a missing key falls back to English. */
const gd: Partial<Record<ReportMessageKey, string>> = {
  'report-title': '{area}: aithisg bhuilean',
  'as-of': 'Figearan mar a bha iad air {date}.',
  contents: 'Clàr-innse',
  'headline-indicators': 'Prìomh chomharran',
  indicator: 'Comharra',
  change: 'Atharrachadh',
  trend: 'Gluasad',
  comparison: 'Coimeas',
  rank: 'Àite am measg nan comhairlean',
  'rank-of': '{rank} à {of}',
  'rank-joint': '{rank} à {of} (co-ionann)',
  'this-area': '{area} (an sgìre seo)',
  'chart-data': 'Dàta a’ chairt: {title}',
  'loip-progress': 'Adhartas a’ Phlana Leasachaidh Bhuilean Ionadail',
  measure: 'Tomhas',
  'progress-to-target': 'Adhartas chun na targaid',
  'action-plan-status': 'Inbhe a’ phlana-gnìomha',
  'actions-by-theme': 'Gnìomhan a rèir cuspair',
  actions: 'Gnìomhan',
  total: 'Iomlan',
  'overdue-and-due-soon': 'Gnìomhan thar an ama no ri thighinn a dh’aithghearr',
  none: 'Chan eil gin.',
  unrecognised: 'Inbhe neo-aithnichte',
  'source-licence': 'Tùs an dàta agus cead',
  licence: 'Cead',
  attribution: 'Aithneachadh',
  'illustrative-note': 'Eisimpleir: tha pàirtean dhen aithisg seo air an dealbh airson taisbeanaidh, chan e fìor fhigearan a th’ annta:',
  'illustrative-marker': 'eisimpleir',
  'illustrative-indicator': 'comharra {title}',
  'illustrative-plan': 'plana {title}',
  'illustrative-measure': 'tomhas {title}',
  'illustrative-action-plan': 'plana-gnìomha {title}',
  'made-with': 'Air a dhèanamh le OMF Kit.',
  'index-title': 'Aithisgean bhuilean a rèir comhairle',
  'index-intro': 'Aithisg airson gach comhairle, figearan mar a bha iad air {date}.',
};

/**
 * A report string in the locale (English fallback), `{name}` placeholders filled from `vars`
 * (numbers formatted for the locale), through the same translator as the widgets' words.
 */
export const reportText = translator<ReportMessageKey>({ en, gd }, (locale) => t('no-data', locale));
