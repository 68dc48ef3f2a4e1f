/** `renda staff purge`: names and phones erased a set time after the case ended, the text kept masked, each erasure audited. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../server/sqlite-storage.js';
import { loadContent } from '../../site/content/loader.js';
import { repoRoot, writeFixtureContent } from '../support/content-fixture.js';

const write = (dir: string, id: string, history: { stage: string; date: string }[]) =>
  writeFileSync(
    join(dir, 'towns/hexi/suggestions', `${id}.json`),
    JSON.stringify({ id, title: '路灯', body: '路灯坏了，我是王建国，13812345678。', category: '基础设施', source: 'scan', submitter: '王建国', submitterGender: 'male', deputies: [], history }, null, 2),
  );

describe('renda staff purge', () => {
  it('erases contact data of cases ended more than --days ago, keeps the rest, and is audited and idempotent', async () => {
    const content = writeFixtureContent();
    const data = mkdtempSync(join(tmpdir(), 'renda-purge-'));
    mkdirSync(join(content, 'towns/hexi/suggestions'));
    write(content, 'd-old', [{ stage: 'submitted', date: '2025-01-05' }, { stage: 'accepted', date: '2025-01-06' }, { stage: 'resolved-on-site', date: '2025-02-01' }]);
    write(content, 'd-open', [{ stage: 'submitted', date: '2026-11-01' }, { stage: 'accepted', date: '2026-11-02' }]);
    const store = new SqliteStore(join(data, 'participation.sqlite'));
    const message = (reference: string, receivedAt: string) => store.addSubmission({ reference, town: 'hexi', name: '王建国', phone: '13812345678', body: '路灯坏了，我是王建国，电话13812345678。', receivedAt });
    await message('AAAA-0001', '2025-01-01T02:00:00Z');
    await message('AAAA-0002', '2025-01-05T02:00:00Z');
    await message('AAAA-0003', new Date().toISOString());
    await message('AAAA-0004', '2026-11-01T02:00:00Z');
    await store.desk.decide('AAAA-0001', { status: 'declined', reason: '不属于本镇', decidedAt: '2025-01-02T02:00:00Z' });
    await store.desk.decide('AAAA-0002', { status: 'accepted', suggestion: 'd-old', decidedAt: '2025-01-06T02:00:00Z' });
    await store.desk.decide('AAAA-0003', { status: 'declined', reason: '重复', decidedAt: new Date().toISOString() });
    await store.desk.decide('AAAA-0004', { status: 'accepted', suggestion: 'd-open', decidedAt: '2026-11-02T02:00:00Z' });
    await store.close();

    const purge = () => spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'staff', 'purge', '--content', content, '--data', data, '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
    const first = purge();
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /2 messages and 1 suggestions/);

    const db = new Database(join(data, 'participation.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT reference, name, phone, body FROM submissions ORDER BY reference').all() as { reference: string; name: string; phone: string | null; body: string }[];
    const audit = db.prepare("SELECT target, detail FROM desk_audit WHERE action = 'purge' ORDER BY seq").all() as { target: string; detail: string }[];
    db.close();
    for (const erased of rows.slice(0, 2)) {
      assert.equal(erased.name, '');
      assert.equal(erased.phone, null);
      assert.ok(!erased.body.includes('13812345678') && !erased.body.includes('王建国') && erased.body.includes('路灯坏了'), erased.body);
    }
    for (const kept of rows.slice(2)) assert.equal(kept.phone, '13812345678', `${kept.reference} is kept: its case is open or recent`);
    assert.deepEqual(audit.map((a) => a.target).sort(), ['AAAA-0001', 'AAAA-0002', 'd-old']);
    assert.ok(!JSON.stringify(audit).includes('王建国') && !JSON.stringify(audit).includes('138'));

    const old = JSON.parse(readFileSync(join(content, 'towns/hexi/suggestions/d-old.json'), 'utf8'));
    assert.equal(old.submitter, '王先生');
    assert.ok(!JSON.stringify(old).includes('王建国') && !JSON.stringify(old).includes('13812345678'));
    assert.ok(readFileSync(join(content, 'towns/hexi/suggestions/d-open.json'), 'utf8').includes('王建国'), 'an open case keeps its data');
    const { content: loaded, problems } = loadContent(content);
    assert.deepEqual(problems, []);
    assert.equal(loaded!.towns[0]!.suggestions.find((s) => s.id === 'd-old')!.submitter, '王先生', 'published as before');

    const second = purge();
    assert.match(second.stdout, /0 messages and 0 suggestions/);
  });
});
