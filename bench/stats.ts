// Summaries of repeated timings, shared by the browser and SDK benches.

/** The runs of one measurement and their median and range. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** A measurement that could not be made, with the reason shown in its table row. */
export interface Unavailable {
  unavailable: string;
}

export function isUnavailable(value: unknown): value is Unavailable {
  return typeof value === 'object' && value !== null && 'unavailable' in value;
}

function medianOf(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median and range of the runs (rounded to 0.1 ms, the resolution a page's clock gives). */
export function timing(runs: readonly number[]): Timing {
  if (runs.length === 0) throw new Error('timing: no runs');
  const sorted = [...runs].sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 10) / 10;
  return { median: round(medianOf(sorted)), min: round(sorted[0]!), max: round(sorted[sorted.length - 1]!), runs: runs.map(round) };
}

/** The per-run ratios of two measurements taken in alternating pairs, with their median and range. */
export interface PairedRatio {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/**
 * `measured.runs[i] / baseline.runs[i]` for each pair of runs, the two taken one after the other.
 * The budgets judge the median of these, not the ratio of the two medians: load from other work
 * on the machine slows both runs of a pair alike, so the ratio of a pair cancels it, while the
 * medians of the two lists may come from differently loaded moments.
 */
export function pairedRatio(measured: Timing, baseline: Timing): PairedRatio {
  if (measured.runs.length !== baseline.runs.length) throw new Error('pairedRatio: the two timings must have as many runs');
  const ratios = measured.runs.map((run, i) => run / baseline.runs[i]!);
  const sorted = [...ratios].sort((a, b) => a - b);
  return { median: medianOf(sorted), min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: ratios };
}
