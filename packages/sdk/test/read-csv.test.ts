/** Tidy CSV and indicator CSV: shapes, aliases, CSV edge cases, skip rules and the real LGBF file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OmfDataError, readDataset, readIndicatorsCsv } from '@omf/sdk';
import type { Indicator } from '@omf/sdk';

const fixtures = new URL('./fixtures/read/', import.meta.url);
const repoRoot = new URL('../../../', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

const indicators = readIndicatorsCsv(fixture('indicators.csv'), { file: 'indicators.csv' });

test('readIndicatorsCsv reads our words and LGBF spellings', () => {
  assert.deepEqual(indicators, [
    { id: 'elc-quality', title: '% of funded ELC settings graded good or better', unit: 'percent', polarity: 'higher-is-better', decimals: 1, periodType: 'financial-year', theme: 'ELC' },
    { id: 'elc-cost', title: 'Cost per pre-school place', unit: 'currency', polarity: 'lower-is-better', decimals: 0, periodType: 'financial-year', theme: 'ELC' },
    { id: 'exclusions', title: 'School exclusions', unit: 'rate', per: 1000, polarity: 'lower-is-better', decimals: 1 },
  ]);
});

test('tidy CSV: values, intervals, markers, statuses, name variants, retired codes and declared areas', () => {
  const dataset = readDataset(fixture('tidy.csv'), { file: 'tidy.csv', indicators });
  assert.equal(dataset.report.format, 'csv');
  assert.deepEqual({ rows: dataset.report.rows, observations: dataset.report.observations, skipped: dataset.report.skipped }, { rows: 6, observations: 6, skipped: [] });
  assert.deepEqual(dataset.value('elc-quality', 'S12000033', '2022/23')?.observation, {
    indicator: 'elc-quality', area: 'S12000033', period: '2022/23', value: 88.5, lower: 85.1, upper: 91.9, numerator: 177, denominator: 200,
  });
  assert.equal(dataset.value('elc-quality', 'Aberdeen City', '2023-24')?.observation.status, 'provisional');
  // "Argyll & Bute" is a name variant; "*" is a suppression marker.
  assert.deepEqual(dataset.value('elc-quality', 'S12000035', '2023/24')?.observation, {
    indicator: 'elc-quality', area: 'S12000035', period: '2023/24', value: null, status: 'suppressed', marker: '*',
  });
  // S12000046 is Glasgow City's code until 2019: stored under the current code.
  assert.equal(dataset.value('elc-quality', 'S12000049', '2023/24')?.value, 91);
  assert.equal(dataset.value('elc-quality', 'S12000046', '2023/24')?.observation.area, 'S12000049');
  // A GSS code the built-in geography lacks is declared by its area_name.
  assert.deepEqual(dataset.area('S08000020'), { code: 'S08000020', name: 'NHS Grampian' });
  assert.deepEqual(dataset.toDocument().areas, [{ code: 'S08000020', name: 'NHS Grampian' }]);
  assert.equal(dataset.indicator('elc-quality')?.decimals, 1);
});

test('BOM, CRLF, quoted commas, quotes and line breaks; line numbers count lines inside quotes', () => {
  const text = fixture('messy.csv');
  assert.ok(text.startsWith('\uFEFF') && text.includes('\r\n'));
  assert.throws(
    () => readDataset(text, { file: 'messy.csv' }),
    (error: unknown) =>
      error instanceof OmfDataError &&
      error.issues.length === 1 &&
      // Row 3 of the file starts on line 3 and its quoted note runs onto line 4, so the bad row is line 5.
      error.issues[0]?.line === 5 &&
      error.issues[0]?.column === 4 &&
      error.issues[0]?.field === 'value',
  );
  const good = readDataset(text.replace(/elc-quality,S12000041[^\n]*\n$/, ''));
  assert.deepEqual(
    good.toDocument().observations.map((observation) => [observation.area, observation.value]),
    [['S12000033', 88.5], ['S12000034', 77]],
  );
});

test('a __proto__ or constructor header is an ordinary column and leaves Object.prototype alone', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const csv = '__proto__,constructor,indicator,area,period,value,toString\n{"polluted":1},x,emp,S12000033,2023,1,y\n';
  const dataset = readDataset(csv);
  assert.equal(dataset.value('emp', 'S12000033', '2023')?.value, 1);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(typeof ({}).toString, 'function');
  // And as an indicator id in metadata.
  const [proto] = readIndicatorsCsv('id,title,unit,polarity\n__proto__,Odd name,count,neutral\n');
  assert.equal(proto?.id, '__proto__');
  assert.equal(({} as Record<string, unknown>).title, undefined);
});

test('rows for areas outside Scotland are skipped and reported, not failed', () => {
  const dataset = readDataset(fixture('uk.csv'), { file: 'uk.csv' });
  assert.equal(dataset.report.rows, 5);
  assert.equal(dataset.report.observations, 2);
  assert.deepEqual(
    dataset.report.skipped.map(({ line, column, field, message }) => ({ line, column, field, message })),
    [
      { line: 3, column: 2, field: 'area', message: 'area E06000001 is outside Scotland; row skipped' },
      { line: 4, column: 2, field: 'area', message: 'area W06000001 is outside Scotland; row skipped' },
      { line: 5, column: 2, field: 'area', message: 'area K02000001 is outside Scotland; row skipped' },
    ],
  );
  assert.deepEqual(dataset.areas.map((area) => area.code), ['S12000033', 'S92000003']);
});

test('without metadata, indicators are made from the ids: neutral, plain numbers', () => {
  const dataset = readDataset(fixture('uk.csv'));
  assert.deepEqual(dataset.indicators, [{ id: 'emp', title: 'emp', unit: 'score', polarity: 'neutral' }]);
});

test('select and options.indicators filter rows; what they leave out is reported', () => {
  const csv = 'indicator,area,period,value\na,S12000033,2023,1\nb,S12000033,2023,2\nc,S12000033,2023,3\n';
  const selected = readDataset(csv, { select: { indicator: 'b' } });
  assert.deepEqual(selected.indicators.map((indicator) => indicator.id), ['b']);
  assert.deepEqual(
    selected.report.skipped.map(({ line, column, message }) => [line, column, message]),
    [
      [2, 1, 'indicator is "a", not the selected "b"; row skipped'],
      [4, 1, 'indicator is "c", not the selected "b"; row skipped'],
    ],
  );
  const only: Indicator[] = [{ id: 'c', title: 'C', unit: 'count', polarity: 'neutral' }];
  const filtered = readDataset(csv, { indicators: only });
  assert.deepEqual(filtered.indicators, only);
  assert.equal(filtered.report.observations, 1);
  assert.deepEqual(
    filtered.report.skipped.map(({ line, field, message }) => [line, field, message]),
    [
      [2, 'indicator', 'indicator "a" is not among the indicators given; row skipped'],
      [3, 'indicator', 'indicator "b" is not among the indicators given; row skipped'],
    ],
  );
  assert.throws(() => readDataset(csv, { select: { sex: 'F' } }), (error: unknown) => error instanceof OmfDataError && error.issues[0]?.field === 'select' && error.issues[0]?.line === 1);
});

test('options.indicators is validated too', () => {
  const bad = [{ id: 'a', title: 'A', unit: 'furlongs', polarity: 'neutral' }] as unknown as Indicator[];
  assert.throws(
    () => readDataset('indicator,area,period,value\na,S12000033,2023,1\n', { indicators: bad }),
    (error: unknown) =>
      error instanceof OmfDataError &&
      error.issues[0]?.file === 'options.indicators' &&
      error.issues[0]?.pointer === '/0/unit' &&
      error.issues[0]?.field === 'unit',
  );
});

test('period type hint: a one-year step is academic when the indicator says so', () => {
  const academic: Indicator[] = [{ id: 'att', title: 'Attendance', unit: 'percent', polarity: 'higher-is-better', periodType: 'academic-year' }];
  const dataset = readDataset('indicator,area,period,value\natt,S12000033,2022-23,92\n', { indicators: academic });
  const point = dataset.value('att', 'S12000033', '2022/23');
  assert.equal(point?.period.type, 'academic-year');
  assert.equal(point?.period.start, '2022-08-01');
});

// Real data: the LGBF children's indicators the project ships (data/raw), found from this file's URL.
const lgbfText = readFileSync(new URL('data/raw/lgbf_children_indicators.csv', repoRoot), 'utf8');
const lgbf = readDataset(lgbfText, { file: 'lgbf_children_indicators.csv' });

test('real LGBF CSV: the shipped shape is read through header aliases', () => {
  assert.equal(lgbf.report.rows, 10461);
  assert.equal(lgbf.report.skipped.length, 0);
  // One observation per row, plus one per real-terms value (value_real) as <code>-Real.
  assert.equal(lgbf.report.observations, 10461 + 1749);
  assert.equal(lgbf.value('CHN18', 'Aberdeen City', '2020-21')?.value, 82.4176);
  assert.equal(lgbf.value('CHN1-Real', 'S12000033', '2010/11')?.value, 6193.57);
  assert.equal(lgbf.compare('CHN18', '2020-21').length, 33);
});

test('real LGBF CSV: markers become null values with a status, never zero', () => {
  assert.deepEqual(lgbf.value('CHN8a', 'S12000033', '2020-21')?.observation, {
    indicator: 'CHN8a', area: 'S12000033', period: '2020/21', value: null, status: 'not-available', marker: 'dna',
  });
  assert.equal(lgbf.value('CHN6', 'Moray', '2011-12')?.observation.status, 'suppressed');
  assert.equal(lgbf.value('CHN6', 'Orkney Islands', '2011-12')?.observation.marker, 'NA');
  assert.equal(lgbf.value('CHN14a', 'Eilean Siar', '2018-19')?.observation.marker, 'N/A');
});

test('real LGBF CSV: multi-year pooled periods sort among the yearly ones', () => {
  const labels = lgbf.periods('CHN10').map((period) => period.label);
  assert.deepEqual(labels.slice(0, 4), ['2010-2014', '2010/11', '2012-2015', '2012/13']);
  assert.equal(lgbf.value('CHN10', 'S92000003', '2017-20')?.period.type, 'multi-year');
});

test('real LGBF CSV: options.indicators keeps just those indicators and reports the rest', () => {
  const chn18: Indicator = { id: 'CHN18', title: '% of funded early years provision graded good/better', unit: 'percent', polarity: 'higher-is-better', decimals: 1 };
  const dataset = readDataset(lgbfText, { indicators: [chn18] });
  assert.deepEqual(dataset.indicators, [chn18]);
  assert.equal(dataset.report.observations, 363);
  assert.equal(dataset.report.skipped.length, 10461 - 363 + 1749);
  assert.ok(dataset.report.skipped.every((issue) => issue.field === 'indicator' || issue.field === 'value_real'));
});
