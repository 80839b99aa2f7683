// The budgets of issue 8, in one place: the bench checks them all, `npm test` the size ones.

/** 1 KB in this bench: 1,024 bytes. */
export const KB = 1024;

export const BUDGETS = {
  /**
   * Our code on a page of `<omf-indicator>` cards, gzip: everything it loads from the CDN build (the
   * loader, element chunks, SDK) but Lit's own chunk, which is third-party and reported beside it.
   */
  cardsPageOwnGzip: 25 * KB,
  /** The chart chunk may exceed Observable Plot's own size (whole library and its d3 parts, minified, gzip) by this much. */
  chartChunkOverPlotGzip: 15 * KB,
  /** 200 cards render within this multiple of 200 bare Lit elements rendering the same text. */
  cardsOverBareLit: 1.5,
  /** Reading and indexing 100,000 tidy CSV rows within this multiple of d3-dsv `csvParseRows` alone. */
  csvReadOverParseRows: 2,
  /** JS heap growth after mounting and removing 1,000 widgets (after garbage collection), bytes. */
  heapGrowthAfterMounts: 256 * KB,
  /** DOM node growth after mounting and removing 1,000 widgets (after garbage collection). */
  nodeGrowthAfterMounts: 50,
} as const;

/**
 * A timing budget is judged on the median of at least this many paired ratios, whatever `--runs`
 * says: on a loaded 2-core machine one pair's ratio ranges from about 0.8x to 2.4x, and the
 * median of 5 moves by 0.3x from one bench to the next, more than the margin it is judged on.
 */
export const BUDGET_PAIRS = 15;

/** One budget checked: what was allowed, what was measured, and whether it held. */
export interface BudgetCheck {
  name: string;
  /** The limit, in words (e.g. "≤ 25.0 KB gzip"). */
  limit: string;
  /** The measurement, in words. */
  actual: string;
  /** Undefined when the measurement could not be made (e.g. an element not yet written). */
  pass: boolean | undefined;
  /** Why, when it fails or could not be checked. */
  note?: string;
}

/** A number with one decimal and thousands separators, e.g. `1,685.2`. */
export function oneDecimal(value: number): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** Bytes as KB with one decimal. */
export function kb(bytes: number): string {
  return `${oneDecimal(bytes / KB)} KB`;
}
