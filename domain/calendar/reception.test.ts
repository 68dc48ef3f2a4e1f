import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeReception, nextReceptionDate, nextReception } from './reception.js';

describe('reception rules', () => {
  for (const [rule, from, expected] of [
    [{ kind: 'monthly', day: 10 }, '2026-11-20', '2026-12-10'],
    [{ kind: 'monthly', day: 10 }, '2026-11-10', '2026-11-10'],
    [{ kind: 'monthly', day: 31 }, '2026-04-05', '2026-04-30'],
    [{ kind: 'monthly', day: 30 }, '2027-02-01', '2027-02-28'],
    [{ kind: 'monthly', day: 5 }, '2026-12-20', '2027-01-05'],
    [{ kind: 'weekly', weekday: 2 }, '2026-11-22', '2026-11-24'], // a Sunday → Tuesday
    [{ kind: 'weekly', weekday: 7 }, '2026-11-22', '2026-11-22'],
    [{ kind: 'quarterly-last-week' }, '2026-11-22', '2026-12-25'],
    [{ kind: 'quarterly-last-week' }, '2026-12-28', '2026-12-28'],
    [{ kind: 'quarterly-last-week' }, '2026-03-27', '2026-03-27'],
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
