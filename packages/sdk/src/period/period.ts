/**
 * Reporting periods: parse the many labels publishers use (`2020-21`, `2020/21`, `2020/2021`,
 * `2023-Q2`, `September 2024`, `2018-2022`...) into one comparable {@link Period}.
 *
 * Rules that are judgement calls, so data owners can predict them:
 * - A one-year step (`2023/24`, `2023-24`, `2023/2024`, `2023-2024`) is a financial year
 *   (1 April to 31 March) unless the hint says `academic-year` (1 August to 31 July) or
 *   `multi-year` (the two calendar years).
 * - A longer hyphenated span (`2018-2022`, `2017-20`) is a multi-year aggregate of whole calendar
 *   years, both ends included. A slash always means one financial or academic year, so `2023/25`
 *   is rejected rather than guessed.
 * - `YYYY-NN` is ambiguous between an ISO month and a year span. Without a hint, a one-year step
 *   wins (`2011-12` is the 2011/12 financial year, as LGBF writes it); otherwise `01`-`12` is a
 *   month and anything else a span. The hint `month` or `multi-year` overrides.
 * - A two-digit end year is in the start's century, except a one-year step across it (`1999-00`).
 *   Spans that end before they start, or end where they start (`2021-20`, `2021-21`), are rejected.
 *
 * @module
 */
import type { PeriodType } from '../model/types.js';

/** A parsed period. */
export interface Period {
  /**
   * Canonical label: `2023/24` (academic or financial year), `2023`, `2023-Q2`, `2023-06`,
   * `2023-06-30` or `2018-2022` (multi-year). Parsing it with `type` as the hint gives this period back.
   */
  label: string;
  /** The kind of period, e.g. `financial-year` for `2023/24` read without a hint. */
  type: PeriodType;
  /** ISO date of the first day, e.g. `2023-04-01`. */
  start: string;
  /** ISO date of the last day, e.g. `2024-03-31`. */
  end: string;
  /**
   * Time position in fractional years at the period's midpoint (about 2023.75 for the 2023/24
   * financial year); used for ordering ties and least-squares projection.
   */
  position: number;
}

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Full English month names and their first three letters (plus `sept`), to month numbers 1-12. */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, index) => [name, index + 1] as const),
  ...MONTH_NAMES.map((name, index) => [name.slice(0, 3), index + 1] as const),
  ['sept', 9] as const,
]);

// Years are four digits from 1000: Date.UTC reads years below 100 as 19xx.
const YEAR = /^([1-9]\d{3})$/;
const YEAR_SPAN = /^([1-9]\d{3}) ?([-/]) ?(\d{2}|[1-9]\d{3})$/;
const QUARTER = /^([1-9]\d{3}) ?-? ?q([1-4])$/i;
const QUARTER_FIRST = /^(?:q|quarter ?)([1-4]) ([1-9]\d{3})$/i;
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const MONTH_NAME_YEAR = /^([a-z]+)\.? ([1-9]\d{3})$/i;
const DAY_MONTH_NAME_YEAR = /^(\d{1,2}) ([a-z]+)\.? ([1-9]\d{3})$/i;

/**
 * Parses a period label. Returns `undefined` when the text is not a period or names an impossible
 * one (month 13, 31 June, a span that runs backwards).
 *
 * @param text - e.g. `2023/24`, `2020-21`, `2020/2021`, `2023`, `2023-Q2`, `2023 Q2`, `2023-06`,
 *   `2023-06-30`, `September 2024`, `30 June 2023`, `2018-2022`, `2017-20`.
 * @param hint - the indicator's period type; decides academic against financial year, and month
 *   against year span for `YYYY-NN` labels.
 */
export function parsePeriod(text: string, hint?: PeriodType): Period | undefined {
  // En and em dashes are common in published tables; treat them as hyphens.
  const input = text.trim().replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ');

  let match = YEAR.exec(input);
  if (match) return calendarYear(Number(match[1]));

  match = ISO_DATE.exec(input);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));

  match = QUARTER.exec(input);
  if (match) return quarter(Number(match[1]), Number(match[2]));
  match = QUARTER_FIRST.exec(input);
  if (match) return quarter(Number(match[2]), Number(match[1]));

  match = YEAR_SPAN.exec(input);
  if (match) return yearSpan(match[1] ?? '', match[2] === '/', match[3] ?? '', hint);

  match = MONTH_NAME_YEAR.exec(input);
  if (match) {
    const monthNumber = MONTH_BY_NAME.get((match[1] ?? '').toLowerCase());
    return monthNumber === undefined ? undefined : month(Number(match[2]), monthNumber);
  }

  match = DAY_MONTH_NAME_YEAR.exec(input);
  if (match) {
    const monthNumber = MONTH_BY_NAME.get((match[2] ?? '').toLowerCase());
    return monthNumber === undefined ? undefined : day(Number(match[3]), monthNumber, Number(match[1]));
  }
  return undefined;
}

/**
 * Orders periods by start date, then end date (so `2019-20` < `2020-21` < `2021`). A total order:
 * periods that share both dates are ordered by label and type, and compare equal only when those match too.
 */
export function comparePeriods(a: Period, b: Period): number {
  return compareText(a.start, b.start) || compareText(a.end, b.end) ||
    compareText(a.label, b.label) || compareText(a.type, b.type);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `YYYY-NN`, `YYYY/NN`, `YYYY-YYYY` or `YYYY/YYYY`. */
function yearSpan(startText: string, slash: boolean, endText: string, hint: PeriodType | undefined): Period | undefined {
  const startYear = Number(startText);
  let endYear: number;
  if (endText.length === 4) {
    endYear = Number(endText);
  } else {
    const twoDigits = Number(endText);
    const century = startYear - (startYear % 100);
    endYear = century + twoDigits;
    // The one exception to "same century": a one-year step such as 1999-00.
    if (endYear === startYear + 1 - 100) endYear += 100;
    // `2011-12` may be an ISO month; see the module notes for how this is decided.
    const couldBeMonth = !slash && twoDigits >= 1 && twoDigits <= 12;
    const oneYearStep = endYear === startYear + 1;
    if (couldBeMonth && (hint === 'month' || (!oneYearStep && hint !== 'multi-year'))) {
      return month(startYear, twoDigits);
    }
  }
  const span = endYear - startYear;
  if (span < 1) return undefined;
  if (span === 1 && hint !== 'multi-year') {
    return hint === 'academic-year' ? splitYear(startYear, 'academic-year', 8) : splitYear(startYear, 'financial-year', 4);
  }
  if (slash) return undefined;
  return build(`${startYear}-${endYear}`, 'multi-year', startYear, 1, 1, endYear, 12, 31);
}

function splitYear(startYear: number, type: 'academic-year' | 'financial-year', firstMonth: number): Period {
  const endYear = startYear + 1;
  const label = `${startYear}/${String(endYear % 100).padStart(2, '0')}`;
  return build(label, type, startYear, firstMonth, 1, endYear, firstMonth - 1, daysInMonth(endYear, firstMonth - 1));
}

function calendarYear(year: number): Period {
  return build(String(year), 'calendar-year', year, 1, 1, year, 12, 31);
}

function quarter(year: number, quarterNumber: number): Period {
  const lastMonth = quarterNumber * 3;
  return build(`${year}-Q${quarterNumber}`, 'quarter', year, lastMonth - 2, 1, year, lastMonth, daysInMonth(year, lastMonth));
}

function month(year: number, monthNumber: number): Period | undefined {
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  return build(`${year}-${pad2(monthNumber)}`, 'month', year, monthNumber, 1, year, monthNumber, daysInMonth(year, monthNumber));
}

function day(year: number, monthNumber: number, dayNumber: number): Period | undefined {
  if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > daysInMonth(year, monthNumber)) return undefined;
  const date = isoDate(year, monthNumber, dayNumber);
  return build(date, 'date', year, monthNumber, dayNumber, year, monthNumber, dayNumber);
}

function build(
  label: string, type: PeriodType,
  startYear: number, startMonth: number, startDay: number,
  endYear: number, endMonth: number, endDay: number,
): Period {
  const startPosition = fractionalYear(startYear, startMonth, startDay);
  // The midpoint runs to the end of the last day, i.e. the start of the next one.
  const endPosition = fractionalYear(endYear, endMonth, endDay + 1);
  return {
    label,
    type,
    start: isoDate(startYear, startMonth, startDay),
    end: isoDate(endYear, endMonth, endDay),
    position: (startPosition + endPosition) / 2,
  };
}

/** The year plus the elapsed fraction of it at 00:00 UTC on the given day (day may overflow into the next month). */
function fractionalYear(year: number, monthNumber: number, dayNumber: number): number {
  const instant = Date.UTC(year, monthNumber - 1, dayNumber);
  const wholeYear = new Date(instant).getUTCFullYear();
  const yearStart = Date.UTC(wholeYear, 0, 1);
  const yearLength = Date.UTC(wholeYear + 1, 0, 1) - yearStart;
  return wholeYear + (instant - yearStart) / yearLength;
}

function daysInMonth(year: number, monthNumber: number): number {
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

function isoDate(year: number, monthNumber: number, dayNumber: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(monthNumber)}-${pad2(dayNumber)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
