/**
 * Typed errors with precise locations. Every reader collects all the problems it finds and
 * throws one {@link OmfDataError} listing them, so a data owner can fix a file in one pass.
 *
 * @module
 */

/** Where a problem is: a CSV line and column, or a JSON pointer, plus the file when known. */
export interface DataLocation {
  /** File name or URL, when the input came from one. */
  file?: string;
  /** 1-based line number in the source text (CSV row, or the line of a JSON value when known). */
  line?: number;
  /** 1-based column number (CSV field index) when known. */
  column?: number;
  /** RFC 6901 JSON pointer, e.g. `/observations/12/value`. */
  pointer?: string;
}

/** One problem found in the data. */
export interface DataIssue extends DataLocation {
  /** The field at fault, e.g. `area`, `period`, `value`. */
  field: string;
  /** Plain-English description, e.g. `unknown area "Edinbrugh"`. */
  message: string;
}

/**
 * Formats an issue as one line: `FILE:LINE[:COL]: field: message`, or with a JSON pointer
 * (`FILE#/observations/3: value: ...`) where there is no line.
 */
export function formatIssue(issue: DataIssue): string {
  const file = issue.file ?? '<input>';
  let where = file;
  if (issue.line !== undefined) {
    where += `:${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  } else if (issue.pointer !== undefined) {
    where += `#${issue.pointer}`;
  }
  return `${where}: ${issue.field}: ${issue.message}`;
}

/** Thrown when data cannot be read or fails validation. `issues` lists every problem found. */
export class OmfDataError extends Error {
  /** Always `'OmfDataError'`, so the error can be told apart after crossing realms or serialisation. */
  override readonly name = 'OmfDataError';
  /** Every problem found, in source order. */
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[], summary?: string) {
    const first = issues[0];
    const head = summary ?? (first ? formatIssue(first) : 'invalid data');
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(head + more);
    this.issues = issues;
  }
}

/** Thrown by {@link loadDataset} when the data cannot be fetched (network failure, HTTP error, abort). */
export class OmfLoadError extends Error {
  /** Always `'OmfLoadError'`, so the error can be told apart after crossing realms or serialisation. */
  override readonly name = 'OmfLoadError';
  /** The URL that failed. */
  readonly url: string;
  /** HTTP status, when the server answered. */
  readonly status: number | undefined;

  constructor(url: string, message: string, status?: number, options?: { cause?: unknown }) {
    super(`${url}: ${message}`, options);
    this.url = url;
    this.status = status;
  }
}

/** Thrown when a query names something the dataset does not have (an unknown indicator, area or plan). */
export class OmfLookupError extends Error {
  /** Always `'OmfLookupError'`, so the error can be told apart after crossing realms or serialisation. */
  override readonly name = 'OmfLookupError';
  /** What was looked up: `indicator`, `area`, `plan`, `actionPlan` or `period`. */
  readonly kind: 'indicator' | 'area' | 'plan' | 'actionPlan' | 'period';
  /** The identifier that was not found. */
  readonly key: string;

  constructor(kind: OmfLookupError['kind'], key: string, message?: string) {
    super(message ?? `unknown ${kind} "${key}"`);
    this.kind = kind;
    this.key = key;
  }
}
