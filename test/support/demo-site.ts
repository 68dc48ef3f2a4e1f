/**
 * One build of the demo towns, shared by every test file that only reads it. `npm test` sets
 * RENDA_TEST_RUN; the first test file to ask builds into `.tmp/demo-<run>/_site` (the others wait
 * for it), later files reuse it. A test file run on its own builds a private copy. Tests must not
 * write into the shared output: copy it first.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSites } from '../../site/build.js';
import { FIXTURE_TODAY, repoRoot } from './content-fixture.js';

export const demoContentDir = join(repoRoot, 'content');

let built: Promise<string> | undefined;

/** The built demo site's folder (content/ built with FIXTURE_TODAY). */
export function demoSite(): Promise<string> {
  built ??= buildShared();
  return built;
}

async function buildOnce(out: string): Promise<void> {
  const result = await buildSites({ contentDir: demoContentDir, outDir: out, today: FIXTURE_TODAY });
  if (!result.ok) throw new Error(`the demo content does not build: ${JSON.stringify(result.problems.slice(0, 3))}`);
}

async function buildShared(): Promise<string> {
  const run = process.env['RENDA_TEST_RUN'];
  if (!run || !/^[\w-]+$/.test(run)) {
    const out = join(mkdtempSync(join(tmpdir(), 'renda-demo-')), '_site');
    await buildOnce(out);
    return out;
  }
  const dir = join(repoRoot, '.tmp', `demo-${run}`);
  const out = join(dir, '_site');
  const done = join(dir, 'complete');
  const lock = join(dir, 'building');
  mkdirSync(dir, { recursive: true });
  for (;;) {
    if (existsSync(done)) return out;
    try {
      mkdirSync(lock); // atomic: one process builds
    } catch {
      // Another test file is building. A lock older than ten minutes belongs to a dead process.
      if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      await buildOnce(out);
      writeFileSync(done, new Date().toISOString());
      return out;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
