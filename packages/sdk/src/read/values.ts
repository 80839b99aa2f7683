/**
 * Values as publishers write them: numbers in text, and the markers that stand for no value.
 *
 * @module
 */
import type { ObservationStatus } from '../model/types.js';

/** Known no-value markers (lower case) and what each means; `*` and `x` are suppression. */
const MARKER_STATUS = new Map<string, ObservationStatus>([
  ['', 'not-available'],
  ['dna', 'not-available'],
  ['na', 'not-available'],
  ['n/a', 'not-available'],
  ['..', 'not-available'],
  [':', 'not-available'],
  ['*', 'suppressed'],
  ['x', 'suppressed'],
]);

/** The markers, for messages. */
export const KNOWN_MARKERS = 'dna, *, NA, N/A, x, .., : or empty';

/** The status a no-value marker stands for (case and surrounding space ignored); undefined if unknown. */
export function markerStatus(marker: string): ObservationStatus | undefined {
  return MARKER_STATUS.get(marker.trim().toLowerCase());
}

// Plain decimals with optional exponent, or thousands grouped with commas ("1,234.5").
const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER_TEXT = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Reads a number written as text; undefined when the text is not a finite number. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  let digits: string;
  if (NUMBER_TEXT.test(trimmed)) digits = trimmed;
  else if (GROUPED_NUMBER_TEXT.test(trimmed)) digits = trimmed.replace(/,/g, '');
  else return undefined;
  const value = Number(digits);
  return Number.isFinite(value) ? value : undefined;
}

/** True for text that is a calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A lower-case identifier made from free text, e.g. `Employment rate` -> `employment-rate`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
