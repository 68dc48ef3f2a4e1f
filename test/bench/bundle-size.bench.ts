/**
 * What the widgets weigh: every file of the embed build (dist/renda-embed.js, the loader, and
 * dist/chunks/) raw, gzip and brotli, then the JavaScript each page type of the demo site loads:
 * the site's own script, the loader, and for each widget in the page the chunk the loader imports
 * with everything that chunk imports.
 *
 * Baseline in the same run: components/index.ts bundled as one self-contained file with the
 * options of the old single-bundle embed (Vite library mode, Lit included), which every widget
 * page loaded whole; and the same file fully minified, to show what minifying alone would give.
 *
 * Run `npm run build:components` first (the bench reads dist/). Sizes, not timings: gzip and
 * brotli at their highest levels, as a server that compresses ahead of time would.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { loadContent } from '../../site/content/loader.js';
import { sitePages, widgetAssets } from '../../site/plugin.js';
import { pageScripts, readLoader, widgetTags } from '../support/page-scripts.js';

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

const siteScriptFile = join(repo, 'site/assets/site.js');
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
const siteScript = sizeOf(readFileSync(siteScriptFile));
console.log(`\nbaseline: components/index.ts as one file (the old renda-embed.js)\t${kb(baseline.raw)}\tgzip ${kb(baseline.gzip)}\tbrotli ${kb(baseline.brotli)}`);
console.log(`the same file fully minified\t${kb(baselineMinified.raw)}\tgzip ${kb(baselineMinified.gzip)}\tbrotli ${kb(baselineMinified.brotli)}`);

// ── Each page type of the demo site ───────────────────────────────────────────────────────────
const { content } = loadContent(join(repo, 'content'), { today: TODAY });
if (!content) throw new Error('the demo content does not load');
const town = content.towns.find((t) => t.town.kind === 'town')!;
const slug = town.town.slug;
const PAGE_TYPES: [string, string][] = [
  ['home', `/${slug}/`],
  ['a deputy', `/${slug}/deputies/${town.deputies[0]!.id}/`],
  ['a station', `/${slug}/stations/${town.stations[0]!.id}/`],
  ['stations (map)', `/${slug}/stations/`],
  ['suggestions', `/${slug}/suggestions/`],
  ['votes', `/${slug}/votes/`],
  ['search', `/${slug}/search/`],
];
const pages = new Map(sitePages(content, TODAY).map((page) => [page.url, page]));
console.log(`\nJS a page loads (site.js + loader + the chunks of its widgets), against the old single bundle (site.js + ${kb(baseline.gzip)} gzip):`);
console.log(`${'page'.padEnd(16)}${'widgets'.padEnd(46)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}${'old gzip'.padStart(10)}${'share'.padStart(8)}`);
for (const [name, url] of PAGE_TYPES) {
  const page = pages.get(url);
  if (!page) throw new Error(`no page ${url}`);
  const html = page.render();
  const scripts = pageScripts(html, dist, siteScriptFile);
  const total = [...scripts].map((file) => sizes.get(file) ?? sizeOf(readFileSync(file))).reduce(add, ZERO);
  const widgets = /data-renda-widgets=/.test(html) ? widgetTags(html).map((tag) => tag.replace(/^renda-/, '')).join(', ') : '—';
  const old = /data-renda-widgets=/.test(html) ? siteScript.gzip + baseline.gzip : siteScript.gzip;
  console.log(`${name.padEnd(16)}${widgets.padEnd(46)}${kb(total.raw).padStart(10)}${kb(total.gzip).padStart(10)}${kb(total.brotli).padStart(10)}${kb(old).padStart(10)}${`${Math.round((100 * total.gzip) / old)} %`.padStart(8)}`);
}
