/**
 * `/staff/login`: the sign-in form and its answer. The form carries a CSRF token bound to a
 * cookie of its own; a wrong name and a wrong password take the same time and get the same
 * answer; failures are throttled; a success always starts a new session.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cookie, readCookies } from './cookies.js';
import { PageError, type DeskContext, type DeskTools } from './context.js';
import { sendPage, words, type DeskKey, type Preferences } from './layout.js';
import { loginPage } from './pages.js';
import { decoyHash, PASSWORD_LIMITS, verifyPassword } from './passwords.js';
import { ABSOLUTE_MS, newToken, sameToken, SESSION_COOKIE, startSession } from './sessions.js';
import type { SignInThrottle } from './throttle.js';

const LOGIN_COOKIE = 'renda_login';

export async function signIn(ctx: DeskContext, tools: DeskTools, throttle: SignInThrottle, request: IncomingMessage, response: ServerResponse, prefs: Preferences, secure: boolean, headers: Record<string, string[]>): Promise<number> {
  const w = (key: DeskKey, params?: Record<string, string | number>) => words(prefs.locale, key, params);
  const cookies = readCookies(request);
  const freshToken = () => {
    const token = newToken();
    headers['set-cookie'] = [...(headers['set-cookie'] ?? []), cookie(LOGIN_COOKIE, token, { path: '/staff/login', secure, maxAge: 3600 })];
    return token;
  };
  if (request.method === 'GET') {
    sendPage(response, 200, loginPage(prefs, freshToken()), headers);
    return 200;
  }
  if (request.method !== 'POST') throw new PageError(405, 'malformed');
  const fields = await tools.readForm(request);
  if (!sameToken(fields['_csrf'], cookies.get(LOGIN_COOKIE))) {
    sendPage(response, 403, loginPage(prefs, freshToken(), { text: w('csrfRefused'), error: true }), headers);
    return 403;
  }
  const user = (fields['user'] ?? '').trim().slice(0, 40);
  const password = (fields['password'] ?? '').slice(0, PASSWORD_LIMITS.max + 1);
  const address = ctx.address(request);
  const wait = await throttle.wait(user, address);
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / 60_000));
    sendPage(response, 429, loginPage(prefs, freshToken(), { text: w('throttled', { minutes }), error: true }, user), { ...headers, 'retry-after': String(Math.ceil(wait / 1000)) });
    return 429;
  }
  const account = user ? await ctx.store.staff(user) : undefined;
  // The same work whether or not the account exists: the answer's timing names no accounts.
  const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
  if (!account || !matches || password.length > PASSWORD_LIMITS.max) {
    await throttle.fail(user, address);
    if (account) await tools.audit(account, request, 'sign-in-failed');
    sendPage(response, 401, loginPage(prefs, freshToken(), { text: w('signInFailed'), error: true }, user), headers);
    return 401;
  }
  await throttle.succeed(user, address);
  // A new session id at every sign-in; the one the browser had (if any) ends.
  const { id } = await startSession(ctx.store, account.user, ctx.now(), cookies.get(SESSION_COOKIE));
  await tools.audit(account, request, 'sign-in');
  return tools.redirect(response, '/staff/', {
    ...headers,
    'set-cookie': [...(headers['set-cookie'] ?? []), cookie(SESSION_COOKIE, id, { path: '/staff', secure, maxAge: ABSOLUTE_MS / 1000 }), cookie(LOGIN_COOKIE, '', { path: '/staff/login', secure, maxAge: 0 })],
  });
}
