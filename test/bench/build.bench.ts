/**
 * `npm run bench:build`: pages per second of `renda build` on synthetic towns, against a bare
 * Eleventy build of the same number of plain Markdown pages in the same run (the ratio is what
 * to compare across machines). A benchmark, not a test: it prints figures and never fails on time.
 *
 *   npm run bench:build -- --towns 20
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { buildSites } from '../../site/build.js';
import { generateSyntheticContent } from '../../scripts/synthetic-content.js';

const { values } = parseArgs({ options: { towns: { type: 'string', default: '20' }, runs: { type: 'string', default: '2' } } });
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

async function plainMarkdownBuild(pages: number): Promise<number> {
  const input = mkdtempSync(join(tmpdir(), 'renda-bench-md-'));
  const output = mkdtempSync(join(tmpdir(), 'renda-bench-md-out-'));
  const config = join(input, 'bare.config.mjs');
  writeFileSync(config, 'export default function () {}\n');
  for (let i = 0; i < pages; i++) {
    const dir = join(input, `p${Math.floor(i / 500)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `page-${i}.md`), `---\ntitle: 第${i}页\n---\n\n# 第${i}页\n\n这是一段**普通**的 Markdown 正文，用作基线。\n\n- 一\n- 二\n`);
  }
  const [, seconds] = await time(() => new Eleventy(input, output, { quietMode: true, configPath: config }).write());
  rmSync(input, { recursive: true, force: true });
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
