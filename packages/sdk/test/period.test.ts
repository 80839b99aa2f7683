import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { comparePeriods, parsePeriod, type Period, type PeriodType } from '@omf/sdk';

function parsed(text: string, hint?: PeriodType): Period {
  const period = parsePeriod(text, hint);
  assert.ok(period, `expected "${text}" to parse`);
  return period;
}

function pick(period: Period | undefined): Omit<Period, 'position'> | undefined {
  if (!period) return undefined;
  const { label, type, start, end } = period;
  return { label, type, start, end };
}

describe('parsePeriod', () => {
  const financial2023 = { label: '2023/24', type: 'financial-year', start: '2023-04-01', end: '2024-03-31' } as const;
  const cases: Array<[string, PeriodType | undefined, ReturnType<typeof pick>]> = [
    ['2023/24', undefined, financial2023],
    ['2023-24', undefined, financial2023],
    ['2023/2024', undefined, financial2023],
    ['2023-2024', undefined, financial2023],
    [' 2023 – 24 ', undefined, financial2023],
    ['2023/24', 'academic-year', { label: '2023/24', type: 'academic-year', start: '2023-08-01', end: '2024-07-31' }],
    ['2020/2021', 'academic-year', { label: '2020/21', type: 'academic-year', start: '2020-08-01', end: '2021-07-31' }],
    ['1999-00', undefined, { label: '1999/00', type: 'financial-year', start: '1999-04-01', end: '2000-03-31' }],
    ['2023', undefined, { label: '2023', type: 'calendar-year', start: '2023-01-01', end: '2023-12-31' }],
    ['2023-Q2', undefined, { label: '2023-Q2', type: 'quarter', start: '2023-04-01', end: '2023-06-30' }],
    ['2023 Q2', undefined, { label: '2023-Q2', type: 'quarter', start: '2023-04-01', end: '2023-06-30' }],
    ['2023q4', undefined, { label: '2023-Q4', type: 'quarter', start: '2023-10-01', end: '2023-12-31' }],
    ['Quarter 1 2024', undefined, { label: '2024-Q1', type: 'quarter', start: '2024-01-01', end: '2024-03-31' }],
    ['2023-06', undefined, { label: '2023-06', type: 'month', start: '2023-06-01', end: '2023-06-30' }],
    ['2024-02', undefined, { label: '2024-02', type: 'month', start: '2024-02-01', end: '2024-02-29' }],
    ['September 2024', undefined, { label: '2024-09', type: 'month', start: '2024-09-01', end: '2024-09-30' }],
    ['sept 2024', undefined, { label: '2024-09', type: 'month', start: '2024-09-01', end: '2024-09-30' }],
    ['2023-06-30', undefined, { label: '2023-06-30', type: 'date', start: '2023-06-30', end: '2023-06-30' }],
    ['30 June 2023', undefined, { label: '2023-06-30', type: 'date', start: '2023-06-30', end: '2023-06-30' }],
    ['2018-2022', undefined, { label: '2018-2022', type: 'multi-year', start: '2018-01-01', end: '2022-12-31' }],
    ['2017-20', undefined, { label: '2017-2020', type: 'multi-year', start: '2017-01-01', end: '2020-12-31' }],
    ['2010-14', undefined, { label: '2010-2014', type: 'multi-year', start: '2010-01-01', end: '2014-12-31' }],
    ['2018-19', 'multi-year', { label: '2018-2019', type: 'multi-year', start: '2018-01-01', end: '2019-12-31' }],
    // YYYY-NN: a one-year step is a financial year (LGBF), other 01-12 a month, unless hinted.
    ['2011-12', undefined, { label: '2011/12', type: 'financial-year', start: '2011-04-01', end: '2012-03-31' }],
    ['2011-12', 'month', { label: '2011-12', type: 'month', start: '2011-12-01', end: '2011-12-31' }],
    ['2010-12', undefined, { label: '2010-12', type: 'month', start: '2010-12-01', end: '2010-12-31' }],
    ['2010-12', 'multi-year', { label: '2010-2012', type: 'multi-year', start: '2010-01-01', end: '2012-12-31' }],
  ];
  for (const [text, hint, expected] of cases) {
    it(`reads "${text}"${hint ? ` as ${hint}` : ''}`, () => {
      assert.deepEqual(pick(parsePeriod(text, hint)), expected);
    });
  }

  const rejected = ['', 'soon', '2023-13', '2023-00', '2023-02-29', '2023-06-31', '2021-20', '2021-21', '2021-2020',
    '2023/25', '2023/2026', '2023-Q5', 'Smarch 2023', '0999', '32 June 2023', '2023/06'];
  for (const text of rejected) {
    it(`rejects "${text}"`, () => assert.equal(parsePeriod(text), undefined));
  }

  it('places the position at the midpoint, in fractional years', () => {
    assert.equal(parsed('2023').position, 2023.5);
    assert.ok(Math.abs(parsed('2023/24').position - 2023.75) < 0.01);
    assert.ok(Math.abs(parsed('2023/24', 'academic-year').position - 2024.08) < 0.01);
    assert.equal(parsed('2018-2022').position, 2020.5);
  });
});

describe('comparePeriods', () => {
  it('orders by time, not as text', () => {
    const labels = ['2021', '2020-21', '2019-20', '2023-Q1', 'September 2020', '2020-2022', '2019/20'];
    const sorted = labels.map((label) => parsed(label)).sort(comparePeriods).map((period) => period.label);
    assert.deepEqual(sorted, ['2019/20', '2019/20', '2020-2022', '2020/21', '2020-09', '2021', '2023-Q1']);
    assert.ok(comparePeriods(parsed('2019-20'), parsed('2020-21')) < 0);
    assert.ok(comparePeriods(parsed('2020-21'), parsed('2021')) < 0);
    assert.ok(comparePeriods(parsed('2019-20'), parsed('2021')) < 0);
    assert.equal(comparePeriods(parsed('2019-20'), parsed('2019/2020')), 0);
  });

  it('puts a longer period after a shorter one with the same start', () => {
    assert.ok(comparePeriods(parsed('2020-Q1'), parsed('2020')) < 0);
    assert.ok(comparePeriods(parsed('2020'), parsed('2020-2022')) < 0);
    assert.ok(comparePeriods(parsed('2020-01'), parsed('2020-Q1')) < 0);
  });
});

/** Any period label in one of the spellings publishers use, with the hint that reads it as meant. */
type Labelled = [text: string, hint: PeriodType | undefined];
const year = fc.integer({ min: 1900, max: 2098 });
const anyPeriodText: fc.Arbitrary<Labelled> = fc.oneof<fc.Arbitrary<Labelled>[]>(
  year.map((y): Labelled => [String(y), undefined]),
  fc.tuple(year, fc.integer({ min: 1, max: 4 }), fc.constantFrom('-Q', ' Q', 'q')).map(([y, q, sep]): Labelled => [`${y}${sep}${q}`, undefined]),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]): Labelled => [`${y}-${String(m).padStart(2, '0')}`, 'month']),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2098-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d): Labelled => [d.toISOString().slice(0, 10), undefined]),
  fc.tuple(year, fc.constantFrom('/', '-'), fc.boolean(), fc.constantFrom<PeriodType | undefined>('academic-year', 'financial-year', undefined))
    .map(([y, sep, fullYear, hint]): Labelled => [`${y}${sep}${fullYear ? y + 1 : String((y + 1) % 100).padStart(2, '0')}`, hint]),
  fc.tuple(year, fc.integer({ min: 2, max: 10 })).map(([y, span]): Labelled => [`${y}-${y + span}`, 'multi-year']),
);

describe('parsePeriod and comparePeriods, property tests', () => {
  it('canonical labels re-parse to the same period', () => {
    fc.assert(fc.property(anyPeriodText, ([text, hint]) => {
      const period = parsed(text, hint);
      assert.deepEqual(parsePeriod(period.label, period.type), period);
    }));
  });

  it('every period starts no later than it ends, with its position in between', () => {
    fc.assert(fc.property(anyPeriodText, ([text, hint]) => {
      const period = parsed(text, hint);
      assert.ok(period.start <= period.end);
      const startYear = Number(period.start.slice(0, 4));
      const endYear = Number(period.end.slice(0, 4));
      assert.ok(period.position > startYear && period.position < endYear + 1);
    }));
  });

  it('comparePeriods is a total order consistent with start dates', () => {
    const period = anyPeriodText.map(([text, hint]) => parsed(text, hint));
    fc.assert(fc.property(period, period, period, (a, b, c) => {
      assert.equal(comparePeriods(a, a), 0);
      assert.equal(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a)), 0);
      if (comparePeriods(a, b) === 0) assert.deepEqual(a, b);
      if (a.start < b.start) assert.ok(comparePeriods(a, b) < 0);
      if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0) assert.ok(comparePeriods(a, c) <= 0);
    }));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom<PeriodType | undefined>(undefined, 'academic-year', 'month', 'multi-year'), (text, hint) => {
      const period = parsePeriod(text, hint);
      if (period) assert.match(period.start, /^\d{4}-\d{2}-\d{2}$/);
    }));
  });
});
