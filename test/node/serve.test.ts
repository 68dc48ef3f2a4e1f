import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSites } from '../../cli/serve.js';
import { editJson, FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** As a browser navigates (fetch() would say it is a script's request, and get no live reload). */
function getPage(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'sec-fetch-mode': 'navigate' } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(body));
    }).on('error', reject);
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

describe('renda serve', () => {
  it('serves the build, rebuilds on a content change, and keeps serving the last good build on a mistake', async () => {
    const content = writeFixtureContent();
    const outDir = join(mkdtempSync(join(tmpdir(), 'renda-serve-')), '_site');
    const port = await freePort();
    const lines: string[] = [];
    const apiPort = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'renda-serve-data-'));
    const server = await serveSites({ contentDir: content, outDir, port, apiPort, dataDir, today: FIXTURE_TODAY, locale: 'en', log: (line) => lines.push(line) });
    try {
      const page = (path: string) => getPage(`http://localhost:${port}${path}`);
      await waitFor(async () => (await page('/hexi/deputies/hx-001/')).includes('陈立群'));
      // The live-reload client is an external module, which a strict CSP allows.
      assert.match(await page('/hexi/'), /<script type="module" src="\/\.renda\/reload\.js"><\/script>\n<\/head>/);

      // The participation API runs beside the site, and the local build points the widgets at it.
      const health = await fetch(`http://localhost:${apiPort}/api/health`);
      assert.equal(health.status, 200);
      assert.ok(lines.some((line) => line.includes(`participation API at http://`)));
      assert.ok(existsSync(join(dataDir, 'participation.sqlite')), 'the API stores in its data folder');
      assert.ok((await page('/hexi/deputies/hx-001/')).includes(`http://127.0.0.1:${apiPort}/api/`), 'the contact form posts to the local API');

      editJson(content, 'towns/hexi/deputies.json', (v) => (v.deputies[0].name = '陈立新'));
      await waitFor(async () => (await page('/hexi/deputies/hx-001/')).includes('陈立新'));

      editJson(content, 'towns/hexi/deputies.json', (v) => (v.deputies[0].levels = ['mayor']));
      await waitFor(async () => lines.some((line) => line.includes('still serving the last good build')));
      assert.match(await page('/hexi/deputies/hx-001/'), /陈立新/);
      assert.ok(lines.some((line) => line.includes('deputies[0] (hx-001).levels[0]')));
    } finally {
      await server.close();
    }
  });
});
