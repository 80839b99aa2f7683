import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionStatusMeaning, summariseActionPlan } from '@omf/sdk';
import type { Action, ActionPlan } from '@omf/sdk';

function action(id: string, due: string, status: string, theme = 'Early years', updates: Action['updates'] = []): Action {
  return { id, theme, title: `Action ${id}`, lead: 'Lead officer', due, status, updates };
}

function plan(actions: Action[], vocabulary?: ActionPlan['vocabulary']): ActionPlan {
  return { id: 'cspp', partnership: 'Test CSPP', title: 'Children’s services plan', period: { start: '2023-04-01', end: '2026-03-31' }, actions, ...(vocabulary ? { vocabulary } : {}) };
}

const asOf = '2024-06-30';

test('asOf edges: due today is not overdue but is due soon; yesterday is overdue', () => {
  const summary = summariseActionPlan(
    plan([action('today', '2024-06-30', 'on-track'), action('yesterday', '2024-06-29', 'on-track'), action('next', '2024-09-28', 'at-risk'), action('later', '2024-09-29', 'not-started')]),
    { asOf },
  );
  assert.deepEqual(summary.overdue.map((entry) => [entry.action.id, entry.daysOverdue]), [['yesterday', 1]]);
  // 2024-09-28 is 90 days after 2024-06-30: inside the window; 2024-09-29 is 91 days.
  assert.deepEqual(summary.dueSoon.map((entry) => [entry.action.id, entry.daysUntilDue]), [['today', 0], ['next', 90]]);
});

test('complete late and cancelled actions are never overdue; percent complete leaves cancelled out', () => {
  const summary = summariseActionPlan(
    plan([
      action('late', '2023-01-01', 'complete'),
      action('dropped', '2023-01-01', 'cancelled'),
      action('stuck', '2023-01-01', 'off-track'),
      action('soon-but-done', '2024-07-01', 'complete'),
      action('open', '2025-06-30', 'on-track'),
    ]),
    { asOf },
  );
  assert.deepEqual(summary.overdue.map((entry) => entry.action.id), ['stuck']);
  assert.deepEqual(summary.dueSoon, []);
  assert.equal(summary.total, 5);
  assert.equal(summary.percentComplete, 50, '2 complete of 4 not cancelled');
  assert.deepEqual(summary.byStatus, { 'not-started': 0, 'on-track': 1, 'at-risk': 0, 'off-track': 1, complete: 2, cancelled: 1 });
});

test('dueSoonDays changes the window and must be a whole number', () => {
  const actions = [action('a', '2024-07-10', 'on-track'), action('b', '2024-07-31', 'on-track')];
  assert.deepEqual(summariseActionPlan(plan(actions), { asOf, dueSoonDays: 10 }).dueSoon.map((entry) => entry.action.id), ['a']);
  assert.deepEqual(summariseActionPlan(plan(actions), { asOf, dueSoonDays: 0 }).dueSoon, []);
  assert.throws(() => summariseActionPlan(plan(actions), { asOf, dueSoonDays: -1 }), RangeError);
  assert.throws(() => summariseActionPlan(plan(actions), { asOf: '30/06/2024' }), RangeError);
  assert.throws(() => summariseActionPlan(plan(actions), { asOf: '2024-06-31' }), RangeError);
});

test('RAG vocabulary with blue for delivered', () => {
  const rag = {
    statuses: [
      { id: 'red', label: 'Red', meaning: 'off-track' as const },
      { id: 'amber', label: 'Amber', meaning: 'at-risk' as const },
      { id: 'green', label: 'Green', meaning: 'on-track' as const },
      { id: 'blue', label: 'Delivered', meaning: 'complete' as const },
    ],
  };
  const summary = summariseActionPlan(
    plan([action('1', '2024-01-01', 'Blue'), action('2', '2024-01-01', 'red'), action('3', '2025-01-01', 'GREEN'), action('4', '2025-01-01', 'Delivered'), action('5', '2025-01-01', 'purple')], rag),
    { asOf },
  );
  assert.deepEqual(summary.byStatus, { 'not-started': 0, 'on-track': 1, 'at-risk': 0, 'off-track': 1, complete: 2, cancelled: 0 });
  assert.deepEqual(summary.unrecognised.map((entry) => entry.id), ['5']);
  assert.deepEqual(summary.overdue.map((entry) => entry.action.id), ['2'], 'blue (delivered) is complete, so not overdue');
  assert.equal(summary.percentComplete, 40);
});

test('plain words and default statuses in other spellings', () => {
  const words = { statuses: [{ id: 'done', label: 'Done', meaning: 'complete' as const }, { id: 'behind', label: 'Behind schedule', meaning: 'off-track' as const }] };
  assert.equal(actionStatusMeaning(words, 'done'), 'complete');
  assert.equal(actionStatusMeaning(words, 'behind schedule'), 'off-track');
  assert.equal(actionStatusMeaning(words, 'On track'), 'on-track', 'default words still work beside a vocabulary');
  assert.equal(actionStatusMeaning(undefined, 'not_started'), 'not-started');
  assert.equal(actionStatusMeaning(undefined, 'green'), undefined);
});

test('counts by theme in first-seen order; latest update by date', () => {
  const summary = summariseActionPlan(
    plan([
      action('1', '2025-01-01', 'on-track', 'Early years', [
        { date: '2024-03-01', status: 'on-track', text: 'later in the year' },
        { date: '2023-12-01', status: 'at-risk', text: 'earlier, listed second' },
      ]),
      action('2', '2025-01-01', 'complete', 'Mental health', [
        { date: '2024-02-01', status: 'on-track', text: 'first' },
        { date: '2024-02-01', status: 'complete', text: 'same day, listed later' },
      ]),
      action('3', '2025-01-01', 'at-risk', 'Early years'),
    ]),
    { asOf },
  );
  assert.deepEqual(summary.byTheme.map((theme) => [theme.theme, theme.total, theme.byStatus['at-risk']]), [['Early years', 2, 1], ['Mental health', 1, 0]]);
  assert.equal(summary.latestUpdate.get('1')?.text, 'later in the year');
  assert.equal(summary.latestUpdate.get('2')?.text, 'same day, listed later');
  assert.equal(summary.latestUpdate.has('3'), false);
});

test('sentence reads the counts; an empty plan has no percent complete', () => {
  const summary = summariseActionPlan(plan([action('1', '2024-01-01', 'complete'), action('2', '2024-06-01', 'at-risk'), action('3', '2024-07-15', 'on-track')]), { asOf });
  assert.equal(summary.sentence, 'Children’s services plan: 3 actions, 33% complete (1 on track, 1 at risk, 1 complete). 1 overdue; 1 due soon (within 90 days).');
  const empty = summariseActionPlan(plan([]), { asOf });
  assert.equal(empty.percentComplete, undefined);
  assert.equal(empty.sentence, 'Children’s services plan: 0 actions. 0 overdue; 0 due soon (within 90 days).');
  const gd = summariseActionPlan(plan([action('1', '2024-01-01', 'at-risk')]), { asOf, locale: 'gd' });
  assert.match(gd.sentence, /1 ann an cunnart/);
});
