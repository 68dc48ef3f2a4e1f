import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSites } from '../../site/build.js';
import { copyContent, editJson, FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A fingerprint of a whole folder: names, contents and modification times. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) {
    const path = join(dir, file);
    hash.update(file).update(readFileSync(path)).update(String(statSync(path).mtimeMs));
  }
  return hash.digest('hex');
}

const read = (out: string, path: string) => readFileSync(join(out, path), 'utf8');

describe('renda build of a small town', () => {
  const content = writeFixtureContent();
  const out = join(mkdtempSync(join(tmpdir(), 'renda-out-')), '_site');
  let files: string[];

  before(async () => {
    const result = await buildSites({ contentDir: content, outDir: out, today: FIXTURE_TODAY });
    assert.ok(result.ok, JSON.stringify(result));
    files = listFiles(out);
  });

  it('writes every page type and the open data', () => {
    for (const path of [
      'index.html',
      '404.html',
      'hexi/index.html',
      'hexi/deputies/index.html',
      'hexi/deputies/hx-001/index.html',
      'hexi/stations/index.html',
      'hexi/stations/center/index.html',
      'hexi/suggestions/index.html',
      'hexi/suggestions/s-001/index.html',
      'hexi/votes/index.html',
      'hexi/news/index.html',
      'hexi/news/2026-01-session/index.html',
      'hexi/pages/questioning/index.html',
      'hexi/data/index.html',
      'hexi/data/deputies.json',
      'hexi/data/deputies/hx-001.json',
      'hexi/data/suggestions.json',
      'assets/site.css',
      'assets/renda-embed.js',
    ])
      assert.ok(files.includes(path), `missing ${path}`);
  });

  it('server-renders the deputy code with the deputy’s absolute URL', () => {
    const page = read(out, 'hexi/deputies/hx-001/index.html');
    assert.match(page, /<h1 slot="name">陈立群<\/h1>/, 'the page’s own heading, placed in the card');
    assert.match(page, /<renda-qr-code[^>]*value="https:\/\/renda\.example\.gov\.cn\/hexi\/deputies\/hx-001\/"/);
    assert.match(page, /<template shadowroot(mode)?="open"/);
    assert.match(page, /<path [^>]*d="M/);
  });

  it('links pages relatively so the site works in any folder', () => {
    const page = read(out, 'hexi/deputies/hx-001/index.html');
    assert.match(page, /href="\.\.\/\.\.\/\.\.\/assets\/site\.css"/);
    assert.match(page, /href="\.\.\/\.\.\/stations\/center\/"/);
  });

  it('publishes nothing private: no private item, no submitter name, no phone number', () => {
    assert.ok(!files.some((f) => f.includes('s-003')));
    for (const file of files.filter((f) => /\.(html|json)$/.test(f))) {
      const text = read(out, file);
      assert.ok(!text.includes('邻里纠纷') && !text.includes('330183199001011234'), `private item leaked into ${file}`);
      assert.ok(!text.includes('王建国') && !text.includes('13812345678'), `personal data leaked into ${file}`);
    }
    const data = JSON.parse(read(out, 'hexi/data/suggestions.json'));
    assert.deepEqual(data.suggestions.map((s: { id: string }) => s.id), ['s-001', 's-002']);
    assert.equal(data.suggestions[0].submitter, '王先生');
  });

  it('escapes content and never passes raw HTML through', () => {
    const news = read(out, 'hexi/news/2026-01-session/index.html');
    assert.ok(!news.includes('<script>alert'));
    assert.match(news, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('shows the ballot with the absolute-majority rule', () => {
    const votes = read(out, 'hexi/votes/index.html');
    assert.match(votes, /赞成票超过全体代表半数（26 票）/);
    assert.match(votes, /道路改造[\s\S]*当选/);
    assert.match(votes, /卫生室改造[\s\S]*未通过/);
  });

  it('publishes a sitemap of absolute page URLs, robots.txt and a news feed', () => {
    const sitemap = read(out, 'sitemap.xml');
    assert.match(sitemap, /<loc>https:\/\/renda\.example\.gov\.cn\/hexi\/deputies\/hx-001\/<\/loc>/);
    assert.doesNotMatch(sitemap, /\.json<|404\.html|\/print\//);
    assert.match(read(out, 'robots.txt'), /^Sitemap: https:\/\/renda\.example\.gov\.cn\/sitemap\.xml$/m);
    const feed = read(out, 'hexi/news/feed.xml');
    assert.match(feed, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    assert.equal(feed.match(/<entry>/g)?.length, 1);
    assert.match(feed, /<id>https:\/\/renda\.example\.gov\.cn\/hexi\/news\/2026-01-session\/<\/id>/);
    assert.match(feed, /<updated>2026-01-15T00:00:00\+08:00<\/updated>/);
    // The article's HTML travels escaped; the raw <script> of the Markdown never appears unescaped.
    assert.match(feed, /<content type="html">&lt;p&gt;/);
    assert.doesNotMatch(feed, /<script>/);
  });

  it('shows the next reception computed from the rules', () => {
    const station = read(out, 'hexi/stations/center/index.html');
    assert.match(station, /每月10日 接待日/);
    assert.match(station, /下次接待<\/dt><dd><time datetime="2026-12-10">2026年12月10日<\/time>/);
  });
});

describe('renda build in batches', () => {
  it('writes the same site whether it renders in one Eleventy run or many', async () => {
    const content = writeFixtureContent();
    const whole = join(mkdtempSync(join(tmpdir(), 'renda-out-')), '_site');
    const batched = join(mkdtempSync(join(tmpdir(), 'renda-out-')), '_site');
    assert.ok((await buildSites({ contentDir: content, outDir: whole, today: FIXTURE_TODAY })).ok);
    assert.ok((await buildSites({ contentDir: content, outDir: batched, today: FIXTURE_TODAY, pagesPerBatch: 7 })).ok);
    const files = listFiles(whole);
    assert.deepEqual(listFiles(batched), files);
    for (const file of files) assert.ok(readFileSync(join(whole, file)).equals(readFileSync(join(batched, file))), `${file} differs`);
  });
});

describe('renda build is atomic', () => {
  it('a content mistake leaves the previous output exactly as it was', async () => {
    const content = writeFixtureContent();
    const out = join(mkdtempSync(join(tmpdir(), 'renda-out-')), '_site');
    const first = await buildSites({ contentDir: content, outDir: out, today: FIXTURE_TODAY });
    assert.ok(first.ok);
    const before = fingerprint(out);
    const broken = copyContent(content);
    editJson(broken, 'towns/hexi/deputies.json', (v) => (v.deputies[0].levels = ['mayor']));
    const second = await buildSites({ contentDir: broken, outDir: out, today: FIXTURE_TODAY });
    assert.equal(second.ok, false);
    assert.equal(fingerprint(out), before);
    const parent = join(out, '..');
    assert.deepEqual(readdirSync(parent), ['_site'], 'no staging folder is left behind');
  });

  it('a successful rebuild replaces the output whole', async () => {
    const content = writeFixtureContent();
    const out = join(mkdtempSync(join(tmpdir(), 'renda-out-')), '_site');
    assert.ok((await buildSites({ contentDir: content, outDir: out, today: FIXTURE_TODAY })).ok);
    editJson(content, 'towns/hexi/deputies.json', (v) => v.deputies.pop());
    editJson(content, 'towns/hexi/stations.json', (v) => (v.stations[0].deputies = []));
    assert.ok((await buildSites({ contentDir: content, outDir: out, today: FIXTURE_TODAY })).ok);
    assert.equal(existsSync(join(out, 'hexi/deputies/hx-002/index.html')), false, 'a removed deputy’s page is gone');
    assert.equal(existsSync(join(out, 'hexi/deputies/hx-001/index.html')), true);
  });
});
