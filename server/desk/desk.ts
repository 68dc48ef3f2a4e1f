/**
 * The message desk's routes, on the participation API's server: `/staff/…` for signed-in staff
 * and `/status/` for residents. Every page works without script. Every POST needs the session's
 * (or, for sign-in, the sign-in form's) CSRF token; an unsigned request is sent to sign-in and
 * changes nothing; an account sees and handles only its town, station or deputy (403 otherwise).
 * The sign-in is in sign-in.ts, the handling of messages and suggestions in handling.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { nextSteps } from '../../domain/suggestions/steps.js';
import { CONTACT_RETENTION_DAYS } from '../../domain/suggestions/retention.js';
import { StorageError } from '../storage.js';
import { cookie, readCookies } from './cookies.js';
import { deskTools, PageError, type DeskContext } from './context.js';
import { EXPORT_FORMATS, exportMessages, type DeskExportFormat } from './export.js';
import { applyFilters, filterQuery, filtersFrom } from './filters.js';
import { FieldError } from './forms.js';
import { deskHandling } from './handling.js';
import { preferences, roleText, sendPage, words, type DeskKey, type Preferences } from './layout.js';
import { announceMessage, announceOverdue } from './notices.js';
import { auditPage, inboxPage, messagePage, noticePage, suggestionPage, suggestionsPage, type Header } from './pages.js';
import { erasureDates } from './retention.js';
import { mayHandleMessage, mayHandleSuggestion } from './scope.js';
import { liveSession, sameToken, SESSION_COOKIE } from './sessions.js';
import { signIn } from './sign-in.js';
import { normalizeReference, statusPage, statusWords, type StatusAnswer } from './status.js';
import { DESK_CSS } from './style.js';
import { findSuggestion, listSuggestions, readListedSuggestions, SUGGESTION_ID } from './suggestion-files.js';
import { SignInThrottle } from './throttle.js';

export type { DeskContext, DeskOptions } from './context.js';

export const isDeskPath = (pathname: string) => /^\/(staff|status)(\/|$)/.test(pathname);

const REFERENCE_PATH = /^\/staff\/messages\/([0-9A-Z]{4}-[0-9A-Z]{4})$/;
const SUGGESTION_PATH = /^\/staff\/suggestions\/([a-z0-9][a-z0-9-]{0,63})$/;

export function createDesk(ctx: DeskContext) {
  const throttle = new SignInThrottle(ctx.store, ctx.now);
  const tools = deskTools(ctx);
  const { today, audit, readForm, redirect } = tools;
  const { messageInScope, mergeTargets, decideMessage, suggestionInScope, recordStep } = deskHandling(ctx, tools);

  async function staffRoute(request: IncomingMessage, response: ServerResponse, url: URL, prefs: Preferences, secure: boolean, headers: Record<string, string[]>): Promise<{ status: number; route: string }> {
    const path = url.pathname;
    const method = request.method ?? 'GET';
    if (path === '/staff/desk.css') {
      response.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600', 'x-content-type-options': 'nosniff', 'content-length': String(Buffer.byteLength(DESK_CSS)) });
      response.end(DESK_CSS);
      return { status: 200, route: '/staff/desk.css' };
    }
    if (path === '/staff') return { status: redirect(response, '/staff/'), route: '/staff' };
    if (path === '/staff/login') return { status: await signIn(ctx, tools, throttle, request, response, prefs, secure, headers), route: '/staff/login' };

    const sessionId = readCookies(request).get(SESSION_COOKIE);
    const session = await liveSession(ctx.store, sessionId, ctx.now());
    const account = session && (await ctx.store.staff(session.user));
    if (!session || !account) {
      // Nothing is read or changed: the body, if any, is left unread and the connection closed.
      const status = redirect(response, '/staff/login', { ...headers, ...(method !== 'GET' ? { connection: 'close' } : {}) });
      if (method !== 'GET') response.once('finish', () => request.socket.destroy());
      // The path is client text: the log names no part of it.
      return { status, route: '/staff/… (signed out)' };
    }
    const town = ctx.catalogue().towns.get(account.town);
    const header: Header = {
      user: account.user,
      role: roleText(prefs.locale, account, { ...(account.deputy ? { deputy: town?.deputyNames.get(account.deputy) ?? account.deputy } : {}), ...(account.station ? { station: town?.stationNames.get(account.station) ?? account.station } : {}) }),
      clerk: account.role === 'clerk',
      csrf: session.csrf,
    };
    let fields: Record<string, string> = {};
    if (method === 'POST') {
      fields = await readForm(request);
      if (!sameToken(fields['_csrf'], session.csrf)) throw new PageError(403, 'csrfRefused');
    } else if (method !== 'GET') throw new PageError(405, 'malformed');

    const send = (status: number, page: string) => {
      sendPage(response, status, page, headers);
      return status;
    };
    const inScope = async () => (await ctx.store.messages(account.town)).filter((m) => mayHandleMessage(account, m, town));

    if (path === '/staff/logout' && method === 'POST') {
      await ctx.store.deleteSession(session.idHash);
      await audit(account, request, 'sign-out');
      return { status: redirect(response, '/staff/login', { ...headers, 'set-cookie': [...(headers['set-cookie'] ?? []), cookie(SESSION_COOKIE, '', { path: '/staff', secure, maxAge: 0 })] }), route: '/staff/logout' };
    }
    if (path === '/staff/' && method === 'GET') {
      const filters = filtersFrom(url, town);
      return { status: send(200, inboxPage(prefs, header, town, applyFilters(await inScope(), filters), filters, filterQuery(filters))), route: '/staff/' };
    }
    if (path === '/staff/export' && method === 'GET') {
      const format = url.searchParams.get('format') as DeskExportFormat;
      if (!EXPORT_FORMATS.includes(format)) throw new PageError(400, 'malformed');
      const messages = applyFilters(await inScope(), filtersFrom(url, town));
      const days = ctx.retentionDays ?? CONTACT_RETENTION_DAYS;
      const files = ctx.contentDir ? await listSuggestions(ctx.contentDir, account.town) : [];
      const file = await exportMessages(messages, format, new Date(ctx.now()), { dates: erasureDates(messages, files, today(), days), days });
      await audit(account, request, 'export', undefined, `${format}, ${messages.length}`);
      response.writeHead(200, {
        'content-type': file.type,
        'content-length': String(file.body.length),
        'content-disposition': `attachment; filename="messages-${account.town}-${today()}.${file.extension}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      response.end(file.body);
      return { status: 200, route: '/staff/export' };
    }
    if (path === '/staff/audit' && method === 'GET') {
      if (account.role !== 'clerk') throw new PageError(403, 'forbidden');
      return { status: send(200, auditPage(prefs, header, await ctx.store.audit(account.town))), route: '/staff/audit' };
    }
    if (path === '/staff/suggestions/' && method === 'GET') {
      const files = ctx.contentDir ? (await listSuggestions(ctx.contentDir, account.town)).filter((f) => mayHandleSuggestion(account, f.suggestion, town)) : [];
      return { status: send(200, suggestionsPage(prefs, header, files, today())), route: '/staff/suggestions/' };
    }
    const messageMatch = REFERENCE_PATH.exec(path);
    if (messageMatch) {
      const message = await messageInScope(account, messageMatch[1]!);
      if (method === 'POST') return { status: await decideMessage(account, request, response, message, fields), route: '/staff/messages/:ref' };
      if (message.status === 'new') {
        await ctx.store.markRead(message.reference);
        message.status = 'read';
      }
      await audit(account, request, 'view', message.reference);
      return { status: send(200, messagePage(prefs, header, town, message, message.status === 'read' ? await mergeTargets(account) : [])), route: '/staff/messages/:ref' };
    }
    const suggestionMatch = SUGGESTION_PATH.exec(path);
    if (suggestionMatch && SUGGESTION_ID.test(suggestionMatch[1]!)) {
      const id = suggestionMatch[1]!;
      if (method === 'POST') return { status: await recordStep(account, request, response, id, fields, prefs, header), route: '/staff/suggestions/:id' };
      const file = await suggestionInScope(account, id);
      const steps = file.listed ? [] : nextSteps(file.suggestion.history);
      return { status: send(200, suggestionPage(prefs, header, file, await ctx.store.messagesOf(id), steps, today(), file.listed ? words(prefs.locale, 'handWritten') : undefined)), route: '/staff/suggestions/:id' };
    }
    throw new PageError(404, 'notFound');
  }

  async function statusRoute(request: IncomingMessage, response: ServerResponse, url: URL, prefs: Preferences, headers: Record<string, string[]>): Promise<number> {
    if (request.method !== 'GET') throw new PageError(405, 'malformed');
    const asked = url.searchParams.get('ref');
    if (asked === null) {
      sendPage(response, 200, statusPage(prefs, undefined, undefined, today()), headers);
      return 200;
    }
    const shown = asked.slice(0, 20);
    const wait = ctx.statusWait(request);
    if (wait > 0) {
      sendPage(response, 429, statusPage(prefs, shown, undefined, today(), statusWords(prefs.locale, 'rateLimited')), { ...headers, 'retry-after': String(wait) });
      return 429;
    }
    const reference = normalizeReference(asked);
    const message = reference ? await ctx.store.message(reference) : undefined;
    let answer: StatusAnswer | undefined;
    if (message) {
      answer = { message };
      if ((message.status === 'accepted' || message.status === 'merged') && message.suggestion && ctx.contentDir) {
        const file = await findSuggestion(ctx.contentDir, message.town, message.suggestion);
        if (file) {
          answer.suggestion = file;
          const base = ctx.catalogue().baseUrl;
          if (file.suggestion.public !== false && base) answer.publicUrl = new URL(`${encodeURIComponent(message.town)}/suggestions/${file.suggestion.id}/`, base).href;
        }
      }
    }
    const status = answer ? 200 : 404;
    sendPage(response, status, statusPage(prefs, shown, answer, today()), headers);
    return status;
  }

  // Overdue replies: looked for soon after start, then every hour.
  let checking = false;
  const checkOverdue = async () => {
    if (checking || !ctx.contentDir) return;
    checking = true;
    try {
      const contentDir = ctx.contentDir;
      await announceOverdue(ctx.store, ctx.catalogue().towns.values(), async (town) => [...(await listSuggestions(contentDir, town)), ...(await readListedSuggestions(contentDir, town))], today(), {
        ...ctx.notices,
        log: ctx.log,
        now: ctx.now,
      });
    } catch (error) {
      ctx.log(`desk: the overdue check failed: ${(error as Error)?.name ?? error}`);
    } finally {
      checking = false;
    }
  };
  const every = ctx.overdueCheckMs ?? 3_600_000;
  const timers = every > 0 ? [setTimeout(() => void checkOverdue(), Math.min(every, 10_000)), setInterval(() => void checkOverdue(), every)] : [];
  for (const timer of timers) timer.unref();

  return {
    /** Stops the overdue check. */
    close(): void {
      for (const timer of timers) clearTimeout(timer);
    },

    /** Tells the town's group robots about a new message, in the background. */
    announce(message: { reference: string; town: string; deputy?: string; station?: string }): void {
      const town = ctx.catalogue().towns.get(message.town);
      if (!town) return;
      announceMessage(ctx.store, town, message, { ...ctx.notices, log: ctx.log }).catch((error: unknown) => ctx.log(`desk: notices failed: ${(error as Error)?.name ?? error}`));
    },

    async handle(request: IncomingMessage, response: ServerResponse): Promise<{ status: number; route: string; code?: string }> {
      const url = new URL(request.url ?? '/', 'http://desk.invalid');
      const secure = ctx.secure(request);
      const prefs = preferences(request, url, secure);
      const headers: Record<string, string[]> = prefs.setCookies.length ? { 'set-cookie': prefs.setCookies } : {};
      const isStatus = url.pathname.startsWith('/status');
      let route = isStatus ? '/status/' : '/staff/?';
      try {
        if (isStatus) {
          if (url.pathname !== '/status/' && url.pathname !== '/status') throw new PageError(404, 'notFound');
          return { status: await statusRoute(request, response, url, prefs, headers), route };
        }
        const result = await staffRoute(request, response, url, prefs, secure, headers);
        return result;
      } catch (error) {
        if (response.headersSent) {
          response.destroy();
          return { status: response.statusCode, route, code: 'response-failed' };
        }
        const w = (key: DeskKey, params?: Record<string, string | number>) => words(prefs.locale, key, params);
        if (error instanceof FieldError) {
          sendPage(response, 422, noticePage(prefs, w('refused'), w('badField', { field: w(error.label), reason: w(error.reason, error.params) })), headers);
          return { status: 422, route, code: 'bad-field' };
        }
        if (error instanceof PageError) {
          sendPage(response, error.status, noticePage(prefs, w('refused'), w(error.key, error.params), undefined, { href: '/staff/', label: w('navMessages') }), { ...headers, ...(error.status === 413 ? { connection: 'close' } : {}) });
          return { status: error.status, route, code: error.key };
        }
        if (error instanceof StorageError) {
          sendPage(response, 503, noticePage(prefs, w('refused'), w('storage')), { ...headers, 'retry-after': '2' });
          return { status: 503, route, code: `storage-unavailable (${error.message.slice(0, 200)})` };
        }
        sendPage(response, 500, noticePage(prefs, w('refused'), w('storage')), headers);
        const where = ((error as Error)?.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' | ');
        route = `${route} internal ${(error as Error)?.name ?? typeof error} ${where}`;
        return { status: 500, route, code: 'internal' };
      }
    },
  };
}
