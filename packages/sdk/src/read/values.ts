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
  const plain = plainDecimal(text);
  if (plain !== undefined) return plain;
  const trimmed = text.trim();
  let digits: string;
  if (NUMBER_TEXT.test(trimmed)) digits = trimmed;
  else if (GROUPED_NUMBER_TEXT.test(trimmed)) digits = trimmed.replace(/,/g, '');
  else return undefined;
  const value = Number(digits);
  return Number.isFinite(value) ? value : undefined;
}

// Character codes of '0', '9', '.', '+' and '-'.
const ZERO = 0x30;
const NINE = 0x39;
const POINT = 0x2e;
const PLUS = 0x2b;
const MINUS = 0x2d;

/** Below 2^53, so up to this many decimal digits make an exact integer. */
const EXACT_DIGITS = 15;
/** 10^0 to 10^15, each exact (read from text, not computed). */
const POWERS_OF_TEN = Array.from({ length: EXACT_DIGITS + 1 }, (_, exponent) => Number(`1e${exponent}`));

/**
 * The value of `12`, `-3.5`, `+.5` or `7.` (a sign, digits and at most one point, as most
 * published values are written); undefined for any other text. With at most 15 digits, the digits
 * form an exact integer and the power of ten is exact, so one division gives the correctly rounded
 * double `Number(text)` gives (Clinger's fast path), with no regular expression or string conversion.
 */
function plainDecimal(text: string): number | undefined {
  const first = text.charCodeAt(0);
  let digits = 0;
  let mantissa = 0;
  let decimals = 0;
  let seenPoint = false;
  for (let index = first === PLUS || first === MINUS ? 1 : 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= ZERO && code <= NINE) {
      mantissa = mantissa * 10 + (code - ZERO);
      digits++;
      if (seenPoint) decimals++;
    } else if (code === POINT && !seenPoint) {
      seenPoint = true;
    } else {
      return undefined;
    }
  }
  const power = POWERS_OF_TEN[decimals];
  if (digits === 0 || digits > EXACT_DIGITS || power === undefined) return undefined;
  const value = mantissa / power;
  return first === MINUS ? -value : value;
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
