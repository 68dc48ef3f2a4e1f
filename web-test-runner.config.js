import { existsSync, writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { playwrightLauncher } from '@web/test-runner-playwright';

/**
 * Browser tests for components/: `npx wtr` (or `npm run test:browser`).
 * Runs the system's Chromium; this config never downloads a browser.
 */

const CHROME_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function findChrome() {
  const found = CHROME_CANDIDATES.find((path) => path && existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'web-test-runner: no Chromium or Chrome found. Looked at:',
      ...CHROME_CANDIDATES.filter(Boolean).map((path) => `  ${path}`),
      'Install one (Debian/Ubuntu: `apt-get install -y chromium`) or point CHROME_PATH at a Chrome/Chromium binary.',
    ].join('\n'),
  );
}

/** Counts passed and failed tests for `npm test`'s closing line (test/run.js reads the file). */
function countingReporter() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) continue;
      if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no results but errors.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      if (process.env.RENDA_BROWSER_SUMMARY) writeFileSync(process.env.RENDA_BROWSER_SUMMARY, JSON.stringify(totals));
    },
  };
}

// jsqr (the decoder the QR tests use) ships only CommonJS.
const commonjs = fromRollup(rollupCommonjs);

export default {
  files: ['components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  reporters: [defaultReporter(), countingReporter()],
  plugins: [
    // The tsconfig carries experimentalDecorators; without it esbuild emits standard decorators.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    commonjs({ include: ['**/node_modules/jsqr/**'], strictRequires: false }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: findChrome(),
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  // Dev-mode Lit is what we want under test; its banner on every file is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
