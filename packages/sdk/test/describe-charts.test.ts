/**
 * describeTrend and describeComparison: the series, rows and sentences behind the trend and
 * compare charts, on the built-in LGBF data and on small made-up datasets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OmfLookupError, describeComparison, describeTrend, readDataset } from '@omf/sdk';
import type { Observation } from '@omf/sdk';

const lgbf = readDataset(readFileSync(new URL('../../../examples/data/lgbf-children.json', import.meta.url), 'utf8'));
const ABERDEEN_CITY = 'S12000033';
const SCOTLAND = 'S92000003';

/** A one-indicator dataset (academic years) from observations. */
function made(observations: Array<Omit<Observation, 'indicator'>>, indicator: Record<string, unknown> = {}) {
  return readDataset({
    omf: 1,
    indicators: [{ id: 'X', title: 'Made-up rate', unit: 'percent', decimals: 1, polarity: 'higher-is-better', periodType: 'academic-year', ...indicator }],
    observations: observations.map((observation) => ({ indicator: 'X', ...observation })),
  });
}

test('describeComparison: CHN18 2020/21 ranks Aberdeen City 31st of 32 with Scotland and the extremes', () => {
  const described = describeComparison(lgbf, 'CHN18', undefined, { highlight: 'Aberdeen City' });
  assert.equal(described.period.label, '2020/21', 'defaults to the latest period with data');
  assert.equal(described.rows.length, 32);
  assert.deepEqual(described.rows.slice(0, 2).map((row) => [row.name, row.valueText, row.rankText]), [
    ['Shetland Islands', '100.0%', '1'],
    ['North Ayrshire', '98.1%', '2'],
  ]);
  assert.equal(described.highlight?.area, ABERDEEN_CITY);
  assert.equal(described.highlight?.valueText, '82.4%');
  assert.equal(described.highlight?.rank, 31);
  assert.equal(described.highlight?.label, 'Aberdeen City, 2020/21: 82.4%');
  assert.deepEqual(described.scotland, { name: 'Scotland', value: 90.9274, valueText: '90.9%', text: 'Scotland: 90.9%' });
  assert.equal(
    described.sentence,
    'In 2020/21, Percentage of Funded Early Years Provision Which is Graded Good/Better in Aberdeen City was 82.4%. ' +
      'Ranked 31st of 32 councils. Scotland: 90.9%. Highest: Shetland Islands, 100.0%. Lowest: Na h-Eileanan Siar, 73.9%.',
  );
  assert.ok(described.rows.every((row) => row.area !== SCOTLAND), 'Scotland is a reference line, not a bar');
  assert.match(described.chartLabel, /^Bar chart of Percentage of Funded .* in 2020\/21: 32 areas, best first$/);
});

test('describeComparison: lower-is-better puts the smallest first; an earlier period can be asked for', () => {
  const described = describeComparison(lgbf, 'CHN1', '2019-20');
  assert.equal(described.period.label, '2019/20');
  const values = described.rows.map((row) => row.value as number);
  assert.deepEqual(values, [...values].sort((a, b) => a - b), 'cheapest first');
  assert.equal(described.rows[0]?.rank, 1);
  assert.equal(described.highlight, undefined);
  assert.match(described.sentence, /^In 2019\/20, 32 of 32 areas had a value for Cost Per Primary School Pupil\. Scotland: £/);
});

test('describeComparison: family group keeps the highlighted council\u2019s eight, ties are joint, withheld values come last', () => {
  const described = describeComparison(lgbf, 'CHN7', '2020/21', { highlight: 'Moray', group: 'family' });
  assert.equal(described.group, 'family');
  assert.deepEqual(
    described.rows.map((row) => [row.name, row.valueText, row.rankText]),
    [
      ['Moray', '31.0%', '1'],
      ['Argyll and Bute', '29.0%', '2'],
      ['East Lothian', '25.0%', '3'],
      ['Highland', '19.0%', '4 (joint)'],
      ['Stirling', '19.0%', '4 (joint)'],
      ['Angus', '18.0%', '6'],
      ['Midlothian', '17.0%', '7'],
      ['Scottish Borders', '15.0%', '8'],
    ],
  );
  assert.match(described.sentence, /Ranked 1st of 8 councils\./);

  const withheld = describeComparison(
    made([
      { area: 'S12000033', period: '2020/21', value: 70 },
      { area: 'S12000034', period: '2020/21', value: null, status: 'suppressed' },
      { area: 'S12000005', period: '2020/21', value: 0 },
      { area: 'S12000006', period: '2020/21', value: 90 },
    ]),
    'X',
  );
  assert.deepEqual(
    withheld.rows.map((row) => [row.name, row.value, row.valueText, row.rankText]),
    [
      ['Dumfries and Galloway', 90, '90.0%', '1'],
      ['Aberdeen City', 70, '70.0%', '2'],
      ['Clackmannanshire', 0, '0.0%', '3'],
      ['Aberdeenshire', null, 'suppressed', ''],
    ],
    'a real zero is ranked; a suppressed value is not a zero',
  );
  assert.match(withheld.sentence, /Highest: Dumfries and Galloway, 90\.0%\. Lowest: Clackmannanshire, 0\.0%\. Aberdeenshire \(suppressed\)\.$/);
});

test('describeComparison: neutral indicators are ordered but not ranked; the period skips values-free periods', () => {
  const described = describeComparison(
    made(
      [
        { area: 'S12000033', period: '2019/20', value: 5 },
        { area: 'S12000034', period: '2019/20', value: 9 },
        { area: 'S12000033', period: '2020/21', value: null, status: 'not-available' },
      ],
      { polarity: 'neutral' },
    ),
    'X',
    undefined,
    { highlight: 'S12000033' },
  );
  assert.equal(described.period.label, '2019/20', '2020/21 has no value anywhere');
  assert.deepEqual(described.rows.map((row) => [row.name, row.rankText, row.rank]), [['Aberdeenshire', '', undefined], ['Aberdeen City', '', undefined]]);
  assert.doesNotMatch(described.sentence, /Ranked/);
});

test('describeComparison: unknown indicator, highlight or period, and family without a council, throw OmfLookupError', () => {
  assert.throws(() => describeComparison(lgbf, 'NOPE'), OmfLookupError);
  assert.throws(() => describeComparison(lgbf, 'CHN18', undefined, { highlight: 'Atlantis' }), OmfLookupError);
  assert.throws(() => describeComparison(lgbf, 'CHN18', 'not a period'), OmfLookupError);
  assert.throws(() => describeComparison(lgbf, 'CHN18', undefined, { group: 'family' }), /needs a council/);
  const future = describeComparison(lgbf, 'CHN18', '2031/32');
  assert.deepEqual(future.rows, [], 'a period without data has no rows');
  assert.equal(future.sentence, 'Percentage of Funded Early Years Provision Which is Graded Good/Better, 2031/32: no data.');
});

test('describeTrend: CHN18 Aberdeen City against Scotland over eleven years', () => {
  const described = describeTrend(lgbf, 'CHN18', ABERDEEN_CITY);
  assert.equal(described.periods.length, 11);
  assert.equal(described.periods[0]?.label, '2010/11');
  assert.equal(described.area.name, 'Aberdeen City');
  assert.equal(described.comparison?.name, 'Scotland');
  const last = described.area.points.at(-1);
  assert.equal(last?.valueText, '82.4%');
  assert.equal(last?.label, 'Aberdeen City, 2020/21: 82.4%');
  assert.equal(described.comparison?.points.at(-1)?.label, 'Scotland, 2020/21: 90.9%');
  assert.equal(described.summary.sentence.startsWith('In 2020/21, Percentage of Funded Early Years Provision'), true);
  assert.equal(described.gaps, undefined);
  assert.equal(described.hasInterval, false);
  assert.equal(
    described.chartLabel,
    'Line chart of Percentage of Funded Early Years Provision Which is Graded Good/Better for Aberdeen City and Scotland, 2010/11 to 2020/21',
  );
});

test('describeTrend: suppressed and missing periods are gaps with words, never zero', () => {
  const described = describeTrend(lgbf, 'CHN7', 'Moray', { compareTo: 'none' });
  assert.equal(described.comparison, undefined);
  const suppressed = described.area.points.filter((point) => point.status === 'suppressed');
  assert.ok(suppressed.length > 0);
  assert.ok(suppressed.every((point) => point.value === null && point.valueText === 'suppressed'));
  assert.match(described.gaps ?? '', /^Moray: no value for 2011\/12 \(suppressed\), /);

  const gappy = describeTrend(
    made([
      { area: 'S12000033', period: '2017/18', value: 60 },
      { area: 'S12000033', period: '2019/20', value: 64 },
      { area: 'S12000034', period: '2018/19', value: 50 },
    ]),
    'X',
    'S12000033',
    { compareTo: 'none' },
  );
  assert.deepEqual(gappy.area.points.map((point) => [point.period.label, point.value, point.valueText]), [
    ['2017/18', 60, '60.0%'],
    ['2018/19', null, 'no data'],
    ['2019/20', 64, '64.0%'],
  ]);
  assert.equal(gappy.gaps, 'Aberdeen City: no value for 2018/19 (no data).');
});

test('describeTrend: intervals, provisional values and the family group average', () => {
  const described = describeTrend(
    made([
      { area: 'S12000033', period: '2019/20', value: 60, lower: 55, upper: 65 },
      { area: 'S12000033', period: '2020/21', value: 62, lower: 57, status: 'provisional' },
      { area: SCOTLAND, period: '2019/20', value: 61 },
    ]),
    'X',
    'S12000033',
  );
  const [first, second] = described.area.points;
  assert.deepEqual([first?.lower, first?.upper, first?.notFinal, first?.intervalText], [55, 65, false, '55.0% to 65.0%']);
  assert.equal(second?.valueText, '62.0% (provisional)');
  assert.deepEqual([second?.lower, second?.notFinal, second?.label], [undefined, true, 'Aberdeen City, 2020/21: 62.0% (provisional)']);
  assert.equal(described.hasInterval, true);
  assert.equal(described.comparison?.points[1]?.valueText, 'no data');

  const family = describeTrend(lgbf, 'CHN18', ABERDEEN_CITY, { compareTo: 'family' });
  assert.equal(family.comparison?.name, 'Family group average');
  assert.equal(family.comparison?.id, 'family');
  assert.equal(family.comparison?.points.length, 11);

  const gaelic = describeTrend(lgbf, 'CHN18', ABERDEEN_CITY, { locale: 'gd' });
  assert.equal(gaelic.comparison?.name, 'Alba');
  assert.match(gaelic.chartLabel, /^Graf loidhne de .* agus Alba, 2010\/11 gu 2020\/21$/);
});

test('describeTrend: Scotland is not compared with itself; unknown names throw OmfLookupError', () => {
  assert.equal(describeTrend(lgbf, 'CHN18', SCOTLAND).comparison, undefined);
  assert.throws(() => describeTrend(lgbf, 'CHN18', 'Atlantis'), OmfLookupError);
  assert.throws(() => describeTrend(lgbf, 'NOPE', ABERDEEN_CITY), OmfLookupError);
  assert.throws(() => describeTrend(lgbf, 'CHN18', ABERDEEN_CITY, { compareTo: 'Atlantis' }), OmfLookupError);
});
