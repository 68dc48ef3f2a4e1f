import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoSite } from '../support/demo-site.js';
import { loadContent } from '../../site/content/loader.js';
import type { LoadedTown, PublicSuggestion, Suggestion } from '../../domain/model.js';
import { sitePages } from '../../site/plugin.js';
import { trackerFor } from '../../site/render/suggestion-tracker.js';
import { suggestionPage } from '../../site/pages/suggestions.js';
import { STAGES } from '../../domain/model.js';
import { STAGE_LABELS } from '../../domain/text/labels.js';
import { launchChromium, serveStatic, STRICT_CSP, type StaticServer } from '../support/browser.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';
import { parseCsv } from '../support/csv.js';

/**
 * The suggestions on the town site: the server-rendered tracker (readable and complete without
 * JavaScript, live with it under a strict CSP), each suggestion's page with its rounds and clock,
 * the Atom feed of stage changes and the CSV in the open data.
 */
const contentDir = join(repoRoot, 'content');
const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
const town = content!.towns.find((t) => t.town.slug === 'fengquan')!;
const raw: Suggestion[] = JSON.parse(readFileSync(join(contentDir, 'towns/fengquan/suggestions.json'), 'utf8')).suggestions;
const pages = new Map(sitePages(content!, FIXTURE_TODAY).map((p) => [p.url, p]));
const render = (url: string) => pages.get(url)!.render();
const newestFirst = (list: PublicSuggestion[]) => [...list].sort((a, b) => b.history[0]!.date.localeCompare(a.history[0]!.date) || b.id.localeCompare(a.id));


describe('suggestions on the town site', () => {
  it('server-renders the tracker: overview, first page, and a plain link to every other suggestion', () => {
    const page = render('/fengquan/suggestions/');
    assert.match(page, /<renda-suggestion-tracker[^>]*src="\.\.\/data\/suggestions\.json"/);
    assert.match(page, /item-href="\{id\}\/"/);
    assert.match(page, /<template [^>]*shadowrootmode="open"/);
    assert.match(page, /办理概况/);
    assert.match(page, /办成率[\s\S]*满意率/);
    const order = newestFirst(town.suggestions);
    const shadow = page.slice(page.indexOf('shadowrootmode="open"'), page.indexOf('</template>'));
    for (const s of order.slice(0, 20)) assert.ok(shadow.includes(`href="${s.id}/"`), `first page: ${s.id}`);
    assert.ok(!shadow.includes(`href="${order[20]!.id}/"`), 'only the first page in the shadow root');
    const more = page.slice(page.indexOf('slot="more"'));
    for (const s of order.slice(20)) assert.ok(more.includes(`href="${s.id}/"`), `more: ${s.id}`);
    assert.match(page, /href="feed\.xml" type="application\/atom\+xml"/);
    assert.match(page, /data\/suggestions\.csv/);
  });

  it('shows each suggestion’s rounds and reply clock on its own page', () => {
    const reopened = town.suggestions.find((s) => s.history.some((h) => h.stage === 'reopened'))!;
    const page = render(`/fengquan/suggestions/${reopened.id}/`);
    assert.match(page, /<h2>答复期限<\/h2>/);
    assert.match(page, /第 1 轮办理/);
    assert.match(page, /第 2 轮：评议不满意后重新办理/);
    assert.match(page, /handling-round--reopened/);
    assert.match(page, /(按期答复|逾期 \d+ 天后答复|还剩 \d+ 天|已逾期 \d+ 天)/);
    const overdue = town.suggestions.find((s) => s.history.at(-1)!.stage === 'assigned' && s.history.at(-1)!.date < '2026-08-01')!;
    assert.match(render(`/fengquan/suggestions/${overdue.id}/`), /clock clock--overdue">转办后 3 个月内答复：[^<]*已逾期 \d+ 天，尚未答复/);
    const english = suggestionPage({ site: content!.site, loaded: town, today: FIXTURE_TODAY, locale: 'en' }, reopened);
    assert.match(english, /Round 2: handled again after an unsatisfied rating/);
  });

  it('publishes an Atom feed of stage changes, newest first, with unique entry ids', () => {
    const feed = render('/fengquan/suggestions/feed.xml');
    assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    const steps = town.suggestions.reduce((n, s) => n + s.history.length, 0);
    assert.equal(entries.length, Math.min(200, steps));
    const ids = entries.map((e) => /<id>([^<]+)<\/id>/.exec(e)![1]!);
    assert.equal(new Set(ids).size, ids.length);
    const dates = entries.map((e) => /<updated>([^<]+)<\/updated>/.exec(e)![1]!);
    for (let k = 1; k < dates.length; k++) assert.ok(dates[k - 1]! >= dates[k]!);
    assert.match(entries[0]!, /<title>【[^】]+】/);
    assert.match(ids[0]!, /^https:\/\/renda\.example\.gov\.cn\/fengquan\/suggestions\/[^/]+\/#step-\d+$/);
  });

  it('publishes every suggestion as CSV: masked, one date column per stage, a link each', () => {
    const csv = render('/fengquan/data/suggestions.csv');
    const [header, ...rows] = parseCsv(csv);
    assert.equal(rows.length, town.suggestions.length);
    for (const stage of STAGES) assert.ok(header!.includes(`${STAGE_LABELS['zh-CN'][stage]}日期`), stage);
    const at = (name: string) => header!.indexOf(name);
    const byId = new Map(town.suggestions.map((s) => [s.id, s]));
    for (const row of rows) {
      const s = byId.get(row[at('编号')]!)!;
      assert.ok(s, row[0]);
      assert.equal(row[at('提出人')], s.submitter);
      assert.equal(row[at('递交日期')], s.history[0]!.date);
      assert.equal(row[at('链接')], `https://renda.example.gov.cn/fengquan/suggestions/${s.id}/`);
    }
    for (const s of raw.filter((r) => r.public === false)) assert.ok(!csv.includes(s.title), `private ${s.id} in the CSV`);
    for (const s of raw.filter((r) => r.submitter && r.submitter.length >= 2 && !/某|先生|女士/.test(r.submitter))) assert.ok(!csv.includes(`,${s.submitter},`), `a submitter's name: ${s.submitter}`);
    assert.doesNotMatch(csv, /(?<!\d)1[3-9]\d{9}(?!\d)/, 'a mobile number');
    assert.match(render('/fengquan/data/'), /suggestions\.csv/);
  });

  it('trackerFor narrows the tracker to a deputy or a station, with links from that page', () => {
    const ctx = { site: content!.site, loaded: town as LoadedTown, today: FIXTURE_TODAY };
    const deputy = town.suggestions.find((s) => s.deputies.length)!.deputies[0]!;
    const html = trackerFor(ctx, { deputy }).toString();
    assert.match(html, new RegExp(`deputy="${deputy}"`));
    // The deputy's own suggestions' file, not the town's.
    assert.match(html, new RegExp(`src="\\.\\./\\.\\./data/deputies/${deputy}/suggestions\\.json"`));
    assert.match(html, /item-href="\.\.\/\.\.\/suggestions\/\{id\}\/"/);
    const theirs = town.suggestions.filter((s) => s.deputies.includes(deputy));
    const others = town.suggestions.filter((s) => !s.deputies.includes(deputy));
    for (const s of theirs) assert.ok(html.includes(`suggestions/${s.id}/"`), s.id);
    for (const s of others) assert.ok(!html.includes(`suggestions/${s.id}/"`), `not theirs: ${s.id}`);
    const station = town.stations[0]!.id;
    assert.match(trackerFor(ctx, { station }).toString(), new RegExp(`station="${station}"[\\s\\S]*<h3`));
    assert.match(trackerFor(ctx, { station }).toString(), new RegExp(`src="\\.\\./\\.\\./data/stations/${station}/suggestions\\.json"`));
  });
});

describe('the suggestions page in Chromium, under a strict CSP', () => {
  let out: string;
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    out = await demoSite();
    server = await serveStatic(out, { csp: STRICT_CSP });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('without JavaScript: the overview and first page are visible, every suggestion is a link away', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/fengquan/suggestions/`);
    assert.equal(await page.getByRole('heading', { name: '办理概况' }).isVisible(), true);
    assert.equal(await page.getByText('办成率', { exact: true }).isVisible(), true);
    const links = await page.locator('a[href$="/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const s of town.suggestions) assert.ok(links.includes(`${server.url}/fengquan/suggestions/${s.id}/`), s.id);
    const first = newestFirst(town.suggestions)[0]!;
    await page.getByRole('link', { name: first.title, exact: true }).first().click();
    await page.waitForURL(`**/suggestions/${first.id}/`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), first.title);
    await context.close();
  });

  it('with JavaScript: the tracker takes over; search, the URL and Back work; no errors', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/fengquan/suggestions/`);
    const search = page.getByRole('searchbox', { name: '搜索' });
    await search.waitFor({ timeout: 10_000 });
    await search.pressSequentially('停车');
    const parking = newestFirst(town.suggestions.filter((s) => `${s.id}${s.title}${s.body}${s.reply ?? ''}`.includes('停车')));
    await page.getByText(`找到 ${parking.length} 条建议（共 ${town.suggestions.length} 条）`).waitFor();
    await search.blur();
    await page.waitForURL(/\?q=%E5%81%9C%E8%BD%A6/);
    await page.getByLabel('环节').selectOption('closed');
    await page.waitForURL(/stage=closed/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('stage='));
    assert.equal(await page.getByLabel('环节').inputValue(), '');
    assert.equal(await search.inputValue(), '停车');
    assert.equal(await page.locator('[slot="more"]').isVisible(), false, 'the fallback links give way to the live list');
    await page.getByRole('link', { name: parking[0]!.title, exact: true }).click();
    await page.waitForURL(`**/suggestions/${parking[0]!.id}/`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
