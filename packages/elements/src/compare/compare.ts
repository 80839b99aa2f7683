import type { TemplateResult } from 'lit';
import { chartText, describeComparison, type ComparisonDescription, type Dataset, type Locale } from '@omf/sdk';
import { OmfElement } from '../shared/omf-element.js';
import { NoDataError } from '../shared/errors.js';
import { baseStyles } from '../shared/base.styles.js';
import { sourceLine } from '../shared/source-line.js';
import { ChartFrame, chartFrameStyles } from '../shared/chart-frame.js';
import { compareChartOptions } from '../shared/chart-options.js';
import type { TableData } from '../shared/data-table.js';
import styles from './compare.styles.js';

/**
 * A bar chart of every council's value for one period, best first by the indicator's polarity,
 * with one council highlighted (by a "▶", a bold name and an outlined bar, not colour alone) and
 * Scotland's value as a labelled line. The SDK's sentence (rank, Scotland, highest and lowest)
 * comes first; a "Show data as table" button shows every figure and rank; each bar can be reached
 * with the keyboard. The chart code (Observable Plot) loads only when a chart is drawn.
 *
 * @summary Bar chart of all councils for one period, one highlighted, Scotland marked.
 * @attr indicator - Indicator id, e.g. `CHN18`.
 * @attr period - The period, e.g. `2020/21`; default the latest with data.
 * @attr highlight - Area code or name to highlight and describe, e.g. `Aberdeen City`.
 * @attr group - `family` for the highlighted council's LGBF family group only; default all councils.
 * @attr src - URL of the data when not inside `<omf-data>`.
 * @attr lang - `en` or `gd`.
 * @csspart base - The box around everything.
 * @csspart heading - The indicator title and period.
 * @csspart summary - The summary sentence.
 * @csspart chart - The container of the chart SVG.
 * @csspart table-toggle - The "Show data as table" button.
 * @csspart table - The data table.
 * @csspart source - The source line.
 * @cssprop --omf-accent-colour - The bars.
 * @cssprop --omf-highlight-colour - The highlighted bar (default SG purple #6a2063).
 * @cssprop --omf-grid-colour - Grid lines.
 * @cssprop --omf-text-colour - Text and the Scotland line (falls back to --govuk-text-colour).
 * @cssprop --omf-focus-colour - Focus ring.
 * @slot - Fallback content shown before the element upgrades and after an error.
 * @event omf-load - The chart shows data.
 * @event omf-error - The element shows an error message.
 */
export class OmfCompare extends OmfElement {
  static override styles = [baseStyles, ...chartFrameStyles, styles];

  static override properties = {
    ...OmfElement.properties,
    indicator: { type: String },
    period: { type: String },
    highlight: { type: String },
    group: { type: String },
  };

  declare indicator: string;
  declare period: string | undefined;
  declare highlight: string | undefined;
  declare group: string | undefined;

  private readonly frame = new ChartFrame(this);

  constructor() {
    super();
    this.indicator = '';
  }

  protected override renderData(dataset: Dataset): TemplateResult {
    const locale = this.locale;
    const described = describeComparison(dataset, this.indicator, this.period || undefined, {
      ...(this.highlight ? { highlight: this.highlight } : {}),
      group: this.group === 'family' ? 'family' : 'all',
      locale,
    });
    if (!described.rows.some((row) => row.value !== null)) throw new NoDataError(described.sentence);
    return this.frame.render({
      heading: described.title,
      subheading: described.periodText,
      summary: described.sentence,
      table: compareTable(described, locale),
      source: sourceLine(dataset, described.indicator, locale),
      chart: { kind: 'compare', options: compareChartOptions(described, locale) },
    });
  }
}

/** One row per area, best first: name, value, rank. */
function compareTable(described: ComparisonDescription, locale: Locale): TableData {
  return {
    caption: `${described.title}, ${described.periodText}`,
    columns: [{ label: chartText('column-area', locale) }, { label: chartText('column-value', locale), numeric: true }, { label: chartText('column-rank', locale), numeric: true }],
    rows: described.rows.map((row) => [row.name, row.valueText, row.rankText]),
  };
}
