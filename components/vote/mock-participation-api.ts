/**
 * A participation API in the page, for Storybook only: designers see every state without a
 * server. It patches `fetch` for addresses under `MOCK_API` and answers the way `server/` does
 * (same wire format, same rules from vote-rules.ts). Never imported by the component or the
 * embed bundle; the tests run against the real server.
 */
import type { VoteEvent } from '../../domain/model.js';
import type { BallotReceipt, Tally, VoteStatus } from '../../domain/votes/participation.js';
import { checkPicks, isBinding, isCastable, maxPicks, recordedCounts, resultsVisible, votePhase, type CastableVote } from '../../domain/votes/vote-rules.js';

/** How the mock server behaves: one base URL per behaviour, so stories side by side do not interfere. */
export type MockBehaviour = 'live' | 'voted' | 'cast-offline' | 'cast-server-error' | 'status-server-error' | 'unreachable' | 'loading' | 'slow';

export const MOCK_API = 'https://participation.mock.invalid/';
export const mockApi = (behaviour: MockBehaviour) => `${MOCK_API}${behaviour}/api/`;

const votes = new Map<string, VoteEvent>();
const clocks = new Map<string, number>();
const ballots = new Map<string, { key: string; voter: string; picks: string[]; castAt: string }[]>();

/** Makes a vote known to the mock; `now` fixes its clock (for not-yet-open and closed stories). */
export function registerMockVote(vote: VoteEvent, now?: string): void {
  votes.set(vote.id, vote);
  if (now) clocks.set(vote.id, Date.parse(now));
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tally(vote: CastableVote, key: string): Tally {
  const stored = ballots.get(key) ?? [];
  const recorded = recordedCounts(vote);
  return {
    ballots: stored.length,
    options: Object.keys(recorded).map((id) => {
      const online = stored.filter((b) => b.picks.includes(id)).length;
      return { id, online, recorded: recorded[id]!, total: online + recorded[id]! };
    }),
  };
}

async function answer(behaviour: MockBehaviour, town: string, voteId: string, isBallot: boolean, init: RequestInit | undefined): Promise<Response> {
  const vote = votes.get(voteId);
  if (!vote) return json(404, { error: { code: 'unknown-vote', message: `no vote ${voteId}` } });
  const now = clocks.get(voteId) ?? Date.now();
  const key = `${behaviour}|${town}|${voteId}`;
  const headers = new Headers(init?.headers);
  if (!isBallot) {
    if (behaviour === 'loading') return new Promise<Response>(() => {});
    if (behaviour === 'unreachable') throw new TypeError('Failed to fetch');
    if (behaviour === 'status-server-error') return json(500, { error: { code: 'internal', message: 'mock failure' } });
    const base = { town, vote: voteId, kind: vote.kind, binding: isBinding(vote), now: new Date(now).toISOString() };
    if (!isCastable(vote)) return json(200, { ...base, phase: 'results-only', resultsVisible: true } satisfies VoteStatus);
    const phase = votePhase(vote, now);
    const visible = resultsVisible(vote, phase);
    const voter = headers.get('renda-voter') ?? '';
    const mine = (ballots.get(key) ?? []).find((b) => b.voter === voter);
    const status: VoteStatus = { ...base, phase, maxPicks: maxPicks(vote), resultsVisible: visible, ...(visible ? { tally: tally(vote, key) } : {}) };
    status.voter = behaviour === 'voted' ? { voted: true, castAt: new Date(now - 3600_000).toISOString() } : mine ? { voted: true, castAt: mine.castAt } : { voted: false };
    return json(200, status);
  }
  if (behaviour === 'cast-offline') throw new TypeError('Failed to fetch');
  if (behaviour === 'cast-server-error') return json(503, { error: { code: 'storage-unavailable', message: 'mock failure', retryAfter: 1 } });
  if (behaviour === 'slow') await delay(4000);
  if (!isCastable(vote)) return json(403, { error: { code: 'not-castable', message: 'paper vote' } });
  const body = JSON.parse(String(init?.body ?? '{}')) as { idempotencyKey: string; voter: string; picks: string[] };
  const phase = votePhase(vote, now);
  if (phase !== 'open') return json(403, { error: { code: phase === 'closed' ? 'closed' : 'not-yet-open', message: phase } });
  const problem = checkPicks(vote, body.picks);
  if (problem) return json(422, { error: { code: problem.code, message: problem.message } });
  const list = ballots.get(key) ?? [];
  ballots.set(key, list);
  const sameKey = list.find((b) => b.key === body.idempotencyKey);
  const visible = resultsVisible(vote, phase);
  const receipt = (castAt: string, replayed: boolean): BallotReceipt => ({ ballot: { idempotencyKey: body.idempotencyKey, castAt }, replayed, ...(visible ? { tally: tally(vote, key) } : {}) });
  if (sameKey) return json(200, receipt(sameKey.castAt, true));
  const sameVoter = list.find((b) => b.voter === body.voter);
  if (sameVoter) return json(409, { error: { code: 'already-voted', message: 'voted', castAt: sameVoter.castAt } });
  const castAt = new Date(now).toISOString();
  list.push({ key: body.idempotencyKey, voter: body.voter, picks: body.picks, castAt });
  return json(201, receipt(castAt, false));
}

/** Patches `fetch` once; other addresses go to the real network. */
export function installMockParticipationApi(): void {
  const flagged = globalThis as typeof globalThis & { __rendaMockParticipationApi?: boolean };
  if (flagged.__rendaMockParticipationApi) return;
  flagged.__rendaMockParticipationApi = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(MOCK_API)) return realFetch(input, init);
    const match = /^([a-z-]+)\/api\/([^/]+)\/votes\/([^/]+)(\/ballots)?$/.exec(url.slice(MOCK_API.length));
    if (!match) return json(404, { error: { code: 'not-found', message: url } });
    await delay(250);
    return answer(match[1] as MockBehaviour, decodeURIComponent(match[2]!), decodeURIComponent(match[3]!), !!match[4], init);
  };
}
