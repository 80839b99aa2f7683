/** The indexed Dataset: lookups, ordering, lookup errors, and the canonical JSON <-> CSV round trip. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { OmfLookupError, councils, readDataset, readIndicatorsCsv, toIndicatorsCsv, toTidyCsv } from '@omf/sdk';
import type { Area, Indicator, Observation, OmfDocument, PeriodType, Unit } from '@omf/sdk';

const dataset = readDataset(readFileSync(new URL('./fixtures/read/canonical.json', import.meta.url), 'utf8'));

const lookupError = (kind: OmfLookupError['kind'], key: string) => (error: unknown) =>
  error instanceof OmfLookupError && error.kind === kind && error.key === key;

test('series are in time order whatever the source order', () => {
  assert.deepEqual(
    dataset.series('CHN18', 'S12000033').map((point) => [point.period.label, point.value]),
    [['2018/19', 85.4], ['2019/20', null], ['2020/21', 82.4176]],
  );
  assert.deepEqual(dataset.series('hb-waits', 'S08000020').map((point) => point.period.label), ['2023-Q4', '2024-Q1']);
  assert.deepEqual(dataset.periods('CHN18').map((period) => period.label), ['2018/19', '2019/20', '2020/21']);
});

test('value accepts any period spelling; areas by code, retired code or name', () => {
  for (const period of ['2020/21', '2020-21', '2020/2021', '2020-2021']) {
    assert.equal(dataset.value('CHN18', 'S12000033', period)?.value, 82.4176, period);
  }
  assert.equal(dataset.value('CHN18', 'Glasgow City', '2020/21')?.value, 91.3);
  assert.equal(dataset.value('CHN18', 'S12000046', '2020/21')?.value, 91.3);
  assert.equal(dataset.value('CHN18', 'S12000033', '2015/16'), undefined);
  assert.equal(dataset.area('glasgow city')?.code, 'S12000049');
  assert.equal(dataset.area('Atlantis'), undefined);
  assert.deepEqual(dataset.areas.map((area) => area.code), ['S12000033', 'S92000003', 'S12000049', 'S08000020']);
});

test('latest passes over suppressed and missing values', () => {
  const document: OmfDocument = {
    omf: 1,
    indicators: [{ id: 'x', title: 'X', unit: 'count', polarity: 'neutral' }],
    observations: [
      { indicator: 'x', area: 'S12000033', period: '2021', value: 4 },
      { indicator: 'x', area: 'S12000033', period: '2023', value: null, status: 'suppressed' },
      { indicator: 'x', area: 'S12000033', period: '2022', value: 5 },
    ],
  };
  const latest = readDataset(document).latest('x', 'S12000033');
  assert.equal(latest?.period.label, '2022');
  assert.equal(latest?.value, 5);
  assert.equal(readDataset(document).latest('x', 'S12000034'), undefined);
});

test('compare gives every area for one period', () => {
  const points = dataset.compare('CHN18', '2020-21');
  assert.deepEqual(points.map((point) => [point.area, point.value]), [['S12000033', 82.4176], ['S92000003', 90.9], ['S12000049', 91.3]]);
  assert.deepEqual(dataset.compare('CHN18', '2010/11'), []);
});

test('unknown indicators, areas and periods throw OmfLookupError; known ones without data give nothing', () => {
  assert.throws(() => dataset.series('nope', 'S12000033'), lookupError('indicator', 'nope'));
  assert.throws(() => dataset.latest('CHN18', 'Atlantis'), lookupError('area', 'Atlantis'));
  assert.throws(() => dataset.value('CHN18', 'S12000033', 'someday'), lookupError('period', 'someday'));
  assert.throws(() => dataset.compare('nope', '2020'), lookupError('indicator', 'nope'));
  assert.deepEqual(dataset.series('CHN18', 'S12000034'), []);
  assert.equal(dataset.indicator('nope'), undefined);
});

test('results and documents are copies: changing them does not change the dataset', () => {
  dataset.series('CHN18', 'S12000033').pop();
  assert.equal(dataset.series('CHN18', 'S12000033').length, 3);
  const document = dataset.toDocument();
  document.observations[0]!.value = -1;
  document.indicators[0]!.title = 'changed';
  assert.equal(dataset.value('CHN18', 'S12000033', '2020/21')?.value, 82.4176);
  assert.notEqual(dataset.indicator('CHN18')?.title, 'changed');
});

test('toDocument reads back to the same document, plans included', () => {
  const document = dataset.toDocument();
  assert.equal(document.omf, 1);
  assert.deepEqual(Object.keys(document), ['omf', 'title', 'source', 'indicators', 'areas', 'observations', 'plans', 'actionPlans']);
  assert.deepEqual(readDataset(document).toDocument(), document);
});

test('indicator metadata round-trips through indicator CSV', () => {
  const indicators: Indicator[] = [
    { id: 'a', title: 'Quoted "title", with comma\nand line', unit: 'rate', per: 1000, polarity: 'lower-is-better', decimals: 1, theme: 'ELC', illustrative: true },
    { id: 'b', title: 'Goldilocks', unit: 'ratio', polarity: 'target-range', target: 1, periodType: 'academic-year', description: 'Closest to one', titleGd: 'Ceart' },
  ];
  assert.deepEqual(readIndicatorsCsv(toIndicatorsCsv(indicators)), indicators);
});

// Property: canonical JSON -> tidy CSV -> canonical JSON gives the same document.

const PERIODS: Record<string, readonly string[]> = {
  'financial-year': ['2019/20', '2020/21', '2021/22'],
  'academic-year': ['2019/20', '2022/23'],
  'calendar-year': ['2019', '2020', '2021'],
  quarter: ['2023-Q1', '2023-Q4'],
  month: ['2023-01', '2023-12'],
  'multi-year': ['2018-2022', '2017-2019'],
};
const UNITS: readonly Unit[] = ['percent', 'count', 'rate', 'currency', 'ratio', 'score', 'hours', 'days', 'index'];
const builtInCodes = ['S92000003', ...councils.map((council) => council.code)];
const declaredAreas: Area[] = [
  { code: 'S08000020', name: 'NHS Grampian' },
  { code: 'S02001236', name: 'Ferryhill, "North", Aberdeen\nZone' },
];

const nonZeroSafe = (value: number): number => (Object.is(value, -0) ? 0 : value);
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map(nonZeroSafe);

const indicatorArbitrary = (id: string): fc.Arbitrary<Indicator> =>
  fc.record(
    {
      title: fc.string({ minLength: 1 }).filter((title) => title.trim() !== ''),
      unit: fc.constantFrom(...UNITS),
      polarity: fc.constantFrom('higher-is-better', 'lower-is-better', 'neutral' as const),
      decimals: fc.integer({ min: 0, max: 3 }),
      periodType: fc.constantFrom(...(Object.keys(PERIODS) as PeriodType[])),
    },
    { requiredKeys: ['title', 'unit', 'polarity', 'periodType'] },
  ).map((fields) => ({ id, ...fields }));

const observationFields = fc.oneof(
  fc.record(
    {
      value: number,
      lower: number,
      upper: number,
      numerator: fc.integer({ min: 0, max: 10_000 }),
      denominator: fc.integer({ min: 1, max: 10_000 }),
      status: fc.constantFrom('provisional', 'revised', 'imputed', 'projected' as const),
    },
    { requiredKeys: ['value'] },
  ).map((fields) => {
    // Keep the interval the right way round.
    if (fields.lower !== undefined && fields.upper !== undefined && fields.lower > fields.upper) {
      return { ...fields, lower: fields.upper, upper: fields.lower };
    }
    return fields;
  }),
  fc.record(
    { value: fc.constant(null), status: fc.constantFrom('suppressed', 'not-available' as const), marker: fc.constantFrom('dna', '*', 'NA', 'N/A', 'x', '..', ':') },
    { requiredKeys: ['value', 'status'] },
  ),
);

const documentArbitrary: fc.Arbitrary<OmfDocument> = fc
  .uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/), { minLength: 1, maxLength: 3 })
  .chain((ids) => fc.tuple(...ids.map(indicatorArbitrary)))
  .chain((indicators) => {
    const cell = fc
      .integer({ min: 0, max: indicators.length - 1 })
      .chain((index) => {
        const indicator = indicators[index]!;
        return fc.record({
          indicator: fc.constant(indicator.id),
          area: fc.constantFrom(...builtInCodes, ...declaredAreas.map((area) => area.code)),
          period: fc.constantFrom(...(PERIODS[indicator.periodType ?? 'calendar-year'] ?? [])),
        });
      });
    const observations = fc
      .uniqueArray(cell, { selector: ({ indicator, area, period }) => `${indicator}|${area}|${period}`, maxLength: 25 })
      .chain((cells) => fc.tuple(...cells.map((key) => observationFields.map((fields) => ({ ...key, ...fields }) as Observation))));
    return observations.map((list): OmfDocument => {
      const used = [...new Set(list.map((observation) => observation.area))];
      const areas = used.flatMap((code) => declaredAreas.filter((area) => area.code === code));
      return { omf: 1, indicators, ...(areas.length > 0 && { areas }), observations: list };
    });
  });

test('property: canonical JSON -> tidy CSV -> canonical JSON is the identity (after one read)', () => {
  fc.assert(
    fc.property(documentArbitrary, (document) => {
      const first = readDataset(document);
      const csv = toTidyCsv(first);
      const again = readDataset(csv, { indicators: [...first.indicators] });
      assert.deepEqual(again.toDocument(), first.toDocument());
      // And reading the canonical output is a fixed point.
      assert.deepEqual(readDataset(first.toDocument()).toDocument(), first.toDocument());
    }),
    { numRuns: 150 },
  );
});
