import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeReception, nextReceptionDate, nextReception, nextReceptionAt, quarterLastWeekMonday, receptionEndMinutes } from './reception.js';
import { workCalendar } from './holidays.js';
import { nextDeputyReception, nextDeputyReceptionAt } from './next-reception.js';
import type { ReceptionRule } from '../model.js';

describe('reception rules', () => {
  for (const [rule, from, expected] of [
    [{ kind: 'monthly', day: 10 }, '2026-11-20', '2026-12-10'],
    [{ kind: 'monthly', day: 10 }, '2026-11-10', '2026-11-10'],
    [{ kind: 'monthly', day: 31 }, '2026-04-05', '2026-04-30'],
    // 30 Jan 2027 is a Saturday: that reception is held on Monday 1 Feb.
    [{ kind: 'monthly', day: 30 }, '2027-02-01', '2027-02-01'],
    // February's falls on the 28th, a Sunday: it moves to Monday 1 March.
    [{ kind: 'monthly', day: 30 }, '2027-02-02', '2027-03-01'],
    [{ kind: 'monthly', day: 5 }, '2026-12-20', '2027-01-05'],
    [{ kind: 'weekly', weekday: 2 }, '2026-11-22', '2026-11-24'], // a Sunday → Tuesday
    [{ kind: 'weekly', weekday: 7 }, '2026-11-22', '2026-11-22'], // a rule that names Sunday means it
    [{ kind: 'once', date: '2026-12-01' }, '2026-11-22', '2026-12-01'],
    [{ kind: 'once', date: '2026-10-01' }, '2026-11-22', undefined],
  ] as const)
    it(`${JSON.stringify(rule)} from ${from} → ${expected}`, () => assert.equal(nextReceptionDate(rule, from), expected));

  it('picks the soonest of rules and mobile stops', () => {
    const next = nextReception([{ kind: 'monthly', day: 10 }], [{ date: '2026-12-05', place: '东村' }], '2026-11-22');
    assert.equal(next?.date, '2026-12-05');
    assert.equal(next?.stop?.place, '东村');
  });

  it('is described in words', () => {
    assert.equal(describeReception({ kind: 'weekly', weekday: 2, halfDay: 'morning' }), '每周二上午');
    assert.equal(describeReception({ kind: 'monthly', day: 10, label: '接待日' }), '每月10日 接待日');
    assert.equal(describeReception({ kind: 'monthly', day: 22 }, 'en'), 'Every month on the 22nd');
  });
});

describe('next reception by the clock (Asia/Shanghai)', () => {
  const session: ReceptionRule = { kind: 'monthly', day: 10, time: '09:00-11:30', label: '接待日' };
  // 10 Dec 2026 is a Thursday; 10 Jan 2027 a Sunday, so the one after is Monday 11 Jan.
  for (const [now, expected] of [
    ['2026-12-10T00:59:00Z', '2026-12-10'], // 08:59 in China: before
    ['2026-12-10T01:00:00Z', '2026-12-10'], // 09:00: it starts
    ['2026-12-10T03:29:00Z', '2026-12-10'], // 11:29: still on
    ['2026-12-10T03:30:00Z', '2027-01-11'], // 11:30: over
    ['2026-12-10T10:41:00Z', '2027-01-11'], // 18:41: the case
    ['2026-12-10T18:41:00+08:00', '2027-01-11'],
    ['2026-12-09T16:30:00Z', '2026-12-10'], // 00:30 on the 10th in China, still the 9th in UTC
    ['2026-12-10', '2026-12-10'], // a bare date is the whole day (server-rendered pages)
  ] as const)
    it(`at ${now} → ${expected}`, () => assert.equal(nextReceptionAt([session], undefined, now)?.date, expected));

  it('takes a Date as well as a string', () => {
    assert.equal(nextReceptionAt([session], undefined, new Date('2026-12-10T10:41:00Z'))?.date, '2027-01-11');
  });

  it('a half day without hours is over at noon; a day without hours at the office’s closing', () => {
    const tuesdayMorning: ReceptionRule = { kind: 'weekly', weekday: 2, halfDay: 'morning' };
    assert.equal(nextReceptionAt([tuesdayMorning], undefined, '2026-12-01T11:59:00+08:00')?.date, '2026-12-01');
    assert.equal(nextReceptionAt([tuesdayMorning], undefined, '2026-12-01T12:00:00+08:00')?.date, '2026-12-08');
    assert.equal(receptionEndMinutes(undefined), 17 * 60 + 30);
    assert.equal(receptionEndMinutes('14:00'), 17 * 60 + 30);
    assert.equal(receptionEndMinutes('09:00'), 12 * 60);
  });

  it('a mobile stop that is over today gives way to the next', () => {
    const stops = [{ date: '2026-12-03', place: '东村', time: '14:00-16:00' }, { date: '2026-12-05', place: '西村' }];
    assert.equal(nextReceptionAt([], stops, '2026-12-03T15:00:00+08:00')?.stop?.place, '东村');
    assert.equal(nextReceptionAt([], stops, '2026-12-03T16:10:00+08:00')?.stop?.place, '西村');
  });

  it('a deputy’s card at 18:41 does not say today for a morning reception', () => {
    const stations = [{ reception: [session] }, { reception: [{ kind: 'weekly', weekday: 5, time: '14:00-16:00' } as const] }];
    assert.equal(nextDeputyReception(stations, '2026-12-10')?.date, '2026-12-10');
    assert.equal(nextDeputyReceptionAt(stations, '2026-12-10T18:41:00+08:00')?.date, '2026-12-11');
  });
});

describe('weekends, public holidays and make-up workdays', () => {
  for (const [name, rule, from, expected] of [
    ['a Sunday moves to Monday', { kind: 'monthly', day: 10 }, '2027-01-01', '2027-01-11'],
    ['a Sunday is skipped when the station says so', { kind: 'monthly', day: 10, onHoliday: 'skip' }, '2027-01-01', '2027-03-10'], // Feb 10 is in the Spring Festival break
    ['kept when the station is open then', { kind: 'monthly', day: 10, onHoliday: 'keep' }, '2027-01-01', '2027-01-10'],
    ['National Day: 1 Oct moves past the break', { kind: 'monthly', day: 1 }, '2026-09-28', '2026-10-08'],
    ['a reception moved into the future is still found from inside the break', { kind: 'monthly', day: 1 }, '2026-10-05', '2026-10-08'],
    ['Spring Festival 2027: 10 Feb is a day off', { kind: 'monthly', day: 10 }, '2027-02-01', '2027-02-11'],
    ['a weekly Tuesday in the Spring Festival 2026 break', { kind: 'weekly', weekday: 2 }, '2026-02-16', '2026-02-24'],
    ['a make-up Saturday is a working day (28 Feb 2026)', { kind: 'monthly', day: 28 }, '2026-02-20', '2026-02-28'],
    ['a make-up Saturday is a working day (10 Oct 2026)', { kind: 'monthly', day: 10 }, '2026-10-01', '2026-10-10'],
    ['a Saturday station keeps its Saturdays', { kind: 'weekly', weekday: 6 }, '2026-11-22', '2026-11-28'],
    ['a Saturday station on a public holiday moves', { kind: 'weekly', weekday: 6 }, '2026-10-02', '2026-10-08'],
    ['a dated event on a holiday moves', { kind: 'once', date: '2026-10-01' }, '2026-09-01', '2026-10-08'],
  ] as const)
    it(`${name}: ${JSON.stringify(rule)} from ${from} → ${expected}`, () => assert.equal(nextReceptionDate(rule, from), expected));

  it('a town’s own days off and working days', () => {
    const calendar = workCalendar({ holidays: ['2026-12-10'], workdays: ['2027-01-10'] });
    assert.equal(nextReceptionDate({ kind: 'monthly', day: 10 }, '2026-12-01', calendar), '2026-12-11');
    assert.equal(nextReceptionDate({ kind: 'monthly', day: 10 }, '2027-01-01', calendar), '2027-01-10');
  });

  it('answers for the calendar, day and hour asked, however often the same rule is asked', () => {
    // The answers are kept per rule object: one rule asked under two calendars, two days and
    // before and after its hours must give each its own answer, in any order.
    const rule: ReceptionRule = { kind: 'monthly', day: 10, time: '09:00-11:30' };
    const townCalendar = workCalendar({ holidays: ['2026-12-10'] });
    for (let round = 0; round < 2; round++) {
      assert.equal(nextReceptionDate(rule, '2026-12-01'), '2026-12-10');
      assert.equal(nextReceptionDate(rule, '2026-12-01', townCalendar), '2026-12-11');
      assert.equal(nextReceptionDate(rule, '2026-12-10'), '2026-12-10');
      assert.equal(nextReceptionDate(rule, '2026-12-10', undefined, 10 * 60), '2026-12-10');
      assert.equal(nextReceptionDate(rule, '2026-12-10', undefined, 12 * 60), '2027-01-11'); // 10 Jan 2027 is a Sunday
      assert.equal(nextReceptionDate(rule, '2026-12-11'), '2027-01-11');
    }
  });
});

describe('每季度最后一周: the last Monday–Friday week of the quarter', () => {
  it('gives the Monday of the last whole working week', () => {
    assert.equal(quarterLastWeekMonday(2026, 12), '2026-12-21'); // 31 Dec is a Thursday: 21–25 Dec
    assert.equal(quarterLastWeekMonday(2027, 3), '2027-03-22'); // 31 Mar is a Wednesday: 22–26 Mar
    assert.equal(quarterLastWeekMonday(2026, 3), '2026-03-23');
  });
  const week: ReceptionRule = { kind: 'quarterly-last-week', time: '09:00-17:00', label: '履职周' };
  for (const [from, expected] of [
    ['2026-11-22', '2026-12-21'],
    ['2026-12-21', '2026-12-21'],
    ['2026-12-23', '2026-12-23'], // inside the week: that day
    ['2026-12-26', '2027-03-22'], // the weekend after it: next quarter, never a Saturday
    ['2026-12-28', '2027-03-22'],
    ['2027-03-27', '2027-06-21'], // 30 Jun 2027 is a Wednesday: 21–25 Jun
    ['2026-03-27', '2026-03-27'],
    ['2026-09-25', '2026-12-21'], // 25 Sep 2026 (Friday of the week) is 中秋: no reception that day
  ] as const)
    it(`from ${from} → ${expected}`, () => assert.equal(nextReceptionDate(week, from), expected));

  it('after Friday’s session it is next quarter’s', () => {
    assert.equal(nextReceptionAt([week], undefined, '2026-12-25T17:10:00+08:00')?.date, '2027-03-22');
  });
});
