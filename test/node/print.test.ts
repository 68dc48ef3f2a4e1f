/**
 * The printed 代表码: each demo town's print page rendered to an A4 PDF in Chromium, counted,
 * rasterised at 100 dpi, and every code read back with jsQR and measured on the paper.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { demoSite } from '../support/demo-site.js';
import { loadContent } from '../../site/content/loader.js';
import { deputyContactUrl, stationContactUrl } from '../../site/render/urls.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';
import { launchChromium, serveStatic, STRICT_CSP, type StaticServer } from '../support/browser.js';

// jsqr is CommonJS: Node hands over the function, TypeScript sees the exports object.
type Decode = typeof jsQRModule.default;
const jsQR: Decode = (jsQRModule as { default?: Decode }).default ?? (jsQRModule as unknown as Decode);

// 100 dpi draws a 3 cm code at about 4 pixels a module: enough for jsQR, and a quarter-millimetre ruler.
const DPI = 100;
const CM_PER_INCH = 2.54;
const contentDir = join(repoRoot, 'content');
const work = mkdtempSync(join(tmpdir(), 'renda-print-'));
let out: string;

interface ReadCode {
  page: number;
  text: string;
  widthCm: number;
}

const run = promisify(execFile);

/** Every page of the PDF as a PNG at `DPI`, and every QR code on it: what, and how wide on paper. */
async function readCodes(pdf: string, tiles: { columns: number; rows: number }): Promise<ReadCode[]> {
  const name = `page-${Date.now()}`;
  // Rasterising is the slow part: one pdftoppm per core, each on its share of the pages.
  const count = pdfPages(pdf);
  const workers = Math.max(1, Math.min(availableParallelism(), count));
  const share = Math.ceil(count / workers);
  await Promise.all(
    Array.from({ length: workers }, (_, i) => i * share + 1)
      .filter((first) => first <= count)
      .map((first) => run('pdftoppm', ['-r', String(DPI), '-png', '-gray', '-f', String(first), '-l', String(Math.min(count, first + share - 1)), pdf, join(work, name)])),
  );
  // pdftoppm numbers pages with as many digits as the last page needs.
  const pages = readdirSync(work).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]));
  const codes: ReadCode[] = [];
  pages.forEach((file, index) => {
    const png = PNG.sync.read(readFileSync(join(work, file)));
    // jsQR finds one code per image: look in each cell of the sheet's grid.
    const cellWidth = Math.floor(png.width / tiles.columns);
    const cellHeight = Math.floor(png.height / tiles.rows);
    for (let row = 0; row < tiles.rows; row++) {
      for (let column = 0; column < tiles.columns; column++) {
        const cell = new Uint8ClampedArray(cellWidth * cellHeight * 4);
        for (let y = 0; y < cellHeight; y++) {
          const from = ((row * cellHeight + y) * png.width + column * cellWidth) * 4;
          cell.set(png.data.subarray(from, from + cellWidth * 4), y * cellWidth * 4);
        }
        const code = jsQR(cell, cellWidth, cellHeight, { inversionAttempts: 'dontInvert' });
        if (!code) continue;
        const { topLeftCorner: a, topRightCorner: b, bottomLeftCorner: c } = code.location;
        // The symbol's own width, finder pattern to finder pattern (the quiet zone not counted).
        const widthPx = Math.min(Math.hypot(b.x - a.x, b.y - a.y), Math.hypot(c.x - a.x, c.y - a.y));
        codes.push({ page: index + 1, text: code.data, widthCm: (widthPx / DPI) * CM_PER_INCH });
      }
    }
  });
  return codes;
}

function pdfPages(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

describe('printed deputy posters', () => {
  let server: StaticServer;
  let browser: Browser;
  const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });

  before(async () => {
    out = await demoSite();
    server = await serveStatic(out, { csp: STRICT_CSP });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Opens a sheet with print media emulated, inspects it in the page, then prints it to a PDF; no script errors allowed. */
  async function printed<T>(path: string, file: string, inspect: (page: Page) => Promise<T>): Promise<{ pdf: string; found: T }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const found = await inspect(page);
    const pdf = join(work, file);
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    await page.close();
    assert.deepEqual(errors, [], `errors on ${path}`);
    return { pdf, found };
  }

  async function printToPdf(path: string, file: string): Promise<{ pdf: string; overflowing: string[] }> {
    const { pdf, found } = await printed(path, file, (page) =>
        // Nothing clipped: each poster's content fits inside the poster, each poster inside its cell.
      page.evaluate(() =>
      [...document.querySelectorAll('.sheet__cell')].flatMap((cell) => {
        const base = cell.querySelector('renda-deputy-card')?.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
        if (!base) return [`${cell.id}: no poster`];
        const c = cell.getBoundingClientRect();
        const b = base.getBoundingClientRect();
        const fits = base.scrollHeight <= base.clientHeight + 1 && base.scrollWidth <= base.clientWidth + 1;
        const inside = b.left >= c.left - 0.5 && b.right <= c.right + 0.5 && b.top >= c.top - 0.5 && b.bottom <= c.bottom + 0.5;
        return fits && inside ? [] : [cell.id];
      }),
    ));
    return { pdf, overflowing: found };
  }

  /**
   * The 联络站码 sheet with print media emulated, checked in the page before printing: each
   * card's content fits its card and its cell (nothing cut at the edge), and no text box of a card
   * overlaps another text box, of the same card or of another.
   */
  async function printStationsToPdf(path: string, file: string): Promise<{ pdf: string; problems: string[] }> {
    const { pdf, found } = await printed(path, file, (page) => page.evaluate(() => {
      const found: string[] = [];
      const boxes: { card: string; what: string; r: DOMRect }[] = [];
      for (const cell of document.querySelectorAll<HTMLElement>('.sheet__cell')) {
        const card = cell.querySelector<HTMLElement>('.station-poster');
        if (!card) {
          found.push(`${cell.id}: no card`);
          continue;
        }
        const style = getComputedStyle(cell);
        const c = cell.getBoundingClientRect();
        // The cell's content box: inside its padding, away from the cut line.
        const inner = { left: c.left + parseFloat(style.paddingLeft), right: c.right - parseFloat(style.paddingRight), top: c.top + parseFloat(style.paddingTop), bottom: c.bottom - parseFloat(style.paddingBottom) };
        const k = card.getBoundingClientRect();
        if (card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1) found.push(`${cell.id}: content overflows the card (${card.scrollWidth}×${card.scrollHeight} in ${card.clientWidth}×${card.clientHeight})`);
        if (k.left < inner.left - 0.5 || k.right > inner.right + 0.5 || k.top < inner.top - 0.5 || k.bottom > inner.bottom + 0.5) found.push(`${cell.id}: the card leaves its cell`);
        const parts = card.querySelectorAll<HTMLElement>('.station-poster__town, .station-poster__name, .station-poster__kind, renda-qr-code, .station-poster__slogan, dt, dd');
        for (const el of parts) {
          const r = el.getBoundingClientRect();
          const what = `${el.className || el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 12)}”`;
          if (r.width === 0 || r.height === 0) continue;
          if (r.left < k.left - 0.5 || r.right > k.right + 0.5 || r.top < k.top - 0.5 || r.bottom > k.bottom + 0.5) found.push(`${cell.id}: ${what} is cut at the card's edge`);
          if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'RENDA-QR-CODE') found.push(`${cell.id}: ${what} is wider than its box`);
          boxes.push({ card: cell.id, what, r });
        }
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!.r, boxes[j]!.r];
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          if (overlap) found.push(`${boxes[i]!.card}: ${boxes[i]!.what} overlaps ${boxes[j]!.card}: ${boxes[j]!.what}`);
        }
      return found;
    }));
    return { pdf, problems: found };
  }

  for (const slug of ['fengquan', 'chunlan']) {
    it(`${slug} 联络站码: four whole A6 cards per A4 page, nothing cut or overlapping, every code ≥ 3 cm and read back`, async () => {
      const town = content!.towns.find((t) => t.town.slug === slug)!;
      const { pdf, problems } = await printStationsToPdf(`/${slug}/print/stations/`, `${slug}-stations.pdf`);
      assert.deepEqual(problems, [], 'cards cut, overflowing or overlapping');
      assert.equal(pdfPages(pdf), Math.ceil(town.stations.length / 4));
      const codes = await readCodes(pdf, { columns: 2, rows: 2 });
      assert.deepEqual(codes.map((c) => c.text), town.stations.map((s) => stationContactUrl(content!.site, slug, s.id)), 'every station, in order, each read once');
      const narrowest = Math.min(...codes.map((c) => c.widthCm));
      assert.ok(narrowest >= 3, `narrowest code ${narrowest.toFixed(2)} cm`);
      console.log(`${slug} stations: ${codes.length} codes on ${pdfPages(pdf)} pages, ${narrowest.toFixed(2)}–${Math.max(...codes.map((c) => c.widthCm)).toFixed(2)} cm wide`);
    });
  }

  for (const slug of ['fengquan', 'chunlan']) {
    it(`${slug}: four A6 cards per A4 page, every code at least 3 cm wide and read back as its deputy’s URL`, async () => {
      const town = content!.towns.find((t) => t.town.slug === slug)!;
      const { pdf, overflowing } = await printToPdf(`/${slug}/print/deputies/`, `${slug}.pdf`);
      assert.deepEqual(overflowing, [], 'posters with clipped content');
      assert.equal(pdfPages(pdf), Math.ceil(town.deputies.length / 4));
      const codes = await readCodes(pdf, { columns: 2, rows: 2 });
      const expected = town.deputies.map((d) => deputyContactUrl(content!.site, slug, d.id));
      assert.deepEqual(codes.map((c) => c.text), expected, 'every deputy, in order, each read once');
      const narrowest = Math.min(...codes.map((c) => c.widthCm));
      assert.ok(narrowest >= 3, `narrowest code ${narrowest.toFixed(2)} cm`);
      console.log(`${slug}: ${codes.length} codes on ${pdfPages(pdf)} pages, ${narrowest.toFixed(2)}–${Math.max(...codes.map((c) => c.widthCm)).toFixed(2)} cm wide`);
    });
  }

  it('one deputy’s A4 poster: one page, a code of about 8 cm', async () => {
    const deputy = content!.towns[0]!.deputies[0]!;
    const slug = content!.towns[0]!.town.slug;
    const { pdf, overflowing } = await printToPdf(`/${slug}/print/deputies/${deputy.id}/`, 'a4.pdf');
    assert.deepEqual(overflowing, []);
    assert.equal(pdfPages(pdf), 1);
    const codes = await readCodes(pdf, { columns: 1, rows: 1 });
    assert.deepEqual(codes.map((c) => c.text), [deputyContactUrl(content!.site, slug, deputy.id)]);
    assert.ok(codes[0]!.widthCm >= 7, `${codes[0]!.widthCm.toFixed(2)} cm`);
  });

  it('one station’s A4 poster: one page, nothing cut or overlapping, a code of at least 7 cm', async () => {
    // The station with the longest name and schedule: the likeliest to crowd the sheet.
    const town = content!.towns.find((t) => t.town.slug === 'fengquan')!;
    const station = [...town.stations].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
    const { pdf, problems } = await printStationsToPdf(`/fengquan/print/stations/${station.id}/`, 'station-a4.pdf');
    assert.deepEqual(problems, []);
    assert.equal(pdfPages(pdf), 1);
    const codes = await readCodes(pdf, { columns: 1, rows: 1 });
    assert.deepEqual(codes.map((c) => c.text), [stationContactUrl(content!.site, 'fengquan', station.id)]);
    assert.ok(codes[0]!.widthCm >= 7, `${codes[0]!.widthCm.toFixed(2)} cm`);
  });
});
