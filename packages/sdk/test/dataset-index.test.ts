/**
 * A dataset's answers come from the index its reader builds while checking (value-only
 * observations stored as numbers, their points made on request), or, through the public
 * constructor, from points given. Every answer must be what a plain scan of the rows gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeDatasets, readDataset, type Dataset, type Indicator, type Observation } from '@omf/sdk';

const INDICATORS = ['a', 'b'];
/** Declared, so a dataset knows both even when the rows name one. */
const indicators: Indicator[] = INDICATORS.map((id) => ({ id, title: id, unit: 'count', polarity: 'neutral' }));
const AREAS = ['S12000033', 'S12000034', 'S12000035', 'S12000036'];
/** Financial years, written out of time order; their labels sort as their times do. */
const PERIODS = ['2020/21', '2018/19', '2021/22', '2019/20'];

interface Row {
  indicator: string;
  area: string;
  period: string;
  /** A number, or `*` (suppressed: no value). */
  value: string;
  /** Empty, or a status the observation carries. */
  status: string;
}

const cell = fc.record({
  value: fc.oneof(fc.integer({ min: -500, max: 500 }).map((n) => String(n / 4)), fc.constant('*')),
  status: fc.constantFrom('', '', '', 'provisional'),
});

/** Rows with distinct indicator, area and period, in any order. */
const rows = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...INDICATORS), fc.constantFrom(...AREAS), fc.constantFrom(...PERIODS)), {
    maxLength: 40,
    selector: (key) => key.join(),
  })
  .chain((keys) => fc.tuple(fc.constant(keys), fc.array(cell, { minLength: keys.length, maxLength: keys.length })))
  .map(([keys, cells]): Row[] =>
    keys.map(([indicator, area, period], index) => {
      const { value, status } = cells[index]!;
      // A suppressed value carries no other status.
      return { indicator, area, period, value, status: value === '*' ? '' : status };
    }),
  );

const csv = (data: readonly Row[]): string =>
  ['indicator,area,period,value,status', ...data.map((row) => [row.indicator, row.area, row.period, row.value, row.status].join(','))].join('\n');

/** The observation a row should read as. */
function observation(row: Row): Observation {
  const read: Observation = { indicator: row.indicator, area: row.area, period: row.period, value: row.value === '*' ? null : Number(row.value) };
  if (row.value === '*') Object.assign(read, { status: 'suppressed', marker: '*' });
  else if (row.status !== '') read.status = 'provisional';
  return read;
}

/** Asserts every answer of the dataset against a scan of the rows. */
function assertAnswers(dataset: Dataset, data: readonly Row[], sourceOrder: boolean): void {
  const observations = data.map(observation);
  if (sourceOrder) {
    assert.deepEqual(dataset.toDocument().observations, observations);
    assert.deepEqual(dataset.areas.map((area) => area.code), [...new Set(data.map((row) => row.area))]);
  }
  for (const indicator of INDICATORS) {
    const own = observations.filter((o) => o.indicator === indicator);
    assert.deepEqual(dataset.periods(indicator).map((p) => p.label), [...new Set(own.map((o) => o.period))].sort());
    for (const area of AREAS) {
      const series = own.filter((o) => o.area === area).sort((x, y) => x.period.localeCompare(y.period));
      assert.deepEqual(dataset.series(indicator, area).map((point) => point.observation), series);
      assert.deepEqual(dataset.series(indicator, area).map((point) => [point.period.label, point.value]), series.map((o) => [o.period, o.value]));
      assert.deepEqual(dataset.latest(indicator, area)?.observation, series.filter((o) => o.value !== null).at(-1));
      for (const period of PERIODS) {
        assert.deepEqual(dataset.value(indicator, area, period)?.observation, series.find((o) => o.period === period));
      }
    }
    for (const period of PERIODS) {
      const atPeriod = own.filter((o) => o.period === period);
      const compared = dataset.compare(indicator, period);
      if (sourceOrder) assert.deepEqual(compared.map((point) => point.area), atPeriod.map((o) => o.area));
      assert.deepEqual(
        compared.map((point) => point.observation).sort((x, y) => x.area.localeCompare(y.area)),
        atPeriod.sort((x, y) => x.area.localeCompare(y.area)),
      );
    }
  }
}

test('a read dataset answers every question as a scan of its rows does', () => {
  fc.assert(
    fc.property(rows, (data) => assertAnswers(readDataset(csv(data), { format: 'csv', indicators }), data, true)),
    { numRuns: 300 },
  );
});

test('points given to the public constructor (through a merge) answer as the read ones do', () => {
  fc.assert(
    fc.property(rows, fc.nat(), (data, cut) => {
      const at = data.length === 0 ? 0 : cut % (data.length + 1);
      const parts = [data.slice(0, at), data.slice(at)].map((part) => readDataset(csv(part), { format: 'csv', indicators }));
      assertAnswers(mergeDatasets(parts), data, false);
    }),
    { numRuns: 200 },
  );
});

test('a point is made once: asking again gives the same objects', () => {
  const dataset = readDataset(csv([
    { indicator: 'a', area: 'S12000033', period: '2019/20', value: '1', status: '' },
    { indicator: 'a', area: 'S12000033', period: '2020/21', value: '2', status: '' },
  ]), { format: 'csv', indicators });
  const [first] = dataset.series('a', 'S12000033');
  assert.equal(dataset.series('a', 'S12000033')[0], first);
  assert.equal(dataset.value('a', 'S12000033', '2019-20'), first);
  assert.equal(dataset.latest('a', 'S12000033'), dataset.series('a', 'S12000033')[1]);
});
