/**
 * Collects every problem and every skipped row while reading, so a reader can report them all
 * at once instead of stopping at the first.
 *
 * @module
 */
import { OmfDataError, type DataIssue, type DataLocation } from '../model/errors.js';

/** Problems (which make the read fail) and skipped rows (which are only reported), in source order. */
export class IssueLog {
  /** Problems that make the read fail. */
  readonly problems: DataIssue[] = [];
  /** Rows left out on purpose (outside Scotland, not selected), kept for the read report. */
  readonly skipped: DataIssue[] = [];

  constructor(readonly file: string | undefined) {}

  /** Records a problem at a location. */
  error(where: DataLocation, field: string, message: string): void {
    this.problems.push(this.issue(where, field, message));
  }

  /** Records a row left out on purpose. */
  skip(where: DataLocation, field: string, message: string): void {
    this.skipped.push(this.issue(where, field, message));
  }

  /** Throws one {@link OmfDataError} listing every problem in source order, if there are any. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new OmfDataError(inSourceOrder(this.problems));
  }

  private issue(where: DataLocation, field: string, message: string): DataIssue {
    const issue: DataIssue = { field, message };
    const file = where.file ?? this.file;
    if (file !== undefined) issue.file = file;
    if (where.line !== undefined) issue.line = where.line;
    if (where.column !== undefined) issue.column = where.column;
    if (where.pointer !== undefined) issue.pointer = where.pointer;
    return issue;
  }
}

/** Joins RFC 6901 JSON pointer segments, escaping `~` and `/`. */
export function pointer(base: string, ...segments: Array<string | number>): string {
  return segments.reduce<string>(
    (path, segment) => `${path}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`,
    base,
  );
}

/** Where a problem is, in words, for messages that point back to an earlier row. */
export function describeLocation(where: DataLocation): string {
  if (where.line !== undefined) return `line ${where.line}`;
  if (where.pointer !== undefined) return where.pointer;
  return 'an earlier row';
}

/**
 * Issues in source order. Checks run in passes (types first, then values), so the log is not in
 * order by itself: issues are sorted by line and column, or by JSON pointer (list indexes
 * numerically), keeping top-level sections (`/indicators`, `/observations`...) in the order first met.
 */
export function inSourceOrder(issues: readonly DataIssue[]): DataIssue[] {
  const section = (issue: DataIssue): string => `${issue.file ?? ''}#${issue.pointer?.split('/')[1] ?? ''}`;
  const sectionOrder = new Map<string, number>();
  issues.forEach((issue, index) => {
    if (!sectionOrder.has(section(issue))) sectionOrder.set(section(issue), index);
  });
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        (sectionOrder.get(section(a.issue)) ?? 0) - (sectionOrder.get(section(b.issue)) ?? 0) ||
        compareLocations(a.issue, b.issue) ||
        a.index - b.index,
    )
    .map(({ issue }) => issue);
}

function compareLocations(a: DataLocation, b: DataLocation): number {
  if (a.line !== undefined && b.line !== undefined) return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
  if (a.pointer === undefined || b.pointer === undefined) return 0;
  const left = a.pointer.split('/');
  const right = b.pointer.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const [x = '', y = ''] = [left[index], right[index]];
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    return numeric ? Number(x) - Number(y) : 0;
  }
  return left.length - right.length;
}
