/**
 * One fixture per class of problem: each must fail with exactly the expected issues, located by
 * CSV line and column or JSON pointer, with the field at fault and a plain-English message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OmfDataError, formatIssue, readDataset, readIndicatorsCsv } from '@omf/sdk';
import type { DataIssue } from '@omf/sdk';

const fixtures = new URL('./fixtures/read/errors/', import.meta.url);

type Expected = Pick<DataIssue, 'line' | 'column' | 'pointer' | 'field'> & { message: RegExp };

/** The issues thrown for a fixture (read as data, or as indicator CSV for `indicators-*`). */
function issuesOf(name: string): readonly DataIssue[] {
  const text = readFileSync(new URL(name, fixtures), 'utf8');
  try {
    if (name.startsWith('indicators-')) readIndicatorsCsv(text, { file: name });
    else readDataset(text, { file: name });
  } catch (error) {
    assert.ok(error instanceof OmfDataError, `${name}: expected OmfDataError, got ${String(error)}`);
    return error.issues;
  }
  assert.fail(`${name}: read without error`);
}

const cases: Record<string, Expected[]> = {
  'unknown-area.csv': [{ line: 3, column: 2, field: 'area', message: /^unknown area "Edinbrugh"$/ }],
  'bad-period.csv': [{ line: 2, column: 3, field: 'period', message: /^cannot read period "last year"/ }],
  'duplicate.csv': [
    { line: 4, column: 3, field: 'period', message: /^duplicate observation for emp, S12000033, 2020\/21 \(first at line 2\)$/ },
  ],
  'bad-value.csv': [{ line: 2, column: 4, field: 'value', message: /^value "twelve" is neither a number nor a known marker/ }],
  'unknown-marker.csv': [{ line: 2, column: 5, field: 'marker', message: /^unknown marker "c"/ }],
  'lower-above-upper.csv': [{ line: 2, column: 5, field: 'lower', message: /^lower bound 76 is above upper bound 72$/ }],
  'unknown-status.csv': [{ line: 2, column: 5, field: 'status', message: /^unknown status "estimated"/ }],
  'missing-column.csv': [{ line: 1, field: 'period', message: /^missing column "period"/ }],
  'indicators-invalid.csv': [
    { line: 2, column: 3, field: 'unit', message: /^unknown unit "furlongs"/ },
    { line: 3, column: 4, field: 'polarity', message: /^unknown polarity "up"/ },
    { line: 4, column: 1, field: 'id', message: /^duplicate id "emp" \(first at line 2\)$/ },
  ],
  'wrong-types.json': [
    { pointer: '/indicators/0/title', field: 'title', message: /^missing required field "title"$/ },
    { pointer: '/observations/0/value', field: 'value', message: /^value must be a number, not the text "74.1"$/ },
    { pointer: '/observations/1/area', field: 'area', message: /^area must be text, not the number 42$/ },
  ],
  'invalid-unit-polarity.json': [
    { pointer: '/indicators/0/unit', field: 'unit', message: /^unknown unit "percentage"/ },
    { pointer: '/indicators/1/polarity', field: 'polarity', message: /^unknown polarity "up"/ },
  ],
  'undeclared-indicator.json': [
    { pointer: '/observations/0/indicator', field: 'indicator', message: /^observation for undeclared indicator "CHN18"$/ },
  ],
  'duplicate-ids.json': [
    { pointer: '/indicators/1/id', field: 'id', message: /^duplicate id "emp" \(first at \/indicators\/0\)$/ },
    { pointer: '/actionPlans/0/actions/1/id', field: 'id', message: /^duplicate action id "A1"/ },
    { pointer: '/actionPlans/1/id', field: 'id', message: /^duplicate action plan id "cspp"/ },
  ],
  'plan-unknown-indicator.json': [
    { pointer: '/plans/0/outcomes/0/measures/0/indicator', field: 'indicator', message: /^unknown indicator "employment" in measure$/ },
  ],
  'plan-target-before-baseline.json': [
    {
      pointer: '/plans/0/outcomes/0/measures/0/target/period',
      field: 'period',
      message: /^target period 2020\/21 is before baseline period 2022\/23$/,
    },
  ],
  'action-bad-date.json': [
    { pointer: '/actionPlans/0/actions/0/due', field: 'due', message: /^due must be an ISO date \(YYYY-MM-DD\), not "31\/03\/2025"$/ },
    { pointer: '/actionPlans/0/actions/0/updates/0/date', field: 'date', message: /not "2024-02-30"$/ },
  ],
  'action-unknown-status.json': [
    // A plan with its own vocabulary accepts only its words; a plan without one, the default words.
    { pointer: '/actionPlans/0/actions/0/status', field: 'status', message: /^unknown status "on-track" \(expected green, red\)$/ },
    { pointer: '/actionPlans/1/actions/0/status', field: 'status', message: /^unknown status "green" \(expected not-started, on-track/ },
  ],
  'json-syntax.json': [{ line: 3, column: 18, field: 'json', message: /^not valid JSON/ }],
  'json-stat-link-only.json': [
    { pointer: '/link/item/0', field: 'href', message: /links to a dataset at https:\/\/example.org\/chn18.json but does not embed it; links are not fetched/ },
  ],
  'json-stat-size-mismatch.json': [{ pointer: '/value', field: 'value', message: /^value has 3 entries but the dimension sizes make 2$/ }],
  'sparql-unknown-term.json': [
    { pointer: '/results/bindings/0/value', field: 'value', message: /^\?value is a term of unknown type "triple"/ },
  ],
};

for (const [name, expected] of Object.entries(cases)) {
  test(`${name} fails with located issues`, () => {
    const issues = issuesOf(name);
    assert.equal(issues.length, expected.length, issues.map(formatIssue).join('\n'));
    expected.forEach((want, index) => {
      const issue = issues[index];
      assert.ok(issue, `${name}: issue ${index}`);
      assert.equal(issue.file, name);
      assert.equal(issue.field, want.field);
      assert.equal(issue.line, want.line);
      assert.equal(issue.column, want.column);
      assert.equal(issue.pointer, want.pointer);
      assert.match(issue.message, want.message);
    });
  });
}

test('the error message names the first problem and counts the rest', () => {
  assert.throws(
    () => readDataset(readFileSync(new URL('duplicate-ids.json', fixtures), 'utf8'), { file: 'duplicate-ids.json' }),
    (error: unknown) =>
      error instanceof OmfDataError &&
      error.message === 'duplicate-ids.json#/indicators/1/id: id: duplicate id "emp" (first at /indicators/0) (and 2 more problems)',
  );
});

test('every problem in a file is reported, not only the first', () => {
  const csv = ['indicator,area,period,value', 'emp,Nowhere,2023,1', 'emp,S12000033,someday,2', 'emp,S12000034,2023,lots'].join('\n');
  assert.throws(
    () => readDataset(csv),
    (error: unknown) =>
      error instanceof OmfDataError &&
      error.issues.map((issue) => `${issue.line}:${issue.column}:${issue.field}`).join(' ') === '2:2:area 3:3:period 4:4:value',
  );
});
