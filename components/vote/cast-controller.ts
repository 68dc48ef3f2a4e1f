/**
 * The ballot's life in `<renda-vote>`, in the manner of Lit's reactive controllers: the server's
 * status of the vote, the resident's picks, sending a ballot (the client retries with backoff and
 * keeps it until the server confirms), resending an unconfirmed ballot when the page comes back or
 * the browser goes online, and re-asking the server when the vote opens or closes. The element
 * renders what this holds and passes the resident's actions here.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { VoteEvent } from '../../domain/model.js';
import type { Tally, VoteStatus } from '../../domain/votes/participation.js';
import { isCastable, type CastableVote } from '../../domain/votes/vote-rules.js';
import { ApiFailureError, ParticipationClient, type ApiFailure } from './participation-client.js';

/** Where the conversation with the server stands: `idle` without an API (or before hydration). */
export type StatusState = 'idle' | 'loading' | 'ready' | 'offline' | 'server-error' | 'missing';

/** What became of the last ballot. */
export type CastOutcome = { kind: 'stored'; castAt: string } | { kind: 'already-voted'; castAt?: string } | { kind: 'offline' } | { kind: 'server-error' } | { kind: 'rejected'; code: string } | { kind: 'no-picks' };

/** Everything the element renders about the ballot. */
export interface CastState {
  /** The server's answer about the vote: phase, counts, whether this browser has voted. */
  status?: VoteStatus | undefined;
  statusState: StatusState;
  /** The options the resident has ticked. */
  picks: string[];
  /** A ballot on its way: which attempt, and whether it is one kept from an earlier page. */
  sending?: { attempt: number; resumed: boolean } | undefined;
  outcome?: CastOutcome | undefined;
  /** Counts from the last receipt: newer than the status that preceded the ballot. */
  tally?: Tally | undefined;
  /** When `tally` was received, as the element tells time (ISO). */
  tallyAt?: string | undefined;
}

export interface CastControllerOptions {
  /** The vote the element shows now. */
  vote: () => VoteEvent | undefined;
  /** Milliseconds since the epoch, as the element tells time. */
  clock: () => number;
  /** True when the element's `now` is fixed (previews, tests): no timers then. */
  clockFixed: () => boolean;
  /** The element's `retryDelays`; the client's defaults when undefined. */
  retryDelays: () => number[] | undefined;
  /** The server stored a ballot (or had it already: `replayed`). */
  onStored: (town: string, vote: string, castAt: string, replayed: boolean) => void;
}

export class CastController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: CastControllerOptions;
  private current: CastState = { statusState: 'idle', picks: [] };
  private client?: ParticipationClient;
  private clientKey?: string;
  private offset = 0;
  private boundaryTimer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;

  constructor(host: ReactiveControllerHost, options: CastControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** What to render; replaced (never mutated) on every change. */
  get state(): Readonly<CastState> {
    return this.current;
  }

  /** The server's clock minus this device's (ms). */
  get serverOffset(): number {
    return this.offset;
  }

  /** A ballot was stored, now or before. */
  get voted(): boolean {
    return this.current.outcome?.kind === 'stored' || this.current.outcome?.kind === 'already-voted';
  }

  hostConnected(): void {
    if (isServer) return;
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.boundaryTimer);
    this.abort?.abort();
    this.abort = undefined;
    this.clientKey = undefined;
  }

  /** As a `@state` field would: the host updates only when a value changes. */
  private set(changes: Partial<CastState>): void {
    const next = { ...this.current, ...changes };
    if ((Object.keys(changes) as (keyof CastState)[]).every((key) => next[key] === this.current[key])) return;
    this.current = next;
    this.host.requestUpdate();
  }

  /**
   * Follows the vote the element shows (from its `willUpdate`, once hydrated): another vote, API or
   * town starts over with a new client, resuming a ballot kept from an earlier page.
   */
  follow(api: string | undefined, town: string | undefined): void {
    const vote = this.options.vote();
    const key = vote && isCastable(vote) && api && town ? `${api}|${town}|${vote.id}` : undefined;
    if (key !== this.clientKey) {
      this.clientKey = key;
      this.abort?.abort();
      this.abort = new AbortController();
      this.client = key ? new ParticipationClient(api!, town!, vote!.id) : undefined;
      const pending = this.client?.pending();
      this.set({ status: undefined, tally: undefined, outcome: undefined, sending: undefined, statusState: key ? 'loading' : 'idle', picks: pending ? [...pending.picks] : [] });
      if (this.client) void this.loadStatus(true);
    }
    if (vote && isCastable(vote)) this.scheduleBoundary(vote);
  }

  /** Re-renders (and asks the server again) when the vote opens or closes while the page is open. */
  private scheduleBoundary(vote: CastableVote): void {
    clearTimeout(this.boundaryTimer);
    if (this.options.clockFixed()) return;
    const now = this.options.clock();
    const next = [vote.opens, vote.closes].map((t) => (t ? Date.parse(t) : NaN)).filter((t) => t > now).sort((a, b) => a - b)[0];
    if (next === undefined) return;
    this.boundaryTimer = setTimeout(() => {
      this.host.requestUpdate();
      if (this.client) void this.loadStatus(false);
    }, Math.min(next - now + 500, 2 ** 31 - 1));
  }

  private readonly onOnline = () => {
    if (this.current.outcome?.kind === 'offline' || this.current.outcome?.kind === 'server-error') void this.send(true);
    else if (this.current.statusState === 'offline' || this.current.statusState === 'server-error') void this.loadStatus(false);
  };

  /** Asks the server where the vote stands; `resumePending` then sends a ballot kept from an earlier page. */
  async loadStatus(resumePending: boolean): Promise<void> {
    const client = this.client;
    if (!client) return;
    if (this.current.statusState !== 'ready') this.set({ statusState: 'loading' });
    try {
      const status = await client.status(this.abort?.signal);
      if (client !== this.client) return;
      this.offset = Date.parse(status.now) - Date.now();
      this.set({ status, tally: undefined, statusState: 'ready' });
      if (status.voter?.voted) {
        client.clearPending();
        if (this.current.outcome?.kind !== 'stored') this.set({ outcome: { kind: 'already-voted', castAt: status.voter.castAt } });
      } else if (resumePending && client.pending() && status.phase === 'open') {
        void this.send(true);
      }
    } catch (thrown) {
      if (client !== this.client) return;
      const failure = thrown instanceof ApiFailureError ? thrown.failure : ({ kind: 'offline' } as ApiFailure);
      this.set({ statusState: failure.kind === 'rejected' ? 'missing' : failure.kind });
    }
  }

  /** Sends the picks (or, `resumed`, the ballot kept unconfirmed) for the vote being followed. */
  async send(resumed = false): Promise<void> {
    const client = this.client;
    const vote = this.options.vote();
    if (!client || !vote || !isCastable(vote) || this.current.sending) return;
    const picks = resumed ? (client.pending()?.picks ?? this.current.picks) : this.current.picks;
    if (picks.length === 0) {
      this.set({ outcome: { kind: 'no-picks' } });
      return;
    }
    this.set({ outcome: undefined, sending: { attempt: 0, resumed } });
    const retryDelays = this.options.retryDelays();
    const result = await client.cast(picks, {
      ...(this.abort ? { signal: this.abort.signal } : {}),
      ...(retryDelays ? { retryDelays } : {}),
      onRetry: (attempt) => {
        if (client === this.client) this.set({ sending: { attempt, resumed } });
      },
    });
    if (client !== this.client) return;
    this.set({ sending: undefined });
    if (result.kind === 'stored') {
      this.set({ outcome: { kind: 'stored', castAt: result.receipt.ballot.castAt } });
      if (result.receipt.tally) this.set({ tally: result.receipt.tally, tallyAt: new Date(this.options.clock()).toISOString() });
      this.options.onStored(client.town, client.vote, result.receipt.ballot.castAt, result.receipt.replayed);
    } else if (result.kind === 'rejected') {
      this.set({ outcome: result.code === 'already-voted' ? { kind: 'already-voted', ...(result.castAt ? { castAt: result.castAt } : {}) } : { kind: 'rejected', code: result.code } });
      // The server's view changed (closed, already voted): ask it again for the counts and phase.
      void this.loadStatus(false);
    } else this.set({ outcome: { kind: result.kind } });
  }

  /** An option was ticked or unticked: one grade for a rating, any number (the form caps it) for a poll. */
  pick(vote: CastableVote, option: string, checked: boolean): void {
    if (vote.kind === 'rating') this.set({ picks: [option] });
    else this.set({ picks: checked ? [...this.current.picks.filter((p) => p !== option), option] : this.current.picks.filter((p) => p !== option) });
    if (this.current.outcome?.kind === 'no-picks') this.set({ outcome: undefined });
  }
}
