/**
 * The 大会问政 and 乡长有约 pages are computed from the suggestions whose `source` says so, grouped
 * by sitting (issue 14, item 9): every such suggestion appears once, under its sitting, with who
 * asked, who answered, the answer, where it stands and the deputies' rating — never a copy that drifts.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSites } from '../../site/build.js';
import { loadContent } from '../../site/content/loader.js';
import { sittings } from '../../domain/suggestions/meetings.js';
import { formatRate, suggestionFigures } from '../../domain/suggestions/figures.js';
import { escapeHtml } from '../../domain/text/html.js';
import type { LoadedTown } from '../../domain/model.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { editJson, FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

let out: string;
let towns: LoadedTown[];
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const town = (slug: string) => towns.find((t) => t.town.slug === slug)!;
/** The sittings as the page shows them: heading, then the suggestion ids linked under it. */
function sittingsOnPage(html: string): { heading: string; ids: string[] }[] {
  return [...html.matchAll(/<section class="sitting"[^>]*>\s*<h2[^>]*>([^<]*)<\/h2>([\s\S]*?)<\/section>/g)].map(([, heading, body]) => ({
    heading: heading!,
    ids: [...body!.matchAll(/<h3><a href="[^"]*suggestions\/([^/"]+)\/">/g)].map((m) => m[1]!),
  }));
}

describe('大会问政 and 镇长有约 pages from the suggestions', () => {
  before(async () => {
    out = await demoSite();
    towns = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns;
  });

  it('大会问政: every questioning item once, under its sitting, newest sitting first', () => {
    const html = page('fengquan/questioning');
    const expected = sittings(town('fengquan').suggestions, 'questioning');
    assert.ok(expected.length >= 2);
    const shown = sittingsOnPage(html);
    assert.deepEqual(shown.map((s) => s.ids), expected.map((s) => s.items.map((i) => i.id)));
    assert.match(shown[0]!.heading, /2026年7月9日 · 镇人大年中会议大会问政环节/);
    const all = town('fengquan').suggestions.filter((s) => s.source === 'questioning');
    assert.equal(shown.flatMap((s) => s.ids).length, all.length);
    assert.match(html, /<h1>大会问政记录<\/h1>/);
    for (const item of all) {
      if (item.reply) assert.ok(html.includes(escapeHtml(item.reply)), `the answer to ${item.id}`);
      if (item.department) assert.ok(html.includes(escapeHtml(item.department)));
    }
    const rate = formatRate(suggestionFigures(all, FIXTURE_TODAY).satisfied);
    assert.ok(html.includes(`满意率${rate}`), `满意率 ${rate}`);
  });

  it('镇长有约: each meeting with its place and every deputy who took part', () => {
    const html = page('fengquan/meet-the-head');
    assert.match(html, /<h1>“镇长有约”记录<\/h1>/);
    const expected = sittings(town('fengquan').suggestions, 'meet-the-head');
    assert.equal(expected.length, 4);
    assert.deepEqual(sittingsOnPage(html).map((s) => s.ids), expected.map((s) => s.items.map((i) => i.id)));
    const stations = town('fengquan').stations;
    for (const sitting of expected) {
      const station = stations.find((s) => s.id === sitting.station)!;
      assert.ok(html.includes(`stations/${station.id}/">${station.name}</a>`));
      for (const id of sitting.deputies) assert.ok(html.includes(`deputies/${id}/">`), id);
    }
    assert.match(page('en/fengquan/meet-the-head'), /<h1>Meetings with the town head<\/h1>/);
  });

  it('a 街道: 议政代表会问政, no page for sittings it does not hold, and the suggestions page links what exists', () => {
    const html = page('chunlan/questioning');
    assert.match(html, /<h1>议政代表会问政记录<\/h1>/);
    assert.equal(sittingsOnPage(html).flatMap((s) => s.ids).length, town('chunlan').suggestions.filter((s) => s.source === 'questioning').length);
    assert.equal(existsSync(join(out, 'chunlan/meet-the-head')), false);
    const suggestions = page('chunlan/suggestions');
    assert.match(suggestions, /href="\.\.\/questioning\/">议政代表会问政记录<\/a>/);
    assert.doesNotMatch(suggestions, /meet-the-head/);
    assert.match(page('fengquan/suggestions'), /questioning\/">大会问政记录<\/a> · <a href="\.\.\/meet-the-head\/">“镇长有约”记录<\/a>/);
    // The 议政代表会 page points to the computed record instead of a hand-made table.
    assert.match(page('chunlan/pages/yizheng-daibiaohui'), /<a href="\.\.\/\.\.\/questioning\/">议政代表会问政记录<\/a>/);
  });

  it('a 乡 calls it 乡长有约; items raised the same day at the same sitting are one sitting', async () => {
    const content = writeFixtureContent();
    editJson(content, 'towns/hexi/town.json', (t) => (t.kind = 'township'));
    editJson(content, 'towns/hexi/suggestions.json', (v) => {
      for (const s of v.suggestions.slice(0, 2)) {
        s.source = 'meet-the-head';
        s.meeting = '第一期“乡长有约”活动';
        s.history[0].date = '2025-03-01';
      }
    });
    const built = join(mkdtempSync(join(tmpdir(), 'renda-meetings-')), '_site');
    const result = await buildSites({ contentDir: content, outDir: built, today: FIXTURE_TODAY });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    const html = readFileSync(join(built, 'hexi/meet-the-head/index.html'), 'utf8');
    assert.match(html, /<h1>“乡长有约”记录<\/h1>/);
    assert.deepEqual(sittingsOnPage(html).map((s) => s.heading), ['2025年3月1日 · 第一期“乡长有约”活动']);
    assert.equal(existsSync(join(built, 'hexi/questioning')), false);
  });
});
