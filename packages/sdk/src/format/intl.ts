/**
 * Cached Intl objects for the SDK's two locales. Intl constructors are slow, and a page formats
 * thousands of values with a handful of formats.
 *
 * @internal
 * @module
 */
import type { Locale } from '../geography/geography.js';

/** Gàidhlig where the runtime has it, else en-GB (never the runtime's default, which could be any language). */
function intlLocales(locale: Locale): string[] {
  return locale === 'gd' ? ['gd', 'en-GB'] : ['en-GB'];
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string, locale: Locale, options: object, create: (locales: string[]) => T,
): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = create(intlLocales(locale));
    cache.set(key, value);
  }
  return value;
}

const byKey = new Map<string, Intl.NumberFormat>();

/**
 * A cached `Intl.NumberFormat` found by a key the caller builds from what decides its options:
 * cheaper than serialising the options on every call, as a page of cards formats thousands of values.
 * The key must name the locale too; `options` is called once, when the key is first met.
 */
export function keyedNumberFormat(key: string, locale: Locale, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = byKey.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocales(locale), options());
    byKey.set(key, format);
  }
  return format;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', locale, options, (locales) => new Intl.NumberFormat(locales, options));
}

/** A cached `Intl.DateTimeFormat` in UTC (period dates are calendar dates, not instants). */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, (locales) => new Intl.DateTimeFormat(locales, { ...options, timeZone: 'UTC' }));
}

/** A cached `Intl.PluralRules`. */
export function pluralRules(locale: Locale, options: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('plural', locale, options, (locales) => new Intl.PluralRules(locales, options));
}

/** Intl's `minusSign` is a hyphen-minus in en-GB; typeset a true minus. */
const MINUS = '\u2212';

/**
 * Formats a number with a true minus sign. In en-GB and gd the sign comes before any currency or unit
 * text, and none of that text holds a hyphen, so in a negative number the first hyphen-minus is the
 * sign: swapping it costs far less than `formatToParts` on every call (a page of cards makes thousands).
 */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return formatWith(numberFormat(locale, options), value);
}

/** Formats with a given `Intl.NumberFormat` and a true minus sign (see {@link formatNumber}). */
export function formatWith(format: Intl.NumberFormat, value: number): string {
  const text = format.format(value);
  // -0 counts: Intl writes it "-0" unless signDisplay leaves zero unsigned.
  return value < 0 || Object.is(value, -0) ? text.replace('-', MINUS) : text;
}
