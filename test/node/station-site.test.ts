/**
 * The stations on a town site: the `map.geojson` content file and its checks, the stations page
 * (map and list in the HTML, no script needed), one page and one `.ics` per station, and in a
 * real Chromium under the strict CSP: no request leaves the page in default mode, and “nearest
 * to me” uses the browser's position (Chromium's own geolocation, emulated) without sending it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { buildSites } from '../../site/build.js';
import { loadContent } from '../../site/content/loader.js';
import { stationPosterEntries } from '../../site/pages/stations.js';
import { FIXTURE_TODAY, copyContent, editJson, writeFixtureContent } from '../support/content-fixture.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { launchChromium, serveStatic, STRICT_CSP, type StaticServer } from '../support/browser.js';

const LAYER = {
  $schema: '../../../site/schemas/map.schema.json',
  type: 'FeatureCollection',
  coordinateSystem: 'gcj02',
  features: [
    { type: 'Feature', properties: { kind: 'road', name: '河西路' }, geometry: { type: 'LineString', coordinates: [[119.94, 30.045], [119.97, 30.06]] } },
    { type: 'Feature', properties: { kind: 'village', name: '东村' }, geometry: { type: 'Polygon', coordinates: [[[119.955, 30.055], [119.965, 30.055], [119.965, 30.065], [119.955, 30.055]]] } },
  ],
};

const BOUNDARY = { type: 'Feature', properties: { kind: 'boundary' }, geometry: { type: 'Polygon', coordinates: [[[119.9, 30.0], [120.0, 30.0], [120.0, 30.1], [119.9, 30.0]]] } };

function withLayer(layer: unknown = LAYER): string {
  const dir = copyContent(writeFixtureContent());
  writeFileSync(join(dir, 'towns/hexi/map.geojson'), `${JSON.stringify(layer, null, 2)}\n`);
  return dir;
}

describe('map.geojson: the town layer', () => {
  it('loads with the town when valid', () => {
    const { content, problems } = loadContent(withLayer(), { today: FIXTURE_TODAY });
    assert.deepEqual(problems, []);
    assert.equal(content!.towns[0]!.map?.features.length, 2);
  });

  it('refuses a boundary without a map review number, saying where and how to fix it', () => {
    const dir = withLayer({ ...LAYER, features: [...LAYER.features, BOUNDARY] });
    const { content, problems } = loadContent(dir, { today: FIXTURE_TODAY, locale: 'en' });
    assert.equal(content, undefined);
    const problem = problems.find((p) => p.message.includes('map review number'))!;
    assert.equal(problem.file, 'towns/hexi/map.geojson');
    assert.equal(problem.path, 'features[2].properties.kind');
    assert.ok(problem.line && problem.line > 1);
    assert.match(problem.fix!, /mapReviewNumber/);
    editJson(dir, 'towns/hexi/town.json', (town) => (town.mapReviewNumber = '浙S(2025)12号'));
    assert.deepEqual(loadContent(dir, { today: FIXTURE_TODAY }).problems, []);
  });

  it('catches swapped coordinates and shapes GeoJSON does not allow', () => {
    const swapped = withLayer({ ...LAYER, features: [{ ...LAYER.features[0], geometry: { type: 'LineString', coordinates: [[30.045, 119.94], [30.06, 119.97]] } }] });
    const a = loadContent(swapped, { today: FIXTURE_TODAY, locale: 'en' }).problems;
    assert.equal(a.length, 1, JSON.stringify(a));
    assert.match(a[0]!.fix!, /swapped/);
    const bad = withLayer({ ...LAYER, features: [{ type: 'Feature', properties: { kind: 'river' }, geometry: { type: 'LineString', coordinates: [[119.94, 30.045]] } }] });
    const b = loadContent(bad, { today: FIXTURE_TODAY, locale: 'en' }).problems;
    assert.ok(b.some((p) => p.message === 'unknown value' && p.expected!.includes('"road"')), JSON.stringify(b));
    assert.ok(b.some((p) => p.message === 'the list is too short'), JSON.stringify(b));
    assert.ok(b.every((p) => p.file === 'towns/hexi/map.geojson'));
  });

  it('town.json may configure tiles, with its coordinate system; plain http is refused', () => {
    const dir = withLayer();
    editJson(dir, 'towns/hexi/town.json', (town) => (town.map = { tiles: 'https://tiles.example/{z}/{x}/{y}.png', tilesCrs: 'gcj02' }));
    assert.deepEqual(loadContent(dir, { today: FIXTURE_TODAY }).problems, []);
    editJson(dir, 'towns/hexi/town.json', (town) => (town.map = { tiles: 'http://tiles.example/{z}/{x}/{y}.png', tilesCrs: 'mars' }));
    const problems = loadContent(dir, { today: FIXTURE_TODAY, locale: 'en' }).problems;
    assert.ok(problems.some((p) => p.path === 'map.tiles' && p.message === 'wrong format'), JSON.stringify(problems));
    assert.ok(problems.some((p) => p.path === 'map.tilesCrs' && p.message === 'unknown value'), JSON.stringify(problems));
  });

  it('Baidu tiles are refused: they are not XYZ tiles in Web Mercator', () => {
    const dir = withLayer();
    editJson(dir, 'towns/hexi/town.json', (town) => (town.map = { tiles: 'https://tiles.example/{z}/{x}/{y}.png', tilesCrs: 'bd09' }));
    const problems = loadContent(dir, { today: FIXTURE_TODAY }).problems;
    const problem = problems.find((p) => p.path === 'map.tilesCrs');
    assert.ok(problem && problem.message === '不认识的值' && /"wgs84"、"gcj02" 之一/.test(problem.expected ?? ''), JSON.stringify(problems));
  });

  it('the demo towns ship a schematic base map: village outlines with names, roads, the river, no boundary', async () => {
    const out = await demoSite();
    for (const town of loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns) {
      const layer = town.map!;
      assert.ok(layer, `${town.town.slug} has map.geojson`);
      const kinds = (kind: string) => layer.features.filter((f) => f.properties.kind === kind);
      assert.equal(kinds('boundary').length, 0);
      assert.ok(kinds('road').length >= 4 && kinds('water').length >= 1);
      const villages = kinds('village').map((f) => f.properties.name);
      // Every place a station is named after has its outline.
      for (const station of town.stations.filter((s) => /(村|社区)/.test(s.name) && !/片区/.test(s.name))) {
        assert.ok(villages.some((v) => v && station.name.startsWith(v)), `${station.name} lies in an outlined place`);
      }
      const page = readFileSync(join(out, town.town.slug, 'stations/index.html'), 'utf8');
      assert.match(page, /class="layer__road"/);
      assert.match(page, /class="layer__water is-line"/);
      assert.match(page, /class="label label--place"/, 'place names drawn on the server');
    }
  });
});

describe('stations on the town site', () => {
  let out: string;
  let server: StaticServer;
  /** A chunk of the widgets' code from the site itself, which the loader imports when a widget needs it. */
  const ownChunk = (url: string) => url.startsWith(`${server.url}/assets/chunks/`) && url.endsWith('.js');
  let browser: Browser;

  before(async () => {
    out = join(mkdtempSync(join(tmpdir(), 'renda-stations-')), '_site');
    const result = await buildSites({ contentDir: withLayer(), outDir: out, today: FIXTURE_TODAY });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 3)));
    server = await serveStatic(out, { csp: STRICT_CSP });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the stations page has the map and the list in its HTML, and the data for hydration', () => {
    const page = readFileSync(join(out, 'hexi/stations/index.html'), 'utf8');
    assert.match(page, /<renda-station-map[^>]*rendered-at="2026-11-20"/);
    assert.match(page, /<template shadowroot(mode)?="open"/);
    // (Lit's SSR wraps each value in comment markers.)
    assert.match(page, /<a class="station__name" href="center\/">(<!--[^>]*-->)*河西镇人大代表联络中心站(<!--[^>]*-->)*<\/a>/);
    assert.match(page, /<a class="station__name" href="bus\/">(<!--[^>]*-->)*流动联络站(<!--[^>]*-->)*<\/a>/);
    assert.match(page, /class="layer__road"/, 'the town layer is drawn on the server');
    const island = /<script type="application\/json">(.*?)<\/script>/s.exec(page)![1]!;
    const data = JSON.parse(island);
    assert.deepEqual(data.stations.map((s: { id: string }) => s.id), ['center', 'bus']);
    assert.deepEqual(data.deputies[0], { id: 'hx-001', name: '陈立群' });
    assert.equal(data.layer.features.length, 2);
  });

  it('each station has a page with a small map, its QR and a calendar file that parses', () => {
    const page = readFileSync(join(out, 'hexi/stations/center/index.html'), 'utf8');
    assert.match(page, /<renda-station-map[^>]*selected="center"/);
    assert.match(page, /<renda-station-map[^>]*compact/);
    assert.match(page, /href="receptions.ics"/);
    assert.match(page, /<renda-qr-code/);
    for (const id of ['center', 'bus']) {
      const ics = readFileSync(join(out, `hexi/stations/${id}/receptions.ics`), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      assert.ok(events.length > 0, `${id} has receptions`);
      assert.equal(events[0]!.component.getFirstPropertyValue('url'), `https://renda.example.gov.cn/hexi/stations/${id}/`);
    }
    const bus = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'hexi/stations/bus/receptions.ics'), 'utf8')));
    assert.equal(new ICAL.Event(bus.getFirstSubcomponent('vevent')!).location, '东村文化礼堂');
  });

  it('a calendar for the whole town and one per deputy, linked from the stations page and the deputy’s page', () => {
    const stationsPage = readFileSync(join(out, 'hexi/stations/index.html'), 'utf8');
    assert.match(stationsPage, /href="\.\.\/receptions\.ics"/);
    const town = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'hexi/receptions.ics'), 'utf8')));
    const urls = new Set(town.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).component.getFirstPropertyValue('url')));
    assert.ok(urls.has('https://renda.example.gov.cn/hexi/stations/center/') && urls.has('https://renda.example.gov.cn/hexi/stations/bus/'), 'every station is in the town’s calendar');
    const deputyPage = readFileSync(join(out, 'hexi/deputies/hx-001/index.html'), 'utf8');
    assert.match(deputyPage, /href="receptions\.ics"/);
    const deputy = readFileSync(join(out, 'hexi/deputies/hx-001/receptions.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(deputy)).getAllSubcomponents('vevent');
    assert.ok(events.length > 0);
    for (const line of deputy.split('\r\n').filter((l) => l.includes('UNTIL='))) assert.match(line, /UNTIL=(\d{8}|\d{8}T\d{6}Z)(;|$)/);
  });

  it('gives the print page one 联络站码 poster per station', () => {
    const { content } = loadContent(withLayer(), { today: FIXTURE_TODAY });
    const posters = stationPosterEntries({ site: content!.site, loaded: content!.towns[0]!, today: FIXTURE_TODAY });
    assert.deepEqual(posters.map((p) => p.id), ['station-center', 'station-bus']);
    assert.match(posters[0]!.poster.value, /<renda-qr-code[^>]*value="https:\/\/renda.example.gov.cn\/hexi\/stations\/center\/"/);
  });

  it('without script the list and its links are there, and no dead buttons', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/hexi/stations/`);
    const names = await page.locator('renda-station-map .station__name').allTextContents();
    assert.deepEqual(names, ['河西镇人大代表联络中心站', '流动联络站']);
    assert.equal(await page.locator('renda-station-map .locate__button').isVisible(), false);
    assert.equal(await page.locator('renda-station-map .station__show').first().isVisible(), false);
    assert.ok(await page.locator('renda-station-map .marker').first().isVisible());
    await context.close();
  });

  it('default mode: hydrates under the strict CSP and asks for nothing beyond the page’s own files, even while used', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.url}/hexi/stations/`, { waitUntil: 'networkidle' });
    await page.locator('renda-station-map .locate__button').waitFor({ state: 'visible' });
    const loaded = requests.length;
    assert.ok(requests.every((url) => url.startsWith(server.url)), requests.join('\n'));
    const map = page.locator('renda-station-map .map');
    await map.hover();
    await page.mouse.wheel(0, -400);
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + 100, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + 220, box.y + 160, { steps: 8 });
    await page.mouse.up();
    await map.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('+');
    await page.locator('renda-station-map .station__show').first().click();
    await page.locator('renda-station-map .details').waitFor();
    await page.waitForTimeout(300);
    // Only the page's own code, imported on first use (the QR encoder for the station's code).
    assert.deepEqual(requests.slice(loaded).filter((url) => !ownChunk(url)), [], 'no request after the page loaded but its own code');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('“nearest to me” uses the browser’s position only when pressed, and sends it nowhere', async () => {
    // Chromium's own geolocation, set to a point 150 m from the mobile station's base (WGS-84).
    const user = { latitude: 30.0613, longitude: 119.9612 };
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, permissions: ['geolocation'], geolocation: user });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}/hexi/stations/`, { waitUntil: 'networkidle' });
    // Until the button is pressed the page shows no position and no distances.
    assert.equal(await page.locator('renda-station-map .user').count(), 0);
    assert.doesNotMatch((await page.locator('renda-station-map .list').textContent())!, /约\d+ 米/);
    const before = requests.length;
    await page.locator('renda-station-map .locate__button').click();
    await page.locator('renda-station-map .station.is-selected').waitFor();
    assert.equal(await page.locator('renda-station-map').getAttribute('selected'), 'bus');
    const first = await page.locator('renda-station-map .station').first().textContent();
    // About 185 m as the crow flies; shown rounded to 50 m.
    const metres = Number(/约(\d+) 米/.exec(first!)?.[1]);
    assert.ok(first!.includes('流动联络站') && metres >= 150 && metres <= 200, first!);
    assert.match((await page.locator('renda-station-map [role="status"]').textContent())!, /离您最近的是流动联络站/);
    assert.ok(await page.locator('renda-station-map .user').isVisible(), 'the resident is on the map');
    await page.waitForTimeout(300);
    const after = requests.slice(before).filter((url) => !ownChunk(url));
    assert.deepEqual(after, [], 'no request after pressing the button but the page’s own code');
    assert.ok(!requests.some((url) => url.includes('30.06') || url.includes('119.96')), 'the position is in no URL');
    await context.close();
  });

  it('says plainly when the resident refuses their location', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.clearPermissions();
    const page = await context.newPage();
    await page.goto(`${server.url}/hexi/stations/`, { waitUntil: 'networkidle' });
    // Headless Chromium answers an ungranted geolocation request with “denied”.
    await page.locator('renda-station-map .locate__button').click();
    await page.locator('renda-station-map .locate__note--problem').waitFor();
    assert.match((await page.locator('renda-station-map .locate__note').textContent())!, /没有获得定位权限/);
    await context.close();
  });
});

describe('the station’s page leads to a way to write (the 联络站码 opens it)', () => {
  let withApi: StaticServer;
  let without: StaticServer;
  let browser: Browser;

  before(async () => {
    const content = writeFixtureContent();
    editJson(content, 'site.json', (site) => (site.participationApi = 'https://api.renda.example.gov.cn/v1'));
    const outWith = join(mkdtempSync(join(tmpdir(), 'renda-station-form-')), '_site');
    const outWithout = join(mkdtempSync(join(tmpdir(), 'renda-station-noform-')), '_site');
    for (const [dir, out] of [[content, outWith], [writeFixtureContent(), outWithout]] as const) {
      const result = await buildSites({ contentDir: dir, outDir: out, today: FIXTURE_TODAY });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 3)));
    }
    withApi = await serveStatic(outWith, { csp: STRICT_CSP });
    without = await serveStatic(outWithout, { csp: STRICT_CSP });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await withApi?.close();
    await without?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`with the participation API: 给联络站留言 within the first screen of a 390 × 844 phone, jumping to a form for the station (script ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${withApi.url}/hexi/stations/center/`, { waitUntil: 'networkidle' });
      const button = page.getByRole('link', { name: '给河西镇人大代表联络中心站留言' });
      const box = await button.boundingBox();
      assert.ok(box && box.y + box.height <= 844, `the button ends at ${box && box.y + box.height}px`);
      await button.click();
      await page.waitForFunction(() => location.hash === '#contact');
      const form = page.locator('form.contact-form');
      assert.equal(await form.getAttribute('action'), 'https://api.renda.example.gov.cn/v1/submissions');
      assert.equal(await form.locator('input[name="station"]').getAttribute('value'), 'center');
      assert.equal(await form.locator('input[name="deputy"]').count(), 0);
      for (const label of ['怎么称呼您（必填）', '联系电话（选填）', '您想反映的事情（必填）']) assert.equal(await page.getByLabel(label).count(), 1, label);
      assert.match(await page.locator('#contact-privacy').innerText(), /只用于联络站和代表联系您/);
      assert.ok((await page.locator('#contact-body').boundingBox())!.y < 844 * 2, 'the form is in view after the jump');
      await context.close();
    });
  }

  it('without the API: no form and no promise of one; the next reception and how to come in person instead', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${without.url}/hexi/stations/center/`, { waitUntil: 'networkidle' });
    assert.equal(await page.locator('form.contact-form').count(), 0);
    assert.doesNotMatch(await page.locator('main').innerText(), /留言/);
    const next = await page.locator('dt', { hasText: '下次接待' }).boundingBox();
    assert.ok(next && next.y + next.height <= 844, 'the next reception is in the first screen');
    assert.match(await page.locator('#contact').innerText(), /有事请在接待时间到河西镇人大代表联络中心站当面反映/);
    await context.close();
  });
});
