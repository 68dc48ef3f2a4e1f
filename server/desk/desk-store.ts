/**
 * What the message desk keeps beside the residents' messages: staff accounts, their sessions,
 * each message's handling status, and the audit trail. One interface, a SQLite and a PostgreSQL
 * implementation sharing the participation store's database.
 */
import type { SubmissionRecord } from '../storage.js';

export const STAFF_ROLES = ['clerk', 'station', 'deputy'] as const;
/** clerk: the whole town (人大办); station: its station and the station's deputies; deputy: their own messages. */
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffAccount {
  /** The sign-in name, unique across towns. */
  user: string;
  town: string;
  role: StaffRole;
  /** role station: the station's id. */
  station?: string;
  /** role deputy: the deputy's id. */
  deputy?: string;
  /** `scrypt$N$r$p$salt$hash` (passwords.ts). */
  passwordHash: string;
  createdAt: string;
}

export interface SessionRecord {
  /** SHA-256 of the cookie's value: a stolen database holds no usable session. */
  idHash: string;
  user: string;
  /** The session's CSRF token, in every form. */
  csrf: string;
  /** ms since the epoch. */
  createdAt: number;
  lastSeenAt: number;
}

export const MESSAGE_STATUSES = ['new', 'read', 'accepted', 'merged', 'declined'] as const;
/** 新 / 已读 / 已受理 / 已合并 / 不予受理 */
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** A decision on a message: accepted as or merged into a suggestion, or declined with a reason. */
export interface MessageDecision {
  status: 'accepted' | 'merged' | 'declined';
  suggestion?: string;
  reason?: string;
  decidedAt: string;
}

/** A resident's message as the desk shows it: what was sent, and where it stands. */
export interface DeskMessage extends SubmissionRecord {
  status: MessageStatus;
  suggestion?: string;
  reason?: string;
  decidedAt?: string;
}

/** One staff action. Never message text or contact data: ids, stages and field names only. */
export interface AuditEntry {
  at: string;
  town: string;
  user: string;
  action: string;
  target?: string;
  address: string;
  detail?: string;
}

/** Where notices go: a WeCom/DingTalk group robot's address, for the town or one station or deputy. */
export interface Webhook {
  town: string;
  url: string;
  station?: string;
  deputy?: string;
}

export interface DeskStore {
  /** false when the user name is taken. */
  addStaff(account: StaffAccount): Promise<boolean>;
  staff(user: string): Promise<StaffAccount | undefined>;
  listStaff(town: string): Promise<StaffAccount[]>;
  /** Removes the account and its sessions; false when there was none. */
  removeStaff(user: string): Promise<boolean>;
  /** A new password ends every session of the account; false when there is no such account. */
  setPassword(user: string, passwordHash: string): Promise<boolean>;

  createSession(session: SessionRecord): Promise<void>;
  session(idHash: string): Promise<SessionRecord | undefined>;
  touchSession(idHash: string, at: number): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Forgets sessions created before `createdBefore` or idle since `seenBefore` (ms): expired either way. */
  deleteExpiredSessions(createdBefore: number, seenBefore: number): Promise<void>;

  /** The town's messages with their status, newest first. */
  messages(town: string): Promise<DeskMessage[]>;
  message(reference: string): Promise<DeskMessage | undefined>;
  /** 新 → 已读, once. */
  markRead(reference: string): Promise<void>;
  /** Records a decision unless one was recorded already (two clerks at once): false then. */
  decide(reference: string, decision: MessageDecision): Promise<boolean>;
  /** Messages attached to a suggestion (accepted as or merged into it). */
  messagesOf(suggestion: string): Promise<string[]>;
  /** Erases the name and phone (retention) and keeps the text as given (already masked); false when already erased. */
  eraseContact(reference: string, maskedBody: string): Promise<boolean>;

  /** false when the town has this address already. */
  addWebhook(hook: Webhook): Promise<boolean>;
  webhooks(town: string): Promise<Webhook[]>;
  removeWebhook(town: string, url: string): Promise<boolean>;

  /** Records that a one-time notice (e.g. `overdue:<town>:<id>:<round>`) went out; false when it had already. */
  markNotified(key: string, at: string): Promise<boolean>;

  /**
   * Records a failed sign-in under each of `keys` (an account at an address, an address), and
   * forgets failures older than `forgetBefore` (ms). Kept in the database, so that several API
   * processes throttle one guesser together, not each on its own.
   */
  addSignInFailure(keys: readonly string[], at: number, forgetBefore: number): Promise<void>;
  /** When the failures under `key` since `since` (ms) happened, oldest first: the last 50 at most. */
  signInFailures(key: string, since: number): Promise<number[]>;
  clearSignInFailures(key: string): Promise<void>;

  addAudit(entry: AuditEntry): Promise<void>;
  /** The town's audit trail, newest first. */
  audit(town: string, limit?: number): Promise<AuditEntry[]>;
}

/** The columns of a message row, NULLs included, as both drivers read them. */
export interface MessageRow {
  reference: string;
  town: string;
  deputy: string | null;
  station: string | null;
  name: string;
  phone: string | null;
  body: string;
  receivedAt: string;
  status: string | null;
  suggestion: string | null;
  reason: string | null;
  decidedAt: string | null;
}

export function messageFromRow(row: MessageRow): DeskMessage {
  const message: DeskMessage = { reference: row.reference, town: row.town, name: row.name, body: row.body, receivedAt: row.receivedAt, status: (row.status as MessageStatus | null) ?? 'new' };
  if (row.deputy) message.deputy = row.deputy;
  if (row.station) message.station = row.station;
  if (row.phone) message.phone = row.phone;
  if (row.suggestion) message.suggestion = row.suggestion;
  if (row.reason) message.reason = row.reason;
  if (row.decidedAt) message.decidedAt = row.decidedAt;
  return message;
}

export function staffFromRow(row: { user: string; town: string; role: string; station: string | null; deputy: string | null; passwordHash: string; createdAt: string }): StaffAccount {
  const account: StaffAccount = { user: row.user, town: row.town, role: row.role as StaffRole, passwordHash: row.passwordHash, createdAt: row.createdAt };
  if (row.station) account.station = row.station;
  if (row.deputy) account.deputy = row.deputy;
  return account;
}

export function webhookFromRow(row: { town: string; url: string; station: string | null; deputy: string | null }): Webhook {
  return { town: row.town, url: row.url, ...(row.station ? { station: row.station } : {}), ...(row.deputy ? { deputy: row.deputy } : {}) };
}
