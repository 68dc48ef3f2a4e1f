/**
 * Print sheets of a large town (issue 15 item 7): past `POSTERS_PER_PAGE` posters the station and
 * deputy sheets split into `print/stations/`, `print/stations/sheets/2/`… Each page holds its share of
 * the posters, links to every page, and stays a few megabytes, not the 48 MB one page was.
 * Synthetic content for one town; only the print pages are rendered.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../site/content/loader.js';
import { deputyPostersPage, posterPageCount, POSTERS_PER_PAGE } from '../../site/pages/print.js';
import { sitePages } from '../../site/plugin.js';
import { generateSyntheticContent } from '../../scripts/synthetic-content.js';

const TODAY = '2026-11-20';
const STATIONS = 450;
/** Asked of the generator, which may make a few fewer to fit the town's seats. */
const DEPUTIES = 240;
const work = mkdtempSync(join(tmpdir(), 'renda-print-pages-'));
after(() => rmSync(work, { recursive: true, force: true }));

const summary = generateSyntheticContent({ outDir: work, towns: 1, deputiesPerTown: DEPUTIES, suggestionsPerTown: 1, seed: 'print-pages', today: TODAY });
const loadedContent = loadContent(work, { today: TODAY }).content!;
const town = summary.towns[0]!;
const generated = loadedContent.towns.find((t) => t.town.slug === town)!;
// The generator makes a town's worth of stations (a few dozen): a county's count is made from them.
const stations = Array.from({ length: STATIONS }, (_, i) => {
  const model = generated.stations[i % generated.stations.length]!;
  return { ...model, id: `st-${String(i + 1).padStart(4, '0')}`, name: `${model.name}${i + 1}` };
});
const loaded = { ...generated, stations };
const content = { ...loadedContent, towns: [loaded] };
const pages = sitePages(content, TODAY);

/** Page path → rendered HTML, for the sheet under `/<town>/print/<what>/` (its numbered pages, not one poster's page). */
function sheetPages(what: 'stations' | 'deputies'): Map<string, string> {
  const first = `/${town}/print/${what}/`;
  return new Map(pages.filter((p) => p.url === first || new RegExp(`^${first}sheets/\\d+/$`).test(p.url)).map((p) => [p.url, p.render()]));
}

/** The ids of the posters on a page, in order. */
const posterIds = (page: string) => [...page.matchAll(/<div class="sheet__cell" id="([^"]+)">/g)].map((m) => m[1]!);

/** The page links of a page's pager, as written (relative). */
const pagerLinks = (page: string) => [...(/<nav class="print-pages"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

describe('print sheets of a large town', () => {
  it('has more stations and deputies than one page holds', () => {
    assert.equal(loaded.stations.length, STATIONS);
    assert.ok(STATIONS > 2 * POSTERS_PER_PAGE);
    assert.ok(loaded.deputies.length > POSTERS_PER_PAGE, `${loaded.deputies.length} deputies`);
  });

  for (const [what, expected] of [
    ['stations', () => loaded.stations.map((s) => `station-${s.id}`)],
    ['deputies', () => loaded.deputies.map((d) => d.id)],
  ] as const) {
    it(`splits the ${what} sheet into numbered pages holding every poster once`, () => {
      const sheet = sheetPages(what);
      const count = posterPageCount(expected().length);
      const first = `/${town}/print/${what}/`;
      assert.deepEqual([...sheet.keys()], Array.from({ length: count }, (_, i) => (i === 0 ? first : `${first}sheets/${i + 1}/`)));
      const onPages = [...sheet.values()].map(posterIds);
      for (const ids of onPages) assert.ok(ids.length > 0 && ids.length <= POSTERS_PER_PAGE, `${ids.length} posters on a page`);
      assert.deepEqual(onPages.flat(), expected(), 'every poster once, in order, across the pages');
    });

    it(`links every page of the ${what} sheet to every page, marking its own`, () => {
      const sheet = [...sheetPages(what)];
      sheet.forEach(([url, page], i) => {
        const links = pagerLinks(page);
        assert.equal(links.length, sheet.length, url);
        // Relative links resolve to the sheet's pages, in order.
        assert.deepEqual(
          links.map((href) => new URL(href, `https://x.test${url}`).pathname),
          sheet.map(([u]) => u),
          url,
        );
        const current = [...page.matchAll(/href="([^"]+)" aria-current="page"/g)].map((m) => new URL(m[1]!, `https://x.test${url}`).pathname);
        assert.deepEqual(current, [url]);
        const total = expected().length;
        assert.ok(page.includes(`${i * POSTERS_PER_PAGE + 1}–${Math.min((i + 1) * POSTERS_PER_PAGE, total)}`), `${url} names its range`);
      });
    });
  }

  it('keeps each station sheet page to a few megabytes', () => {
    const sizes = [...sheetPages('stations').values()].map((page) => Buffer.byteLength(page));
    // A full page of 200 posters with their codes; the 5,000-station sheet was one 48 MB file.
    for (const size of sizes) assert.ok(size < 4 * 2 ** 20, `${(size / 2 ** 20).toFixed(1)} MB`);
  });

  it('a town within one page keeps a single sheet without a pager', () => {
    const small = { site: content.site, loaded: { ...loaded, deputies: loaded.deputies.slice(0, 3) }, today: TODAY };
    const page = deputyPostersPage(small);
    assert.equal(posterIds(page).length, 3);
    assert.ok(!page.includes('print-pages'));
    assert.throws(() => deputyPostersPage(small, 2), RangeError);
  });
});
