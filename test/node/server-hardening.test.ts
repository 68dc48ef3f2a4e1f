/**
 * The participation API against clients that misbehave at the HTTP level, and `renda api --site`
 * with the site's own origin: over real sockets, storing in a real SQLite file in a temp folder.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type ApiServer } from '../../server/api.js';
import { catalogueFromSite } from '../../server/catalogue.js';
import { builtBaseUrl } from '../../cli/api-commands.js';
import { BODY_TIMEOUT_MS } from '../../server/http.js';
import { loadContent } from '../../site/content/loader.js';
import { buildSites } from '../../site/build.js';
import { OUTPUT_MARKER } from '../../site/output-folder.js';
import { FIXTURE_TODAY, repoRoot, writeFixtureContent } from '../support/content-fixture.js';
import { writeVoteFixture } from '../support/vote-fixture.js';

interface RawAnswer {
  status: number;
  headers: string;
  json: { error?: { code: string; message: string } } | undefined;
  /** Milliseconds from connecting to the end of the answer. */
  ms: number;
}

/** Writes `head`, then each of `trickle` one every `everyMs`, and reads the answer until the server closes. */
function raw(port: number, head: string, trickle: string[] = [], everyMs = 1000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(head);
      const next = () => {
        const piece = trickle.shift();
        if (piece === undefined || socket.destroyed) return;
        socket.write(piece);
        timer = setTimeout(next, everyMs);
      };
      timer = setTimeout(next, everyMs);
    });
    socket.setTimeout(30_000, () => socket.destroy(new Error('no answer in 30 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [headers = '', ...rest] = text.split('\r\n\r\n');
      let json;
      try {
        json = JSON.parse(rest.join('\r\n\r\n'));
      } catch {
        json = undefined;
      }
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), headers, json, ms: Date.now() - started });
    });
  });
}

describe('participation API: misbehaving HTTP clients get JSON answers', () => {
  let api: ApiServer;
  before(async () => {
    const { content } = loadContent(writeVoteFixture(), { today: FIXTURE_TODAY });
    api = await startApi({ content: content!, port: 0, dataDir: mkdtempSync(join(tmpdir(), 'renda-hardening-')), rateLimits: false, bodyTimeoutMs: 1000, log: () => {} });
  });
  after(() => api.close());

  it('a request without a Host header gets a JSON 400, not Node’s bare one', async () => {
    const answer = await raw(api.port, 'GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n');
    assert.equal(answer.status, 400);
    assert.match(answer.headers, /^content-type: application\/json/im);
    assert.equal(answer.json?.error?.code, 'missing-host');
    const post = await raw(api.port, 'POST /api/hexi/votes/open-poll/ballots HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}');
    assert.equal(post.status, 400);
    assert.equal(post.json?.error?.code, 'missing-host');
    // HTTP/1.0 has no Host requirement.
    assert.equal((await raw(api.port, 'GET /api/health HTTP/1.0\r\n\r\n')).status, 200);
  });

  it('a body trickling in one byte a second gets a JSON 408 when the body timeout is up, and nothing is stored', async () => {
    const body = JSON.stringify({ idempotencyKey: 'slow-key-0000000001', voter: 'slow-voter-00000001', picks: ['lights'] });
    const answer = await raw(
      api.port,
      `POST /api/hexi/votes/open-poll/ballots HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      [...body],
      1000,
    );
    assert.equal(answer.status, 408);
    assert.equal(answer.json?.error?.code, 'body-timeout');
    assert.match(answer.headers, /^content-type: application\/json/im);
    assert.match(answer.headers, /^connection: close/im);
    assert.ok(answer.ms < 3000, `answered after ${answer.ms} ms with a 1 s timeout`);
    assert.equal((await api.store.tally('hexi', 'open-poll')).ballots, 0);
    assert.equal((await raw(api.port, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).status, 200, 'still serving');
  });

  it('the body timeout is 15 s unless configured', () => {
    assert.equal(BODY_TIMEOUT_MS, 15_000);
  });

  it('a malformed request line still gets JSON', async () => {
    const answer = await raw(api.port, 'GARBAGE / HTTP/9\r\n\r\n');
    assert.equal(answer.status, 400);
    assert.equal(answer.json?.error?.code, 'bad-request');
  });
});

describe('renda api --site: the site’s own origin may call the API', () => {
  const SITE = 'https://renda.example.gov.cn';
  const out = join(mkdtempSync(join(tmpdir(), 'renda-api-site-')), '_site');
  before(async () => {
    const result = await buildSites({ contentDir: writeFixtureContent(), outDir: out, today: FIXTURE_TODAY });
    assert.ok(result.ok);
  });

  /** Runs `renda api` in its own process until it prints where it listens. */
  async function withApiProcess(args: string[], run: (url: string, stdout: string) => Promise<void>): Promise<void> {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/renda.js'), 'api', '--lang', 'en', '--port', '0', '--data', mkdtempSync(join(tmpdir(), 'renda-api-site-data-')), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const stdout = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          text += chunk;
          if (/listening on http:\/\/\S+\/api\/[\s\S]*\n/.test(text)) setTimeout(() => resolve(text), 100);
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        child.once('exit', (code) => reject(new Error(`renda api exited (${code}): ${text}`)));
      });
      await run(/listening on (http:\/\/\S+\/api\/)/.exec(stdout)![1]!, stdout);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    }
  }

  const preflight = (url: string, origin: string) => fetch(`${url}hexi/votes`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } });

  it('allows the baseUrl origin of the built site, refuses others, and listens on 127.0.0.1', async () => {
    await withApiProcess(['--site', out], async (url, stdout) => {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
      assert.doesNotMatch(stdout, /other computers/);
      const ok = await preflight(url, SITE);
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), SITE);
      const evil = await preflight(url, 'https://evil.example.com');
      assert.equal(evil.status, 403);
      assert.equal(((await evil.json()) as { error: { code: string } }).error.code, 'origin-not-allowed');
    });
  });

  it('finds the origin of a site built before the marker file, from its robots.txt', () => {
    rmSync(join(out, OUTPUT_MARKER));
    assert.equal(builtBaseUrl(out), `${SITE}/`);
    assert.equal(catalogueFromSite(out, builtBaseUrl(out)).baseUrl, `${SITE}/`);
  });

  it('--host 0.0.0.0 opens the API deliberately and says so', async () => {
    await withApiProcess(['--site', out, '--host', '0.0.0.0'], async (url, stdout) => {
      assert.match(stdout, /renda api: listening on every network interface \(--host 0\.0\.0\.0\): other computers can connect/);
      assert.equal((await fetch(`${url}health`)).status, 200);
    });
  });
});
