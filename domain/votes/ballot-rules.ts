/**
 * The rules of the deputies' binding vote on livelihood projects (民生实事项目人大代表票决制).
 * Pure: the site's votes page, the `<renda-vote>` widget and the tests all use this one copy.
 */
import type { BallotCandidate, ProjectBallot } from '../model.js';

/**
 * Votes a project needs: more than half of ALL deputies of the congress (Local Organization Law
 * art. 25), not of those present or voting. 78 deputies → 40; 50 → 26.
 */
export function passThreshold(electorate: number): number {
  return Math.floor(electorate / 2) + 1;
}

export interface BallotOutcome {
  /** Candidates with at least `passThreshold(electorate)` votes for. */
  passing: Set<string>;
  /** Passing candidates within the seats (差额: the top `seats` by votes for). */
  chosen: Set<string>;
  /**
   * Passing candidates tied on votes at the last seat when the tie does not fit: the vote does
   * not decide between them, the congress's rules of procedure do, so they are flagged, not broken.
   */
  tiedAtCut: Set<string>;
}

/**
 * Which candidates a 票决 chooses: those passing with more than half of ALL deputies, then the
 * top `seats` by votes for. Ties at the cut are flagged, not broken.
 */
export function ballotOutcome(ballot: Pick<ProjectBallot, 'electorate' | 'seats' | 'candidates'>): BallotOutcome {
  const threshold = passThreshold(ballot.electorate);
  const passing = ballot.candidates.filter((c) => c.for >= threshold);
  const ranked = [...passing].sort((a, b) => b.for - a.for);
  const chosen = new Set<string>();
  const tiedAtCut = new Set<string>();
  if (ranked.length <= ballot.seats) ranked.forEach((c) => chosen.add(c.id));
  else {
    const cutVotes = ranked[ballot.seats - 1]!.for;
    const above = ranked.filter((c) => c.for > cutVotes);
    const atCut = ranked.filter((c) => c.for === cutVotes);
    above.forEach((c) => chosen.add(c.id));
    if (above.length + atCut.length === ballot.seats) atCut.forEach((c) => chosen.add(c.id));
    else atCut.forEach((c) => tiedAtCut.add(c.id));
  }
  return { passing: new Set(passing.map((c) => c.id)), chosen, tiedAtCut };
}

export type CandidateResult = 'chosen' | 'tied' | 'passed-not-chosen' | 'failed';

/** One candidate's result in words a page can look up: 当选, 票数相同待定, 通过未入选, 未通过. */
export function candidateResult(outcome: BallotOutcome, candidate: Pick<BallotCandidate, 'id'>): CandidateResult {
  if (outcome.chosen.has(candidate.id)) return 'chosen';
  if (outcome.tiedAtCut.has(candidate.id)) return 'tied';
  if (outcome.passing.has(candidate.id)) return 'passed-not-chosen';
  return 'failed';
}

/** Candidates by votes for, most first; equal votes keep the content's order. */
export function rankCandidates<C extends Pick<BallotCandidate, 'for'>>(candidates: readonly C[]): C[] {
  return [...candidates].sort((a, b) => b.for - a.for);
}
