/**
 * `renda build` over its previous output renders only the towns whose content, settings, day or
 * renda-kit changed, and what it leaves equals a clean build byte for byte.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSites } from '../../site/build.js';
import { buildStamp, townKey } from '../../site/building/fingerprint.js';
import { readRecords } from '../../site/building/records.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { editJson, FIXTURE_TODAY } from '../support/content-fixture.js';
import { folderDifferences, modificationTimes } from '../support/folders.js';

describe('incremental build', () => {
  const root = mkdtempSync(join(tmpdir(), 'renda-incremental-'));
  const content = join(root, 'content');
  const out = join(root, '_site');
  let demo: string;

  before(async () => {
    demo = await demoSite();
    cpSync(demoContentDir, content, { recursive: true });
    cpSync(demo, out, { recursive: true, preserveTimestamps: true });
  });

  it('renders nothing when nothing changed, and leaves every town file as it was', async () => {
    const before = modificationTimes(out, ['chunlan/', 'fengquan/', 'en/chunlan/', 'en/fengquan/']);
    assert.ok(before.size > 500, `the demo towns have their pages (${before.size})`);
    const result = await buildSites({ contentDir: content, outDir: out, today: FIXTURE_TODAY });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 2)));
    assert.deepEqual(result.rendered, []);
    assert.deepEqual(result.reused, ['chunlan', 'fengquan']);
    assert.deepEqual(modificationTimes(out, ['chunlan/', 'fengquan/', 'en/chunlan/', 'en/fengquan/']), before, 'no town file was written again');
    assert.deepEqual(folderDifferences(out, demo), [], 'the output is still byte for byte the clean build');
  });

  it('after one town changes, renders that town only, and the result equals a clean build', async () => {
    editJson(content, 'towns/chunlan/town.json', (town) => {
      town.intro = `${town.intro ?? ''}（增量构建测试：新的一句）`;
    });
    const untouched = modificationTimes(out, ['fengquan/', 'en/fengquan/']);
    const result = await buildSites({ contentDir: content, outDir: out, today: FIXTURE_TODAY });
    assert.ok(result.ok);
    assert.deepEqual(result.rendered, ['chunlan']);
    assert.deepEqual(result.reused, ['fengquan']);
    assert.deepEqual(modificationTimes(out, ['fengquan/', 'en/fengquan/']), untouched, "the other town's files were not written");
    const clean = join(root, 'clean');
    assert.ok((await buildSites({ contentDir: content, outDir: clean, today: FIXTURE_TODAY, fresh: true })).ok);
    assert.deepEqual(folderDifferences(out, clean), []);
    rmSync(clean, { recursive: true, force: true });
  });

  it('after a town is removed from the content, its pages and record leave the output', async () => {
    rmSync(join(content, 'towns', 'fengquan'), { recursive: true });
    const result = await buildSites({ contentDir: content, outDir: out, today: FIXTURE_TODAY });
    assert.ok(result.ok);
    assert.deepEqual(result.rendered, []);
    assert.deepEqual(result.reused, ['chunlan']);
    assert.equal(existsSync(join(out, 'fengquan')), false);
    assert.equal(existsSync(join(out, 'en', 'fengquan')), false);
    assert.deepEqual([...readRecords(out).keys()], ['chunlan']);
    const clean = join(root, 'clean-one');
    assert.ok((await buildSites({ contentDir: content, outDir: clean, today: FIXTURE_TODAY })).ok);
    assert.deepEqual(folderDifferences(out, clean), [], 'the front page, sitemap and records list the one town left');
  });

  it("reports a kept town's warnings from its record, without loading it again", async () => {
    const dir = join(root, 'warned');
    const built = join(root, 'warned-site');
    cpSync(demoContentDir, dir, { recursive: true });
    editJson(dir, 'towns/fengquan/deputies.json', (file) => {
      file.deputies[0].bio = `${file.deputies[0].bio ?? ''} 联系电话13912345678`;
    });
    const first = await buildSites({ contentDir: dir, outDir: built, today: FIXTURE_TODAY, jobs: 2 });
    assert.ok(first.ok, JSON.stringify(!first.ok && first.problems.slice(0, 2)));
    const warned = first.warnings.filter((w) => w.file === 'towns/fengquan/deputies.json');
    assert.equal(warned.length, 1, 'the mobile number in the bio is warned about once');
    const again = await buildSites({ contentDir: dir, outDir: built, today: FIXTURE_TODAY, jobs: 2 });
    assert.ok(again.ok);
    assert.deepEqual(again.rendered, [], 'nothing was loaded or rendered');
    assert.deepEqual(again.warnings, first.warnings, 'the same warnings, in the same order');
    rmSync(dir, { recursive: true, force: true });
    rmSync(built, { recursive: true, force: true });
  });

  it('checks every town in the pool and reports all their problems at once, leaving the output alone', async () => {
    const dir = join(root, 'broken');
    cpSync(demoContentDir, dir, { recursive: true });
    for (const slug of ['chunlan', 'fengquan'])
      editJson(dir, `towns/${slug}/town.json`, (town) => {
        town.congress.term = '第十八届';
      });
    const before = modificationTimes(out, ['chunlan/', 'fengquan/']);
    for (const jobs of [1, 2]) {
      const result = await buildSites({ contentDir: dir, outDir: out, today: FIXTURE_TODAY, jobs, fresh: true });
      assert.equal(result.ok, false);
      const files = new Set(!result.ok ? result.problems.map((p) => p.file) : []);
      for (const file of ['towns/chunlan/town.json', 'towns/fengquan/town.json']) assert.ok(files.has(file), `${file} is reported with ${jobs} job(s): ${[...files].join(', ')}`);
    }
    assert.deepEqual(modificationTimes(out, ['chunlan/', 'fengquan/']), before, 'the output was not touched');
    rmSync(dir, { recursive: true, force: true });
  });

  it("keys a town's output by its files, the site's settings, the day and renda-kit", () => {
    const site = { title: '测试', baseUrl: 'https://example.org/', defaultLocale: 'zh-CN' } as never;
    const town = join(demoContentDir, 'towns', 'chunlan');
    const key = townKey(buildStamp(site, FIXTURE_TODAY), town);
    assert.equal(townKey(buildStamp(site, FIXTURE_TODAY), town), key, 'the same inputs, the same key');
    assert.notEqual(townKey(buildStamp(site, '2026-11-21'), town), key, 'another day');
    assert.notEqual(townKey(buildStamp({ ...(site as object), title: '另一个' } as never, FIXTURE_TODAY), town), key, 'other settings');
    assert.notEqual(townKey({ ...buildStamp(site, FIXTURE_TODAY), version: '0.0.0-other' }, town), key, 'another renda-kit');
    assert.notEqual(townKey(buildStamp(site, FIXTURE_TODAY), join(demoContentDir, 'towns', 'fengquan')), key, 'another town');
  });
});
