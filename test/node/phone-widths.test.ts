import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoSite } from '../support/demo-site.js';
import { loadContent } from '../../site/content/loader.js';
import { launchChromium, serveStatic, STRICT_CSP, type StaticServer } from '../support/browser.js';
import { editJson, FIXTURE_TODAY, repoRoot, writeFixtureContent } from '../support/content-fixture.js';
import { buildSites } from '../../site/build.js';
import { chosenProjects } from '../../domain/votes/projects.js';

/**
 * Every public page as a resident sees it on a phone: one page of every type of both demo towns,
 * at the narrow widths phones have, in both languages, with script on and off, in normal and
 * large-text mode. No page may scroll sideways.
 */
const WIDTHS = [320, 360, 390, 412];
const PHONE = { width: 390, height: 844 };

interface PageType {
  name: string;
  path: string;
}

function pageTypes(): PageType[] {
  const { content } = loadContent(join(repoRoot, 'content'), { today: FIXTURE_TODAY });
  const pages: PageType[] = [
    { name: 'index of towns', path: '/' },
    { name: '404', path: '/no-such-town/no-such-page/' },
  ];
  for (const { town, deputies, stations, suggestions, votes, news, pages: free } of content!.towns) {
    const base = `/${town.slug}/`;
    const project = chosenProjects(votes, FIXTURE_TODAY)[0];
    // The deputy and suggestion with the longest words: the likeliest to push a phone's edge.
    const deputy = [...deputies].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
    const suggestion = [...suggestions].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
    pages.push(
      { name: `${town.slug} home`, path: base },
      { name: `${town.slug} deputies`, path: `${base}deputies/` },
      { name: `${town.slug} deputy`, path: `${base}deputies/${deputy.id}/` },
      { name: `${town.slug} stations`, path: `${base}stations/` },
      { name: `${town.slug} station`, path: `${base}stations/${stations[0]!.id}/` },
      { name: `${town.slug} receptions`, path: `${base}receptions/` },
      { name: `${town.slug} suggestions`, path: `${base}suggestions/` },
      { name: `${town.slug} suggestion`, path: `${base}suggestions/${suggestion.id}/` },
      { name: `${town.slug} votes`, path: `${base}votes/` },
      ...(project ? [{ name: `${town.slug} project`, path: `${base}projects/${project.ballot.id}/${project.project.id}/` }] : []),
      ...(['questioning', 'meet-the-head'] as const)
        .filter((source) => suggestions.some((s) => s.source === source))
        .map((source) => ({ name: `${town.slug} ${source}`, path: `${base}${source}/` })),
      { name: `${town.slug} news`, path: `${base}news/` },
      ...(news[0] ? [{ name: `${town.slug} article`, path: `${base}news/${news[0].slug}/` }] : []),
      ...(free[0] ? [{ name: `${town.slug} page`, path: `${base}pages/${free[0].slug}/` }] : []),
      { name: `${town.slug} data`, path: `${base}data/` },
      { name: `${town.slug} search`, path: `${base}search/` },
      { name: `${town.slug} embed`, path: `${base}embed/` },
    );
  }
  return [...pages, ...pages.map((page) => ({ name: `en ${page.name}`, path: `/en${page.path}` }))];
}

/** The element that reaches furthest right past the viewport, shadow roots included. */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string } | undefined> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= innerWidth) return undefined;
    let widest = '';
    let right = innerWidth + 0.5;
    const visit = (scope: Document | ShadowRoot, host: string) => {
      for (const element of Array.from(scope.querySelectorAll('*'))) {
        // Inside an <svg> nothing draws past the svg's own box.
        if (element instanceof SVGElement && element.ownerSVGElement) continue;
        const box = element.getBoundingClientRect();
        // Text that runs out of its box (a long line in <pre>) shows only in the box's scrollWidth.
        const reach = getComputedStyle(element).overflowX === 'visible' ? box.left + Math.max(box.width, element.scrollWidth) : box.right;
        // The deepest element wins a tie: that is where the long word or the wide control is.
        if (reach >= right - 1 && box.width > 0) {
          right = Math.max(right, reach);
          const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
          widest = `${host}${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${cls} (reaches ${Math.round(reach)} px, ${Math.round(box.width)} px wide: "${(element.textContent ?? '').trim().slice(0, 40)}")`;
        }
        if (element.shadowRoot) visit(element.shadowRoot, `${host}${element.tagName.toLowerCase()} » `);
      }
    };
    visit(document, '');
    return { scrollWidth: root.scrollWidth, innerWidth, widest };
  });
}

/** Resolves once every renda-* element on the page is defined and has rendered. */
async function upgraded(): Promise<void> {
  const tags = new Set(Array.from(document.querySelectorAll('*'), (element) => element.localName).filter((name) => name.startsWith('renda-')));
  await Promise.race([
    Promise.all([...tags].map((tag) => customElements.whenDefined(tag))),
    new Promise((resolve) => setTimeout(resolve, 3000)),
  ]);
  await Promise.all(Array.from(document.querySelectorAll('*')).map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete));
}

describe('every page fits a phone: no sideways scroll', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    server = await serveStatic(await demoSite(), { csp: STRICT_CSP });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('at 320, 360, 390 and 412 px, both languages, script on and off, normal and large text', async () => {
    const types = pageTypes();
    const failures: string[] = [];
    const combinations = [true, false].flatMap((javaScriptEnabled) => (['normal', 'large'] as const).map((text) => ({ javaScriptEnabled, text })));
    // One context per combination, two at a time (the machine has two cores). Each page loads once
    // at the narrowest width and is then laid out again at each wider one.
    const queue = [...combinations];
    const worker = async () => {
      for (let combination = queue.shift(); combination; combination = queue.shift()) {
        const { javaScriptEnabled, text } = combination;
        const context: BrowserContext = await browser.newContext({ javaScriptEnabled, viewport: { width: WIDTHS[0]!, height: PHONE.height } });
        // Script on: the visitor's stored choice, as site.js reads it before the first paint.
        if (javaScriptEnabled && text === 'large') await context.addInitScript(() => localStorage.setItem('renda-display', JSON.stringify({ text: 'large' })));
        const page = await context.newPage();
        try {
          for (const { name, path } of types) {
            await page.setViewportSize({ width: WIDTHS[0]!, height: PHONE.height });
            await page.goto(server.url + path, { waitUntil: 'load' });
            // Script off: the attribute as site.js would have set it.
            if (!javaScriptEnabled && text === 'large') await page.evaluate(() => document.documentElement.setAttribute('data-renda-text', 'large'));
            // Script on: the widgets upgrade after the page is drawn, and that can change their size.
            if (javaScriptEnabled) await page.evaluate(upgraded);
            for (const width of WIDTHS) {
              if (width !== WIDTHS[0]) await page.setViewportSize({ width, height: PHONE.height });
              const found = await overflow(page);
              if (found) failures.push(`${name} (${path}) at ${width} px, script ${javaScriptEnabled ? 'on' : 'off'}, ${text} text: ${found.scrollWidth} px wide in ${found.innerWidth} px; widest: ${found.widest}`);
            }
          }
        } finally {
          await context.close();
        }
      }
    };
    await Promise.all([worker(), worker()]);
    assert.deepEqual(failures, [], `pages that scroll sideways:\n${failures.join('\n')}`);
  });

  it('the header takes at most a fifth of a 390 × 844 screen, and its menu works without script', async () => {
    const town = 'fengquan';
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
      const page = await context.newPage();
      try {
        for (const path of [`/${town}/`, `/${town}/deputies/bq-001/`, `/en/chunlan/deputies/`, '/']) {
          await page.goto(server.url + path);
          const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
          assert.ok(height <= PHONE.height * 0.2, `${path}, script ${javaScriptEnabled ? 'on' : 'off'}: the header is ${height} px tall, more than a fifth of ${PHONE.height} px`);
        }
        // The folded menu: closed at first, opens on a tap, and its links lead to the sections.
        await page.goto(server.url + `/${town}/`);
        const menu = page.locator('details.site-menu');
        assert.equal(await page.locator('.site-sections').isVisible(), false, 'the wide row of sections is hidden on a phone');
        assert.equal(await menu.locator('a', { hasText: '代表' }).first().isVisible(), false, 'the menu starts closed');
        await menu.locator('summary').click();
        const deputies = menu.locator('a', { hasText: '代表' }).first();
        assert.ok(await deputies.isVisible(), `script ${javaScriptEnabled ? 'on' : 'off'}: the menu opens`);
        await Promise.all([page.waitForURL(`**/${town}/deputies/`), deputies.click()]);
        assert.match(await page.locator('h1').first().innerText(), /代表/);
        // On a wide screen the sections are one row, and there is no menu.
        await page.setViewportSize({ width: 1024, height: 800 });
        assert.ok(await page.locator('.site-sections').isVisible());
        assert.equal(await menu.isVisible(), false);
      } finally {
        await context.close();
      }
    }
  });

  it('in large text too the header takes at most a fifth of the screen; 高对比 and the other language move into the menu', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await context.addInitScript(() => localStorage.setItem('renda-display', JSON.stringify({ text: 'large' })));
    const page = await context.newPage();
    try {
      for (const path of ['/fengquan/', '/fengquan/deputies/bq-001/', '/en/chunlan/deputies/', '/chunlan/stations/']) {
        await page.goto(server.url + path);
        assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-renda-text')), 'large');
        const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
        assert.ok(height <= PHONE.height * 0.2, `${path} in large text: the header is ${height} px tall, more than a fifth of ${PHONE.height} px`);
      }
      await page.goto(server.url + '/fengquan/');
      const bar = page.locator('.site-bar');
      assert.ok(await bar.getByRole('button', { name: '大字' }).isVisible(), '大字 stays in view: the way back to normal text');
      assert.equal(await bar.getByRole('button', { name: '高对比' }).first().isVisible(), false);
      await page.locator('details.site-menu summary').click();
      const contrast = page.locator('.site-menu__more').getByRole('button', { name: '高对比' });
      assert.ok(await contrast.isVisible());
      await contrast.click();
      assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-renda-theme')), 'contrast');
      assert.equal(await contrast.getAttribute('aria-pressed'), 'true');
      await Promise.all([page.waitForURL('**/en/fengquan/'), page.locator('.site-menu__more').getByRole('link', { name: 'English' }).click()]);
    } finally {
      await context.close();
    }
  });

  it('a deputy page (where a 代表码 leads) without the participation API: a phone and the next reception in the first screen, no promise of a message', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
      try {
        const page = await context.newPage();
        await page.goto(server.url + '/fengquan/deputies/bq-001/', { waitUntil: 'load' });
        const reach = page.locator('.deputy-reach');
        const box = await reach.boundingBox();
        assert.ok(box && box.y + box.height <= PHONE.height, `script ${javaScriptEnabled ? 'on' : 'off'}: the way to reach the deputy ends at ${box && box.y + box.height} px, below the first screen`);
        assert.match(await reach.locator('a[href^="tel:"]').getAttribute('href') ?? '', /^tel:[\d+]+$/);
        assert.match(await reach.innerText(), /下次接待：\d{4}年\d{1,2}月\d{1,2}日/);
        assert.equal(await reach.locator('.button').count(), 0, 'no button to a form that does not exist');
        assert.equal(await page.locator('form.contact-form').count(), 0);
        const hint = await page.locator('.code__hint').innerText();
        assert.doesNotMatch(hint, /留言/, `the code's hint promises a message: ${hint}`);
        assert.match(hint, /电话/);
      } finally {
        await context.close();
      }
    }
  });

  it('a deputy page with the participation API: a “给代表留言” button in the first screen that jumps to the form', async () => {
    const content = writeFixtureContent();
    editJson(content, 'site.json', (site) => (site.participationApi = 'https://api.renda.example.gov.cn/v1'));
    const out = join(mkdtempSync(join(tmpdir(), 'renda-phone-api-')), '_site');
    const result = await buildSites({ contentDir: content, outDir: out, today: FIXTURE_TODAY });
    assert.ok(result.ok, JSON.stringify(result));
    const fixture = await serveStatic(out, { csp: STRICT_CSP });
    try {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
        try {
          const page = await context.newPage();
          await page.goto(fixture.url + '/hexi/deputies/hx-001/', { waitUntil: 'load' });
          const button = page.locator('.deputy-reach .button');
          assert.equal(await button.innerText(), '给陈立群代表留言');
          const box = await button.boundingBox();
          assert.ok(box && box.y + box.height <= PHONE.height, `script ${javaScriptEnabled ? 'on' : 'off'}: the button ends at ${box && box.y + box.height} px, below the first screen`);
          assert.match(await page.locator('.code__hint').innerText(), /留言/);
          await button.click();
          await page.waitForURL('**#contact');
          const field = await page.locator('#contact-name').boundingBox();
          assert.ok(field && field.y >= 0 && field.y < PHONE.height, `script ${javaScriptEnabled ? 'on' : 'off'}: after the jump the form's first field is at ${field?.y} px`);
        } finally {
          await context.close();
        }
      }
    } finally {
      await fixture.close();
    }
  });
});
