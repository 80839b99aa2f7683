/** statistics.gov.scot shapes: SPARQL 1.1 JSON results and whole-cube CSV downloads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OmfDataError, readDataset } from '@omf/sdk';
import type { Indicator } from '@omf/sdk';
import { periodFromUri } from '../src/read/sparql-json.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/read/${name}`, import.meta.url), 'utf8');

test('reference.data.gov.uk period URIs become period labels', () => {
  const cases: Array<[string, string]> = [
    ['http://reference.data.gov.uk/id/year/2016', '2016'],
    ['http://reference.data.gov.uk/id/government-year/2016-2017', '2016-2017'],
    ['http://reference.data.gov.uk/id/gregorian-interval/2016-01-01T00:00:00/P4Y', '2016-2019'],
    ['http://reference.data.gov.uk/id/gregorian-interval/2016-01-01T00:00:00/P1Y', '2016'],
    ['http://reference.data.gov.uk/id/gregorian-interval/2016-04-01T00:00:00/P1Y', '2016-2017'],
    ['http://reference.data.gov.uk/id/gregorian-interval/2016-04-01T00:00:00/P3M', '2016-Q2'],
    ['http://reference.data.gov.uk/id/day/2020-04-22', '2020-04-22'],
    ['http://reference.data.gov.uk/id/month/2011-12', 'December 2011'],
    ['http://reference.data.gov.uk/id/quarter/2020-Q1', '2020-Q1'],
  ];
  for (const [uri, label] of cases) assert.equal(periodFromUri(uri), label, uri);
});

test('SPARQL results as statistics.gov.scot returns them', () => {
  const dataset = readDataset(fixture('sparql.json'), { contentType: 'application/sparql-results+json' });
  assert.equal(dataset.report.format, 'sparql-json');
  assert.equal(dataset.report.rows, 5);
  // ?obs is each observation's own URI, not a dimension: one indicator, named after ?value.
  assert.deepEqual(dataset.indicators.map((indicator) => indicator.id), ['value']);
  assert.equal(dataset.value('value', 'S12000033', '2016/17')?.value, 123.4);
  assert.equal(dataset.value('value', 'S12000033', '2016')?.value, 120);
  const multiYear = dataset.value('value', 'S08000020', '2016-2019');
  assert.equal(multiYear?.value, 150);
  assert.equal(multiYear?.period.type, 'multi-year');
  assert.deepEqual(dataset.value('value', 'S92000003', '2020-04-22')?.observation, {
    indicator: 'value', area: 'S92000003', period: '2020-04-22', value: null, status: 'suppressed', marker: '*',
  });
  // The area label variable declares areas the built-in geography lacks.
  assert.equal(dataset.area('S08000020')?.name, 'Grampian');
  assert.deepEqual(dataset.report.skipped.map(({ pointer, field }) => [pointer, field]), [['/results/bindings/4/area', 'area']]);
});

test('SPARQL: variables mapped by options, extra variables as dimensions, select', () => {
  const binding = (code: string, year: string, sex: string, count: string): object => ({
    geo: { type: 'uri', value: `http://statistics.gov.scot/id/statistical-geography/${code}` },
    yr: { type: 'uri', value: `http://reference.data.gov.uk/id/year/${year}` },
    sex: { type: 'uri', value: `http://statistics.gov.scot/def/concept/gender/${sex}` },
    n: { type: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: count },
  });
  const results = {
    head: { vars: ['geo', 'yr', 'sex', 'n'] },
    results: { bindings: [binding('S12000033', '2020', 'male', '10'), binding('S12000033', '2020', 'female', '12')] },
  };
  const variables = { area: 'geo', period: 'yr', value: 'n' };
  const births: Indicator = { id: 'births', title: 'Births', unit: 'count', polarity: 'neutral' };
  const split = readDataset(results, { variables, indicators: [births] });
  assert.deepEqual(split.indicators.map((indicator) => [indicator.id, indicator.title]), [
    ['births', 'Births'],
    ['births/male', 'Births — male'],
    ['births/female', 'Births — female'],
  ]);
  const female = readDataset(results, { variables, indicators: [births], select: { sex: 'female' } });
  assert.equal(female.value('births', 'S12000033', '2020')?.value, 12);
  assert.equal(female.report.skipped[0]?.pointer, '/results/bindings/0/sex');
  assert.throws(
    () => readDataset(results),
    (error: unknown) => error instanceof OmfDataError && error.issues.map((issue) => issue.message.split(':')[0]).join() === 'no period variable,no value variable',
  );
});

test('cube CSV: measurement as indicator, dimensions, markers and declared areas', () => {
  const dataset = readDataset(fixture('cube.csv'), { file: 'cube.csv' });
  assert.equal(dataset.report.format, 'cube-csv');
  assert.deepEqual(dataset.indicators.map((indicator) => [indicator.id, indicator.title, indicator.unit]), [
    ['percent/all', 'Percent — All', 'percent'],
    ['percent/female', 'Percent — Female', 'percent'],
    ['percent/male', 'Percent — Male', 'percent'],
  ]);
  assert.equal(dataset.value('percent/female', 'S12000033', '2020/21')?.value, 72);
  assert.deepEqual(dataset.value('percent/all', 'S12000034', '2020/2021')?.observation, {
    indicator: 'percent/all', area: 'S12000034', period: '2020/21', value: null, status: 'suppressed', marker: '*',
  });
  assert.deepEqual(dataset.area('S08000020'), { code: 'S08000020', name: 'Grampian', type: 'health-board' });
});

test('cube CSV: one given indicator and a selected dimension', () => {
  const uptake: Indicator = { id: 'uptake', title: 'Uptake', unit: 'percent', polarity: 'higher-is-better' };
  const dataset = readDataset(fixture('cube.csv'), { file: 'cube.csv', indicators: [uptake], select: { Sex: 'All' } });
  assert.deepEqual(dataset.indicators, [uptake]);
  assert.deepEqual(dataset.series('uptake', 'Scotland').map((point) => [point.period.label, point.value]), [['2019/20', 73], ['2020/21', 73.5]]);
  assert.deepEqual(
    dataset.report.skipped.map(({ line, column, field }) => [line, column, field]),
    [[3, 8, 'Sex'], [4, 8, 'Sex'], [6, 8, 'Sex'], [7, 8, 'Sex']],
  );
});
