/**
 * `npm run bench:build`: pages per second of `renda build` on synthetic towns, against a bare
 * Eleventy build of the same number of plain Markdown pages in the same run (the ratio is what
 * to compare across machines), then the transfer size of each page type of the demo site
 * (HTML, CSS, JS, gzip) and the home page's first view. A benchmark, not a test: it prints
 * figures and never fails on time.
 *
 *   npm run bench:build                 # 200 towns, 1 run
 *   npm run bench:build -- --towns 20 --runs 3
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../../site/content/loader.js';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { buildSites } from '../../site/build.js';
import { generateSyntheticContent } from '../../scripts/synthetic-content.js';

const { values } = parseArgs({ options: { towns: { type: 'string', default: '200' }, runs: { type: 'string', default: '1' } } });
const towns = Number(values.towns);
const runs = Number(values.runs);

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, (performance.now() - start) / 1000];
}

/**
 * The baseline: the same number of plain Markdown pages through a bare Eleventy config, in the
 * same batches as `renda build` renders (one Eleventy run per 20,000 pages), so both hold the
 * same amount in memory at once.
 */
async function plainMarkdownBuild(pages: number, perBatch = 20_000): Promise<number> {
  const output = mkdtempSync(join(tmpdir(), 'renda-bench-md-out-'));
  let seconds = 0;
  for (let start = 0; start < pages; start += perBatch) {
    const input = mkdtempSync(join(tmpdir(), 'renda-bench-md-'));
    const config = join(input, 'bare.config.mjs');
    writeFileSync(config, 'export default function () {}\n');
    for (let i = start; i < Math.min(pages, start + perBatch); i++) {
      const dir = join(input, `p${Math.floor(i / 500)}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `page-${i}.md`), `---\ntitle: 第${i}页\n---\n\n# 第${i}页\n\n这是一段**普通**的 Markdown 正文，用作基线。\n\n- 一\n- 二\n`);
    }
    const [, batchSeconds] = await time(() => new Eleventy(input, output, { quietMode: true, configPath: config }).write());
    seconds += batchSeconds;
    rmSync(input, { recursive: true, force: true });
  }
  rmSync(output, { recursive: true, force: true });
  return seconds;
}

const contentDir = mkdtempSync(join(tmpdir(), 'renda-bench-content-'));
const [, generateSeconds] = await time(async () => generateSyntheticContent({ outDir: contentDir, towns, seed: 42 }));
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`synthetic content: ${towns} towns generated in ${generateSeconds.toFixed(1)} s`);

const rows: { renda: number; plain: number; pages: number }[] = [];
for (let run = 1; run <= runs; run++) {
  const outDir = join(mkdtempSync(join(tmpdir(), 'renda-bench-out-')), '_site');
  const [result, rendaSeconds] = await time(() => buildSites({ contentDir, outDir, today: '2026-11-20' }));
  if (!result.ok) throw new Error(`synthetic content did not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const pages = countHtml(outDir);
  rmSync(outDir, { recursive: true, force: true });
  console.log(`run ${run}: renda build ${pages} pages (${result.files} files) in ${rendaSeconds.toFixed(1)} s = ${(pages / rendaSeconds).toFixed(0)} pages/s; now the baseline…`);
  const plainSeconds = await plainMarkdownBuild(pages);
  rows.push({ renda: pages / rendaSeconds, plain: pages / plainSeconds, pages });
  console.log(
    `run ${run}: renda build ${pages} pages in ${rendaSeconds.toFixed(2)} s = ${(pages / rendaSeconds).toFixed(0)} pages/s; ` +
      `plain Markdown ${pages} pages in ${plainSeconds.toFixed(2)} s = ${(pages / plainSeconds).toFixed(0)} pages/s; ` +
      `ratio renda/plain = ${(plainSeconds / rendaSeconds).toFixed(2)}`,
  );
}
const best = (key: 'renda' | 'plain') => Math.max(...rows.map((r) => r[key]));
console.log(`best: renda ${best('renda').toFixed(0)} pages/s, plain Markdown ${best('plain').toFixed(0)} pages/s, ratio ${(best('renda') / best('plain')).toFixed(2)}`);
rmSync(contentDir, { recursive: true, force: true });

// ── Transfer size of each page type, on the demo towns ──────────────────────────────────────
const demoOut = join(mkdtempSync(join(tmpdir(), 'renda-bench-demo-')), '_site');
const demoContent = join(import.meta.dirname, '../../../content');
const demo = await buildSites({ contentDir: demoContent, outDir: demoOut, today: '2026-11-20' });
if (!demo.ok) throw new Error('demo content did not build');
const town = loadContent(demoContent, { today: '2026-11-20' }).content!.towns.find((t) => t.town.kind === 'town')!;
const slug = town.town.slug;
const types: [string, string][] = [
  ['home', `${slug}/index.html`],
  ['deputies', `${slug}/deputies/index.html`],
  ['deputy', `${slug}/deputies/${town.deputies[0]!.id}/index.html`],
  ['stations', `${slug}/stations/index.html`],
  ['station', `${slug}/stations/${town.stations[0]!.id}/index.html`],
  ['suggestions', `${slug}/suggestions/index.html`],
  ['suggestion', `${slug}/suggestions/${town.suggestions[0]!.id}/index.html`],
  ['votes', `${slug}/votes/index.html`],
  ['news', `${slug}/news/index.html`],
  ['search', `${slug}/search/index.html`],
];
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
/** What a page pulls in: its stylesheets, scripts and icon (same-site, relative). */
function assetsOf(htmlPath: string): { css: string[]; js: string[]; other: string[] } {
  const html = readFileSync(htmlPath, 'utf8');
  const base = join(htmlPath, '..');
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => join(base, m[1]!));
  return {
    css: refs(/<link rel="stylesheet" href="([^"]+)"/g),
    // Scripts in the head, and the widgets' script that site.js adds after the first paint.
    js: [...refs(/<script[^>]* src="([^"]+)"/g), ...refs(/data-renda-widgets="([^"]+)"/g)],
    other: refs(/<link rel="icon" href="([^"]+)"/g),
  };
}
console.log(`\ntransfer size per page type (gzip -9; first view = HTML + CSS + JS + icon, nothing cached; photos and widget data not counted):`);
console.log('page type     HTML        CSS        JS         first view');
for (const [name, rel] of types) {
  const path = join(demoOut, rel);
  const assets = assetsOf(path);
  const html = gz(path);
  const css = assets.css.reduce((n, f) => n + gz(f), 0);
  const js = assets.js.reduce((n, f) => n + gz(f), 0);
  const other = assets.other.reduce((n, f) => n + gz(f), 0);
  console.log(`${name.padEnd(14)}${kb(html).padEnd(12)}${kb(css).padEnd(11)}${kb(js).padEnd(11)}${kb(html + css + js + other)}`);
}
rmSync(join(demoOut, '..'), { recursive: true, force: true });
