/** Canonical JSON (`"omf": 1`): observations, declared areas, plans, action plans, and format sniffing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OmfDataError, readDataset } from '@omf/sdk';
import type { OmfDocument } from '@omf/sdk';

const text = readFileSync(new URL('./fixtures/read/canonical.json', import.meta.url), 'utf8');
const dataset = readDataset(text, { file: 'canonical.json' });

const issueOf = (input: object): { pointer?: string; field: string; message: string } => {
  try {
    readDataset(input);
  } catch (error) {
    assert.ok(error instanceof OmfDataError);
    const [first] = error.issues;
    assert.ok(first);
    return first;
  }
  assert.fail('read without error');
};

test('canonical JSON: metadata, declared areas and normalised observations', () => {
  assert.equal(dataset.report.format, 'omf-json');
  assert.equal(dataset.report.rows, 8);
  assert.equal(dataset.title, 'ELC sample');
  assert.equal(dataset.source?.licence, 'OGL-UK-3.0');
  assert.deepEqual(dataset.indicators.map((indicator) => indicator.id), ['CHN18', 'hb-waits']);
  assert.deepEqual(dataset.area('S08000020'), { code: 'S08000020', name: 'NHS Grampian', type: 'health-board' });
  const observations = dataset.toDocument().observations;
  // Periods in canonical labels, retired codes replaced by current ones, missing values flagged.
  assert.deepEqual(observations[0], { indicator: 'CHN18', area: 'S12000033', period: '2020/21', value: 82.4176 });
  assert.equal(observations[5]?.area, 'S12000049');
  assert.equal(observations[7]?.period, '2023-Q4');
  assert.deepEqual(observations[2], { indicator: 'CHN18', area: 'S12000033', period: '2019/20', value: null, status: 'suppressed', marker: '*' });
});

test('canonical JSON: plans are validated and normalised', () => {
  const plan = dataset.plan('aberdeen-loip');
  assert.equal(plan?.area, 'S12000033', 'area given by name is stored as its code');
  const measure = plan?.outcomes[0]?.measures[0];
  assert.deepEqual(measure?.baseline, { period: '2018/19', value: 85.4 });
  assert.equal(plan?.outcomes[0]?.measures[1]?.observations?.[0]?.period, '2020');
  const actions = dataset.actionPlan('tayside-cspp');
  assert.deepEqual(actions?.vocabulary?.statuses.map((status) => status.id), ['green', 'amber', 'blue']);
  assert.equal(actions?.actions[0]?.updates.length, 2);
  assert.equal(dataset.plan('nope'), undefined);
});

test('parsed JSON objects are read like text', () => {
  const parsed = readDataset(JSON.parse(text) as OmfDocument);
  assert.deepEqual(parsed.toDocument(), dataset.toDocument());
});

test('a known marker as a JSON value is a missing value with its status', () => {
  const document = {
    omf: 1,
    indicators: [{ id: 'x', title: 'X', unit: 'count', polarity: 'neutral' }],
    observations: [
      { indicator: 'x', area: 'S12000033', period: '2023', value: 'dna' },
      { indicator: 'x', area: 'S12000034', period: '2023', value: 'x' },
      { indicator: 'x', area: 'S12000041', period: '2023', value: null },
    ],
  };
  assert.deepEqual(
    readDataset(document).toDocument().observations.map(({ value, status, marker }) => ({ value, status, marker })),
    [
      { value: null, status: 'not-available', marker: 'dna' },
      { value: null, status: 'suppressed', marker: 'x' },
      { value: null, status: 'not-available', marker: undefined },
    ],
  );
});

test('version, required value and status/value contradictions are problems', () => {
  const indicators = [{ id: 'x', title: 'X', unit: 'count', polarity: 'neutral' }];
  assert.deepEqual(issueOf({ omf: 2, indicators, observations: [] }), {
    field: 'omf',
    message: 'omf must be 1 (the format version this SDK reads), not the number 2',
    pointer: '/omf',
  });
  assert.equal(issueOf({ omf: 1, indicators, observations: [{ indicator: 'x', area: 'S12000033', period: '2023' }] }).pointer, '/observations/0/value');
  assert.deepEqual(
    issueOf({ omf: 1, indicators, observations: [{ indicator: 'x', area: 'S12000033', period: '2023', value: 5, status: 'suppressed' }] }),
    { field: 'status', message: 'status is suppressed but there is a value (5)', pointer: '/observations/0/status' },
  );
  assert.equal(
    issueOf({ omf: 1, indicators: [{ id: 'g', title: 'G', unit: 'ratio', polarity: 'target-range' }], observations: [] }).pointer,
    '/indicators/0/target',
  );
});

test('the format is sniffed from content type, file extension or content', () => {
  const csv = 'indicator,area,period,value\nx,S12000033,2023,1\n';
  assert.equal(readDataset(csv).report.format, 'csv');
  assert.equal(readDataset(csv, { contentType: 'text/csv; charset=utf-8' }).report.format, 'csv');
  assert.equal(readDataset(text, { file: 'https://example.org/data.json?v=2' }).report.format, 'omf-json');
  const cube = 'FeatureCode,DateCode,Measurement,Units,Value\nS12000033,2020,Count,People,5\n';
  assert.equal(readDataset(cube).report.format, 'cube-csv');
  assert.throws(
    () => readDataset('<!DOCTYPE html><p>Not found</p>', { file: 'page.json' }),
    (error: unknown) => error instanceof OmfDataError && /looks like HTML/.test(error.issues[0]?.message ?? ''),
  );
  assert.throws(
    () => readDataset('{"hello": "world"}'),
    (error: unknown) => error instanceof OmfDataError && /unrecognised JSON/.test(error.issues[0]?.message ?? ''),
  );
});

test('outside Scotland: skipped unless the document declares the area', () => {
  const document = {
    omf: 1,
    indicators: [{ id: 'x', title: 'X', unit: 'count', polarity: 'neutral' }],
    areas: [{ code: 'E06000001', name: 'Hartlepool' }],
    observations: [
      { indicator: 'x', area: 'E06000001', period: '2023', value: 1 },
      { indicator: 'x', area: 'W06000001', period: '2023', value: 2 },
    ],
  };
  const read = readDataset(document);
  assert.deepEqual(read.areas.map((area) => area.code), ['E06000001']);
  assert.deepEqual(read.report.skipped, [{ field: 'area', message: 'area W06000001 is outside Scotland; row skipped', pointer: '/observations/1/area' }]);
});
