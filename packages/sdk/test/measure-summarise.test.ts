import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OmfLookupError, compareWith, progressToTarget, readDataset, summarise } from '@omf/sdk';
import type { Indicator, Observation } from '@omf/sdk';

// Real LGBF CHN18 values, 32 councils and Scotland, 2016-17 to 2020-21 (Improvement Service, OGL v3).
const chn18 = readDataset(readFileSync(new URL('./fixtures/measure-chn18.json', import.meta.url), 'utf8'));

const close = (actual: number | undefined, expected: number, tolerance = 1e-6) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < tolerance, `${actual} is not about ${expected}`);

test('summarise: Aberdeen City CHN18 2020/21 against Scotland', () => {
  const summary = summarise(chn18, 'CHN18', 'Aberdeen City');
  assert.equal(summary.area, 'S12000033');
  assert.equal(summary.areaName, 'Aberdeen City');
  assert.equal(summary.latest?.period.label, '2020/21');
  assert.equal(summary.previous?.period.label, '2019/20');
  close(summary.change?.absolute, 82.4176 - 77.2);
  assert.equal(summary.changeText, '+5.2 percentage points (2019/20 to 2020/21)');
  assert.equal(summary.trend.direction, 'worsening', 'five-year slope about −2.0 pp a year');
  assert.equal(summary.comparison?.comparator, 'scotland');
  close(summary.comparison?.value, 90.9274);
  close(summary.comparison?.difference, 82.4176 - 90.9274);
  assert.equal(summary.comparison?.judgement, 'worse');
  // Only Na h-Eileanan Siar (73.9%) is lower among the 32 councils in 2020-21.
  assert.deepEqual(summary.rank, { rank: 31, of: 32, tied: false });
  // Worse than Scotland and falling faster (−2.0 against −0.2 pp a year): red.
  assert.equal(summary.rag?.status, 'red');
  assert.equal(
    summary.sentence,
    'In 2020/21, % of funded early years provision graded good/better in Aberdeen City was 82.4%, a change of +5.2 percentage points from 2019/20. ' +
      'Trend from 2016/17 to 2020/21: worsening. Scotland: 90.9%. Ranked 31st of 32 councils.',
  );
});

test('summarise: the family group average includes every member with a value, the area itself too', () => {
  const summary = summarise(chn18, 'CHN18', 'S12000033', { compareTo: 'family' });
  // Mean of the 8 people-services family group 1 councils in 2020-21, worked in the fixture's source.
  close(summary.comparison?.value, 91.3696125);
  assert.equal(summary.comparison?.members?.length, 8);
  assert.ok(summary.comparison?.members?.includes('S12000033'));
  assert.equal(summary.comparison?.text, 'Family group average: 91.4%');
  assert.match(summary.sentence, /Family group average: 91\.4%\./);
  assert.equal(summary.rag?.status, 'red');
});

test('summarise: as of an earlier period, in Gàidhlig, against a named council, and with no comparison', () => {
  const earlier = summarise(chn18, 'CHN18', 'S12000033', { period: '2018-19' });
  assert.equal(earlier.latest?.value, 76.087);
  assert.equal(earlier.previous?.period.label, '2017/18');
  assert.equal(earlier.trend.to?.label, '2018/19', 'nothing after the period counts');
  assert.equal(earlier.rank?.of, 32);

  const gd = summarise(chn18, 'CHN18', 'S12000033', { locale: 'gd' });
  assert.equal(gd.areaName, 'Obar Dheathain');
  assert.match(gd.sentence, /a’ fàs nas miosa/);
  assert.match(gd.sentence, /Àite 31 à 32\.$/);

  const named = summarise(chn18, 'CHN18', 'S12000033', { compareTo: 'Aberdeenshire' });
  assert.equal(named.comparison?.comparator, 'S12000034');
  assert.equal(named.comparison?.label, 'Aberdeenshire');

  const alone = summarise(chn18, 'CHN18', 'S12000033', { compareTo: 'none' });
  assert.equal(alone.comparison, undefined);
  assert.equal(alone.rag, undefined);
});

test('summarise: Scotland is not compared with itself and is not ranked among councils', () => {
  const summary = summarise(chn18, 'CHN18', 'Scotland');
  assert.equal(summary.comparison, undefined);
  assert.equal(summary.rank, undefined);
  assert.equal(summary.trend.direction, 'no-clear-change');
  assert.equal(summary.sentence.includes('Ranked'), false);
});

test('summarise: unknown indicator or area throws OmfLookupError', () => {
  assert.throws(() => summarise(chn18, 'CHN99', 'S12000033'), (error: unknown) => error instanceof OmfLookupError && error.kind === 'indicator');
  assert.throws(() => summarise(chn18, 'CHN18', 'Atlantis'), (error: unknown) => error instanceof OmfLookupError && error.kind === 'area');
  assert.throws(() => summarise(chn18, 'CHN18', 'S12000033', { compareTo: 'Atlantis' }), OmfLookupError);
});

// A small dataset for the other polarities.
const indicators: Indicator[] = [
  { id: 'COST', title: 'Cost per registration', unit: 'currency', polarity: 'lower-is-better', periodType: 'financial-year' },
  { id: 'SPEND', title: 'Share of budget spent', unit: 'ratio', polarity: 'target-range', target: 1, periodType: 'financial-year' },
  { id: 'REG', title: 'Registrations', unit: 'count', polarity: 'neutral', periodType: 'financial-year' },
];
const observations: Observation[] = [
  ...[['2019/20', 5200, 5000], ['2020/21', 4900, 5100]].flatMap(([period, council, scotland]) => [
    { indicator: 'COST', area: 'S12000033', period: String(period), value: Number(council) },
    { indicator: 'COST', area: 'S92000003', period: String(period), value: Number(scotland) },
  ]),
  { indicator: 'SPEND', area: 'S12000033', period: '2020/21', value: 0.95, status: 'provisional' },
  { indicator: 'SPEND', area: 'S92000003', period: '2020/21', value: 1.1 },
  // As far above the target as Aberdeen City is below it: a tie.
  { indicator: 'SPEND', area: 'S12000034', period: '2020/21', value: 1.05 },
  { indicator: 'REG', area: 'S12000033', period: '2020/21', value: 900 },
  { indicator: 'REG', area: 'S92000003', period: '2020/21', value: 90000 },
  { indicator: 'COST', area: 'S12000034', period: '2020/21', value: null, status: 'suppressed' },
];
const small = readDataset({ omf: 1, indicators, observations });

test('compareWith: lower-is-better, target-range and neutral judgements', () => {
  const cost = compareWith(small, 'COST', 'S12000033', '2020-21', 'scotland');
  assert.equal(cost.difference, -200);
  assert.equal(cost.judgement, 'better', 'cheaper is better');
  assert.equal(cost.text, 'Scotland: £5,100');
  assert.equal(compareWith(small, 'COST', 'S12000033', '2019/20', 'scotland').judgement, 'worse');
  // 0.95 is 0.05 from the target of 1; Scotland's 1.1 is 0.1 from it.
  assert.equal(compareWith(small, 'SPEND', 'S12000033', '2020/21', 'scotland').judgement, 'better');
  const neutral = compareWith(small, 'REG', 'S12000033', '2020/21', 'scotland');
  assert.equal(neutral.judgement, undefined);
  assert.equal(neutral.difference, -89100);
  const missing = compareWith(small, 'COST', 'S12000033', '2018/19', 'scotland');
  assert.equal(missing.value, undefined);
  assert.equal(missing.difference, undefined);
  assert.equal(missing.text, 'Scotland: no data');
  assert.throws(() => compareWith(small, 'COST', 'S12000033', 'whenever', 'scotland'), OmfLookupError);
});

test('summarise: an area with no values gets a no-data summary, not an error', () => {
  const summary = summarise(small, 'COST', 'Aberdeenshire');
  assert.equal(summary.latest, undefined);
  assert.equal(summary.trend.direction, 'not-enough-data');
  assert.equal(summary.sentence, 'Cost per registration in Aberdeenshire: no data.');
  const elsewhere = summarise(small, 'COST', 'Highland', { period: '2020/21' });
  assert.equal(elsewhere.sentence, 'Cost per registration in Highland in 2020/21: no data.');
  // A neutral indicator is described, not ranked.
  const registrations = summarise(small, 'REG', 'S12000033');
  assert.equal(registrations.rank, undefined);
  assert.equal(registrations.rag?.status, 'not-judged');
  const provisional = summarise(small, 'SPEND', 'S12000033');
  assert.match(provisional.sentence, /was 0\.95 \(provisional\)\. Scotland: 1\.10\. Ranked joint 1st of 2 councils\.$/);
  assert.deepEqual(provisional.rank, { rank: 1, of: 2, tied: true });
});

test('progressToTarget: observations from the dataset for the measure indicator and area', () => {
  const measure = {
    id: 'elc-quality',
    title: 'Funded ELC graded good or better',
    indicator: 'CHN18',
    baseline: { period: '2016-17', value: 88.1 },
    target: { period: '2023-24', value: 95 },
  };
  const progress = progressToTarget(measure, { dataset: chn18, area: 'S12000033' });
  assert.equal(progress.latest?.value, 82.4176);
  assert.equal(progress.observations.length, 5);
  assert.equal(progress.direction, 'up', 'from the indicator polarity');
  assert.equal(progress.status, 'off-track', 'the fitted line falls away from the target');
  assert.match(progress.sentence, /^Funded ELC graded good or better: 82\.4% in 2020\/21, against a baseline of 88\.1% \(2016\/17\) and a target of 95\.0% by 2023\/24\./);
  assert.throws(() => progressToTarget(measure, { dataset: chn18 }), OmfLookupError, 'no area');
  assert.throws(() => progressToTarget({ ...measure, indicator: 'CHN99' }, { dataset: chn18, area: 'S12000033' }), OmfLookupError);
});

test('summarise: a newer period without a value is named, and trendText gives the span', () => {
  const dataset = readDataset({
    omf: 1,
    indicators: [{ id: 'CHN17', title: '% of children meeting developmental milestones', unit: 'percent', decimals: 1, polarity: 'higher-is-better' }],
    observations: [
      { indicator: 'CHN17', area: 'S12000033', period: '2017/18', value: 93.3036 },
      { indicator: 'CHN17', area: 'S12000033', period: '2018/19', value: 96.7726 },
      { indicator: 'CHN17', area: 'S12000033', period: '2019/20', value: 96.57 },
      { indicator: 'CHN17', area: 'S12000033', period: '2020/21', value: null, status: 'not-available', marker: 'dna' },
    ],
  });
  const summary = summarise(dataset, 'CHN17', 'S12000033', { compareTo: 'none' });
  assert.equal(summary.latest?.period.label, '2019/20');
  assert.equal(summary.laterWithoutValue?.period.label, '2020/21');
  assert.match(summary.sentence, /No figure for 2020\/21 \(not available\)\./);
  assert.equal(summary.trendText, 'Trend 2017/18 to 2019/20: improving');

  const asked = summarise(dataset, 'CHN17', 'S12000033', { period: '2020/21', compareTo: 'none' });
  assert.equal(asked.latest, undefined);
  assert.match(asked.sentence, /in 2020\/21: not available\.$/);
  assert.doesNotMatch(asked.sentence, /no data/);
});
