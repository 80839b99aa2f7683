import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OmfLookupError, actionPlanCsvName, actionPlanToCsv, actionTable, filterActions, showingActions, sortActions } from '@omf/sdk';
import type { Action, ActionPlan, ActionSortKey } from '@omf/sdk';
import { csvParseRows } from 'd3-dsv';

function action(id: string, overrides: Partial<Action> = {}): Action {
  return { id, theme: 'Early years', title: `Action ${id}`, lead: 'Lead officer', due: '2025-03-31', status: 'on-track', updates: [], ...overrides };
}

function plan(actions: Action[], extra: Partial<ActionPlan> = {}): ActionPlan {
  return { id: 'cspp-2023', partnership: 'Test CSPP', title: 'Children’s services plan', period: { start: '2023-04-01', end: '2026-03-31' }, actions, ...extra };
}

const asOf = '2024-06-30';

const sample = plan([
  action('1', { title: 'Action 10', theme: 'Early years', lead: 'Zoe', due: '2024-06-29', status: 'at-risk' }),
  action('2', { title: 'action 2', theme: 'Care leavers', lead: 'ana', due: '2024-06-30', status: 'on-track' }),
  action('3', { title: 'Ábhar', theme: 'Early years', lead: 'Mo', due: '2024-01-01', status: 'complete' }),
  action('4', { title: 'Budget', theme: 'Care leavers', lead: 'Bea', due: '2024-07-01', status: 'off-track' }),
  action('5', { title: 'Cancelled thing', theme: 'Health', lead: 'Cy', due: '2023-01-01', status: 'cancelled' }),
  action('6', { title: 'No date', theme: 'Health', lead: 'Di', due: 'soon', status: 'not-started' }),
]);

test('rows carry the status label, the due date in words and overdue or due-soon words', () => {
  const table = actionTable(sample, { asOf });
  const byId = new Map(table.rows.map((row) => [row.action.id, row]));
  assert.equal(byId.get('1')!.due, '29 June 2024');
  assert.deepEqual(byId.get('1')!.timing, { kind: 'overdue', days: 1, text: 'Overdue by 1 day' });
  assert.deepEqual(byId.get('2')!.timing, { kind: 'due-soon', days: 0, text: 'Due today' });
  assert.deepEqual(byId.get('4')!.timing, { kind: 'due-soon', days: 1, text: 'Due in 1 day' });
  assert.equal(byId.get('3')!.timing, undefined, 'complete actions are never overdue');
  assert.equal(byId.get('5')!.timing, undefined, 'cancelled actions are never overdue');
  assert.equal(byId.get('6')!.due, 'soon', 'text that is not a date is shown as written');
  assert.equal(byId.get('1')!.statusLabel, 'At risk');
  assert.equal(byId.get('6')!.statusLabel, 'Not started');
  const later = actionTable(sample, { asOf: '2024-08-30' }).rows[0]!;
  assert.equal(later.timing?.text, 'Overdue by 62 days');
  assert.equal(actionTable(sample, { asOf: '2024-05-01' }).rows[0]!.timing?.text, 'Due in 59 days');
});

test('filter options list themes in first-seen order and the statuses used, with counts', () => {
  const table = actionTable(sample, { asOf });
  assert.deepEqual(table.themes.map((option) => [option.value, option.count]), [['Early years', 2], ['Care leavers', 2], ['Health', 2]]);
  assert.deepEqual(
    table.statuses.map((option) => [option.value, option.label, option.count]),
    [['not-started', 'Not started', 1], ['on-track', 'On track', 1], ['at-risk', 'At risk', 1], ['off-track', 'Off track', 1], ['complete', 'Complete', 1], ['cancelled', 'Cancelled', 1]],
  );
});

test('filters combine, accept empty values, and reject a theme or status the plan cannot have', () => {
  const table = actionTable(sample, { asOf });
  assert.deepEqual(filterActions(table, { theme: 'Care leavers' }).map((row) => row.action.id), ['2', '4']);
  assert.deepEqual(filterActions(table, { theme: 'Care leavers', status: 'off-track' }).map((row) => row.action.id), ['4']);
  assert.deepEqual(filterActions(table, { status: 'On track' }).map((row) => row.action.id), ['2'], 'status words are read loosely');
  assert.equal(filterActions(table, { theme: '', status: '' }).length, 6);
  assert.equal(filterActions(table, { theme: 'Health', status: 'on-track' }).length, 0);
  assert.throws(() => filterActions(table, { theme: 'Housing' }), (error: unknown) => error instanceof OmfLookupError && /theme "Housing" \(themes: Early years, Care leavers, Health\)/.test(error.message));
  assert.throws(() => filterActions(table, { status: 'purple' }), OmfLookupError);
});

test('a plan vocabulary gives the labels, and filters by meaning', () => {
  const rag = plan([action('a', { status: 'red' }), action('b', { status: 'blue', updates: [{ date: '2024-01-01', status: 'red', text: 'Late' }] })], {
    vocabulary: { statuses: [{ id: 'red', label: 'Red', meaning: 'off-track' }, { id: 'blue', label: 'Blue', meaning: 'complete' }] },
  });
  const table = actionTable(rag, { asOf });
  assert.deepEqual(table.rows.map((row) => [row.statusLabel, row.meaning]), [['Red', 'off-track'], ['Blue', 'complete']]);
  assert.equal(table.rows[1]!.updates[0]!.statusLabel, 'Red');
  assert.deepEqual(table.statuses.map((option) => [option.value, option.label]), [['off-track', 'Red'], ['complete', 'Blue']]);
  assert.deepEqual(filterActions(table, { status: 'red' }).map((row) => row.action.id), ['a']);
  assert.deepEqual(filterActions(table, { status: 'off-track' }).map((row) => row.action.id), ['a']);
});

test('updates are in date order, oldest first, and the latest is kept', () => {
  const table = actionTable(
    plan([
      action('u', {
        updates: [
          { date: '2024-03-01', status: 'at-risk', text: 'March' },
          { date: 'undated', status: 'on-track', text: 'No date' },
          { date: '2023-11-15', status: 'on-track', text: 'November' },
        ],
      }),
    ]),
    { asOf },
  );
  const row = table.rows[0]!;
  assert.deepEqual(row.updates.map((update) => [update.date, update.statusLabel, update.update.text]), [
    ['15 November 2023', 'On track', 'November'],
    ['1 March 2024', 'At risk', 'March'],
    ['undated', 'On track', 'No date'],
  ]);
  assert.equal(row.latestUpdate?.text, 'March');
});

test('sorting: text by collation with numbers in order, due by date, status by the default order; missing last', () => {
  const rows = actionTable(sample, { asOf }).rows;
  const ids = (by: ActionSortKey, direction?: 'ascending' | 'descending') => sortActions(rows, { by, ...(direction && { direction }) }).map((row) => row.action.id);
  assert.deepEqual(ids('title'), ['3', '2', '1', '4', '5', '6'], 'Ábhar, action 2, Action 10, Budget, Cancelled, No date');
  assert.deepEqual(ids('title', 'descending'), ['6', '5', '4', '1', '2', '3']);
  assert.deepEqual(ids('lead'), ['2', '4', '5', '6', '3', '1']);
  assert.deepEqual(ids('theme'), ['2', '4', '1', '3', '5', '6'], 'ties keep plan order');
  assert.deepEqual(ids('due'), ['5', '3', '1', '2', '4', '6']);
  assert.deepEqual(ids('due', 'descending'), ['4', '2', '1', '3', '5', '6'], 'an unreadable date stays last');
  assert.deepEqual(ids('status'), ['6', '2', '1', '4', '3', '5']);
  assert.deepEqual(rows.map((row) => row.action.id), ['1', '2', '3', '4', '5', '6'], 'the input is not changed');
});

test('sorting is a stable permutation: keys in order (missing last), ties in plan order, either direction', () => {
  const statuses = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'cancelled'];
  const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
  const compareKeys: Record<'title' | 'due' | 'status', (a: Action, b: Action) => number | undefined> = {
    title: (a, b) => collator.compare(a.title, b.title),
    due: (a, b) => (/^\d{4}-\d{2}-\d{2}$/.test(a.due) && /^\d{4}-\d{2}-\d{2}$/.test(b.due) ? a.due.localeCompare(b.due) : undefined),
    status: (a, b) => statuses.indexOf(a.status) - statuses.indexOf(b.status),
  };
  const draft = fc.record({
    title: fc.constantFrom('Alpha', 'alpha', 'Beta', 'Action 2', 'Action 10', 'Ábhar'),
    due: fc.constantFrom('2024-01-01', '2024-06-30', '2025-12-31', 'soon'),
    status: fc.constantFrom(...statuses),
  });
  fc.assert(
    fc.property(fc.array(draft, { maxLength: 12 }), fc.constantFrom('title', 'due', 'status' as const), fc.boolean(), (drafts, by, descending) => {
      const rows = actionTable(plan(drafts.map((fields, index) => action(String(index), fields))), { asOf }).rows;
      const sorted = sortActions(rows, { by, direction: descending ? 'descending' : 'ascending' });
      assert.deepEqual([...sorted].sort((a, b) => Number(a.action.id) - Number(b.action.id)), rows, 'a permutation');
      for (let index = 1; index < sorted.length; index++) {
        const [before, after] = [sorted[index - 1]!.action, sorted[index]!.action];
        const order = compareKeys[by](before, after);
        if (order === undefined) {
          // Only a missing date may follow a present one; two missing keep plan order.
          assert.ok(before.due === 'soon' ? after.due === 'soon' && Number(before.id) < Number(after.id) : after.due === 'soon');
        } else if (order === 0) assert.ok(Number(before.id) < Number(after.id), 'ties keep plan order');
        else assert.ok(descending ? order > 0 : order < 0, `${before.title}/${before.due}/${before.status} before ${after.title}/${after.due}/${after.status}`);
      }
    }),
  );
});

test('showingActions says how many are shown, in the singular for one', () => {
  assert.equal(showingActions(7, 24), 'Showing 7 of 24 actions');
  assert.equal(showingActions(0, 24), 'Showing 0 of 24 actions');
  assert.equal(showingActions(1, 1), 'Showing 1 of 1 action');
  assert.equal(showingActions(1, 1000), 'Showing 1 of 1,000 actions');
  assert.equal(showingActions(3, 29, 'gd'), 'A’ sealltainn 3 à 29 gnìomhan');
});

test('CSV: a header, the rows in the order given, and every formula-like cell neutralised', () => {
  const hostile = plan([
    action('=1+1', { title: '=HYPERLINK("https://evil.example","click")', lead: '+44 1224 000000', theme: '@SUM(A1:A9)', progress: 40 }),
    action('t', { title: '\tTabbed', lead: '\rReturned', theme: '-minus', updates: [{ date: '2024-05-01', status: 'on-track', text: '=cmd|" /C calc"!A0' }] }),
    action('ok', { title: 'Plain, with a comma', lead: 'Line\nbreak', due: '2024-06-01', status: 'at-risk' }),
  ]);
  const rows = actionTable(hostile, { asOf }).rows;
  const csv = actionPlanToCsv(rows);
  assert.ok(csv.endsWith('\n'));
  const parsed = csvParseRows(csv.trimEnd());
  assert.deepEqual(parsed[0], ['Reference', 'Action', 'Theme', 'Lead', 'Due', 'Status', 'Overdue or due soon', 'Progress (%)', 'Latest update date', 'Latest update']);
  assert.deepEqual(parsed[1], ["'=1+1", `'=HYPERLINK("https://evil.example","click")`, "'@SUM(A1:A9)", "'+44 1224 000000", '2025-03-31', 'On track', '', '40', '', '']);
  assert.deepEqual(parsed[2], ['t', "'\tTabbed", "'-minus", "'\rReturned", '2025-03-31', 'On track', '', '', '2024-05-01', `'=cmd|" /C calc"!A0`]);
  assert.deepEqual(parsed[3], ['ok', 'Plain, with a comma', 'Early years', 'Line\nbreak', '2024-06-01', 'At risk', 'Overdue by 29 days', '', '', '']);
  for (const cell of parsed.slice(1).flat()) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
  assert.deepEqual(csvParseRows(actionPlanToCsv(sortActions(rows, { by: 'title' })).trimEnd()).slice(1).map((row) => row[0]), ['t', "'=1+1", 'ok'], 'sorted rows keep their order in the file');
  assert.equal(actionPlanToCsv([]), 'Reference,Action,Theme,Lead,Due,Status,Overdue or due soon,Progress (%),Latest update date,Latest update\n');
  assert.match(actionPlanToCsv(rows, { locale: 'gd' }), /^Iomradh,Gnìomh,Cuspair/);
});

test('the CSV file name is safe on any file system', () => {
  assert.equal(actionPlanCsvName('aberdeen-city-cspp-2023-26', '2026-11-09'), 'aberdeen-city-cspp-2023-26-actions-2026-11-09.csv');
  assert.equal(actionPlanCsvName('../../etc/passwd <x>', '2026-11-09'), 'etc-passwd-x-actions-2026-11-09.csv');
  assert.equal(actionPlanCsvName('???', '2026-11-09'), 'action-plan-actions-2026-11-09.csv');
});
