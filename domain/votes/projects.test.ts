import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { batchRatings, chosenProjects, isBatchRating, plannedBy, projectStanding, satisfactionRate } from './projects.js';
import type { BallotCandidate, ProjectBallot, Rating } from '../model.js';
import { isCastable } from './vote-rules.js';

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

describe('the year-end rating of a batch', () => {
  // 10 deputies, 2 seats: a (8 for) and b (7 for) are chosen, c (3) is not.
  const chosenBallot = ballot([candidate('a', { for: 8 }), candidate('b', { for: 7 }), candidate('c', { for: 3 })]);
  const rating = (id: string, project: string, raters: Rating['raters'], results?: Rating['results']): Rating => ({ id, kind: 'rating', title: id, subject: { type: 'project', id: project, ballot: 'b' }, ...(raters ? { raters } : {}), ...(results ? { results } : {}) });
  const votes = [
    chosenBallot,
    rating('a-deputies', 'a', 'deputies', { satisfied: 6, 'basically-satisfied': 3, unsatisfied: 1 }),
    rating('a-residents', 'a', undefined, { satisfied: 50, 'basically-satisfied': 30, unsatisfied: 20 }),
    rating('b-deputies', 'b', 'deputies', { satisfied: 4, 'basically-satisfied': 2, unsatisfied: 4 }),
    rating('b-residents', 'b', 'residents'),
    { id: 'other', kind: 'rating', title: 'a rating of one project, no batch', subject: { type: 'project', id: 'a' } } as Rating,
  ];

  it('satisfactionRate: satisfied and basically satisfied of all grades', () => {
    assert.deepEqual(satisfactionRate({ satisfied: 6, 'basically-satisfied': 3, unsatisfied: 1 }), { part: 9, whole: 10 });
    assert.equal(satisfactionRate(undefined), undefined);
  });

  it('groups the ratings naming a ballot by chosen project and by who rated, each with its 满意率', () => {
    const [batch, ...more] = batchRatings(votes);
    assert.equal(more.length, 0);
    assert.equal(batch!.ballot.id, 'b');
    assert.deepEqual(batch!.projects.map((p) => [p.project.id, p.deputies?.id, p.residents?.id, p.deputiesRate, p.residentsRate]), [
      ['a', 'a-deputies', 'a-residents', { part: 9, whole: 10 }, { part: 80, whole: 100 }],
      ['b', 'b-deputies', 'b-residents', { part: 6, whole: 10 }, undefined],
    ]);
  });

  it('the batch’s 满意率 sums every counted grade over its projects, deputies and residents apart', () => {
    const [batch] = batchRatings(votes);
    assert.deepEqual(batch!.deputiesRate, { part: 15, whole: 20 });
    assert.deepEqual(batch!.residentsRate, { part: 80, whole: 100 });
  });

  it('a ballot without ratings has no batch rating; a rating without a ballot is no part of one', () => {
    assert.deepEqual(batchRatings([chosenBallot]), []);
    assert.equal(isBatchRating(votes[1]!), true);
    assert.equal(isBatchRating(votes[5]!), false);
  });

  it('the deputies’ rating is never cast online; the residents’ is', () => {
    assert.equal(isCastable(votes[1]!), false);
    assert.equal(isCastable(votes[2]!), true);
    assert.equal(isCastable(votes[4]!), true);
  });
});
