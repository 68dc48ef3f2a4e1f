import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoSite } from '../support/demo-site.js';
import { loadContent } from '../../site/content/loader.js';
import { EMBED_WIDGETS, widgetWords } from '../../site/pages/embed.js';
import type { TownContext } from '../../site/pages/context.js';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';

/**
 * Every widget of the embed page, pasted into a page that mimics a hostile government CMS on
 * another origin: global resets and `!important` rules, an old jQuery. The widgets must stay intact.
 */
const contentDir = join(repoRoot, 'content');

describe('widgets embedded in a hostile CMS page', () => {
  let browser: Browser;
  let site: StaticServer;
  let cms: StaticServer;
  let ctx: TownContext;
  let out: string;

  before(async () => {
    out = await demoSite();
    const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
    ctx = { site: content!.site, loaded: content!.towns.find((t) => t.town.kind === 'town')!, today: FIXTURE_TODAY };
    // The town site answers other origins, as it must for its widgets (see the README).
    site = await serveStatic(out, { cors: true });
    const cmsDir = mkdtempSync(join(tmpdir(), 'renda-cms-'));
    mkdirSync(join(cmsDir, 'js'));
    copyFileSync(join(repoRoot, 'node_modules/jquery/dist/jquery.min.js'), join(cmsDir, 'js/jquery.min.js'));
    copyFileSync(join(repoRoot, 'test/fixtures/hostile-cms.css'), join(cmsDir, 'cms.css'));
    const townUrl = (sitePath: string) => `${site.url}${sitePath}`;
    const widgets = EMBED_WIDGETS.filter((w) => w.tag(ctx, townUrl).value).map(
      (w) => `<div class="clearfix widget-slot" id="slot-${w.id}"><p>${widgetWords(ctx, w.id).title}</p>${w.tag(ctx, townUrl).value}</div>`,
    ).join('\n');
    writeFileSync(
      join(cmsDir, 'index.html'),
      `<!doctype html><html><head><meta charset="utf-8"><title>某镇人民政府</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="cms.css">
<script src="js/jquery.min.js"></script>
<script type="module" src="${site.url}/assets/renda-embed.js"></script>
</head><body><div class="main"><h1>人大工作</h1>${widgets}</div>
<script>$(function () { $('.main p').css('font-weight', 'bold'); $('div').addClass('cms-touched'); window.cmsReady = true; });</script>
</body></html>`,
    );
    cms = await serveStatic(cmsDir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await cms?.close();
  });

  it('every widget renders intact: its own fonts, sizes, colours and layout, no errors', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${cms.url}/index.html`, { waitUntil: 'networkidle' });
    assert.equal(await page.evaluate(() => (window as unknown as { jQuery: { fn: { jquery: string } } }).jQuery.fn.jquery), '1.12.4', 'the old jQuery runs beside the widgets');
    assert.equal(await page.evaluate(() => (window as unknown as { cmsReady: boolean }).cmsReady), true);
    assert.ok(EMBED_WIDGETS.length >= 5, 'every widget is on the embed page');
    for (const widget of EMBED_WIDGETS) {
      const tag = /^<([a-z0-9-]+)/.exec(widget.tag(ctx, (r) => r).value)![1]!;
      // Widgets that load data: wait until they have drawn it.
      await page.waitForFunction((t) => {
        const root = document.querySelector(t)?.shadowRoot;
        return !!root && !root.querySelector('[part~="loading"]') && (root.textContent ?? '').trim().length > 0;
      }, tag);
      await page.waitForFunction((t) => customElements.get(t) !== undefined, tag);
      const report = await page.evaluate((t) => {
        const host = document.querySelector(t)!;
        const root = host.shadowRoot!;
        const texts = [...root.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()));
        const first = texts[0] ?? root.firstElementChild!;
        const style = getComputedStyle(first);
        const box = host.getBoundingClientRect();
        return {
          width: box.width,
          height: box.height,
          fontSize: parseFloat(style.fontSize),
          fontFamily: style.fontFamily,
          color: style.color,
          letterSpacing: style.letterSpacing,
          textIndent: style.textIndent,
          textTransform: style.textTransform,
          // Drawings (codes, maps, charts), not the small icons beside a word, which are meant to be small.
          svgWidths: [...root.querySelectorAll('svg:not([class*="icon"]):not([viewBox="0 0 24 24"])')].map((s) => s.getBoundingClientRect().width),
        };
      }, tag);
      assert.ok(report.width > 120 && report.height > 40, `${tag} is laid out: ${report.width}×${report.height}`);
      assert.ok(report.fontSize >= 14, `${tag} text is ${report.fontSize}px, not the CMS's 12px`);
      assert.doesNotMatch(report.fontFamily, /SimSun/, `${tag} keeps its own font`);
      assert.notEqual(report.color, 'rgb(102, 102, 102)', `${tag} keeps its own colours`);
      // Not the CMS's values (a widget may have its own).
      assert.notEqual(report.letterSpacing, '2px', `${tag} letter spacing`);
      assert.equal(report.textIndent, '0px', `${tag} text indent`);
      assert.notEqual(report.textTransform, 'uppercase', `${tag} text transform`);
      for (const w of report.svgWidths) assert.ok(w > 60, `${tag}: an SVG was squeezed to ${w}px`);
    }
    // page-size="10": ten rows and a “show more” button, not the whole town's 30,000 px list.
    const tracker = await page.evaluate(() => {
      const host = document.querySelector('renda-suggestion-tracker')!;
      const root = host.shadowRoot!;
      return { rows: root.querySelectorAll('.row').length, more: !!root.querySelector('[part~="show-more"]'), height: host.getBoundingClientRect().height };
    });
    assert.ok(tracker.rows > 0 && tracker.rows <= 10, `${tracker.rows} rows`);
    assert.ok(tracker.more, 'a show-more button');
    assert.ok(tracker.height < 8000, `the embedded tracker is ${tracker.height} px tall`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('every widget has a snippet, and no snippet URL-encodes a {id} placeholder', () => {
    const ids = EMBED_WIDGETS.map((w) => w.id);
    assert.deepEqual(ids.sort(), ['deputy-card', 'qr-code', 'site-search', 'station-map', 'suggestion-tracker', 'vote']);
    for (const widget of EMBED_WIDGETS) {
      const snippet = widget.tag(ctx, (path) => `https://renda.example.gov.cn${path}`).value;
      assert.ok(snippet, `${widget.id} has a snippet for the demo town`);
      assert.doesNotMatch(snippet, /%7B|%7D/i, `${widget.id}: ${snippet}`);
    }
    const tracker = EMBED_WIDGETS.find((w) => w.id === 'suggestion-tracker')!.tag(ctx, (path) => path).value;
    assert.match(tracker, /item-href="[^"]*\/suggestions\/\{id\}\/"/);
  });

  for (const [name, cors] of [
    ['a town site that sends no CORS header at all', false],
    ['a town site that allows the script but not the data', (path: string) => path.startsWith('/assets/')],
  ] as const) {
    it(`on ${name}, each widget leads residents to the town page instead of showing nothing`, async () => {
      const strictSite = await serveStatic(out, { cors });
      const townUrl = (sitePath: string) => `${strictSite.url}${sitePath}`;
      const cmsDir = mkdtempSync(join(tmpdir(), 'renda-cms-strict-'));
      const widgets = EMBED_WIDGETS.map((w) => `<div class="widget-slot" id="slot-${w.id}">${w.tag(ctx, townUrl).value}</div>`).join('\n');
      writeFileSync(join(cmsDir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>CMS</title><link rel="icon" href="data:,"><script type="module" src="${strictSite.url}/assets/renda-embed.js"></script></head><body>${widgets}</body></html>`);
      const strictCms = await serveStatic(cmsDir);
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      try {
        await page.goto(`${strictCms.url}/index.html`, { waitUntil: 'networkidle' });
        for (const widget of EMBED_WIDGETS) {
          const tag = /^<([a-z0-9-]+)/.exec(widget.tag(ctx, (r) => r).value)![1]!;
          const state = await page.evaluate((t) => {
            const host = document.querySelector(t)!;
            const link = host.querySelector(':scope > a')!;
            const box = link.getBoundingClientRect();
            const defined = customElements.get(t) !== undefined;
            const text = (host.shadowRoot?.textContent ?? '').trim();
            return { href: link.getAttribute('href'), linkShown: box.width > 0 && box.height > 0, defined, text };
          }, tag);
          assert.match(state.href ?? '', new RegExp(`^${strictSite.url}/`), `${tag}'s fallback links to the town site`);
          if (!state.defined) assert.ok(state.linkShown, `${tag}: without the script, the link shows`);
          else assert.ok(state.text.length > 0, `${tag}: with the script but without data, the widget says something`);
        }
        if (cors !== false) {
          // The script ran; the data did not come: the widgets say why, where a webmaster looks.
          assert.ok(warnings.some((w) => /Access-Control-Allow-Origin/.test(w)), warnings.join('\n'));
        }
      } finally {
        await page.close();
        await strictCms.close();
        await strictSite.close();
      }
    });
  }
});
