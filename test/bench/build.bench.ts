/**
 * `npm run bench:build`: pages per second of `renda build` on synthetic towns with one worker and
 * with one per core, against a bare Eleventy build of the same number of plain Markdown pages in
 * the same run (the ratio is what to compare across machines) and Hugo when it is installed; the
 * rebuilds (nothing changed, one town changed); the national estimate; then the transfer size of
 * each page type of the demo site. First, what this machine's cores can give at all
 * (core-ceiling.ts), so the speed-up with every core has its measure beside it. A benchmark, not a test: it prints figures, never fails on time.
 *
 *   npm run bench:build                 # 20 towns, 1 run
 *   npm run bench:build -- --towns 50 --runs 3
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../../site/content/loader.js';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { buildSites } from '../../site/build.js';
import { generateSyntheticContent } from '../../scripts/synthetic-content.js';
import { pageScripts } from '../support/page-scripts.js';
import { ceiling } from './core-ceiling.js';

const { values } = parseArgs({ options: { towns: { type: 'string', default: '20' }, runs: { type: 'string', default: '1' } } });
const towns = Number(values.towns);
const runs = Number(values.runs);
const cores = availableParallelism();
/** China's township-level divisions (乡镇级行政区划), for the national estimate. */
const NATIONAL_TOWNS = 38_700;

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, (performance.now() - start) / 1000];
}

interface BuildFigures {
  seconds: number;
  files: number;
  rendered: number;
  reused: number;
  maxRssMb: number;
}

/** One `renda build` in a child process, so its peak memory is its own. */
function rendaBuild(contentDir: string, outDir: string, jobs: number): BuildFigures {
  const run = spawnSync(process.execPath, [join(import.meta.dirname, 'build-once.js'), contentDir, outDir, String(jobs)], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (run.status !== 0) throw new Error(`renda build failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as BuildFigures;
}

/**
 * The baseline: the same number of plain Markdown pages through a bare Eleventy config, in the
 * same batches as `renda build` renders (one Eleventy run per 20,000 pages).
 */
async function plainMarkdownBuild(pages: number, perBatch = 20_000): Promise<number> {
  const output = mkdtempSync(join(tmpdir(), 'renda-bench-md-out-'));
  let seconds = 0;
  for (let start = 0; start < pages; start += perBatch) {
    const input = writePlainPages(start, Math.min(pages, start + perBatch));
    const config = join(input, 'bare.config.mjs');
    writeFileSync(config, 'export default function () {}\n');
    const [, batchSeconds] = await time(() => new Eleventy(input, output, { quietMode: true, configPath: config }).write());
    seconds += batchSeconds;
    rmSync(input, { recursive: true, force: true });
  }
  rmSync(output, { recursive: true, force: true });
  return seconds;
}

function writePlainPages(from: number, to: number, frontMatter = (i: number) => `title: 第${i}页`): string {
  const input = mkdtempSync(join(tmpdir(), 'renda-bench-md-'));
  for (let i = from; i < to; i++) {
    const dir = join(input, `p${Math.floor(i / 500)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `page-${i}.md`), `---\n${frontMatter(i)}\n---\n\n# 第${i}页\n\n这是一段**普通**的 Markdown 正文，用作基线。\n\n- 一\n- 二\n`);
  }
  return input;
}

/** Hugo (Debian's `hugo`) on the same plain pages, when it is installed; undefined otherwise. */
function hugoBuild(pages: number): number | undefined {
  if (spawnSync('hugo', ['version'], { encoding: 'utf8' }).status !== 0) return undefined;
  const site = mkdtempSync(join(tmpdir(), 'renda-bench-hugo-'));
  writeFileSync(join(site, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "基线"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n');
  const content = writePlainPages(0, pages, (i) => `title: "第${i}页"`);
  rmSync(join(site, 'content'), { recursive: true, force: true });
  spawnSync('mv', [content, join(site, 'content')]);
  mkdirSync(join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(site, 'layouts', '_default', 'single.html'), '<!doctype html><title>{{ .Title }}</title>{{ .Content }}');
  writeFileSync(join(site, 'layouts', '_default', 'list.html'), '<!doctype html><title>{{ .Title }}</title>');
  const started = performance.now();
  const run = spawnSync('hugo', ['--quiet', '--source', site, '--destination', join(site, 'public')], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  rmSync(site, { recursive: true, force: true });
  return run.status === 0 ? seconds : undefined;
}

const contentDir = mkdtempSync(join(tmpdir(), 'renda-bench-content-'));
const [, generateSeconds] = await time(async () => generateSyntheticContent({ outDir: contentDir, towns, seed: 42 }));
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`synthetic content: ${towns} towns generated in ${generateSeconds.toFixed(1)} s`);

// What any pool could give here: the same small workloads alone and one copy per core at once.
if (cores > 1) {
  const compute = await ceiling('compute', cores);
  const strings = await ceiling('strings', cores);
  console.log(
    `this machine's ceiling for ${cores} workers (${cores} separate processes of one workload at once, against one alone): ` +
      `pure computation ${compute.speedUp.toFixed(2)}×; building strings as a renderer does ${strings.speedUp.toFixed(2)}× ` +
      `(one process alone already keeps ${strings.coresAlone.toFixed(2)} cores busy: V8's garbage collector works beside it)`,
  );
}

const mb = (n: number) => `${n.toFixed(0)} MB`;
for (let run = 1; run <= runs; run++) {
  const root = mkdtempSync(join(tmpdir(), 'renda-bench-out-'));
  const one = rendaBuild(contentDir, join(root, 'one'), 1);
  const pages = countHtml(join(root, 'one'));
  rmSync(join(root, 'one'), { recursive: true, force: true });
  const all = rendaBuild(contentDir, join(root, 'all'), cores);
  const plainSeconds = await plainMarkdownBuild(pages);
  const hugoSeconds = hugoBuild(pages);
  const rate = (seconds: number) => `${(pages / seconds).toFixed(0)} pages/s`;
  console.log(`run ${run}: ${pages} pages (${one.files} files)`);
  console.log(`  renda build, 1 worker:    ${one.seconds.toFixed(1)} s = ${rate(one.seconds)}, peak memory ${mb(one.maxRssMb)}`);
  console.log(`  renda build, ${cores} workers:   ${all.seconds.toFixed(1)} s = ${rate(all.seconds)}, peak memory ${mb(all.maxRssMb)}; speed-up ${(one.seconds / all.seconds).toFixed(2)}×`);
  console.log(`  plain Markdown, Eleventy: ${plainSeconds.toFixed(1)} s = ${rate(plainSeconds)}`);
  console.log(hugoSeconds === undefined ? '  Hugo: not installed (apt-get install hugo), skipped' : `  plain Markdown, Hugo:     ${hugoSeconds.toFixed(1)} s = ${rate(hugoSeconds)}`);
  console.log(`  ratio renda/plain = ${(plainSeconds / one.seconds).toFixed(2)} (1 worker); ${(plainSeconds / all.seconds).toFixed(2)} (${cores} workers)`);

  // Rebuilds over the previous output.
  const same = rendaBuild(contentDir, join(root, 'all'), cores);
  console.log(`  rebuild, nothing changed: ${same.seconds.toFixed(2)} s (${same.rendered} towns rendered) = ${((100 * same.seconds) / all.seconds).toFixed(1)} % of the full build`);
  const firstTown = readdirSync(join(contentDir, 'towns')).sort()[0]!;
  const townFile = join(contentDir, 'towns', firstTown, 'town.json');
  const town = JSON.parse(readFileSync(townFile, 'utf8')) as { intro?: string };
  writeFileSync(townFile, JSON.stringify({ ...town, intro: `${town.intro ?? ''} （第${run}次改动）` }, null, 2));
  const changed = rendaBuild(contentDir, join(root, 'all'), cores);
  console.log(`  rebuild, one town changed: ${changed.seconds.toFixed(2)} s (${changed.rendered} town rendered, ${changed.reused} kept) = ${((100 * changed.seconds) / all.seconds).toFixed(1)} % of the full build`);

  // The national estimate, from this run's time per town with every core busy.
  const perTown = all.seconds / towns;
  const hours = (machines: number) => `${((NATIONAL_TOWNS * perTown) / machines / 3600).toFixed(1)} h`;
  console.log(`  national estimate (${NATIONAL_TOWNS.toLocaleString('en')} towns at ${perTown.toFixed(2)} s per town on ${cores} cores): 1 machine ${hours(1)}, 10 machines ${hours(10)}, 100 machines ${hours(100)} (each with this machine's cores)`);
  rmSync(root, { recursive: true, force: true });
}
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
    // site.js, and on a page with widgets the loader, the shared chunk and its widgets' chunks.
    js: [...pageScripts(html, join(demoOut, 'assets'), join(demoOut, 'assets', 'site.js'))],
    other: refs(/<link rel="icon" href="([^"]+)"/g),
  };
}
console.log(`\ntransfer size per page type (gzip -9; HTML + CSS + every script the page may load + icon, nothing cached; photos and widget data not counted; npm run bench -- bundle-size splits the JS by chunk):`);
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
