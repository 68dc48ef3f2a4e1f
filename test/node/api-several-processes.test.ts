/**
 * Several `renda api` processes on one PostgreSQL database (issue 15 item 8), as behind a load
 * balancer: two real processes started at once on a fresh schema, the same voters' ballots sent
 * to both at the same time (the same key to both: a retry that crossed; two keys: a second
 * ballot), and a staff session made on one and used on the other. Every rule must hold across
 * them: one ballot per voter, a retry answered with the first receipt, counts equal to the
 * ballots, the desk's session and CSRF token good on either, sign-in failures counted together.
 * Skipped without
 * RENDA_TEST_DATABASE_URL.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../../server/postgres-storage.js';
import { hashPassword } from '../../server/desk/passwords.js';
import { THROTTLE } from '../../server/desk/throttle.js';
import { spawnApi, stopApi, type ApiProcess } from '../support/api-process.js';
import { DeskBrowser } from '../support/desk-browser.js';
import { dropTestSchema, POSTGRES_URL, postgresSkipReason, testSchema } from '../support/postgres.js';
import { writeVoteFixture } from '../support/vote-fixture.js';

const postgresSkip = await postgresSkipReason();
const PASSWORD = 'a long enough password';
const VOTERS = 40;
const BALLOTS = '/api/hexi/votes/open-poll/ballots';

interface Answer {
  status: number;
  body: { ballot?: { idempotencyKey: string; castAt: string }; replayed?: boolean; tally?: { ballots: number; options: { id: string; online: number }[] }; error?: { code: string } };
}

describe('several API processes on one PostgreSQL database', { skip: postgresSkip }, () => {
  const schema = testSchema('multi');
  const work = mkdtempSync(join(tmpdir(), 'renda-multi-'));
  let apis: [ApiProcess, ApiProcess];
  /** Whichever started, for the clean-up even when one did not. */
  let running: ApiProcess[] = [];
  let admin: PostgresStore;
  const origin = (i: 0 | 1) => `http://127.0.0.1:${apis[i].port}`;

  const cast = async (i: 0 | 1, ballot: { idempotencyKey: string; voter: string; picks: string[] }): Promise<Answer> => {
    const response = await fetch(origin(i) + BALLOTS, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ballot) });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };
  const voter = (n: number) => `multi-voter-${String(n).padStart(4, '0')}-xxxxxxxx`;
  const key = (n: number, which = 'a') => `multi-key-${which}-${String(n).padStart(4, '0')}-xxxxxxxx`;
  const picksOf = (n: number) => (n % 3 === 0 ? ['lights', 'canteen'] : n % 3 === 1 ? ['chargers'] : ['lights']);

  before(async () => {
    const contentDir = writeVoteFixture();
    // Both at once on a schema that does not exist yet: each creates the tables if missing.
    const started = await Promise.allSettled([0, 1].map((i) => spawnApi(contentDir, join(work, `data-${i}`), { postgres: { url: POSTGRES_URL!, schema }, deskContentDir: contentDir })));
    running = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    apis = [running[0]!, running[1]!];
    admin = await PostgresStore.open(POSTGRES_URL!, { schema });
    for (const user of ['clerk', 'guarded']) await admin.desk.addStaff({ user, town: 'hexi', role: 'clerk', passwordHash: await hashPassword(PASSWORD), createdAt: new Date().toISOString() });
  });

  after(async () => {
    await Promise.all(running.map(stopApi));
    await admin?.close();
    await dropTestSchema(schema);
    rmSync(work, { recursive: true, force: true });
  });

  it('both processes answer, on the same PostgreSQL store', async () => {
    for (const i of [0, 1] as const) {
      const health = (await (await fetch(`${origin(i)}/api/health`)).json()) as { ok: boolean; storage: string };
      assert.deepEqual(health, { ok: true, storage: 'postgres' });
    }
  });

  it('keeps one ballot per voter when the same voters vote through both at once', async () => {
    // Each voter's ballot goes to both processes at the same moment: half of them with the same
    // key (a retry that went to the other machine), half with two keys (a second ballot).
    const sent = await Promise.all(
      Array.from({ length: VOTERS }, async (_, n) => {
        const sameKey = n % 2 === 0;
        const answers = await Promise.all([
          cast(0, { idempotencyKey: key(n), voter: voter(n), picks: picksOf(n) }),
          cast(1, { idempotencyKey: key(n, sameKey ? 'a' : 'b'), voter: voter(n), picks: picksOf(n) }),
        ]);
        return { n, sameKey, answers };
      }),
    );
    for (const { n, sameKey, answers } of sent) {
      const statuses = answers.map((a) => a.status).sort();
      const stored = answers.filter((a) => a.status === 201);
      assert.equal(stored.length, 1, `voter ${n}: exactly one stored (${statuses.join(', ')})`);
      const other = answers.find((a) => a !== stored[0])!;
      if (sameKey) {
        // The crossed retry gets the same receipt, marked as a replay.
        assert.equal(other.status, 200, `voter ${n}: ${JSON.stringify(other.body)}`);
        assert.equal(other.body.replayed, true);
        assert.equal(other.body.ballot?.castAt, stored[0]!.body.ballot?.castAt);
      } else {
        assert.equal(other.status, 409, `voter ${n}: ${JSON.stringify(other.body)}`);
        assert.equal(other.body.error?.code, 'already-voted');
      }
    }
  });

  it('answers later retries through either process with the first receipt, and refuses a reused key', async () => {
    const stored = await admin.ballotByKey('hexi', 'open-poll', key(0));
    assert.ok(stored);
    for (const i of [0, 1] as const) {
      const retry = await cast(i, { idempotencyKey: key(0), voter: voter(0), picks: picksOf(0) });
      assert.equal(retry.status, 200);
      assert.equal(retry.body.replayed, true);
      assert.equal(retry.body.ballot?.castAt, stored.castAt);
    }
    const reused = await Promise.all([0, 1].map((i) => cast(i as 0 | 1, { idempotencyKey: key(2), voter: voter(9_000 + i), picks: ['chargers'] })));
    for (const answer of reused) assert.equal(answer.body.error?.code, 'idempotency-key-reused');
  });

  it('counts every ballot once: the tallies equal the stored ballots, whichever process is asked', async () => {
    const keys = await admin.ballotKeys('hexi', 'open-poll');
    assert.equal(keys.length, VOTERS, 'one ballot per voter');
    const expected = new Map<string, number>();
    for (const { picks } of keys) for (const pick of picks) expected.set(pick, (expected.get(pick) ?? 0) + 1);
    const stored = await admin.tally('hexi', 'open-poll');
    assert.equal(stored.ballots, VOTERS);
    assert.deepEqual(new Map(Object.entries(stored.counts)), expected);
    for (const i of [0, 1] as const) {
      const status = (await (await fetch(`${origin(i)}/api/hexi/votes/open-poll`)).json()) as { tally: { ballots: number; options: { id: string; online: number }[] } };
      assert.equal(status.tally.ballots, VOTERS);
      for (const option of status.tally.options) assert.equal(option.online, expected.get(option.id) ?? 0, `${option.id} via process ${i + 1}`);
    }
  });

  it('a staff session made through one process works through the other, CSRF token and sign-out included', async () => {
    const submitted = await fetch(`${origin(0)}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ town: 'hexi', consent: true, name: '李梅', body: '东村路口路灯坏了三盏。' }) });
    assert.equal(submitted.status, 201);
    const reference = ((await submitted.json()) as { submission: { reference: string } }).submission.reference;

    // The sign-in form from process 1, sent to process 2: its token is bound to a cookie, not to a process.
    const first = new DeskBrowser(origin(0));
    const form = await first.get('/staff/login');
    const second = new DeskBrowser(origin(1));
    for (const [name, value] of first.cookies) second.cookies.set(name, value);
    const signedIn = await second.post('/staff/login', { _csrf: DeskBrowser.csrf(form), user: 'clerk', password: PASSWORD });
    assert.equal(signedIn.status, 303, signedIn.text);
    for (const [name, value] of second.cookies) first.cookies.set(name, value);

    // Signed in through process 2; the inbox and the message through process 1.
    const inbox = await first.get('/staff/');
    assert.equal(inbox.status, 200);
    assert.ok(inbox.text.includes(reference), 'the message is in the inbox');
    const token = DeskBrowser.csrf(inbox);
    assert.equal((await first.get(`/staff/messages/${reference}`)).status, 200);
    // The token read through process 1 is good for a change through process 2.
    const declined = await second.post(`/staff/messages/${reference}`, { _csrf: token, action: 'decline', reason: '重复' });
    assert.equal(declined.status, 303, declined.text);
    assert.equal((await admin.desk.message(reference))?.status, 'declined');

    // Signing out through one process ends the session on both.
    assert.equal((await first.post('/staff/logout', { _csrf: token })).status, 303);
    const after = new DeskBrowser(origin(1));
    after.cookies.set('renda_staff', second.cookies.get('renda_staff')!);
    const refused = await after.get('/staff/');
    assert.equal(refused.status, 303);
    assert.equal(refused.location, '/staff/login');
  });

  it('throttles password guessing across the processes: failures through one count on the other', async () => {
    const tries = [new DeskBrowser(origin(0)), new DeskBrowser(origin(1))];
    // THROTTLE.accountFree failures, alternating between the processes: below the limit on each alone.
    for (let i = 0; i < THROTTLE.accountFree; i++) assert.equal((await tries[i % 2]!.signIn('guarded', 'not the password')).status, 401, `try ${i + 1}`);
    for (const browser of tries) {
      const held = await browser.signIn('guarded', PASSWORD);
      assert.equal(held.status, 429, 'the right password waits too, on either process');
      assert.ok(Number(held.headers.get('retry-after')) > 0);
    }
  });
});
