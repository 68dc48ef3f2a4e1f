/**
 * Two builds of the same content for the same day are byte for byte the same: whatever the
 * number of worker threads, and with the day given by SOURCE_DATE_EPOCH instead of --today.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDay } from '../../site/build.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';
import { folderDifferences } from '../support/folders.js';

const renda = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env } });

describe('reproducible build', () => {
  it('SOURCE_DATE_EPOCH and one job build the same bytes as --today and a pool of workers', async () => {
    const demo = await demoSite(); // built with today = FIXTURE_TODAY and the default pool
    // 2026-11-19 16:30 UTC is 2026-11-20 00:30 in China: the day is China's, not UTC's.
    const epoch = String(Date.parse('2026-11-19T16:30:00Z') / 1000);
    const out = join(mkdtempSync(join(tmpdir(), 'renda-reproducible-')), '_site');
    const run = renda({ SOURCE_DATE_EPOCH: epoch }, 'build', '--content', demoContentDir, '--out', out, '--jobs', '1');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(folderDifferences(out, demo), []);
  });

  it("reads SOURCE_DATE_EPOCH as a day in China, and --today wins over it", () => {
    assert.equal(buildDay(undefined, { SOURCE_DATE_EPOCH: String(Date.parse('2026-11-19T16:30:00Z') / 1000) }), FIXTURE_TODAY);
    assert.equal(buildDay('2025-01-02', { SOURCE_DATE_EPOCH: '0' }), '2025-01-02');
    assert.equal(buildDay(undefined, { SOURCE_DATE_EPOCH: '0' }), '1970-01-01');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a number of seconds', () => {
    const run = renda({ SOURCE_DATE_EPOCH: '2026-11-20' }, 'build', '--content', demoContentDir, '--out', join(tmpdir(), 'renda-never-built'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /SOURCE_DATE_EPOCH 应为秒数/);
  });
});
