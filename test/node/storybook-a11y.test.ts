import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser.js';
import { repoRoot } from '../support/content-fixture.js';

/**
 * axe on every story of the built Storybook: no violation of serious or critical impact, in any
 * story, in the default language and theme. (The Accessibility panel runs the same engine for
 * designers, story by story; this is the gate.)
 *
 * `npm test` builds Storybook in the step before this one; run alone, this builds it when
 * `storybook-static/` is missing or older than the components, stories or Storybook config.
 */
const staticDir = join(repoRoot, 'storybook-static');
const indexFile = join(staticDir, 'index.json');
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/**
 * More toolbar settings to check every story under, in Storybook's URL form, e.g.
 * `RENDA_STORYBOOK_A11Y_GLOBALS='theme:dark;text:large;locale:en'` (stories that set their own keep theirs).
 */
const EXTRA_GLOBALS = process.env.RENDA_STORYBOOK_A11Y_GLOBALS ? `;${process.env.RENDA_STORYBOOK_A11Y_GLOBALS}` : '';
/** Pages at once: the machine has two cores, and each story page is a whole Storybook preview. */
const PARALLEL = 2;

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const sources = Math.max(newestChange(join(repoRoot, 'components')), newestChange(join(repoRoot, '.storybook')));
  if (existsSync(indexFile) && statSync(indexFile).mtimeMs >= sources) return;
  const built = spawnSync('npm', ['run', 'build-storybook'], { cwd: repoRoot, stdio: 'inherit' });
  assert.equal(built.status, 0, 'npm run build-storybook failed');
}

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Channel = { on(event: string, listener: (...args: unknown[]) => void): void; off(event: string, listener: (...args: unknown[]) => void): void; emit(event: string, ...args: unknown[]): void };

/**
 * Shows a story as the Storybook UI does when a designer clicks it (one preview page, the story
 * swapped over its channel, no reload), waits for its widgets to settle, and runs axe on it.
 */
async function violationsIn(page: Page, id: string, alreadyShown: boolean): Promise<Violation[]> {
  if (!alreadyShown) await page.evaluate(
    (storyId) =>
      new Promise<void>((resolve, reject) => {
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
        const done = (rendered: unknown) => {
          if (rendered !== storyId) return;
          stop();
          resolve();
        };
        const failed = (error: unknown) => {
          stop();
          reject(new Error(`${storyId} did not render: ${JSON.stringify(error)}`));
        };
        const stop = () => {
          clearTimeout(timer);
          channel.off('storyRendered', done);
          channel.off('storyErrored', failed);
          channel.off('storyThrewException', failed);
        };
        const timer = setTimeout(() => failed('no storyRendered event within 20 s'), 20_000);
        channel.on('storyRendered', done);
        channel.on('storyErrored', failed);
        channel.on('storyThrewException', failed);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
  // Every Lit element, through shadow roots, finished rendering; then a moment for mocked data.
  await page.evaluate(async () => {
    const pending: Promise<unknown>[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const update = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        if (update) pending.push(update);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    await Promise.race([Promise.allSettled(pending), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  return axeViolations(page);
}

async function axeViolations(page: Page): Promise<Violation[]> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ include: ['#storybook-root'] }, { resultTypes: ['violations'] });
    return result.violations;
  });
  return (violations as Violation[]).filter((v) => FAILING_IMPACTS.has(v.impact));
}

describe('Storybook: axe on every story', () => {
  let browser: Browser;
  let server: StaticServer;
  let stories: IndexEntry[] = [];
  const found = new Map<string, Violation[]>();
  const pages: Page[] = [];

  before(async () => {
    ensureBuilt();
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> };
    stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    server = await serveStatic(staticDir);
    browser = await launchChromium();
    const queue = [...stories];
    const errors: string[] = [];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
        page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
        // The addon's own automatic run is switched off (a11y.manual): one axe at a time per page.
        const open = async (id: string) => {
          await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true${EXTRA_GLOBALS}`);
          await page.waitForFunction(() => (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0, undefined, { timeout: 30_000 });
          await page.addScriptTag({ content: axeSource });
        };
        await open(stories[0]!.id);
        let shown: string | undefined = stories[0]!.id;
        for (let story = queue.shift(); story; story = queue.shift()) {
          try {
            found.set(story.id, await violationsIn(page, story.id, story.id === shown));
          } catch (error) {
            // Now and then Chromium drops a pending evaluation ("Resulting promise was garbage
            // collected"), a fault of the harness, not of the story: open that story afresh, once.
            if (!/garbage collected/.test(String(error))) throw error;
            await open(story.id);
            found.set(story.id, await violationsIn(page, story.id, true));
          }
          shown = story.id;
        }
        pages.push(page);
      }),
    );
    if (errors.length) console.log(`page errors while checking stories:\n${errors.join('\n')}`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the stories', () => {
    assert.ok(stories.length > 50, `only ${stories.length} stories in ${indexFile}`);
  });

  it('no story has a serious or critical axe violation', () => {
    const report: string[] = [];
    for (const [id, violations] of found) {
      for (const v of violations) {
        const where = v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ');
        report.push(`${id}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} node(s): ${where}`);
      }
    }
    assert.equal(report.length, 0, `axe violations in stories:\n${report.join('\n')}`);
  });

  it('sees a violation when there is one (the check itself works)', async () => {
    const page = pages[0]!;
    // Inside a shadow root, where every widget draws.
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<button id="nameless"></button><p style="color: #bbb; background: #fff">faint</p>';
      document.querySelector('#storybook-root')!.append(host);
    });
    const violations = await axeViolations(page);
    const rules = violations.map((v) => v.id);
    assert.ok(rules.includes('button-name') && rules.includes('color-contrast'), JSON.stringify(rules));
  });
});
