/**
 * The chart builders, as one module: `chart-frame.ts` imports this lazily, so the bundle makes it
 * (with Observable Plot) a single chunk that a page without charts never requests.
 */
export { trendChart, type TrendChartLine, type TrendChartOptions, type TrendChartPoint } from './trend-chart.js';
export { compareChart, type CompareChartBar, type CompareChartOptions } from './compare-chart.js';
