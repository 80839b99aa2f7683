import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OmfLookupError, findActionPlan, findOutcomePlan, localIsoDate, planProgress, readDataset } from '@omf/sdk';
import type { OmfDocument, OutcomeMeasure, OutcomePlan } from '@omf/sdk';

function measure(id: string, values: number[], extra: Partial<OutcomeMeasure> = {}): OutcomeMeasure {
  // Observations from 2020/21 onwards, one a year.
  return {
    id,
    title: `Measure ${id}`,
    unit: 'percent',
    polarity: 'higher-is-better',
    baseline: { period: '2019/20', value: 50 },
    target: { period: '2025/26', value: 62 },
    observations: values.map((value, index) => ({ period: `${2020 + index}/${String(21 + index).padStart(2, '0')}`, value })),
    ...extra,
  };
}

const plan: OutcomePlan = {
  id: 'loip',
  partnership: 'Test CPP',
  area: 'S12000033',
  title: 'Test LOIP',
  period: { start: '2020-04-01', end: '2026-03-31' },
  outcomes: [
    { id: 'o1', title: 'Work', theme: 'Economy', measures: [measure('on', [52, 54, 56]), measure('done', [55, 60, 63])] },
    { id: 'o2', title: 'Health', theme: 'People', locality: 'North', measures: [measure('risk', [51.6, 53.2, 54.8]), measure('away', [49, 48, 46])] },
    { id: 'o3', title: 'Jobs again', theme: 'Economy', locality: 'South', measures: [measure('none', [])] },
  ],
};

test('measures are grouped by theme in first-seen order, outcomes in plan order, each with its words and figures', () => {
  const progress = planProgress(plan, { asOf: '2024-06-30' });
  assert.deepEqual(
    progress.themes.map((theme) => [theme.theme, theme.outcomes.map((outcome) => outcome.outcome.id)]),
    [['Economy', ['o1', 'o3']], ['People', ['o2']]],
  );
  const on = progress.themes[0]!.outcomes[0]!.measures[0]!;
  assert.deepEqual(on.baseline, { value: '50%', period: '2019/20' });
  assert.deepEqual(on.latest, { value: '56%', period: '2022/23' });
  assert.deepEqual(on.target, { value: '62%', period: '2025/26' });
  assert.equal(on.progress.status, 'on-track');
  assert.equal(on.statusLabel, 'On track');
  assert.equal(on.percentOfWay, '50% of the way from baseline to target');
  assert.equal(on.projection, '62% by 2025/26');
  assert.equal(on.illustrative, false);

  const away = progress.themes[1]!.outcomes[0]!.measures[1]!;
  assert.equal(away.statusLabel, 'Off track');
  assert.equal(away.percentOfWay, 'further from the target than at the baseline', 'a negative share is said in words');

  const none = progress.themes[0]!.outcomes[1]!.measures[0]!;
  assert.equal(none.latest, undefined);
  assert.equal(none.percentOfWay, undefined);
  assert.equal(none.projection, 'not enough data to project');
  assert.equal(none.statusLabel, 'Not enough data');
});

test('the summary counts achieved and on-track measures, with counts by status', () => {
  const progress = planProgress(plan, { asOf: '2024-06-30' });
  assert.equal(progress.total, 5);
  assert.equal(progress.onTrack, 2);
  assert.equal(progress.summary, '2 of 5 measures achieved or on track');
  assert.deepEqual(progress.counts, { achieved: 1, 'on-track': 1, 'at-risk': 1, 'off-track': 1, 'not-enough-data': 1 });
  assert.deepEqual(
    progress.statusCounts.map((entry) => `${entry.label}: ${entry.count}`),
    ['Achieved: 1', 'On track: 1', 'At risk: 1', 'Off track: 1', 'Not enough data: 1'],
  );
  assert.deepEqual(progress.localities, ['North', 'South']);
  assert.equal(progress.illustrative, false);
});

test('asOf leaves later observations out', () => {
  const early = planProgress(plan, { asOf: '2021-12-31', outcome: 'o1' });
  assert.deepEqual(early.themes[0]!.outcomes[0]!.measures[0]!.latest, { value: '52%', period: '2020/21' });
});

test('a locality or an outcome narrows what is shown and counted; one measure reads in the singular', () => {
  const north = planProgress(plan, { asOf: '2024-06-30', locality: 'North' });
  assert.deepEqual(north.themes.map((theme) => theme.theme), ['People']);
  assert.equal(north.summary, '0 of 2 measures achieved or on track');
  assert.deepEqual(north.localities, ['North', 'South'], 'every locality stays on offer');
  const single = planProgress({ ...plan, outcomes: [{ ...plan.outcomes[0]!, measures: [measure('on', [52, 54, 56])] }] }, { asOf: '2024-06-30' });
  assert.equal(single.summary, '1 of 1 measure achieved or on track');
  assert.equal(planProgress(plan, { asOf: '2024-06-30', outcome: 'o2' }).total, 2);
});

test('an unknown outcome or locality is a lookup error naming what there is', () => {
  assert.throws(() => planProgress(plan, { outcome: 'o9' }), (error: unknown) => error instanceof OmfLookupError && /unknown outcome "o9" in plan "loip"/.test(error.message));
  assert.throws(() => planProgress(plan, { locality: 'East' }), (error: unknown) => error instanceof OmfLookupError && /"East" \(localities: North, South\)/.test(error.message));
});

test('indicator measures take their figures, format and source from the dataset, in the plan area', () => {
  const dataset = readDataset({
    omf: 1,
    source: { name: 'Plan file' },
    indicators: [{ id: 'EARN', title: 'Median weekly earnings', unit: 'currency', decimals: 0, polarity: 'higher-is-better', periodType: 'financial-year', source: { name: 'ASHE' }, illustrative: true }],
    observations: [
      { indicator: 'EARN', area: 'S12000033', period: '2020/21', value: 480 },
      { indicator: 'EARN', area: 'S12000033', period: '2021/22', value: 498.4 },
    ],
    plans: [
      {
        ...plan,
        outcomes: [
          { id: 'e', title: 'Earnings rise', theme: 'Economy', measures: [{ id: 'e1', title: 'Earnings', indicator: 'EARN', baseline: { period: '2015/16', value: 466.3 }, target: { period: '2025/26', value: 550 } }] },
          { id: 'own', title: 'Own figures', theme: 'Economy', measures: [measure('own', [51])] },
        ],
      },
    ],
  } satisfies OmfDocument);
  const progress = planProgress(findOutcomePlan(dataset, 'loip'), { dataset, asOf: '2024-06-30', locale: 'en' });
  const earnings = progress.themes[0]!.outcomes[0]!.measures[0]!;
  assert.deepEqual(earnings.baseline, { value: '£466', period: '2015/16' });
  assert.deepEqual(earnings.latest, { value: '£498', period: '2021/22' });
  assert.equal(earnings.indicator?.id, 'EARN');
  assert.equal(earnings.illustrative, true, 'an illustrative indicator makes the measure illustrative');
  assert.deepEqual(progress.sources.map((source) => source.name), ['ASHE', 'Plan file']);
});

test('Gàidhlig words come from the catalogue', () => {
  const progress = planProgress(plan, { asOf: '2024-06-30', locale: 'gd' });
  assert.equal(progress.summary, '2 à 5 tomhasan air an coileanadh no air an t-slighe cheart');
  assert.equal(progress.themes[0]!.outcomes[0]!.measures[0]!.statusLabel, 'Air an t-slighe cheart');
});

test('findOutcomePlan and findActionPlan pick by id, or the only one, and say what there is otherwise', () => {
  const two = readDataset({ omf: 1, indicators: [], observations: [], plans: [plan, { ...plan, id: 'other' }] });
  assert.equal(findOutcomePlan(two, 'other').id, 'other');
  assert.throws(() => findOutcomePlan(two), /the data has 2 outcome plans: name one \(loip, other\)/);
  assert.throws(() => findOutcomePlan(two, 'x'), (error: unknown) => error instanceof OmfLookupError && error.kind === 'plan' && /unknown outcome plan "x" \(the data has: loip, other\)/.test(error.message));
  assert.throws(() => findActionPlan(two), (error: unknown) => error instanceof OmfLookupError && error.kind === 'actionPlan' && /no action plan/.test(error.message));
  const one = readDataset({ omf: 1, indicators: [], observations: [], plans: [plan] });
  assert.equal(findOutcomePlan(one).id, 'loip');
});

test('localIsoDate gives the calendar date where the code runs', () => {
  assert.equal(localIsoDate(new Date(2026, 0, 5, 0, 30)), '2026-01-05');
  assert.equal(localIsoDate(new Date(2024, 1, 29, 23, 59)), '2024-02-29');
  assert.equal(localIsoDate(new Date(99, 11, 31)), '1999-12-31');
});
