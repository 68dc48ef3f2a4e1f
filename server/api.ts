/**
 * The participation API: residents' polls and satisfaction ratings (cast, tally) and the contact
 * form's suggestion intake. A plain `node:http` server; every rule is enforced here, whatever the
 * widget does. This module starts the server and routes each request: the endpoints are in
 * `votes.ts` and `submissions.ts`, the door's rules in `routes.ts`, `origins.ts` and `rate-limit.ts`.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { LoadedContent } from '../domain/model.js';
import { catalogueFromContent, type Catalogue } from './catalogue.js';
import type { ApiContext } from './context.js';
import { BODY_TIMEOUT_MS, errorBody, HttpError, sendJson } from './http.js';
import { reach } from './listen.js';
import { OriginPolicy, originOf } from './origins.js';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimits } from './rate-limit.js';
import { matchRoute, ROUTE_METHODS, routeLabel } from './routes.js';
import { StorageError, type ParticipationStore } from './storage.js';
import { submit } from './submissions.js';
import { createDesk, isDeskPath, type DeskOptions } from './desk/desk.js';
import { castBallot, checkBallot, townVotes, VOTER_HEADER, voteStatus } from './votes.js';

export { VOTER_HEADER };

export interface ApiOptions {
  /** Port to listen on; 0 picks a free one. Default 8081. */
  port?: number;
  /** Address to bind; default `127.0.0.1` (put a reverse proxy in front, or pass `0.0.0.0`). */
  host?: string;
  /** Folder for the SQLite file (`participation.sqlite`), created on first start. Default `data`. */
  dataDir?: string;
  /** `postgres://…`: store in PostgreSQL instead of SQLite. Default: the `DATABASE_URL` environment variable. */
  databaseUrl?: string;
  /** The loaded content: which towns, votes, deputies and stations exist. Or give `catalogue`. */
  content?: LoadedContent;
  catalogue?: Catalogue;
  /** Page origins (`https://www.example.gov.cn`) that may call the API for every town. The site's `baseUrl` origin always may. */
  allowedOrigins?: readonly string[];
  /** Page origins per town slug, e.g. the town government's CMS that embeds the widgets. */
  townOrigins?: Readonly<Record<string, readonly string[]>>;
  /** Path prefix of every endpoint; default `/api/`. */
  basePath?: string;
  /** Per-address limits; `false` turns them off (benchmarks on loopback, where every client is one address). */
  rateLimits?: Partial<RateLimits> | false;
  /** Behind a reverse proxy: take the client's address from the last `X-Forwarded-For` entry. */
  trustProxy?: boolean;
  /** Where the one-line request log goes; default stdout. It never holds bodies, addresses or query strings. */
  log?: (line: string) => void;
  /** The clock (ms since the epoch); default `Date.now`. */
  now?: () => number;
  /** Adds `POST {base}_baseline/{town}/{vote}`: parses and checks a ballot like the real endpoint but stores nothing (benchmarks). */
  baselineEndpoint?: boolean;
  /** An already opened store (tests); closed with the server. */
  store?: ParticipationStore;
  /** How long a request body may take to arrive (default 15 s); then a JSON 408. */
  bodyTimeoutMs?: number;
  /** The message desk (`/staff/`) and the residents' status lookup (`/status/`): where desk-made suggestions are written, and who to tell when they change. */
  desk?: DeskOptions;
}

export interface ApiServer {
  /** `http://host:port/api/`, as this computer reaches it. */
  url: string;
  /** Set when the API listens beyond this computer: who can connect, in a sentence. */
  exposure?: string;
  port: number;
  store: ParticipationStore;
  /** Swaps in new content (after a rebuild) without dropping a request. */
  reload(content: LoadedContent | Catalogue): void;
  close(): Promise<void>;
}

/** Opens the store `options` ask for: PostgreSQL when a URL is given, else SQLite under `dataDir`. */
export async function openStore(options: Pick<ApiOptions, 'dataDir' | 'databaseUrl'>): Promise<ParticipationStore> {
  const url = options.databaseUrl ?? process.env['DATABASE_URL'];
  if (url) {
    const { PostgresStore } = await importDriver(() => import('./postgres-storage.js'), 'pg', 'pg@8');
    return PostgresStore.open(url);
  }
  const { SqliteStore } = await importDriver(() => import('./sqlite-storage.js'), 'better-sqlite3', 'better-sqlite3@12');
  return new SqliteStore(join(options.dataDir ?? 'data', 'participation.sqlite'));
}

/** Thrown when the database driver a store needs is not installed: the drivers are optional. */
export class MissingDriverError extends Error {
  constructor(readonly driver: string, readonly install: string) {
    super(
      `the participation API needs the ${driver} package, which is not installed (it is optional, so installing renda-kit for the widgets or the generator compiles nothing). Install it beside renda-kit: npm install ${install}` +
        ` · 参与接口需要 ${driver}，请先安装：npm install ${install}`,
    );
    this.name = 'MissingDriverError';
  }
}

async function importDriver<T>(load: () => Promise<T>, driver: string, install: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes(`'${driver}'`)) throw new MissingDriverError(driver, install);
    throw error;
  }
}

/** The request's path, or '' when its target is no URL (the API's router answers those with a 400). */
function pathOf(request: IncomingMessage): string {
  try {
    return new URL(request.url ?? '/', 'http://api.invalid').pathname;
  } catch {
    return '';
  }
}

export async function startApi(options: ApiOptions = {}): Promise<ApiServer> {
  const basePath = (options.basePath ?? '/api/').replace(/\/?$/, '/');
  const now = options.now ?? Date.now;
  const bodyTimeout = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS;
  const log = options.log ?? ((line: string) => console.log(line));
  let catalogue: Catalogue = options.catalogue ?? (options.content ? catalogueFromContent(options.content) : { towns: new Map() });
  const store = options.store ?? (await openStore(options));
  const limits = options.rateLimits === false ? undefined : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const limiters = limits && {
    ballot: new RateLimiter(limits.ballot, now),
    submission: new RateLimiter(limits.submission, now),
    read: new RateLimiter(limits.read, now),
    status: new RateLimiter(limits.status, now),
  };

  function clientAddress(request: IncomingMessage): string {
    if (options.trustProxy) {
      const forwarded = String(request.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (forwarded.length) return forwarded[forwarded.length - 1]!;
    }
    return request.socket.remoteAddress ?? 'unknown';
  }

  const ctx: ApiContext = {
    store,
    now,
    bodyTimeout,
    catalogue: () => catalogue,
    origins: new OriginPolicy(options.allowedOrigins ?? [], options.townOrigins ?? {}, () => catalogue),
    limit(kind: keyof RateLimits, request: IncomingMessage): void {
      const wait = limiters?.[kind].take(clientAddress(request)) ?? 0;
      if (wait > 0) throw new HttpError(429, 'rate-limited', `too many requests from this address; try again in ${wait} s`, { retryAfter: wait, headers: { 'retry-after': String(wait) } });
    },
  };

  const desk = createDesk({
    ...options.desk,
    store: store.desk,
    now,
    bodyTimeout,
    catalogue: () => catalogue,
    address: clientAddress,
    secure: (request) => (options.trustProxy ? String(request.headers['x-forwarded-proto'] ?? '').split(',').pop()!.trim().toLowerCase() === 'https' : 'encrypted' in request.socket),
    statusWait: (request) => limiters?.status.take(clientAddress(request)) ?? 0,
    log,
  });

  ctx.onNewMessage = (message) => desk.announce(message);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<{ status: number; route: string; code?: string }> {
    if (isDeskPath(pathOf(request))) return desk.handle(request, response);
    let label = `${basePath}?`;
    let corsHeaders: Record<string, string> = {};
    try {
      // HTTP/1.1 requires Host (the same-host CORS rule reads it); Node's own refusal is not JSON.
      if (request.headers.host === undefined && request.httpVersion !== '1.0') throw new HttpError(400, 'missing-host', 'the request has no Host header; HTTP/1.1 requires one');
      const route = matchRoute(request, basePath, options.baselineEndpoint ?? false);
      const town = 'town' in route ? route.town : undefined;
      label = routeLabel(basePath, route, catalogue);
      corsHeaders = ctx.origins.corsHeaders(request, town);

      const method = request.method ?? 'GET';
      if (method === 'OPTIONS') {
        const origin = request.headers.origin;
        const allowedHere = origin !== undefined && 'access-control-allow-origin' in corsHeaders;
        if (!allowedHere) throw new HttpError(403, 'origin-not-allowed', `pages at ${originOf(origin ?? '') ?? 'this origin'} may not call this API; the town lists its allowed origins`);
        response.writeHead(204, { ...corsHeaders, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': `content-type, ${VOTER_HEADER}`, 'access-control-max-age': '600', 'content-length': '0' });
        response.end();
        return { status: 204, route: label };
      }
      if (method !== ROUTE_METHODS[route.name]) throw new HttpError(405, 'method-not-allowed', `use ${ROUTE_METHODS[route.name]} here`, { headers: { allow: `${ROUTE_METHODS[route.name]}, OPTIONS` } });

      switch (route.name) {
        case 'health':
          sendJson(response, 200, { ok: true, storage: store.kind }, corsHeaders);
          return { status: 200, route: label };
        case 'votes':
          ctx.limit('read', request);
          ctx.origins.check(request, route.town);
          sendJson(response, 200, townVotes(ctx, route.town), corsHeaders);
          return { status: 200, route: label };
        case 'vote':
          ctx.limit('read', request);
          ctx.origins.check(request, route.town);
          sendJson(response, 200, await voteStatus(ctx, route.town, route.vote, request), corsHeaders);
          return { status: 200, route: label };
        case 'ballots': {
          ctx.limit('ballot', request);
          ctx.origins.check(request, route.town);
          const { status, body } = await castBallot(ctx, request, route);
          sendJson(response, status, body, corsHeaders);
          return { status, route: label };
        }
        case 'baseline': {
          const { ballot, problem } = await checkBallot(ctx, request, route.town, route.vote);
          if (problem) throw new HttpError(422, problem.code, problem.message, { field: 'picks' });
          sendJson(response, 201, { ballot: { idempotencyKey: ballot.idempotencyKey, castAt: new Date(now()).toISOString() }, replayed: false }, corsHeaders);
          return { status: 201, route: label };
        }
        case 'submissions':
          ctx.limit('submission', request);
          return { status: await submit(ctx, request, response, corsHeaders), route: label };
      }
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
        return { status: response.statusCode, route: label, code: 'response-failed' };
      }
      if (error instanceof HttpError) {
        const headers: Record<string, string> = { ...corsHeaders, ...error.extra.headers };
        sendJson(response, error.status, errorBody(error), headers);
        // A body left unread: the connection cannot carry another request.
        if (headers['connection'] === 'close') response.once('finish', () => request.socket.destroy());
        return { status: error.status, route: label, code: error.code };
      }
      if (error instanceof StorageError) {
        sendJson(response, 503, { error: { code: 'storage-unavailable', message: 'the server could not store or read this just now; nothing was stored; try again shortly', retryAfter: 2 } }, { ...corsHeaders, 'retry-after': '2' });
        // The store's own message names tables and SQL, never values.
        return { status: 503, route: label, code: `storage-unavailable (${error.message.slice(0, 200)})` };
      }
      sendJson(response, 500, { error: { code: 'internal', message: 'an unexpected error; nothing was stored' } }, corsHeaders);
      // The name and where, not the message: messages can quote input.
      const where = ((error as Error)?.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' | ');
      return { status: 500, route: label, code: `internal ${(error as Error)?.name ?? typeof error} ${where}` };
    }
  }

  // Without Node's bare 400 for a missing Host: the handler answers it in JSON. Timeouts are
  // checked every second, not every 30 s, so the limits below hold to the second.
  const server: Server = createServer({ requireHostHeader: false, connectionsCheckingInterval: 1000 }, (request, response) => {
    const started = performance.now();
    void handle(request, response).then(({ status, route, code }) => {
      log(`${new Date(now()).toISOString()} ${request.method ?? '?'} ${route} ${status} ${(performance.now() - started).toFixed(1)}ms${code ? ` ${code}` : ''}`);
    });
  });
  // Slow or broken clients must not hold connections open.
  server.headersTimeout = 10_000;
  // A backstop behind the body timeout, which answers first and in JSON.
  server.requestTimeout = bodyTimeout + 5_000;
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const [status, code, message] =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request-timeout', 'the request did not arrive in time']
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'headers-too-large', 'the request headers are too large']
          : [400, 'bad-request', 'the HTTP request is malformed'];
    if (socket.writable) {
      const body = JSON.stringify({ error: { code, message } });
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    } else socket.destroy();
    log(`${new Date(now()).toISOString()} - - ${status} clientError ${error.code ?? ''}`);
  });

  const port = options.port ?? 8081;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as { port: number }).port;
  const where = reach(host, actualPort, basePath);
  return {
    url: where.local,
    ...(where.warning ? { exposure: where.warning } : {}),
    port: actualPort,
    store,
    reload(next) {
      catalogue = 'towns' in next && next.towns instanceof Map ? (next as Catalogue) : catalogueFromContent(next as LoadedContent);
    },
    close: async () => {
      desk.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await store.close();
    },
  };
}
