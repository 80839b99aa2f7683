/**
 * The words of the charts (`<omf-trend>`, `<omf-compare>` and report charts): labels, notes and
 * table headings, in English and Gàidhlig (drafted for this kit, not yet reviewed by a
 * Gàidhlig speaker; a missing Gàidhlig key falls back to English).
 *
 * @module
 */
import { t } from './messages.js';
import { translator, type Catalogue } from './translate.js';

/** Key of a chart string; see {@link chartText}. */
export type ChartMessageKey =
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
  | 'gaps-note';

const messages: Catalogue<ChartMessageKey> = {
  en: {
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
  },
  gd: {
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
  },
};

/**
 * A chart string in the locale, with English fallback; `{name}` placeholders as for {@link t}.
 *
 * @example chartText('column-period', 'en') // 'Period'
 */
export const chartText = translator(messages, (locale) => t('no-data', locale));
