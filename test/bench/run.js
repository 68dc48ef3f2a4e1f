#!/usr/bin/env node
// `npm run bench`: every component and API benchmark (build/test/bench/*.bench.js except the
// site build, which is `npm run bench:build`). Benchmarks print figures; they never fail on time.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = new URL('../../build/test/bench/', import.meta.url);
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.js') && f !== 'build.bench.js')
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n━━ ${file}`);
  const run = spawnSync(process.execPath, [new URL(file, dir).pathname], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
if (benches.length === 0) console.log('no benchmarks found: run "npm run build" first');
process.exitCode = failed ? 1 : 0;
