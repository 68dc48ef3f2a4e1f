import { constituenciesOf, constituencyChoices, constituencyKey } from '../../domain/constituencies.js';
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoSite } from '../support/demo-site.js';
import { loadContent } from '../../site/content/loader.js';
import { launchChromium, serveStatic, STRICT_CSP, type StaticServer } from '../support/browser.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';

/**
 * The built demo site in a real Chromium under a strict CSP: every page type with JavaScript on
 * and off, no console error, no CSP violation, no request leaving the site.
 */
const contentDir = join(repoRoot, 'content');
let out: string;

function pageTypes(): { name: string; path: string; expect: RegExp }[] {
  const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
  const town = content!.towns.find((t) => t.town.kind === 'town')!;
  const slug = town.town.slug;
  const deputy = town.deputies[0]!;
  const station = town.stations[0]!;
  const suggestion = town.suggestions.find((s) => s.history.some((h) => h.stage === 'reopened')) ?? town.suggestions[0]!;
  const news = town.news[0]!;
  // Free pages: the demo's are the subdistrict's (议政代表会); the town's 问政 pages are computed.
  const withPage = content!.towns.find((t) => t.pages.length > 0)!;
  const page = withPage.pages[0]!;
  return [
    { name: 'town index', path: '/', expect: new RegExp(town.town.name) },
    { name: 'town home', path: `/${slug}/`, expect: new RegExp(town.town.congress.name) },
    { name: 'deputies', path: `/${slug}/deputies/`, expect: new RegExp(deputy.name) },
    { name: 'deputy', path: `/${slug}/deputies/${deputy.id}/`, expect: new RegExp(deputy.name) },
    { name: 'stations', path: `/${slug}/stations/`, expect: new RegExp(station.name) },
    { name: 'station', path: `/${slug}/stations/${station.id}/`, expect: new RegExp(station.name) },
    { name: 'suggestions', path: `/${slug}/suggestions/`, expect: /建议/ },
    { name: 'suggestion', path: `/${slug}/suggestions/${suggestion.id}/`, expect: new RegExp(suggestion.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) },
    { name: 'votes', path: `/${slug}/votes/`, expect: /票决/ },
    { name: 'news', path: `/${slug}/news/`, expect: new RegExp(news.title.slice(0, 8)) },
    { name: 'news item', path: `/${slug}/news/${news.slug}/`, expect: new RegExp(news.title.slice(0, 8)) },
    { name: 'page', path: `/${withPage.town.slug}/pages/${page.slug}/`, expect: new RegExp(page.title.slice(0, 4)) },
    { name: 'questioning', path: `/${slug}/questioning/`, expect: /大会问政记录/ },
    { name: 'meet the head', path: `/${slug}/meet-the-head/`, expect: /镇长有约/ },
    { name: 'open data', path: `/${slug}/data/`, expect: /公开数据/ },
    { name: 'not found', path: `/${slug}/no-such-page/`, expect: /页面不存在/ },
    // The same pages in English: the interface in English, the content as published.
    { name: 'en town home', path: `/en/${slug}/`, expect: /Suggestions by stage/ },
    { name: 'en deputy', path: `/en/${slug}/deputies/${deputy.id}/`, expect: new RegExp(deputy.name) },
    { name: 'en stations', path: `/en/${slug}/stations/`, expect: new RegExp(station.name) },
    { name: 'en suggestion', path: `/en/${slug}/suggestions/${suggestion.id}/`, expect: new RegExp(suggestion.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) },
    { name: 'en votes', path: `/en/${slug}/votes/`, expect: /[Vv]ote/ },
    { name: 'en search', path: `/en/${slug}/search/`, expect: /Search/ },
  ];
}

describe('the built site in Chromium, under a strict CSP', () => {
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

  for (const javaScriptEnabled of [true, false]) {
    it(`every page type renders with JavaScript ${javaScriptEnabled ? 'on' : 'off'}: no errors, no violations, nothing off-site`, async () => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      try {
        for (const { name, path, expect } of pageTypes()) {
          const page = await context.newPage();
          const problems: string[] = [];
          page.on('console', (message) => {
            if (message.type() === 'error' && !(path.includes('no-such-page') && /404/.test(message.text()))) problems.push(`console: ${message.text()}`);
          });
          page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
          page.on('request', (request) => {
            if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) problems.push(`off-site request: ${request.url()}`);
          });
          await page.addInitScript(() => {
            document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
          });
          await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
          const text = await page.locator('main').innerText();
          assert.match(text, expect, `${name} (${path}) shows its content`);
          assert.equal(await page.getAttribute('html', 'lang'), name.startsWith('en ') ? 'en' : 'zh-CN', `${name}: the page's language`);
          if (name === 'deputy' || name === 'station') {
            // Declarative shadow DOM: the QR code is drawn by the HTML alone.
            const box = await page.locator('renda-qr-code svg path').first().boundingBox();
            assert.ok(box && box.width > 50, `${name}: the QR code is visible`);
          }
          assert.deepEqual(problems, [], `${name} (${path})`);
          await page.close();
        }
      } finally {
        await context.close();
      }
    });
  }

  it('large text and high contrast (适老化) meet the figures and are remembered on the device', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { path } = pageTypes().find((p) => p.name === 'deputy')!;
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    const large = page.getByRole('button', { name: '大字' });
    assert.equal(await large.getAttribute('aria-pressed'), 'false');
    await large.click();
    // In large text on a phone, 高对比 waits in the 栏目 menu (the header stays short).
    await page.locator('details.site-menu summary').click();
    await page.getByRole('button', { name: '高对比' }).click();
    const measure = () =>
      page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const button = document.querySelector('[data-renda-display]')!.getBoundingClientRect();
        return {
          text: document.documentElement.getAttribute('data-renda-text'),
          theme: document.documentElement.getAttribute('data-renda-theme'),
          fontSize: parseFloat(body.fontSize),
          lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
          button: [button.width, button.height],
        };
      });
    const after = await measure();
    assert.equal(after.text, 'large');
    assert.equal(after.theme, 'contrast');
    assert.ok(after.fontSize >= 24, `body text ${after.fontSize}px ≥ 18pt (24px)`);
    assert.ok(after.lineHeight >= 1.3, `line height ${after.lineHeight} ≥ 1.3`);
    assert.ok(after.button[0]! >= 60 && after.button[1]! >= 60, `button ${after.button.join('×')} ≥ 60×60`);
    // Another page of the site, later: the choice is remembered.
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    const remembered = await measure();
    assert.equal(remembered.text, 'large');
    assert.equal(remembered.theme, 'contrast');
    assert.equal(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed'), 'true');
    await context.close();
  });

  it('searches the town in Chinese, from a link, and keeps working offline once loaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
    const town = content!.towns.find((t) => t.town.kind === 'town')!;
    const deputy = town.deputies[5]!;
    await page.goto(`${server.url}/${town.town.slug}/search/?q=${encodeURIComponent(deputy.name)}`, { waitUntil: 'networkidle' });
    const link = page.locator('renda-site-search li a', { hasText: deputy.name }).first();
    await link.waitFor();
    await context.setOffline(true);
    const station = town.stations[2]!;
    await page.getByLabel('搜索本站').fill(station.name.slice(0, 4));
    await page.locator('renda-site-search li a', { hasText: station.name }).first().waitFor();
    await context.setOffline(false);
    await page.getByLabel('搜索本站').fill(deputy.name);
    await link.click();
    await page.waitForURL(`**/deputies/${deputy.id}/`);
    await context.close();
  });

  it('the deputies directory filters by level and constituency, and a link keeps the filter', async () => {
    const page = await browser.newPage();
    const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
    const town = content!.towns.find((t) => t.town.kind === 'town')!;
    await page.goto(`${server.url}/${town.town.slug}/deputies/`, { waitUntil: 'networkidle' });
    const visibleRows = () => page.locator('#deputy-table tbody tr:visible');
    assert.equal(await visibleRows().count(), town.deputies.length);
    await page.getByLabel('层级').selectOption('city');
    const cityDeputies = town.deputies.filter((d) => d.levels.includes('city'));
    assert.ok(cityDeputies.length > 0 && cityDeputies.length < town.deputies.length);
    assert.equal(await visibleRows().count(), cityDeputies.length);
    assert.match(await page.locator('#deputy-count').innerText(), new RegExp(`${cityDeputies.length}`));
    const unitsOf = (d: (typeof town.deputies)[number]) => constituenciesOf(d).map(constituencyKey);
    const cityUnit = constituencyChoices(cityDeputies)[0]!;
    await page.getByLabel('选区').selectOption({ label: cityUnit.label });
    const both = cityDeputies.filter((d) => unitsOf(d).includes(cityUnit.key));
    assert.equal(await visibleRows().count(), both.length);
    await page.reload({ waitUntil: 'networkidle' });
    assert.equal(await visibleRows().count(), both.length, 'the filter is in the URL');

    // Each unit is offered once, and a deputy elected in two units is listed under both.
    const options = await page.getByLabel('选区').locator('option').allInnerTexts();
    assert.equal(new Set(options).size, options.length, options.join('\n'));
    const twoUnits = town.deputies.find((d) => unitsOf(d).length > 1);
    assert.ok(twoUnits, 'the demo has a deputy in a township and a county 选区');
    await page.getByLabel('层级').selectOption('');
    for (const key of unitsOf(twoUnits)) {
      const label = constituencyChoices(town.deputies).find((c) => c.key === key)!.label;
      await page.getByLabel('选区').selectOption({ label });
      const rows = await visibleRows().locator('td:nth-child(2)').allInnerTexts();
      assert.ok(rows.includes(twoUnits.name), `${twoUnits.name} under ${label}`);
      assert.equal(rows.length, town.deputies.filter((d) => unitsOf(d).includes(key)).length);
    }
    await page.close();
  });

  it('would notice a CSP violation (the detector itself works)', async () => {
    writeFileSync(join(out, 'csp-probe.html'), '<!doctype html><title>probe</title><p>probe</p><script>document.title = "ran"</script>');
    const page = await browser.newPage();
    const seen: string[] = [];
    page.on('console', (message) => seen.push(message.text()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${server.url}/csp-probe.html`, { waitUntil: 'networkidle' });
    assert.equal(await page.title(), 'probe', 'the inline script was blocked');
    assert.ok(seen.some((text) => text.startsWith('CSP violation: script-src')), seen.join('\n'));
    await page.close();
  });

  it('a Chinese page draws its widgets without setting up the browser’s locale data', async () => {
    // The first Intl object or localeCompare a page makes loads the locale data: about 100 ms of
    // a widget's first render on a slow phone (Lighthouse's 4× slowdown), which zh pages do not need.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      const made: string[] = ((globalThis as unknown as { rendaLocaleData: string[] }).rendaLocaleData = []);
      const watch = (owner: object, key: string, name: string) => {
        const original = (owner as Record<string, unknown>)[key] as (...args: unknown[]) => unknown;
        (owner as Record<string, unknown>)[key] = new Proxy(original, {
          construct: (target, args, newTarget) => (made.push(`${name}: ${new Error().stack?.split('\n')[2]?.trim()}`), Reflect.construct(target, args, newTarget) as object),
          apply: (target, self, args) => (made.push(`${name}: ${new Error().stack?.split('\n')[2]?.trim()}`), Reflect.apply(target, self, args)),
        });
      };
      for (const key of ['Collator', 'NumberFormat', 'DateTimeFormat', 'PluralRules', 'Segmenter', 'RelativeTimeFormat', 'ListFormat']) watch(Intl, key, `Intl.${key}`);
      watch(String.prototype, 'localeCompare', 'localeCompare');
      watch(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
      for (const key of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) watch(Date.prototype, key, `Date#${key}`);
    });
    try {
      for (const name of ['deputy', 'stations', 'station', 'suggestions', 'votes']) {
        const page = await context.newPage();
        const { path } = pageTypes().find((p) => p.name === name)!;
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        // Every widget on the page, brought near the screen so it loads, then drawn.
        const tags: string[] = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((tag) => tag.startsWith('renda-') && tag !== 'renda-qr-code'))]);
        assert.ok(tags.length > 0, `${name}: a page with widgets`);
        await page.evaluate(async () => {
          for (const el of document.querySelectorAll('*')) {
            if (!el.localName.startsWith('renda-')) continue;
            el.scrollIntoView();
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        });
        await page.waitForFunction((wanted) => wanted.every((tag) => customElements.get(tag) !== undefined), tags);
        await page.evaluate(async () => {
          for (const el of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) if (el.localName.startsWith('renda-')) await el.updateComplete;
        });
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const made: string[] = await page.evaluate(() => (globalThis as unknown as { rendaLocaleData: string[] }).rendaLocaleData);
        assert.deepEqual(made, [], `${name} (${tags.join(', ')}) made these while drawing`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('upgrades server-rendered widgets in place instead of drawing them twice', async () => {
    const page = await browser.newPage();
    const { path } = pageTypes().find((p) => p.name === 'deputy')!;
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('renda-deputy-card') !== undefined);
    // A code the server drew loads its element only when used: point at it.
    await page.locator('renda-qr-code').first().hover();
    await page.waitForFunction(() => customElements.get('renda-qr-code') !== undefined);
    // QR codes may sit inside another widget's shadow root (the deputy card's).
    const paths = await page.evaluate(() => {
      const found: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'renda-qr-code') found.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found.map((el) => el.shadowRoot?.querySelectorAll('svg').length);
    });
    assert.ok(paths.length > 0 && paths.every((n) => n === 1), `svg per QR code: ${paths.join(',')}`);
    await page.close();
  });
});
