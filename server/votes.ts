/** Residents' polls and ratings over HTTP: the list of a town's votes, one vote's status, casting a ballot. */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { VoteEvent } from '../domain/model.js';
import type { BallotReceipt, Tally, VoteStatus } from '../domain/votes/participation.js';
import { checkPicks, isBinding, isCastable, recordedCounts, resultsVisible, TOKEN_PATTERN, votePhase, type CastableVote } from '../domain/votes/vote-rules.js';
import type { TownCatalogue } from './catalogue.js';
import { townOf, voteOf, type ApiContext } from './context.js';
import { BODY_LIMITS, bodyKind, HttpError, parseJson, readBody } from './http.js';
import { parseBallotRequest } from './requests.js';
import { samePicks, type StoredTally } from './storage.js';

/** The request header that names the voter when asking for a vote's status. */
export const VOTER_HEADER = 'renda-voter';

/** Voters are stored as a hash of town, vote and token: a token is never kept. */
const voterHash = (town: string, vote: string, voter: string) => createHash('sha256').update(`${town}\n${vote}\n${voter}`).digest('hex');

function tallyOf(vote: CastableVote, stored: StoredTally): Tally {
  const recorded = recordedCounts(vote);
  return {
    ballots: stored.ballots,
    options: Object.keys(recorded).map((id) => {
      const online = stored.counts[id] ?? 0;
      return { id, online, recorded: recorded[id]!, total: online + recorded[id]! };
    }),
  };
}

/** `GET {base}{town}/votes`: the town's votes and their phases. */
export function townVotes(ctx: ApiContext, slug: string) {
  const town = townOf(ctx, slug);
  const at = ctx.now();
  const votes = [...town.votes.values()].map((v) => ({ id: v.id, kind: v.kind, title: v.title, binding: isBinding(v), phase: isCastable(v) ? votePhase(v, at) : 'results-only' }));
  return { town: town.slug, now: new Date(at).toISOString(), votes };
}

/** `GET {base}{town}/votes/{vote}`: its phase, the tally when it may be shown, and whether this voter has voted. */
export async function voteStatus(ctx: ApiContext, slug: string, voteId: string, request: IncomingMessage): Promise<VoteStatus> {
  const town = townOf(ctx, slug);
  const vote = voteOf(town, voteId);
  const base = { town: town.slug, vote: vote.id, kind: vote.kind, binding: isBinding(vote), now: new Date(ctx.now()).toISOString() };
  if (!isCastable(vote)) return { ...base, phase: 'results-only', resultsVisible: true };
  const phase = votePhase(vote, ctx.now());
  const visible = resultsVisible(vote, phase);
  const status: VoteStatus = { ...base, phase, maxPicks: vote.kind === 'poll' ? vote.maxPicks : 1, resultsVisible: visible };
  if (vote.opens) status.opens = vote.opens;
  if (vote.closes) status.closes = vote.closes;
  if (visible) status.tally = tallyOf(vote, await ctx.store.tally(town.slug, vote.id));
  const voter = request.headers[VOTER_HEADER];
  if (voter !== undefined) {
    if (typeof voter !== 'string' || !TOKEN_PATTERN.test(voter)) throw new HttpError(400, 'invalid-voter', `the ${VOTER_HEADER} header must be 16 to 128 characters of A–Z, a–z, 0–9, "-" or "_"`, { field: VOTER_HEADER });
    const castAt = await ctx.store.voterCastAt(town.slug, vote.id, voterHash(town.slug, vote.id, voter));
    status.voter = castAt ? { voted: true, castAt } : { voted: false };
  }
  return status;
}

/** Reads and checks a ballot against the vote; returns what to store. Shared by the real and the baseline endpoint. */
export async function checkBallot(ctx: ApiContext, request: IncomingMessage, townSlug: string, voteId: string) {
  bodyKind(request, false);
  const ballot = parseBallotRequest(parseJson(await readBody(request, BODY_LIMITS.ballot, ctx.bodyTimeout)));
  const town = townOf(ctx, townSlug);
  const vote: VoteEvent = voteOf(town, voteId);
  if (!isCastable(vote)) throw new HttpError(403, 'not-castable', "this is the deputies' vote (票决) or their own rating, counted at the session; the API only publishes it");
  const problem = checkPicks(vote, ballot.picks);
  return { ballot, town, vote, problem, voterHash: voterHash(town.slug, vote.id, ballot.voter) };
}

/** `POST {base}{town}/votes/{vote}/ballots`: stores a ballot once; a retry with the same key gets the same receipt. */
export async function castBallot(ctx: ApiContext, request: IncomingMessage, route: { town: string; vote: string }): Promise<{ status: number; body: BallotReceipt }> {
  const { ballot, town, vote, problem, voterHash: hash } = await checkBallot(ctx, request, route.town, route.vote);
  const phase = votePhase(vote, ctx.now());
  if (phase !== 'open') {
    // A retry of a ballot stored before closing (its answer was lost) is still that ballot.
    const earlier = await ctx.store.ballotByKey(town.slug, vote.id, ballot.idempotencyKey);
    if (earlier && earlier.voterHash === hash && samePicks(earlier.picks, ballot.picks)) return { status: 200, body: await receipt(ctx, town, vote, ballot.idempotencyKey, earlier.castAt, true) };
    if (phase === 'not-yet-open') throw new HttpError(403, 'not-yet-open', `voting opens at ${vote.opens}`);
    throw new HttpError(403, 'closed', `voting closed at ${vote.closes}`);
  }
  if (problem) throw new HttpError(422, problem.code, problem.message, { field: 'picks' });
  const outcome = await ctx.store.castBallot({ town: town.slug, vote: vote.id, idempotencyKey: ballot.idempotencyKey, voterHash: hash, picks: ballot.picks, castAt: new Date(ctx.now()).toISOString() });
  switch (outcome.status) {
    case 'stored':
      return { status: 201, body: await receipt(ctx, town, vote, ballot.idempotencyKey, outcome.castAt, false) };
    case 'replayed':
      return { status: 200, body: await receipt(ctx, town, vote, ballot.idempotencyKey, outcome.castAt, true) };
    case 'already-voted':
      throw new HttpError(409, 'already-voted', 'this voter already has a ballot in this vote; each voter votes once', { castAt: outcome.castAt });
    case 'key-reused':
      throw new HttpError(409, 'idempotency-key-reused', 'this idempotency key was used for a different ballot; use a new key for a new ballot', { field: 'idempotencyKey' });
  }
}

async function receipt(ctx: ApiContext, town: TownCatalogue, vote: CastableVote, key: string, castAt: string, replayed: boolean): Promise<BallotReceipt> {
  const body: BallotReceipt = { ballot: { idempotencyKey: key, castAt }, replayed };
  if (resultsVisible(vote, votePhase(vote, ctx.now()))) body.tally = tallyOf(vote, await ctx.store.tally(town.slug, vote.id));
  return body;
}
