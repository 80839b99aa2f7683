/**
 * Per-read memos. Data repeats a few distinct texts (periods, areas, indicators, markers) across
 * thousands of rows, so each distinct text is worked out once per read, not once per row.
 *
 * @module
 */

/**
 * A function of text, computed once for each distinct text (an `undefined` result is remembered
 * too). The last text is compared first: sorted files repeat an indicator or period many rows
 * running, and an equal-text check is cheaper than hashing each row's fresh string. A class, not a
 * closure, so every read's memos share one method the compiler can inline.
 */
export class TextMemo<T> {
  private readonly results = new Map<string, T>();
  private lastText: string | undefined;
  private lastResult: T | undefined;

  constructor(private readonly compute: (text: string) => T) {}

  /** The result for this text. */
  get(text: string): T {
    if (text === this.lastText) return this.lastResult as T;
    let result = this.results.get(text);
    if (result === undefined && !this.results.has(text)) {
      result = this.compute(text);
      this.results.set(text, result);
    }
    this.lastText = text;
    this.lastResult = result;
    return result as T;
  }
}
