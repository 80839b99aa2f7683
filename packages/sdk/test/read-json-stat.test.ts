/** JSON-stat 2.0: roles, index forms, sparse values, status forms, extra dimensions, collections and bundles. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OmfDataError, readDataset, readDatasets } from '@omf/sdk';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/read/${name}`, import.meta.url), 'utf8');

test('a JSON-stat dataset: roles, labels, null values and status markers', () => {
  const dataset = readDataset(fixture('json-stat-dataset.json'));
  assert.equal(dataset.report.format, 'json-stat');
  assert.equal(dataset.report.rows, 4);
  assert.equal(dataset.title, 'CHN17 % of children meeting developmental milestones');
  assert.deepEqual(dataset.source, { name: 'Improvement Service LGBF' });
  const [indicator] = dataset.indicators;
  assert.equal(indicator?.id, 'chn17-of-children-meeting-developmental-milestones');
  assert.equal(dataset.value(indicator?.id ?? '', 'S12000033', '2019/20')?.value, 96.57);
  assert.deepEqual(dataset.value(indicator?.id ?? '', 'Scotland', '2020-21')?.observation, {
    indicator: indicator?.id, area: 'S92000003', period: '2020/21', value: null, status: 'not-available', marker: 'dna',
  });
});

test('one given indicator names a dataset without a metric dimension', () => {
  const chn17 = { id: 'CHN17', title: '% of children meeting developmental milestones', unit: 'percent' as const, polarity: 'higher-is-better' as const };
  const dataset = readDataset(fixture('json-stat-dataset.json'), { indicators: [chn17] });
  assert.deepEqual(dataset.indicators, [chn17]);
  assert.equal(dataset.latest('CHN17', 'S12000033')?.value, 96.57);
});

test('extra dimensions become one indicator per combination, titled with category labels', () => {
  const dataset = readDataset(fixture('json-stat-dimensions.json'));
  assert.deepEqual(dataset.indicators, [
    { id: 'emp/F', title: 'Employment rate — Female', unit: 'percent', polarity: 'neutral', decimals: 1 },
    { id: 'emp/M', title: 'Employment rate — Male', unit: 'percent', polarity: 'neutral', decimals: 1 },
  ]);
  // index given as an object; sparse value object (cell 9 absent); status as a list ("p" = provisional).
  assert.equal(dataset.value('emp/M', 'S08000020', '2022')?.value, 75.5);
  assert.equal(dataset.value('emp/M', 'S08000020', '2023'), undefined);
  assert.equal(dataset.value('emp/F', 'S12000033', '2023')?.observation.status, 'provisional');
  // Geo labels declare areas the built-in geography lacks; codes outside Scotland are skipped.
  assert.equal(dataset.area('S08000020')?.name, 'NHS Grampian');
  assert.equal(dataset.report.rows, 11);
  assert.equal(dataset.report.observations, 7);
  assert.deepEqual(
    dataset.report.skipped.map((issue) => issue.pointer),
    ['/dimension/geography/category/index/E06000001', '/dimension/geography/category/index/E06000001', '/dimension/geography/category/index/E06000001', '/dimension/geography/category/index/E06000001'],
  );
});

test('select fixes an extra dimension; cells outside it are reported', () => {
  const dataset = readDataset(fixture('json-stat-dimensions.json'), { select: { sex: 'Female' } });
  assert.deepEqual(dataset.indicators.map((indicator) => [indicator.id, indicator.title]), [['emp', 'Employment rate']]);
  assert.equal(dataset.value('emp', 'S12000033', '2022')?.value, 72.1);
  const notSelected = dataset.report.skipped.filter((issue) => issue.field === 'sex');
  assert.deepEqual(notSelected.map((issue) => issue.pointer), ['/value/6', '/value/7', '/value/8', '/value/10', '/value/11']);
  assert.equal(notSelected[0]?.message, 'sex is "Male", not the selected "Female"; cell skipped');
  assert.throws(
    () => readDataset(fixture('json-stat-dimensions.json'), { select: { sex: 'Other' } }),
    (error: unknown) => error instanceof OmfDataError && error.issues[0]?.message === 'dimension "sex" has no category "Other"',
  );
});

test('without roles, dimensions are found by options.dimensions or by their ids', () => {
  const document = {
    version: '2.0', class: 'dataset', label: 'Uptake',
    id: ['council', 'when'], size: [1, 1],
    dimension: { council: { category: { index: ['S12000033'] } }, when: { category: { index: ['2024'] } } },
    value: [55],
  };
  assert.throws(
    () => readDataset(document),
    (error: unknown) => error instanceof OmfDataError && error.issues.map((issue) => issue.message).join() === 'no period dimension: give role.time or options.dimensions.period',
  );
  const dataset = readDataset(document, { dimensions: { period: 'when' } });
  assert.equal(dataset.value('uptake', 'S12000033', '2024')?.value, 55);
});

test('a collection yields its first dataset, or all of them with readDatasets', () => {
  const first = readDataset(fixture('json-stat-collection.json'));
  assert.equal(first.title, 'CHN18');
  assert.equal(first.value('chn18', 'S12000033', '2020-21')?.value, 82.4176);
  const all = readDatasets(fixture('json-stat-collection.json'));
  assert.deepEqual(all.map((dataset) => dataset.title), ['CHN18', 'CHN17']);
});

test('a bundle (JSON-stat 1.0 style, ids and sizes inside dimension) yields its members', () => {
  const all = readDatasets(fixture('json-stat-bundle.json'));
  assert.deepEqual(all.map((dataset) => [dataset.title, dataset.report.observations]), [['CHN18', 2], ['CHN17', 1]]);
  assert.equal(readDataset(fixture('json-stat-bundle.json')).title, 'CHN18');
});

test('a category id such as "constructor" finds only its own label', () => {
  const document = {
    version: '2.0', class: 'dataset', label: 'Odd',
    id: ['area', 'period', 'group'], size: [1, 1, 2], role: { geo: ['area'], time: ['period'] },
    dimension: {
      area: { category: { index: ['S12000033'] } },
      period: { category: { index: ['2024'] } },
      group: { category: { index: ['constructor', '__proto__'] } },
    },
    value: [1, 2],
  };
  const dataset = readDataset(document);
  assert.deepEqual(dataset.indicators.map((indicator) => indicator.title), ['Odd — constructor', 'Odd — __proto__']);
});
