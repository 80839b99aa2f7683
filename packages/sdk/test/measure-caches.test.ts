// The per-dataset caches behind summarise() and compareWith() (council rankings, the comparator's
// side of a comparison): the same answers as computing afresh, never an answer for another dataset,
// period, locale or family group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compareWith, councils, rank, readDataset, summarise } from '@omf/sdk';
import type { Observation, OmfDocument } from '@omf/sdk';
import { DatasetCache } from '../src/measure/dataset-cache.ts';

// Real LGBF CHN18 values, 32 councils and Scotland, 2016-17 to 2020-21.
const document = JSON.parse(readFileSync(new URL('./fixtures/measure-chn18.json', import.meta.url), 'utf8')) as OmfDocument;
/** A new Dataset of the document: its caches start empty. */
const fresh = (doc: OmfDocument = document) => readDataset(doc);
const codes = councils.map((council) => council.code);
const periods = ['2016/17', '2018/19', '2020/21'];

test('DatasetCache: computes once per dataset and key, and keeps datasets apart', () => {
  const cache = new DatasetCache<number[]>();
  const a = fresh();
  const b = fresh();
  let computed = 0;
  const compute = () => [++computed];
  const first = cache.get(a, 'k', compute);
  assert.equal(cache.get(a, 'k', compute), first, 'the same value, not a recomputed one');
  assert.notEqual(cache.get(a, 'other', compute), first);
  assert.notEqual(cache.get(b, 'k', compute), first, 'another dataset computes its own');
  assert.equal(computed, 3);
  // An undefined result is remembered too.
  let calls = 0;
  const none = new DatasetCache<undefined>();
  none.get(a, 'k', () => void calls++);
  none.get(a, 'k', () => void calls++);
  assert.equal(calls, 1);
});

test('summarise on one dataset, every council, period, locale and comparator, matches a fresh dataset each time', () => {
  const shared = fresh();
  for (const locale of ['en', 'gd'] as const) {
    for (const compareTo of ['scotland', 'family', 'S12000034', 'none']) {
      for (const period of periods) {
        for (const area of codes) {
          const options = { locale, compareTo, period };
          assert.deepEqual(summarise(shared, 'CHN18', area, options), summarise(fresh(), 'CHN18', area, options), `${area} ${period} ${compareTo} ${locale}`);
        }
      }
    }
  }
});

test('summarise: the cached council rank is rank() over the councils that period', () => {
  const dataset = fresh();
  for (const period of periods) {
    const councilPoints = dataset.compare('CHN18', period).filter((point) => dataset.geography.isCouncil(point.area));
    const expected = rank(councilPoints, 'higher-is-better');
    for (const area of codes) {
      const place = expected.find((ranked) => ranked.area === area);
      const summary = summarise(dataset, 'CHN18', area, { period });
      assert.deepEqual(summary.rank, place && { rank: place.rank, of: place.of, tied: place.tied }, `${area} ${period}`);
    }
  }
});

test('summarise and compareWith: no stale answer from another dataset with the same indicator and period', () => {
  // The same document with Scotland and Aberdeen City changed in 2020-21: Aberdeen City falls to last.
  const changed = (observation: Observation): Observation => {
    if (observation.period !== '2020-21') return observation;
    if (observation.area === 'S92000003') return { ...observation, value: 50 };
    if (observation.area === 'S12000033') return { ...observation, value: 10 };
    return observation;
  };
  const a = fresh();
  const b = fresh({ ...document, observations: document.observations.map(changed) });
  // Interleaved, so each dataset's answers are cached before the other asks.
  for (let round = 0; round < 2; round += 1) {
    const fromA = summarise(a, 'CHN18', 'S12000033');
    const fromB = summarise(b, 'CHN18', 'S12000033');
    assert.deepEqual(fromA.rank, { rank: 31, of: 32, tied: false });
    assert.deepEqual(fromB.rank, { rank: 32, of: 32, tied: false });
    assert.equal(fromA.comparison?.text, 'Scotland: 90.9%');
    assert.equal(fromB.comparison?.text, 'Scotland: 50.0%');
    assert.equal(compareWith(b, 'CHN18', 'S12000033', '2020-21', 'scotland').difference, 10 - 50);
    const familyA = compareWith(a, 'CHN18', 'S12000033', '2020-21', 'family').value;
    const familyB = compareWith(b, 'CHN18', 'S12000033', '2020-21', 'family').value;
    assert.notEqual(familyA, familyB, 'Aberdeen City is in its own family group average');
    assert.equal(familyB, compareWith(fresh(b.toDocument()), 'CHN18', 'S12000033', '2020-21', 'family').value);
  }
});

test('compareWith: each period, locale and family group gets its own comparator value and text', () => {
  const dataset = fresh();
  const scotland = (period: string) => dataset.value('CHN18', 'S92000003', period)?.value;
  assert.notEqual(scotland('2016/17'), scotland('2020/21'), 'the fixture has different values to tell apart');
  for (const period of periods) {
    assert.equal(compareWith(dataset, 'CHN18', 'S12000033', period, 'scotland').value, scotland(period));
  }
  const en = compareWith(dataset, 'CHN18', 'S12000033', '2020/21', 'scotland');
  const gd = compareWith(dataset, 'CHN18', 'S12000033', '2020/21', 'scotland', { locale: 'gd' });
  assert.equal(en.text, 'Scotland: 90.9%');
  assert.equal(gd.text, `${gd.label}: 90.9%`);
  assert.notEqual(gd.label, en.label);
  assert.equal(compareWith(dataset, 'CHN18', 'S12000033', '2020/21', 'scotland').text, en.text, 'English again after Gàidhlig');

  // Aberdeen City (family group 1) and Glasgow City (group 4) in the same period: two averages.
  const group1 = compareWith(dataset, 'CHN18', 'S12000033', '2020/21', 'family');
  const group4 = compareWith(dataset, 'CHN18', 'S12000049', '2020/21', 'family');
  assert.notEqual(group1.value, group4.value);
  assert.ok(group4.members?.includes('S12000049') && !group4.members.includes('S12000033'));
  // A caller that changes the members it was given changes nothing for the next caller.
  group1.members?.splice(0);
  assert.equal(compareWith(dataset, 'CHN18', 'S12000033', '2020/21', 'family').members?.length, 8);
});

test('summarise: rag false leaves out only the RAG status', () => {
  const dataset = fresh();
  const full = summarise(dataset, 'CHN18', 'S12000033');
  const { rag, ...rest } = full;
  assert.equal(rag?.status, 'red');
  assert.deepEqual(summarise(dataset, 'CHN18', 'S12000033', { rag: false }), rest);
});
