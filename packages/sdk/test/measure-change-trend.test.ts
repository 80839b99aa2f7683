import { test } from 'node:test';
import assert from 'node:assert/strict';
import { change, trend } from '@omf/sdk';
import type { Indicator } from '@omf/sdk';
import { series, yearly } from './fixtures/measure-series.js';

const percentHigher: Pick<Indicator, 'unit' | 'polarity' | 'target'> = { unit: 'percent', polarity: 'higher-is-better' };
const costLower: Pick<Indicator, 'unit' | 'polarity' | 'target'> = { unit: 'currency', polarity: 'lower-is-better' };

test('change: latest two points with values, skipping nulls', () => {
  const result = change(series(['2018/19', 76.087], ['2019/20', 77.2], ['2020/21', null], ['2021/22', 82.4]));
  assert.ok(result);
  assert.equal(result.from.period.label, '2019/20');
  assert.equal(result.to.period.label, '2021/22');
  assert.ok(Math.abs(result.absolute - 5.2) < 1e-9);
  assert.ok(Math.abs((result.relative ?? NaN) - 5.2 / 77.2) < 1e-12);
});

test('change: named periods accept any spelling parsePeriod reads', () => {
  const points = series(['2018/19', 10], ['2019/20', 12], ['2020/21', 9]);
  assert.equal(change(points, { from: '2018-19', to: '2020/2021' })?.absolute, -1);
  assert.equal(change(points, { to: '2019-20' })?.absolute, 2, 'to alone compares with the point before it');
  assert.equal(change(points, { from: '2019/20' })?.absolute, -3, 'from alone compares with the latest');
  assert.equal(change(points, { from: '2017/18' }), undefined, 'a period with no point');
  assert.equal(change(points, { from: '2020/21' }), undefined, 'from and to the same point');
});

test('change: undefined with fewer than two values; relative undefined on a zero base', () => {
  assert.equal(change(series(['2019/20', 5])), undefined);
  assert.equal(change(series(['2019/20', null], ['2020/21', 5])), undefined);
  assert.equal(change([]), undefined);
  const fromZero = change(series(['2019/20', 0], ['2020/21', 5]));
  assert.equal(fromZero?.absolute, 5);
  assert.equal(fromZero?.relative, undefined);
});

test('change: relative has the sign of the change even from a negative base', () => {
  const result = change(series(['2019/20', -4], ['2020/21', -2]));
  assert.equal(result?.absolute, 2);
  assert.equal(result?.relative, 0.5);
});

test('change: sorts its input by period', () => {
  const result = change(series(['2020/21', 9], ['2018/19', 10], ['2019/20', 12]));
  assert.equal(result?.from.period.label, '2019/20');
  assert.equal(result?.absolute, -3);
});

test('trend: higher-is-better, hand-worked (Aberdeen City CHN18, 2016/17 to 2020/21)', () => {
  // x = 0..4, mean y = 81.994; Σ(x−2)(y−ȳ) = −20.325 over Σ(x−2)² = 10 → −2.03 pp a year
  // (period midpoints are not exactly a year apart across leap years, hence the tolerance).
  const points = yearly(2016, [88.0952, 86.1702, 76.087, 77.2, 82.4176]);
  const result = trend(points, percentHigher);
  assert.equal(result.direction, 'worsening');
  assert.equal(result.points, 5);
  assert.equal(result.from?.label, '2016/17');
  assert.equal(result.to?.label, '2020/21');
  assert.ok(Math.abs((result.slopePerYear ?? NaN) - -2.0325) < 2e-3, String(result.slopePerYear));
  assert.equal(result.improvementPerYear, result.slopePerYear);
  assert.equal(result.threshold, 0.5);
});

test('trend: a percent slope within 0.5 pp a year is no clear change (Scotland CHN18)', () => {
  // Slope ≈ −0.23 pp a year.
  const result = trend(yearly(2016, [91.6701, 91.0326, 90.5845, 90.2, 90.9274]), percentHigher);
  assert.equal(result.direction, 'no-clear-change');
});

test('trend: lower-is-better turns a falling cost into improving', () => {
  // Cost falls £100 a year on a mean of £4,800: above the default 1 % (£48) a year.
  assert.equal(trend(yearly(2017, [5000, 4900, 4800, 4700, 4600]), costLower).direction, 'improving');
  // Falls £20 a year: below 1 % of the level, so no clear change.
  assert.equal(trend(yearly(2017, [5000, 4980, 4960, 4940, 4920]), costLower).direction, 'no-clear-change');
  assert.equal(trend(yearly(2017, [4600, 4700, 4800]), costLower).direction, 'worsening');
});

test('trend: target-range judges the distance to the target, not the direction', () => {
  const goldilocks = { unit: 'ratio' as const, polarity: 'target-range' as const, target: 1 };
  // Rising towards 1 from below: improving.
  assert.equal(trend(yearly(2017, [0.7, 0.8, 0.9]), goldilocks).direction, 'improving');
  // Rising away from 1 above it: worsening, though the values go up just the same.
  assert.equal(trend(yearly(2017, [1.1, 1.2, 1.3]), goldilocks).direction, 'worsening');
  // Falling towards 1 from above: improving.
  const falling = trend(yearly(2017, [1.3, 1.2, 1.1]), goldilocks);
  assert.equal(falling.direction, 'improving');
  assert.ok(Math.abs((falling.improvementPerYear ?? NaN) - 0.1) < 1e-3);
  assert.ok(Math.abs((falling.slopePerYear ?? NaN) - -0.1) < 1e-3);
  // Crossing the target at the same distance each side: no clear change.
  assert.equal(trend(yearly(2017, [0.9, 1.1]), goldilocks).direction, 'no-clear-change');
});

test('trend: neutral is described, never judged; target-range without a target is neutral', () => {
  const neutral = { unit: 'count' as const, polarity: 'neutral' as const };
  const rising = trend(yearly(2017, [100, 120, 140]), neutral);
  assert.equal(rising.direction, 'increasing');
  assert.equal(rising.improvementPerYear, undefined);
  assert.equal(trend(yearly(2017, [140, 120, 100]), neutral).direction, 'decreasing');
  assert.equal(trend(yearly(2017, [0.7, 0.8, 0.9]), { unit: 'ratio', polarity: 'target-range' }).direction, 'increasing');
});

test('trend: window, threshold option and not enough data', () => {
  // Only the last two points count with window 2: 90 → 80.
  assert.equal(trend(yearly(2015, [50, 60, 70, 90, 80]), percentHigher, { window: 2 }).direction, 'worsening');
  assert.equal(trend(yearly(2015, [50, 60, 70, 90, 80]), percentHigher).direction, 'improving');
  assert.equal(trend(yearly(2017, [80, 81, 82]), percentHigher, { threshold: 2 }).direction, 'no-clear-change');
  assert.equal(trend(yearly(2017, [80, 81, 82]), percentHigher).direction, 'improving');
  const one = trend(yearly(2017, [null, 80, null]), percentHigher);
  assert.equal(one.direction, 'not-enough-data');
  assert.equal(one.points, 1);
  assert.equal(one.slopePerYear, undefined);
  assert.throws(() => trend([], percentHigher, { window: 1 }), RangeError);
  assert.throws(() => trend([], percentHigher, { threshold: -1 }), RangeError);
});

test('trend: time comes from period midpoints, so a gap year halves the slope', () => {
  // 2017/18 → 2019/20 (two years apart): +2 pp over two years is 1 pp a year.
  const result = trend(series(['2017/18', 80], ['2019/20', 82]), percentHigher);
  assert.ok(Math.abs((result.slopePerYear ?? NaN) - 1) < 0.01, String(result.slopePerYear));
});

test('trend: all zeros is no clear change, not NaN', () => {
  const result = trend(yearly(2017, [0, 0, 0]), { unit: 'count', polarity: 'higher-is-better' });
  assert.equal(result.direction, 'no-clear-change');
  assert.equal(result.slopePerYear, 0);
  assert.equal(result.threshold, 0);
});

test('trend: rounding noise in a flat series is not a change, even with a zero threshold', () => {
  const flat = yearly(2017, [0.3, 0.1 + 0.2, 0.3, 0.1 + 0.2]);
  const result = trend(flat, { unit: 'ratio', polarity: 'neutral' }, { threshold: 0 });
  assert.equal(result.direction, 'no-clear-change');
  assert.equal(result.slopePerYear, 0);
});
