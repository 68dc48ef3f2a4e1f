import { randomInt } from 'node:crypto';
import pg from 'pg';
import { deskSchemaSql, PostgresDeskStore } from './desk/postgres-desk.js';
import { samePicks, StorageError, submissionFromRow, type BallotRecord, type CastOutcome, type ParticipationStore, type StoredTally, type SubmissionOutcome, type SubmissionRecord } from './storage.js';

const schemaSql = (schema: string) => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.renda_ballots (
  town TEXT NOT NULL,
  vote TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  voter_hash TEXT NOT NULL,
  picks JSONB NOT NULL,
  cast_at TEXT NOT NULL,
  seq BIGSERIAL,
  PRIMARY KEY (town, vote, idempotency_key),
  UNIQUE (town, vote, voter_hash)
);
CREATE TABLE IF NOT EXISTS ${schema}.renda_tallies (
  town TEXT NOT NULL,
  vote TEXT NOT NULL,
  option TEXT NOT NULL,
  shard SMALLINT NOT NULL DEFAULT 0,
  count INTEGER NOT NULL,
  PRIMARY KEY (town, vote, option, shard)
);
CREATE TABLE IF NOT EXISTS ${schema}.renda_vote_totals (
  town TEXT NOT NULL,
  vote TEXT NOT NULL,
  shard SMALLINT NOT NULL DEFAULT 0,
  ballots INTEGER NOT NULL,
  PRIMARY KEY (town, vote, shard)
);
-- Tables made before the counters were split in shards: the old counts become shard 0.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = '${schema}' AND table_name = 'renda_tallies' AND column_name = 'shard') THEN
    ALTER TABLE ${schema}.renda_tallies ADD COLUMN shard SMALLINT NOT NULL DEFAULT 0;
    ALTER TABLE ${schema}.renda_tallies DROP CONSTRAINT renda_tallies_pkey, ADD PRIMARY KEY (town, vote, option, shard);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = '${schema}' AND table_name = 'renda_vote_totals' AND column_name = 'shard') THEN
    ALTER TABLE ${schema}.renda_vote_totals ADD COLUMN shard SMALLINT NOT NULL DEFAULT 0;
    ALTER TABLE ${schema}.renda_vote_totals DROP CONSTRAINT renda_vote_totals_pkey, ADD PRIMARY KEY (town, vote, shard);
  END IF;
END $$;
CREATE TABLE IF NOT EXISTS ${schema}.renda_submissions (
  reference TEXT PRIMARY KEY,
  town TEXT NOT NULL,
  deputy TEXT,
  station TEXT,
  name TEXT NOT NULL,
  phone TEXT,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL,
  idempotency_key TEXT UNIQUE,
  seq BIGSERIAL
);
`;

/** Rows each vote's counters are spread over; the tally adds them up. */
const COUNTER_SHARDS = 16;

/**
 * Runs a one-statement write again when PostgreSQL chose it as a deadlock's victim (40P01): the
 * statement was rolled back whole, so running it again is safe. The ballot, its counts and its
 * total lock rows of two tables in an order PostgreSQL does not promise; rare, but not never.
 */
async function retryDeadlock<T>(statement: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statement();
    } catch (error) {
      const code = ((error as StorageError).cause as { code?: string } | undefined)?.code;
      if (code !== '40P01' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, randomInt(5, 25 * attempt)));
    }
  }
}

/**
 * Creates the tables if missing. Several API processes may start at once against one database,
 * and `CREATE … IF NOT EXISTS` is not safe against itself (two sessions can both find a table
 * missing, and one then fails on the catalogue's unique index): a transaction-scoped advisory
 * lock lets one process create while the others wait, then find everything there.
 */
async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`renda-kit schema ${schema}`]);
    await client.query(schemaSql(schema) + deskSchemaSql(schema));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * PostgreSQL, for towns that already run one (`DATABASE_URL`). Tables are prefixed `renda_` so
 * they can share a database. A ballot and its counts go in one statement, so they commit
 * together; with PostgreSQL's default `synchronous_commit = on` the commit is on disk before the
 * API answers.
 *
 * Several API processes (on one machine or many, behind any load balancer) may share the
 * database: every rule is kept by the database, never by a process's memory. One ballot per
 * voter and one per key are unique constraints, taken with `ON CONFLICT DO NOTHING` (a second
 * insert waits for the first to commit, then does nothing); the counts change in the same
 * statement as the ballot, spread over shards so ballots do not queue on one row; reads that must
 * agree are one statement.
 */
export class PostgresStore implements ParticipationStore {
  readonly kind = 'postgres' as const;
  readonly desk: PostgresDeskStore;
  private constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {
    this.desk = new PostgresDeskStore(pool, schema);
  }

  /** Connects and creates the tables if missing. `schema` keeps test runs apart. */
  static async open(url: string, options: { schema?: string } = {}): Promise<PostgresStore> {
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`PostgreSQL schema name "${schema}" must be lowercase letters, digits and _`);
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
    // An idle client's error (the server restarted) must not crash the API; the next query reconnects.
    pool.on('error', () => {});
    try {
      await createSchema(pool, schema);
    } catch (error) {
      await pool.end();
      throw new StorageError(`PostgreSQL at ${url.replace(/\/\/[^@/]*@/, '//…@')}: ${(error as Error).message}`, { cause: error });
    }
    return new PostgresStore(pool, schema);
  }

  private async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(text, values);
    } catch (error) {
      throw new StorageError(`PostgreSQL: ${(error as Error).message}`, { cause: error });
    }
  }

  private t(table: string): string {
    return `${this.schema}.renda_${table}`;
  }

  async castBallot(b: BallotRecord): Promise<CastOutcome> {
    // Each ballot adds to one of COUNTER_SHARDS rows per counter, picked at random: with a single
    // row, every ballot of a vote waited for the one before it to commit (its row lock), so the
    // API did one ballot per disk flush however many processes ran. The options are counted in
    // sorted order, so two ballots always take their rows' locks in the same order.
    const shard = randomInt(COUNTER_SHARDS);
    const options = [...new Set(b.picks)].sort();
    const statement = () =>
      this.query<{ inserted: string }>(
        `WITH ins AS (
           INSERT INTO ${this.t('ballots')} (town, vote, idempotency_key, voter_hash, picks, cast_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)
           ON CONFLICT DO NOTHING RETURNING town, vote
         ), counted AS (
           INSERT INTO ${this.t('tallies')} (town, vote, option, shard, count)
           SELECT town, vote, option, $7, 1 FROM ins CROSS JOIN unnest($8::text[]) WITH ORDINALITY AS o(option, n) ORDER BY n
           ON CONFLICT (town, vote, option, shard) DO UPDATE SET count = ${this.t('tallies')}.count + 1
         ), totals AS (
           INSERT INTO ${this.t('vote_totals')} (town, vote, shard, ballots) SELECT town, vote, $7, 1 FROM ins
           ON CONFLICT (town, vote, shard) DO UPDATE SET ballots = ${this.t('vote_totals')}.ballots + 1
         )
         SELECT count(*) AS inserted FROM ins`,
        [b.town, b.vote, b.idempotencyKey, b.voterHash, JSON.stringify(b.picks), b.castAt, shard, options],
      );
    const inserted = await retryDeadlock(statement);
    if (Number(inserted.rows[0]!.inserted) === 1) return { status: 'stored', castAt: b.castAt };
    const byKey = await this.ballotByKey(b.town, b.vote, b.idempotencyKey);
    if (byKey) return byKey.voterHash === b.voterHash && samePicks(byKey.picks, b.picks) ? { status: 'replayed', castAt: byKey.castAt } : { status: 'key-reused' };
    const castAt = await this.voterCastAt(b.town, b.vote, b.voterHash);
    if (!castAt) throw new StorageError('ballot neither stored nor found');
    return { status: 'already-voted', castAt };
  }

  async ballotByKey(town: string, vote: string, key: string): Promise<{ voterHash: string; picks: string[]; castAt: string } | undefined> {
    const { rows } = await this.query<{ voter_hash: string; picks: string[]; cast_at: string }>(`SELECT voter_hash, picks, cast_at FROM ${this.t('ballots')} WHERE town = $1 AND vote = $2 AND idempotency_key = $3`, [town, vote, key]);
    const row = rows[0];
    return row && { voterHash: row.voter_hash, picks: row.picks, castAt: row.cast_at };
  }

  async voterCastAt(town: string, vote: string, voterHash: string): Promise<string | undefined> {
    const { rows } = await this.query<{ cast_at: string }>(`SELECT cast_at FROM ${this.t('ballots')} WHERE town = $1 AND vote = $2 AND voter_hash = $3`, [town, vote, voterHash]);
    return rows[0]?.cast_at;
  }

  async tally(town: string, vote: string): Promise<StoredTally> {
    // One statement, one snapshot: two queries could fall either side of another process's
    // ballot and show counts that do not add up to the number of ballots.
    const { rows } = await this.query<{ ballots: number | null; counts: Record<string, number> | null }>(
      `SELECT (SELECT sum(ballots)::int FROM ${this.t('vote_totals')} WHERE town = $1 AND vote = $2) AS ballots,
              (SELECT jsonb_object_agg(option, n) FROM (SELECT option, sum(count)::int AS n FROM ${this.t('tallies')} WHERE town = $1 AND vote = $2 GROUP BY option) per_option) AS counts`,
      [town, vote],
    );
    return { ballots: rows[0]?.ballots ?? 0, counts: rows[0]?.counts ?? {} };
  }

  async addSubmission(s: SubmissionRecord): Promise<SubmissionOutcome> {
    const { rowCount } = await this.query(
      `INSERT INTO ${this.t('submissions')} (reference, town, deputy, station, name, phone, body, received_at, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [s.reference, s.town, s.deputy ?? null, s.station ?? null, s.name, s.phone ?? null, s.body, s.receivedAt, s.idempotencyKey ?? null],
    );
    if (rowCount === 1) return { status: 'stored', reference: s.reference, receivedAt: s.receivedAt };
    if (s.idempotencyKey) {
      const { rows } = await this.query<{ reference: string; received_at: string }>(`SELECT reference, received_at FROM ${this.t('submissions')} WHERE idempotency_key = $1`, [s.idempotencyKey]);
      if (rows[0]) return { status: 'replayed', reference: rows[0].reference, receivedAt: rows[0].received_at };
    }
    throw new StorageError('submission reference collision');
  }

  async submissions(filter: { town?: string } = {}): Promise<SubmissionRecord[]> {
    const { rows } = await this.query<{ reference: string; town: string; deputy: string | null; station: string | null; name: string; phone: string | null; body: string; received_at: string }>(
      `SELECT reference, town, deputy, station, name, phone, body, received_at FROM ${this.t('submissions')} WHERE ($1::text IS NULL OR town = $1) ORDER BY received_at, seq`,
      [filter.town ?? null],
    );
    return rows.map((row) => submissionFromRow({ ...row, receivedAt: row.received_at }));
  }

  async ballotKeys(town: string, vote: string): Promise<{ idempotencyKey: string; picks: string[] }[]> {
    const { rows } = await this.query<{ idempotency_key: string; picks: string[] }>(`SELECT idempotency_key, picks FROM ${this.t('ballots')} WHERE town = $1 AND vote = $2 ORDER BY seq`, [town, vote]);
    return rows.map((r) => ({ idempotencyKey: r.idempotency_key, picks: r.picks }));
  }

  /** Drops this store's schema: test runs only. */
  async dropSchema(): Promise<void> {
    if (this.schema === 'public') throw new Error('refusing to drop the public schema');
    await this.query(`DROP SCHEMA ${this.schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
