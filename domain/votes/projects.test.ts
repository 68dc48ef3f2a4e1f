import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { chosenProjects, plannedBy, projectStanding } from './projects.js';
import type { BallotCandidate, ProjectBallot } from '../model.js';

const candidate = (id: string, extra: Partial<BallotCandidate> = {}): BallotCandidate => ({ id, name: id, for: 0, against: 0, abstain: 0, ...extra });
const ballot = (candidates: BallotCandidate[], date = '2026-03-01'): ProjectBallot => ({ id: 'b', kind: 'project-ballot', title: '2026年民生实事项目票决', date, electorate: 10, ballotsIssued: 10, ballotsReturned: 10, seats: 2, candidates });

describe('plannedBy', () => {
  it('a month means its last day; a date is itself', () => {
    assert.equal(plannedBy('2026-02'), '2026-02-28');
    assert.equal(plannedBy('2028-02'), '2028-02-29');
    assert.equal(plannedBy('2026-12'), '2026-12-31');
    assert.equal(plannedBy('2026-07-15'), '2026-07-15');
  });
});

describe('projectStanding', () => {
  const b = ballot([]);
  it('the latest percent on or before today; 100 once completed', () => {
    const c = candidate('p', { completion: '2026-12', progress: [{ date: '2026-04-01', percent: 20 }, { date: '2026-06-01', milestone: '开工' }, { date: '2026-08-01', percent: 60 }, { date: '2026-11-01', percent: 90 }] });
    const s = projectStanding(b, c, '2026-09-01');
    assert.equal(s.percent, 60);
    assert.equal(s.latest?.date, '2026-08-01');
    assert.equal(s.late, false);
    assert.equal(projectStanding(b, { ...c, completed: '2026-10-20' }, '2026-11-01').percent, 100);
  });
  it('late when the planned month has ended without a completion, not on its last day', () => {
    const c = candidate('p', { completion: '2026-07' });
    assert.equal(projectStanding(b, c, '2026-07-31').late, false);
    assert.equal(projectStanding(b, c, '2026-08-01').late, true);
    assert.equal(projectStanding(b, { ...c, completed: '2026-07-20' }, '2026-08-01').late, false);
    // A completion dated after today is not yet a completion.
    assert.equal(projectStanding(b, { ...c, completed: '2026-08-10' }, '2026-08-01').completed, undefined);
  });
});

describe('chosenProjects', () => {
  it('only the chosen (more than half of all deputies, within the seats), newest ballot first, none from a ballot not yet held', () => {
    const older = ballot([candidate('a', { for: 9 }), candidate('b', { for: 4 })], '2025-03-01');
    const newer = { ...ballot([candidate('c', { for: 8 }), candidate('d', { for: 7 }), candidate('e', { for: 6 })], '2026-03-01'), id: 'b2' };
    const future = { ...ballot([candidate('f', { for: 10 })], '2027-03-01'), id: 'b3' };
    assert.deepEqual(chosenProjects([older, newer, future], '2026-11-20').map((s) => s.project.id), ['c', 'd', 'a']);
  });
});
