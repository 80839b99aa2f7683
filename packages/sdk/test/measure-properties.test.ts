import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { change, progressToTarget, ragStatus, rank, trend } from '@omf/sdk';
import type { Polarity, Unit } from '@omf/sdk';
import { periodOf } from './fixtures/measure-series.js';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const polarity = fc.constantFrom<Polarity>('higher-is-better', 'lower-is-better', 'target-range', 'neutral');
const unit = fc.constantFrom<Unit>('percent', 'count', 'currency', 'rate', 'ratio', 'score');

/** A series over distinct financial years between 1990/91 and 2059/60, values finite or null. */
const series = fc
  .uniqueArray(fc.record({ year: fc.integer({ min: 1990, max: 2059 }), value: fc.option(finite, { nil: null }) }), {
    selector: (entry) => entry.year,
    maxLength: 12,
  })
  .map((entries) => entries.map(({ year, value }) => ({ period: periodOf(`${year}/${String((year + 1) % 100).padStart(2, '0')}`), value })));

/** Every number anywhere in a result is finite. */
function assertAllFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} is ${value}`);
  else if (Array.isArray(value)) value.forEach((item, index) => assertAllFinite(item, `${path}[${index}]`));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) assertAllFinite(item, `${path}.${key}`);
}

test('property: a better value never ranks worse; ties share a rank; input order does not matter', () => {
  const points = fc.array(fc.option(finite, { nil: null }), { maxLength: 40 }).map((values) => values.map((value, index) => ({ area: `A${index}`, value })));
  fc.assert(
    fc.property(points, polarity, finite, fc.integer(), (input, polarity, target, seed) => {
      const ranked = rank(input, polarity, { target });
      const byArea = new Map(ranked.map((entry) => [entry.area, entry]));
      const valued = input.filter((point) => point.value !== null);
      assert.equal(ranked.length, valued.length);
      const goodness = (value: number) =>
        polarity === 'higher-is-better' || polarity === 'neutral' ? value : polarity === 'lower-is-better' ? -value : -Math.abs(value - target);
      for (const a of ranked) {
        assert.equal(a.of, valued.length);
        assert.ok(a.rank >= 1 && a.rank <= a.of);
        for (const b of ranked) {
          if (goodness(a.value) > goodness(b.value)) assert.ok(a.rank <= b.rank, `${a.value} ranked below ${b.value}`);
          if (a.value === b.value) assert.equal(a.rank, b.rank);
        }
        // Competition ranking: the rank is one more than the number of areas ranked strictly above.
        assert.equal(a.rank, 1 + ranked.filter((b) => b.rank < a.rank).length);
      }
      const shuffled = [...input].sort((x, y) => ((x.area.length * 31 + seed) % 7) - ((y.area.length * 31 + seed) % 7) || (x.area < y.area ? 1 : -1));
      for (const entry of rank(shuffled, polarity, { target })) assert.equal(entry.rank, byArea.get(entry.area)?.rank);
    }),
  );
});

test('property: change and trend never return NaN or Infinity', () => {
  fc.assert(
    fc.property(series, polarity, unit, finite, fc.integer({ min: 2, max: 8 }), (points, polarity, unit, target, window) => {
      const changed = change(points);
      assertAllFinite(changed);
      if (changed?.relative !== undefined) assert.equal(Math.sign(changed.relative), Math.sign(changed.absolute));
      const trended = trend(points, { unit, polarity, target }, { window });
      assertAllFinite(trended);
      assert.equal(trended.direction === 'not-enough-data', points.filter((point) => point.value !== null).slice(-window).length < 2);
    }),
  );
});

test('property: ragStatus never returns NaN or Infinity', () => {
  fc.assert(
    fc.property(series, series, polarity, finite, (area, comparator, polarity, target) => {
      assertAllFinite(ragStatus(area, comparator, { polarity, target }));
    }),
  );
});

test('property: progressToTarget never returns NaN or Infinity', () => {
  const periodValue = fc.record({ period: fc.integer({ min: 1990, max: 2060 }).map(String), value: finite });
  fc.assert(
    fc.property(
      periodValue,
      periodValue,
      fc.uniqueArray(periodValue, { selector: (entry) => entry.period, maxLength: 10 }),
      fc.option(polarity, { nil: undefined }),
      (baseline, target, observations, polarity) => {
        const progress = progressToTarget({ id: 'm', title: 'Measure', baseline, target, observations, ...(polarity ? { polarity } : {}) });
        assertAllFinite(progress);
        if (progress.percentOfWayShown !== undefined) assert.ok(progress.percentOfWayShown >= 0 && progress.percentOfWayShown <= 100);
        assert.doesNotMatch(progress.sentence, /NaN|Infinity|undefined/);
      },
    ),
  );
});
