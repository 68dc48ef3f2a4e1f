/**
 * `renda build --shard K/N` on N machines, the outputs gathered in one folder, then `renda build
 * --finish`: byte for byte the single full build, with 2 and with 3 shards.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSites, finishSites } from '../../site/build.js';
import { parseShard, shardOfTown } from '../../site/building/shards.js';
import { RECORDS_FOLDER } from '../../site/building/records.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';
import { filesIn, folderDifferences } from '../support/folders.js';

const renda = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });

describe('sharded build', () => {
  const root = mkdtempSync(join(tmpdir(), 'renda-shards-'));
  let demo: string;
  before(async () => {
    demo = await demoSite();
  });

  it('2 shards built through the API, gathered and finished, equal the full build', async () => {
    const gathered = join(root, 'two');
    for (const index of [1, 2]) {
      const out = join(root, `two-${index}`);
      const result = await buildSites({ contentDir: demoContentDir, outDir: out, today: FIXTURE_TODAY, shard: { index, count: 2 } });
      assert.ok(result.ok);
      assert.ok(!filesIn(out).includes('sitemap.xml') && !filesIn(out).includes('index.html'), 'a shard writes no site-wide file');
      cpSync(out, gathered, { recursive: true });
    }
    const finished = finishSites({ contentDir: demoContentDir, outDir: gathered });
    assert.ok(finished.ok, JSON.stringify(finished));
    assert.deepEqual(folderDifferences(gathered, demo), []);
  });

  it('3 shards built by the command line, gathered and finished, equal the full build', () => {
    const gathered = join(root, 'three');
    for (const index of [1, 2, 3]) {
      const out = join(root, `three-${index}`);
      const run = renda('build', '--content', demoContentDir, '--out', out, '--today', FIXTURE_TODAY, '--shard', `${index}/3`, '--jobs', '1');
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`--shard ${index}/3`));
      cpSync(out, gathered, { recursive: true });
    }
    const finish = renda('build', '--content', demoContentDir, '--out', gathered, '--finish');
    assert.equal(finish.status, 0, finish.stderr);
    assert.match(finish.stdout, /2 个镇已齐/);
    assert.deepEqual(folderDifferences(gathered, demo), []);
  });

  it('--finish refuses, writing nothing, when a town is missing or was built for another day', () => {
    const partial = join(root, 'partial');
    cpSync(join(root, 'three-1'), partial, { recursive: true });
    const slugs = ['chunlan', 'fengquan'];
    const missing = slugs.filter((slug) => shardOfTown(slug, 3) !== 1);
    const before = filesIn(partial);
    const result = finishSites({ contentDir: demoContentDir, outDir: partial });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.problems.some((p) => missing.every((slug) => p.found?.includes(slug))), JSON.stringify(result));
    assert.deepEqual(filesIn(partial), before, 'nothing written');

    const mixed = join(root, 'mixed');
    cpSync(join(root, 'three'), mixed, { recursive: true });
    const recordFile = join(mixed, RECORDS_FOLDER, 'chunlan.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    record.stamp.today = '2026-11-19';
    writeFileSync(recordFile, JSON.stringify(record));
    const run = renda('build', '--content', demoContentDir, '--out', mixed, '--finish');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /不是用同一份设置、同一天或同一版本/);
    assert.match(run.stderr, /chunlan/);
    rmSync(mixed, { recursive: true, force: true });
  });

  it('gives each town one shard, by its name alone, and refuses a malformed --shard', () => {
    assert.deepEqual(parseShard('3/8'), { index: 3, count: 8 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '']) assert.equal(parseShard(bad), undefined, bad);
    const slugs = Array.from({ length: 400 }, (_, i) => `town-${i}`);
    const counts = [0, 0, 0, 0];
    for (const slug of slugs) counts[shardOfTown(slug, 4) - 1]!++;
    assert.ok(counts.every((n) => n > 70 && n < 130), `shares are even: ${counts}`);
    assert.equal(shardOfTown('chunlan', 4), shardOfTown('chunlan', 4));
    const run = renda('build', '--content', demoContentDir, '--out', join(root, 'never'), '--shard', '4/3');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--shard 应写成/);
    const both = renda('build', '--content', demoContentDir, '--out', join(root, 'never'), '--shard', '1/3', '--finish');
    assert.equal(both.status, 2);
  });
});
