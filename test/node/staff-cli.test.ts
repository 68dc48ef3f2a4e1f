/** `renda staff`: accounts made, listed, reset and removed from the command line, the password on standard input. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot, writeFixtureContent } from '../support/content-fixture.js';

const PASSWORD = 'correct horse battery';

function staff(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'staff', ...args], { input, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', LANG: 'C', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('renda staff', () => {
  const content = writeFixtureContent();
  const data = mkdtempSync(join(tmpdir(), 'renda-staff-'));
  const where = ['--content', content, '--data', data];

  it('adds a clerk with the password from standard input, hashed with scrypt, never echoed', () => {
    const added = staff(['add', ...where, '--town', 'hexi', '--user', 'clerk1'], `${PASSWORD}\n`);
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /已添加账号 clerk1/);
    assert.ok(!added.out.includes(PASSWORD) && !added.err.includes(PASSWORD));
    const db = new Database(join(data, 'participation.sqlite'), { readonly: true });
    const row = db.prepare('SELECT password_hash AS hash, role FROM staff WHERE user = ?').get('clerk1') as { hash: string; role: string };
    db.close();
    assert.equal(row.role, 'clerk');
    assert.match(row.hash, /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    assert.ok(!row.hash.includes(PASSWORD));
  });

  it('adds station and deputy accounts only for a station and a deputy of the town', () => {
    assert.equal(staff(['add', ...where, '--town', 'hexi', '--user', 'st1', '--role', 'station', '--station', 'center'], PASSWORD).code, 0);
    assert.equal(staff(['add', ...where, '--town', 'hexi', '--user', 'dep1', '--role', 'deputy', '--deputy', 'hx-001'], PASSWORD).code, 0);
    const noStation = staff(['add', ...where, '--town', 'hexi', '--user', 'st2', '--role', 'station', '--station', 'nowhere'], PASSWORD);
    assert.equal(noStation.code, 1);
    assert.match(noStation.err, /没有 id 为“nowhere”的联络站/);
    assert.equal(staff(['add', ...where, '--town', 'hexi', '--user', 'st3', '--role', 'station'], PASSWORD).code, 2);
    assert.equal(staff(['add', ...where, '--town', 'hexi', '--user', 'x1', '--role', 'mayor'], PASSWORD).code, 2);
    assert.equal(staff(['add', ...where, '--town', 'nowhere', '--user', 'x2'], PASSWORD).code, 1);
  });

  it('refuses a short or missing password, a taken name and a bad name; speaks English with --lang en', () => {
    const short = staff(['add', ...where, '--town', 'hexi', '--user', 'c2', '--lang', 'en'], 'short\n');
    assert.equal(short.code, 2);
    assert.match(short.err, /too short: at least 10 characters/);
    assert.match(staff(['add', ...where, '--town', 'hexi', '--user', 'c3'], '').err, /没有读到密码/);
    assert.match(staff(['add', ...where, '--town', 'hexi', '--user', 'clerk1'], PASSWORD).err, /已存在/);
    assert.equal(staff(['add', ...where, '--town', 'hexi', '--user', '<script>'], PASSWORD).code, 2);
  });

  it('lists, resets and removes; each change is in the audit trail', () => {
    const list = staff(['list', ...where, '--town', 'hexi', '--lang', 'en']);
    assert.equal(list.code, 0, list.err);
    assert.match(list.out, /staff accounts of hexi \(3\)/);
    assert.match(list.out, /st1\tstation center/);
    assert.ok(!/scrypt/.test(list.out));
    assert.equal(staff(['reset', ...where, '--user', 'st1'], 'another long password').code, 0);
    assert.equal(staff(['remove', ...where, '--user', 'dep1']).code, 0);
    assert.equal(staff(['remove', ...where, '--user', 'dep1']).code, 1);
    const db = new Database(join(data, 'participation.sqlite'), { readonly: true });
    const actions = (db.prepare('SELECT action, target FROM desk_audit ORDER BY seq').all() as { action: string; target: string }[]).map((r) => `${r.action} ${r.target}`);
    db.close();
    assert.deepEqual(actions, ['staff-add clerk1', 'staff-add st1', 'staff-add dep1', 'staff-reset st1', 'staff-remove dep1']);
  });

  it('prints its usage', () => {
    const help = staff(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /renda staff add/);
  });
});
