import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OmfDataError, progressToTarget } from '@omf/sdk';
import type { OutcomeMeasure, PeriodValue } from '@omf/sdk';

function measure(baseline: PeriodValue, target: PeriodValue, observations: PeriodValue[], extra: Partial<OutcomeMeasure> = {}): OutcomeMeasure {
  return { id: 'm1', title: 'Children meeting milestones', baseline, target, observations, ...extra };
}

const close = (actual: number | undefined, expected: number, tolerance = 0.05) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < tolerance, `${actual} is not about ${expected}`);

test('higher-is-better on track: the projection passes the target', () => {
  // +2 a year from 60 (2018/19); the line reaches about 74 by 2025/26, past the target of 73.
  const progress = progressToTarget(
    measure({ period: '2018/19', value: 60 }, { period: '2025/26', value: 73 }, [
      { period: '2019/20', value: 62 },
      { period: '2020/21', value: 64 },
      { period: '2021/22', value: 66 },
    ], { polarity: 'higher-is-better', unit: 'percent' }),
  );
  assert.equal(progress.direction, 'up');
  assert.equal(progress.latest?.value, 66);
  close(progress.percentOfWay, (6 / 13) * 100, 1e-9);
  assert.ok('value' in progress.projection);
  close(progress.projection.value, 74);
  assert.equal(progress.status, 'on-track');
  assert.equal(progress.rag, 'green');
  assert.equal(
    progress.sentence,
    'Children meeting milestones: 66% in 2021/22, against a baseline of 60% (2018/19) and a target of 73% by 2025/26. 46% of the way from baseline to target. Projected 74% by 2025/26. Status: on track.',
  );
});

test('a lower-is-better measure already past its target is achieved; percent of way uncapped, shown capped', () => {
  const progress = progressToTarget(
    measure({ period: '2018', value: 20 }, { period: '2024', value: 15 }, [{ period: '2019', value: 18 }, { period: '2020', value: 14 }], {
      polarity: 'lower-is-better',
    }),
  );
  assert.equal(progress.direction, 'down');
  assert.equal(progress.status, 'achieved');
  close(progress.percentOfWay, 120, 1e-9);
  assert.equal(progress.percentOfWayShown, 100);
  assert.equal(progress.rag, 'green');
});

test('a measure moving away from its target is off track, with negative progress shown as 0', () => {
  const progress = progressToTarget(
    measure({ period: '2018/19', value: 60 }, { period: '2025/26', value: 70 }, [
      { period: '2019/20', value: 59 },
      { period: '2020/21', value: 58 },
      { period: '2021/22', value: 57 },
    ]),
  );
  assert.equal(progress.direction, 'up', 'no polarity: the direction from baseline to target');
  assert.equal(progress.status, 'off-track');
  close(progress.percentOfWay, -30, 1e-9);
  assert.equal(progress.percentOfWayShown, 0);
  assert.equal(progress.rag, 'red');
});

test('one observation: no projection, not enough data (unless already achieved)', () => {
  const one = progressToTarget(measure({ period: '2018', value: 50 }, { period: '2025', value: 60 }, [{ period: '2019', value: 52 }]));
  assert.deepEqual(one.projection, { reason: 'not-enough-data' });
  assert.equal(one.status, 'not-enough-data');
  assert.equal(one.rag, undefined);
  close(one.percentOfWay, 20, 1e-9);
  assert.doesNotMatch(one.sentence, /Projected/);
  const reached = progressToTarget(measure({ period: '2018', value: 50 }, { period: '2025', value: 60 }, [{ period: '2019', value: 61 }]));
  assert.equal(reached.status, 'achieved');
  const none = progressToTarget(measure({ period: '2018', value: 50 }, { period: '2025', value: 60 }, []));
  assert.equal(none.status, 'not-enough-data');
  assert.equal(none.latest, undefined);
  assert.equal(none.percentOfWay, undefined);
  assert.equal(none.sentence, 'Children meeting milestones: no data since the baseline of 50 (2018); target 60 by 2025.');
});

test('at risk: the projection gets at least 75% of the way', () => {
  // +1.4 a year from 50: about 58.4 by 2024/25 against a target of 60, 84% of the way.
  const atRisk = progressToTarget(
    measure({ period: '2018/19', value: 50 }, { period: '2024/25', value: 60 }, [
      { period: '2019/20', value: 51.4 },
      { period: '2020/21', value: 52.8 },
      { period: '2021/22', value: 54.2 },
    ]),
  );
  assert.equal(atRisk.status, 'at-risk');
  assert.ok('percentOfWay' in atRisk.projection);
  close(atRisk.projection.percentOfWay, 84, 0.5);
  assert.equal(atRisk.rag, 'amber');
  // +1 a year: about 56 by 2024/25, 60% of the way: off track.
  const slow = progressToTarget(
    measure({ period: '2018/19', value: 50 }, { period: '2024/25', value: 60 }, [
      { period: '2019/20', value: 51 },
      { period: '2020/21', value: 52 },
      { period: '2021/22', value: 53 },
    ]),
  );
  assert.equal(slow.status, 'off-track');
});

test('a target period reached without meeting the target is off track', () => {
  const missed = progressToTarget(
    measure({ period: '2018', value: 50 }, { period: '2021', value: 60 }, [
      { period: '2019', value: 52 },
      { period: '2020', value: 55 },
      { period: '2021', value: 59 },
    ]),
  );
  assert.equal(missed.status, 'off-track');
});

test('asOf ignores observations from periods ending after it', () => {
  const m = measure({ period: '2018', value: 50 }, { period: '2025', value: 60 }, [
    { period: '2019', value: 52 },
    { period: '2020', value: 54 },
    { period: '2021', value: 61 },
  ]);
  assert.equal(progressToTarget(m).status, 'achieved');
  const asOf2020 = progressToTarget(m, { asOf: '2020-12-31' });
  assert.equal(asOf2020.latest?.value, 54);
  assert.equal(asOf2020.observations.length, 2);
  assert.equal(asOf2020.status, 'on-track');
  assert.equal(progressToTarget(m, { asOf: '2021-06-30' }).latest?.value, 54, 'the 2021 year has not ended');
  assert.equal(progressToTarget(m, { asOf: '2020' }).latest?.value, 54, 'a period label works too');
  assert.throws(() => progressToTarget(m, { asOf: 'soon' }), RangeError);
});

test('target-range or no polarity: the direction runs from baseline to target; hold needs the exact value', () => {
  const down = progressToTarget(
    measure({ period: '2018', value: 1.4 }, { period: '2025', value: 1 }, [{ period: '2019', value: 1.3 }, { period: '2020', value: 1.2 }], {
      polarity: 'target-range',
    }),
  );
  assert.equal(down.direction, 'down');
  assert.equal(down.status, 'on-track');
  const hold = measure({ period: '2018', value: 5 }, { period: '2025', value: 5 }, [{ period: '2019', value: 5 }]);
  const held = progressToTarget(hold);
  assert.equal(held.direction, 'hold');
  assert.equal(held.status, 'achieved');
  assert.equal(held.percentOfWay, undefined);
  const slipping = progressToTarget({ ...hold, observations: [{ period: '2019', value: 5.5 }, { period: '2020', value: 6 }] });
  assert.equal(slipping.status, 'off-track');
});

test('a measure whose own periods cannot be read throws OmfDataError listing each; an indicator measure needs a dataset', () => {
  const bad = measure({ period: 'someday', value: 1 }, { period: '2025', value: 2 }, [{ period: 'later', value: 3 }]);
  assert.throws(
    () => progressToTarget(bad),
    (error: unknown) => error instanceof OmfDataError && error.issues.length === 2 && error.issues[0]?.field === 'baseline/period',
  );
  const fromIndicator: OutcomeMeasure = { id: 'm2', title: 'Uptake', indicator: 'CHN18', baseline: { period: '2018', value: 1 }, target: { period: '2025', value: 2 } };
  assert.throws(() => progressToTarget(fromIndicator), TypeError);
});
