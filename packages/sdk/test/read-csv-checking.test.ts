/**
 * Tidy CSV rows are checked as they are read, most through a fast path for rows that are a number
 * and nothing else; with an `area_name` column, from the first row whose area a later row may
 * declare, rows are kept as drafts and checked by the precise path once the file is read. Every
 * way must give the same dataset, or the same problems.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OmfDataError, readDataset } from '@omf/sdk';
import type { Indicator, ReadOptions } from '@omf/sdk';

/** What a read gives: the dataset's document, report and areas, or the problems it throws. */
function outcome(text: string, options: ReadOptions): unknown {
  try {
    const dataset = readDataset(text, { file: 'data.csv', ...options });
    return { document: dataset.toDocument(), report: dataset.report, areas: dataset.areas };
  } catch (error) {
    if (!(error instanceof OmfDataError)) throw error;
    return { issues: error.issues };
  }
}

/** The line, column and message of each problem reading the CSV lines throws; fails when it reads. */
function problemsOf(lines: readonly string[]): Array<[number | undefined, number | undefined, string]> {
  try {
    readDataset(lines.join('\n'));
  } catch (error) {
    assert.ok(error instanceof OmfDataError);
    return error.issues.map(({ line, column, message }) => [line, column, message]);
  }
  assert.fail('the CSV read without a problem');
}

const quoted = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

// Good and bad cells alike: codes, names, retired codes, places outside Scotland, unknown areas;
// period forms; numbers, markers and text; so rows take the fast path, fall back from it, or fail.
const row = fc.record({
  note: fc.constantFrom('', '', 'two\nlines', 'three\r\nlines\nhere'),
  indicator: fc.constantFrom('a', 'b', ' a', ''),
  area: fc.constantFrom('S12000033', 'S12000034', 'Aberdeen City', ' S12000035 ', 'S12000046', 'E06000001', 'Nowhere', ''),
  period: fc.constantFrom('2020/21', '2020-21', '2021', '2019-2022', 'last year', ''),
  value: fc.constantFrom('12', '1.5', '-3', ' 7 ', '1,234.5', '', '*', 'NA', 'twelve'),
  marker: fc.constantFrom('', '', '', '*', 'p', 'c', ' '),
  status: fc.constantFrom('', '', 'provisional', 'suppressed', 'estimated'),
  lower: fc.constantFrom('', '', '1', 'x'),
  value_real: fc.constantFrom('', '', '3.5', 'x'),
});
const optionalColumn = fc.constantFrom('marker', 'status', 'lower', 'value_real');
const given: Indicator[] = [{ id: 'a', title: 'A', unit: 'count', polarity: 'neutral' }];

test('rows checked as read, fast path or not, read exactly as with an area_name column, which makes rows wait from the first unknown area', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(optionalColumn, { maxLength: 3 }),
      fc.array(row, { maxLength: 12 }),
      fc.boolean(),
      fc.boolean(),
      (optional, rows, noted, onlyGiven) => {
        const header = [...(noted ? ['note'] : []), 'indicator', 'area', 'period', 'value', ...optional];
        const lines = rows.map((cells) => header.map((name) => quoted(cells[name as keyof typeof cells])).join(','));
        const text = [header.join(','), ...lines].join('\n') + '\n';
        // An empty last column changes no cell's place, so the problems must be the same, to the column.
        const withNames = [`${header.join(',')},area_name`, ...lines.map((line) => `${line},`)].join('\n') + '\n';
        const options = onlyGiven ? { indicators: given } : {};
        assert.deepEqual(outcome(text, options), outcome(withNames, options));
      },
    ),
    { numRuns: 2_000 },
  );
});

test('a duplicate names the line of its first period, after quoted line breaks', () => {
  const csv = [
    'note,indicator,area,period,value',
    '"two\nlines",emp,S12000033,2020/21,1',
    'x,emp,S12000034,2020/21,2',
    '"one\nmore\nline",emp,S12000033,2020-21,3',
    'y,emp,S12000034,2020/21,4',
  ];
  assert.deepEqual(problemsOf(csv), [
    [7, 4, 'duplicate observation for emp, S12000033, 2020/21 (first at line 3)'],
    [8, 4, 'duplicate observation for emp, S12000034, 2020/21 (first at line 4)'],
  ]);
});

test('rows skipped by the checks are reported after the rows the reader skips', () => {
  const csv = 'indicator,area,period,value\nb,S12000033,2023,1\na,E06000001,2023,2\nb,S12000034,2023,3\na,S12000033,2023,4\n';
  const dataset = readDataset(csv, { indicators: given });
  assert.deepEqual(
    dataset.report.skipped.map(({ line, field }) => [line, field]),
    [
      [2, 'indicator'],
      [4, 'indicator'],
      [3, 'area'],
    ],
  );
  assert.equal(dataset.report.observations, 1);
});

test('with area names, rows wait from the first whose area a later row may declare, and keep their order', () => {
  const csv = [
    'indicator,area,period,value,area_name',
    'emp,S12000033,2020,1,Aberdeen City',
    'emp,S99000001,2020,2,',
    'emp,S12000034,2020,3,Aberdeenshire',
    'emp,S99000001,2021,4,Test Ward',
    'emp,S12000033,2021,5,Aberdeen City',
  ].join('\n');
  const dataset = readDataset(csv);
  assert.deepEqual(
    dataset.toDocument().observations.map(({ area, period, value }) => [area, period, value]),
    [['S12000033', '2020', 1], ['S99000001', '2020', 2], ['S12000034', '2020', 3], ['S99000001', '2021', 4], ['S12000033', '2021', 5]],
  );
  assert.deepEqual(dataset.toDocument().areas, [{ code: 'S99000001', name: 'Test Ward' }]);
  assert.deepEqual(dataset.areas.map((area) => area.code), ['S12000033', 'S99000001', 'S12000034']);
});

test('a duplicate of a row checked as read, met after rows began to wait, names its first line', () => {
  const csv = [
    'indicator,area,period,value,area_name',
    'emp,S12000033,2020,1,',
    'emp,S12000034,2020,2,',
    'emp,S13002516,2020,3,Some Ward',
    'emp,S12000034,2020,9,',
  ];
  assert.deepEqual(problemsOf(csv), [[5, 3, 'duplicate observation for emp, S12000034, 2020 (first at line 3)']]);
});
