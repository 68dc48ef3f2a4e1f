/**
 * The embed loader (dist/renda-embed.js, components/autoloader.ts) in Chromium: a page loads the
 * chunks of the widgets it has and no other, from the town site's origin under a CMS's strict CSP,
 * including widgets added after load; a widget's chunk waits until the element nears the viewport
 * or is used (`loading="eager"`, or no IntersectionObserver: at once); the town site's own pages do
 * the same, and the tracker on a deputy's page reads that deputy's suggestions only. A QR code the
 * server drew loads its element only when used or changed; the declarative shadow DOM ponyfill loads
 * only in a browser without the feature, and there the server's widgets still hydrate in place.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoSite } from '../support/demo-site.js';
import { launchChromium, serveStatic, STRICT_CSP, type StaticServer } from '../support/browser.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';
import { loadContent } from '../../site/content/loader.js';
import { pageScripts } from '../support/page-scripts.js';
import type { Deputy, PublicSuggestion } from '../../domain/model.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

/** The words files requested in a language (`-words-zh-cn-`, `-words-en-`), of one widget or all. */
const wordsFiles = (requests: string[], locale: 'zh-cn' | 'en', widget = '[a-z-]+') => requests.filter((url) => new RegExp(`/assets/chunks/${widget}-words-${locale}-[\\w-]{8}\\.js$`).test(url));

/** The chunk a request is for, by the widget it is named after: `deputy-card`, `runtime`, … */
const chunkOf = (url: string) => /\/assets\/chunks\/([a-z-]+?)-[\w-]{8}\.js$/.exec(url)?.[1];
const WIDGET_CHUNKS = ['deputy-card', 'qr-code', 'site-search', 'station-map', 'suggestion-tracker', 'vote'];

describe('the widget loader', () => {
  let browser: Browser;
  let site: StaticServer;
  let cms: StaticServer;
  let cmsDir: string;
  let out: string;
  let deputy: Deputy;
  let slug: string;
  let stationId: string;

  before(async () => {
    out = await demoSite();
    const { content } = loadContent(join(repoRoot, 'content'), { today: FIXTURE_TODAY });
    const town = content!.towns.find((t) => t.town.kind === 'town')!;
    slug = town.town.slug;
    stationId = town.stations[0]!.id;
    // A deputy with suggestions, so the narrowed file has something in it.
    deputy = town.deputies.find((d) => town.suggestions.some((s) => s.deputies.includes(d.id)))!;
    site = await serveStatic(out, { cors: true, csp: STRICT_CSP });
    cmsDir = mkdtempSync(join(tmpdir(), 'renda-loader-cms-'));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await cms?.close();
  });

  /** A CMS page on another origin, with the loader from the town site and a strict policy. */
  /** A phone-sized page of the town site, with the requests it makes and the errors it logs. */
  async function watchedPage(): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    return { page, requests, problems };
  }

  async function cmsPage(
    body: string,
    options: { withoutIntersectionObserver?: boolean; withoutDeclarativeShadowDom?: boolean; init?: () => void; failing?: RegExp } = {},
  ): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const port = new URL(site.url).port;
    // Without the feature: the body arrives through `innerHTML` (which leaves `<template
    // shadowrootmode>` inert, as an old parser does), from a script of the CMS's own, before the loader runs.
    writeFileSync(join(cmsDir, 'body.js'), `document.querySelector('main').innerHTML = ${JSON.stringify(body)};`);
    const main = options.withoutDeclarativeShadowDom ? '<main></main><script src="body.js"></script>' : `<main>${body}</main>`;
    writeFileSync(
      join(cmsDir, 'index.html'),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>某镇人民政府</title><link rel="icon" href="data:,">
<script type="module" src="${site.url}/assets/renda-embed.js"></script></head><body>${main}</body></html>`,
    );
    await cms?.close();
    // Scripts and data from the CMS itself and the town site only: no inline script, no eval.
    const csp = `default-src 'self'; script-src 'self' http://127.0.0.1:${port}; connect-src 'self' http://127.0.0.1:${port}; img-src 'self' data: blob: http://127.0.0.1:${port}; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'`;
    cms = await serveStatic(cmsDir, { csp });
    assert.notEqual(new URL(cms.url).port, port, 'two origins');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    // An old browser's window: the loader must load every widget at once rather than wait for ever.
    if (options.withoutIntersectionObserver) await page.addInitScript(() => Reflect.deleteProperty(window, 'IntersectionObserver'));
    if (options.withoutDeclarativeShadowDom) await page.addInitScript(() => Reflect.deleteProperty(HTMLTemplateElement.prototype, 'shadowRootMode'));
    if (options.init) await page.addInitScript(options.init);
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // Files the network loses (offline, a stale cache asking for a file a new build replaced).
    if (options.failing) await page.route(options.failing, (route) => route.fulfill({ status: 404, body: 'not found' }));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    await page.goto(`${cms.url}/index.html`, { waitUntil: 'networkidle' });
    return { page, requests, problems };
  }

  it('a page with only a deputy card loads the loader, the shared chunk and the card’s chunks, and no other widget', async () => {
    const { page, requests, problems } = await cmsPage(`<renda-deputy-card src="${site.url}/${slug}/data/deputies/${deputy.id}.json"><a href="${site.url}/${slug}/deputies/${deputy.id}/">${deputy.name}</a></renda-deputy-card>`);
    try {
      await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
      const scripts = requests.filter((url) => url.endsWith('.js'));
      assert.ok(scripts.includes(`${site.url}/assets/renda-embed.js`), scripts.join('\n'));
      const chunks = scripts.map(chunkOf).filter((c): c is string => !!c);
      assert.ok(chunks.includes('runtime'), `the shared chunk: ${chunks.join(', ')}`);
      assert.ok(chunks.includes('deputy-card') && chunks.includes('qr-code'), `the card and the code it draws: ${chunks.join(', ')}`);
      assert.deepEqual(chunks.filter((c) => WIDGET_CHUNKS.includes(c) && c !== 'deputy-card' && c !== 'qr-code'), [], 'no map, tracker, vote or search chunk');
      // Everything came from the town site's origin, nothing from elsewhere.
      assert.deepEqual(scripts.filter((url) => !url.startsWith(`${site.url}/assets/`)), []);
      assert.match(await page.locator('renda-deputy-card').evaluate((el) => el.shadowRoot!.textContent ?? ''), new RegExp(deputy.name));
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('on another origin under a strict CSP, a server-rendered widget from the town site hydrates in place; one added later is defined', async () => {
    // The card exactly as the town site renders it on the deputy's page (declarative shadow DOM).
    const deputyHtml = readFileSync(join(out, slug, 'deputies', deputy.id, 'index.html'), 'utf8');
    const card = /<renda-deputy-card[\s\S]*?<\/renda-deputy-card>/.exec(deputyHtml)![0].replace(/(href|src)="(\.\.\/)+/g, `$1="${site.url}/`);
    assert.match(card, /<template shadowroot/);
    const { page, requests, problems } = await cmsPage(card);
    try {
      await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
      const shape = await page.evaluate(() => {
        const el = document.querySelector('renda-deputy-card')!;
        return { articles: el.shadowRoot!.querySelectorAll('article').length, defined: customElements.get('renda-deputy-card') !== undefined };
      });
      assert.deepEqual(shape, { articles: 1, defined: true }, 'hydrated, not drawn a second time beside the server output');
      assert.equal(await page.evaluate(() => !!document.querySelector('renda-deputy-card')!.shadowRoot!.querySelector('renda-qr-code')!.shadowRoot!.querySelector('path.qr__modules')?.getAttribute('d')), true);
      assert.deepEqual(requests.map(chunkOf).filter((c) => c === 'qr-path' || c === 'qr-code'), [], 'the code the server drew stays as drawn: neither its element nor the encoder');
      assert.equal(await page.evaluate(() => customElements.get('renda-qr-code')), undefined);
      assert.deepEqual(requests.map(chunkOf).filter((c) => c === 'declarative-shadow-dom'), [], 'the browser attaches shadow roots itself: no ponyfill');

      // A widget the page adds afterwards, inside a new block: the loader sees it and loads its chunk.
      assert.equal(requests.map(chunkOf).filter((c) => c === 'site-search').length, 0);
      await page.evaluate((url) => {
        const block = document.createElement('div');
        block.innerHTML = `<renda-site-search src="${url}"></renda-site-search>`;
        document.querySelector('main')!.append(block);
      }, `${site.url}/${slug}/search/index.json`);
      await page.waitForFunction(() => customElements.get('renda-site-search') !== undefined && !!document.querySelector('renda-site-search')!.shadowRoot);
      assert.equal(requests.map(chunkOf).filter((c) => c === 'site-search').length, 1, 'its chunk, once');
      assert.equal(requests.map(chunkOf).filter((c) => c === 'runtime').length, 1, 'the shared chunk is not fetched again');
      assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused/.test(p)), [], 'nothing the policy refused');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('below the first screen, a widget’s chunk waits until it is scrolled near; loading="eager" and a browser without IntersectionObserver load at once; using a widget loads it', async () => {
    // Three screens of the CMS's own text, then the widgets.
    const below = `<div style="height: 2600px">正文</div>
<renda-site-search id="eager" loading="eager" src="${site.url}/${slug}/search/index.json"></renda-site-search>
<renda-qr-code id="lazy" value="https://example.org/" label="二维码"><a href="https://example.org/">https://example.org/</a></renda-qr-code>
<renda-vote id="used"><a href="${site.url}/${slug}/votes/">表决</a></renda-vote>`;
    const { page, requests, problems } = await cmsPage(below);
    try {
      await page.waitForFunction(() => customElements.get('renda-site-search') !== undefined);
      const chunks = () => requests.map(chunkOf).filter((c): c is string => !!c && WIDGET_CHUNKS.includes(c));
      assert.deepEqual(chunks(), ['site-search'], 'the eager widget only');
      // Used before it is near: a pointer over it (as a reader's would) loads it.
      await page.evaluate(() => document.getElementById('used')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })));
      await page.waitForFunction(() => customElements.get('renda-vote') !== undefined);
      assert.deepEqual(chunks().sort(), ['site-search', 'vote']);
      assert.equal(await page.evaluate(() => customElements.get('renda-qr-code') === undefined), true, 'the code far below still waits');
      await page.locator('#lazy').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => !!document.getElementById('lazy')!.shadowRoot?.querySelector('svg'));
      assert.deepEqual(chunks().sort(), ['qr-code', 'site-search', 'vote']);
      assert.equal(requests.map(chunkOf).filter((c) => c === 'qr-path').length, 1, 'a code drawn in the browser imports the encoder');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }

    const old = await cmsPage(below, { withoutIntersectionObserver: true });
    try {
      await old.page.waitForFunction(() => !!document.getElementById('lazy')!.shadowRoot?.querySelector('svg'));
      assert.equal(await old.page.evaluate(() => window.scrollY), 0, 'not scrolled');
      assert.deepEqual(old.requests.map(chunkOf).filter((c): c is string => !!c && WIDGET_CHUNKS.includes(c)).sort(), ['qr-code', 'site-search', 'vote']);
    } finally {
      await old.page.close();
    }
  });

  it('a QR code the server drew loads its element only when the page changes it, then draws the new code', async () => {
    const stationHtml = readFileSync(join(out, slug, 'stations', stationId, 'index.html'), 'utf8');
    const code = /<renda-qr-code[\s\S]*?<\/renda-qr-code>/.exec(stationHtml)![0];
    assert.match(code, /^<renda-qr-code[^>]*><template shadowroot/, 'a code the station page draws on the server');
    const { page, requests, problems } = await cmsPage(code);
    try {
      const chunks = () => requests.map(chunkOf).filter((c) => c === 'qr-code' || c === 'qr-path');
      assert.deepEqual(chunks(), [], 'in view, but drawn: nothing to load');
      const before = await page.evaluate(() => document.querySelector('renda-qr-code')!.shadowRoot!.querySelector('path.qr__modules')!.getAttribute('d'));
      // Two changes, the second while the element is still loading: the latest is what is drawn.
      await page.evaluate(async () => {
        const code = document.querySelector('renda-qr-code')!;
        code.setAttribute('value', 'https://example.org/first');
        await new Promise((resolve) => setTimeout(resolve, 0));
        code.setAttribute('value', 'https://example.org/another');
      });
      await page.waitForFunction((old) => {
        const d = document.querySelector('renda-qr-code')!.shadowRoot!.querySelector('path.qr__modules')?.getAttribute('d');
        return !!d && d !== old;
      }, before);
      assert.deepEqual(chunks().sort(), ['qr-code', 'qr-path'], 'its element, and the encoder for the new value');
      await page.evaluate(() => (document.querySelector('renda-qr-code') as unknown as { updateComplete: Promise<unknown> }).updateComplete);
      const drawn = await page.evaluate(async () => {
        const code = document.querySelector('renda-qr-code')!;
        const fresh = document.createElement('renda-qr-code');
        fresh.setAttribute('value', 'https://example.org/another');
        document.body.append(fresh);
        await (fresh as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const path = (el: Element) => el.shadowRoot!.querySelector('path.qr__modules')?.getAttribute('d');
        return { value: code.getAttribute('value'), same: path(code) === path(fresh), svgs: code.shadowRoot!.querySelectorAll('svg.qr__svg').length };
      });
      assert.deepEqual(drawn, { value: 'https://example.org/another', same: true, svgs: 1 }, 'the code of the latest value, drawn once');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('in a browser that leaves declarative shadow roots as templates, the loader imports the ponyfill first and the server’s widgets hydrate in place', async () => {
    const deputyHtml = readFileSync(join(out, slug, 'deputies', deputy.id, 'index.html'), 'utf8');
    const card = /<renda-deputy-card[\s\S]*?<\/renda-deputy-card>/.exec(deputyHtml)![0].replace(/(href|src)="(\.\.\/)+/g, `$1="${site.url}/`);
    const { page, requests, problems } = await cmsPage(card, { withoutDeclarativeShadowDom: true });
    try {
      await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
      assert.equal(requests.map(chunkOf).filter((c) => c === 'declarative-shadow-dom').length, 1, 'the ponyfill, once');
      const shape = await page.evaluate(() => {
        const el = document.querySelector('renda-deputy-card')!;
        return {
          templatesLeft: document.querySelectorAll('template').length,
          articles: el.shadowRoot!.querySelectorAll('article').length,
          code: !!el.shadowRoot!.querySelector('renda-qr-code')?.shadowRoot?.querySelector('path.qr__modules'),
        };
      });
      assert.deepEqual(shape, { templatesLeft: 0, articles: 1, code: true }, 'the templates became shadow roots, the card hydrated them, the code shows');
      // Chromium's own note on the test's `innerHTML`, which is how the old parser is imitated here.
      assert.deepEqual(problems.filter((p) => !/declarative Shadow DOM is not being parsed/.test(p)), []);
    } finally {
      await page.close();
    }
  });

  it('a town site page loads its widgets’ words in its own language only, and the card shows them once hydrated', async () => {
    for (const [locale, prefix, words, other] of [
      ['zh-cn', '', ZH.deputyCard, EN.deputyCard],
      ['en', '/en', EN.deputyCard, ZH.deputyCard],
    ] as const) {
      const { page, requests, problems } = await watchedPage();
      try {
        await page.goto(`${site.url}${prefix}/${slug}/deputies/${deputy.id}/`, { waitUntil: 'networkidle' });
        await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
        const card = page.locator('renda-deputy-card');
        // Server-rendered in the page's language already.
        assert.match(await card.evaluate((el) => el.shadowRoot!.textContent ?? ''), new RegExp(words.number));
        assert.deepEqual(wordsFiles(requests, locale).map(chunkOf), ['deputy-card-words-' + locale], `${locale}: the card's words`);
        assert.deepEqual(wordsFiles(requests, locale === 'en' ? 'zh-cn' : 'en'), [], `${locale}: no words in the other language`);
        // Drawn anew by the script (another variant): its words are the page's language, not keys or the other one's.
        const text = await card.evaluate(async (el) => {
          const element = el as HTMLElement & { variant: string; updateComplete: Promise<unknown> };
          element.variant = 'compact';
          await element.updateComplete;
          return element.shadowRoot!.textContent ?? '';
        });
        assert.match(text, new RegExp(words.number), `${locale}: ${text}`);
        assert.doesNotMatch(text, new RegExp(other.number));
        assert.match(text, new RegExp(deputy.name));
        // The town site links theme.css: the theme's stylesheet chunk is not loaded.
        assert.deepEqual(requests.filter((url) => chunkOf(url) === 'theme-sheet'), []);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    }
  });

  it('words that cannot be loaded leave the widget as its fallback shows it, asked for once, and a drawn widget in its own language', async () => {
    const src = `${site.url}/${slug}/data/deputies/${deputy.id}.json`;
    const fallback = `<a href="${site.url}/${slug}/deputies/${deputy.id}/">${deputy.name}</a>`;
    const { page, requests, problems } = await cmsPage(`<renda-deputy-card lang="en" src="${src}">${fallback}</renda-deputy-card>`, { failing: /-words-en-[\w-]{8}\.js$/ });
    try {
      // Its chunk came, its words did not: not defined (it would draw its message keys), the link stays.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /deputy-card-words-en-/.test(e.name)));
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(() => customElements.get('renda-deputy-card') === undefined), true);
      assert.equal(await page.locator('renda-deputy-card a').textContent(), deputy.name);
      assert.equal(wordsFiles(requests, 'en', 'deputy-card').length, 1, 'asked once, not again and again');
      assert.ok(problems.some((p) => /could not load the words of <renda-deputy-card> in en/.test(p)), problems.join('\n'));
    } finally {
      await page.close();
    }
    // A card drawn in Chinese whose English words cannot come stays Chinese, whole, and asks once.
    const zh = await cmsPage(`<renda-deputy-card src="${src}"></renda-deputy-card>`, { failing: /-words-en-[\w-]{8}\.js$/ });
    try {
      const text = () => zh.page.locator('renda-deputy-card').evaluate((el) => el.shadowRoot?.textContent ?? '');
      await zh.page.waitForFunction((name) => document.querySelector('renda-deputy-card')?.shadowRoot?.textContent?.includes(name), deputy.name);
      await zh.page.evaluate(() => document.querySelector('renda-deputy-card')!.setAttribute('lang', 'en'));
      await zh.page.waitForTimeout(800);
      assert.match(await text(), new RegExp(ZH.deputyCard.number));
      assert.doesNotMatch(await text(), /undefined/);
      assert.equal(wordsFiles(zh.requests, 'en', 'deputy-card').length, 1, 'asked once');
    } finally {
      await zh.page.close();
    }
  });

  it('a CMS page that sets a colour token of its own still gets the theme’s sheet (its dark and large-text switches)', async () => {
    const src = `${site.url}/${slug}/data/deputies/${deputy.id}.json`;
    const { page, requests, problems } = await cmsPage(`<style>:root { --renda-color-text: #123456; }</style><renda-deputy-card src="${src}"></renda-deputy-card>`);
    try {
      await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
      assert.ok(requests.some((url) => chunkOf(url) === 'theme-sheet'), 'the theme sheet was loaded');
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--renda-color-text').trim()), '#123456', 'the page’s own value wins');
      await page.evaluate(() => document.documentElement.setAttribute('data-renda-text', 'large'));
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--renda-theme').trim()), '');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('a widget in another language than the page’s loads its words, and switching its language loads the other’s and draws it again', async () => {
    const src = `${site.url}/${slug}/data/deputies/${deputy.id}.json`;
    // When the card's element is defined (and so first draws), for the words' arrival below.
    const init = () => void customElements.whenDefined('renda-deputy-card').then(() => Object.assign(window, { cardDefinedAt: performance.now() }));
    const { page, requests, problems } = await cmsPage(`<renda-deputy-card lang="en" src="${src}"></renda-deputy-card><renda-deputy-card id="zh" src="${src}"></renda-deputy-card>`, { init });
    try {
      const textOf = (selector: string) => page.locator(selector).first().evaluate((el) => el.shadowRoot?.textContent ?? '');
      await page.waitForFunction((name) => [...document.querySelectorAll('renda-deputy-card')].every((el) => el.shadowRoot?.textContent?.includes(name)), deputy.name);
      assert.match(await textOf('renda-deputy-card[lang="en"]'), new RegExp(EN.deputyCard.number));
      assert.match(await textOf('#zh'), new RegExp(ZH.deputyCard.number));
      assert.equal(wordsFiles(requests, 'en', 'deputy-card').length, 1, 'the English card’s words');
      assert.equal(wordsFiles(requests, 'zh-cn', 'deputy-card').length, 1, 'the Chinese card’s words');
      // Both languages' words were in before the element was defined: neither card ever drew
      // without its words (keys, or the other language).
      const arrival = await page.evaluate(() => ({
        defined: (window as unknown as { cardDefinedAt: number }).cardDefinedAt,
        words: performance.getEntriesByType('resource').filter((entry) => /deputy-card-words-/.test(entry.name)).map((entry) => ({ name: entry.name, end: (entry as PerformanceResourceTiming).responseEnd })),
      }));
      assert.equal(arrival.words.length, 2);
      for (const file of arrival.words) assert.ok(file.end <= arrival.defined, `${file.name} arrived before the card was defined (${file.end.toFixed(0)} ≤ ${arrival.defined.toFixed(0)} ms)`);

      // At run time: the English card turns Chinese, the Chinese one English.
      await page.evaluate(() => {
        document.querySelector('renda-deputy-card[lang="en"]')!.setAttribute('lang', 'zh-CN');
        document.querySelector('#zh')!.setAttribute('lang', 'en');
      });
      await page.waitForFunction((number) => document.querySelector('#zh')!.shadowRoot!.textContent!.includes(number), EN.deputyCard.number);
      assert.match(await textOf('renda-deputy-card[lang="zh-CN"]'), new RegExp(ZH.deputyCard.number));
      assert.equal(wordsFiles(requests, 'en', 'deputy-card').length + wordsFiles(requests, 'zh-cn', 'deputy-card').length, 2, 'each file once');
      // A CMS page has no theme.css: the loader adopted the theme's stylesheet.
      assert.ok(requests.some((url) => chunkOf(url) === 'theme-sheet'));
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--renda-color-text')), '');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('the town site’s deputy page at 390×844 loads the card’s chunks; the tracker’s only when scrolled to, then it hydrates and its search works; the deputy’s own suggestions', async () => {
    const { page, requests, problems } = await watchedPage();
    const widgetChunks = () => requests.map(chunkOf).filter((c): c is string => !!c && WIDGET_CHUNKS.includes(c)).sort();
    try {
      await page.goto(`${site.url}/${slug}/deputies/${deputy.id}/`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
      assert.deepEqual(widgetChunks(), ['deputy-card'], 'the first screen: the card; the code the server drew in it needs no code');
      const drawn = () => page.evaluate(() => document.querySelector('renda-deputy-card')!.shadowRoot!.querySelector('renda-qr-code')!.shadowRoot!.querySelector('path.qr__modules')?.getAttribute('d'));
      const serverPath = await drawn();
      assert.ok(serverPath);
      assert.ok(await page.evaluate(() => document.querySelector('renda-suggestion-tracker')!.getBoundingClientRect().top > 2 * innerHeight), 'the tracker is further down than the loader looks ahead');
      assert.equal(await page.evaluate(() => customElements.get('renda-suggestion-tracker')), undefined);
      assert.deepEqual(requests.filter((url) => url.endsWith('suggestions.json')), [], 'nor its data');

      await page.locator('renda-suggestion-tracker').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => (document.querySelector('renda-suggestion-tracker') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
      assert.deepEqual(widgetChunks(), ['deputy-card', 'suggestion-tracker']);
      // Interactive: the search filters the deputy's suggestions.
      const { content } = loadContent(join(repoRoot, 'content'), { today: FIXTURE_TODAY });
      const theirs = content!.towns.find((t) => t.town.slug === slug)!.suggestions.filter((s) => s.deputies.includes(deputy.id));
      const word = theirs[0]!.title.slice(0, 2);
      const found = theirs.filter((s) => `${s.id}${s.title}${s.body}${s.reply ?? ''}`.includes(word));
      await page.locator('renda-suggestion-tracker').getByRole('searchbox').pressSequentially(word);
      await page.locator('renda-suggestion-tracker').getByText(`找到 ${found.length} 条建议（共 ${theirs.length} 条）`).waitFor();

      // The size benchmark's reading of a page's scripts (test/support/page-scripts.ts) is what the browser loads, scrolled through.
      await page.waitForLoadState('networkidle');
      const html = readFileSync(join(out, slug, 'deputies', deputy.id, 'index.html'), 'utf8');
      const predicted = [...pageScripts(html, join(out, 'assets'), join(out, 'assets/site.js'))].map((file) => `/${relative(out, file)}`).sort();
      const loaded = [...new Set(requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname))].sort();
      assert.deepEqual(loaded, predicted);
      const data = requests.filter((url) => url.endsWith('suggestions.json')).map((url) => new URL(url).pathname);
      assert.deepEqual(data, [`/${slug}/data/deputies/${deputy.id}/suggestions.json`], 'the narrowed file, not the town’s');

      // The reader heads for the code's download buttons: its element loads and takes over the server's drawing.
      await page.locator('renda-deputy-card').evaluate((card) => card.shadowRoot!.querySelector('renda-qr-code')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })));
      await page.waitForFunction(() => (document.querySelector('renda-deputy-card')!.shadowRoot!.querySelector('renda-qr-code') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
      assert.deepEqual(widgetChunks(), ['deputy-card', 'qr-code', 'suggestion-tracker']);
      assert.equal(await drawn(), serverPath, 'hydrated, the same code');
      assert.equal(await page.evaluate(() => document.querySelector('renda-deputy-card')!.shadowRoot!.querySelector('renda-qr-code')!.shadowRoot!.querySelectorAll('svg.qr__svg').length), 1, 'not drawn a second time');
      assert.deepEqual(requests.map(chunkOf).filter((c) => c === 'qr-path'), [], 'nor the encoder');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('the town site’s stations page loads the map without a station’s details or the tile layer; choosing a station loads the details once and shows them', async () => {
    const { page, requests, problems } = await watchedPage();
    const parts = () => requests.map(chunkOf).filter((c) => c === 'station-details' || c === 'tile-layer');
    try {
      await page.goto(`${site.url}/${slug}/stations/`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => (document.querySelector('renda-station-map') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
      assert.ok(requests.map(chunkOf).includes('station-map'));
      assert.deepEqual(parts(), [], 'the first screen: no details chunk, no tile layer (the demo town has no tiles)');
      const map = page.locator('renda-station-map');
      const first = await map.evaluate((el) => el.shadowRoot!.querySelector<HTMLElement>('.list > .station')!.dataset.station!);
      const name = await map.evaluate((el) => el.shadowRoot!.querySelector('.list > .station .station__name')!.textContent!.trim());
      await map.locator('.list > .station .station__show').first().click();
      await map.locator('.details').waitFor();
      assert.equal((await map.locator('#details-title').textContent())?.trim(), name);
      assert.deepEqual(parts(), ['station-details']);
      // Closed and chosen again: drawn from the part already loaded, not fetched again.
      await map.locator('.details__close').click();
      await map.locator('.details').waitFor({ state: 'detached' });
      await map.locator(`.station[data-station="${first}"] .station__show`).click();
      await map.locator('.details').waitFor();
      assert.deepEqual(parts(), ['station-details']);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('publishes every chunk the loader can import, and each deputy’s and station’s suggestions', () => {
    const loader = readFileSync(join(out, 'assets/renda-embed.js'), 'utf8');
    const imported = [...loader.matchAll(/import\(\s*["'`]\.\/(chunks\/[^"'`]+)["'`]/g)].map((m) => m[1]!);
    assert.ok(imported.length >= 7);
    for (const chunk of imported) assert.ok(existsSync(join(out, 'assets', chunk)), `${chunk} is published`);
    const { content } = loadContent(join(repoRoot, 'content'), { today: FIXTURE_TODAY });
    const town = content!.towns.find((t) => t.town.slug === slug)!;
    const read = (path: string) => JSON.parse(readFileSync(join(out, slug, 'data', path), 'utf8')) as { figures: { total: number }; suggestions: PublicSuggestion[] };
    for (const d of town.deputies) {
      const file = read(`deputies/${d.id}/suggestions.json`);
      const expected = town.suggestions.filter((s) => s.deputies.includes(d.id)).map((s) => s.id);
      assert.deepEqual(file.suggestions.map((s) => s.id), expected, d.id);
      assert.equal(file.figures.total, expected.length);
    }
    for (const s of town.stations) {
      const file = read(`stations/${s.id}/suggestions.json`);
      assert.deepEqual(file.suggestions.map((x) => x.id), town.suggestions.filter((x) => x.station === s.id).map((x) => x.id), s.id);
    }
    assert.ok(read(`deputies/${deputy.id}/suggestions.json`).suggestions.length > 0);
  });
});
