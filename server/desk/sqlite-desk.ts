/** The desk's tables in the participation store's SQLite file (same connection, `synchronous = FULL`). */
import type Database from 'better-sqlite3';
import { StorageError } from '../storage.js';
import { messageFromRow, staffFromRow, webhookFromRow, type Webhook, type AuditEntry, type DeskMessage, type DeskStore, type MessageDecision, type MessageRow, type SessionRecord, type StaffAccount } from './desk-store.js';

export const DESK_SCHEMA = `
CREATE TABLE IF NOT EXISTS staff (
  user TEXT PRIMARY KEY,
  town TEXT NOT NULL,
  role TEXT NOT NULL,
  station TEXT,
  deputy TEXT,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_sessions (
  id_hash TEXT PRIMARY KEY,
  user TEXT NOT NULL,
  csrf TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_messages (
  reference TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  suggestion TEXT,
  reason TEXT,
  decided_at TEXT
);
CREATE TABLE IF NOT EXISTS desk_webhooks (
  town TEXT NOT NULL,
  url TEXT NOT NULL,
  station TEXT,
  deputy TEXT,
  PRIMARY KEY (town, url)
);
CREATE TABLE IF NOT EXISTS desk_notified (
  key TEXT PRIMARY KEY,
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_sign_in_failures (
  key TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS desk_sign_in_failures_key ON desk_sign_in_failures (key, at);
CREATE INDEX IF NOT EXISTS desk_sign_in_failures_at ON desk_sign_in_failures (at);
CREATE TABLE IF NOT EXISTS desk_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  town TEXT NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  address TEXT NOT NULL,
  detail TEXT
);
`;

const MESSAGE_COLUMNS = `s.reference, s.town, s.deputy, s.station, s.name, s.phone, s.body, s.received_at AS receivedAt, m.status, m.suggestion, m.reason, m.decided_at AS decidedAt
  FROM submissions s LEFT JOIN desk_messages m ON m.reference = s.reference`;
const STAFF_COLUMNS = 'user, town, role, station, deputy, password_hash AS passwordHash, created_at AS createdAt FROM staff';

export class SqliteDeskStore implements DeskStore {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    db.exec(DESK_SCHEMA);
    this.s = {
      addStaff: db.prepare('INSERT INTO staff (user, town, role, station, deputy, password_hash, created_at) VALUES (@user, @town, @role, @station, @deputy, @passwordHash, @createdAt) ON CONFLICT DO NOTHING'),
      staff: db.prepare(`SELECT ${STAFF_COLUMNS} WHERE user = ?`),
      listStaff: db.prepare(`SELECT ${STAFF_COLUMNS} WHERE town = ? ORDER BY user`),
      removeStaff: db.prepare('DELETE FROM staff WHERE user = ?'),
      setPassword: db.prepare('UPDATE staff SET password_hash = ? WHERE user = ?'),
      endSessions: db.prepare('DELETE FROM staff_sessions WHERE user = ?'),
      createSession: db.prepare('INSERT INTO staff_sessions (id_hash, user, csrf, created_at, last_seen_at) VALUES (@idHash, @user, @csrf, @createdAt, @lastSeenAt)'),
      session: db.prepare('SELECT id_hash AS idHash, user, csrf, created_at AS createdAt, last_seen_at AS lastSeenAt FROM staff_sessions WHERE id_hash = ?'),
      touchSession: db.prepare('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?'),
      deleteSession: db.prepare('DELETE FROM staff_sessions WHERE id_hash = ?'),
      deleteExpired: db.prepare('DELETE FROM staff_sessions WHERE created_at < ? OR last_seen_at < ?'),
      messages: db.prepare(`SELECT ${MESSAGE_COLUMNS} WHERE s.town = ? ORDER BY s.received_at DESC, s.rowid DESC`),
      message: db.prepare(`SELECT ${MESSAGE_COLUMNS} WHERE s.reference = ?`),
      markRead: db.prepare("INSERT INTO desk_messages (reference, status) VALUES (?, 'read') ON CONFLICT DO NOTHING"),
      decide: db.prepare(
        "INSERT INTO desk_messages (reference, status, suggestion, reason, decided_at) VALUES (@reference, @status, @suggestion, @reason, @decidedAt) ON CONFLICT (reference) DO UPDATE SET status = excluded.status, suggestion = excluded.suggestion, reason = excluded.reason, decided_at = excluded.decided_at WHERE desk_messages.status IN ('new', 'read')",
      ),
      eraseContact: db.prepare("UPDATE submissions SET name = '', phone = NULL, body = ? WHERE reference = ? AND name <> ''"),
      markNotified: db.prepare('INSERT INTO desk_notified (key, at) VALUES (?, ?) ON CONFLICT DO NOTHING'),
      addWebhook: db.prepare('INSERT INTO desk_webhooks (town, url, station, deputy) VALUES (@town, @url, @station, @deputy) ON CONFLICT DO NOTHING'),
      webhooks: db.prepare('SELECT town, url, station, deputy FROM desk_webhooks WHERE town = ? ORDER BY url'),
      removeWebhook: db.prepare('DELETE FROM desk_webhooks WHERE town = ? AND url = ?'),
      messagesOf: db.prepare('SELECT reference FROM desk_messages WHERE suggestion = ? ORDER BY reference'),
      addFailure: db.prepare('INSERT INTO desk_sign_in_failures (key, at) VALUES (?, ?)'),
      forgetFailures: db.prepare('DELETE FROM desk_sign_in_failures WHERE at < ?'),
      failures: db.prepare('SELECT at FROM (SELECT at FROM desk_sign_in_failures WHERE key = ? AND at > ? ORDER BY at DESC LIMIT 50) ORDER BY at'),
      clearFailures: db.prepare('DELETE FROM desk_sign_in_failures WHERE key = ?'),
      addAudit: db.prepare('INSERT INTO desk_audit (at, town, user, action, target, address, detail) VALUES (@at, @town, @user, @action, @target, @address, @detail)'),
      audit: db.prepare('SELECT at, town, user, action, target, address, detail FROM desk_audit WHERE town = ? ORDER BY seq DESC LIMIT ?'),
    };
  }

  private run<T>(what: string, work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(new StorageError(`SQLite desk ${what} failed: ${(error as Error).message}`, { cause: error }));
    }
  }

  addStaff(a: StaffAccount) {
    return this.run('addStaff', () => this.s.addStaff.run({ station: null, deputy: null, ...a }).changes === 1);
  }
  staff(user: string) {
    return this.run('staff', () => {
      const row = this.s.staff.get(user) as Parameters<typeof staffFromRow>[0] | undefined;
      return row && staffFromRow(row);
    });
  }
  listStaff(town: string) {
    return this.run('listStaff', () => (this.s.listStaff.all(town) as Parameters<typeof staffFromRow>[0][]).map(staffFromRow));
  }
  removeStaff(user: string) {
    return this.run('removeStaff', () => this.db.transaction(() => (this.s.endSessions.run(user), this.s.removeStaff.run(user).changes === 1))());
  }
  setPassword(user: string, hash: string) {
    return this.run('setPassword', () => this.db.transaction(() => (this.s.endSessions.run(user), this.s.setPassword.run(hash, user).changes === 1))());
  }
  async createSession(session: SessionRecord) {
    await this.run('createSession', () => this.s.createSession.run(session));
  }
  session(idHash: string) {
    return this.run('session', () => this.s.session.get(idHash) as SessionRecord | undefined);
  }
  async touchSession(idHash: string, at: number) {
    await this.run('touchSession', () => this.s.touchSession.run(at, idHash));
  }
  async deleteSession(idHash: string) {
    await this.run('deleteSession', () => this.s.deleteSession.run(idHash));
  }
  async deleteExpiredSessions(createdBefore: number, seenBefore: number) {
    await this.run('deleteExpiredSessions', () => this.s.deleteExpired.run(createdBefore, seenBefore));
  }
  messages(town: string): Promise<DeskMessage[]> {
    return this.run('messages', () => (this.s.messages.all(town) as MessageRow[]).map(messageFromRow));
  }
  message(reference: string) {
    return this.run('message', () => {
      const row = this.s.message.get(reference) as MessageRow | undefined;
      return row && messageFromRow(row);
    });
  }
  async markRead(reference: string) {
    await this.run('markRead', () => this.s.markRead.run(reference));
  }
  decide(reference: string, d: MessageDecision) {
    return this.run('decide', () => this.s.decide.run({ reference, suggestion: null, reason: null, ...d }).changes === 1);
  }
  messagesOf(suggestion: string) {
    return this.run('messagesOf', () => (this.s.messagesOf.all(suggestion) as { reference: string }[]).map((r) => r.reference));
  }
  eraseContact(reference: string, body: string) {
    return this.run('eraseContact', () => this.s.eraseContact.run(body, reference).changes === 1);
  }
  addSignInFailure(keys: readonly string[], at: number, forgetBefore: number) {
    return this.run('addSignInFailure', () =>
      this.db.transaction(() => {
        this.s.forgetFailures.run(forgetBefore);
        for (const key of keys) this.s.addFailure.run(key, at);
      })(),
    );
  }
  signInFailures(key: string, since: number) {
    return this.run('signInFailures', () => (this.s.failures.all(key, since) as { at: number }[]).map((row) => row.at));
  }
  clearSignInFailures(key: string) {
    return this.run('clearSignInFailures', () => void this.s.clearFailures.run(key));
  }
  markNotified(key: string, at: string) {
    return this.run('markNotified', () => this.s.markNotified.run(key, at).changes === 1);
  }
  addWebhook(hook: Webhook) {
    return this.run('addWebhook', () => this.s.addWebhook.run({ station: null, deputy: null, ...hook }).changes === 1);
  }
  webhooks(town: string) {
    return this.run('webhooks', () => (this.s.webhooks.all(town) as Parameters<typeof webhookFromRow>[0][]).map(webhookFromRow));
  }
  removeWebhook(town: string, url: string) {
    return this.run('removeWebhook', () => this.s.removeWebhook.run(town, url).changes === 1);
  }
  async addAudit(entry: AuditEntry) {
    await this.run('addAudit', () => this.s.addAudit.run({ target: null, detail: null, ...entry }));
  }
  audit(town: string, limit = 500) {
    return this.run('audit', () =>
      (this.s.audit.all(town, limit) as (AuditEntry & { target: string | null; detail: string | null })[]).map(({ target, detail, ...rest }) => ({ ...rest, ...(target ? { target } : {}), ...(detail ? { detail } : {}) })),
    );
  }
}
