import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDeskStore } from './desk/sqlite-desk.js';
import { samePicks, StorageError, submissionFromRow, type BallotRecord, type CastOutcome, type ParticipationStore, type StoredTally, type SubmissionOutcome, type SubmissionRecord } from './storage.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ballots (
  town TEXT NOT NULL,
  vote TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  voter_hash TEXT NOT NULL,
  picks TEXT NOT NULL,
  cast_at TEXT NOT NULL,
  PRIMARY KEY (town, vote, idempotency_key),
  UNIQUE (town, vote, voter_hash)
);
CREATE TABLE IF NOT EXISTS tallies (
  town TEXT NOT NULL,
  vote TEXT NOT NULL,
  option TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (town, vote, option)
);
CREATE TABLE IF NOT EXISTS vote_totals (
  town TEXT NOT NULL,
  vote TEXT NOT NULL,
  ballots INTEGER NOT NULL,
  PRIMARY KEY (town, vote)
);
CREATE TABLE IF NOT EXISTS submissions (
  reference TEXT PRIMARY KEY,
  town TEXT NOT NULL,
  deputy TEXT,
  station TEXT,
  name TEXT NOT NULL,
  phone TEXT,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL,
  idempotency_key TEXT UNIQUE
);
`;

interface PendingWrite {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * SQLite in WAL mode with `synchronous = FULL`: a commit returns only after its WAL frames are
 * fsync'd, so an acknowledged ballot survives `kill -9` and a power cut alike. (NORMAL would
 * survive a killed process but may lose the last commits on power loss: not for ballots.)
 *
 * Writes are group-committed: every ballot that arrives while the event loop is busy joins one
 * transaction, so one fsync acknowledges many ballots, and none is answered before that commit.
 */
export class SqliteStore implements ParticipationStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private queue: PendingWrite[] = [];
  private scheduled = false;
  private closed = false;
  private readonly statements;
  readonly desk: SqliteDeskStore;

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: 5000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
    this.desk = new SqliteDeskStore(this.db);
    const db = this.db;
    this.statements = {
      insertBallot: db.prepare('INSERT INTO ballots (town, vote, idempotency_key, voter_hash, picks, cast_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING'),
      ballotByKey: db.prepare('SELECT voter_hash AS voterHash, picks, cast_at AS castAt FROM ballots WHERE town = ? AND vote = ? AND idempotency_key = ?'),
      ballotByVoter: db.prepare('SELECT cast_at AS castAt FROM ballots WHERE town = ? AND vote = ? AND voter_hash = ?'),
      countOption: db.prepare('INSERT INTO tallies (town, vote, option, count) VALUES (?, ?, ?, 1) ON CONFLICT (town, vote, option) DO UPDATE SET count = count + 1'),
      countBallot: db.prepare('INSERT INTO vote_totals (town, vote, ballots) VALUES (?, ?, 1) ON CONFLICT (town, vote) DO UPDATE SET ballots = ballots + 1'),
      tally: db.prepare('SELECT option, count FROM tallies WHERE town = ? AND vote = ?'),
      total: db.prepare('SELECT ballots FROM vote_totals WHERE town = ? AND vote = ?'),
      keys: db.prepare('SELECT idempotency_key AS idempotencyKey, picks FROM ballots WHERE town = ? AND vote = ? ORDER BY rowid'),
      insertSubmission: db.prepare(
        'INSERT INTO submissions (reference, town, deputy, station, name, phone, body, received_at, idempotency_key) VALUES (@reference, @town, @deputy, @station, @name, @phone, @body, @receivedAt, @idempotencyKey) ON CONFLICT DO NOTHING',
      ),
      submissionByKey: db.prepare('SELECT reference, received_at AS receivedAt FROM submissions WHERE idempotency_key = ?'),
      submissions: db.prepare('SELECT reference, town, deputy, station, name, phone, body, received_at AS receivedAt FROM submissions WHERE (@town IS NULL OR town = @town) ORDER BY received_at, rowid'),
    };
  }

  castBallot(ballot: BallotRecord): Promise<CastOutcome> {
    return this.write(() => this.castNow(ballot));
  }

  private castNow(b: BallotRecord): CastOutcome {
    const s = this.statements;
    const inserted = s.insertBallot.run(b.town, b.vote, b.idempotencyKey, b.voterHash, JSON.stringify(b.picks), b.castAt).changes === 1;
    if (inserted) {
      for (const pick of b.picks) s.countOption.run(b.town, b.vote, pick);
      s.countBallot.run(b.town, b.vote);
      return { status: 'stored', castAt: b.castAt };
    }
    const byKey = s.ballotByKey.get(b.town, b.vote, b.idempotencyKey) as { voterHash: string; picks: string; castAt: string } | undefined;
    if (byKey) {
      if (byKey.voterHash === b.voterHash && samePicks(JSON.parse(byKey.picks) as string[], b.picks)) return { status: 'replayed', castAt: byKey.castAt };
      return { status: 'key-reused' };
    }
    const byVoter = s.ballotByVoter.get(b.town, b.vote, b.voterHash) as { castAt: string };
    return { status: 'already-voted', castAt: byVoter.castAt };
  }

  async tally(town: string, vote: string): Promise<StoredTally> {
    return this.read(() => {
      const rows = this.statements.tally.all(town, vote) as { option: string; count: number }[];
      const total = this.statements.total.get(town, vote) as { ballots: number } | undefined;
      return { ballots: total?.ballots ?? 0, counts: Object.fromEntries(rows.map((r) => [r.option, r.count])) };
    });
  }

  async ballotByKey(town: string, vote: string, idempotencyKey: string): Promise<{ voterHash: string; picks: string[]; castAt: string } | undefined> {
    return this.read(() => {
      const row = this.statements.ballotByKey.get(town, vote, idempotencyKey) as { voterHash: string; picks: string; castAt: string } | undefined;
      return row && { voterHash: row.voterHash, picks: JSON.parse(row.picks) as string[], castAt: row.castAt };
    });
  }

  async voterCastAt(town: string, vote: string, voterHash: string): Promise<string | undefined> {
    return this.read(() => (this.statements.ballotByVoter.get(town, vote, voterHash) as { castAt: string } | undefined)?.castAt);
  }

  addSubmission(submission: SubmissionRecord): Promise<SubmissionOutcome> {
    return this.write(() => {
      const inserted = this.statements.insertSubmission.run({ deputy: null, station: null, phone: null, idempotencyKey: null, ...submission }).changes === 1;
      if (inserted) return { status: 'stored', reference: submission.reference, receivedAt: submission.receivedAt };
      const earlier = submission.idempotencyKey ? (this.statements.submissionByKey.get(submission.idempotencyKey) as { reference: string; receivedAt: string } | undefined) : undefined;
      // A reference collision (random, 40 bits) without a key: vanishingly rare; the caller retries with a new one.
      if (!earlier) throw new StorageError('submission reference collision');
      return { status: 'replayed', ...earlier };
    });
  }

  async submissions(filter: { town?: string } = {}): Promise<SubmissionRecord[]> {
    return this.read(() =>
      (this.statements.submissions.all({ town: filter.town ?? null }) as Parameters<typeof submissionFromRow>[0][]).map(submissionFromRow),
    );
  }

  async ballotKeys(town: string, vote: string): Promise<{ idempotencyKey: string; picks: string[] }[]> {
    return this.read(() => (this.statements.keys.all(town, vote) as { idempotencyKey: string; picks: string }[]).map((r) => ({ idempotencyKey: r.idempotencyKey, picks: JSON.parse(r.picks) as string[] })));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.queue.length) this.flush();
    this.db.close();
  }

  private read<T>(query: () => T): T {
    if (this.closed) throw new StorageError('the store is closed');
    try {
      return query();
    } catch (error) {
      throw new StorageError(`SQLite read failed: ${(error as Error).message}`, { cause: error });
    }
  }

  private write<T>(run: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new StorageError('the store is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate runs after the I/O callbacks already due, so concurrent requests share a commit.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const results: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.transaction(() => {
        for (const write of batch) {
          // Each write in its own savepoint: one that fails rolls back alone, the batch commits.
          try {
            results.push({ ok: true, value: this.db.transaction(write.run)() });
          } catch (error) {
            results.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      // The commit failed: nothing of the batch is stored, and no ballot in it was acknowledged.
      const failure = new StorageError(`SQLite commit failed: ${(error as Error).message}`, { cause: error });
      for (const write of batch) write.reject(failure);
      return;
    }
    batch.forEach((write, i) => {
      const result = results[i]!;
      if (result.ok) write.resolve(result.value);
      else write.reject(result.error instanceof StorageError ? result.error : new StorageError(`SQLite write failed: ${(result.error as Error).message}`, { cause: result.error }));
    });
  }
}
