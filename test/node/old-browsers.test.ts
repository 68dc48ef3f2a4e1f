/**
 * The browsers residents have (issue 14, item 8): iOS before 16.4 (WeChat's WKWebView on those
 * iPhones) does not attach `<template shadowrootmode>` while parsing, so server-rendered widgets
 * stay inert templates. Chromium cannot switch declarative shadow DOM off, so the page is served
 * with the attribute renamed and given back after parsing: the DOM is then what such a browser
 * builds (templates with `shadowrootmode`, no shadow roots). With script the loader must attach
 * them and the widgets hydrate, once, under the strict CSP.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../site/content/loader.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { FIXTURE_TODAY } from '../support/content-fixture.js';
import { launchChromium, serveStatic, STRICT_CSP, type StaticServer } from '../support/browser.js';

/** What an old browser's parser leaves: templates whose `shadowrootmode` it did not act on. */
const OLD_PARSER = () => {
  // Such a browser has no `shadowRootMode` on templates either: the loader tells them apart by it.
  delete (HTMLTemplateElement.prototype as { shadowRootMode?: unknown }).shadowRootMode;
  document.addEventListener('DOMContentLoaded', () => {
    for (const template of document.querySelectorAll('template[data-old-shadowrootmode]')) {
      template.setAttribute('shadowrootmode', template.getAttribute('data-old-shadowrootmode')!);
      template.removeAttribute('data-old-shadowrootmode');
    }
    (window as unknown as { leftAtParse: number }).leftAtParse = document.querySelectorAll('template[shadowrootmode]').length;
  });
};

describe('server-rendered widgets in browsers without declarative shadow DOM', () => {
  let server: StaticServer;
  let browser: Browser;
  let deputy: { id: string; name: string };

  before(async () => {
    const town = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns.find((t) => t.town.slug === 'fengquan')!;
    deputy = town.deputies[0]!;
    server = await serveStatic(await demoSite(), { csp: STRICT_CSP });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openAsOldBrowser(path: string, javaScriptEnabled = true): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route(`${server.url}${path}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<template shadowroot="open" shadowrootmode="open">/g, '<template data-old-shadowrootmode="open">');
      await route.fulfill({ response, body });
    });
    await page.addInitScript(OLD_PARSER);
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    return { page, errors };
  }

  const widgets: [name: string, path: () => string, tag: string, text: () => RegExp][] = [
    ['the deputy card', () => `/fengquan/deputies/${deputy.id}/`, 'renda-deputy-card', () => new RegExp(`${deputy.name}[\\s\\S]*代表编号`)],
    ['the station map', () => '/fengquan/stations/', 'renda-station-map', () => /联络站/],
    ['the suggestion tracker', () => '/fengquan/suggestions/', 'renda-suggestion-tracker', () => /办成率/],
    ['the vote', () => '/fengquan/votes/', 'renda-vote', () => /票/],
  ];

  for (const [name, path, tag, text] of widgets) {
    it(`${name}: the loader attaches the shadow roots the parser left, and the widget hydrates once`, async () => {
      const { page, errors } = await openAsOldBrowser(path());
      assert.ok(await page.evaluate(() => (window as unknown as { leftAtParse: number }).leftAtParse) > 0, 'the simulated parser left templates');
      await page.waitForFunction((t) => {
        const el = document.querySelector(t) as (Element & { hasUpdated?: boolean }) | null;
        return !!el?.shadowRoot && el.hasUpdated === true;
      }, tag);
      const state = await page.evaluate((t) => {
        const el = document.querySelector(t)!;
        return {
          left: document.querySelectorAll('template[shadowrootmode]').length,
          text: (el.shadowRoot! as unknown as { textContent: string }).textContent,
          children: el.shadowRoot!.children.length,
        };
      }, tag);
      assert.equal(state.left, 0, 'no template left in the page');
      assert.match(state.text.replace(/\s+/g, ' '), text());
      assert.ok(await page.locator(tag).first().isVisible());
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it('the deputy card is drawn once, not beside a second copy', async () => {
    const { page } = await openAsOldBrowser(`/fengquan/deputies/${deputy.id}/`);
    await page.waitForFunction(() => (document.querySelector('renda-deputy-card') as { hasUpdated?: boolean } | null)?.hasUpdated === true);
    assert.equal(await page.evaluate(() => document.querySelector('renda-deputy-card')!.shadowRoot!.querySelectorAll('article').length), 1);
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    await page.context().close();
  });
});
