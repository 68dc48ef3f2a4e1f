/**
 * What the widgets weigh: every file of the embed build (dist/renda-embed.js, the loader, and
 * dist/chunks/) raw, gzip and brotli, then the JavaScript each page type of the demo site loads in
 * Chromium at 390×844: on the first screen, and once scrolled to the end (the loader imports a
 * widget's chunk when it nears the viewport). The demo site is built for the purpose (about 15 s).
 *
 * Baseline in the same run: components/index.ts bundled as one self-contained file with the
 * options of the old single-bundle embed (Vite library mode, Lit included), which every widget
 * page loaded whole; and the same file fully minified, to show what minifying alone would give.
 *
 * Run `npm run build:components` first (the bench reads dist/). Sizes, not timings: gzip and
 * brotli at their highest levels, as a server that compresses ahead of time would.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { loadContent } from '../../site/content/loader.js';
import { sitePages, widgetAssets } from '../../site/plugin.js';
import { buildSites } from '../../site/build.js';
import { launchChromium, serveStatic, STRICT_CSP } from '../support/browser.js';
import { pageScripts, readLoader } from '../support/page-scripts.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const dist = join(repo, 'dist');
const TODAY = '2026-11-20';

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}
const sizeOf = (bytes: Buffer | string): Size => ({
  raw: Buffer.byteLength(bytes),
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Size = { raw: 0, gzip: 0, brotli: 0 };

// ── Every file of the embed build ─────────────────────────────────────────────────────────────
const files = Object.values(widgetAssets(dist));
const sizes = new Map(files.map((file) => [file, sizeOf(readFileSync(file))]));
console.log('embed build (dist/): file, raw, gzip -9, brotli -11');
for (const [file, size] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`${relative(dist, file).padEnd(44)}${kb(size.raw).padStart(10)}${kb(size.gzip).padStart(10)}${kb(size.brotli).padStart(10)}`);
const all = [...sizes.values()].reduce(add, ZERO);
console.log(`${'all files'.padEnd(44)}${kb(all.raw).padStart(10)}${kb(all.gzip).padStart(10)}${kb(all.brotli).padStart(10)}`);

// The site's own script as published: minified by the embed build (dist/site.js), else the source.
const siteScriptFile = existsSync(join(dist, 'site.js')) ? join(dist, 'site.js') : join(repo, 'site/assets/site.js');
if (readLoader(dist).chunkOfTag.size < 6) throw new Error('the loader names fewer than six widgets');

// ── Baseline: the old single bundle ───────────────────────────────────────────────────────────
async function singleBundle(fullyMinified: boolean): Promise<Size> {
  const result = (await build({
    configFile: false,
    root: repo,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2021',
      lib: { entry: join(repo, 'components/index.ts'), formats: ['es'], fileName: () => 'renda-embed.js' },
      rolldownOptions: fullyMinified ? { output: { minify: true } } : {},
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = output.flatMap((chunk) => (chunk.type === 'chunk' ? [chunk.code] : []));
  if (chunks.length !== 1) throw new Error(`the baseline is ${chunks.length} files, not one`);
  return sizeOf(chunks[0]!);
}
const baseline = await singleBundle(false);
const baselineMinified = await singleBundle(true);
// What the old pages loaded: the site's script as written.
const siteScript = sizeOf(readFileSync(join(repo, 'site/assets/site.js')));
console.log(`\nbaseline: components/index.ts as one file (the old renda-embed.js)\t${kb(baseline.raw)}\tgzip ${kb(baseline.gzip)}\tbrotli ${kb(baseline.brotli)}`);
console.log(`the same file fully minified\t${kb(baselineMinified.raw)}\tgzip ${kb(baselineMinified.gzip)}\tbrotli ${kb(baselineMinified.brotli)}`);

// ── Each page type of the demo site, in Chromium ─────────────────────────────────────────────
// What a page loads is read in a browser, as a reader's phone would: the demo site built and
// served, each page type opened at 390×844. "First screen" is every script requested once the
// page has loaded and the network is idle (the loader imports a widget's chunk only when it nears
// the viewport); "whole page" adds those requested while scrolling to the bottom, a screen at a time.
const { content } = loadContent(join(repo, 'content'), { today: TODAY });
if (!content) throw new Error('the demo content does not load');
const town = content.towns.find((t) => t.town.kind === 'town')!;
const slug = town.town.slug;
/** Issue 15's goals for the first screen, gzip: a deputy's page ≤ 30 kB, every widget page ≤ 45 kB. */
const DEPUTY_GOAL = 30_000;
const WIDGET_PAGE_GOAL = 45_000;
// Each page type in zh-CN; the widget pages also in English, which load English words instead.
const PAGE_TYPES: [string, string, number | undefined][] = [
  ['home', `/${slug}/`, undefined],
  ['a deputy', `/${slug}/deputies/${town.deputies[0]!.id}/`, DEPUTY_GOAL],
  ['a station', `/${slug}/stations/${town.stations[0]!.id}/`, WIDGET_PAGE_GOAL],
  ['stations (map)', `/${slug}/stations/`, WIDGET_PAGE_GOAL],
  ['suggestions', `/${slug}/suggestions/`, WIDGET_PAGE_GOAL],
  ['votes', `/${slug}/votes/`, WIDGET_PAGE_GOAL],
  ['search', `/${slug}/search/`, WIDGET_PAGE_GOAL],
  ['a deputy, en', `/en/${slug}/deputies/${town.deputies[0]!.id}/`, DEPUTY_GOAL],
  ['stations, en', `/en/${slug}/stations/`, WIDGET_PAGE_GOAL],
  ['suggestions, en', `/en/${slug}/suggestions/`, WIDGET_PAGE_GOAL],
  ['votes, en', `/en/${slug}/votes/`, WIDGET_PAGE_GOAL],
];
const pages = new Map(sitePages(content, TODAY).map((page) => [page.url, page]));
const out = join(mkdtempSync(join(tmpdir(), 'renda-size-')), '_site');
const built = await buildSites({ contentDir: join(repo, 'content'), outDir: out, today: TODAY });
if (!built.ok) throw new Error('the demo content did not build');
const server = await serveStatic(out, { csp: STRICT_CSP });
const browser = await launchChromium();

/** The scripts a page requests: on its first screen, and by the time the reader reaches its end. */
async function scriptsOf(path: string): Promise<{ firstScreen: string[]; wholePage: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const requested = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js')) requested.add(join(out, url.pathname));
  });
  try {
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    const firstScreen = [...requested];
    for (;;) {
      const more = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight);
        return window.scrollY + window.innerHeight < document.documentElement.scrollHeight;
      });
      await page.waitForLoadState('networkidle');
      if (!more) break;
    }
    await page.waitForTimeout(200); // the last IntersectionObserver callback after the final scroll
    await page.waitForLoadState('networkidle');
    return { firstScreen, wholePage: [...requested] };
  } finally {
    await page.close();
  }
}

const total = (files: string[]) => files.map((file) => sizes.get(file) ?? sizeOf(readFileSync(file))).reduce(add, ZERO);
const chunkNames = (files: string[]) => files.flatMap((file) => /chunks[\\/]([a-z.-]+?)-[\w-]{8}\.js$/.exec(file)?.[1] ?? []).filter((name) => name !== 'rolldown-runtime');
// The site's /assets/ files are the embed build's: read sizes from dist/ so the table matches the list above.
const inDist = (file: string) => file.replace(join(out, 'assets'), dist).replace(join(dist, 'site.js'), siteScriptFile);

console.log(`\nJS a page loads at 390×844 in Chromium (site.js + loader + the chunks it imports), gzip -9; the old single bundle was site.js + ${kb(baseline.gzip)} gzip:`);
console.log(`${'page'.padEnd(16)}${'first screen'.padStart(13)}${'goal'.padStart(21)}${'whole page'.padStart(12)}${'brotli 1st'.padStart(12)}${'old gzip'.padStart(10)}   chunks (first screen | later)`);
try {
  for (const [name, url, goal] of PAGE_TYPES) {
    const page = pages.get(url);
    if (!page) throw new Error(`no page ${url}`);
    const html = page.render();
    const { firstScreen, wholePage } = await scriptsOf(url);
    const first = firstScreen.map(inDist);
    const whole = wholePage.map(inDist);
    // Every chunk of every widget in the page, read from the HTML: what scrolling must have reached.
    const everything = [...pageScripts(html, dist, siteScriptFile)];
    const missed = everything.filter((file) => !whole.includes(file));
    const old = /data-renda-widgets=/.test(html) ? siteScript.gzip + baseline.gzip : siteScript.gzip;
    const firstChunks = chunkNames(first);
    const laterChunks = chunkNames(whole).filter((c) => !firstChunks.includes(c));
    console.log(
      `${name.padEnd(16)}${kb(total(first).gzip).padStart(13)}${(goal ? `≤ ${kb(goal)} ${total(first).gzip <= goal ? 'met' : 'NOT met'}` : '').padStart(21)}${kb(total(whole).gzip).padStart(12)}${kb(total(first).brotli).padStart(12)}${kb(old).padStart(10)}   ${firstChunks.join(', ') || '—'} | ${laterChunks.join(', ') || '—'}${missed.length ? `  (not reached by scrolling: ${missed.map((f) => relative(dist, f)).join(', ')})` : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(join(out, '..'), { recursive: true, force: true });
}
