import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OmfDataError, findOutcomePlan, mergeDatasets, planProgress, readDataset } from '@omf/sdk';
import type { Indicator, OmfDocument } from '@omf/sdk';

const milestones: Indicator = { id: 'CHN17', title: 'Children meeting developmental milestones', unit: 'percent', decimals: 1, polarity: 'higher-is-better', periodType: 'financial-year' };

function doc(parts: Partial<OmfDocument>): OmfDocument {
  return { omf: 1, indicators: [], observations: [], ...parts };
}

/** A council's plan file: the plan, and the indicator its measure uses, with no figures. */
const planFile = doc({
  title: 'Our LOIP',
  source: { name: 'Community Planning Example' },
  indicators: [milestones],
  plans: [
    {
      id: 'loip',
      partnership: 'Community Planning Example',
      area: 'S12000033',
      title: 'Our LOIP',
      period: { start: '2017-04-01', end: '2026-03-31' },
      outcomes: [
        {
          id: 'o1',
          title: 'Children get the best start',
          theme: 'People',
          measures: [{ id: 'm1', title: 'Milestones', indicator: 'CHN17', baseline: { period: '2016/17', value: 91.8 }, target: { period: '2025/26', value: 95 } }],
        },
      ],
    },
  ],
});

/** The published indicator data: figures for the indicator, another indicator, and a health board it declares. */
const dataFile = doc({
  title: 'LGBF extract',
  source: { name: 'Improvement Service, LGBF', licence: 'OGL-UK-3.0' },
  indicators: [{ ...milestones, title: 'Percentage of Children Meeting Developmental Milestones' }, { id: 'CHN18', title: 'ELC graded good', unit: 'percent', polarity: 'higher-is-better' }],
  areas: [{ code: 'S08000020', name: 'NHS Grampian', type: 'health-board' }],
  observations: [
    { indicator: 'CHN17', area: 'S12000033', period: '2017/18', value: 92.9 },
    { indicator: 'CHN17', area: 'S12000033', period: '2018/19', value: 94.1 },
    { indicator: 'CHN17', area: 'S08000020', period: '2018/19', value: 93.0 },
    { indicator: 'CHN18', area: 'S12000033', period: '2018/19', value: 88 },
  ],
});

test('a plan file and the indicator data it points at merge into one dataset the plan can be measured with', () => {
  const merged = mergeDatasets([readDataset(planFile), readDataset(dataFile)], { names: ['loip.json', 'lgbf.json'] });
  assert.deepEqual(merged.indicators.map((indicator) => indicator.id), ['CHN17', 'CHN18']);
  // The first declaration's words win; the figures' publisher keeps the attribution.
  assert.equal(merged.indicator('CHN17')?.title, 'Children meeting developmental milestones');
  assert.equal(merged.indicator('CHN17')?.source?.name, 'Improvement Service, LGBF');
  assert.equal(merged.indicator('CHN18')?.source?.name, 'Improvement Service, LGBF');
  assert.equal(merged.title, 'Our LOIP');
  assert.equal(merged.source?.name, 'Community Planning Example');
  assert.deepEqual(merged.series('CHN17', 'Aberdeen City').map((point) => point.value), [92.9, 94.1]);
  assert.equal(merged.latest('CHN17', 'NHS Grampian')?.value, 93.0, 'a declared area survives the merge');
  assert.equal(merged.plan('loip')?.title, 'Our LOIP');
  assert.equal(merged.report.observations, 4);

  const progress = planProgress(findOutcomePlan(merged), { dataset: merged, asOf: '2020-01-01' });
  assert.equal(progress.themes[0]?.outcomes[0]?.measures[0]?.latest?.value, '94.1%');
});

test('identical repeats are kept once; the order of the files decides the title', () => {
  const data = readDataset(dataFile);
  const merged = mergeDatasets([data, readDataset(dataFile), readDataset(planFile)]);
  assert.equal(merged.report.observations, 4);
  assert.equal(merged.title, 'LGBF extract');
  assert.equal(merged.indicator('CHN17')?.title, 'Percentage of Children Meeting Developmental Milestones');
});

test('an indicator is illustrative if any file says so', () => {
  const flagged = doc({ indicators: [{ ...milestones, illustrative: true }] });
  const merged = mergeDatasets([readDataset(dataFile), readDataset(flagged)]);
  assert.equal(merged.indicator('CHN17')?.illustrative, true);
});

test('conflicts are listed together, each naming both files', () => {
  const other = doc({
    indicators: [{ ...milestones, unit: 'count', polarity: 'lower-is-better' }],
    observations: [{ indicator: 'CHN17', area: 'S12000033', period: '2018/19', value: 95.0, status: 'provisional' }],
    plans: [{ ...planFile.plans![0]!, title: 'Another LOIP' }],
  });
  assert.throws(
    () => mergeDatasets([readDataset(planFile), readDataset(dataFile), readDataset(other)], { names: ['loip.json', 'lgbf.json', 'other.json'] }),
    (error: unknown) => {
      assert.ok(error instanceof OmfDataError);
      assert.deepEqual(
        error.issues.map((issue) => [issue.file, issue.field, issue.message]),
        [
          ['other.json', 'indicator', 'indicator "CHN17" is declared differently in loip.json: unit count here, percent there; polarity lower-is-better here, higher-is-better there'],
          ['other.json', 'observation', 'CHN17, S12000033, 2018/19 is 95 (provisional) here but 94.1 in lgbf.json'],
          ['other.json', 'plan', 'plan "loip" differs from the one in loip.json'],
        ],
      );
      return true;
    },
  );
});

test('one dataset is returned as it is; none is a RangeError', () => {
  const data = readDataset(dataFile);
  assert.equal(mergeDatasets([data]), data);
  assert.throws(() => mergeDatasets([]), RangeError);
});

test('the built-in sample plans merge with the LGBF and CPOP files without a conflict, and measure the same', () => {
  const read = (name: string) => readDataset(readFileSync(new URL(`../../../examples/data/${name}`, import.meta.url), 'utf8'), { file: name });
  const plans = read('sample-plans.json');
  const merged = mergeDatasets([plans, read('lgbf-children.json'), read('cpop-outcomes.json')]);
  const alone = planProgress(findOutcomePlan(plans), { dataset: plans, asOf: '2024-06-30' });
  const together = planProgress(findOutcomePlan(merged), { dataset: merged, asOf: '2024-06-30' });
  assert.equal(together.summary, '9 of 24 measures achieved or on track');
  assert.equal(together.summary, alone.summary);
  assert.deepEqual(together.counts, alone.counts);
  assert.ok(merged.indicators.length > plans.indicators.length);
});
