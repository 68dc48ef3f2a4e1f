/** The desk's tables in the participation store's PostgreSQL schema (prefixed `renda_`). */
import type pg from 'pg';
import { StorageError } from '../storage.js';
import { messageFromRow, staffFromRow, webhookFromRow, type Webhook, type AuditEntry, type DeskMessage, type DeskStore, type MessageDecision, type MessageRow, type SessionRecord, type StaffAccount } from './desk-store.js';

export const deskSchemaSql = (schema: string) => `
CREATE TABLE IF NOT EXISTS ${schema}.renda_staff (
  "user" TEXT PRIMARY KEY,
  town TEXT NOT NULL,
  role TEXT NOT NULL,
  station TEXT,
  deputy TEXT,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ${schema}.renda_staff_sessions (
  id_hash TEXT PRIMARY KEY,
  "user" TEXT NOT NULL,
  csrf TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS ${schema}.renda_desk_messages (
  reference TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  suggestion TEXT,
  reason TEXT,
  decided_at TEXT
);
CREATE TABLE IF NOT EXISTS ${schema}.renda_desk_webhooks (
  town TEXT NOT NULL,
  url TEXT NOT NULL,
  station TEXT,
  deputy TEXT,
  PRIMARY KEY (town, url)
);
CREATE TABLE IF NOT EXISTS ${schema}.renda_desk_notified (
  key TEXT PRIMARY KEY,
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ${schema}.renda_desk_sign_in_failures (
  key TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS renda_desk_sign_in_failures_key ON ${schema}.renda_desk_sign_in_failures (key, at);
CREATE INDEX IF NOT EXISTS renda_desk_sign_in_failures_at ON ${schema}.renda_desk_sign_in_failures (at);
CREATE TABLE IF NOT EXISTS ${schema}.renda_desk_audit (
  seq BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  town TEXT NOT NULL,
  "user" TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  address TEXT NOT NULL,
  detail TEXT
);
`;

export class PostgresDeskStore implements DeskStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `${this.schema}.renda_${table}`;
  }

  private async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(text, values);
    } catch (error) {
      throw new StorageError(`PostgreSQL desk: ${(error as Error).message}`, { cause: error });
    }
  }

  private get staffColumns() {
    return `"user", town, role, station, deputy, password_hash AS "passwordHash", created_at AS "createdAt" FROM ${this.t('staff')}`;
  }
  private get messageColumns() {
    return `s.reference, s.town, s.deputy, s.station, s.name, s.phone, s.body, s.received_at AS "receivedAt", m.status, m.suggestion, m.reason, m.decided_at AS "decidedAt"
      FROM ${this.t('submissions')} s LEFT JOIN ${this.t('desk_messages')} m ON m.reference = s.reference`;
  }

  async addStaff(a: StaffAccount) {
    const { rowCount } = await this.query(`INSERT INTO ${this.t('staff')} ("user", town, role, station, deputy, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`, [
      a.user, a.town, a.role, a.station ?? null, a.deputy ?? null, a.passwordHash, a.createdAt,
    ]);
    return rowCount === 1;
  }
  async staff(user: string) {
    const { rows } = await this.query<Parameters<typeof staffFromRow>[0]>(`SELECT ${this.staffColumns} WHERE "user" = $1`, [user]);
    return rows[0] && staffFromRow(rows[0]);
  }
  async listStaff(town: string) {
    const { rows } = await this.query<Parameters<typeof staffFromRow>[0]>(`SELECT ${this.staffColumns} WHERE town = $1 ORDER BY "user"`, [town]);
    return rows.map(staffFromRow);
  }
  async removeStaff(user: string) {
    const { rowCount } = await this.query(`WITH s AS (DELETE FROM ${this.t('staff_sessions')} WHERE "user" = $1) DELETE FROM ${this.t('staff')} WHERE "user" = $1`, [user]);
    return rowCount === 1;
  }
  async setPassword(user: string, hash: string) {
    const { rowCount } = await this.query(`WITH s AS (DELETE FROM ${this.t('staff_sessions')} WHERE "user" = $1) UPDATE ${this.t('staff')} SET password_hash = $2 WHERE "user" = $1`, [user, hash]);
    return rowCount === 1;
  }
  async createSession(s: SessionRecord) {
    await this.query(`INSERT INTO ${this.t('staff_sessions')} (id_hash, "user", csrf, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)`, [s.idHash, s.user, s.csrf, s.createdAt, s.lastSeenAt]);
  }
  async session(idHash: string) {
    const { rows } = await this.query<{ idHash: string; user: string; csrf: string; createdAt: string; lastSeenAt: string }>(
      `SELECT id_hash AS "idHash", "user", csrf, created_at AS "createdAt", last_seen_at AS "lastSeenAt" FROM ${this.t('staff_sessions')} WHERE id_hash = $1`,
      [idHash],
    );
    const row = rows[0];
    return row && { ...row, createdAt: Number(row.createdAt), lastSeenAt: Number(row.lastSeenAt) };
  }
  async touchSession(idHash: string, at: number) {
    await this.query(`UPDATE ${this.t('staff_sessions')} SET last_seen_at = $2 WHERE id_hash = $1`, [idHash, at]);
  }
  async deleteSession(idHash: string) {
    await this.query(`DELETE FROM ${this.t('staff_sessions')} WHERE id_hash = $1`, [idHash]);
  }
  async deleteExpiredSessions(createdBefore: number, seenBefore: number) {
    await this.query(`DELETE FROM ${this.t('staff_sessions')} WHERE created_at < $1 OR last_seen_at < $2`, [createdBefore, seenBefore]);
  }
  async messages(town: string): Promise<DeskMessage[]> {
    const { rows } = await this.query<MessageRow>(`SELECT ${this.messageColumns} WHERE s.town = $1 ORDER BY s.received_at DESC, s.seq DESC`, [town]);
    return rows.map(messageFromRow);
  }
  async message(reference: string) {
    const { rows } = await this.query<MessageRow>(`SELECT ${this.messageColumns} WHERE s.reference = $1`, [reference]);
    return rows[0] && messageFromRow(rows[0]);
  }
  async markRead(reference: string) {
    await this.query(`INSERT INTO ${this.t('desk_messages')} (reference, status) VALUES ($1, 'read') ON CONFLICT DO NOTHING`, [reference]);
  }
  async decide(reference: string, d: MessageDecision) {
    const table = this.t('desk_messages');
    const { rowCount } = await this.query(
      `INSERT INTO ${table} AS m (reference, status, suggestion, reason, decided_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (reference) DO UPDATE SET status = excluded.status, suggestion = excluded.suggestion, reason = excluded.reason, decided_at = excluded.decided_at
       WHERE m.status IN ('new', 'read')`,
      [reference, d.status, d.suggestion ?? null, d.reason ?? null, d.decidedAt],
    );
    return rowCount === 1;
  }
  async messagesOf(suggestion: string) {
    const { rows } = await this.query<{ reference: string }>(`SELECT reference FROM ${this.t('desk_messages')} WHERE suggestion = $1 ORDER BY reference`, [suggestion]);
    return rows.map((r) => r.reference);
  }
  async eraseContact(reference: string, body: string) {
    const { rowCount } = await this.query(`UPDATE ${this.t('submissions')} SET name = '', phone = NULL, body = $2 WHERE reference = $1 AND name <> ''`, [reference, body]);
    return rowCount === 1;
  }
  async markNotified(key: string, at: string) {
    const { rowCount } = await this.query(`INSERT INTO ${this.t('desk_notified')} (key, at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [key, at]);
    return rowCount === 1;
  }
  async addWebhook(h: Webhook) {
    const { rowCount } = await this.query(`INSERT INTO ${this.t('desk_webhooks')} (town, url, station, deputy) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [h.town, h.url, h.station ?? null, h.deputy ?? null]);
    return rowCount === 1;
  }
  async webhooks(town: string) {
    const { rows } = await this.query<Parameters<typeof webhookFromRow>[0]>(`SELECT town, url, station, deputy FROM ${this.t('desk_webhooks')} WHERE town = $1 ORDER BY url`, [town]);
    return rows.map(webhookFromRow);
  }
  async removeWebhook(town: string, url: string) {
    const { rowCount } = await this.query(`DELETE FROM ${this.t('desk_webhooks')} WHERE town = $1 AND url = $2`, [town, url]);
    return rowCount === 1;
  }
  async addSignInFailure(keys: readonly string[], at: number, forgetBefore: number) {
    const table = this.t('desk_sign_in_failures');
    await this.query(`WITH old AS (DELETE FROM ${table} WHERE at < $3) INSERT INTO ${table} (key, at) SELECT unnest($1::text[]), $2`, [keys, at, forgetBefore]);
  }
  async signInFailures(key: string, since: number) {
    const { rows } = await this.query<{ at: string }>(`SELECT at FROM (SELECT at FROM ${this.t('desk_sign_in_failures')} WHERE key = $1 AND at > $2 ORDER BY at DESC LIMIT 50) recent ORDER BY at`, [key, since]);
    return rows.map((row) => Number(row.at));
  }
  async clearSignInFailures(key: string) {
    await this.query(`DELETE FROM ${this.t('desk_sign_in_failures')} WHERE key = $1`, [key]);
  }
  async addAudit(e: AuditEntry) {
    await this.query(`INSERT INTO ${this.t('desk_audit')} (at, town, "user", action, target, address, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      e.at, e.town, e.user, e.action, e.target ?? null, e.address, e.detail ?? null,
    ]);
  }
  async audit(town: string, limit = 500) {
    const { rows } = await this.query<AuditEntry & { target: string | null; detail: string | null }>(
      `SELECT at, town, "user", action, target, address, detail FROM ${this.t('desk_audit')} WHERE town = $1 ORDER BY seq DESC LIMIT $2`,
      [town, limit],
    );
    return rows.map(({ target, detail, ...rest }) => ({ ...rest, ...(target ? { target } : {}), ...(detail ? { detail } : {}) }));
  }
}
