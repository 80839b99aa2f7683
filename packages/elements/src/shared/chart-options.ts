/**
 * The SDK's chart descriptions turned into the chart builders' options: what `<omf-trend>`,
 * `<omf-compare>` and the CLI's static reports all draw. Types only from the chart code, so this
 * module never pulls Plot in: the caller adds `document` and `width` and calls the builder.
 */
import { formatValue, type ChartSeries, type ComparisonDescription, type Indicator, type Locale, type TrendDescription } from '@omf/sdk';
import type { TickFormat } from './chart/chart-svg.js';
import type { TrendChartLine, TrendChartOptions } from './chart/trend-chart.js';
import type { CompareChartOptions } from './chart/compare-chart.js';

/** Options of a builder without the two things the caller supplies. */
type Described<T> = Omit<T, 'document' | 'width'>;

/** Axis ticks in the indicator's unit (`80%`, `£5,000`), at the decimals the ticks need. */
function tickFormat(indicator: Indicator, locale: Locale): TickFormat {
  return (value, decimals) => formatValue(value, { ...indicator, decimals }, { locale });
}

/** A series as the chart draws it: values, bounds, labels, and a note on values that are not final. */
function chartLine(series: ChartSeries): TrendChartLine {
  return {
    name: series.name,
    points: series.points.map((point) => ({
      value: point.value,
      label: point.label,
      ...(point.lower !== undefined && point.upper !== undefined ? { lower: point.lower, upper: point.upper } : {}),
      ...(point.notFinal && point.statusText ? { note: point.statusText } : {}),
    })),
  };
}

/** The trend chart of `describeTrend`'s result. */
export function trendChartOptions(described: TrendDescription, locale: Locale): Described<TrendChartOptions> {
  return {
    ariaLabel: described.chartLabel,
    periods: described.area.points.map((point) => point.periodText),
    area: chartLine(described.area),
    ...(described.comparison ? { comparison: chartLine(described.comparison) } : {}),
    formatTick: tickFormat(described.indicator, locale),
  };
}

/** The bar chart of `describeComparison`'s result: the highlighted area marked, Scotland as the reference line. */
export function compareChartOptions(described: ComparisonDescription, locale: Locale): Described<CompareChartOptions> {
  const { scotland } = described;
  return {
    ariaLabel: described.chartLabel,
    bars: described.rows.map((row) => ({ id: row.area, name: row.name, value: row.value, valueText: row.valueText, label: row.label })),
    ...(described.highlight ? { highlight: described.highlight.area } : {}),
    ...(scotland ? { reference: { value: scotland.value, label: scotland.text } } : {}),
    formatTick: tickFormat(described.indicator, locale),
  };
}
