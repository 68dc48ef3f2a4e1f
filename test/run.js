#!/usr/bin/env node
// `npm test`: every test, in the order a failure is cheapest to find. Each step runs even when
// an earlier one failed, so one run shows everything; the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const tmp = new URL('../.tmp/', import.meta.url);
mkdirSync(tmp, { recursive: true });
const nodeTap = new URL('node-tests.tap', tmp).pathname;
const a11yTap = new URL('storybook-a11y.tap', tmp).pathname;
const browserSummary = new URL('browser-tests.json', tmp).pathname;
rmSync(nodeTap, { force: true });
rmSync(a11yTap, { force: true });
rmSync(browserSummary, { force: true });
// The node tests share one demo build per run (test/support/demo-site.ts); earlier runs' go.
for (const name of readdirSync(tmp)) if (name.startsWith('demo-')) rmSync(new URL(name, tmp), { recursive: true, force: true });
const testRun = `${Date.now()}`;

// The Storybook accessibility test needs the built Storybook: it runs after that step, not with
// the other Node tests (run alone, it builds Storybook itself).
const A11Y_TEST = 'build/test/node/storybook-a11y.test.js';
const nodeTestFiles = () => [
  ...(existsSync('build/test/node') ? readdirSync('build/test/node') : []).filter((name) => name.endsWith('.test.js')).map((name) => `build/test/node/${name}`).filter((file) => file !== A11Y_TEST),
  'build/domain/',
  'build/scripts/',
];
const tapReporter = (destination) => ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${destination}`];

const steps = [
  ['build (tsc, vite library + embed, custom elements manifest)', 'npm', ['run', 'build']],
  ['typecheck (strict, every file)', 'npm', ['run', 'typecheck']],
  ['node tests (content model, loader, privacy, generator, CLI)', process.execPath, () => ['--test', ...tapReporter(nodeTap), ...nodeTestFiles()]],
  ['browser tests (components in Chromium)', 'npx', ['wtr']],
  ['storybook build', 'npm', ['run', 'build-storybook']],
  ['storybook accessibility (axe on every story)', process.execPath, ['--test', ...tapReporter(a11yTap), A11Y_TEST]],
];

let passed = 0;
let failed = 0;
const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name}`);
  const run = spawnSync(command, typeof args === 'function' ? args() : args, { stdio: 'inherit', env: { ...process.env, RENDA_BROWSER_SUMMARY: browserSummary, RENDA_TEST_RUN: testRun } });
  const ok = run.status === 0;
  results.push([name, ok]);
  const tapFile = name.startsWith('node tests') ? nodeTap : name.startsWith('storybook accessibility') ? a11yTap : undefined;
  if (tapFile && existsSync(tapFile)) {
    const tap = readFileSync(tapFile, 'utf8');
    passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
    failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(tap)?.[1] ?? 0);
  } else if (name.startsWith('browser tests') && existsSync(browserSummary)) {
    const summary = JSON.parse(readFileSync(browserSummary, 'utf8'));
    passed += summary.passed;
    failed += summary.failed;
    if (!ok && summary.failed === 0) failed += 1;
  } else if (!ok) failed += 1; // a failed build or typecheck counts as a failure; a passing one is not a test
}

console.log('\n━━ summary');
for (const [name, ok] of results) console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = results.every(([, ok]) => ok) ? 0 : 1;
