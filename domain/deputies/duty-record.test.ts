import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { activitiesOf, dutyRecord, dutySummary, lastReception, type DutyRecordInput } from './duty-record.js';
import type { Activity, Reception, Suggestion } from '../model.js';

const suggestion = (id: string, source: Suggestion['source'], date: string, deputies: string[], extra: Partial<Suggestion> = {}): Suggestion => ({
  id, title: id, body: '', category: '道路', source, deputies, history: [{ stage: 'submitted', date }], ...extra,
});
const reception = (id: string, date: string, deputies: string[], residents: number): Reception => ({ id, station: 'center', date, deputies, residents, matters: [] });
const activity = (id: string, kind: Activity['kind'], date: string, deputies: string[]): Activity => ({ id, kind, title: id, date, deputies });

const input: DutyRecordInput = {
  receptions: [reception('r1', '2025-03-10', ['d1', 'd2'], 7), reception('r2', '2026-04-10', ['d1'], 3), reception('r3', '2026-05-10', ['d2'], 9), reception('r4', '2026-12-10', ['d1'], 5)],
  suggestions: [
    suggestion('s1', 'session', '2025-03-01', ['d1'], { outcome: 'A', history: [{ stage: 'submitted', date: '2025-03-01' }, { stage: 'replied', date: '2025-04-01' }] }),
    suggestion('s2', 'scan', '2026-02-01', ['d1', 'd2'], { outcome: 'D', history: [{ stage: 'submitted', date: '2026-02-01' }, { stage: 'replied', date: '2026-03-01' }] }),
    suggestion('s3', 'reception', '2026-04-10', ['d1'], { satisfaction: 'unsatisfied', history: [{ stage: 'submitted', date: '2026-04-10' }, { stage: 'resolved-on-site', date: '2026-04-10' }, { stage: 'rated', date: '2026-04-20' }] }),
    suggestion('s0', 'recess', '2021-05-01', ['d1']),
  ],
  activities: [activity('a1', 'group', '2025-06-01', ['d1', 'd2']), activity('a2', 'class', '2026-05-01', ['d1']), activity('a3', 'inspection', '2026-06-01', ['d2'])],
};

describe('dutyRecord', () => {
  const record = dutyRecord('d1', input, '2026-11-20', '2022-01-06');

  it('one period per year with something in it, newest first, then the term', () => {
    assert.deepEqual(record.map((p) => p.period), [2026, 2025, 'term']);
  });

  it('counts receptions attended and residents met, never a day after today', () => {
    assert.deepEqual(record.map((p) => [p.receptions, p.residentsMet]), [[1, 3], [1, 7], [2, 10]]);
  });

  it('splits what the deputy raised from residents’ matters received, and counts nothing before the term', () => {
    assert.deepEqual(record.map((p) => [p.raised, p.received]), [[0, 2], [1, 0], [1, 2]]);
  });

  it('办成率 and 满意率 by the one definition: solved on the spot counts as done', () => {
    const term = record.at(-1)!;
    assert.deepEqual([term.done.part, term.done.whole], [2, 3]);
    assert.deepEqual([term.satisfied.part, term.satisfied.whole], [0, 1]);
  });

  it('activities by kind', () => {
    assert.equal(record[0]!.activities.class, 1);
    assert.equal(record[1]!.activities.group, 1);
    assert.equal(record.at(-1)!.activities.inspection, 0);
    assert.deepEqual(activitiesOf('d2', input.activities).map((a) => a.id), ['a3', 'a1']);
  });

  it('a deputy with no record has the term only, all zero', () => {
    const [only, ...rest] = dutyRecord('d9', input, '2026-11-20');
    assert.equal(rest.length, 0);
    assert.equal(only!.period, 'term');
    assert.equal(only!.receptions + only!.raised + only!.received, 0);
    assert.equal(only!.done.whole, 0);
  });
});

describe('dutySummary', () => {
  const record = dutyRecord('d1', input, '2026-11-20', '2022-01-06');

  it('sums one year: receptions, residents met, suggestions raised and received, activities', () => {
    assert.deepEqual(dutySummary(record, 2026), { year: 2026, receptions: 1, residentsMet: 3, suggestions: 2, activities: 1 });
    assert.deepEqual(dutySummary(record, 2025), { year: 2025, receptions: 1, residentsMet: 7, suggestions: 1, activities: 1 });
  });

  it('a year with nothing in it is all zero, never the term', () => {
    assert.deepEqual(dutySummary(record, 2027), { year: 2027, receptions: 0, residentsMet: 0, suggestions: 0, activities: 0 });
  });
});

describe('lastReception', () => {
  it('the latest reception at the station up to today, with who was there and how many came', () => {
    assert.deepEqual(lastReception(input.receptions, 'center', '2026-11-20'), { date: '2026-05-10', deputies: ['d2'], residents: 9 });
  });

  it('a reception dated after today does not count; a station with none has none', () => {
    assert.equal(lastReception(input.receptions, 'center', '2026-12-10')?.date, '2026-12-10');
    assert.equal(lastReception(input.receptions, 'center', '2025-01-01'), undefined);
    assert.equal(lastReception(input.receptions, 'elsewhere', '2026-11-20'), undefined);
  });
});
