import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rank, ragStatus } from '@omf/sdk';
import { yearly } from './fixtures/measure-series.js';

const byArea = (ranked: ReturnType<typeof rank>) => Object.fromEntries(ranked.map((entry) => [entry.area, [entry.rank, entry.tied]]));

test('rank: higher-is-better, competition ranking with ties 1, 2, 2, 4; nulls unranked', () => {
  const ranked = rank(
    [
      { area: 'A', value: 70 },
      { area: 'B', value: 90 },
      { area: 'C', value: 80 },
      { area: 'D', value: null },
      { area: 'E', value: 80 },
    ],
    'higher-is-better',
  );
  assert.deepEqual(byArea(ranked), { B: [1, false], C: [2, true], E: [2, true], A: [4, false] });
  assert.deepEqual(ranked.map((entry) => entry.area), ['B', 'C', 'E', 'A'], 'best first, ties in input order');
  assert.ok(ranked.every((entry) => entry.of === 4), 'the null area is not counted');
});

test('rank: lower-is-better ranks the smallest first', () => {
  const ranked = rank([{ area: 'A', value: 5000 }, { area: 'B', value: 4200 }, { area: 'C', value: 6100 }], 'lower-is-better');
  assert.deepEqual(byArea(ranked), { B: [1, false], A: [2, false], C: [3, false] });
});

test('rank: target-range ranks by closeness; equal distances either side tie', () => {
  const ranked = rank(
    [{ area: 'A', value: 0.4 }, { area: 'B', value: 0.55 }, { area: 'C', value: 0.6 }, { area: 'D', value: 0.5 }],
    'target-range',
    { target: 0.5 },
  );
  // 0.4 and 0.6 are both 0.1 away (0.09999999999999998 in floating point, equal at 12 digits).
  assert.deepEqual(byArea(ranked), { D: [1, false], B: [2, false], A: [3, true], C: [3, true] });
});

test('rank: float noise does not break a tie', () => {
  const ranked = rank([{ area: 'A', value: 0.1 + 0.2 }, { area: 'B', value: 0.3 }], 'higher-is-better');
  assert.deepEqual(byArea(ranked), { A: [1, true], B: [1, true] });
});

test('rank: neutral orders highest first; empty input ranks nothing', () => {
  assert.deepEqual(byArea(rank([{ area: 'A', value: 1 }, { area: 'B', value: 3 }], 'neutral')), { B: [1, false], A: [2, false] });
  assert.deepEqual(rank([], 'higher-is-better'), []);
  assert.deepEqual(rank([{ area: 'A', value: null }], 'higher-is-better'), []);
});

const percentHigher = { polarity: 'higher-is-better' as const };

test('ragStatus: green = better now and improving faster', () => {
  // Area 80 → 86 (+3 a year); Scotland 78 → 80 (+1 a year).
  const result = ragStatus(yearly(2018, [80, 83, 86]), yearly(2018, [78, 79, 80]), percentHigher);
  assert.equal(result.status, 'green');
  assert.equal(result.level, 'better');
  assert.equal(result.pace, 'better');
  assert.equal(result.periods, 3);
  assert.equal(result.period?.label, '2020/21');
  assert.ok(Math.abs((result.rate ?? NaN) - 3) < 0.01);
  assert.ok(Math.abs((result.comparatorRate ?? NaN) - 1) < 0.01);
});

test('ragStatus: red = worse now and improving slower', () => {
  assert.equal(ragStatus(yearly(2018, [70, 70, 69]), yearly(2018, [78, 79, 80]), percentHigher).status, 'red');
});

test('ragStatus: amber when mixed or level', () => {
  // Better but improving slower.
  assert.equal(ragStatus(yearly(2018, [90, 90, 90]), yearly(2018, [78, 79, 80]), percentHigher).status, 'amber');
  // Worse but improving faster.
  assert.equal(ragStatus(yearly(2018, [60, 65, 70]), yearly(2018, [78, 79, 80]), percentHigher).status, 'amber');
  // Same level.
  const same = ragStatus(yearly(2018, [76, 78, 80]), yearly(2018, [78, 79, 80]), percentHigher);
  assert.equal(same.status, 'amber');
  assert.equal(same.level, 'same');
});

test('ragStatus: lower-is-better, a cost falling faster than the comparator and below it is green', () => {
  const result = ragStatus(yearly(2018, [5000, 4800, 4600]), yearly(2018, [5000, 4950, 4900]), { polarity: 'lower-is-better' });
  assert.equal(result.status, 'green');
  assert.ok((result.rate ?? 0) > 0, 'a falling cost is a positive rate of improvement');
});

test('ragStatus: target-range improves by closing on the target', () => {
  const goldilocks = { polarity: 'target-range' as const, target: 1 };
  // Area closes from 1.3 to 1.05; comparator stays 0.8 (0.2 away).
  assert.equal(ragStatus(yearly(2018, [1.3, 1.15, 1.05]), yearly(2018, [0.8, 0.8, 0.8]), goldilocks).status, 'green');
  // Area drifts away from 1.1 to 1.4.
  assert.equal(ragStatus(yearly(2018, [1.1, 1.25, 1.4]), yearly(2018, [0.8, 0.8, 0.8]), goldilocks).status, 'red');
});

test('ragStatus: uses only shared periods; too few is not-enough-data; neutral is not-judged', () => {
  const partial = ragStatus(yearly(2016, [50, 60, 70, 80, 90]), yearly(2019, [75, null]), percentHigher);
  assert.equal(partial.status, 'not-enough-data');
  assert.equal(partial.periods, 1);
  assert.equal(ragStatus([], yearly(2018, [1, 2]), percentHigher).status, 'not-enough-data');
  assert.equal(ragStatus(yearly(2018, [1, 2]), yearly(2018, [1, 2]), { polarity: 'neutral' }).status, 'not-judged');
  // Window: the last two shared periods only (area 86 → 80 is worsening; comparator flat).
  const windowed = ragStatus(yearly(2018, [70, 86, 80]), yearly(2018, [75, 75, 75]), percentHigher, { window: 2 });
  assert.equal(windowed.pace, 'worse');
  assert.equal(windowed.status, 'amber');
  assert.equal(ragStatus(yearly(2018, [70, 86, 80]), yearly(2018, [75, 75, 75]), percentHigher).status, 'green');
});
