/**
 * `npm run lighthouse`: Lighthouse (mobile) on the built demo site — home, a deputy, a station, the
 * stations, the suggestions and the votes pages — printing the four category scores of each. Accessibility, best
 * practices and SEO must reach 95 (exit 1 otherwise); performance is printed, not enforced,
 * since it is a timing on a noisy machine. Total Blocking Time is printed beside it (what keeps the
 * widget pages below 100 under the 4× CPU slowdown), with First and Largest Contentful Paint, Speed
 * Index and Cumulative Layout Shift.
 *
 * `RENDA_LH_PAGES=station,stations` runs only those pages; `RENDA_LH_RUNS=3` runs each that many
 * times and prints the medians (a shared machine swings by 10 points between runs: Lighthouse
 * multiplies every stall of the unthrottled trace by its 4× slowdown; compare medians).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { buildSites } from '../../site/build.js';
import { loadContent } from '../../site/content/loader.js';
import { findChrome, serveStatic, STRICT_CSP } from '../support/browser.js';
import { median } from './stats.js';

const TODAY = '2026-11-20';
// Compiled to build/test/bench/: the repository's content/ is three folders up.
const contentDir = join(import.meta.dirname, '../../../content');
const out = join(mkdtempSync(join(tmpdir(), 'renda-lh-')), '_site');
const built = await buildSites({ contentDir, outDir: out, today: TODAY });
if (!built.ok) throw new Error('the demo content did not build');
const { content } = loadContent(contentDir, { today: TODAY });
const town = content!.towns.find((t) => t.town.kind === 'town')!;
const slug = town.town.slug;
const pages = {
  home: `/${slug}/`,
  deputy: `/${slug}/deputies/${town.deputies[0]!.id}/`,
  station: `/${slug}/stations/${town.stations[0]!.id}/`,
  stations: `/${slug}/stations/`,
  suggestions: `/${slug}/suggestions/`,
  votes: `/${slug}/votes/`,
};

const only = process.env.RENDA_LH_PAGES?.split(',').filter(Boolean);
const runs = Math.max(1, Number(process.env.RENDA_LH_RUNS) || 1);
const chosen = Object.entries(pages).filter(([name]) => !only || only.includes(name));

const server = await serveStatic(out, { csp: STRICT_CSP });
const chrome = await chromeLauncher.launch({
  chromePath: findChrome(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const THRESHOLD = 95;
let failed = false;
/** Performance and TBT of each run, by page: with several runs, their medians are printed at the end. */
const perPage = new Map<string, { performance: number; tbt: number }[]>();
try {
  console.log('page          performance  accessibility  best-practices  seo  TBT      FCP      LCP      SI       CLS');
  for (const [name, path] of chosen.flatMap((entry) => Array.from({ length: runs }, () => entry))) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const categories = result!.lhr.categories;
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map(score);
    const metric = (id: string) => result!.lhr.audits[id]?.numericValue ?? NaN;
    const ms = (id: string) => `${Math.round(metric(id))} ms`.padEnd(9);
    const timings = ['total-blocking-time', 'first-contentful-paint', 'largest-contentful-paint', 'speed-index'].map(ms).join('');
    console.log(`${name.padEnd(14)}${scores.map((s, i) => String(s).padEnd([13, 15, 16, 5][i]!)).join('')}${timings}${metric('cumulative-layout-shift').toFixed(3)}`);
    perPage.set(name, [...(perPage.get(name) ?? []), { performance: scores[0]!, tbt: metric('total-blocking-time') }]);
    for (const key of ['accessibility', 'best-practices', 'seo']) {
      if (score(key) < THRESHOLD) {
        failed = true;
        const audits = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && result!.lhr.categories[key]!.auditRefs.some((r) => r.id === a.id && r.weight > 0));
        console.log(`  ${key} below ${THRESHOLD}: ${audits.map((a) => a.id).join(', ')}`);
      }
    }
  }
  if (runs > 1) {
    console.log(`\nmedian of ${runs} runs   performance  TBT`);
    for (const [name, results] of perPage) console.log(`${name.padEnd(23)}${String(median(results.map((r) => r.performance))).padEnd(13)}${Math.round(median(results.map((r) => r.tbt)))} ms`);
  }
} finally {
  chrome.kill();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
