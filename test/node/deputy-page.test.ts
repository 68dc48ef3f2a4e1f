/**
 * The deputy's page as a resident gets it: built, served under the strict CSP, opened in
 * Chromium with and without script. The server-rendered card hydrates in place, its downloads
 * give codes that scan, and axe finds nothing in the deputy's part of the page.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSites } from '../../site/build.js';
import { todayInChina } from '../../domain/calendar/dates.js';
import { editJson, FIXTURE_TODAY, repoRoot, writeFixtureContent } from '../support/content-fixture.js';
import { launchChromium, serveStatic, STRICT_CSP, type StaticServer } from '../support/browser.js';

type Decode = typeof jsQRModule.default;
const jsQR: Decode = (jsQRModule as { default?: Decode }).default ?? (jsQRModule as unknown as Decode);

const CONTACT_URL = 'https://renda.example.gov.cn/hexi/deputies/hx-001/';
const PAGE = '/hexi/deputies/hx-001/';
const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

describe('the deputy’s page in a browser', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    const content = writeFixtureContent();
    // A site with the participation API: the page then carries the contact form.
    editJson(content, 'site.json', (site) => (site.participationApi = 'https://api.renda.example.gov.cn/v1'));
    const out = join(mkdtempSync(join(tmpdir(), 'renda-deputy-page-')), '_site');
    const result = await buildSites({ contentDir: content, outDir: out, today: FIXTURE_TODAY });
    assert.ok(result.ok, JSON.stringify(result));
    server = await serveStatic(out, { csp: STRICT_CSP });
    browser = await launchChromium();
  });

  // Closed after each test, passed or failed: a failing test must not leave its page behind.
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true, ...options });
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url + PAGE, { waitUntil: 'networkidle' });
    return { page, errors };
  }

  it('without script: the whole card and its code are on the page', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    const card = page.locator('renda-deputy-card');
    assert.match(await card.locator('article').innerText(), /代表编号 hx-001[\s\S]*县（区）人大代表[\s\S]*第1选区[\s\S]*河西镇人大代表联络中心站[\s\S]*下次接待/);
    assert.equal(await page.locator('h1').innerText(), '陈立群');
    const box = await card.locator('svg[role="img"]').boundingBox();
    assert.ok(box && box.width >= 150, `code drawn ${box?.width}px wide`);
    assert.equal(await card.locator(`a[href="${CONTACT_URL}"]`).innerText(), CONTACT_URL);
  });

  it('with script: hydrates in place, moves on to today’s date, no errors under the strict CSP', async () => {
    const { page, errors } = await open();
    await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
    const shape = await page.evaluate(() => {
      const card = document.querySelector('renda-deputy-card')!;
      const qr = card.shadowRoot!.querySelector('renda-qr-code')!;
      return { articles: card.shadowRoot!.querySelectorAll('article').length, svgs: qr.shadowRoot!.querySelectorAll('svg').length, deferred: qr.hasAttribute('defer-hydration') };
    });
    assert.deepEqual(shape, { articles: 1, svgs: 1, deferred: false });
    await page.waitForFunction((today) => (document.querySelector('renda-deputy-card')!.shadowRoot!.querySelector('[part~="next-reception"] time')?.getAttribute('datetime') ?? '') >= today, todayInChina());
    assert.deepEqual(errors, []);
  });

  it('the download buttons save an SVG and a PNG of the code that scan', async () => {
    const { page } = await open();
    await page.waitForFunction(() => !document.querySelector('renda-deputy-card renda-qr-code, renda-deputy-card')?.hasAttribute('defer-hydration'));
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载SVG' }).click()]);
    assert.equal(svgDownload.suggestedFilename(), '代表码-hx-001.svg');
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    const shownPath = await page.evaluate(() => document.querySelector('renda-deputy-card')!.shadowRoot!.querySelector('renda-qr-code')!.shadowRoot!.querySelector('path')!.getAttribute('d'));
    assert.ok(svg.includes(`d="${shownPath}"`), 'the SVG holds the code shown');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载PNG' }).click()]);
    assert.equal(pngDownload.suggestedFilename(), '代表码-hx-001.png');
    const png = PNG.sync.read(readFileSync((await pngDownload.path())!));
    assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, CONTACT_URL);
  });

  it('keyboard: Tab from the page heading reaches the card’s links and both download buttons', async () => {
    const { page } = await open();
    await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
    await page.locator('.breadcrumbs a').last().focus();
    const reached: string[] = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return `${active?.tagName.toLowerCase()} ${active?.getAttribute('href') ?? active?.textContent?.trim()}`;
        }),
      );
    }
    // First the way to write (给代表留言, in the first screen), then the card.
    // (The card's record line links to the 履职档案 further down the same page.)
    assert.deepEqual(reached.slice(0, 7), ['a #contact', 'a ../../stations/center/', 'a ../../stations/center/', 'a ./#duty-record-title', `a ${CONTACT_URL}`, 'button 下载SVG', 'button 下载PNG']);
  });

  for (const [name, attributes] of [
    ['default theme', {}],
    ['dark theme', { 'data-renda-theme': 'dark' }],
    ['high contrast, large text', { 'data-renda-theme': 'contrast', 'data-renda-text': 'large' }],
  ] as const) {
    it(`axe finds nothing in the deputy’s part of the page (${name})`, async () => {
      const { page } = await open({ bypassCSP: true });
      await page.evaluate((attrs) => Object.entries(attrs).forEach(([k, v]) => document.documentElement.setAttribute(k, v)), attributes as Record<string, string>);
      await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run({ include: [['article.deputy']] });
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      assert.deepEqual(violations, []);
      });
  }

  it('the form names every field, and the page says what is published and what is masked', async () => {
    const { page } = await open();
    const form = page.locator('form.contact-form');
    assert.equal(await form.getAttribute('action'), 'https://api.renda.example.gov.cn/v1/submissions');
    assert.equal(await form.getAttribute('method'), 'post');
    for (const label of ['怎么称呼您（必填）', '联系电话（选填）', '您想反映的事情（必填）']) assert.equal(await page.getByLabel(label).count(), 1, label);
    assert.equal(await page.getByRole('checkbox', { name: /同意河西镇人民代表大会保存和办理/ }).count(), 1);
    assert.match(await page.locator('#contact-privacy').innerText(), /会公开[\s\S]*会隐去[\s\S]*不公开/);
  });
});
