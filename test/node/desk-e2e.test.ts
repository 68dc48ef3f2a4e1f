/**
 * The message desk end to end, through the real commands: `renda staff add`, `renda api --content
 * --out`, a resident's plain HTML form, the clerk's sign-in and each step of the loop, the
 * rebuilt public pages, and the resident's status lookup.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { todayInChina } from '../../domain/calendar/dates.js';
import { serveSites } from '../../cli/serve.js';
import { hashPassword } from '../../server/desk/passwords.js';
import { repoRoot, writeFixtureContent } from '../support/content-fixture.js';
import { DeskBrowser } from '../support/desk-browser.js';

const PASSWORD = 'the clerk’s long password';
const renda = join(repoRoot, 'bin/renda.js');
const env = { ...process.env, DATABASE_URL: '', LANG: 'C' };

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the message desk end to end (renda staff, renda api --content --out)', () => {
  const content = writeFixtureContent();
  const data = mkdtempSync(join(tmpdir(), 'renda-e2e-data-'));
  const out = join(mkdtempSync(join(tmpdir(), 'renda-e2e-out-')), 'site');
  let server: ChildProcess;
  let origin = '';
  let stdout = '';
  let reference = '';
  let suggestionId = '';
  const today = todayInChina();

  before(async () => {
    for (const args of [['--user', 'clerk'], ['--user', 'busdesk', '--role', 'station', '--station', 'bus']]) {
      const added = spawnSync(process.execPath, [renda, 'staff', 'add', '--content', content, '--data', data, '--town', 'hexi', ...args], { input: `${PASSWORD}\n`, encoding: 'utf8', env });
      assert.equal(added.status, 0, added.stderr);
    }
    server = spawn(process.execPath, [renda, 'api', '--content', content, '--out', out, '--data', data, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const api = await until('the API to listen', () => /(?:listening on|在) (http:\/\/[^\s]+\/api\/)/.exec(stdout)?.[1]);
    origin = new URL('/', api).href;
  });
  after(() => {
    server?.kill('SIGTERM');
  });

  it('takes a resident’s message from the plain HTML form and links the status lookup from the thank-you page', async () => {
    const form = new URLSearchParams({ town: 'hexi', deputy: 'hx-001', name: '王建国', phone: '13812345678', body: '东村路口路灯坏了三盏，晚上很黑。<b>急</b>', consent: 'on' });
    const response = await fetch(new URL('/api/submissions', origin), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    const page = await response.text();
    assert.equal(response.status, 200, page);
    reference = /class="reference">([0-9A-Z]{4}-[0-9A-Z]{4})</.exec(page)![1]!;
    assert.ok(page.includes(`href="/status/?ref=${reference}"`));
    const status = await new DeskBrowser(origin).get(`/status/?ref=${reference}`);
    assert.equal(status.status, 200);
    assert.match(status.text, /已收到，等待受理/);
  });

  it('shows it to the town’s clerk, and not to another station', async () => {
    const station = new DeskBrowser(origin);
    assert.equal((await station.signIn('busdesk', PASSWORD)).status, 303);
    assert.ok(!(await station.get('/staff/')).text.includes(reference));
    assert.equal((await station.get(`/staff/messages/${reference}`)).status, 403);
    const clerk = new DeskBrowser(origin);
    assert.equal((await clerk.signIn('clerk', PASSWORD)).status, 303);
    const inbox = await clerk.get('/staff/');
    assert.ok(inbox.text.includes(reference) && inbox.text.includes('13812345678'));
  });

  it('accepts it; the rebuilt public page shows the suggestion at 受理 without the resident’s name or phone', async () => {
    const clerk = new DeskBrowser(origin);
    await clerk.signIn('clerk', PASSWORD);
    const accepted = await clerk.post(`/staff/messages/${reference}`, { _csrf: await clerk.token(), action: 'accept', title: '东村路口路灯损坏', category: '基础设施', public: 'on' });
    assert.equal(accepted.status, 303, accepted.text);
    suggestionId = /\/staff\/suggestions\/(.+)$/.exec(accepted.location!)![1]!;
    const page = await until('the rebuilt suggestion page', () => {
      const file = join(out, 'hexi/suggestions', suggestionId, 'index.html');
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    });
    assert.ok(page.includes('东村路口路灯损坏'));
    assert.ok(page.includes('受理') && page.includes(today));
    assert.ok(!page.includes('王建国') && !page.includes('13812345678'));
    assert.ok(!page.includes('<b>急</b>'));
    const open = readFileSync(join(out, 'hexi/data/suggestions.json'), 'utf8');
    assert.ok(open.includes(suggestionId) && !open.includes('13812345678') && !open.includes('王建国'));
  });

  it('moves it on — assigned, replied, rated — and the public page and the status lookup follow', async () => {
    const clerk = new DeskBrowser(origin);
    await clerk.signIn('clerk', PASSWORD);
    const token = await clerk.token();
    const step = async (fields: Record<string, string>) => {
      const page = await clerk.get(`/staff/suggestions/${suggestionId}`);
      const version = /name="version" value="([^"]+)"/.exec(page.text)![1]!;
      const answer = await clerk.post(`/staff/suggestions/${suggestionId}`, { _csrf: token, version, date: today, ...fields });
      assert.equal(answer.status, 303, answer.text);
    };
    await step({ stage: 'assigned', department: '镇建设办' });
    await step({ stage: 'replied', reply: '已更换三盏路灯。', outcome: 'A' });
    await step({ stage: 'rated', satisfaction: 'satisfied' });
    const saved = JSON.parse(readFileSync(join(content, 'towns/hexi/suggestions', `${suggestionId}.json`), 'utf8'));
    assert.deepEqual(saved.history.map((h: { stage: string }) => h.stage), ['submitted', 'accepted', 'assigned', 'replied', 'rated']);
    const page = await until('the rebuilt page at 评议', () => {
      const text = readFileSync(join(out, 'hexi/suggestions', suggestionId, 'index.html'), 'utf8');
      return text.includes('已更换三盏路灯') && text.includes('满意度') ? text : undefined;
    });
    for (const word of ['转办', '答复', '评议', '镇建设办', '满意']) assert.ok(page.includes(word), word);
    const feed = readFileSync(join(out, 'hexi/suggestions/feed.xml'), 'utf8');
    assert.ok(feed.includes(suggestionId), 'the feed has the suggestion');
    assert.ok(!feed.includes('王建国') && !feed.includes('13812345678'));
    assert.ok(!page.includes('王建国') && !page.includes('13812345678'));
    const status = await new DeskBrowser(origin).get(`/status/?ref=${reference}`);
    assert.match(status.text, /当前阶段：评议/);
    assert.ok(status.text.includes(`/hexi/suggestions/${suggestionId}/`));
    assert.ok(!status.text.includes('已更换三盏路灯') && !status.text.includes('王建国'));
    assert.ok(!stdout.includes('13812345678') && !stdout.includes('王建国') && !stdout.includes(PASSWORD), 'the server log holds no personal data');
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the message desk beside renda serve', () => {
  it('signs staff in on the API port and rebuilds the served site after a staff action', async () => {
    const content = writeFixtureContent();
    const outDir = join(mkdtempSync(join(tmpdir(), 'renda-serve-desk-')), '_site');
    const served = await serveSites({ contentDir: content, outDir, port: await freePort(), apiPort: await freePort(), dataDir: mkdtempSync(join(tmpdir(), 'renda-serve-desk-data-')), log: () => {} });
    try {
      const api = served.api!;
      await api.store.desk.addStaff({ user: 'clerk', town: 'hexi', role: 'clerk', passwordHash: await hashPassword(PASSWORD), createdAt: new Date().toISOString() });
      const response = await fetch(new URL('submissions', api.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ town: 'hexi', name: '李梅', body: '村口积水', consent: true }) });
      const reference = ((await response.json()) as { submission: { reference: string } }).submission.reference;
      const clerk = new DeskBrowser(new URL('/', api.url).href);
      assert.equal((await clerk.signIn('clerk', PASSWORD)).status, 303);
      const accepted = await clerk.post(`/staff/messages/${reference}`, { _csrf: await clerk.token(), action: 'accept', title: '村口积水', category: '环境', public: 'on' });
      assert.equal(accepted.status, 303, accepted.text);
      const id = /\/staff\/suggestions\/(.+)$/.exec(accepted.location!)![1]!;
      const page = await until('the rebuilt page', () => {
        const file = join(outDir, 'hexi/suggestions', id, 'index.html');
        return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      });
      assert.ok(page.includes('村口积水') && !page.includes('李梅'));
    } finally {
      await served.close();
    }
  });
});
