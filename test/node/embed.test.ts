import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoSite } from '../support/demo-site.js';
import { loadContent } from '../../site/content/loader.js';
import { EMBED_WIDGETS } from '../../site/pages/embed.js';
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

  before(async () => {
    const out = await demoSite();
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
      (w) => `<div class="clearfix widget-slot" id="slot-${w.id}"><p>${w.title['zh-CN']}</p>${w.tag(ctx, townUrl).value}</div>`,
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
          svgWidths: [...root.querySelectorAll('svg')].map((s) => s.getBoundingClientRect().width),
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
    assert.deepEqual(errors, []);
    await page.close();
  });
});
