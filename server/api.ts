/**
 * The participation API: residents' polls and satisfaction ratings (cast, tally) and the contact
 * form's suggestion intake. A plain `node:http` server; every rule is enforced here, whatever the
 * widget does.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { reach } from './listen.js';
import { join } from 'node:path';
import type { LoadedContent, Locale, VoteEvent } from '../domain/model.js';
import type { BallotReceipt, SubmissionReceipt, Tally, VoteStatus } from '../domain/votes/participation.js';
import { checkPicks, isBinding, isCastable, resultsVisible, recordedCounts, TOKEN_PATTERN, votePhase, type CastableVote } from '../domain/votes/vote-rules.js';
import { catalogueFromContent, type Catalogue, type TownCatalogue } from './catalogue.js';
import { BODY_LIMITS, BODY_TIMEOUT_MS, bodyKind, errorBody, HttpError, parseJson, readBody, sendHtml, sendJson } from './http.js';
import { refusedPage, thankYouPage } from './pages.js';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimits } from './rate-limit.js';
import { parseBallotRequest, parseForm, parseSubmission } from './requests.js';
import { SqliteStore } from './sqlite-storage.js';
import { samePicks, StorageError, type ParticipationStore, type StoredTally } from './storage.js';

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

/** The request header that names the voter when asking for a vote's status. */
export const VOTER_HEADER = 'renda-voter';

/** Opens the store `options` ask for: PostgreSQL when a URL is given, else SQLite under `dataDir`. */
export async function openStore(options: Pick<ApiOptions, 'dataDir' | 'databaseUrl'>): Promise<ParticipationStore> {
  const url = options.databaseUrl ?? process.env['DATABASE_URL'];
  if (url) {
    const { PostgresStore } = await import('./postgres-storage.js');
    return PostgresStore.open(url);
  }
  return new SqliteStore(join(options.dataDir ?? 'data', 'participation.sqlite'));
}

const voterHash = (town: string, vote: string, voter: string) => createHash('sha256').update(`${town}\n${vote}\n${voter}`).digest('hex');

/** Crockford base32 without look-alikes: a reference read aloud over the phone survives. */
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function newReference(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => REFERENCE_ALPHABET[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

type Route =
  | { name: 'health' }
  | { name: 'votes'; town: string }
  | { name: 'vote'; town: string; vote: string }
  | { name: 'ballots'; town: string; vote: string }
  | { name: 'submissions' }
  | { name: 'baseline'; town: string; vote: string };

const ROUTE_METHODS: Record<Route['name'], 'GET' | 'POST'> = { health: 'GET', votes: 'GET', vote: 'GET', ballots: 'POST', submissions: 'POST', baseline: 'POST' };

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'bad-path', 'the path has a malformed %-escape');
  }
}

function matchRoute(segments: string[], baseline: boolean): Route | undefined {
  const [a, b, c, d, ...rest] = segments;
  if (rest.length) return undefined;
  if (a === 'health' && b === undefined) return { name: 'health' };
  if (a === 'submissions' && b === undefined) return { name: 'submissions' };
  if (baseline && a === '_baseline' && b && c && d === undefined) return { name: 'baseline', town: b, vote: c };
  if (a && b === 'votes' && c === undefined) return { name: 'votes', town: a };
  if (a && b === 'votes' && c && d === undefined) return { name: 'vote', town: a, vote: c };
  if (a && b === 'votes' && c && d === 'ballots') return { name: 'ballots', town: a, vote: c };
  return undefined;
}

export async function startApi(options: ApiOptions = {}): Promise<ApiServer> {
  const basePath = (options.basePath ?? '/api/').replace(/\/?$/, '/');
  const now = options.now ?? Date.now;
  const bodyTimeout = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS;
  const log = options.log ?? ((line: string) => console.log(line));
  let catalogue: Catalogue = options.catalogue ?? (options.content ? catalogueFromContent(options.content) : { towns: new Map() });
  const store = options.store ?? (await openStore(options));

  const globalOrigins = new Set((options.allowedOrigins ?? []).map(originOf).filter((o): o is string => !!o));
  const townOrigins = new Map(Object.entries(options.townOrigins ?? {}).map(([town, list]) => [town, new Set(list.map(originOf).filter((o): o is string => !!o))]));
  const limits = options.rateLimits === false ? undefined : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const limiters = limits && {
    ballot: new RateLimiter(limits.ballot, now),
    submission: new RateLimiter(limits.submission, now),
    read: new RateLimiter(limits.read, now),
  };

  function originAllowed(origin: string, request: IncomingMessage, town: string | undefined): boolean {
    const normalised = originOf(origin);
    if (!normalised) return false;
    // Same host: the API mounted under the site's own origin by a reverse proxy.
    if (request.headers.host && new URL(normalised).host === request.headers.host.toLowerCase()) return true;
    if (globalOrigins.has(normalised)) return true;
    if (catalogue.baseUrl && originOf(catalogue.baseUrl) === normalised) return true;
    if (town !== undefined) return townOrigins.get(town)?.has(normalised) ?? false;
    return [...townOrigins.values()].some((set) => set.has(normalised));
  }

  function clientAddress(request: IncomingMessage): string {
    if (options.trustProxy) {
      const forwarded = String(request.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (forwarded.length) return forwarded[forwarded.length - 1]!;
    }
    return request.socket.remoteAddress ?? 'unknown';
  }

  function limit(kind: keyof RateLimits, request: IncomingMessage): void {
    const wait = limiters?.[kind].take(clientAddress(request)) ?? 0;
    if (wait > 0) throw new HttpError(429, 'rate-limited', `too many requests from this address; try again in ${wait} s`, { retryAfter: wait, headers: { 'retry-after': String(wait) } });
  }

  function townOf(slug: string): TownCatalogue {
    const town = catalogue.towns.get(slug);
    if (!town) throw new HttpError(404, 'unknown-town', `no town "${slug.slice(0, 40)}" here`);
    return town;
  }

  function voteOf(town: TownCatalogue, id: string): VoteEvent {
    const vote = town.votes.get(id);
    if (!vote) throw new HttpError(404, 'unknown-vote', `no vote "${id.slice(0, 64)}" in ${town.slug}`);
    return vote;
  }

  function tallyOf(vote: CastableVote, stored: StoredTally): Tally {
    const recorded = recordedCounts(vote);
    return {
      ballots: stored.ballots,
      options: Object.keys(recorded).map((id) => {
        const online = stored.counts[id] ?? 0;
        return { id, online, recorded: recorded[id]!, total: online + recorded[id]! };
      }),
    };
  }

  async function voteStatus(town: TownCatalogue, vote: VoteEvent, request: IncomingMessage): Promise<VoteStatus> {
    const base = { town: town.slug, vote: vote.id, kind: vote.kind, binding: isBinding(vote), now: new Date(now()).toISOString() };
    if (!isCastable(vote)) return { ...base, phase: 'results-only', resultsVisible: true };
    const phase = votePhase(vote, now());
    const visible = resultsVisible(vote, phase);
    const status: VoteStatus = { ...base, phase, maxPicks: vote.kind === 'poll' ? vote.maxPicks : 1, resultsVisible: visible };
    if (vote.opens) status.opens = vote.opens;
    if (vote.closes) status.closes = vote.closes;
    if (visible) status.tally = tallyOf(vote, await store.tally(town.slug, vote.id));
    const voter = request.headers[VOTER_HEADER];
    if (voter !== undefined) {
      if (typeof voter !== 'string' || !TOKEN_PATTERN.test(voter)) throw new HttpError(400, 'invalid-voter', `the ${VOTER_HEADER} header must be 16 to 128 characters of A–Z, a–z, 0–9, "-" or "_"`, { field: VOTER_HEADER });
      const castAt = await store.voterCastAt(town.slug, vote.id, voterHash(town.slug, vote.id, voter));
      status.voter = castAt ? { voted: true, castAt } : { voted: false };
    }
    return status;
  }

  /** Checks a ballot against the vote; returns what to store. Shared by the real and the baseline endpoint. */
  async function checkBallot(request: IncomingMessage, townSlug: string, voteId: string) {
    bodyKind(request, false);
    const ballot = parseBallotRequest(parseJson(await readBody(request, BODY_LIMITS.ballot, bodyTimeout)));
    const town = townOf(townSlug);
    const vote = voteOf(town, voteId);
    if (!isCastable(vote)) throw new HttpError(403, 'not-castable', "this is the deputies' vote (票决), cast on paper at the session; the API only publishes it");
    const problem = checkPicks(vote, ballot.picks);
    return { ballot, town, vote, problem, voterHash: voterHash(town.slug, vote.id, ballot.voter) };
  }

  async function castBallot(request: IncomingMessage, route: { town: string; vote: string }): Promise<{ status: number; body: BallotReceipt }> {
    const { ballot, town, vote, problem, voterHash: hash } = await checkBallot(request, route.town, route.vote);
    const phase = votePhase(vote, now());
    if (phase !== 'open') {
      // A retry of a ballot stored before closing (its answer was lost) is still that ballot.
      const earlier = await store.ballotByKey(town.slug, vote.id, ballot.idempotencyKey);
      if (earlier && earlier.voterHash === hash && samePicks(earlier.picks, ballot.picks)) return { status: 200, body: await receipt(town, vote, ballot.idempotencyKey, earlier.castAt, true) };
      if (phase === 'not-yet-open') throw new HttpError(403, 'not-yet-open', `voting opens at ${vote.opens}`);
      throw new HttpError(403, 'closed', `voting closed at ${vote.closes}`);
    }
    if (problem) throw new HttpError(422, problem.code, problem.message, { field: 'picks' });
    const outcome = await store.castBallot({ town: town.slug, vote: vote.id, idempotencyKey: ballot.idempotencyKey, voterHash: hash, picks: ballot.picks, castAt: new Date(now()).toISOString() });
    switch (outcome.status) {
      case 'stored':
        return { status: 201, body: await receipt(town, vote, ballot.idempotencyKey, outcome.castAt, false) };
      case 'replayed':
        return { status: 200, body: await receipt(town, vote, ballot.idempotencyKey, outcome.castAt, true) };
      case 'already-voted':
        throw new HttpError(409, 'already-voted', 'this voter already has a ballot in this vote; each voter votes once', { castAt: outcome.castAt });
      case 'key-reused':
        throw new HttpError(409, 'idempotency-key-reused', 'this idempotency key was used for a different ballot; use a new key for a new ballot', { field: 'idempotencyKey' });
    }
  }

  async function receipt(town: TownCatalogue, vote: CastableVote, key: string, castAt: string, replayed: boolean): Promise<BallotReceipt> {
    const body: BallotReceipt = { ballot: { idempotencyKey: key, castAt }, replayed };
    if (resultsVisible(vote, votePhase(vote, now()))) body.tally = tallyOf(vote, await store.tally(town.slug, vote.id));
    return body;
  }

  /** Where the thank-you page links back to: the form's page when it is one of the town's, else the town's site. */
  function backLink(fields: Record<string, string>, request: IncomingMessage, town: string | undefined): string | undefined {
    for (const candidate of [fields['back'], request.headers.referer]) {
      if (typeof candidate !== 'string' || !/^https?:\/\//i.test(candidate)) continue;
      const origin = originOf(candidate);
      if (origin && originAllowed(origin, request, town)) return candidate;
    }
    if (catalogue.baseUrl && town && catalogue.towns.has(town)) return new URL(`${encodeURIComponent(town)}/`, catalogue.baseUrl).href;
    return undefined;
  }

  async function submit(request: IncomingMessage, response: ServerResponse, cors: Record<string, string>): Promise<number> {
    const kind = bodyKind(request, true);
    if (kind === 'json') {
      const fields = parseJson(await readBody(request, BODY_LIMITS.submission, bodyTimeout));
      const town = typeof (fields as { town?: unknown })?.town === 'string' ? (fields as { town: string }).town : undefined;
      checkOrigin(request, town);
      const submission = parseSubmission(fields, 'json', catalogue.towns);
      const outcome = await storeSubmission(submission);
      const body: SubmissionReceipt = { submission: { reference: outcome.reference, receivedAt: outcome.receivedAt }, replayed: outcome.status === 'replayed' };
      const status = outcome.status === 'stored' ? 201 : 200;
      sendJson(response, status, body, cors);
      return status;
    }
    // A plain HTML form: every answer is a page a resident can read, with a way back.
    let fields: Record<string, string> = {};
    let locale: Locale = 'zh-CN';
    try {
      fields = parseForm(await readBody(request, BODY_LIMITS.submission, bodyTimeout));
      if (fields['lang']?.toLowerCase().startsWith('en')) locale = 'en';
      checkOrigin(request, fields['town']);
      const outcome = await storeSubmission(parseSubmission(fields, 'form', catalogue.towns));
      sendHtml(response, 200, thankYouPage(locale, outcome.reference, backLink(fields, request, fields['town'])));
      return 200;
    } catch (error) {
      const refusal = error instanceof HttpError ? error : error instanceof StorageError ? new HttpError(503, 'storage-unavailable', 'storage failed') : undefined;
      if (!refusal) throw error;
      sendHtml(response, refusal.status, refusedPage(locale, refusal.code, backLink(fields, request, fields['town'])), refusal.extra.headers);
      return refusal.status;
    }
  }

  async function storeSubmission(submission: ReturnType<typeof parseSubmission>) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await store.addSubmission({ ...submission, reference: newReference(), receivedAt: new Date(now()).toISOString() });
      } catch (error) {
        if (attempt < 3 && error instanceof StorageError && /collision/.test(error.message)) continue;
        throw error;
      }
    }
  }

  function checkOrigin(request: IncomingMessage, town: string | undefined): void {
    const origin = request.headers.origin;
    if (origin !== undefined && !originAllowed(origin, request, town)) throw new HttpError(403, 'origin-not-allowed', `pages at ${originOf(origin) ?? 'this origin'} may not call this API${town ? ` for ${town.slice(0, 40)}` : ''}; the town lists its allowed origins`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<{ status: number; route: string; code?: string }> {
    let routeLabel = `${basePath}?`;
    const corsHeaders: Record<string, string> = {};
    try {
      // HTTP/1.1 requires Host (the same-host CORS rule reads it); Node's own refusal is not JSON.
      if (request.headers.host === undefined && request.httpVersion !== '1.0') throw new HttpError(400, 'missing-host', 'the request has no Host header; HTTP/1.1 requires one');
      let pathname: string;
      try {
        pathname = new URL(request.url ?? '/', 'http://api.invalid').pathname;
      } catch {
        throw new HttpError(400, 'bad-path', 'the request target is not a valid path');
      }
      if (!pathname.startsWith(basePath)) throw new HttpError(404, 'not-found', `the API lives under ${basePath}`);
      const segments = pathname.slice(basePath.length).split('/').map(decodeSegment);
      if (segments.at(-1) === '' && segments.length > 1) segments.pop();
      const route = matchRoute(segments, options.baselineEndpoint ?? false);
      if (!route) throw new HttpError(404, 'not-found', `no endpoint at ${pathname.slice(0, 120)}`);
      const town = 'town' in route ? route.town : undefined;
      // Log what the route is, with ids only when they are ours: a path is client text.
      const known = town !== undefined && catalogue.towns.has(town);
      routeLabel = `${basePath}${{ health: 'health', submissions: 'submissions', baseline: '_baseline/:town/:vote', votes: ':town/votes', vote: ':town/votes/:vote', ballots: ':town/votes/:vote/ballots' }[route.name]}`;
      if (known) routeLabel = routeLabel.replace(':town', town!);
      if (known && 'vote' in route && catalogue.towns.get(town!)!.votes.has(route.vote)) routeLabel = routeLabel.replace(':vote', route.vote);

      const origin = request.headers.origin;
      if (origin !== undefined && originAllowed(origin, request, town)) Object.assign(corsHeaders, { 'access-control-allow-origin': originOf(origin)!, vary: 'Origin' });
      else if (origin !== undefined) corsHeaders['vary'] = 'Origin';

      const method = request.method ?? 'GET';
      if (method === 'OPTIONS') {
        const allowedHere = origin !== undefined && 'access-control-allow-origin' in corsHeaders;
        if (!allowedHere) throw new HttpError(403, 'origin-not-allowed', `pages at ${originOf(origin ?? '') ?? 'this origin'} may not call this API; the town lists its allowed origins`);
        response.writeHead(204, { ...corsHeaders, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': `content-type, ${VOTER_HEADER}`, 'access-control-max-age': '600', 'content-length': '0' });
        response.end();
        return { status: 204, route: routeLabel };
      }
      if (method !== ROUTE_METHODS[route.name]) throw new HttpError(405, 'method-not-allowed', `use ${ROUTE_METHODS[route.name]} here`, { headers: { allow: `${ROUTE_METHODS[route.name]}, OPTIONS` } });

      switch (route.name) {
        case 'health':
          sendJson(response, 200, { ok: true, storage: store.kind }, corsHeaders);
          return { status: 200, route: routeLabel };
        case 'votes': {
          limit('read', request);
          checkOrigin(request, route.town);
          const t = townOf(route.town);
          const at = now();
          const votes = [...t.votes.values()].map((v) => ({ id: v.id, kind: v.kind, title: v.title, binding: isBinding(v), phase: isCastable(v) ? votePhase(v, at) : 'results-only' }));
          sendJson(response, 200, { town: t.slug, now: new Date(at).toISOString(), votes }, corsHeaders);
          return { status: 200, route: routeLabel };
        }
        case 'vote': {
          limit('read', request);
          checkOrigin(request, route.town);
          const t = townOf(route.town);
          sendJson(response, 200, await voteStatus(t, voteOf(t, route.vote), request), corsHeaders);
          return { status: 200, route: routeLabel };
        }
        case 'ballots': {
          limit('ballot', request);
          checkOrigin(request, route.town);
          const { status, body } = await castBallot(request, route);
          sendJson(response, status, body, corsHeaders);
          return { status, route: routeLabel };
        }
        case 'baseline': {
          const { ballot, problem } = await checkBallot(request, route.town, route.vote);
          if (problem) throw new HttpError(422, problem.code, problem.message, { field: 'picks' });
          sendJson(response, 201, { ballot: { idempotencyKey: ballot.idempotencyKey, castAt: new Date(now()).toISOString() }, replayed: false }, corsHeaders);
          return { status: 201, route: routeLabel };
        }
        case 'submissions': {
          limit('submission', request);
          return { status: await submit(request, response, corsHeaders), route: routeLabel };
        }
      }
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
        return { status: response.statusCode, route: routeLabel, code: 'response-failed' };
      }
      if (error instanceof HttpError) {
        const headers: Record<string, string> = { ...corsHeaders, ...error.extra.headers };
        sendJson(response, error.status, errorBody(error), headers);
        // A body left unread: the connection cannot carry another request.
        if (headers['connection'] === 'close') response.once('finish', () => request.socket.destroy());
        return { status: error.status, route: routeLabel, code: error.code };
      }
      if (error instanceof StorageError) {
        sendJson(response, 503, { error: { code: 'storage-unavailable', message: 'the server could not store or read this just now; nothing was stored; try again shortly', retryAfter: 2 } }, { ...corsHeaders, 'retry-after': '2' });
        // The store's own message names tables and SQL, never values.
        return { status: 503, route: routeLabel, code: `storage-unavailable (${error.message.slice(0, 200)})` };
      }
      sendJson(response, 500, { error: { code: 'internal', message: 'an unexpected error; nothing was stored' } }, corsHeaders);
      // The name and where, not the message: messages can quote input.
      const where = ((error as Error)?.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' | ');
      return { status: 500, route: routeLabel, code: `internal ${(error as Error)?.name ?? typeof error} ${where}` };
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
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await store.close();
    },
  };
}
