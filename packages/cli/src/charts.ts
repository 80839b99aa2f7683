/**
 * Charts for HTML reports (placeholder until the elements' chart builders land).
 *
 * @module
 */
import type { ChartSpec } from '@omf/sdk';
import type { CliIo } from './io.js';

/** Loads the chart renderer; undefined when charts cannot be drawn (the report keeps its tables). */
export async function loadChartRenderer(io: CliIo): Promise<((spec: ChartSpec) => string) | undefined> {
  io.stderr.write('omf report: note: charts are not available; the report has data tables only\n');
  return undefined;
}
