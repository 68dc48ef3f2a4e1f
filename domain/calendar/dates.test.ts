import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, chinaDateOf, daysBetween, isoWeekday, isRealDate, isRealDateTime, isRealTimeOfDay, isRealYearMonth, todayInChina } from './dates.js';

describe('isRealDate', () => {
  it('knows the calendar', () => {
    assert.equal(isRealDate('2024-02-29'), true);
    assert.equal(isRealDate('2025-02-29'), false);
    assert.equal(isRealDate('2025-13-01'), false);
    assert.equal(isRealDate('2025-04-31'), false);
  });
});

describe('today in China', () => {
  it('is the date in UTC+8, whatever the machine’s zone', () => {
    assert.equal(todayInChina(new Date('2026-11-20T16:30:00Z')), '2026-11-21');
    assert.equal(todayInChina(new Date('2026-11-20T15:59:00Z')), '2026-11-20');
  });
});

describe('day arithmetic', () => {
  it('adds days across months and leap days', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2025-02-28', 1), '2025-03-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });
  it('counts whole days', () => {
    assert.equal(daysBetween('2026-01-01', '2026-12-31'), 364);
    assert.equal(daysBetween('2026-03-10', '2026-03-01'), -9);
  });
  it('numbers weekdays Monday 1 to Sunday 7', () => {
    assert.equal(isoWeekday('2026-11-23'), 1);
    assert.equal(isoWeekday('2026-11-22'), 7);
  });
  it('refuses what is not a date', () => assert.throws(() => addDays('2026-13', 1), RangeError));
});

describe('isRealDateTime', () => {
  it('accepts real moments with their offsets', () => {
    for (const text of ['2026-03-01T08:00:00+08:00', '2024-02-29T23:59:59Z', '2026-03-01T08:00+08:00', '2026-12-31T00:00:00.125-05:30', '2026-01-01T00:00:00+14:00', '2026-01-01T00:00:00-12:00'])
      assert.equal(isRealDateTime(text), true, text);
  });
  it('refuses impossible dates, clock times and offsets', () => {
    for (const text of [
      '2026-02-30T25:61:00+08:00',
      '2026-02-29T08:00:00+08:00',
      '2026-13-01T08:00:00+08:00',
      '2026-04-31T08:00:00+08:00',
      '2026-03-01T24:00:00+08:00',
      '2026-03-01T08:60:00+08:00',
      '2026-03-01T08:00:60+08:00',
      '2026-03-01T08:00:00+14:30',
      '2026-03-01T08:00:00+15:00',
      '2026-03-01T08:00:00+08:60',
      '2026-03-01T08:00:00',
      '2026-03-01 08:00:00+08:00',
      '',
    ])
      assert.equal(isRealDateTime(text), false, text);
  });
});

describe('isRealYearMonth', () => {
  it('knows months 1 to 12', () => {
    assert.equal(isRealYearMonth('2026-01'), true);
    assert.equal(isRealYearMonth('2026-12'), true);
    assert.equal(isRealYearMonth('2026-13'), false);
    assert.equal(isRealYearMonth('2026-00'), false);
    assert.equal(isRealYearMonth('2026-1'), false);
    assert.equal(isRealYearMonth('2026-12-01'), false);
  });
});

describe('isRealTimeOfDay', () => {
  it('knows the clock', () => {
    assert.equal(isRealTimeOfDay('09:00'), true);
    assert.equal(isRealTimeOfDay('09:00-11:30'), true);
    assert.equal(isRealTimeOfDay('23:59'), true);
    assert.equal(isRealTimeOfDay('24:00'), false);
    assert.equal(isRealTimeOfDay('09:60'), false);
    assert.equal(isRealTimeOfDay('11:30-09:00'), false);
    assert.equal(isRealTimeOfDay('9:00'), false);
  });
});

describe('chinaDateOf: the day in China of a date or a date-time', () => {
  it('reads both forms widgets are given', () => {
    assert.equal(chinaDateOf('2026-11-20'), '2026-11-20');
    assert.equal(chinaDateOf('2026-11-30T23:30:00Z'), '2026-12-01');
    assert.equal(chinaDateOf('2026-11-30T20:00:00+08:00'), '2026-11-30');
    assert.equal(chinaDateOf('2026-02-30'), undefined);
    assert.equal(chinaDateOf('yesterday'), undefined);
  });
});
