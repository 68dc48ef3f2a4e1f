import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysBetween, isoWeekday, isRealDate, todayInChina } from './dates.js';

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
