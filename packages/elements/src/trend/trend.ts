import type { TemplateResult } from 'lit';
import { chartText, describeTrend, t, type Dataset, type Locale, type TrendDescription } from '@omf/sdk';
import { OmfElement } from '../shared/omf-element.js';
import { NoDataError } from '../shared/errors.js';
import { baseStyles } from '../shared/base.styles.js';
import { sourceLine } from '../shared/source-line.js';
import { ChartFrame, chartFrameStyles } from '../shared/chart-frame.js';
import type { TableData } from '../shared/data-table.js';
import { trendChartOptions } from '../shared/chart-options.js';
import styles from './trend.styles.js';

/**
 * A line chart of one indicator over time for an area, against Scotland, its family group or
 * another area, with the confidence interval where the data has one. The SDK's summary sentence
 * comes first; a "Show data as table" button shows every figure; each point can be reached with
 * the keyboard. Missing and suppressed values are gaps, never zeros. The chart code (Observable
 * Plot) loads only when a chart is drawn.
 *
 * @summary Line chart of an indicator over time, area against a comparator.
 * @attr indicator - Indicator id, e.g. `CHN18`.
 * @attr area - Area code or name, e.g. `S12000033` or `Aberdeen City`.
 * @attr compare - `scotland` (default), `family`, an area code or name, or `none`.
 * @attr src - URL of the data when not inside `<omf-data>`.
 * @attr lang - `en` or `gd`.
 * @csspart base - The box around everything.
 * @csspart heading - The indicator title and area.
 * @csspart summary - The summary sentence.
 * @csspart chart - The container of the chart SVG.
 * @csspart table-toggle - The "Show data as table" button.
 * @csspart table - The data table.
 * @csspart source - The source line.
 * @cssprop --omf-accent-colour - The area's line, markers and band.
 * @cssprop --omf-comparison-colour - The comparison line and markers.
 * @cssprop --omf-grid-colour - Grid lines.
 * @cssprop --omf-text-colour - Text colour (falls back to --govuk-text-colour).
 * @cssprop --omf-focus-colour - Focus ring.
 * @slot - Fallback content shown before the element upgrades and after an error.
 * @event omf-load - The chart shows data.
 * @event omf-error - The element shows an error message.
 */
export class OmfTrend extends OmfElement {
  static override styles = [baseStyles, ...chartFrameStyles, styles];

  static override properties = {
    ...OmfElement.properties,
    indicator: { type: String },
    area: { type: String },
    compare: { type: String },
  };

  declare indicator: string;
  declare area: string;
  declare compare: string;

  private readonly frame = new ChartFrame(this);

  constructor() {
    super();
    this.indicator = '';
    this.area = '';
    this.compare = 'scotland';
  }

  protected override renderData(dataset: Dataset): TemplateResult {
    const locale = this.locale;
    const described = describeTrend(dataset, this.indicator, this.area, { compareTo: this.compare || 'scotland', locale });
    if (!described.summary.latest) throw new NoDataError(described.summary.sentence);
    const { indicator, area } = described;
    const notes = [described.gaps, described.hasInterval ? chartText('interval-note', locale) : undefined].filter((note): note is string => Boolean(note));
    return this.frame.render({
      heading: described.title,
      subheading: area.name,
      summary: described.summary.sentence,
      notes,
      table: trendTable(described, locale),
      source: sourceLine(dataset, indicator, locale),
      chart: { kind: 'trend', options: trendChartOptions(described, locale) },
    });
  }
}

/** One row per period: the area, the comparator, and the interval when the data has one. */
function trendTable(described: TrendDescription, locale: Locale): TableData {
  const { area, comparison, hasInterval } = described;
  return {
    caption: described.title,
    columns: [
      { label: chartText('column-period', locale) },
      { label: area.name, numeric: true },
      ...(comparison ? [{ label: comparison.name, numeric: true }] : []),
      ...(hasInterval ? [{ label: `${area.name}: ${chartText('column-interval', locale)}`, numeric: true }] : []),
    ],
    rows: area.points.map((point, index) => [
      point.periodText,
      point.valueText,
      ...(comparison ? [comparison.points[index]?.valueText ?? t('no-data', locale)] : []),
      ...(hasInterval ? [point.intervalText ?? ''] : []),
    ]),
  };
}
