/** Notices to group robots (WeCom/DingTalk `msgtype: text`), tested against a local receiver: retries, routing, no personal data; the digest command. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../site/content/loader.js';
import { startApi, type ApiServer } from '../../server/api.js';
import { repoRoot, writeFixtureContent } from '../support/content-fixture.js';

interface Received {
  path: string;
  body: { msgtype: string; text: { content: string } };
  answered: number;
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('notices to group robots', () => {
  const content = writeFixtureContent();
  const data = mkdtempSync(join(tmpdir(), 'renda-notices-'));
  const received: Received[] = [];
  const attempts = new Map<string, number>();
  const logged: string[] = [];
  let receiver: Server;
  let robot = '';
  let api: ApiServer;

  before(async () => {
    receiver = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        const n = (attempts.get(path) ?? 0) + 1;
        attempts.set(path, n);
        // /flaky fails twice, then takes it; /dead answers like a robot with a wrong key, forever.
        const status = path === '/flaky' && n <= 2 ? 500 : 200;
        const answer = path.startsWith('/dead') ? { errcode: 93000, errmsg: 'invalid webhook url' } : { errcode: 0, errmsg: 'ok' };
        received.push({ path, body: JSON.parse(text), answered: status });
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    robot = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
    const { content: loaded } = loadContent(content);
    api = await startApi({ content: loaded!, port: 0, dataDir: data, rateLimits: false, log: (line) => logged.push(line), desk: { contentDir: content, notices: { retryDelaysMs: [20, 40, 80] }, overdueCheckMs: 100 } });
    await api.store.desk.addWebhook({ town: 'hexi', url: `${robot}/flaky` });
    await api.store.desk.addWebhook({ town: 'hexi', url: `${robot}/bus`, station: 'bus' });
    await api.store.desk.addWebhook({ town: 'hexi', url: `${robot}/center`, station: 'center' });
    await api.store.desk.addWebhook({ town: 'hexi', url: `${robot}/dep2`, deputy: 'hx-002' });
  });
  after(async () => {
    await api.close();
    receiver.close();
  });

  const send = async (body: Record<string, unknown>) => {
    const response = await fetch(new URL('submissions', api.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ town: 'hexi', consent: true, name: '王建国', phone: '13812345678', ...body }) });
    assert.equal(response.status, 201);
    return ((await response.json()) as { submission: { reference: string } }).submission.reference;
  };

  it('tells the town’s and the right station’s robots of a new message, retrying until one takes it, with no personal data', async () => {
    const reference = await send({ deputy: 'hx-001', body: '东村路灯坏了，请回电13812345678' });
    const delivered = await until('the notice', () => received.find((r) => r.path === '/flaky' && r.answered === 200));
    assert.equal(attempts.get('/flaky'), 3, 'two failures, then delivered');
    assert.equal(delivered.body.msgtype, 'text');
    assert.match(delivered.body.text.content, new RegExp(`收到新留言，编号 ${reference}（给代表陈立群）`));
    const center = await until('the center station’s notice', () => received.find((r) => r.path === '/center'));
    assert.ok(center.body.text.content.includes(reference), 'hx-001 is a deputy of the center station');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(!received.some((r) => r.path === '/bus' || r.path === '/dep2'), 'not another station’s or deputy’s robot');
    for (const r of received) for (const secret of ['王建国', '13812345678', '路灯']) assert.ok(!r.body.text.content.includes(secret), secret);
  });

  it('gives up after the last retry, logging the robot’s host only (its address holds its key)', async () => {
    await api.store.desk.addWebhook({ town: 'hexi', url: `${robot}/dead?key=secret-key` });
    await send({ station: 'bus', body: '流动站' });
    await until('the bus robot', () => received.find((r) => r.path === '/bus'));
    await until('giving up', () => logged.find((l) => /given up/.test(l)));
    assert.equal(attempts.get('/dead?key=secret-key'), 4);
    assert.ok(!logged.some((l) => l.includes('secret-key')));
  });

  it('tells the robots once when a reply is overdue', async () => {
    mkdirSync(join(content, 'towns/hexi/suggestions'), { recursive: true });
    const late = { id: 'd-20200101-late', title: '路灯', body: '王建国 13812345678', category: '基础设施', source: 'scan', submitter: '王建国', deputies: [], station: 'bus', history: [{ stage: 'submitted', date: '2020-01-01' }, { stage: 'accepted', date: '2020-01-02' }, { stage: 'assigned', date: '2020-01-03', department: '镇建设办' }] };
    writeFileSync(join(content, 'towns/hexi/suggestions/d-20200101-late.json'), JSON.stringify(late));
    const told = await until('the overdue notice', () => received.find((r) => r.path === '/bus' && r.body.text.content.includes('d-20200101-late')));
    assert.match(told.body.text.content, /答复已逾期：镇建设办，期限 2020-04-03/);
    assert.ok(!told.body.text.content.includes('王建国') && !told.body.text.content.includes('138'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(received.filter((r) => r.path === '/bus' && r.body.text.content.includes('d-20200101-late')).length, 1, 'once');
  });

  it('sends the daily digest from the command line, and manages robots there', async () => {
    // Not spawnSync: the receiver lives in this process and must answer while the command runs.
    const cli = (...args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [join(repoRoot, 'bin/renda.js'), 'staff', ...args, '--content', content, '--data', data, '--town', 'hexi'], { env: { ...process.env, DATABASE_URL: '' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const removed = await cli('webhook', 'remove', '--url', `${robot}/dead?key=secret-key`);
    assert.equal(removed.status, 0, removed.stderr + removed.stdout);
    assert.equal((await cli('webhook', 'add', '--url', 'ftp://example.com')).status, 2);
    const list = await cli('webhook', 'list');
    assert.ok(list.stdout.includes(`${robot}/flaky`) && list.stdout.includes('station bus'));
    const before = received.length;
    const digest = await cli('digest', '--send');
    assert.equal(digest.status, 0, digest.stderr);
    assert.match(digest.stdout, /留言台每日提要/);
    assert.match(digest.stdout, /未处理的留言：2 条/);
    const sent = received.slice(before);
    assert.deepEqual(sent.map((r) => r.path), ['/flaky'], 'the town-wide robots only');
    assert.match(sent[0]!.body.text.content, /答复已逾期的建议：1 件/);
    assert.match(sent[0]!.body.text.content, /d-20200101-late：镇建设办，期限 2020-04-03/);
  });
});
