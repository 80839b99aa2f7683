import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chartText, formatChange, formatPeriod, prepareFormatting, formatValue, parsePeriod, planText, t, type Locale, type Unit, type ValueFormat } from '@omf/sdk';

const MINUS = '\u2212';
const percent: ValueFormat = { unit: 'percent', decimals: 1 };

describe('formatValue', () => {
  const cases: Array<[number, ValueFormat, string]> = [
    [90.94, percent, '90.9%'],
    [90, percent, '90.0%'],
    [4960.4, { unit: 'currency' }, '£4,960'],
    [4960.4, { unit: 'currency', currency: 'EUR', decimals: 2 }, '€4,960.40'],
    [12.34, { unit: 'rate', per: 1000 }, '12.3 per 1,000'],
    [12.34, { unit: 'rate', per: 100000, decimals: 0 }, '12 per 100,000'],
    [12.34, { unit: 'rate' }, '12.3'],
    [1234, { unit: 'count' }, '1,234'],
    [1234567.8, { unit: 'count' }, '1,234,568'],
    [3.54, { unit: 'hours' }, '3.5 hours'],
    [1, { unit: 'days', decimals: 0 }, '1 day'],
    [2.291, { unit: 'ratio' }, '2.29'],
    [101.25, { unit: 'index' }, '101.3'],
    [7.25, { unit: 'score', decimals: 2 }, '7.25'],
    [-2.5, percent, `${MINUS}2.5%`],
    [-120, { unit: 'currency' }, `${MINUS}£120`],
    [-1234, { unit: 'count' }, `${MINUS}1,234`],
    // Rounds to zero: no sign
    [-0.04, percent, '0.0%'],
    [-0, { unit: 'count' }, '0'],
    // Decimals the data declares are clamped rather than thrown on
    [1.5, { unit: 'score', decimals: -3 }, '2'],
    [5, { unit: 'currency', currency: 'pounds' }, '5 pounds'],
  ];
  for (const [value, indicator, expected] of cases) {
    it(`${value} ${JSON.stringify(indicator)} -> ${expected}`, () => assert.equal(formatValue(value, indicator), expected));
  }

  it('shows missing values as words, never as zero', () => {
    assert.equal(formatValue(null, percent), 'no data');
    assert.equal(formatValue(undefined, percent), 'no data');
    assert.equal(formatValue(Number.NaN, percent), 'no data');
    assert.equal(formatValue(Number.POSITIVE_INFINITY, percent), 'no data');
    assert.equal(formatValue(null, percent, { status: 'suppressed' }), 'suppressed');
    assert.equal(formatValue(null, percent, { status: 'not-available' }), 'not available');
    assert.equal(formatValue(null, percent, { status: 'provisional' }), 'no data');
  });

  it('never shows a suppressed value, even when one is present', () => {
    assert.equal(formatValue(42, percent, { status: 'suppressed' }), 'suppressed');
    assert.equal(formatValue(42, percent, { status: 'provisional' }), '42.0%');
  });

  it('speaks Gàidhlig', () => {
    assert.equal(formatValue(null, percent, { locale: 'gd' }), 'gun dàta');
    assert.equal(formatValue(null, percent, { locale: 'gd', status: 'suppressed' }), t('suppressed', 'gd'));
    assert.notEqual(t('suppressed', 'gd'), t('suppressed', 'en'));
    assert.equal(formatValue(90.94, percent, { locale: 'gd' }), '90.9%');
    assert.equal(formatValue(12.34, { unit: 'rate', per: 1000 }, { locale: 'gd' }), '12.3 anns gach 1,000');
    assert.equal(formatValue(4960, { unit: 'currency' }, { locale: 'gd' }), '£4,960');
  });

  const units: Unit[] = ['percent', 'count', 'rate', 'currency', 'ratio', 'score', 'hours', 'days', 'index'];
  const indicator: fc.Arbitrary<ValueFormat> = fc.record({
    unit: fc.constantFrom(...units),
    decimals: fc.option(fc.oneof(fc.integer({ min: -5, max: 30 }), fc.double()), { nil: undefined }),
    per: fc.option(fc.oneof(fc.constantFrom(100, 1000, 10000, 100000), fc.double()), { nil: undefined }),
    currency: fc.option(fc.constantFrom('GBP', 'EUR', 'usd', '', 'not a code'), { nil: undefined }),
  });
  const locale = fc.constantFrom<Locale>('en', 'gd');

  it('never returns NaN, undefined or an empty string for any number (property)', () => {
    fc.assert(fc.property(fc.double(), indicator, locale, (value, format, lang) => {
      const text = formatValue(value, format, { locale: lang });
      assert.ok(text.length > 0);
      assert.doesNotMatch(text, /NaN|undefined|Infinity|null|-/);
    }));
  });

  it('never returns 0 for a missing value (property)', () => {
    const status = fc.option(fc.constantFrom('provisional', 'revised', 'suppressed', 'not-available', 'imputed', 'projected') as
      fc.Arbitrary<'provisional' | 'revised' | 'suppressed' | 'not-available' | 'imputed' | 'projected'>, { nil: undefined });
    fc.assert(fc.property(fc.constantFrom(null, undefined), indicator, locale, status, (value, format, lang, state) => {
      const text = formatValue(value, format, { locale: lang, status: state });
      assert.doesNotMatch(text, /\d/);
      assert.ok([t('no-data', lang), t('suppressed', lang), t('not-available', lang)].includes(text));
    }));
  });
});

describe('formatChange', () => {
  it('gives percentage points for percentages', () => {
    assert.equal(formatChange(1.23, percent), '+1.2 percentage points');
    assert.equal(formatChange(-1.23, percent), `${MINUS}1.2 percentage points`);
    assert.equal(formatChange(1, { unit: 'percent', decimals: 0 }), '+1 percentage point');
    assert.equal(formatChange(1, percent), '+1.0 percentage points');
    assert.equal(formatChange(-0.04, percent), '0.0 percentage points');
    assert.equal(formatChange(1.23, percent, { locale: 'gd' }), '+1.2 puingean sa cheud');
  });

  it('keeps the unit for everything else, with a true minus', () => {
    assert.equal(formatChange(-120, { unit: 'currency' }), `${MINUS}£120`);
    assert.equal(formatChange(120, { unit: 'currency' }), '+£120');
    assert.equal(formatChange(0.5, { unit: 'hours' }), '+0.5 hours');
    assert.equal(formatChange(1.23, { unit: 'rate', per: 1000 }), '+1.2 per 1,000');
    assert.equal(formatChange(-12, { unit: 'count' }), `${MINUS}12`);
    assert.equal(formatChange(0, { unit: 'count' }), '0');
    assert.equal(formatChange(Number.NaN, { unit: 'count' }), 'no data');
  });

  it('puts a true minus, and only there, in every unit and both locales', () => {
    assert.equal(formatChange(-3, { unit: 'hours' }, { locale: 'gd' }), `${MINUS}3.0 uairean a thìde`);
    assert.equal(formatChange(-2, { unit: 'days' }), `${MINUS}2.0 days`);
    assert.equal(formatValue(-4960, { unit: 'currency', currency: 'EUR' }, { locale: 'gd' }), `${MINUS}€4,960`);
    for (const unit of ['percent', 'count', 'rate', 'currency', 'ratio', 'score', 'hours', 'days', 'index'] as const) {
      for (const locale of ['en', 'gd'] as const) {
        const text = formatValue(-1234.5, { unit, per: 1000 }, { locale });
        assert.ok(text.startsWith(MINUS) && !text.slice(1).includes(MINUS) && !text.includes('-'), `${unit} ${locale}: ${text}`);
      }
    }
  });

  it('is signed unless it rounds to zero (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (delta) => {
      const text = formatChange(delta, percent);
      if (Math.abs(delta) < 0.05) assert.match(text, /^0\.0 /);
      else assert.ok(text.startsWith(delta > 0 ? '+' : MINUS), text);
      assert.doesNotMatch(text, /-/);
    }));
  });
});

describe('formatPeriod', () => {
  const cases: Array<[string, Locale, string]> = [
    ['2023/24', 'en', '2023/24'],
    ['2023-24', 'en', '2023/24'],
    ['2023', 'en', '2023'],
    ['2023-Q2', 'en', 'Quarter 2 2023'],
    ['2023-06', 'en', 'June 2023'],
    ['2023-06-30', 'en', '30 June 2023'],
    ['2018-2022', 'en', '2018 to 2022'],
    ['2017-20', 'en', '2017 to 2020'],
    ['2023-Q2', 'gd', 'Cairteal 2 2023'],
    ['2018-2022', 'gd', '2018 gu 2022'],
    ['2023-06', 'gd', 'An t-Ògmhios 2023'],
    ['2023/24', 'gd', '2023/24'],
    ['not a period', 'en', 'not a period'],
  ];
  for (const [text, locale, expected] of cases) {
    it(`"${text}" in ${locale} -> ${expected}`, () => assert.equal(formatPeriod(text, locale), expected));
  }

  it('takes a parsed period, keeping its type', () => {
    const december = parsePeriod('2011-12', 'month');
    assert.ok(december);
    assert.equal(formatPeriod(december), 'December 2011');
  });

  it('gives English text that reads back as the same period', () => {
    for (const label of ['2023-Q2', '2023-06', '2023-06-30', '2023', '2023/24']) {
      assert.deepEqual(parsePeriod(formatPeriod(label)), parsePeriod(label));
    }
  });
});

describe('t', () => {
  it('fills placeholders, formatting numbers for the locale', () => {
    assert.equal(t('rank', 'en', { rank: 3, of: 32 }), 'rank 3 of 32');
    assert.equal(t('unit-rate', 'en', { value: '5', per: 100000 }), '5 per 100,000');
    assert.equal(t('rank', 'en', { rank: 3 }), 'rank 3 of {of}');
    assert.equal(t('rank', 'en', { rank: Number.NaN, of: 32 }), 'rank no data of 32');
  });

  it('has Gàidhlig, and falls back to English for a locale it lacks', () => {
    assert.equal(t('show-table', 'en'), 'Show data as table');
    assert.equal(t('show-table', 'gd'), 'Seall an dàta mar chlàr');
    assert.equal(t('higher-than-scotland'), 'higher than Scotland');
    assert.equal(t('no-data-for-area', 'fr' as Locale), 'No data for this area');
  });
});

describe('chartText and planText', () => {
  it('word the charts and plans in either locale, with placeholders filled as t does', () => {
    assert.equal(chartText('column-period'), 'Period');
    assert.equal(chartText('column-period', 'gd'), 'Ùine');
    assert.equal(chartText('value-range', 'en', { lower: '1.0', upper: '2.5' }), '1.0 to 2.5');
    assert.equal(planText('showing-actions', 'en', { shown: 1200, total: 2400 }), 'Showing 1,200 of 2,400 actions');
    assert.equal(planText('overdue-days', 'gd', { days: Number.NaN }), `Thar an ama le ${t('no-data', 'gd')} làithean`);
    assert.equal(planText('download-csv', 'fr' as Locale), 'Download CSV');
  });
});

describe('prepareFormatting', () => {
  it('readies either locale without changing what is formatted after it', () => {
    for (const locale of ['en', 'gd'] as const) {
      prepareFormatting(locale);
      assert.equal(formatChange(-1.25, percent, { locale }), `${MINUS}1.3 ${locale === 'en' ? 'percentage points' : 'puingean sa cheud'}`);
      assert.equal(formatValue(4960.34, { unit: 'currency', currency: 'GBP' }, { locale }), '£4,960');
    }
  });
});
