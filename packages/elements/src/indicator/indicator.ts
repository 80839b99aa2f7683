import { html, nothing, type TemplateResult } from 'lit';
import { formatPeriod, formatValue, sparklinePath, summarise, t, type Dataset, type IndicatorSummary, type Locale } from '@omf/sdk';
import { OmfElement } from '../shared/omf-element.js';
import { NoDataError } from '../shared/errors.js';
import { baseStyles } from '../shared/base.styles.js';
import { sourceLine } from '../shared/source-line.js';
import styles from './indicator.styles.js';

/** The sparkline's box, with room at the edges for the end marker. */
const SPARK_BOX = { width: 120, height: 32, padding: { x: 2, y: 3 } };

/**
 * A headline card for one indicator and area: the latest value and period, the change since the
 * previous period with a polarity-aware trend word, the comparison with Scotland, the family group or
 * another area, the rank among councils, a sparkline and the source.
 *
 * @summary Headline indicator card.
 * @attr indicator - Indicator id, e.g. `CHN18`.
 * @attr area - Area code or name, e.g. `S12000033` or `Aberdeen City`.
 * @attr compare - `scotland` (default), `family`, an area code, or `none`.
 * @attr period - Show this period instead of the latest.
 * @attr variant - `compact` for a smaller card without sparkline and rank.
 * @attr src - URL of the data when not inside `<omf-data>`.
 * @attr lang - `en` or `gd`.
 * @csspart base - The card.
 * @csspart heading - The indicator title.
 * @csspart value - The headline value.
 * @csspart change - The change since the previous period.
 * @csspart trend - The trend over its span, in words.
 * @csspart comparison - The comparison line.
 * @csspart sparkline - The sparkline SVG.
 * @csspart source - The source line.
 * @cssprop --omf-accent-colour - Sparkline and value colour.
 * @cssprop --omf-text-colour - Text colour (falls back to --govuk-text-colour).
 * @cssprop --omf-border-colour - Card border.
 * @cssprop --omf-focus-colour - Focus ring.
 * @slot - Fallback content shown before the element upgrades and after an error.
 * @event omf-load - The card shows data.
 * @event omf-error - The card shows an error message.
 */
export class OmfIndicator extends OmfElement {
  static override styles = [baseStyles, styles];

  static override properties = {
    ...OmfElement.properties,
    indicator: { type: String },
    area: { type: String },
    compare: { type: String },
    period: { type: String },
    variant: { type: String, reflect: true },
  };

  declare indicator: string;
  declare area: string;
  declare compare: string;
  declare period: string | undefined;
  declare variant: 'default' | 'compact';

  constructor() {
    super();
    this.indicator = '';
    this.area = '';
    this.compare = 'scotland';
    this.variant = 'default';
  }

  protected override renderData(dataset: Dataset): TemplateResult {
    // Read once: the getter looks up the nearest [lang] ancestor.
    const locale = this.locale;
    const summary = summarise(dataset, this.indicator, this.area, {
      compareTo: this.compare || 'scotland',
      period: this.period || undefined,
      locale,
      // The card shows no RAG status.
      rag: false,
    });
    if (!summary.latest) throw new NoDataError(summary.sentence);
    const compact = this.variant === 'compact';
    return html`
      <h3 part="heading" class="heading">${summary.indicator.title}<span class="area">${summary.areaName}</span></h3>
      <p class="sr-summary visually-hidden">${summary.sentence}</p>
      <div aria-hidden="true">
        <p part="value" class="value">${formatValue(summary.latest.value, summary.indicator, { locale, status: summary.latest.observation.status })}</p>
        <p class="period">${formatPeriod(summary.latest.period, locale)}${this.renderStatus(summary, locale)}</p>
        ${this.renderLaterWithoutValue(summary, locale)} ${this.renderChange(summary)} ${this.renderTrend(summary)}
        ${this.renderComparison(summary)}
        ${compact ? nothing : this.renderRank(summary, locale)}
      </div>
      ${compact ? nothing : this.renderSparkline(dataset)}
      ${sourceLine(dataset, summary.indicator, locale)}
    `;
  }

  private renderStatus(summary: IndicatorSummary, locale: Locale): TemplateResult | typeof nothing {
    const status = summary.latest?.observation.status;
    if (!status) return nothing;
    return html` <span class="status">(${t(status, locale)})</span>`;
  }

  /** The newest period has no figure: say so, so the value shown is not mistaken for the newest. */
  private renderLaterWithoutValue(summary: IndicatorSummary, locale: Locale): TemplateResult | typeof nothing {
    const later = summary.laterWithoutValue;
    if (!later) return nothing;
    const status = later.observation.status === 'suppressed' ? 'suppressed' : 'not-available';
    return html`<p class="later-missing">${formatPeriod(later.period, locale)}: ${t(status, locale)}</p>`;
  }

  /** The one-period change; the arrow shows its sign, the trend line below judges it. */
  private renderChange(summary: IndicatorSummary): TemplateResult | typeof nothing {
    if (!summary.change || !summary.previous) return nothing;
    const arrow = summary.change.absolute > 0 ? '▲' : summary.change.absolute < 0 ? '▼' : '▶';
    return html`<p part="change" class="change"><span class="arrow">${arrow}</span> ${summary.changeText}</p>`;
  }

  /** The trend over its span, in words (never colour alone): "Trend 2016/17 to 2020/21: worsening". */
  private renderTrend(summary: IndicatorSummary): TemplateResult | typeof nothing {
    if (!summary.trendText) return nothing;
    return html`<p part="trend" class="trend trend-${summary.trend.direction}">
      <span class="trend-word">${summary.trendText}</span>
    </p>`;
  }

  private renderComparison(summary: IndicatorSummary): TemplateResult | typeof nothing {
    if (!summary.comparison) return nothing;
    return html`<p part="comparison" class="comparison">${summary.comparison.text}</p>`;
  }

  private renderRank(summary: IndicatorSummary, locale: Locale): TemplateResult | typeof nothing {
    if (!summary.rank) return nothing;
    return html`<p class="rank">${t('rank', locale, { rank: summary.rank.rank, of: summary.rank.of })}</p>`;
  }

  /** A decorative trend line; the numbers it shows are in the summary sentence and the trend chart's table. */
  private renderSparkline(dataset: Dataset): TemplateResult | typeof nothing {
    const line = sparklinePath(dataset.series(this.indicator, this.area), SPARK_BOX);
    if (!line) return nothing;
    // One template: inside <svg> the parser makes SVG elements, so the children need no svg`` of their own.
    return html`<svg part="sparkline" class="sparkline" viewBox="0 0 ${SPARK_BOX.width} ${SPARK_BOX.height}" aria-hidden="true" focusable="false">
      <path d=${line.d}></path><circle cx=${line.end.x} cy=${line.end.y} r="3"></circle>
    </svg>`;
  }
}
