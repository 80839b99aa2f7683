/**
 * Charts for HTML reports: the same Observable Plot chart builders the elements use
 * (`@omf/elements/charts`), drawn into a linkedom document and serialised as inline SVG.
 *
 * @module
 */
import type { ChartSpec } from '@omf/sdk';
import { compareChartOptions, trendChartOptions } from '@omf/elements/chart-options';
import type { CliIo } from './io.js';

/** Chart width in px: the report's text column; the stylesheet scales it down on narrow screens. */
const CHART_WIDTH = 720;

/**
 * Loads the chart builders and a server-side DOM, and returns a function that draws a report
 * chart as SVG markup. Undefined when they cannot be loaded: the report then has its data tables
 * only, and a note on standard error says so. A chart that cannot be drawn (no values at all)
 * gives '' and leaves its table.
 */
export async function loadChartRenderer(io: CliIo): Promise<((spec: ChartSpec) => string) | undefined> {
  let modules: [typeof import('@omf/elements/charts'), typeof import('linkedom')];
  try {
    // Imported here, not at the top: Plot and the DOM cost nothing for Markdown, CSV, validate and convert.
    modules = await Promise.all([import('@omf/elements/charts'), import('linkedom')]);
  } catch (error) {
    io.stderr.write(`omf report: note: charts are not available (${error instanceof Error ? error.message : String(error)}); the report has data tables only\n`);
    return undefined;
  }
  const [{ trendChart, compareChart }, { parseHTML }] = modules;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chartDocument = document as unknown as Document;

  return (spec) => {
    if (!hasValues(spec)) return '';
    const svg =
      spec.kind === 'trend'
        ? trendChart({ ...trendChartOptions(spec.description, spec.locale), width: CHART_WIDTH, document: chartDocument })
        : compareChart({ ...compareChartOptions(spec.description, spec.locale), width: CHART_WIDTH, document: chartDocument });
    // The builders name each point for the elements' keyboard access, which a page without
    // JavaScript does not have: there the SVG is one image named by its label, and the table
    // under it gives every value.
    for (const point of svg.querySelectorAll('[data-point]')) point.removeAttribute('aria-label');
    // linkedom serialises a node with toString(), escaping text and the quotes of attribute values.
    return svg.toString();
  };
}

function hasValues(spec: ChartSpec): boolean {
  if (spec.kind === 'compare') return spec.description.rows.some((row) => row.value !== null);
  const { area, comparison } = spec.description;
  return [area, ...(comparison ? [comparison] : [])].some((series) => series.points.some((point) => point.value !== null));
}
