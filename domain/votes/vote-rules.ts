/**
 * The rules of residents' polls and satisfaction ratings, shared by the participation API (which
 * enforces them) and `<renda-vote>` (which explains them before a ballot is sent). Pure.
 */
import { SATISFACTIONS, type Poll, type PublicSuggestion, type Rating, type VoteEvent } from '../model.js';
import { firstAnswer } from '../suggestions/loop.js';

/** A vote residents cast online: a poll or a rating. The deputies' 票决 happens on paper at the session. */
export type CastableVote = Poll | Rating;

/** Polls and residents' ratings; never a 票决 or the deputies' own rating, which are counted at the session. */
export const isCastable = (vote: VoteEvent): vote is CastableVote => vote.kind === 'poll' || (vote.kind === 'rating' && vote.raters !== 'deputies');

/** Binding votes decide (the deputies' 票决); advisory ones inform the decision (polls, ratings). */
export const isBinding = (vote: Pick<VoteEvent, 'kind'>): boolean => vote.kind === 'project-ballot';

export type VotePhase = 'not-yet-open' | 'open' | 'closed';

/** Where a poll or rating stands at `now` (ms since the epoch): it opens at `opens` and closes at `closes`, exclusive. */
export function votePhase(vote: Pick<CastableVote, 'opens' | 'closes'>, now: number): VotePhase {
  if (vote.opens && now < Date.parse(vote.opens)) return 'not-yet-open';
  if (vote.closes && now >= Date.parse(vote.closes)) return 'closed';
  return 'open';
}

/**
 * Whether counts may be shown: a poll configured `after-close` hides them while open, so early
 * counts do not sway later voters; ratings and `live` polls show them throughout.
 */
export function resultsVisible(vote: CastableVote, phase: VotePhase): boolean {
  if (vote.kind === 'poll' && vote.showResults === 'after-close') return phase === 'closed';
  return true;
}

/** The option ids a ballot may name: the poll's candidates, or the three satisfaction grades. */
export function optionIds(vote: CastableVote): readonly string[] {
  return vote.kind === 'poll' ? vote.candidates.map((c) => c.id) : SATISFACTIONS;
}

/** How many options one ballot may name: a poll's `maxPicks`; a rating takes exactly one grade. */
export function maxPicks(vote: CastableVote): number {
  return vote.kind === 'poll' ? vote.maxPicks : 1;
}

export type PickProblemCode = 'no-picks' | 'too-many-picks' | 'unknown-option' | 'duplicate-option';

export interface PickProblem {
  code: PickProblemCode;
  /** For developers and logs; the widget words it for residents from `code`. */
  message: string;
}

/** What is wrong with a ballot's picks, or `undefined` when they are fine. */
export function checkPicks(vote: CastableVote, picks: readonly string[]): PickProblem | undefined {
  if (picks.length === 0) return { code: 'no-picks', message: 'a ballot must pick at least one option' };
  const max = maxPicks(vote);
  if (picks.length > max) return { code: 'too-many-picks', message: `pick at most ${max} option${max === 1 ? '' : 's'}; the ballot picked ${picks.length}` };
  const valid = new Set(optionIds(vote));
  const unknown = picks.find((pick) => !valid.has(pick));
  if (unknown !== undefined) return { code: 'unknown-option', message: `"${unknown.slice(0, 64)}" is not an option of this vote; options: ${[...valid].join(', ')}` };
  if (new Set(picks).size !== picks.length) return { code: 'duplicate-option', message: 'an option is picked more than once' };
  return undefined;
}

/** Counts already recorded in the content (e.g. paper ballots counted at the stations): the base the API's online ballots add to. */
export function recordedCounts(vote: CastableVote): Record<string, number> {
  if (vote.kind === 'poll') return Object.fromEntries(vote.candidates.map((c) => [c.id, c.votes ?? 0]));
  return Object.fromEntries(SATISFACTIONS.map((s) => [s, vote.results?.[s] ?? 0]));
}

/** True when two pick lists name the same options (order does not matter). */
export function samePicks(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

/** Ballots ids and voter tokens: URL-safe, long enough to be unguessable, short enough to index. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** The vote id under which the public rates a suggestion: `suggestion-<id>`. */
export const suggestionRatingId = (suggestionId: string): string => `suggestion-${suggestionId}`;

/**
 * The satisfaction rating of a handled suggestion, open from the day it was answered, or
 * `undefined` while it has no answer yet. The API accepts ratings for exactly these (plus the
 * ratings in votes.json); the tracker's item view renders `<renda-vote>` with the same object.
 */
export function suggestionRating(suggestion: Pick<PublicSuggestion, 'id' | 'title' | 'history'>): Rating | undefined {
  const answered = firstAnswer(suggestion.history);
  if (!answered) return undefined;
  return {
    id: suggestionRatingId(suggestion.id),
    kind: 'rating',
    title: suggestion.title,
    subject: { type: 'suggestion', id: suggestion.id },
    opens: `${answered.date}T00:00:00+08:00`,
  };
}
