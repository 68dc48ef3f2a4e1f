/**
 * What the participation API keeps, behind one interface: SQLite by default, PostgreSQL when
 * `DATABASE_URL` is set. Both acknowledge a write only after it is durable.
 */
import type { Submission } from './requests.js';
import type { DeskStore } from './desk/desk-store.js';

export interface BallotRecord {
  town: string;
  vote: string;
  idempotencyKey: string;
  /** SHA-256 of town, vote and the voter token: dedup per vote, no link between votes. */
  voterHash: string;
  picks: string[];
  /** ISO time the server received it. */
  castAt: string;
}

export type CastOutcome =
  /** Stored now: counted once. */
  | { status: 'stored'; castAt: string }
  /** The same key was stored before with the same voter and picks: a retry; nothing counted again. */
  | { status: 'replayed'; castAt: string }
  /** This voter already has a ballot in this vote (under another key). */
  | { status: 'already-voted'; castAt: string }
  /** The key was used before for a different ballot. */
  | { status: 'key-reused' };

export interface StoredTally {
  ballots: number;
  counts: Record<string, number>;
}

/** A stored message: what the resident sent (a JSON client's retry key too; forms have none), its reference and when it came. */
export interface SubmissionRecord extends Submission {
  /** Short reference a resident can quote, e.g. `7K2Q-9XMD`. */
  reference: string;
  receivedAt: string;
}

/** A stored submission as a record: the columns both stores read, NULLs left out. */
export function submissionFromRow(row: { reference: string; town: string; deputy: string | null; station: string | null; name: string; phone: string | null; body: string; receivedAt: string }): SubmissionRecord {
  const record: SubmissionRecord = { reference: row.reference, town: row.town, name: row.name, body: row.body, receivedAt: row.receivedAt };
  if (row.deputy) record.deputy = row.deputy;
  if (row.station) record.station = row.station;
  if (row.phone) record.phone = row.phone;
  return record;
}

export type SubmissionOutcome = { status: 'stored'; reference: string; receivedAt: string } | { status: 'replayed'; reference: string; receivedAt: string };

export interface ParticipationStore {
  readonly kind: 'sqlite' | 'postgres';
  /** The message desk's accounts, sessions, message statuses and audit trail, in the same database. */
  readonly desk: DeskStore;
  castBallot(ballot: BallotRecord): Promise<CastOutcome>;
  tally(town: string, vote: string): Promise<StoredTally>;
  /** The ballot stored under this key, if any: lets a late retry of a stored ballot be recognised after closing. */
  ballotByKey(town: string, vote: string, idempotencyKey: string): Promise<{ voterHash: string; picks: string[]; castAt: string } | undefined>;
  /** When this voter cast their ballot in this vote, if they did. */
  voterCastAt(town: string, vote: string, voterHash: string): Promise<string | undefined>;
  addSubmission(submission: SubmissionRecord): Promise<SubmissionOutcome>;
  /** For staff export only: personal data intact. Oldest first. */
  submissions(filter?: { town?: string }): Promise<SubmissionRecord[]>;
  /** Every stored ballot's key and picks, for audits and the crash test. */
  ballotKeys(town: string, vote: string): Promise<{ idempotencyKey: string; picks: string[] }[]>;
  close(): Promise<void>;
}

/** Thrown by a store when the database itself fails (disk full, file gone): a 503, never the client's fault. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export { samePicks } from '../domain/votes/vote-rules.js';
