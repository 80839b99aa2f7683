/**
 * Numbers, changes and periods as people read them, in en-GB and Gàidhlig. Built on Intl; missing
 * values become words ("no data", "suppressed"), never `0`, `NaN` or `undefined`.
 *
 * @module
 */
import type { Indicator, ObservationStatus, Unit } from '../model/types.js';
import type { Locale } from '../geography/geography.js';
import { parsePeriod, type Period } from '../period/period.js';
import { dateFormat, formatWith, keyedNumberFormat, pluralRules } from './intl.js';
import { t } from './messages.js';

export type { Locale } from '../geography/geography.js';

/** What the formatters need to know about an indicator. */
export type ValueFormat = Pick<Indicator, 'unit' | 'decimals' | 'per' | 'currency'>;

/** Decimal places when the indicator does not say. */
const DEFAULT_DECIMALS: Record<Unit, number> = {
  percent: 1,
  count: 0,
  rate: 1,
  currency: 0,
  ratio: 2,
  score: 1,
  hours: 1,
  days: 1,
  index: 1,
};

/**
 * Formats one value with its unit: `90.9%`, `£4,960`, `12.3 per 1,000`, `1,234`, `3.5 hours`,
 * `−2.0` (true minus sign). A missing or non-finite value gives `no data`; the status
 * `suppressed` or `not-available` gives that word even if a value is present, so a withheld figure
 * is never shown.
 */
export function formatValue(
  value: number | null | undefined,
  indicator: ValueFormat,
  options?: { locale?: Locale; status?: ObservationStatus },
): string {
  const locale = options?.locale ?? 'en';
  if (options?.status === 'suppressed' || options?.status === 'not-available') return t(options.status, locale);
  if (value === null || value === undefined || !Number.isFinite(value)) return t('no-data', locale);
  return formatMeasure(value, indicator, locale, 'auto');
}

/**
 * Readies the runtime's number formatting for a locale. The first `Intl.NumberFormat` and
 * `Intl.PluralRules` a page creates load the locale's data (15 to 30 ms in Chromium), and each
 * style (percent, currency, units) loads more: calling this while data downloads pays for the
 * formats most indicators use then, not in the first cards' render. Formatting works without it;
 * calling it again costs next to nothing (the formatters are cached).
 */
export function prepareFormatting(locale: Locale = 'en'): void {
  for (const unit of PREPARED_UNITS) {
    const format: ValueFormat = { unit };
    formatValue(1234.5, format, { locale });
    formatChange(-1234.5, format, { locale });
  }
}

/** The units of most ELC, LGBF and CPOP indicators, whose formats {@link prepareFormatting} readies. */
const PREPARED_UNITS: readonly Unit[] = ['percent', 'count', 'currency', 'rate'];

/**
 * Formats a difference between two values, always signed unless it rounds to zero:
 * `+1.2 percentage points` for percentages, `−£120`, `+0.5 hours`, `+1.2 per 1,000`.
 * A non-finite delta gives `no data`.
 */
export function formatChange(delta: number, indicator: ValueFormat, options?: { locale?: Locale }): string {
  const locale = options?.locale ?? 'en';
  if (!Number.isFinite(delta)) return t('no-data', locale);
  if (indicator.unit !== 'percent') return formatMeasure(delta, indicator, locale, 'exceptZero');
  // A change in a percentage is in percentage points, not per cent.
  const decimals = decimalsFor(indicator);
  const shown = roundsToZero(delta, decimals) ? 0 : delta;
  const plural = pluralRules(locale, fixed(decimals)).select(Math.abs(shown));
  const key = plural === 'one' ? 'unit-percentage-point' : 'unit-percentage-points';
  const format = keyedNumberFormat(`${locale} points ${decimals}`, locale, () => ({ ...fixed(decimals), signDisplay: 'exceptZero' }));
  return t(key, locale, { value: formatWith(format, shown) });
}

/**
 * Formats a period for reading: `2023/24`, `2023`, `Quarter 2 2023`, `June 2023`, `30 June 2023`,
 * `2018 to 2022`. Text that is not a period is returned as it is.
 */
export function formatPeriod(period: string | Period, locale: Locale = 'en'): string {
  const parsed = typeof period === 'string' ? parsePeriod(period) : period;
  if (!parsed) return String(period);
  // Years, financial and academic years read as labelled: most periods need no date parts.
  if (!DATED_TYPES.has(parsed.type)) return parsed.label;
  const [year = '', month = '', day = ''] = parsed.start.split('-');
  switch (parsed.type) {
    case 'quarter':
      return t('period-quarter', locale, { quarter: String(Math.ceil(Number(month) / 3)), year });
    case 'month':
      return dateFormat(locale, { month: 'long', year: 'numeric' }).format(Date.UTC(Number(year), Number(month) - 1, 1));
    case 'date':
      return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })
        .format(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    case 'multi-year':
      return t('period-range', locale, { start: year, end: parsed.end.slice(0, 4) });
    default:
      return parsed.label;
  }
}

/** Period types written with words or dates rather than their label. */
const DATED_TYPES: ReadonlySet<Period['type']> = new Set(['quarter', 'month', 'date', 'multi-year']);

function formatMeasure(value: number, indicator: ValueFormat, locale: Locale, signDisplay: 'auto' | 'exceptZero'): string {
  const decimals = decimalsFor(indicator);
  // Without this, -0.04 shown to one place would read "−0.0".
  const shown = roundsToZero(value, decimals) ? 0 : value;
  const { unit } = indicator;
  const currency = unit === 'currency' ? (indicator.currency ?? 'GBP').trim() : '';
  // Intl throws on a malformed currency code: the number is shown with the code as written instead.
  const style = unit !== 'currency' || /^[a-z]{3}$/i.test(currency) ? unit : 'count';
  const format = keyedNumberFormat(`${locale} ${style} ${currency} ${decimals} ${signDisplay}`, locale, () => measureOptions(style, currency, decimals, signDisplay));
  const number = formatWith(format, shown);
  if (style !== unit) return `${number} ${currency}`;
  const per = indicator.per;
  if (unit !== 'rate' || per === undefined || !Number.isFinite(per) || per <= 0) return number;
  return t('unit-rate', locale, { value: number, per });
}

/** The Intl options of a unit's values, to a fixed number of decimals. */
function measureOptions(unit: Unit, currency: string, decimals: number, signDisplay: 'auto' | 'exceptZero'): Intl.NumberFormatOptions {
  const options: Intl.NumberFormatOptions = { ...fixed(decimals), signDisplay };
  switch (unit) {
    case 'percent':
      return { ...options, style: 'unit', unit: 'percent' };
    case 'hours':
      return { ...options, style: 'unit', unit: 'hour', unitDisplay: 'long' };
    case 'days':
      return { ...options, style: 'unit', unit: 'day', unitDisplay: 'long' };
    case 'currency':
      return { ...options, style: 'currency', currency };
    default:
      return options;
  }
}

function decimalsFor(indicator: ValueFormat): number {
  const decimals = indicator.decimals ?? DEFAULT_DECIMALS[indicator.unit] ?? 1;
  // Data may declare anything; Intl accepts 0-20 everywhere.
  return Number.isFinite(decimals) ? Math.min(20, Math.max(0, Math.round(decimals))) : 1;
}

function fixed(decimals: number): Intl.NumberFormatOptions {
  return { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
}

function roundsToZero(value: number, decimals: number): boolean {
  return Number(value.toFixed(decimals)) === 0;
}
