import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { loadContent } from '../../site/content/loader.js';
import type { LoadedContent } from '../../domain/model.js';
import { startApi, type ApiOptions, type ApiServer } from '../../server/api.js';
import { formatSubmissions } from '../../server/export.js';
import { PostgresStore } from '../../server/postgres-storage.js';
import { dropTestSchema, POSTGRES_URL, postgresSkipReason, testSchema } from '../support/postgres.js';
import type { ApiError, BallotReceipt, SubmissionReceipt, VoteStatus } from '../../domain/votes/participation.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';
import { writeVoteFixture } from '../support/vote-fixture.js';

const CMS = 'https://www.hexi.gov.cn';
const SITE = 'https://renda.example.gov.cn';

function loadFixture(): LoadedContent {
  const { content, problems } = loadContent(writeVoteFixture(), { today: FIXTURE_TODAY });
  assert.ok(content, JSON.stringify(problems));
  return content;
}

let counter = 0;
/** A fresh voter token or ballot key (16–128 URL-safe characters). */
const token = (prefix = 't') => `${prefix}${String(++counter).padStart(6, '0')}-${Math.random().toString(36).slice(2, 12)}`;

interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  json: T;
  text: string;
}

async function call<T = unknown>(api: ApiServer, method: string, path: string, init: { json?: unknown; body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | Uint8Array | undefined = init.body === undefined || typeof init.body === 'string' ? init.body : new Uint8Array(init.body);
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(new URL(path, api.url), { method, headers, ...(body !== undefined ? { body: body as unknown as BodyInit } : {}) });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json: json as T, text };
}

const ballot = (picks: unknown, extra: Record<string, unknown> = {}) => ({ idempotencyKey: token('k'), voter: token('v'), picks, ...extra });
const cast = (api: ApiServer, vote: string, body: unknown, headers: Record<string, string> = {}) => call<BallotReceipt & ApiError>(api, 'POST', `hexi/votes/${vote}/ballots`, { json: body, headers });

async function withApi(options: Partial<ApiOptions>, run: (api: ApiServer, log: string[]) => Promise<void>): Promise<void> {
  const log: string[] = [];
  const api = await startApi({ content: loadFixture(), port: 0, dataDir: mkdtempSync(join(tmpdir(), 'renda-api-')), rateLimits: false, log: (line) => log.push(line), ...options });
  try {
    await run(api, log);
  } finally {
    await api.close();
  }
}

/**
 * PostgreSQL runs when RENDA_TEST_DATABASE_URL names a reachable server; each run works in a
 * schema of its own and drops it afterwards.
 */
const postgresSkip = await postgresSkipReason();

for (const kind of ['sqlite', 'postgres'] as const)
  describe(`participation API: casting ballots against a real ${kind === 'sqlite' ? 'SQLite file' : 'PostgreSQL database'}`, { skip: kind === 'postgres' ? postgresSkip : false }, () => {
    let api: ApiServer;
    let dataDir: string;
    const schema = testSchema('test');
    const log: string[] = [];
    const openStore = async () => (kind === 'postgres' ? { store: await PostgresStore.open(POSTGRES_URL!, { schema }) } : {});
    before(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'renda-api-'));
      api = await startApi({ content: loadFixture(), port: 0, dataDir, rateLimits: false, allowedOrigins: [], townOrigins: { hexi: [CMS] }, log: (line) => log.push(line), ...(await openStore()) });
    });
    after(async () => {
      await api.close();
      if (kind === 'postgres') {
        await dropTestSchema(schema);
      }
    });

    it('creates its storage on first start (SQLite: a file in WAL mode)', async () => {
      assert.equal(api.store.kind, kind);
      if (kind === 'postgres') return;
      const file = join(dataDir, 'participation.sqlite');
      assert.ok(existsSync(file));
      const db = new Database(file, { readonly: true });
      try {
        assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      } finally {
        db.close();
      }
    });

    it('stores a ballot, counts it once on top of the recorded counts, and knows the voter voted', async () => {
      const body = ballot(['lights', 'chargers']);
      const answer = await cast(api, 'open-poll', body);
      assert.equal(answer.status, 201, answer.text);
      assert.equal(answer.json.replayed, false);
      assert.equal(answer.json.ballot.idempotencyKey, body.idempotencyKey);
      const lights = answer.json.tally!.options.find((o) => o.id === 'lights')!;
      assert.deepEqual(lights, { id: 'lights', online: 1, recorded: 40, total: 41 });
      assert.equal(answer.json.tally!.options.find((o) => o.id === 'canteen')!.online, 0);

      const status = await call<VoteStatus>(api, 'GET', 'hexi/votes/open-poll', { headers: { 'renda-voter': body.voter } });
      assert.equal(status.status, 200);
      assert.equal(status.json.phase, 'open');
      assert.equal(status.json.binding, false);
      assert.equal(status.json.voter?.voted, true);
      assert.equal(status.json.voter?.castAt, answer.json.ballot.castAt);
      const other = await call<VoteStatus>(api, 'GET', 'hexi/votes/open-poll', { headers: { 'renda-voter': token('v') } });
      assert.equal(other.json.voter?.voted, false);
    });

    it('one ballot per voter per vote: a second ballot under a new key is refused with when the first was cast', async () => {
      const first = ballot(['canteen']);
      assert.equal((await cast(api, 'open-poll', first)).status, 201);
      const again = await cast(api, 'open-poll', { ...first, idempotencyKey: token('k'), picks: ['lights'] });
      assert.equal(again.status, 409);
      assert.equal(again.json.error.code, 'already-voted');
      assert.ok(again.json.error.castAt);
      // The same voter may still vote in another vote.
      assert.equal((await cast(api, 'road-rating', { ...first, idempotencyKey: token('k'), picks: ['satisfied'] })).status, 201);
    });

    it('retries with the same key are the same ballot: one 201, the rest 200 replayed, counted once', async () => {
      const body = ballot(['lights']);
      const before = (await call<VoteStatus>(api, 'GET', 'hexi/votes/open-poll')).json.tally!;
      const answers = await Promise.all(Array.from({ length: 8 }, () => cast(api, 'open-poll', body)));
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 200, 200, 200, 200, 200, 200, 201]);
      assert.ok(answers.every((a) => a.json.ballot.castAt === answers[0]!.json.ballot.castAt));
      const afterTally = (await call<VoteStatus>(api, 'GET', 'hexi/votes/open-poll')).json.tally!;
      assert.equal(afterTally.ballots, before.ballots + 1);
      assert.equal(afterTally.options[0]!.online, before.options[0]!.online + 1);
      // A key reused for a different ballot is a client bug, not a retry.
      const reused = await cast(api, 'open-poll', { ...body, picks: ['canteen'] });
      assert.equal(reused.status, 409);
      assert.equal(reused.json.error.code, 'idempotency-key-reused');
    });

    it('group commit: 200 concurrent ballots are each stored once and the counts match the ballots', async () => {
      const grades = ['satisfied', 'basically-satisfied', 'unsatisfied'];
      const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => cast(api, 'road-rating', ballot([grades[i % 3]]))));
      assert.ok(answers.every((a) => a.status === 201), answers.find((a) => a.status !== 201)?.text);
      const keys = await api.store.ballotKeys('hexi', 'road-rating');
      assert.equal(new Set(keys.map((k) => k.idempotencyKey)).size, keys.length);
      const stored = await api.store.tally('hexi', 'road-rating');
      assert.equal(stored.ballots, keys.length);
      const recount: Record<string, number> = {};
      for (const k of keys) for (const p of k.picks) recount[p] = (recount[p] ?? 0) + 1;
      assert.deepEqual(stored.counts, recount);
    });

    it('refuses closed, not-yet-open and paper votes, and unknown towns and votes', async () => {
      const closed = await cast(api, 'closed-poll', ballot(['lights']));
      assert.equal(closed.status, 403);
      assert.equal(closed.json.error.code, 'closed');
      const future = await cast(api, 'future-poll', ballot(['lights']));
      assert.equal(future.status, 403);
      assert.equal(future.json.error.code, 'not-yet-open');
      const paper = await cast(api, 'projects-2026', ballot(['road']));
      assert.equal(paper.status, 403);
      assert.equal(paper.json.error.code, 'not-castable');
      // The deputies' year-end rating is counted at the session too: published, never cast online.
      const deputies = await cast(api, 'road-deputies-rating', ballot(['satisfied']));
      assert.equal(deputies.status, 403);
      assert.equal(deputies.json.error.code, 'not-castable');
      assert.equal((await call<VoteStatus>(api, 'GET', 'hexi/votes/road-deputies-rating')).json.phase, 'results-only');
      assert.equal((await call<ApiError>(api, 'POST', 'nowhere/votes/open-poll/ballots', { json: ballot(['lights']) })).json.error.code, 'unknown-town');
      assert.equal((await cast(api, 'no-such-poll', ballot(['lights']))).json.error.code, 'unknown-vote');
      const status = await call<VoteStatus>(api, 'GET', 'hexi/votes/closed-poll');
      assert.equal(status.json.phase, 'closed');
      assert.equal(status.json.resultsVisible, true);
      assert.equal((await call<VoteStatus>(api, 'GET', 'hexi/votes/future-poll')).json.phase, 'not-yet-open');
      assert.equal((await call<VoteStatus>(api, 'GET', 'hexi/votes/projects-2026')).json.phase, 'results-only');
    });

    it('keeps counts of an after-close poll to itself while it is open', async () => {
      const status = await call<VoteStatus>(api, 'GET', 'hexi/votes/sealed-poll');
      assert.equal(status.json.resultsVisible, false);
      assert.equal(status.json.tally, undefined);
      const answer = await cast(api, 'sealed-poll', ballot(['lights']));
      assert.equal(answer.status, 201);
      assert.equal(answer.json.tally, undefined);
    });

    it('takes ratings of answered suggestions, not of unanswered ones', async () => {
      assert.equal((await cast(api, 'suggestion-s-001', ballot(['basically-satisfied']))).status, 201);
      assert.equal((await cast(api, 'suggestion-s-002', ballot(['satisfied']))).json.error.code, 'unknown-vote');
      assert.equal((await cast(api, 'suggestion-s-003', ballot(['satisfied']))).json.error.code, 'unknown-vote');
    });

    describe('bad requests are 4xx with a reason, never a 500, and store nothing', () => {
      const cases: [string, () => Promise<Answer<ApiError>>, number, string][] = [
        ['broken JSON', () => call(api, 'POST', 'hexi/votes/open-poll/ballots', { body: '{"picks": [', headers: { 'content-type': 'application/json' } }), 400, 'bad-json'],
        ['an empty body', () => call(api, 'POST', 'hexi/votes/open-poll/ballots', { body: '', headers: { 'content-type': 'application/json' } }), 400, 'bad-json'],
        ['invalid UTF-8', () => call(api, 'POST', 'hexi/votes/open-poll/ballots', { body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), headers: { 'content-type': 'application/json' } }), 400, 'bad-encoding'],
        ['a JSON array', () => cast(api, 'open-poll', [1, 2]), 422, 'invalid-body'],
        ['JSON null', () => cast(api, 'open-poll', null), 422, 'invalid-body'],
        ['picks as a string', () => cast(api, 'open-poll', ballot('lights')), 422, 'invalid-field'],
        ['a pick that is a number', () => cast(api, 'open-poll', ballot([42])), 422, 'invalid-field'],
        ['voter as a number', () => cast(api, 'open-poll', ballot(['lights'], { voter: 12345678901234567890 })), 422, 'invalid-field'],
        ['a short idempotency key', () => cast(api, 'open-poll', ballot(['lights'], { idempotencyKey: 'abc' })), 422, 'invalid-field'],
        ['no voter', () => cast(api, 'open-poll', { idempotencyKey: token('k'), picks: ['lights'] }), 422, 'missing-field'],
        ['an unknown field', () => cast(api, 'open-poll', ballot(['lights'], { weight: 10 })), 422, 'unknown-field'],
        ['an unknown option', () => cast(api, 'open-poll', ballot(['stadium'])), 422, 'unknown-option'],
        ['too many picks', () => cast(api, 'open-poll', ballot(['lights', 'canteen', 'chargers'])), 422, 'too-many-picks'],
        ['the same option twice', () => cast(api, 'open-poll', ballot(['lights', 'lights'])), 422, 'duplicate-option'],
        ['no picks', () => cast(api, 'open-poll', ballot([])), 422, 'no-picks'],
        ['two grades in a rating', () => cast(api, 'road-rating', ballot(['satisfied', 'unsatisfied'])), 422, 'too-many-picks'],
        ['a grade that does not exist', () => cast(api, 'road-rating', ballot(['great'])), 422, 'unknown-option'],
        ['a huge body (declared length)', () => cast(api, 'open-poll', ballot(['lights'], { pad: 'x'.repeat(1_000_000) })), 413, 'body-too-large'],
        ['text/plain (a preflight dodge)', () => call(api, 'POST', 'hexi/votes/open-poll/ballots', { body: JSON.stringify(ballot(['lights'])), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported-media-type'],
        ['a GET to the ballot box', () => call(api, 'GET', 'hexi/votes/open-poll/ballots'), 405, 'method-not-allowed'],
        ['a malformed %-escape in the path', () => call(api, 'GET', 'hexi/votes/%E0%A4%A'), 400, 'bad-path'],
        ['an unknown endpoint', () => call(api, 'GET', 'hexi/ballots'), 404, 'not-found'],
        ['a bad voter header', () => call(api, 'GET', 'hexi/votes/open-poll', { headers: { 'renda-voter': 'x' } }), 400, 'invalid-voter'],
      ];
      for (const [name, send, status, code] of cases)
        it(name, async () => {
          const before = await api.store.tally('hexi', 'open-poll');
          const answer = await send();
          assert.equal(answer.status, status, answer.text);
          assert.equal(answer.json?.error?.code, code, answer.text);
          assert.ok(answer.json.error.message.length > 10, 'the reason is spelled out');
          assert.match(answer.headers.get('content-type') ?? '', /application\/json/);
          assert.deepEqual(await api.store.tally('hexi', 'open-poll'), before);
        });

      it('a huge chunked body without a length is cut off at the limit', async () => {
        const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpRequest(new URL('hexi/votes/open-poll/ballots', api.url), { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
            let text = '';
            res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: res.statusCode!, body: text }));
          });
          req.on('error', reject);
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          let sent = 0;
          const pump = () => {
            while (sent < 40 && req.write(chunk)) sent++;
            if (sent < 40) req.once('drain', () => (sent++, pump()));
            else req.end();
          };
          pump();
        });
        assert.equal(status, 413);
        assert.equal((JSON.parse(body) as ApiError).error.code, 'body-too-large');
      });

      it('a malformed HTTP request gets a 400, and the server keeps serving', async () => {
        const { createConnection } = await import('node:net');
        const reply = await new Promise<string>((resolve) => {
          const socket = createConnection(api.port, '127.0.0.1', () => socket.write('GARBAGE / HTTP/9\r\n\r\n'));
          let text = '';
          socket.on('data', (d) => (text += d)).on('close', () => resolve(text));
        });
        assert.match(reply, /^HTTP\/1\.1 400/);
        assert.equal((await call(api, 'GET', 'health')).status, 200);
      });
    });

    it('persists across a restart', async () => {
      const body = ballot(['canteen']);
      assert.equal((await cast(api, 'open-poll', body)).status, 201);
      const before = await api.store.tally('hexi', 'open-poll');
      await api.close();
      api = await startApi({ content: loadFixture(), port: 0, dataDir, rateLimits: false, log: () => {}, ...(await openStore()) });
      assert.deepEqual(await api.store.tally('hexi', 'open-poll'), before);
      assert.equal((await cast(api, 'open-poll', body)).status, 200, 'the stored ballot is recognised after the restart');
    });

    it('keeps suggestions for staff, personal data intact, replaying a retried one', async () => {
      const fields = { town: 'hexi', station: 'center', name: '李梅', phone: '13700001111', body: '希望增设公交站。', consent: true, idempotencyKey: token('s') };
      const first = await call<SubmissionReceipt>(api, 'POST', 'submissions', { json: fields });
      assert.equal(first.status, 201, first.text);
      const retry = await call<SubmissionReceipt>(api, 'POST', 'submissions', { json: fields });
      assert.equal(retry.status, 200);
      assert.equal(retry.json.submission.reference, first.json.submission.reference);
      const stored = (await api.store.submissions({ town: 'hexi' })).filter((s) => s.reference === first.json.submission.reference);
      assert.deepEqual(stored.map((s) => [s.name, s.phone, s.station, s.body]), [['李梅', '13700001111', 'center', '希望增设公交站。']]);
    });

    it('logs one line per request, never a body', () => {
      assert.ok(log.some((line) => /POST \/api\/hexi\/votes\/open-poll\/ballots 201 /.test(line)));
      assert.ok(log.some((line) => /POST \/api\/hexi\/votes\/:vote\/ballots 404 .*unknown-vote/.test(line)));
      assert.ok(!log.some((line) => line.includes('idempotencyKey') || line.includes('"picks"')));
    });
  });

describe('participation API: CORS only for the origins a town lists', () => {
  const preflight = (api: ApiServer, path: string, origin: string) => call(api, 'OPTIONS', path, { headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('answers the preflight for a listed origin, the site itself and the same host; refuses others', async () => {
    await withApi({ townOrigins: { hexi: [CMS] }, allowedOrigins: ['https://county.example.gov.cn'] }, async (api) => {
      const ok = await preflight(api, 'hexi/votes/open-poll/ballots', CMS);
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), CMS);
      assert.match(ok.headers.get('access-control-allow-headers') ?? '', /content-type/);
      assert.equal((await preflight(api, 'hexi/votes/open-poll/ballots', SITE)).status, 204, "the site's baseUrl origin");
      assert.equal((await preflight(api, 'hexi/votes/open-poll/ballots', 'https://county.example.gov.cn')).status, 204, 'listed for every town');
      const evil = await preflight(api, 'hexi/votes/open-poll/ballots', 'https://evil.example.com');
      assert.equal(evil.status, 403);
      assert.equal(evil.headers.get('access-control-allow-origin'), null);
      assert.equal((evil.json as ApiError).error.code, 'origin-not-allowed');
      assert.equal((await preflight(api, 'hexi/votes/open-poll/ballots', 'null')).status, 403, 'sandboxed frames and files');
    });
  });

  it('refuses a ballot from an unlisted origin and stores nothing; a town lists origins for itself only', async () => {
    await withApi({ townOrigins: { hexi: [CMS], other: ['https://other.example.gov.cn'] } }, async (api) => {
      const refused = await cast(api, 'open-poll', ballot(['lights']), { origin: 'https://other.example.gov.cn' });
      assert.equal(refused.status, 403);
      assert.equal(refused.json.error.code, 'origin-not-allowed');
      assert.equal((await api.store.tally('hexi', 'open-poll')).ballots, 0);
      const allowed = await cast(api, 'open-poll', ballot(['lights']), { origin: CMS });
      assert.equal(allowed.status, 201);
      assert.equal(allowed.headers.get('access-control-allow-origin'), CMS);
      assert.equal(allowed.headers.get('vary'), 'Origin');
    });
  });
});

describe('participation API: per-address rate limits', () => {
  it('answers 429 with Retry-After once an address has used its burst', async () => {
    await withApi({ rateLimits: { ballot: { burst: 3, perMinute: 1 } } }, async (api) => {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await cast(api, 'open-poll', ballot(['lights']))).status);
      assert.deepEqual(statuses, [201, 201, 201, 429]);
      const limited = await cast(api, 'open-poll', ballot(['lights']));
      assert.equal(limited.json.error.code, 'rate-limited');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      // Reads have their own bucket.
      assert.equal((await call(api, 'GET', 'hexi/votes/open-poll')).status, 200);
    });
  });
});

describe('participation API: suggestion intake', () => {
  const PHONE = '13812345678';
  const NAME = '王建国';
  const BODY = '东村路口的路灯坏了三盏，晚上很黑，老人走路不安全。';

  it('stores a JSON suggestion, never publishes it, hands it to staff intact, and logs no personal data', async () => {
    await withApi({ townOrigins: { hexi: [CMS] } }, async (api, log) => {
      const key = token('s');
      const answer = await call<SubmissionReceipt>(api, 'POST', 'submissions', { json: { town: 'hexi', deputy: 'hx-001', station: 'center', name: NAME, phone: '138-1234-5678', body: BODY, consent: true, idempotencyKey: key }, headers: { origin: CMS } });
      assert.equal(answer.status, 201, answer.text);
      assert.match(answer.json.submission.reference, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const retry = await call<SubmissionReceipt>(api, 'POST', 'submissions', { json: { town: 'hexi', deputy: 'hx-001', station: 'center', name: NAME, phone: PHONE, body: BODY, consent: true, idempotencyKey: key } });
      assert.equal(retry.status, 200);
      assert.equal(retry.json.submission.reference, answer.json.submission.reference);

      // No endpoint reads suggestions back.
      assert.equal((await call(api, 'GET', 'submissions')).status, 405);
      const stored = await api.store.submissions();
      assert.equal(stored.length, 1);
      assert.deepEqual({ ...stored[0], receivedAt: undefined }, { reference: answer.json.submission.reference, town: 'hexi', deputy: 'hx-001', station: 'center', name: NAME, phone: PHONE, body: BODY, receivedAt: undefined });

      const all = log.join('\n');
      for (const secret of [PHONE, '138-1234-5678', NAME, '王', BODY.slice(0, 6), '127.0.0.1', key]) assert.ok(!all.includes(secret), `the log holds "${secret}":\n${all}`);
      assert.match(all, /POST \/api\/submissions 201/);
    });
  });

  it('takes a plain HTML form and answers with a page that links back', async () => {
    await withApi({ townOrigins: { hexi: [CMS] } }, async (api, log) => {
      const form = new URLSearchParams({ town: 'hexi', deputy: 'hx-002', name: NAME, phone: PHONE, body: BODY, consent: 'on', back: `${CMS}/rd/contact.html`, submit: '提交' });
      const answer = await call(api, 'POST', 'submissions', { body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: CMS } });
      assert.equal(answer.status, 200);
      assert.match(answer.headers.get('content-type') ?? '', /text\/html/);
      assert.match(answer.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      assert.match(answer.text, /意见建议已收到/);
      assert.match(answer.text, /编号：<span class="reference">[0-9A-Z]{4}-[0-9A-Z]{4}<\/span>/);
      assert.match(answer.text, /href="https:\/\/www\.hexi\.gov\.cn\/rd\/contact\.html"/);
      assert.equal((await api.store.submissions({ town: 'hexi' }))[0]!.phone, PHONE);

      // A link back to an origin the town does not list falls back to the town's own site.
      const elsewhere = new URLSearchParams({ town: 'hexi', name: NAME, body: BODY, consent: 'on', back: 'https://evil.example.com/', lang: 'en' });
      const english = await call(api, 'POST', 'submissions', { body: elsewhere.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.match(english.text, /has been received/);
      assert.match(english.text, /href="https:\/\/renda\.example\.gov\.cn\/hexi\/"/);
      assert.doesNotMatch(english.text, /evil/);
      assert.ok(!log.join('\n').includes(PHONE));
    });
  });

  it('refuses a bad form with a plain-words page, and a bad JSON body with the field', async () => {
    await withApi({}, async (api) => {
      const noConsent = new URLSearchParams({ town: 'hexi', name: NAME, body: BODY });
      const page = await call(api, 'POST', 'submissions', { body: noConsent.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(page.status, 422);
      assert.match(page.text, /请勾选“同意”后再提交/);
      assert.match(page.text, /href="https:\/\/renda\.example\.gov\.cn\/hexi\/"/);
      const script = new URLSearchParams({ town: 'hexi', name: '<script>alert(1)</script>', body: '', consent: 'on' });
      const escaped = await call(api, 'POST', 'submissions', { body: script.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(escaped.status, 422);
      assert.doesNotMatch(escaped.text, /<script>/);

      const json = (fields: Record<string, unknown>) => call<ApiError>(api, 'POST', 'submissions', { json: { town: 'hexi', name: NAME, body: BODY, consent: true, ...fields } });
      for (const [fields, code, field] of [
        [{ consent: 'true' }, 'consent-required', 'consent'],
        [{ consent: undefined }, 'consent-required', 'consent'],
        [{ town: 'nowhere' }, 'unknown-town', 'town'],
        [{ deputy: 'hx-999' }, 'unknown-deputy', 'deputy'],
        [{ station: 'moon' }, 'unknown-station', 'station'],
        [{ name: '   ' }, 'name-required', 'name'],
        [{ body: 'x'.repeat(2001) }, 'body-too-long', 'body'],
        [{ phone: 'call me' }, 'bad-phone', 'phone'],
        [{ phone: 13812345678 }, 'invalid-field', 'phone'],
        [{ email: 'a@b.c' }, 'unknown-field', 'email'],
      ] as const) {
        const answer = await json(fields);
        assert.equal(answer.status, 422, `${JSON.stringify(fields)}: ${answer.text}`);
        assert.equal(answer.json.error.code, code);
        assert.equal(answer.json.error.field, field);
      }
      assert.equal((await api.store.submissions()).length, 0);
    });
  });
});

describe('renda export-submissions', () => {
  it('writes CSV for Excel (BOM, CRLF, quoted, formulas neutralised) and JSON with a notice', () => {
    const rows = [
      { reference: 'AAAA-0001', town: 'hexi', name: '李梅', phone: '+8613812345678', body: '第一行\n"引号", 逗号', receivedAt: '2026-11-20T01:00:00.000Z' },
      { reference: 'AAAA-0002', town: 'hexi', deputy: 'hx-001', name: '=HYPERLINK("x")', body: '@SUM(1)', receivedAt: '2026-11-20T02:00:00.000Z' },
    ];
    const csv = formatSubmissions(rows, 'csv');
    assert.ok(csv.startsWith('\ufeffreference,receivedAt,town,deputy,station,name,phone,body\r\n'));
    assert.ok(csv.includes('AAAA-0001,2026-11-20T01:00:00.000Z,hexi,,,李梅,\'+8613812345678,"第一行\n""引号"", 逗号"\r\n'));
    assert.ok(csv.includes(',"\'=HYPERLINK(""x"")",,\'@SUM(1)\r\n'));
    const json = JSON.parse(formatSubmissions(rows, 'json')) as { notice: string; submissions: unknown[] };
    assert.match(json.notice, /internal/);
    assert.deepEqual(json.submissions, rows);
  });

  it('hands stored suggestions to staff from the command line, personal data intact', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'renda-export-'));
    const api = await startApi({ content: loadFixture(), port: 0, dataDir, rateLimits: false, log: () => {} });
    try {
      const answer = await call(api, 'POST', 'submissions', { json: { town: 'hexi', name: '张三', phone: '13900001111', body: '建议增设公交站。', consent: true } });
      assert.equal(answer.status, 201);
    } finally {
      await api.close();
    }
    const out = join(dataDir, 'export.csv');
    const result = spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'export-submissions', '--lang', 'en', '--data', dataDir, '--format', 'csv', '--out', out], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /1 suggestion → .*export\.csv.*internal/);
    const csv = readFileSync(out, 'utf8');
    assert.match(csv, /张三,13900001111,建议增设公交站。/);
    const json = spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'export-submissions', '--lang', 'en', '--data', dataDir], { encoding: 'utf8' });
    assert.equal(json.status, 0, json.stderr);
    assert.equal((JSON.parse(json.stdout) as { submissions: { phone: string }[] }).submissions[0]!.phone, '13900001111');
    const missing = spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'export-submissions', '--lang', 'en', '--data', join(dataDir, 'nothing')], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /has the API run/);
    const noOut = spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'export-submissions', '--lang', 'en', '--data', dataDir, '--format', 'xlsx'], { encoding: 'utf8' });
    assert.equal(noOut.status, 2, 'a workbook is a file, never written to the terminal');
    assert.equal(spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'export-submissions', '--data', dataDir, '--format', 'pdf'], { encoding: 'utf8' }).status, 2);
    // A workbook for Excel/WPS, with Chinese headers by default and the time received as a date cell.
    const xlsx = join(dataDir, 'export.xlsx');
    const asXlsx = spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'export-submissions', '--data', dataDir, '--format', 'xlsx', '--out', xlsx], { encoding: 'utf8', env: { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '' } });
    assert.equal(asXlsx.status, 0, asXlsx.stderr);
    assert.match(asXlsx.stderr, /1 条意见建议 → .*export\.xlsx.*切勿公开/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.worksheets[0]!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), ['编号', '收到时间', '镇（街道）', '代表', '联络站', '姓名', '电话', '意见建议内容']);
    assert.deepEqual([sheet.getCell('F2').value, sheet.getCell('G2').value, sheet.getCell('H2').value], ['张三', '13900001111', '建议增设公交站。']);
    assert.ok(sheet.getCell('B2').value instanceof Date);
  });
});
