/**
 * `npm run bench -- suggestion-tracker`: `<renda-suggestion-tracker>` in Chromium at 1,000 and
 * 10,000 suggestions — first render, and the cost of one keystroke in the search box or one
 * filter change (input event → rendered and laid out) — beside baselines in the same run:
 * a naive render of every row without virtualization, and a plain `Array.filter` + `includes`
 * over the same text (no rendering at all). Also the component's size, minified and gzipped.
 * A benchmark, not a test: it prints figures and never fails on time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleEntry } from './bundle.js';
import { median } from './stats.js';
import { maskSuggestion } from '../../domain/privacy.js';
import type { Suggestion } from '../../domain/model.js';
import { syntheticSuggestions } from '../../components/suggestion-tracker/synthetic.js';
import { launchChromium, serveStatic } from '../support/browser.js';
import { repoRoot } from '../support/content-fixture.js';

const TODAY = '2026-11-20';
const SIZES = [1_000, 10_000];
const RUNS = 3;
/** A resident typing a phrase one character at a time, then a second word. */
const TYPING = ['老', '老旧', '老旧小', '老旧小区', '老旧小区 ', '老旧小区 改', '老旧小区 改造'];

const dir = mkdtempSync(join(tmpdir(), 'renda-bench-tracker-'));

/** The page the browser loads: the self-contained bundle (`tracker.js`), the data and `index.html`. */
const pageDir = join(dir, 'page');
mkdirSync(pageDir);

const bundle = async (external: boolean, outDir = mkdtempSync(join(dir, 'bundle-'))) => (await bundleEntry('components/suggestion-tracker/define.ts', { litExternal: external, outDir, fileName: 'tracker.js' })).code;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const component = await bundle(true);
const selfContained = await bundle(false, pageDir);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
console.log(`size: component ${kb(component.length)} minified, ${kb(gzipSync(component).length)} gzip (Lit external); with Lit ${kb(gzipSync(selfContained).length)} gzip`);

const raw: Suggestion[] = JSON.parse(readFileSync(join(repoRoot, 'content/towns/fengquan/suggestions.json'), 'utf8')).suggestions;
const town = raw.flatMap((s) => maskSuggestion(s) ?? []);
for (const n of SIZES) writeFileSync(join(pageDir, `data-${n}.json`), JSON.stringify(syntheticSuggestions(town, { count: n, today: TODAY })));
writeFileSync(join(pageDir, 'index.html'), '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><script type="module" src="tracker.js"></script></body></html>');

const server = await serveStatic(pageDir);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(`${server.url}/index.html`);
await page.waitForFunction(() => customElements.get('renda-suggestion-tracker'));

interface Figures {
  firstRender: number;
  naiveRender: number;
  rows: number;
  firstKeystroke: number;
  keystrokes: number[];
  filterKeystrokes: number[];
  filterChange: number;
  baselineFilter: number[];
}

for (const n of SIZES) {
  const runs: Figures[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const figures = await page.evaluate(
      async ({ n, today, typing }) => {
        const data = await (await fetch(`data-${n}.json`)).json();
        document.body.replaceChildren();
        window.scrollTo(0, 0);
        type Tracker = HTMLElement & { suggestions: unknown; updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };
        const settle = async (el: Tracker) => {
          await el.updateComplete;
          el.shadowRoot.querySelector('.list')?.getBoundingClientRect();
        };

        // The tracker: data in, first frame's content laid out.
        let t = performance.now();
        const el = document.createElement('renda-suggestion-tracker') as Tracker;
        el.setAttribute('today', today);
        el.setAttribute('no-url', '');
        el.suggestions = data;
        document.body.append(el);
        await settle(el);
        const firstRender = performance.now() - t;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const rows = el.shadowRoot.querySelectorAll('.row').length;

        // A reader looks before typing: idle time in which the tracker prepares its search index.
        await new Promise((r) => setTimeout(r, 600));
        const input = el.shadowRoot.querySelector('#q') as HTMLInputElement;
        const keystroke = async (value: string) => {
          const start = performance.now();
          input.value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await settle(el);
          return performance.now() - start;
        };
        const firstKeystroke = await keystroke('停');
        await keystroke('');
        const keystrokes: number[] = [];
        for (const q of typing) keystrokes.push(await keystroke(q));
        await keystroke('');
        // Typing while a filter is on: the scope the search runs over is smaller, but filtered first.
        const stage = el.shadowRoot.querySelector('#f-stage') as HTMLSelectElement;
        let start = performance.now();
        stage.value = 'closed';
        stage.dispatchEvent(new Event('change', { bubbles: true }));
        await settle(el);
        const filterChange = performance.now() - start;
        const filterKeystrokes: number[] = [];
        for (const q of typing) filterKeystrokes.push(await keystroke(q));

        // Baseline: what any list does for a keystroke, filtering only, nothing rendered.
        const baselineFilter: number[] = [];
        for (const q of typing) {
          start = performance.now();
          const words = q.split(' ').filter(Boolean);
          const found = data.filter((s: { title: string; body: string; reply?: string }) => words.every((w) => s.title.includes(w) || s.body.includes(w) || (s.reply ?? '').includes(w)));
          if (found.length < 0) throw new Error('unreachable');
          baselineFilter.push(performance.now() - start);
        }

        // Baseline: a naive list that renders every row at once.
        document.body.replaceChildren();
        t = performance.now();
        const list = document.createElement('ol');
        for (const s of data as { id: string; title: string; category: string; history: { stage: string; date: string }[] }[]) {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `?suggestion=${s.id}`;
          a.textContent = s.title;
          const meta = document.createElement('p');
          meta.textContent = `${s.id} ${s.category} ${s.history[0]!.date} ${s.history[s.history.length - 1]!.stage}`;
          li.append(a, meta);
          list.append(li);
        }
        document.body.append(list);
        list.getBoundingClientRect();
        const naiveRender = performance.now() - t;
        document.body.replaceChildren();
        return { firstRender, naiveRender, rows, firstKeystroke, keystrokes, filterKeystrokes, filterChange, baselineFilter };
      },
      { n, today: TODAY, typing: TYPING },
    );
    if (run > 0) runs.push(figures); // the first run warms the JIT and the caches
    if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(figures));
  }
  const first = median(runs.map((r) => r.firstRender));
  const naive = median(runs.map((r) => r.naiveRender));
  const keys = runs.flatMap((r) => r.keystrokes);
  const filtered = runs.flatMap((r) => r.filterKeystrokes);
  const baseline = runs.flatMap((r) => r.baselineFilter);
  console.log(`\n${n.toLocaleString('en')} suggestions (${RUNS} runs, medians; one frame = 16.7 ms)`);
  console.log(`  first render (data in → laid out, ${runs[0]!.rows} rows in the DOM): ${ms(first)}; naive render of all ${n.toLocaleString('en')} rows: ${ms(naive)}; ratio tracker/naive ${(first / naive).toFixed(2)}`);
  console.log(`  keystroke in search (input → rendered, laid out): median ${ms(median(keys))}, p95 ${ms(p95(keys))}; first keystroke (index built while idle): ${ms(median(runs.map((r) => r.firstKeystroke)))}`);
  console.log(`  keystroke with a stage filter on: median ${ms(median(filtered))}, p95 ${ms(p95(filtered))}; a filter change: ${ms(median(runs.map((r) => r.filterChange)))}`);
  console.log(`  baseline Array.filter + includes per keystroke (no rendering): median ${ms(median(baseline))}; ratio tracker/baseline ${(median(keys) / Math.max(0.01, median(baseline))).toFixed(1)}`);
}

await browser.close();
await server.close();
rmSync(dir, { recursive: true, force: true });
