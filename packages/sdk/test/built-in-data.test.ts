/**
 * The built-in example data (examples/data/*.json, made by `npm run data`) against the raw source
 * files it was converted from (data/raw/*.csv).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { readDataset } from '@omf/sdk';
import type { Action, ActionStatus, Observation, OmfDocument } from '@omf/sdk';

const repoRoot = new URL('../../../', import.meta.url);
const ABERDEEN_CITY = 'S12000033';
const REPORT_DATE = '2026-11-23';

function readText(name: string): string {
  return readFileSync(new URL(`examples/data/${name}`, repoRoot), 'utf8');
}

function readDocument(name: string): OmfDocument {
  return JSON.parse(readText(name)) as OmfDocument;
}

/** Raw CSV rows as header-keyed maps. */
function readRaw(name: string): Array<Map<string, string>> {
  const [header = [], ...rows] = csvParseRows(readFileSync(new URL(`data/raw/${name}`, repoRoot), 'utf8'));
  return rows.map((row) => new Map(header.map((column, index) => [column, row[index] ?? ''])));
}

function field(row: Map<string, string>, column: string): string {
  const value = row.get(column);
  assert.ok(value !== undefined, `column ${column}`);
  return value;
}

function index(document: OmfDocument): Map<string, Observation> {
  const byKey = new Map<string, Observation>();
  for (const observation of document.observations) {
    const key = `${observation.indicator}|${observation.area}|${observation.period}`;
    assert.ok(!byKey.has(key), `duplicate observation ${key}`);
    byKey.set(key, observation);
  }
  return byKey;
}

function observation(byKey: Map<string, Observation>, indicator: string, area: string, period: string): Observation {
  const found = byKey.get(`${indicator}|${area}|${period}`);
  assert.ok(found, `no observation ${indicator} ${area} ${period}`);
  return found;
}

const lgbf = readDocument('lgbf-children.json');
const cpop = readDocument('cpop-outcomes.json');
const samplePlans = readDocument('sample-plans.json');
const lgbfIndex = index(lgbf);
const cpopIndex = index(cpop);
const areaCodes = readRaw('scottish_council_areas.csv').map((row) => field(row, 'area_code')).sort();

test('every document declares the indicators its observations use, with the OGL source', () => {
  for (const document of [lgbf, cpop, samplePlans]) {
    assert.equal(document.omf, 1);
    assert.equal(document.source?.licence, 'OGL-UK-3.0');
    assert.match(document.source?.attribution ?? '', /Open Government Licence v3\.0/);
    const ids = document.indicators.map((indicator) => indicator.id);
    assert.equal(new Set(ids).size, ids.length, 'indicator ids are unique');
    const declared = new Set(ids);
    assert.deepEqual(document.observations.filter((o) => !declared.has(o.indicator)), []);
    for (const o of document.observations) {
      if (o.value === null) assert.ok(o.status === 'suppressed' || o.status === 'not-available', `${o.indicator} ${o.area} ${o.period}: null needs a status`);
      else assert.ok(Number.isFinite(o.value));
    }
  }
});

test('both data files cover all 33 area codes (32 councils and Scotland)', () => {
  assert.equal(areaCodes.length, 33);
  assert.deepEqual([...new Set(lgbf.observations.map((o) => o.area))].sort(), areaCodes);
  assert.deepEqual([...new Set(cpop.observations.map((o) => o.area))].sort(), areaCodes);
});

/** LGBF `2019-20` -> `2019/20`; pooled `2017-20` -> `2017-2020`. */
function lgbfLabel(period: string): { label: string; pooled: boolean } {
  const [, start = '', end = ''] = /^(\d{4})-(\d{2})$/.exec(period) ?? [];
  const endYear = Number(start.slice(0, 2) + end);
  return endYear === Number(start) + 1 ? { label: `${start}/${end}`, pooled: false } : { label: `${start}-${endYear}`, pooled: true };
}

test('every LGBF raw row is an observation with the same value or marker', () => {
  const raw = readRaw('lgbf_children_indicators.csv');
  let expected = 0;
  for (const row of raw) {
    const code = field(row, 'indicator_code');
    const { label, pooled } = lgbfLabel(field(row, 'period'));
    const id = code === 'CHN10' && !pooled ? 'CHN10-Annual' : code;
    const marker = field(row, 'marker');
    const found = observation(lgbfIndex, id, field(row, 'area_code'), label);
    expected += 1;
    if (marker) {
      assert.equal(found.value, null);
      assert.equal(found.marker, marker);
    } else {
      assert.equal(found.value, Number(field(row, 'value')));
      assert.equal(found.status, undefined);
    }
    if (field(row, 'value_real')) {
      assert.equal(observation(lgbfIndex, `${code}-Real`, field(row, 'area_code'), label).value, Number(field(row, 'value_real')));
      expected += 1;
    } else if (lgbfIndex.has(`${code}-Real|${field(row, 'area_code')}|${label}`)) {
      expected += 1;
    }
  }
  assert.equal(lgbf.observations.length, expected);
  assert.equal(raw.length, 10461);
});

test('LGBF spot values, markers and indicator metadata', () => {
  assert.equal(observation(lgbfIndex, 'CHN18', ABERDEEN_CITY, '2020/21').value, 82.4176);
  assert.equal(observation(lgbfIndex, 'CHN1', ABERDEEN_CITY, '2010/11').value, 4960.34);
  assert.equal(observation(lgbfIndex, 'CHN1-Real', ABERDEEN_CITY, '2010/11').value, 6193.57);
  assert.equal(observation(lgbfIndex, 'CHN10', ABERDEEN_CITY, '2010-2014').value, 72.7);
  assert.equal(observation(lgbfIndex, 'CHN10-Annual', ABERDEEN_CITY, '2010/11').value, 75.1);
  assert.deepEqual(observation(lgbfIndex, 'CHN17', ABERDEEN_CITY, '2020/21'), {
    indicator: 'CHN17', area: ABERDEEN_CITY, period: '2020/21', value: null, status: 'not-available', marker: 'dna',
  });
  assert.deepEqual(observation(lgbfIndex, 'CHN6', 'S12000020', '2011/12'), {
    indicator: 'CHN6', area: 'S12000020', period: '2011/12', value: null, status: 'suppressed', marker: '*',
  });
  assert.equal(observation(lgbfIndex, 'CHN14a', 'S12000013', '2018/19').status, 'not-available');
  assert.equal(observation(lgbfIndex, 'CHN6', 'S12000013', '2011/12').marker, 'NA');

  const indicator = (id: string) => lgbf.indicators.find((candidate) => candidate.id === id);
  assert.equal(lgbf.indicators.length, 46);
  assert.ok(lgbf.indicators.every((i) => i.theme === "Children's Services"));
  assert.deepEqual([indicator('CHN3')?.unit, indicator('CHN3')?.currency, indicator('CHN3')?.polarity], ['currency', 'GBP', 'lower-is-better']);
  for (const id of ['CHN17', 'CHN18', 'CHN24']) assert.equal(indicator(id)?.unit, 'percent', id);
  assert.equal(indicator('CHN24')?.polarity, 'lower-is-better');
  assert.equal(indicator('CHN18')?.polarity, 'higher-is-better');
  assert.deepEqual([indicator('CHN20a')?.unit, indicator('CHN20a')?.per], ['rate', 1000]);
  assert.equal(indicator('CHN12a')?.unit, 'score');
  assert.equal(indicator('CHN10')?.periodType, 'multi-year');
  assert.equal(indicator('CHN18')?.periodType, 'academic-year');
  assert.equal(indicator('CHN3')?.periodType, 'financial-year');
  assert.equal(indicator('CHN8b-Real')?.title, 'The Gross Cost of "Children Looked After" in a Community Setting per Child per Week (real terms, 2020-21 prices)');
});

test('every CPOP raw row is an observation with the same value and its type as status', () => {
  const raw = readRaw('cpop_cpp_outcomes.csv');
  const statusByType = new Map([['Raw data', undefined], ['Imputed', 'imputed'], ['Projected', 'projected']]);
  for (const row of raw) {
    const id = 'cpop-' + field(row, 'indicator').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const found = observation(cpopIndex, id, field(row, 'area_code'), field(row, 'period'));
    if (field(row, 'value') === '') {
      assert.deepEqual([found.value, found.status], [null, 'not-available']);
    } else {
      assert.equal(found.value, Number(field(row, 'value')));
      assert.equal(found.status, statusByType.get(field(row, 'type')));
    }
  }
  assert.equal(cpop.observations.length, raw.length);
  assert.equal(raw.length, 8811);
});

test('CPOP spot values and indicator metadata', () => {
  assert.equal(cpop.indicators.length, 20);
  assert.deepEqual(observation(cpopIndex, 'cpop-child-poverty', ABERDEEN_CITY, '2021/22'), {
    indicator: 'cpop-child-poverty', area: ABERDEEN_CITY, period: '2021/22', value: 13.0535,
  });
  assert.equal(observation(cpopIndex, 'cpop-child-poverty', ABERDEEN_CITY, '2010/11').status, 'imputed');
  assert.deepEqual([observation(cpopIndex, 'cpop-child-poverty', ABERDEEN_CITY, '2024/25').value, observation(cpopIndex, 'cpop-child-poverty', ABERDEEN_CITY, '2024/25').status], [18.166, 'projected']);
  assert.equal(observation(cpopIndex, 'cpop-primary-1-body-mass-index', 'S12000018', '2010/11').value, null);

  const indicator = (id: string) => cpop.indicators.find((candidate) => candidate.id === id);
  assert.deepEqual([indicator('cpop-median-earnings')?.unit, indicator('cpop-median-earnings')?.currency], ['currency', 'GBP']);
  assert.deepEqual([indicator('cpop-crime-rate')?.unit, indicator('cpop-crime-rate')?.per], ['rate', 10_000]);
  assert.deepEqual([indicator('cpop-early-mortality')?.unit, indicator('cpop-early-mortality')?.per], ['rate', 100_000]);
  assert.equal(indicator('cpop-well-being')?.unit, 'score');
  assert.equal(indicator('cpop-fragility')?.unit, 'index');
  assert.equal(indicator('cpop-child-poverty')?.polarity, 'lower-is-better');
  assert.equal(indicator('cpop-positive-destinations')?.polarity, 'higher-is-better');
  // Overrides the metadata's "Yes": the index rises as population falls.
  assert.equal(indicator('cpop-depopulation')?.polarity, 'lower-is-better');
});

test('the sample LOIP is illustrative and measures real Aberdeen City data', () => {
  const [plan] = samplePlans.plans ?? [];
  assert.ok(plan);
  assert.equal(plan.illustrative, true);
  assert.match(plan.title, /\(illustrative\)/);
  assert.equal(plan.area, ABERDEEN_CITY);
  assert.ok(new Set(plan.outcomes.map((outcome) => outcome.theme)).size >= 3);
  assert.ok(plan.outcomes.length >= 8);
  assert.deepEqual([...new Set(plan.outcomes.flatMap((outcome) => outcome.locality ?? []))].sort(), ['Central', 'North', 'South']);

  const declared = new Set(samplePlans.indicators.map((indicator) => indicator.id));
  const sourceIndex = new Map([...lgbfIndex, ...cpopIndex]);
  let measuresWithIndicator = 0;
  for (const measure of plan.outcomes.flatMap((outcome) => outcome.measures)) {
    assert.equal(measure.illustrative, true, measure.id);
    if (!measure.indicator) {
      assert.ok(measure.observations?.length, `${measure.id} carries its own observations`);
      assert.match(measure.title, /\(illustrative\)/);
      continue;
    }
    measuresWithIndicator += 1;
    assert.ok(declared.has(measure.indicator), `${measure.id}: ${measure.indicator} declared`);
    assert.equal(measure.area, ABERDEEN_CITY);
    const real = observation(sourceIndex, measure.indicator, ABERDEEN_CITY, measure.baseline.period);
    assert.equal(measure.baseline.value, real.value, `${measure.id}: baseline is the real value`);
    assert.equal(real.status, undefined, `${measure.id}: baseline is raw data`);
  }
  assert.ok(measuresWithIndicator >= 8);
  // The sample file carries the same Aberdeen City observations as the data files.
  for (const o of samplePlans.observations) assert.deepEqual(o, sourceIndex.get(`${o.indicator}|${o.area}|${o.period}`));
  assert.equal(observation(index(samplePlans), 'CHN18', ABERDEEN_CITY, '2020/21').value, 82.4176);
});

test('the sample CSPP action plan is illustrative, dated and consistent', () => {
  const [plan] = samplePlans.actionPlans ?? [];
  assert.ok(plan);
  assert.equal(plan.illustrative, true);
  assert.match(plan.title, /\(illustrative\)/);
  assert.ok(plan.actions.length >= 24);
  assert.deepEqual([...new Set(plan.actions.map((action) => action.theme))], [
    'Access to Services', 'Workforce Resilience', 'Child Protection Awareness', 'Domestic Abuse', 'Early Years and Under Fives',
    'Care Leavers', 'Mental Health and Substance Misuse', 'Respite Care', "Children's Hearings",
  ]);
  const statuses = new Set<string>(['not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'cancelled'] satisfies ActionStatus[]);
  for (const action of plan.actions) {
    assert.ok(action.lead.length > 0);
    assert.ok(action.due >= '2023-06-01' && action.due <= '2026-12-31', `${action.id} due ${action.due}`);
    assert.ok(action.updates.length >= 1 && action.updates.length <= 4, `${action.id} has 1-4 updates`);
    const dates = action.updates.map((update) => update.date);
    assert.deepEqual(dates, [...dates].sort(), `${action.id} updates in date order`);
    assert.ok(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= REPORT_DATE));
    assert.ok(action.updates.every((update) => statuses.has(update.status)));
    assert.equal(action.status, action.updates.at(-1)?.status, `${action.id} status is its latest update's`);
  }
  const count = (predicate: (action: Action) => boolean): number => plan.actions.filter(predicate).length;
  assert.ok(count((a) => a.status === 'complete') >= 3);
  assert.equal(count((a) => a.status === 'cancelled'), 1);
  assert.ok(count((a) => a.due < REPORT_DATE && a.status !== 'complete' && a.status !== 'cancelled') >= 3, 'some actions are overdue');
  assert.ok(count((a) => a.due > REPORT_DATE) >= 1, 'some actions are not yet due');
});

test('readDataset reads each file whole, skipping nothing', () => {
  for (const [name, document] of [['lgbf-children.json', lgbf], ['cpop-outcomes.json', cpop], ['sample-plans.json', samplePlans]] as const) {
    const dataset = readDataset(readText(name), { file: name });
    assert.equal(dataset.report.format, 'omf-json', name);
    assert.deepEqual(dataset.report.skipped, [], name);
    assert.equal(dataset.report.observations, document.observations.length, name);
    assert.equal(dataset.indicators.length, document.indicators.length, name);
  }
  const lgbfDataset = readDataset(lgbf);
  assert.equal(lgbfDataset.latest('CHN18', ABERDEEN_CITY)?.value, 82.4176);
  assert.equal(lgbfDataset.areas.length, 33);
  assert.deepEqual(lgbfDataset.periods('CHN10').map((period) => [period.label, period.type]).slice(0, 2), [['2010-2014', 'multi-year'], ['2012-2015', 'multi-year']]);
  const plans = readDataset(samplePlans);
  assert.equal(plans.plan('aberdeen-city-loip-2016-26')?.illustrative, true);
  assert.equal(plans.actionPlan('aberdeen-city-cspp-2023-26')?.illustrative, true);
  assert.equal(plans.latest('CHN18', ABERDEEN_CITY)?.value, 82.4176);
});
