/**
 * The message desk over real HTTP, on a real SQLite file and (with RENDA_TEST_DATABASE_URL) a
 * real PostgreSQL schema: sign-in, sessions, scope, CSRF, escaping, the loop's order, stale
 * forms, bad fields, throttling, the status lookup, export and the audit trail.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../site/content/loader.js';
import { startApi, type ApiServer } from '../../server/api.js';
import { PostgresStore } from '../../server/postgres-storage.js';
import { dropTestSchema, POSTGRES_URL, postgresSkipReason, testSchema } from '../support/postgres.js';
import { hashPassword } from '../../server/desk/passwords.js';
import type { StaffAccount } from '../../server/desk/desk-store.js';
import { FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';
import { DeskBrowser } from '../support/desk-browser.js';

const postgresSkip = await postgresSkipReason();

const PASSWORD = 'a long enough password';
const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
const FIXTURE_NOW = Date.parse(`${FIXTURE_TODAY}T10:00:00+08:00`);

for (const kind of ['sqlite', 'postgres'] as const)
  describe(`message desk against a real ${kind === 'sqlite' ? 'SQLite file' : 'PostgreSQL database'}`, { skip: kind === 'postgres' ? postgresSkip : false }, () => {
    let api: ApiServer;
    let contentDir: string;
    let origin: string;
    let clock = FIXTURE_NOW;
    const changed: string[] = [];
    const log: string[] = [];
    const schema = testSchema('desk');
    let scriptRef = '';
    let plainRef = '';
    let stationRef = '';

    const send = async (body: Record<string, unknown>) => {
      const response = await fetch(new URL('/api/submissions', origin), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ town: 'hexi', consent: true, ...body }) });
      assert.equal(response.status, 201);
      return ((await response.json()) as { submission: { reference: string } }).submission.reference;
    };
    const account = async (user: string, extra: Partial<StaffAccount> = {}) =>
      api.store.desk.addStaff({ user, town: 'hexi', role: 'clerk', passwordHash: await hashPassword(PASSWORD), createdAt: new Date(clock).toISOString(), ...extra });
    const signedIn = async (user: string) => {
      const browser = new DeskBrowser(origin);
      const answer = await browser.signIn(user, PASSWORD);
      assert.equal(answer.status, 303, answer.text);
      return browser;
    };
    const statusOf = async (reference: string) => (await api.store.desk.message(reference))?.status;

    before(async () => {
      contentDir = writeFixtureContent();
      const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
      api = await startApi({
        content: content!,
        port: 0,
        dataDir: mkdtempSync(join(tmpdir(), 'renda-desk-')),
        rateLimits: { status: { burst: 4, perMinute: 1 } },
        now: () => clock,
        log: (line) => log.push(line),
        desk: { contentDir, onContentChange: (town) => void changed.push(town) },
        ...(kind === 'postgres' ? { store: await PostgresStore.open(POSTGRES_URL!, { schema }) } : {}),
      });
      origin = new URL('/', api.url).href;
      await account('clerk');
      await account('busstation', { role: 'station', station: 'bus' });
      await account('centerstation', { role: 'station', station: 'center' });
      await account('deputy2', { role: 'deputy', deputy: 'hx-002' });
      await account('elsewhere', { town: 'other' });
      scriptRef = await send({ deputy: 'hx-001', name: "王<i>强", phone: '13812345678', body: `路灯坏了 ${PAYLOAD}` });
      plainRef = await send({ name: '李梅', phone: '13900001111', body: '东村路口路灯坏了三盏。' });
      stationRef = await send({ station: 'bus', name: '赵六', body: '流动站什么时候来？' });
    });
    after(async () => {
      await api.close();
      if (kind === 'postgres') {
        await dropTestSchema(schema);
      }
    });

    it('sends unsigned requests to sign-in and changes nothing', async () => {
      const stranger = new DeskBrowser(origin);
      for (const path of ['/staff/', `/staff/messages/${plainRef}`, '/staff/audit', '/staff/export?format=csv', '/staff/suggestions/']) {
        const page = await stranger.get(path);
        assert.equal(page.status, 303, path);
        assert.equal(page.location, '/staff/login');
      }
      const post = await stranger.post(`/staff/messages/${plainRef}`, { _csrf: 'x', action: 'decline', reason: '无' });
      assert.equal(post.status, 303);
      assert.equal(await statusOf(plainRef), 'new');
      // A made-up session cookie is no session.
      const forged = await stranger.request('GET', '/staff/', undefined, { cookie: 'renda_staff=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
      assert.equal(forged.status, 303);
    });

    it('signs in with a CSRF-protected form; a wrong password or a missing token makes no session', async () => {
      const browser = new DeskBrowser(origin);
      const form = await browser.get('/staff/login');
      assert.equal(form.status, 200);
      assert.match(form.text, /name="user"/);
      assert.match(form.text, /name="password"/);
      const noToken = await browser.post('/staff/login', { user: 'clerk', password: PASSWORD });
      assert.equal(noToken.status, 403);
      assert.ok(!browser.cookies.has('renda_staff'));
      const wrong = await browser.post('/staff/login', { _csrf: DeskBrowser.csrf(noToken), user: 'clerk', password: 'not the password' });
      assert.equal(wrong.status, 401);
      assert.match(wrong.text, /用户名或密码不对/);
      assert.ok(!browser.cookies.has('renda_staff'));
      const right = await browser.post('/staff/login', { _csrf: DeskBrowser.csrf(wrong), user: 'clerk', password: PASSWORD });
      assert.equal(right.status, 303);
      const session = right.setCookies.find((c) => c.startsWith('renda_staff='))!;
      assert.match(session, /HttpOnly/);
      assert.match(session, /SameSite=Strict/);
      assert.match(session, /Path=\/staff/);
      assert.ok(!/Secure/.test(session), 'plain http: no Secure flag');
      assert.equal((await browser.get('/staff/')).status, 200);
    });

    it('rotates the session id at sign-in: the id held before is dead after', async () => {
      const browser = await signedIn('clerk');
      const before = browser.cookies.get('renda_staff')!;
      const again = await browser.signIn('clerk', PASSWORD);
      assert.equal(again.status, 303);
      const after = browser.cookies.get('renda_staff')!;
      assert.notEqual(after, before);
      const old = await browser.request('GET', '/staff/', undefined, { cookie: `renda_staff=${before}` });
      assert.equal(old.status, 303, 'the old id signs nobody in');
      assert.equal((await browser.get('/staff/')).status, 200);
    });

    it('ends sessions after 30 idle minutes and on sign-out (a POST with the token)', async () => {
      const browser = await signedIn('clerk');
      clock += 31 * 60_000;
      assert.equal((await browser.get('/staff/')).status, 303);
      clock -= 31 * 60_000;
      // Busy all day: still signed out 12 hours after signing in.
      const allDay = await signedIn('clerk');
      const start = clock;
      while (clock - start < 12 * 60 * 60_000 - 20 * 60_000) {
        clock += 20 * 60_000;
        assert.equal((await allDay.get('/staff/suggestions/')).status, 200);
      }
      clock += 25 * 60_000;
      assert.equal((await allDay.get('/staff/suggestions/')).status, 303, 'the absolute limit');
      clock = start;
      const again = await signedIn('clerk');
      const token = await again.token();
      assert.equal((await again.post('/staff/logout', { _csrf: 'wrong' })).status, 403);
      assert.equal((await again.post('/staff/logout', { _csrf: token })).status, 303);
      assert.equal((await again.get('/staff/')).status, 303);
    });

    it('lists the town’s messages for the clerk, newest first, with name and phone; payloads show as text under a strict CSP', async () => {
      const clerk = await signedIn('clerk');
      const inbox = await clerk.get('/staff/');
      assert.equal(inbox.status, 200);
      const csp = inbox.headers.get('content-security-policy')!;
      assert.match(csp, /default-src 'none'/);
      assert.ok(!csp.includes('unsafe-inline'));
      assert.ok(!/<script|<img|onerror=alert\(2\)>/.test(inbox.text.replace(/<img src=x/g, '')), 'no live markup from the resident');
      assert.ok(!inbox.text.includes('<script>alert(1)</script>'));
      assert.ok(inbox.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(!/ style=/.test(inbox.text), 'no inline style attributes');
      assert.ok(inbox.text.includes('13812345678') && inbox.text.includes('李梅'));
      const order = [stationRef, plainRef, scriptRef].map((ref) => inbox.text.indexOf(ref));
      assert.ok(order[0]! < order[1]! && order[1]! < order[2]!, 'newest first');
      const page = await clerk.get(`/staff/messages/${scriptRef}`);
      assert.equal(page.status, 200);
      assert.ok(!page.text.includes('<script>alert(1)</script>'));
      assert.ok(page.text.includes('&lt;img src=x onerror=alert(2)&gt;'));
      assert.equal(await statusOf(scriptRef), 'read');
      const css = await clerk.get('/staff/desk.css');
      assert.equal(css.status, 200);
      assert.match(css.headers.get('content-type')!, /text\/css/);
    });

    it('filters by status, deputy, station, date and search; speaks English on request', async () => {
      const clerk = await signedIn('clerk');
      const unread = await clerk.get('/staff/?status=new');
      assert.ok(unread.text.includes(plainRef) && !unread.text.includes(`>${scriptRef}<`));
      const deputy = await clerk.get('/staff/?deputy=hx-001');
      assert.ok(deputy.text.includes(scriptRef) && !deputy.text.includes(plainRef));
      const station = await clerk.get('/staff/?station=bus');
      assert.ok(station.text.includes(stationRef) && !station.text.includes(plainRef));
      const search = await clerk.get(`/staff/?q=${encodeURIComponent('三盏')}`);
      assert.ok(search.text.includes(plainRef) && !search.text.includes(stationRef));
      const none = await clerk.get('/staff/?from=2099-01-01');
      assert.match(none.text, /没有符合条件的留言/);
      const english = await clerk.get('/staff/?lang=en');
      assert.match(english.text, /<html lang="en"/);
      assert.match(english.text, /Messages received/);
      assert.match((await clerk.get('/staff/')).text, /<html lang="en"/, 'the choice is remembered');
      await clerk.get('/staff/?lang=zh-CN&text=large');
      assert.match((await clerk.get('/staff/')).text, /<html lang="zh-CN" class="large"/);
    });

    it('shows a station its own and its deputies’ messages, a deputy their own, and nobody another town’s (403)', async () => {
      const bus = await signedIn('busstation');
      const busInbox = await bus.get('/staff/');
      assert.ok(busInbox.text.includes(stationRef) && !busInbox.text.includes(scriptRef) && !busInbox.text.includes(plainRef));
      assert.equal((await bus.get(`/staff/messages/${scriptRef}`)).status, 403);
      const center = await signedIn('centerstation');
      assert.ok((await center.get('/staff/')).text.includes(scriptRef), 'hx-001 is a deputy of the center station');
      const deputy = await signedIn('deputy2');
      assert.ok(!(await deputy.get('/staff/')).text.includes(scriptRef));
      assert.equal((await deputy.get(`/staff/messages/${scriptRef}`)).status, 403);
      const other = await signedIn('elsewhere');
      assert.ok(!(await other.get('/staff/')).text.includes(plainRef));
      const token = await other.token();
      const refused = await other.post(`/staff/messages/${plainRef}`, { _csrf: token, action: 'decline', reason: '不归本镇' });
      assert.equal(refused.status, 403);
      assert.equal((await other.get('/staff/audit')).status, 200, 'its own town’s audit only');
      assert.equal((await bus.get('/staff/audit')).status, 403, 'the audit trail is the clerk’s');
      assert.equal(await statusOf(plainRef), 'new');
    });

    it('refuses a signed-in POST without the session’s CSRF token, and changes nothing', async () => {
      const clerk = await signedIn('clerk');
      const missing = await clerk.post(`/staff/messages/${plainRef}`, { action: 'decline', reason: '重复' });
      assert.equal(missing.status, 403);
      assert.match(missing.text, /表单已过期或来源不明/);
      const other = await signedIn('clerk');
      const foreign = await clerk.post(`/staff/messages/${plainRef}`, { _csrf: await other.token(), action: 'decline', reason: '重复' });
      assert.equal(foreign.status, 403, 'another session’s token');
      assert.equal(await statusOf(plainRef), 'new');
    });

    it('gives oversize and malformed fields a clear message', async () => {
      const clerk = await signedIn('clerk');
      const token = await clerk.token();
      const huge = await clerk.post(`/staff/messages/${plainRef}`, { _csrf: token, action: 'decline', reason: '长'.repeat(30_000) });
      assert.equal(huge.status, 413);
      assert.match(huge.text, /太长/);
      const long = await clerk.post(`/staff/messages/${plainRef}`, { _csrf: token, action: 'decline', reason: '长'.repeat(600) });
      assert.equal(long.status, 422);
      assert.match(long.text, /“理由（留言人查询进度时能看到）”填写有误：最多500个字/);
      const empty = await clerk.post(`/staff/messages/${plainRef}`, { _csrf: token, action: 'accept', title: '', category: '道路' });
      assert.equal(empty.status, 422);
      assert.match(empty.text, /“标题”填写有误：必须填写/);
      const json = await clerk.post(`/staff/messages/${plainRef}`, '{"action":"decline"}', { 'content-type': 'application/json' });
      assert.equal(json.status, 415);
      assert.equal(await statusOf(plainRef), 'new');
    });

    it('accepts a message as a suggestion file, refuses steps out of order naming the rule, and refuses a stale form', async () => {
      const clerk = await signedIn('clerk');
      const token = await clerk.token();
      const accepted = await clerk.post(`/staff/messages/${scriptRef}`, { _csrf: token, action: 'accept', title: '路灯坏了', category: '基础设施', public: 'on' });
      assert.equal(accepted.status, 303, accepted.text);
      const id = /\/staff\/suggestions\/(d-[a-z0-9-]+)$/.exec(accepted.location!)![1]!;
      assert.equal(await statusOf(scriptRef), 'accepted');
      assert.deepEqual(changed, ['hexi']);
      const file = JSON.parse(readFileSync(join(contentDir, 'towns/hexi/suggestions', `${id}.json`), 'utf8'));
      assert.deepEqual(file.history.map((h: { stage: string }) => h.stage), ['submitted', 'accepted']);
      assert.deepEqual(file.deputies, ['hx-001']);
      assert.equal(readdirSync(join(contentDir, 'towns/hexi/suggestions')).length, 1, 'no temporary file left');

      const page = await clerk.get(accepted.location!);
      assert.equal(page.status, 200);
      assert.ok(!page.text.includes('<script>alert(1)</script>'));
      const version = /name="version" value="([^"]+)"/.exec(page.text)![1]!;
      assert.ok(page.text.includes('name="stage" value="assigned"') && !page.text.includes('name="stage" value="replied"'), 'only the steps that may come next');

      const early = await clerk.post(`/staff/suggestions/${id}`, { _csrf: token, version, stage: 'replied', date: FIXTURE_TODAY, reply: '已修好', outcome: 'A' });
      assert.equal(early.status, 409);
      assert.match(early.text, /不能记录这一步：答复之前须先转办给承办部门/);

      const assigned = await clerk.post(`/staff/suggestions/${id}`, { _csrf: token, version, stage: 'assigned', date: FIXTURE_TODAY, department: '镇建设办', coDepartments: '镇财政所，镇交通办' });
      assert.equal(assigned.status, 303, assigned.text);
      const stale = await clerk.post(`/staff/suggestions/${id}`, { _csrf: token, version, stage: 'replied', date: FIXTURE_TODAY, reply: '已修好', outcome: 'A' });
      assert.equal(stale.status, 409);
      assert.match(stale.text, /已被他人修改，请刷新/);
      const badDate = await clerk.post(`/staff/suggestions/${id}`, { _csrf: token, version: 'x', stage: 'replied', date: '2026-13-01', reply: 'x', outcome: 'A' });
      assert.equal(badDate.status, 409, 'the version is checked first');
      const again = await clerk.get(`/staff/suggestions/${id}`);
      const fresh = /name="version" value="([^"]+)"/.exec(again.text)![1]!;
      const malformedDate = await clerk.post(`/staff/suggestions/${id}`, { _csrf: token, version: fresh, stage: 'replied', date: '2026-13-01', reply: 'x', outcome: 'A' });
      assert.equal(malformedDate.status, 422);
      assert.match(malformedDate.text, /年-月-日/);
      const saved = JSON.parse(readFileSync(join(contentDir, 'towns/hexi/suggestions', `${id}.json`), 'utf8'));
      assert.equal(saved.department, '镇建设办');
      assert.deepEqual(saved.coDepartments, ['镇财政所', '镇交通办']);

      // Merging the next message into it, and a second decision on the same message refused.
      const merged = await clerk.post(`/staff/messages/${plainRef}`, { _csrf: token, action: 'merge', suggestion: id });
      assert.equal(merged.status, 303, merged.text);
      assert.equal(await statusOf(plainRef), 'merged');
      const twice = await clerk.post(`/staff/messages/${plainRef}`, { _csrf: token, action: 'decline', reason: '重复' });
      assert.equal(twice.status, 409);
      assert.deepEqual(await api.store.desk.messagesOf(id), [scriptRef, plainRef].sort());
    });

    it('merges a message into a hand-written suggestion of suggestions.json, which the desk shows but does not move on', async () => {
      const reference = await send({ name: '孙七', body: '也想要公交站。' });
      const clerk = await signedIn('clerk');
      const page = await clerk.get(`/staff/messages/${reference}`);
      assert.ok(page.text.includes('<option value="s-002">s-002 增设公交站</option>'));
      assert.ok(!page.text.includes('value="s-001"'), 's-001 is finished');
      const token = DeskBrowser.csrf(page);
      const merged = await clerk.post(`/staff/messages/${reference}`, { _csrf: token, action: 'merge', suggestion: 's-002' });
      assert.equal(merged.status, 303);
      const shown = await clerk.get('/staff/suggestions/s-002');
      assert.equal(shown.status, 200);
      assert.match(shown.text, /suggestions\.json/);
      assert.ok(!shown.text.includes('name="stage"'), 'no step forms');
      const step = await clerk.post('/staff/suggestions/s-002', { _csrf: token, version: '', stage: 'accepted', date: FIXTURE_TODAY });
      assert.equal(step.status, 409);
      const status = await new DeskBrowser(origin).get(`/status/?ref=${reference}`);
      assert.match(status.text, /当前阶段：递交/);
      assert.ok(status.text.includes('/hexi/suggestions/s-002/'));
    });

    it('answers the resident’s status lookup with stage and dates only; unknown and malformed numbers alike; rate-limited', async () => {
      const resident = new DeskBrowser(origin);
      const form = await resident.get('/status/');
      assert.equal(form.status, 200);
      const found = await resident.get(`/status/?ref=${scriptRef.toLowerCase()}`);
      assert.equal(found.status, 200);
      assert.match(found.text, /当前阶段：转办/);
      assert.ok(!found.text.includes('路灯坏了 ') && !found.text.includes('13812345678') && !found.text.includes('王&lt;i&gt;'), 'no text, name or phone');
      assert.match(found.text, /https:\/\/renda\.example\.gov\.cn\/hexi\/suggestions\/d-/);
      const unknown = await resident.get('/status/?ref=ZZZZ-ZZZZ');
      const malformed = await resident.get('/status/?ref=%3Cscript%3E');
      assert.equal(unknown.status, 404);
      assert.equal(malformed.status, 404);
      assert.equal(unknown.text.replace(/value="[^"]*"/, ''), malformed.text.replace(/value="[^"]*"/, ''));
      assert.ok(!malformed.text.includes('<script>'));
      const limited = await resident.get('/status/?ref=ZZZZ-ZZZY');
      assert.equal(limited.status, 429);
      assert.match(limited.text, /查询太频繁/);
    });

    it('declines with a reason the resident sees', async () => {
      const clerk = await signedIn('clerk');
      const declined = await clerk.post(`/staff/messages/${stationRef}`, { _csrf: await clerk.token(), action: 'decline', reason: '已转流动站日程表' });
      assert.equal(declined.status, 303);
      assert.equal(await statusOf(stationRef), 'declined');
    });

    it('exports the inbox as CSV, xlsx and JSON for staff, and records every action without message text or contact data', async () => {
      const clerk = await signedIn('clerk');
      const csv = await clerk.get('/staff/export?format=csv');
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-disposition')!, /attachment; filename="messages-hexi-/);
      assert.ok(csv.text.includes('13812345678') && csv.text.includes('merged'));
      const xlsx = await fetch(new URL('/staff/export?format=xlsx', origin), { headers: { cookie: `renda_staff=${clerk.cookies.get('renda_staff')}` } });
      assert.equal(xlsx.status, 200);
      assert.equal(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
      const json = JSON.parse((await clerk.get('/staff/export?format=json&status=declined')).text) as { notice: string; messages: { reference: string; contactErasedFrom: string }[] };
      assert.deepEqual(json.messages.map((m) => m.reference), [stationRef]);
      assert.equal(json.messages[0]!.contactErasedFrom, '2027-05-19', '180 days after the decline');
      assert.match(json.notice, /erased on contactErasedFrom, 180 days after/);
      assert.match(csv.text, /,open\r\n/, 'an open case: erased once it ends');
      assert.equal((await clerk.get('/staff/export?format=exe')).status, 400);

      const audit = await clerk.get('/staff/audit');
      assert.equal(audit.status, 200);
      for (const action of ['登录', '登录失败', '受理', '合并', '不予受理', '记录办理步骤', '导出留言', '查看留言', '退出登录']) assert.ok(audit.text.includes(`<td>${action}</td>`), action);
      const trail = await api.store.desk.audit('hexi');
      assert.ok(trail.every((e) => e.address && e.user && e.at));
      const everything = JSON.stringify(trail);
      for (const secret of ['路灯坏了 ', '13812345678', '13900001111', '李梅', '赵六', PASSWORD]) assert.ok(!everything.includes(secret), secret);
      for (const line of log) for (const secret of ['13812345678', '李梅', PASSWORD, scriptRef]) assert.ok(!line.includes(secret), line);
    });

    it('keeps group robots per town and erases contact data on request (the store both drivers share)', async () => {
      const desk = api.store.desk;
      assert.equal(await desk.addWebhook({ town: 'hexi', url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k1', station: 'bus' }), true);
      assert.equal(await desk.addWebhook({ town: 'hexi', url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k1' }), false, 'once per town');
      assert.deepEqual(await desk.webhooks('hexi'), [{ town: 'hexi', url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k1', station: 'bus' }]);
      assert.equal(await desk.removeWebhook('hexi', 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k1'), true);
      assert.deepEqual(await desk.webhooks('hexi'), []);
      assert.equal(await desk.eraseContact(stationRef, '流动站什么时候来？'), true);
      assert.equal(await desk.eraseContact(stationRef, '流动站什么时候来？'), false, 'once');
      const erased = (await desk.message(stationRef))!;
      assert.equal(erased.name, '');
      assert.equal(erased.phone, undefined);
      const clerk = await signedIn('clerk');
      assert.match((await clerk.get(`/staff/messages/${stationRef}`)).text, /（已按期删除）/);
    });

    it('slows password guessing per account and per address, with a clear message, and lets the account in again later', async () => {
      const guesser = new DeskBrowser(origin);
      for (let i = 0; i < 5; i++) assert.equal((await guesser.signIn('deputy2', 'wrong password!')).status, 401);
      const held = await guesser.signIn('deputy2', PASSWORD);
      assert.equal(held.status, 429);
      assert.match(held.text, /登录尝试次数过多.*分钟后再试/);
      assert.ok(!guesser.cookies.has('renda_staff'));
      clock += 60_000;
      assert.equal((await guesser.signIn('deputy2', PASSWORD)).status, 303, 'the wait ends by itself');
      clock += 16 * 60_000;
      for (let i = 0; i < 20; i++) await guesser.signIn(`nobody${i}`, 'wrong password!');
      assert.equal((await guesser.signIn('clerk', PASSWORD)).status, 429, 'an address trying many accounts waits too');
      clock += 16 * 60_000;
      assert.equal((await guesser.signIn('clerk', PASSWORD)).status, 303);
    });
  });

describe('message desk behind an https proxy (--trust-proxy)', () => {
  it('marks the session cookie Secure when the forwarded scheme is https', async () => {
    const contentDir = writeFixtureContent();
    const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
    const api = await startApi({ content: content!, port: 0, dataDir: mkdtempSync(join(tmpdir(), 'renda-desk-')), rateLimits: false, trustProxy: true, log: () => {}, desk: { contentDir } });
    try {
      await api.store.desk.addStaff({ user: 'clerk', town: 'hexi', role: 'clerk', passwordHash: await hashPassword(PASSWORD), createdAt: new Date().toISOString() });
      const browser = new DeskBrowser(new URL('/', api.url).href);
      const https = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' };
      const form = await browser.request('GET', '/staff/login', undefined, https);
      const signedIn = await browser.request('POST', '/staff/login', { _csrf: DeskBrowser.csrf(form), user: 'clerk', password: PASSWORD }, https);
      assert.equal(signedIn.status, 303);
      assert.match(signedIn.setCookies.find((c) => c.startsWith('renda_staff='))!, /; Secure/);
      const trail = await api.store.desk.audit('hexi');
      assert.equal(trail[0]!.address, '203.0.113.9');
      // A stranger guessing the clerk's password holds back only the stranger.
      const stranger = new DeskBrowser(new URL('/', api.url).href);
      const from = { 'x-forwarded-for': '198.51.100.7' };
      for (let i = 0; i < 6; i++) {
        const form = await stranger.request('GET', '/staff/login', undefined, from);
        await stranger.request('POST', '/staff/login', { _csrf: DeskBrowser.csrf(form), user: 'clerk', password: 'guess guess guess' }, from);
      }
      const held = await stranger.request('GET', '/staff/login', undefined, from);
      assert.equal((await stranger.request('POST', '/staff/login', { _csrf: DeskBrowser.csrf(held), user: 'clerk', password: PASSWORD }, from)).status, 429);
      const owner = new DeskBrowser(new URL('/', api.url).href);
      const own = await owner.request('GET', '/staff/login', undefined, https);
      assert.equal((await owner.request('POST', '/staff/login', { _csrf: DeskBrowser.csrf(own), user: 'clerk', password: PASSWORD }, https)).status, 303, 'the clerk is not locked out');
    } finally {
      await api.close();
    }
  });
});
