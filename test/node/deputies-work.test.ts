/**
 * Deputies' work in public (issue 17): reception logs per station and for the town, activities,
 * and each deputy's 履职档案 computed from the record — on the built pages and in the open data,
 * with the same numbers as the domain's one computation; and the checks of the record files.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSites } from '../../site/build.js';
import { loadContent } from '../../site/content/loader.js';
import { dutyRecord } from '../../domain/deputies/duty-record.js';
import { receptionMonths, stationReceptions } from '../../domain/deputies/reception-log.js';
import { addDays } from '../../domain/calendar/dates.js';
import { formatMonth } from '../../domain/text/format.js';
import { escapeHtml } from '../../domain/text/html.js';
import type { LoadedTown } from '../../domain/model.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { copyContent, editJson, FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

let out: string;
let fengquan: LoadedTown;
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const data = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8'));

describe('reception logs, activities and the 履职档案 on the built site', () => {
  before(async () => {
    out = await demoSite();
    fengquan = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns.find((t) => t.town.slug === 'fengquan')!;
  });

  it('the town’s receptions page lists every reception, newest first, each matter linked to the suggestion it became', () => {
    const html = page('fengquan/receptions');
    const dates = [...html.matchAll(/<li class="card reception"><h3><time datetime="([\d-]+)">/g)].map((m) => m[1]);
    assert.deepEqual(dates, fengquan.receptions.map((r) => r.date));
    assert.ok(fengquan.receptions.length >= 20);
    for (const id of fengquan.receptions.flatMap((r) => r.matters.flatMap((m) => m.suggestion ?? []))) assert.ok(html.includes(`href="../suggestions/${id}/"`), id);
    const onSite = fengquan.receptions.flatMap((r) => r.matters).find((m) => m.answer)!;
    assert.ok(html.includes(`当场答复：${escapeHtml(onSite.answer!)}`));
    assert.match(html, /<h2 id="activities">代表活动<\/h2>/);
    assert.match(page('fengquan/stations'), /<a href="\.\.\/receptions\/">进站接待记录<\/a>/);
  });

  it('the receptions page folds the log by month, the newest open, each with its totals from the domain', () => {
    const html = page('fengquan/receptions');
    const months = receptionMonths(fengquan.receptions);
    assert.ok(months.length >= 12, `a year of receptions (${months.length} months)`);
    const folds = [...html.matchAll(/<details class="reception-month"( open)?><summary><span class="reception-month__name">([^<]+)<\/span> · ([^<]+)<\/summary>/g)];
    assert.deepEqual(folds.map((m) => m[2]), months.map((m) => formatMonth(m.month, 'zh-CN')));
    assert.deepEqual(folds.map((m) => Boolean(m[1])), months.map((_, i) => i === 0), 'only the newest month is open');
    assert.deepEqual(folds.map((m) => m[3]), months.map((m) => `接待 ${m.receptions} 次，来访群众 ${m.residents} 人次，反映事项 ${m.matters} 件`));
    const en = page('en/fengquan/receptions');
    assert.ok(en.includes(`<span class="reception-month__name">${formatMonth(months[0]!.month, 'en')}</span> · ${months[0]!.receptions} receptions, ${months[0]!.residents} residents, ${months[0]!.matters} matters`));
  });

  it('the receptions page has a row per station for the last year, quiet stations included', () => {
    const html = page('fengquan/receptions');
    const rows = stationReceptions(fengquan.stations.map((s) => s.id), fengquan.receptions, addDays(FIXTURE_TODAY, -364), FIXTURE_TODAY);
    assert.equal(rows.length, fengquan.stations.length);
    for (const row of rows) {
      const name = fengquan.stations.find((s) => s.id === row.station)!.name;
      const cells = new RegExp(`<a href="\\.\\./stations/${row.station}/">${name}</a></th><td data-label="进站接待：">${row.receptions} 次</td><td data-label="接待群众：">${row.residents} 人次</td><td data-label="反映事项：">${row.matters} 件</td>`);
      assert.match(html, cells, row.station);
    }
    assert.ok(rows.every((r) => r.receptions >= 3), 'every station received residents through the year');
  });

  it('a station page shows its latest receptions and activities', () => {
    const station = fengquan.stations.find((s) => fengquan.receptions.some((r) => r.station === s.id))!;
    const html = page(`fengquan/stations/${station.id}`);
    const latest = fengquan.receptions.filter((r) => r.station === station.id).slice(0, 5);
    assert.match(html, /<h2 id="station-record">最近接待<\/h2>/);
    assert.deepEqual([...html.matchAll(/<li class="card reception"><h3><time datetime="([\d-]+)">/g)].map((m) => m[1]), latest.map((r) => r.date));
    const center = page('fengquan/stations/center');
    assert.match(center, /代表小组活动 · 联络中心站代表小组季度活动/);
  });

  it('the deputy’s 履职档案: every row as the domain computes it, on the page and in the deputy’s data file', () => {
    const deputy = fengquan.deputies.find((d) => fengquan.receptions.filter((r) => r.deputies.includes(d.id)).length >= 2)!;
    const periods = dutyRecord(deputy.id, fengquan, FIXTURE_TODAY, fengquan.town.congress.termStart);
    const html = page(`fengquan/deputies/${deputy.id}`);
    assert.match(html, /<h2 id="duty-record-title">履职档案<\/h2>/);
    const table = /<table class="data-table data-table--labelled">[\s\S]*?<\/table>/.exec(html)![0];
    const rows = [...table.matchAll(/<tr><th scope="row">([^<]+)<\/th>((?:<td[^>]*>[^<]*<\/td>)+)<\/tr>/g)].map(([, period, cells]) => [period, [...cells!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1])]);
    assert.deepEqual(rows.map(([period]) => period), periods.map((p) => (p.period === 'term' ? '本届以来' : `${p.period}年`)));
    const term = periods.at(-1)!;
    assert.deepEqual((rows.at(-1)![1] as string[]).slice(0, 4), [`${term.receptions} 次`, `${term.residentsMet} 人次`, `${term.raised} 件`, `${term.received} 件`]);
    assert.deepEqual(data(`fengquan/data/deputies/${deputy.id}.json`).dutyRecord, JSON.parse(JSON.stringify(periods)));
    assert.deepEqual(data('fengquan/data/receptions.json').receptions, JSON.parse(JSON.stringify(fengquan.receptions)));
    assert.match(page(`en/fengquan/deputies/${deputy.id}`), /Record of duties/);
  });
});

describe('receptions.json and activities.json: checked with everything else', () => {
  it('unknown references, a day in the future and repeated ids, each named where it is', () => {
    const dir = copyContent(writeFixtureContent());
    editJson(dir, 'towns/hexi/town.json', (town) => (town.slug = 'hexi2'));
    const receptions = {
      receptions: [
        { id: 'r1', station: 'centre', date: '2026-11-01', deputies: ['hx-01'], residents: 2, matters: [{ text: '路灯', suggestion: 's-999' }] },
        { id: 'r1', station: 'center', date: '2027-01-01', deputies: ['hx-001'], residents: 1, matters: [] },
      ],
    };
    const activities = { activities: [{ id: 'a1', kind: 'class', title: '代表课堂', date: '2026-05-01', deputies: ['hx-009'], station: 'nowhere' }] };
    writeFileSync(join(dir, 'towns/hexi/receptions.json'), JSON.stringify(receptions, null, 2));
    writeFileSync(join(dir, 'towns/hexi/activities.json'), JSON.stringify(activities, null, 2));
    const { content, problems } = loadContent(dir, { today: FIXTURE_TODAY, locale: 'en' });
    assert.equal(content, undefined);
    const at = (path: string) => problems.find((p) => p.file.endsWith('receptions.json') || p.file.endsWith('activities.json') ? p.path?.startsWith(path) : false);
    assert.match(at('receptions[0] (r1).station')!.message, /no station with id "centre"/);
    assert.match(at('receptions[0] (r1).station')!.fix!, /center|stations\.json/);
    assert.match(at('receptions[0] (r1).deputies[0]')!.message, /no deputy with id "hx-01"/);
    assert.match(at('receptions[0] (r1).matters[0].suggestion')!.message, /no suggestion with id "s-999"/);
    assert.match(at('receptions[1] (r1).date')!.message, /a day in the future/);
    assert.ok(problems.some((p) => /duplicate|twice|same id/i.test(p.message) && p.file.endsWith('receptions.json')), JSON.stringify(problems, null, 2));
    assert.match(at('activities[0] (a1).station')!.message, /no station with id "nowhere"/);
    assert.match(at('activities[0] (a1).deputies[0]')!.message, /no deputy with id "hx-009"/);
    assert.ok(problems.some((p) => p.file.endsWith('town.json')), 'the other files’ problems in the same run');
  });

  it('a matter that became a suggestion marked not public never leaves the build', async () => {
    const dir = copyContent(writeFixtureContent());
    editJson(dir, 'towns/hexi/suggestions.json', (v) => (v.suggestions[1].public = false));
    const hidden = JSON.parse(readFileSync(join(dir, 'towns/hexi/suggestions.json'), 'utf8')).suggestions[1].id as string;
    writeFileSync(join(dir, 'towns/hexi/receptions.json'), JSON.stringify({ receptions: [{ id: 'r1', station: 'center', date: '2026-11-01', deputies: ['hx-001'], residents: 2, matters: [{ text: '一件私事：邻里纠纷', suggestion: hidden }, { text: '路灯不亮', answer: '已当场联系电工' }] }] }, null, 2));
    const built = join(mkdtempSync(join(tmpdir(), 'renda-receptions-')), '_site');
    const result = await buildSites({ contentDir: dir, outDir: built, today: FIXTURE_TODAY });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    const published = readFileSync(join(built, 'hexi/data/receptions.json'), 'utf8');
    assert.doesNotMatch(published, /邻里纠纷/);
    assert.doesNotMatch(published, new RegExp(`"${hidden}"`));
    assert.match(published, /路灯不亮/);
    assert.doesNotMatch(readFileSync(join(built, 'hexi/receptions/index.html'), 'utf8'), /邻里纠纷/);
    assert.doesNotMatch(readFileSync(join(built, 'hexi/stations/center/index.html'), 'utf8'), /邻里纠纷/);
  });
});
