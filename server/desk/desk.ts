/**
 * The message desk's routes, on the participation API's server: `/staff/…` for signed-in staff
 * and `/status/` for residents. Every page works without script. Every POST needs the session's
 * (or, for sign-in, the sign-in form's) CSRF token; an unsigned request is sent to sign-in and
 * changes nothing; an account sees and handles only its town, station or deputy (403 otherwise).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Suggestion } from '../../domain/model.js';
import { chinaDateOf, todayInChina } from '../../domain/calendar/dates.js';
import { applyStep, DESK_STEPS, nextSteps, stepProblem, type DeskStep, type StepInput } from '../../domain/suggestions/steps.js';
import { OUTCOMES, SATISFACTIONS } from '../../domain/model.js';
import type { Catalogue, TownCatalogue } from '../catalogue.js';
import { HttpError, readBody } from '../http.js';
import { parseForm } from '../requests.js';
import { StorageError } from '../storage.js';
import { cookie, readCookies } from './cookies.js';
import { MESSAGE_STATUSES, type AuditEntry, type DeskMessage, type DeskStore, type MessageStatus, type StaffAccount } from './desk-store.js';
import { EXPORT_FORMATS, exportMessages, type DeskExportFormat } from './export.js';
import { checkboxField, choiceField, dateField, FieldError, listField, textField } from './forms.js';
import { preferences, roleText, ruleWords, sendPage, words, type DeskKey, type Preferences } from './layout.js';
import { auditPage, inboxPage, loginPage, messagePage, noticePage, suggestionPage, suggestionsPage, type Header, type InboxFilters } from './pages.js';
import { decoyHash, PASSWORD_LIMITS, verifyPassword } from './passwords.js';
import { liveSession, newToken, SESSION_COOKIE, ABSOLUTE_MS, sameToken, startSession } from './sessions.js';
import { normalizeReference, statusPage, statusWords, type StatusAnswer } from './status.js';
import { DESK_CSS } from './style.js';
import { createSuggestion, findSuggestion, listSuggestions, newSuggestionId, readListedSuggestions, removeSuggestion, replaceSuggestion, SUGGESTION_ID } from './suggestion-files.js';
import { standing } from '../../domain/suggestions/loop.js';
import { SignInThrottle } from './throttle.js';
import { announceMessage, announceOverdue, type DeliveryOptions } from './notices.js';
import { erasureDates } from './retention.js';
import { CONTACT_RETENTION_DAYS } from '../../domain/suggestions/retention.js';
import { mayHandleMessage, mayHandleSuggestion } from './scope.js';

export interface DeskOptions {
  /** The content folder desk-made suggestions are written to (`towns/<town>/suggestions/<id>.json`). Without it, messages can be read and declined only. */
  contentDir?: string;
  /** Called after a staff action changed the content of a town: rebuild and publish it. */
  onContentChange?: (town: string) => void | Promise<void>;
  /** Days after a case ends that `renda staff purge` erases the resident's name and phone (default 180); the export says when. */
  retentionDays?: number;
  /** How notices to group robots are retried (tests shorten the waits). */
  notices?: DeliveryOptions;
  /** How often overdue replies are looked for and announced (default hourly; 0: never). */
  overdueCheckMs?: number;
}

export interface DeskContext extends DeskOptions {
  store: DeskStore;
  now: () => number;
  bodyTimeout: number;
  catalogue: () => Catalogue;
  /** The client's address (behind a proxy with --trust-proxy, the forwarded one). */
  address: (request: IncomingMessage) => string;
  /** Whether the browser reached us over https (behind a proxy with --trust-proxy, the forwarded scheme). */
  secure: (request: IncomingMessage) => boolean;
  /** Seconds a status lookup from this address must wait; 0 when it may go ahead. */
  statusWait: (request: IncomingMessage) => number;
  log: (line: string) => void;
}

export const isDeskPath = (pathname: string) => /^\/(staff|status)(\/|$)/.test(pathname);

const LOGIN_COOKIE = 'renda_login';
const FORM_LIMIT = 64 * 1024;
const REFERENCE_PATH = /^\/staff\/messages\/([0-9A-Z]{4}-[0-9A-Z]{4})$/;
const SUGGESTION_PATH = /^\/staff\/suggestions\/([a-z0-9][a-z0-9-]{0,63})$/;

/** A refusal shown as a page: the status, the title and the sentence. */
class PageError extends Error {
  constructor(
    readonly status: number,
    readonly key: DeskKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export function createDesk(ctx: DeskContext) {
  const throttle = new SignInThrottle(ctx.now);
  const today = () => todayInChina(new Date(ctx.now()));

  const audit = (account: Pick<StaffAccount, 'town' | 'user'>, request: IncomingMessage, action: string, target?: string, detail?: string) => {
    const entry: AuditEntry = { at: new Date(ctx.now()).toISOString(), town: account.town, user: account.user, action, address: ctx.address(request), ...(target ? { target } : {}), ...(detail ? { detail } : {}) };
    return ctx.store.addAudit(entry);
  };

  const contentChanged = (town: string) => {
    if (!ctx.onContentChange) return;
    Promise.resolve()
      .then(() => ctx.onContentChange!(town))
      .catch((error: unknown) => ctx.log(`desk: the rebuild after a change in ${town} failed: ${(error as Error)?.message ?? error}`));
  };

  async function readForm(request: IncomingMessage): Promise<Record<string, string>> {
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') throw new PageError(415, 'malformed');
    try {
      return parseForm(await readBody(request, FORM_LIMIT, ctx.bodyTimeout));
    } catch (error) {
      if (error instanceof HttpError) throw new PageError(error.status, error.status === 413 ? 'tooLarge' : 'malformed');
      throw error;
    }
  }

  function redirect(response: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): number {
    response.writeHead(303, { location, 'content-length': '0', 'cache-control': 'no-store', ...headers });
    response.end();
    return 303;
  }

  async function login(request: IncomingMessage, response: ServerResponse, prefs: Preferences, secure: boolean, headers: Record<string, string[]>): Promise<number> {
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
    const fields = await readForm(request);
    if (!sameToken(fields['_csrf'], cookies.get(LOGIN_COOKIE))) {
      sendPage(response, 403, loginPage(prefs, freshToken(), { text: w('csrfRefused'), error: true }), headers);
      return 403;
    }
    const user = (fields['user'] ?? '').trim().slice(0, 40);
    const password = (fields['password'] ?? '').slice(0, PASSWORD_LIMITS.max + 1);
    const address = ctx.address(request);
    const wait = throttle.wait(user, address);
    if (wait > 0) {
      const minutes = Math.max(1, Math.ceil(wait / 60_000));
      sendPage(response, 429, loginPage(prefs, freshToken(), { text: w('throttled', { minutes }), error: true }, user), { ...headers, 'retry-after': String(Math.ceil(wait / 1000)) });
      return 429;
    }
    const account = user ? await ctx.store.staff(user) : undefined;
    // The same work whether or not the account exists: the answer's timing names no accounts.
    const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
    if (!account || !matches || password.length > PASSWORD_LIMITS.max) {
      throttle.fail(user, address);
      if (account) await audit(account, request, 'sign-in-failed');
      sendPage(response, 401, loginPage(prefs, freshToken(), { text: w('signInFailed'), error: true }, user), headers);
      return 401;
    }
    throttle.succeed(user, address);
    // A new session id at every sign-in; the one the browser had (if any) ends.
    const { id } = await startSession(ctx.store, account.user, ctx.now(), cookies.get(SESSION_COOKIE));
    await audit(account, request, 'sign-in');
    return redirect(response, '/staff/', {
      ...headers,
      'set-cookie': [...(headers['set-cookie'] ?? []), cookie(SESSION_COOKIE, id, { path: '/staff', secure, maxAge: ABSOLUTE_MS / 1000 }), cookie(LOGIN_COOKIE, '', { path: '/staff/login', secure, maxAge: 0 })],
    });
  }

  function filtersFrom(url: URL, town: TownCatalogue | undefined): InboxFilters {
    const p = url.searchParams;
    const filters: InboxFilters = {};
    const deputy = p.get('deputy');
    if (deputy && town?.deputies.has(deputy)) filters.deputy = deputy;
    const station = p.get('station');
    if (station && town?.stations.has(station)) filters.station = station;
    const status = p.get('status');
    if (status && (MESSAGE_STATUSES as readonly string[]).includes(status)) filters.status = status as MessageStatus;
    for (const key of ['from', 'to'] as const) {
      const value = p.get(key);
      if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) filters[key] = value;
    }
    const q = p.get('q')?.trim().slice(0, 100);
    if (q) filters.q = q;
    return filters;
  }

  function applyFilters(messages: readonly DeskMessage[], f: InboxFilters): DeskMessage[] {
    const q = f.q?.toLowerCase();
    return messages.filter((m) => {
      const day = chinaDateOf(m.receivedAt) ?? '';
      return (
        (!f.deputy || m.deputy === f.deputy) &&
        (!f.station || m.station === f.station) &&
        (!f.status || m.status === f.status) &&
        (!f.from || day >= f.from) &&
        (!f.to || day <= f.to) &&
        (!q || m.reference.toLowerCase().includes(q) || m.name.toLowerCase().includes(q) || m.body.toLowerCase().includes(q) || (m.phone ?? '').includes(q))
      );
    });
  }

  const filterQuery = (f: InboxFilters) => new URLSearchParams(Object.entries(f).filter(([, v]) => v !== undefined) as [string, string][]).toString();

  async function messageInScope(account: StaffAccount, reference: string): Promise<DeskMessage> {
    const message = await ctx.store.message(reference);
    if (!message) throw new PageError(404, 'notFound');
    if (!mayHandleMessage(account, message, ctx.catalogue().towns.get(account.town))) throw new PageError(403, 'forbidden');
    return message;
  }

  /** Open suggestions the account may merge a message into: desk-made first, then hand-written ones. */
  async function mergeTargets(account: StaffAccount) {
    if (!ctx.contentDir) return [];
    const town = ctx.catalogue().towns.get(account.town);
    const all = [...(await listSuggestions(ctx.contentDir, account.town)), ...(await readListedSuggestions(ctx.contentDir, account.town))];
    return all.filter((f) => mayHandleSuggestion(account, f.suggestion, town) && !standing(f.suggestion, today()).finished);
  }

  async function decideMessage(account: StaffAccount, request: IncomingMessage, response: ServerResponse, message: DeskMessage, fields: Record<string, string>): Promise<number> {
    if (message.status !== 'new' && message.status !== 'read') throw new PageError(409, 'alreadyDecided');
    const action = choiceField(fields, 'action', 'nextStepsTitle', ['accept', 'merge', 'decline'] as const);
    const decidedAt = new Date(ctx.now()).toISOString();
    if (action === 'decline') {
      const reason = textField(fields, 'reason', 'fieldReason', { required: true, max: 500 })!;
      if (!(await ctx.store.decide(message.reference, { status: 'declined', reason, decidedAt }))) throw new PageError(409, 'alreadyDecided');
      await audit(account, request, 'decline', message.reference);
      return redirect(response, `/staff/messages/${message.reference}`);
    }
    if (!ctx.contentDir) throw new PageError(503, 'noContent');
    if (action === 'merge') {
      const id = choiceField(fields, 'suggestion', 'fieldSuggestion', (await mergeTargets(account)).map((f) => f.suggestion.id));
      if (!(await ctx.store.decide(message.reference, { status: 'merged', suggestion: id, decidedAt }))) throw new PageError(409, 'alreadyDecided');
      await audit(account, request, 'merge', message.reference, id);
      return redirect(response, `/staff/suggestions/${id}`);
    }
    const title = textField(fields, 'title', 'fieldTitle', { required: true, max: 100, oneLine: true })!;
    const category = textField(fields, 'category', 'fieldCategory', { required: true, max: 40, oneLine: true })!;
    const day = today();
    const actor = account.role === 'deputy' ? account.deputy : account.role === 'station' ? account.station : undefined;
    const suggestion: Suggestion = {
      id: newSuggestionId(day),
      title,
      body: message.body,
      category,
      source: 'scan',
      submitter: message.name,
      ...(checkboxField(fields, 'public') ? {} : { public: false }),
      deputies: message.deputy ? [message.deputy] : [],
      ...(message.station ? { station: message.station } : {}),
      history: [
        { stage: 'submitted', date: chinaDateOf(message.receivedAt) ?? day },
        { stage: 'accepted', date: day, ...(actor ? { actor } : {}) },
      ],
    };
    if (!(await createSuggestion(ctx.contentDir, account.town, suggestion))) throw new PageError(409, 'stale');
    if (!(await ctx.store.decide(message.reference, { status: 'accepted', suggestion: suggestion.id, decidedAt }))) {
      await removeSuggestion(ctx.contentDir, account.town, suggestion.id);
      throw new PageError(409, 'alreadyDecided');
    }
    await audit(account, request, 'accept', message.reference, suggestion.id);
    contentChanged(account.town);
    return redirect(response, `/staff/suggestions/${suggestion.id}`);
  }

  function stepInput(stage: DeskStep, fields: Record<string, string>): StepInput {
    const date = dateField(fields, 'date', 'fieldDate', true)!;
    const note = () => textField(fields, 'note', 'fieldNote', { max: 500 });
    switch (stage) {
      case 'reviewed': {
        const actor = textField(fields, 'actor', 'fieldActor', { max: 64, oneLine: true });
        const n = note();
        return { stage, date, ...(actor ? { actor } : {}), ...(n ? { note: n } : {}) };
      }
      case 'assigned': {
        const department = textField(fields, 'department', 'fieldDepartment', { required: true, max: 64, oneLine: true })!;
        const coDepartments = listField(fields, 'coDepartments', 'fieldCoDepartments', { items: 10, each: 64 });
        const deadline = dateField(fields, 'deadline', 'fieldDeadline', false);
        return { stage, date, department, ...(coDepartments.length ? { coDepartments } : {}), ...(deadline ? { deadline } : {}), ...(checkboxField(fields, 'complex') ? { complex: true } : {}) };
      }
      case 'replied':
        return { stage, date, reply: textField(fields, 'reply', 'fieldReply', { required: true, max: 5000 })!, outcome: choiceField(fields, 'outcome', 'fieldOutcome', OUTCOMES) };
      case 'resolved-on-site':
        return { stage, date, reply: textField(fields, 'reply', 'fieldReply', { required: true, max: 5000 })! };
      case 'rated':
        return { stage, date, satisfaction: choiceField(fields, 'satisfaction', 'fieldSatisfaction', SATISFACTIONS) };
      case 'fed-back':
      case 'closed': {
        const n = note();
        return { stage, date, ...(n ? { note: n } : {}) };
      }
    }
  }

  async function suggestionInScope(account: StaffAccount, id: string) {
    if (!ctx.contentDir) throw new PageError(503, 'noContent');
    const file = await findSuggestion(ctx.contentDir, account.town, id);
    if (!file) throw new PageError(404, 'notFound');
    if (!mayHandleSuggestion(account, file.suggestion, ctx.catalogue().towns.get(account.town))) throw new PageError(403, 'forbidden');
    return file;
  }

  async function recordStep(account: StaffAccount, request: IncomingMessage, response: ServerResponse, id: string, fields: Record<string, string>, prefs: Preferences, header: Header): Promise<number> {
    const file = await suggestionInScope(account, id);
    if (file.listed) throw new PageError(409, 'handWritten');
    const stage = choiceField(fields, 'stage', 'nextStepsTitle', DESK_STEPS);
    const version = fields['version'] ?? '';
    if (version !== file.version) throw new PageError(409, 'stale');
    const input = stepInput(stage, fields);
    const rule = stepProblem(file.suggestion.history, input, today());
    if (rule) {
      const text = words(prefs.locale, 'stepRefused', { rule: ruleWords(prefs.locale, rule) });
      const refs = await ctx.store.messagesOf(id);
      sendPage(response, 409, suggestionPage(prefs, header, file, refs, nextSteps(file.suggestion.history), today(), text));
      return 409;
    }
    const outcome = await replaceSuggestion(ctx.contentDir!, account.town, id, version, (current) => applyStep(current, input));
    if (outcome.status === 'stale') throw new PageError(409, 'stale');
    if (outcome.status === 'missing') throw new PageError(404, 'notFound');
    await audit(account, request, 'step', id, stage);
    contentChanged(account.town);
    return redirect(response, `/staff/suggestions/${id}`);
  }

  async function staffRoute(request: IncomingMessage, response: ServerResponse, url: URL, prefs: Preferences, secure: boolean, headers: Record<string, string[]>): Promise<{ status: number; route: string }> {
    const path = url.pathname;
    const method = request.method ?? 'GET';
    if (path === '/staff/desk.css') {
      response.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600', 'x-content-type-options': 'nosniff', 'content-length': String(Buffer.byteLength(DESK_CSS)) });
      response.end(DESK_CSS);
      return { status: 200, route: '/staff/desk.css' };
    }
    if (path === '/staff') return { status: redirect(response, '/staff/'), route: '/staff' };
    if (path === '/staff/login') return { status: await login(request, response, prefs, secure, headers), route: '/staff/login' };

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
