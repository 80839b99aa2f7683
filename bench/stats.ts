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

/** Median and range of the runs (rounded to 0.1 ms, the resolution a page's clock gives). */
export function timing(runs: readonly number[]): Timing {
  if (runs.length === 0) throw new Error('timing: no runs');
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const round = (n: number): number => Math.round(n * 10) / 10;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted[sorted.length - 1]!), runs: runs.map(round) };
}
