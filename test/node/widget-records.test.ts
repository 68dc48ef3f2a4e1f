/**
 * Issue 17, item 6: the new record kinds in the widgets, on the built demo site. The deputy card
 * shows the year's 履职档案 in a few numbers, the station map's details the station's last
 * reception, the vote widget each chosen project's progress — the same numbers as the domain's
 * one computation, in the server-rendered HTML (no script needed) and in the data files the
 * widgets read, in both languages; and in Chromium, a selected station's details. Also the
 * year-end rating of a batch (item 3) on the votes page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadContent } from '../../site/content/loader.js';
import { dutyRecord, dutySummary, lastReception } from '../../domain/deputies/duty-record.js';
import { batchRatings, chosenProjects } from '../../domain/votes/projects.js';
import { formatRate } from '../../domain/suggestions/figures.js';
import type { LoadedTown } from '../../domain/model.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { FIXTURE_TODAY } from '../support/content-fixture.js';
import { launchChromium, serveStatic, STRICT_CSP, type StaticServer } from '../support/browser.js';

let out: string;
let fengquan: LoadedTown;
const read = (path: string) => readFileSync(join(out, path), 'utf8');
/** The text of each element with this part in server-rendered HTML: Lit's comment markers and tags stripped. */
function partText(html: string, part: string): string[] {
  return [...html.matchAll(new RegExp(`<(\\w+) [^>]*part="${part}"[^>]*>`, 'g'))].map((match) => {
    // Up to the element's own closing tag: count the same tags opened and closed inside it.
    const tag = match[1]!;
    const same = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
    same.lastIndex = match.index! + match[0].length;
    let depth = 1;
    let end = html.length;
    for (let m = same.exec(html); m && depth; m = depth ? same.exec(html) : null) {
      depth += m[0].startsWith('</') ? -1 : 1;
      end = m.index;
    }
    return html.slice(match.index! + match[0].length, end).replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  });
}

describe('the record kinds in the widgets, on the built site', () => {
  before(async () => {
    out = await demoSite();
    fengquan = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns.find((t) => t.town.slug === 'fengquan')!;
  });

  const busiest = () => fengquan.deputies.find((d) => fengquan.receptions.filter((r) => r.deputies.includes(d.id) && r.date.startsWith('2026')).length >= 2)!;

  it('the deputy card on the deputy’s page shows this year’s record in a few numbers, linked to the 履职档案, in zh-CN and en', () => {
    const deputy = busiest();
    const summary = dutySummary(dutyRecord(deputy.id, fengquan, FIXTURE_TODAY, fengquan.town.congress.termStart), 2026);
    assert.ok(summary.receptions >= 2);
    const zh = read(`fengquan/deputies/${deputy.id}/index.html`);
    assert.deepEqual(partText(zh, 'record'), [`2026年履职 进站接待${summary.receptions}次，接待群众${summary.residentsMet}人次，建议${summary.suggestions}件，参加活动${summary.activities}次 查看履职档案`]);
    assert.match(zh, /<a class="record__link" href="\.\/#duty-record-title">/);
    assert.match(zh, /<h2 id="duty-record-title">/, 'the link lands on the record');
    const en = read(`en/fengquan/deputies/${deputy.id}/index.html`);
    assert.deepEqual(partText(en, 'record'), [`Work in 2026 receptions: ${summary.receptions} · residents met: ${summary.residentsMet} · suggestions: ${summary.suggestions} · activities: ${summary.activities} The full record of duties`]);
  });

  it('the deputy’s data file (what `<renda-deputy-card src>` reads) carries the same summary', () => {
    const deputy = busiest();
    const summary = dutySummary(dutyRecord(deputy.id, fengquan, FIXTURE_TODAY, fengquan.town.congress.termStart), 2026);
    const file = JSON.parse(read(`fengquan/data/deputies/${deputy.id}.json`));
    assert.deepEqual(file.dutySummary, summary);
  });

  it('stations.json and the stations page’s map data give each station its last reception, deputies named', () => {
    const names = new Map(fengquan.deputies.map((d) => [d.id, d.name]));
    const expected = fengquan.stations.map((s) => {
      const last = lastReception(fengquan.receptions, s.id, FIXTURE_TODAY);
      return last ? { date: last.date, residents: last.residents, deputies: last.deputies.map((id) => ({ id, name: names.get(id) })) } : undefined;
    });
    assert.ok(expected.filter(Boolean).length >= 3, 'the demo has stations with receptions');
    const file = JSON.parse(read('fengquan/data/stations.json'));
    assert.deepEqual(file.stations.map((s: { lastReception?: unknown }) => s.lastReception), expected);
    for (const path of ['fengquan/stations/index.html', 'en/fengquan/stations/index.html']) {
      const island = JSON.parse(/<renda-station-map[\s\S]*?<script type="application\/json">(.*?)<\/script>/s.exec(read(path))![1]!);
      assert.deepEqual(island.stations.map((s: { lastReception?: unknown }) => s.lastReception), expected, path);
    }
  });

  it('the votes page’s 票决 shows each chosen project’s progress as the domain computes it, in zh-CN and en', () => {
    const standings = chosenProjects(fengquan.votes, FIXTURE_TODAY);
    assert.ok(standings.some((s) => s.completed) && standings.some((s) => !s.completed && s.percent !== undefined));
    const zh = partText(read('fengquan/votes/index.html'), 'progress');
    const en = partText(read('en/fengquan/votes/index.html'), 'progress');
    assert.equal(zh.length, standings.length, 'one progress per chosen project, none for the others');
    assert.equal(en.length, standings.length);
    const running = standings.find((s) => !s.completed && s.percent !== undefined && s.latest?.milestone)!;
    const [y, m, d] = running.latest!.date.split('-').map(Number);
    assert.ok(zh.includes(`项目进展 进度${running.percent}% · ${y}年${m}月${d}日：${running.latest!.milestone}`), zh.join('\n'));
    assert.ok(en.some((text) => text.startsWith(`Progress ${running.percent}% done`)), en.join('\n'));
  });
});

describe('the station map’s details in Chromium: the last reception', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    out = await demoSite();
    fengquan ??= loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns.find((t) => t.town.slug === 'fengquan')!;
    server = await serveStatic(out, { csp: STRICT_CSP });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('selecting a station shows the day, the deputies present and the residents who came', async () => {
    const station = fengquan.stations.find((s) => lastReception(fengquan.receptions, s.id, FIXTURE_TODAY))!;
    const last = lastReception(fengquan.receptions, station.id, FIXTURE_TODAY)!;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/fengquan/stations/`, { waitUntil: 'networkidle' });
    await page.locator(`renda-station-map li[data-station="${station.id}"] .station__show`).click();
    const shown = page.locator('renda-station-map [part~="last-reception"]');
    await shown.waitFor();
    const text = (await shown.textContent())!.replace(/\s+/g, '');
    const [y, m, d] = last.date.split('-').map(Number);
    const names = last.deputies.map((id) => fengquan.deputies.find((x) => x.id === id)!.name).join('、');
    assert.equal(text, `${y}年${m}月${d}日，${names}进站，来访群众${last.residents}人次`);
    assert.deepEqual(await shown.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), last.deputies.map((id) => `../deputies/${id}/`));
    await context.close();
  });
});

describe('the year-end rating of a batch on the votes page', () => {
  before(async () => {
    out = await demoSite();
  });

  for (const [slug, lang] of [['fengquan', 'zh-CN'], ['chunlan', 'en']] as const) {
    it(`${slug} (${lang}): the batch table has every chosen project with the deputies’ and residents’ 满意率 as the domain computes them; open residents’ ratings come as widgets`, () => {
      const town = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns.find((t) => t.town.slug === slug)!;
      const [batch] = batchRatings(town.votes);
      assert.ok(batch, `${slug} has a batch rating`);
      const html = read(`${lang === 'en' ? 'en/' : ''}${slug}/votes/index.html`);
      const section = new RegExp(`<section class="batch-rating" id="rating-${batch.ballot.id}"[\\s\\S]*?</table>`).exec(html)![0];
      const rows = [...section.matchAll(/<tr><th scope="row">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/th><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2], m[3]]);
      const text = (rate: { part: number; whole: number } | undefined) => (rate ? (lang === 'en' ? `${formatRate(rate)} (${rate.part.toLocaleString('en')}/${rate.whole.toLocaleString('en')})` : `${formatRate(rate)}（${rate.part.toLocaleString('en')}/${rate.whole.toLocaleString('en')}）`) : '—');
      assert.deepEqual(rows, [...batch.projects.map((p) => [p.project.name, text(p.deputiesRate), text(p.residentsRate)]), [lang === 'en' ? 'All projects' : '全部项目', text(batch.deputiesRate), text(batch.residentsRate)]]);
      assert.equal(batch.projects.length, chosenProjects(town.votes, FIXTURE_TODAY).filter((p) => p.ballot.id === batch.ballot.id).length);
      const open = batch.projects.flatMap((p) => (p.residents?.closes && Date.parse(p.residents.closes) > Date.parse(`${FIXTURE_TODAY}T12:00:00+08:00`) ? [p.residents.id] : []));
      const widgets = [...html.slice(html.indexOf(`id="rating-${batch.ballot.id}"`)).matchAll(/<section class="card vote" id="([^"]+)">(?:<!--[^>]*-->)*<renda-vote/g)].map((m) => m[1]);
      assert.deepEqual(widgets, open);
      // A batch's ratings are not repeated in the page's list of votes.
      const before = html.slice(0, html.indexOf('id="projects-title"'));
      for (const p of batch.projects) for (const r of [p.deputies, p.residents]) if (r) assert.ok(!before.includes(`id="${r.id}"`), r.id);
    });
  }

  it('fengquan: the deputies rated the whole 2025 batch, and each project card links to its rating', () => {
    const town = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns.find((t) => t.town.slug === 'fengquan')!;
    const [batch] = batchRatings(town.votes);
    assert.ok(batch!.projects.every((p) => p.deputies && p.deputies.raters === 'deputies' && p.deputiesRate));
    const html = read('fengquan/votes/index.html');
    const first = batch!.projects[0]!;
    assert.match(html, new RegExp(`<a href="#rating-${batch!.ballot.id}">年终测评：代表满意率 ${formatRate(first.deputiesRate!).replace('.', '\\.')}`));
  });
});
