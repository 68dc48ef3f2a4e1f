/**
 * One `renda build` in its own process, for `build.bench.ts`: prints its figures as JSON (time,
 * files, towns rendered and kept, peak memory of the process and its worker threads).
 *
 *   node build/test/bench/build-once.js CONTENT OUT JOBS [TODAY]
 */
import { buildSites } from '../../site/build.js';

const [contentDir, outDir, jobs, today = '2026-11-20'] = process.argv.slice(2);
if (!contentDir || !outDir || !jobs) throw new Error('usage: build-once CONTENT OUT JOBS [TODAY]');
const started = performance.now();
const result = await buildSites({ contentDir, outDir, jobs: Number(jobs), today });
if (!result.ok) throw new Error(`the content did not build: ${JSON.stringify(result.problems.slice(0, 3))}`);
console.log(
  JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    files: result.files,
    rendered: result.rendered.length,
    reused: result.reused.length,
    // kilobytes; threads share the process, so this covers the workers too
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
