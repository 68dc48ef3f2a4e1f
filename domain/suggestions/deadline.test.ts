import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readClock, replyDue, REPLY_MONTHS } from './deadline.js';
import { addCalendarMonths, daysBetween } from '../calendar/dates.js';
import { currentStage, handlingRounds, stageDates, standing } from './loop.js';
import type { HistoryEntry, PublicSuggestion } from '../model.js';

describe('addCalendarMonths (Civil Code art. 202: the corresponding day, else the month’s last day)', () => {
  const table: [string, number, string][] = [
    ['2025-01-15', 3, '2025-04-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-11-30', 3, '2026-02-28'], // across the year end
    ['2023-11-30', 3, '2024-02-29'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-02-28', 1, '2025-03-28'], // the 28th exists in March: no jump to the month end
    ['2025-12-31', 1, '2026-01-31'],
    ['2025-10-31', 3, '2026-01-31'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2025-01-01', 0, '2025-01-01'],
    ['2025-01-15', 12, '2026-01-15'],
  ];
  for (const [date, months, expected] of table) {
    it(`${date} + ${months} month(s) = ${expected}`, () => assert.equal(addCalendarMonths(date, months), expected));
  }
  it('rejects what is not a date', () => {
    assert.throws(() => addCalendarMonths('2025/01/15', 1), /not a YYYY-MM-DD date/);
  });
});

describe('replyDue: the one rule of the deadline clock', () => {
  const table: [string, Parameters<typeof replyDue>[0], string, string][] = [
    ['a standard matter: 3 months after assignment', { startedOn: '2025-01-15' }, '2025-04-15', 'standard'],
    ['a complex matter: 6 months', { startedOn: '2025-01-15', complex: true }, '2025-07-15', 'complex'],
    ['a reopened round after 不满意: 1 month', { startedOn: '2025-05-10', reopened: true }, '2025-06-10', 'reopened'],
    ['a reopened round stays 1 month even when the matter is complex', { startedOn: '2025-05-10', reopened: true, complex: true }, '2025-06-10', 'reopened'],
    ['a written deadline wins over the default', { startedOn: '2025-01-15', deadline: '2025-02-01' }, '2025-02-01', 'override'],
    ['a written deadline wins over complex', { startedOn: '2025-01-15', complex: true, deadline: '2025-12-31' }, '2025-12-31', 'override'],
    ['a written deadline wins in a reopened round', { startedOn: '2025-05-10', reopened: true, deadline: '2025-05-31' }, '2025-05-31', 'override'],
    ['month end: assigned 30 Nov, due 28 Feb', { startedOn: '2025-11-30' }, '2026-02-28', 'standard'],
    ['month end: reopened 31 Jan, due 28 Feb', { startedOn: '2026-01-31', reopened: true }, '2026-02-28', 'reopened'],
    ['month end: complex from 31 Aug, due 28 Feb', { startedOn: '2025-08-31', complex: true }, '2026-02-28', 'complex'],
  ];
  for (const [name, input, due, basis] of table) {
    it(name, () => assert.deepEqual(replyDue(input), { due, basis }));
  }
  it('counts the months the law gives', () => assert.deepEqual(REPLY_MONTHS, { standard: 3, complex: 6, reopened: 1 }));
});

describe('readClock', () => {
  const table: [string, string | undefined, string, string, number][] = [
    // due, answeredOn, today → status, days
    ['2025-04-15', undefined, '2025-04-01', 'running', 14],
    ['2025-04-15', undefined, '2025-04-15', 'running', 0], // the due date itself is still in time
    ['2025-04-15', undefined, '2025-04-16', 'overdue', 1],
    ['2025-04-15', undefined, '2025-06-14', 'overdue', 60],
    ['2025-04-15', '2025-04-15', '2025-09-01', 'on-time', 0],
    ['2025-04-15', '2025-03-01', '2025-09-01', 'on-time', 45],
    ['2025-04-15', '2025-04-20', '2025-09-01', 'late', 5],
  ];
  for (const [due, answered, today, status, days] of table) {
    it(`due ${due}, answered ${answered ?? '—'}, read ${today}: ${status} ${days}`, () => assert.deepEqual(readClock(due, answered, today), { status, days }));
  }
  it('daysBetween crosses months and leap days', () => {
    assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.equal(daysBetween('2025-02-28', '2025-03-01'), 1);
    assert.equal(daysBetween('2025-03-01', '2025-02-28'), -1);
  });
});

const step = (stage: HistoryEntry['stage'], date: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ stage, date, ...extra });

describe('handlingRounds: rounds and their clocks from the history', () => {
  it('one round, replied in time', () => {
    const rounds = handlingRounds([step('submitted', '2025-01-09'), step('accepted', '2025-01-10'), step('assigned', '2025-01-15', { department: '区医保分局' }), step('replied', '2025-05-01'), step('closed', '2025-06-24')], '2026-11-20');
    assert.equal(rounds.length, 1);
    assert.deepEqual(
      { ...rounds[0] },
      { round: 1, reopened: false, from: 0, to: 5, startedOn: '2025-01-15', assignedOn: '2025-01-15', department: '区医保分局', complex: false, answeredOn: '2025-05-01', due: '2025-04-15', basis: 'standard', status: 'late', days: 16 },
    );
  });

  it('a reopened round after 不满意: its own 1-month clock from the reopening, its written deadline honoured', () => {
    const history = [
      step('submitted', '2025-01-16'),
      step('assigned', '2025-01-31', { department: '区住建局' }),
      step('replied', '2025-04-10'),
      step('fed-back', '2025-04-24'),
      step('rated', '2025-05-07'),
      step('reopened', '2025-05-10'),
      step('assigned', '2025-05-13', { department: '区住建局', deadline: '2025-06-10' }),
      step('replied', '2025-06-01'),
      step('closed', '2025-06-25'),
    ];
    const rounds = handlingRounds(history, '2026-11-20');
    assert.deepEqual(rounds.map((r) => [r.round, r.reopened, r.from, r.to, r.startedOn, r.due, r.basis, r.answeredOn, r.status]), [
      [1, false, 0, 5, '2025-01-31', '2025-04-30', 'standard', '2025-04-10', 'on-time'],
      [2, true, 5, 9, '2025-05-10', '2025-06-10', 'override', '2025-06-01', 'on-time'],
    ]);
    assert.equal(rounds[1]!.department, '区住建局');
  });

  it('a reopened round without its own assignment keeps the department and runs 1 month', () => {
    const rounds = handlingRounds([step('submitted', '2025-01-02'), step('assigned', '2025-01-05', { department: '镇城建办' }), step('replied', '2025-02-01'), step('rated', '2025-02-10'), step('reopened', '2025-02-12')], '2025-03-20');
    assert.deepEqual([rounds[1]!.department, rounds[1]!.due, rounds[1]!.status, rounds[1]!.days], ['镇城建办', '2025-03-12', 'overdue', 8]);
  });

  it('handing a matter on does not restart the clock, but a complex flag or a deadline on the new assignment applies', () => {
    const passedOn = handlingRounds([step('submitted', '2025-01-02'), step('assigned', '2025-01-05', { department: '甲' }), step('assigned', '2025-03-01', { department: '乙' })], '2025-04-10');
    assert.deepEqual([passedOn[0]!.department, passedOn[0]!.startedOn, passedOn[0]!.due, passedOn[0]!.status], ['乙', '2025-01-05', '2025-04-05', 'overdue']);
    const complex = handlingRounds([step('submitted', '2025-01-02'), step('assigned', '2025-01-05', { department: '甲' }), step('assigned', '2025-03-01', { department: '乙', complex: true })], '2025-04-10');
    assert.deepEqual([complex[0]!.due, complex[0]!.basis, complex[0]!.status], ['2025-07-05', 'complex', 'running']);
  });

  it('a round never assigned has no clock; the department falls back to the suggestion’s', () => {
    assert.deepEqual(handlingRounds([step('submitted', '2025-01-02'), step('resolved-on-site', '2025-01-02')], '2025-04-10').map((r) => r.due), [undefined]);
    assert.equal(handlingRounds([step('submitted', '2025-01-02'), step('assigned', '2025-01-03')], '2025-01-04', '镇农业办')[0]!.department, '镇农业办');
  });

  it('a round closed without a recorded reply stops its clock at the closing', () => {
    const [round] = handlingRounds([step('submitted', '2025-01-02'), step('assigned', '2025-01-05'), step('closed', '2025-02-01')], '2026-01-01');
    assert.deepEqual([round!.answeredOn, round!.status], ['2025-02-01', 'on-time']);
  });
});

function suggestion(history: HistoryEntry[], extra: Partial<PublicSuggestion> = {}): PublicSuggestion {
  return { id: 'x', title: 't', body: 'b', category: 'c', source: 'scan', submitter: '某', deputies: [], history, ...extra };
}

describe('standing: stage, finished, days open, overdue', () => {
  const table: [string, PublicSuggestion, string, { stage: string; finished: boolean; daysOpen: number; overdue: boolean; reopenedCount: number }][] = [
    ['just submitted', suggestion([step('submitted', '2026-11-01')]), '2026-11-20', { stage: 'submitted', finished: false, daysOpen: 19, overdue: false, reopenedCount: 0 }],
    ['assigned, past due', suggestion([step('submitted', '2026-01-01'), step('assigned', '2026-01-10', { department: '甲' })]), '2026-11-20', { stage: 'assigned', finished: false, daysOpen: 323, overdue: true, reopenedCount: 0 }],
    ['closed: days open stop at the closing', suggestion([step('submitted', '2025-01-09'), step('assigned', '2025-01-15', { department: '甲' }), step('replied', '2025-03-01'), step('closed', '2025-03-11')]), '2026-11-20', { stage: 'closed', finished: true, daysOpen: 61, overdue: false, reopenedCount: 0 }],
    ['solved on the spot the same day', suggestion([step('submitted', '2025-01-09'), step('resolved-on-site', '2025-01-09')]), '2026-11-20', { stage: 'resolved-on-site', finished: true, daysOpen: 0, overdue: false, reopenedCount: 0 }],
    ['rated satisfied: finished at the rating', suggestion([step('submitted', '2025-01-09'), step('assigned', '2025-01-10', { department: '甲' }), step('replied', '2025-02-01'), step('rated', '2025-02-09')], { satisfaction: 'satisfied' }), '2026-11-20', { stage: 'rated', finished: true, daysOpen: 31, overdue: false, reopenedCount: 0 }],
    ['rated unsatisfied: still open, awaiting the reopening', suggestion([step('submitted', '2025-01-09'), step('assigned', '2025-01-10', { department: '甲' }), step('replied', '2025-02-01'), step('rated', '2025-02-09')], { satisfaction: 'unsatisfied' }), '2025-03-01', { stage: 'rated', finished: false, daysOpen: 51, overdue: false, reopenedCount: 0 }],
    ['reopened and overdue', suggestion([step('submitted', '2025-01-09'), step('assigned', '2025-01-10', { department: '甲' }), step('replied', '2025-02-01'), step('rated', '2025-02-09'), step('reopened', '2025-02-10')]), '2025-03-11', { stage: 'reopened', finished: false, daysOpen: 61, overdue: true, reopenedCount: 1 }],
  ];
  for (const [name, s, today, expected] of table) {
    it(name, () => {
      const st = standing(s, today);
      assert.deepEqual({ stage: st.stage, finished: st.finished, daysOpen: st.daysOpen, overdue: st.overdue, reopenedCount: st.reopenedCount }, expected);
    });
  }

  it('current stage is the latest step; stage dates are each stage’s first', () => {
    const history = [step('submitted', '2025-01-01'), step('assigned', '2025-01-02'), step('replied', '2025-01-03'), step('rated', '2025-01-04'), step('reopened', '2025-01-05'), step('replied', '2025-01-20')];
    assert.equal(currentStage({ history }), 'replied');
    const dates = stageDates(history);
    assert.equal(dates.replied, '2025-01-03');
    assert.equal(dates.reopened, '2025-01-05');
    assert.equal(dates.closed, undefined);
  });
});
