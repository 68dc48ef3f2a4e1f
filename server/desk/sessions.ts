/**
 * Staff sessions: a random 256-bit id in the cookie, only its SHA-256 in the database, a CSRF
 * token per session, an idle and an absolute expiry. A sign-in always makes a new id (and ends
 * the session the browser had), so an id planted before sign-in is worth nothing after it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DeskStore, SessionRecord } from './desk-store.js';

export const SESSION_COOKIE = 'renda_staff';
/** Signed out after 30 minutes without a request. */
export const IDLE_MS = 30 * 60_000;
/** And after 12 hours whatever happens: a working day. */
export const ABSOLUTE_MS = 12 * 60 * 60_000;
/** lastSeenAt is written at most once a minute. */
const TOUCH_EVERY_MS = 60_000;

export const newToken = () => randomBytes(32).toString('base64url');
export const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

/** Constant-time comparison of two tokens. */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startSession(store: DeskStore, user: string, now: number, previousId?: string): Promise<{ id: string; session: SessionRecord }> {
  if (previousId) await store.deleteSession(hashId(previousId));
  // Sessions nobody came back to are not kept either.
  await store.deleteExpiredSessions(now - ABSOLUTE_MS, now - IDLE_MS);
  const id = newToken();
  const session: SessionRecord = { idHash: hashId(id), user, csrf: newToken(), createdAt: now, lastSeenAt: now };
  await store.createSession(session);
  return { id, session };
}

/** The live session for a cookie value; an expired one is deleted and not returned. */
export async function liveSession(store: DeskStore, id: string | undefined, now: number): Promise<SessionRecord | undefined> {
  if (!id || !/^[A-Za-z0-9_-]{20,100}$/.test(id)) return undefined;
  const idHash = hashId(id);
  const session = await store.session(idHash);
  if (!session) return undefined;
  if (now - session.lastSeenAt > IDLE_MS || now - session.createdAt > ABSOLUTE_MS) {
    await store.deleteSession(idHash);
    return undefined;
  }
  if (now - session.lastSeenAt > TOUCH_EVERY_MS) await store.touchSession(idHash, now);
  return session;
}
