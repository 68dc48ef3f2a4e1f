/**
 * The widget's side of the participation API: a voter token that outlives the page, a ballot
 * kept until the server has confirmed it, and retries that reuse the ballot's idempotency key, so
 * a ballot sent three times over a bad connection is stored once.
 */
import type { ApiError, BallotReceipt, VoteStatus } from '../../domain/votes/participation.js';
import { samePicks } from '../../domain/votes/vote-rules.js';

export type ApiFailure =
  /** No answer: no network, a timeout, DNS, or a CORS refusal (browsers do not tell these apart). */
  | { kind: 'offline' }
  /** 5xx, 429, or an answer that was not JSON: the server's trouble; worth trying again. */
  | { kind: 'server-error'; status?: number; retryAfter?: number }
  /** 4xx: the server understood and said no. */
  | { kind: 'rejected'; status: number; code: string; message: string; castAt?: string; retryAfter?: number };

export class ApiFailureError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.kind);
  }
}

export type CastResult = { kind: 'stored'; receipt: BallotReceipt } | ApiFailure;

/** A ballot not yet confirmed by the server: sent again, with the same key, until it is. */
export interface PendingBallot {
  idempotencyKey: string;
  picks: string[];
}

export interface ClientOptions {
  /** Where the token and unconfirmed ballots are kept; `null` keeps them in memory only. */
  storage?: Storage | null;
  /** Waits between attempts (ms); one attempt more than entries. Default 1, 2, 4, 8 s. */
  retryDelays?: readonly number[];
  /** Per request (ms). */
  timeout?: number;
}

const VOTER_KEY = 'renda-vote:voter';
const DEFAULT_DELAYS = [1000, 2000, 4000, 8000];
const DEFAULT_TIMEOUT = 10_000;
const memory = new Map<string, string>();

/** 128 random bits, URL-safe: unguessable, and nothing about the person. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function defaultStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    // Some in-app browsers expose localStorage but throw on write (private mode, full quota).
    storage.setItem('renda-vote:probe', '1');
    storage.removeItem('renda-vote:probe');
    return storage;
  } catch {
    return null;
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export class ParticipationClient {
  readonly voteUrl: string;
  private readonly storage: Storage | null;
  private readonly delays: readonly number[];
  private readonly timeout: number;

  constructor(
    api: string,
    readonly town: string,
    readonly vote: string,
    options: ClientOptions = {},
  ) {
    const base = new URL(api.endsWith('/') ? api : `${api}/`, globalThis.document?.baseURI ?? globalThis.location?.href);
    this.voteUrl = new URL(`${encodeURIComponent(town)}/votes/${encodeURIComponent(vote)}`, base).href;
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.delays = options.retryDelays ?? DEFAULT_DELAYS;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
  }

  private get(key: string): string | undefined {
    return (this.storage ? this.storage.getItem(key) : memory.get(key)) ?? undefined;
  }

  private set(key: string, value: string | undefined): void {
    try {
      if (value === undefined) {
        if (this.storage) this.storage.removeItem(key);
        else memory.delete(key);
      } else if (this.storage) this.storage.setItem(key, value);
      else memory.set(key, value);
    } catch {
      memory.set(key, value ?? '');
    }
  }

  private get pendingKey(): string {
    return `renda-vote:pending:${this.voteUrl}`;
  }

  /** This browser's voter token, made once and kept. */
  voter(): string {
    let token = this.get(VOTER_KEY);
    if (!token || !/^[A-Za-z0-9_-]{16,128}$/.test(token)) {
      token = randomToken();
      this.set(VOTER_KEY, token);
    }
    return token;
  }

  pending(): PendingBallot | undefined {
    const text = this.get(this.pendingKey);
    if (!text) return undefined;
    try {
      const value = JSON.parse(text) as PendingBallot;
      return typeof value.idempotencyKey === 'string' && Array.isArray(value.picks) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Forgets the unconfirmed ballot: the server has it, or refused it for good. */
  clearPending(): void {
    this.set(this.pendingKey, undefined);
  }

  private async request(url: string, init: RequestInit, signal?: AbortSignal): Promise<unknown> {
    if (globalThis.navigator?.onLine === false) throw new ApiFailureError({ kind: 'offline' });
    // One controller for both the caller's abort and the timeout (AbortSignal.any is too new for older in-app browsers).
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout);
    const forward = () => controller.abort();
    signal?.addEventListener('abort', forward);
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: controller.signal, cache: 'no-store', credentials: 'omit' });
    } catch {
      throw new ApiFailureError({ kind: 'offline' });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiFailureError(response.ok ? { kind: 'server-error', status: response.status } : response.status >= 500 ? { kind: 'server-error', status: response.status } : { kind: 'rejected', status: response.status, code: 'http', message: response.statusText });
    }
    if (response.ok) return body;
    const error = (body as Partial<ApiError>)?.error;
    const retryAfter = error?.retryAfter ?? (Number(response.headers.get('retry-after')) || undefined);
    if (response.status >= 500 || response.status === 429 || response.status === 408) throw new ApiFailureError({ kind: 'server-error', status: response.status, ...(retryAfter ? { retryAfter } : {}) });
    throw new ApiFailureError({ kind: 'rejected', status: response.status, code: error?.code ?? 'http', message: error?.message ?? response.statusText, ...(error?.castAt ? { castAt: error.castAt } : {}) });
  }

  /** The vote's phase, the counts the server has, and whether this browser's voter has voted. */
  async status(signal?: AbortSignal): Promise<VoteStatus> {
    return (await this.request(this.voteUrl, { headers: { accept: 'application/json', 'renda-voter': this.voter() } }, signal)) as VoteStatus;
  }

  /**
   * Sends a ballot until the server answers for it. The ballot is kept (with its key) before the
   * first attempt, so a reload mid-retry sends the same ballot again, never a second one. The
   * same picks reuse the kept key; other picks are a new ballot under a new key.
   */
  async cast(picks: readonly string[], options: { signal?: AbortSignal; retryDelays?: readonly number[]; onRetry?: (attempt: number, failure: ApiFailure) => void } = {}): Promise<CastResult> {
    const delays = options.retryDelays ?? this.delays;
    const kept = this.pending();
    const ballot: PendingBallot = kept && samePicks(kept.picks, picks) ? kept : { idempotencyKey: randomToken(), picks: [...picks] };
    this.set(this.pendingKey, JSON.stringify(ballot));
    const body = JSON.stringify({ idempotencyKey: ballot.idempotencyKey, voter: this.voter(), picks: ballot.picks });
    for (let attempt = 0; ; attempt++) {
      try {
        const receipt = (await this.request(`${this.voteUrl}/ballots`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body }, options.signal)) as BallotReceipt;
        this.clearPending();
        return { kind: 'stored', receipt };
      } catch (thrown) {
        if (!(thrown instanceof ApiFailureError)) throw thrown;
        const failure = thrown.failure;
        if (failure.kind === 'rejected') {
          // Refused for good (closed, already voted, invalid): keeping it would only resend a refusal.
          this.clearPending();
          return failure;
        }
        // Offline with the browser's word for it: no point spending attempts until it is back.
        const browserOffline = globalThis.navigator?.onLine === false;
        if (attempt >= delays.length || options.signal?.aborted || browserOffline) return failure;
        options.onRetry?.(attempt + 1, failure);
        const wait = failure.kind === 'server-error' && failure.retryAfter ? Math.min(failure.retryAfter * 1000, 30_000) : delays[attempt]!;
        await sleep(wait, options.signal);
      }
    }
  }
}
