import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ballotOutcome, candidateResult, passThreshold, rankCandidates } from './ballot-rules.js';
import { checkPicks, isBinding, maxPicks, optionIds, recordedCounts, resultsVisible, suggestionRating, votePhase } from './vote-rules.js';
import type { ProjectBallot } from '../model.js';
import { CLOSED_POLL, OPEN_POLL, OPEN_RATING, SEALED_POLL } from '../../test/support/vote-fixture.js';

const ballot = (candidates: [string, number][], seats: number, electorate = 50): ProjectBallot => ({
  id: 'b',
  kind: 'project-ballot',
  title: 't',
  date: '2026-01-01',
  electorate,
  ballotsIssued: electorate,
  ballotsReturned: electorate,
  seats,
  candidates: candidates.map(([id, votes]) => ({ id, name: id, for: votes, against: 0, abstain: 0 })),
});

describe('ballot rules: the deputies’ 票决', () => {
  it('passes with more than half of ALL deputies', () => {
    assert.equal(passThreshold(50), 26);
    assert.equal(passThreshold(51), 26);
    assert.equal(passThreshold(78), 40);
    assert.equal(passThreshold(1), 1);
  });

  it('counts all deputies, not those present: 39 of 76 present is not enough with 78 deputies', () => {
    const { passing } = ballotOutcome(ballot([['a', 39], ['b', 40]], 2, 78));
    assert.deepEqual([...passing], ['b']);
  });

  it('chooses the top seats among the passing', () => {
    const outcome = ballotOutcome(ballot([['a', 40], ['b', 30], ['c', 35], ['d', 20]], 2));
    assert.deepEqual([...outcome.chosen].sort(), ['a', 'c']);
    assert.equal(candidateResult(outcome, { id: 'b' }), 'passed-not-chosen');
    assert.equal(candidateResult(outcome, { id: 'd' }), 'failed');
  });

  it('fills fewer seats when fewer pass', () => {
    const { chosen } = ballotOutcome(ballot([['a', 40], ['b', 10], ['c', 12]], 2));
    assert.deepEqual([...chosen], ['a']);
  });

  it('flags a tie at the cut instead of breaking it', () => {
    const outcome = ballotOutcome(ballot([['a', 40], ['b', 30], ['c', 30]], 2));
    assert.deepEqual([...outcome.chosen], ['a']);
    assert.deepEqual([...outcome.tiedAtCut].sort(), ['b', 'c']);
    assert.equal(candidateResult(outcome, { id: 'b' }), 'tied');
  });

  it('chooses a tie that fits the seats', () => {
    const { chosen, tiedAtCut } = ballotOutcome(ballot([['a', 40], ['b', 30], ['c', 30], ['d', 27]], 3));
    assert.deepEqual([...chosen].sort(), ['a', 'b', 'c']);
    assert.equal(tiedAtCut.size, 0);
  });

  it('ranks by votes for, keeping the content order on equal votes', () => {
    assert.deepEqual(rankCandidates(ballot([['a', 30], ['b', 40], ['c', 30]], 1).candidates).map((c) => c.id), ['b', 'a', 'c']);
  });
});

describe('poll and rating rules', () => {
  const at = (iso: string) => Date.parse(iso);

  it('phases: opens inclusive, closes exclusive', () => {
    const poll = { opens: '2026-10-20T08:00:00+08:00', closes: '2026-11-30T20:00:00+08:00' };
    assert.equal(votePhase(poll, at('2026-10-20T07:59:59+08:00')), 'not-yet-open');
    assert.equal(votePhase(poll, at('2026-10-20T08:00:00+08:00')), 'open');
    assert.equal(votePhase(poll, at('2026-11-30T19:59:59+08:00')), 'open');
    assert.equal(votePhase(poll, at('2026-11-30T12:00:00Z')), 'closed');
    assert.equal(votePhase({}, 0), 'open', 'a rating without times is always open');
  });

  it('results: live polls and ratings always; after-close polls only once closed', () => {
    assert.equal(resultsVisible(OPEN_POLL, 'open'), true);
    assert.equal(resultsVisible(SEALED_POLL, 'open'), false);
    assert.equal(resultsVisible(SEALED_POLL, 'not-yet-open'), false);
    assert.equal(resultsVisible(CLOSED_POLL, 'closed'), true);
    assert.equal(resultsVisible(OPEN_RATING, 'open'), true);
  });

  it('picks: at least one, at most maxPicks, known options, no repeats', () => {
    assert.equal(checkPicks(OPEN_POLL, ['lights', 'canteen']), undefined);
    assert.equal(checkPicks(OPEN_POLL, [])?.code, 'no-picks');
    assert.equal(checkPicks(OPEN_POLL, ['lights', 'canteen', 'chargers'])?.code, 'too-many-picks');
    assert.equal(checkPicks(OPEN_POLL, ['stadium'])?.code, 'unknown-option');
    assert.equal(checkPicks(OPEN_POLL, ['lights', 'lights'])?.code, 'duplicate-option');
    assert.equal(checkPicks(OPEN_RATING, ['satisfied']), undefined);
    assert.equal(checkPicks(OPEN_RATING, ['satisfied', 'unsatisfied'])?.code, 'too-many-picks');
    assert.deepEqual(optionIds(OPEN_RATING), ['satisfied', 'basically-satisfied', 'unsatisfied']);
    assert.equal(maxPicks(OPEN_RATING), 1);
    assert.equal(maxPicks(OPEN_POLL), 2);
  });

  it('recorded counts come from the content; missing ones are 0', () => {
    assert.deepEqual(recordedCounts(OPEN_POLL), { lights: 40, canteen: 25, chargers: 0 });
    assert.deepEqual(recordedCounts(OPEN_RATING), { satisfied: 10, 'basically-satisfied': 3, unsatisfied: 1 });
    assert.deepEqual(recordedCounts({ ...OPEN_RATING, results: undefined } as never), { satisfied: 0, 'basically-satisfied': 0, unsatisfied: 0 });
  });

  it('only the deputies’ 票决 is binding', () => {
    assert.equal(isBinding({ kind: 'project-ballot' }), true);
    assert.equal(isBinding(OPEN_POLL), false);
    assert.equal(isBinding(OPEN_RATING), false);
  });

  it('a suggestion can be rated from the day it was answered', () => {
    const history = [
      { stage: 'submitted', date: '2025-03-01' },
      { stage: 'assigned', date: '2025-03-05' },
      { stage: 'replied', date: '2025-04-01' },
    ] as const;
    assert.deepEqual(suggestionRating({ id: 's-1', title: '路灯', history: [...history] }), {
      id: 'suggestion-s-1',
      kind: 'rating',
      title: '路灯',
      subject: { type: 'suggestion', id: 's-1' },
      opens: '2025-04-01T00:00:00+08:00',
    });
    assert.equal(suggestionRating({ id: 's-2', title: 'x', history: [history[0], history[1]] }), undefined);
    assert.equal(suggestionRating({ id: 's-3', title: 'x', history: [{ stage: 'resolved-on-site', date: '2025-05-01' }] })?.opens, '2025-05-01T00:00:00+08:00');
  });
});
