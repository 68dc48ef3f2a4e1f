/**
 * `renda serve` under hostile requests: malformed escapes, traversal in every spelling, links out
 * of the output. Each gets a 400 or 404, nothing outside the output is ever sent, and the server
 * goes on serving. It listens on this computer only unless --host says otherwise.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { connect, createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSites } from '../../cli/serve.js';
import { requestPath } from '../../cli/serve-path.js';
import { loadContent } from '../../site/content/loader.js';
import { contentSecurityPolicy, REFERRER_POLICY } from '../../site/render/security.js';
import { editJson, FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** One request with the target exactly as written: no client library cleans it first. */
function raw(port: number, target: string, host = '127.0.0.1'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${target}`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body: rest.join('\r\n\r\n') });
    });
  });
}

const header = (answer: RawAnswer, name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(answer.headers)?.[1]?.trim();

describe('which request targets name a file (requestPath)', () => {
  it('takes clean paths, folders and queries', () => {
    assert.deepEqual(requestPath('/hexi/deputies/'), { ok: true, segments: ['hexi', 'deputies'], folder: true, pathname: '/hexi/deputies/', query: '' });
    assert.deepEqual(requestPath('/assets/site.css?v=1'), { ok: true, segments: ['assets', 'site.css'], folder: false, pathname: '/assets/site.css', query: '?v=1' });
    assert.deepEqual(requestPath('/%E6%9E%AB%E6%B3%89/'), { ok: true, segments: ['枫泉'], folder: true, pathname: '/%E6%9E%AB%E6%B3%89/', query: '' });
    assert.deepEqual(requestPath('/'), { ok: true, segments: [], folder: true, pathname: '/', query: '' });
  });

  it('refuses traversal, encoded separators, malformed escapes and odd targets', () => {
    for (const target of ['/..%2f..%2fetc%2fpasswd', '/%E0%A4%A', '/%', '/../x', '/a/./b', '/a//b', '/%2e%2e/x', '/a%5cb', '/a\\b', '//host/x', 'http://host/x', '*', '/%00', '/a b', '/\u00e9'])
      assert.equal(requestPath(target).ok, false, target);
    const hidden = requestPath('/.renda-build');
    assert.ok(!hidden.ok && hidden.status === 404, 'hidden files are simply not there');
  });
});

describe('renda serve under hostile requests', () => {
  const SECRET = 'SECRET-7f3a9c-outside-the-output';
  const content = writeFixtureContent();
  const root = mkdtempSync(join(tmpdir(), 'renda-hostile-'));
  const outDir = join(root, '_site');
  writeFileSync(join(root, 'SECRET.txt'), `${SECRET}\n`);
  writeFileSync(join(content, 'SECRET.txt'), `${SECRET}\n`);
  const lines: string[] = [];
  let port: number;
  let apiPort: number;
  let close: () => Promise<void>;

  before(async () => {
    apiPort = await freePort();
    const server = await serveSites({ contentDir: content, outDir, port: await freePort(), apiPort, dataDir: mkdtempSync(join(tmpdir(), 'renda-hostile-data-')), today: FIXTURE_TODAY, locale: 'en', log: (line) => lines.push(line) });
    port = server.port;
    close = server.close;
    // A link inside the output that leads out of it.
    symlinkSync(root, join(outDir, 'escape'));
    symlinkSync(join(root, 'SECRET.txt'), join(outDir, 'secret.html'));
  });
  after(() => close());

  const HOSTILE = [
    '/..%2f..%2fetc%2fpasswd',
    '/%E0%A4%A',
    '/%',
    '/%zz',
    '/%C0%AE%C0%AE/SECRET.txt',
    '/../../../etc/passwd',
    '/..',
    '/hexi/../../SECRET.txt',
    '/hexi/deputies/../../../../../../etc/passwd',
    '/%2e%2e/%2e%2e/SECRET.txt',
    '/%2e%2e%2fSECRET.txt',
    '/hexi/%2e%2e/%2e%2e/SECRET.txt',
    '/%252e%252e/SECRET.txt',
    '/..%5c..%5cSECRET.txt',
    '/..\\..\\SECRET.txt',
    '//etc/passwd',
    '/index.html%00.txt',
    '/.renda-build',
    '/escape/SECRET.txt',
    '/secret.html',
    'http://evil.example/../SECRET.txt',
    '*',
  ];

  it(`answers ${HOSTILE.length} hostile targets with 400 or 404, never a file from outside, and keeps serving`, async () => {
    for (const target of HOSTILE) {
      const answer = await raw(port, target);
      assert.ok(answer.status === 400 || answer.status === 404, `${target}: ${answer.status}`);
      assert.ok(!answer.body.includes(SECRET) && !answer.body.includes('root:x:0:0'), `${target} leaked a file from outside the output`);
    }
    const page = await raw(port, '/hexi/deputies/hx-001/');
    assert.equal(page.status, 200);
    assert.match(page.body, /陈立群/);
  });

  it('survives bytes no browser sends, and a request the HTTP parser refuses', async () => {
    for (const target of ['/\x01', '/a\tb', '/\xff\xfe', '/hexi?\xff', '/hexi?a=\x7f']) {
      const answer = await raw(port, target);
      assert.ok(answer.status === 400 || answer.status === 404, `${JSON.stringify(target)}: ${answer.status}`);
    }
    assert.equal((await raw(port, '/')).status, 200);
  });

  it('sends the pages’ security policy, nosniff and the referrer policy with every answer', async () => {
    const { content: loaded } = loadContent(content, { today: FIXTURE_TODAY });
    const policy = contentSecurityPolicy({ ...loaded!, site: { ...loaded!.site, participationApi: `http://127.0.0.1:${apiPort}/api/` } });
    for (const target of ['/hexi/', '/assets/site.css', '/no-such-page/', '/%E0%A4%A']) {
      const answer = await raw(port, target);
      if (answer.status === 400) continue;
      assert.equal(header(answer, 'content-security-policy'), policy, target);
      assert.equal(header(answer, 'x-content-type-options'), 'nosniff', target);
      assert.equal(header(answer, 'referrer-policy'), REFERRER_POLICY, target);
    }
    assert.match((await raw(port, '/hexi/')).body, /<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src 'self' http:\/\/127\.0\.0\.1:\d+;/);
  });

  it('redirects a folder without its slash, and answers the site’s 404 page for a missing one', async () => {
    const folder = await raw(port, '/hexi/deputies?x=1');
    assert.equal(folder.status, 301);
    assert.equal(header(folder, 'location'), '/hexi/deputies/?x=1');
    const missing = await raw(port, '/hexi/no-such-page/');
    assert.equal(missing.status, 404);
    assert.match(missing.body, /<html/);
  });

  it('listens on 127.0.0.1 only, and says so truthfully', async () => {
    assert.ok(lines.includes(`renda: serving http://127.0.0.1:${port}/  (Ctrl+C to stop)`), lines.join('\n'));
    assert.ok(lines.some((line) => line.startsWith(`renda: participation API at http://127.0.0.1:${apiPort}/api/`)), lines.join('\n'));
    assert.ok(!lines.some((line) => /other computers/.test(line)));
    const outside = Object.values(networkInterfaces()).flat().find((entry) => entry && !entry.internal && entry.family === 'IPv4');
    if (!outside) return; // no network address to try from
    for (const p of [port, apiPort]) await assert.rejects(raw(p, '/', outside.address), /ECONNREFUSED/, `port ${p} answers on ${outside.address}`);
  });

  it('tells open pages to reload after a good rebuild', async () => {
    const event = new Promise<string>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: '/.renda/reload', headers: { accept: 'text/event-stream' } }, (response) => {
        assert.equal(response.headers['content-type'], 'text/event-stream; charset=utf-8');
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('event: reload')) {
            response.destroy();
            resolve(text);
          }
        });
      }).on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 200));
    editJson(content, 'towns/hexi/deputies.json', (v) => (v.deputies[0].name = '陈立新'));
    assert.match(await event, /event: reload/);
    assert.match((await raw(port, '/hexi/deputies/hx-001/')).body, /陈立新/);
    assert.match((await raw(port, '/.renda/reload.js')).body, /new EventSource/);
  });
});

describe('renda serve --host', () => {
  it('opens the server to the network only when asked, and says so', async () => {
    const lines: string[] = [];
    const content = writeFixtureContent();
    const server = await serveSites({ contentDir: content, outDir: join(mkdtempSync(join(tmpdir(), 'renda-host-')), '_site'), port: await freePort(), host: '0.0.0.0', today: FIXTURE_TODAY, locale: 'en', log: (line) => lines.push(line) });
    try {
      assert.ok(lines.some((line) => /listening on every network interface \(--host 0\.0\.0\.0\): other computers can connect/.test(line)), lines.join('\n'));
      const outside = Object.values(networkInterfaces()).flat().find((entry) => entry && !entry.internal && entry.family === 'IPv4');
      if (outside) assert.equal((await raw(server.port, '/', outside.address)).status, 200);
    } finally {
      await server.close();
    }
  });
});
