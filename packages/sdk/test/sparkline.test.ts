import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sparklinePath, type Period } from '@omf/sdk';
import { yearly } from './fixtures/measure-series.js';

/** Points at whole-year positions (real periods' midpoints shift with leap days), from 2019. */
function years(...values: Array<number | null>): Array<{ period: Period; value: number | null }> {
  return values.map((value, i) => {
    const year = 2019 + i;
    return { period: { label: String(year), type: 'calendar-year', start: `${year}-01-01`, end: `${year}-12-31`, position: year }, value };
  });
}

const CARD = { width: 120, height: 32, padding: { x: 2, y: 3 } };

/** The path's points, `M2,29L60,3` -> [[2, 29], [60, 3]]. */
function pathPoints(d: string): number[][] {
  assert.match(d, /^M[^ML]+(L[^ML]+)+$/, `path ${d}`);
  return d.slice(1).split('L').map((pair) => pair.split(',').map(Number));
}

test('sparklinePath: oldest at the left edge, latest at the right, highest value at the top', () => {
  const line = sparklinePath(years(10, 30, 20), CARD)!;
  assert.equal(line.d, 'M2,29L60,3L118,16');
  assert.deepEqual(line.end, { x: 118, y: 16 });
});

test('sparklinePath: puts the points in time order and skips missing values', () => {
  const [a, b, c, d] = years(10, null, 30, 20);
  const line = sparklinePath([d!, c!, b!, a!], { width: 100, height: 10 })!;
  // 2019, 2021 and 2022 over three years: x at 0, 2/3 and 1 of the width.
  assert.equal(line.d, 'M0,10L66.67,0L100,5');
  assert.deepEqual(line.end, { x: 100, y: 5 });
});

test('sparklinePath: a flat series is a line across the middle, never NaN', () => {
  const line = sparklinePath(years(82.4, 82.4, 82.4), CARD)!;
  assert.equal(line.d, 'M2,16L60,16L118,16');
  assert.ok(!line.d.includes('NaN'));
});

test('sparklinePath: padding as one number applies to both axes', () => {
  assert.equal(sparklinePath(years(0, 1), { width: 20, height: 10, padding: 1 })!.d, 'M1,9L19,1');
});

test('sparklinePath: undefined with fewer than two valued points', () => {
  assert.equal(sparklinePath([], CARD), undefined);
  assert.equal(sparklinePath(years(5), CARD), undefined);
  assert.equal(sparklinePath(years(null, 5, Number.NaN), CARD), undefined);
});

test('property: every coordinate is finite and inside the padded box, x increasing', () => {
  const value = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
  fc.assert(
    fc.property(fc.array(value, { maxLength: 30 }), fc.integer({ min: 1990, max: 2030 }), (values, first) => {
      const line = sparklinePath(yearly(first, values), CARD);
      const valued = values.filter((v) => v !== null).length;
      if (valued < 2) return assert.equal(line, undefined);
      const points = pathPoints(line!.d);
      assert.equal(points.length, valued);
      for (const [x, y] of points) {
        assert.ok(x! >= 2 && x! <= 118, `x ${x}`);
        assert.ok(y! >= 3 && y! <= 29, `y ${y}`);
      }
      for (let i = 1; i < points.length; i += 1) assert.ok(points[i]![0]! > points[i - 1]![0]!, 'x increases');
      assert.deepEqual([line!.end.x, line!.end.y], points[points.length - 1]);
    }),
  );
});
