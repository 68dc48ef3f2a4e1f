/**
 * The participation API's wire format: what `server/` answers and `<renda-vote>` reads. One file
 * for both sides, so a field renamed on one side fails to compile on the other.
 */
import type { VoteEvent } from '../model.js';
import type { VotePhase } from './vote-rules.js';

/** One option's count: `online` ballots stored by the API plus `recorded` ones from the content (paper). */
export interface OptionCount {
  id: string;
  online: number;
  recorded: number;
  total: number;
}

export interface Tally {
  /** Online ballots stored for this vote. */
  ballots: number;
  options: OptionCount[];
}

/** `GET {api}{town}/votes/{vote}` */
export interface VoteStatus {
  town: string;
  vote: string;
  kind: VoteEvent['kind'];
  binding: boolean;
  /** The server's clock (ISO), so a phone with a wrong clock still sees the right phase. */
  now: string;
  /** `results-only` for the deputies' 票决: nothing to cast online. */
  phase: VotePhase | 'results-only';
  opens?: string;
  closes?: string;
  maxPicks?: number;
  resultsVisible: boolean;
  /** Present only when `resultsVisible`: the counts the server has stored, never an estimate. */
  tally?: Tally;
  /** Present when the request named a voter (header `Renda-Voter`). */
  voter?: { voted: boolean; castAt?: string };
}

/** `POST {api}{town}/votes/{vote}/ballots` body. */
export interface BallotRequest {
  /** One per ballot, chosen by the client and reused on every retry of that ballot. */
  idempotencyKey: string;
  /** The browser's voter token (random, kept in localStorage). */
  voter: string;
  /** Option ids: candidate ids for a poll, one satisfaction grade for a rating. */
  picks: string[];
}

/** 201 (stored now) or 200 (`replayed`: this key was stored before; nothing counted twice). */
export interface BallotReceipt {
  ballot: { idempotencyKey: string; castAt: string };
  replayed: boolean;
  tally?: Tally;
}

/** Every 4xx and 5xx. `code` is stable for programs; `message` is for developers. */
export interface ApiError {
  error: { code: string; message: string; field?: string; castAt?: string; retryAfter?: number };
}

/** `POST {api}submissions` (JSON) body; a plain HTML form sends the same names. */
export interface SubmissionRequest {
  town: string;
  deputy?: string;
  station?: string;
  name: string;
  phone?: string;
  body: string;
  consent: true;
  idempotencyKey?: string;
}

export interface SubmissionReceipt {
  submission: { reference: string; receivedAt: string };
  replayed: boolean;
}
