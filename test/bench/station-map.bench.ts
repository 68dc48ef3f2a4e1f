/**
 * `npm run bench -- station-map`: the station map's cost, measured, never asserted.
 *
 * 1. Size: the component bundled with Vite as the library build does (minified, ES module),
 *    gzip level 9, with Lit external (what it adds to an app that has Lit) and Lit included (what
 *    a page with only this widget loads). Default mode and tile mode run the same module: no tile
 *    library is loaded, the tile layer is our own few lines, bundled alone to show its share.
 * 2. Speed in Chromium, median and p95: time from appending `<renda-station-map>` with 500 and
 *    5,000 stations to the second animation frame after it rendered (clustering, markers, labels,
 *    list), against a baseline in the same run: the same stations as plain SVG circles appended by
 *    hand. A keyboard zoom step (+ and − in turn) timed as the resident sees it: the work from the
 *    key until the frame that shows it is drawn (its handler, the element's update, that frame's
 *    style, layout and paint; not the wait for the screen's next refresh), against scaling the
 *    circles' group; the redraw for a new view (re-clustered, markers and
 *    labels re-placed), which now follows once the steps rest and before was what every step
 *    cost; and the time per frame of a drag and of wheel zooming. Compare the ratios; absolute
 *    figures swing on shared machines.
 * 3. Clustering alone, in Chromium: the map's supercluster index against the hand-written grid
 *    clustering it replaced, on the same stations in the same run: building the index (once per
 *    data or filter change) and one drawing's query (a zoom step: one zoom, the viewport). Each
 *    runs first in a fresh page (cold, as on a page load, before the JIT has seen the code), then
 *    warm (median of 15).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleEntry } from './bundle.js';
import { placeStations } from '../../components/station-map/places.js';
import { boundsOf, fitBounds, type Viewport } from '../../components/station-map/projection.js';
import { syntheticStations } from '../../components/station-map/station-map.fixtures.js';
import { launchChromium, serveStatic } from '../support/browser.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = async (entry: string, litExternal: boolean, outDir: string, fileName: string) => (await bundleEntry(entry, { litExternal, outDir, fileName })).code;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

const work = mkdtempSync(join(tmpdir(), 'renda-station-bench-'));
const external = await bundle('components/station-map/define.ts', true, work, 'station-map.external.js');
const included = await bundle('components/station-map/define.ts', false, work, 'station-map.js');
const tileLayer = await bundle('components/station-map/tile-layer.ts', true, work, 'tile-layer.external.js');
const qrCode = await bundle('components/qr-code/define.ts', true, work, 'qr-code.external.js');
// Both clusterings, each in a page of its own (bundled from the TypeScript sources as the widget is).
const clusterEntry = (name: string, from: string, exported: string) => {
  writeFileSync(join(work, `${name}-entry.ts`), `import { ${exported} } from ${JSON.stringify(join(root, from))};\n(window as unknown as { ClusterIndex: unknown }).ClusterIndex = ${exported};\n`);
  return bundle(join(work, `${name}-entry.ts`), false, work, `${name}.js`);
};
await clusterEntry('supercluster', 'components/station-map/cluster.ts', 'ClusterIndex');
await clusterEntry('hand-written', 'test/bench/hand-written-cluster.ts', 'HandWrittenClusterIndex');

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('\nsize (Vite, minified ES module, gzip -9)');
console.log(`  default mode, Lit external:  ${kb(external.length)} → ${kb(gz(external))} gz (of which <renda-qr-code> with its encoder ${kb(gz(qrCode))} gz, shared with other widgets)`);
console.log(`  default mode, Lit included:  ${kb(included.length)} → ${kb(gz(included))} gz`);
console.log(`  tile mode: the same module; its tile layer alone is ${kb(gz(tileLayer))} gz (no tile library), plus the tiles themselves`);

writeFileSync(
  join(work, 'bench.html'),
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{margin:0;width:1100px} renda-station-map{--renda-station-map-height:600px}</style></head><body><script type="module" src="station-map.js"></script></body></html>',
);
writeFileSync(join(work, 'blank.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
const server = await serveStatic(work);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
await page.goto(`${server.url}/bench.html`);
await page.waitForFunction(() => customElements.get('renda-station-map') !== undefined);

/** Median and 95th percentile (nearest rank) of each sample. */
interface Spread {
  median: number;
  p95: number;
}

interface Figures {
  map: Spread;
  circles: Spread;
  mapDrag: Spread;
  mapWheel: Spread;
  mapStep: Spread;
  mapRedraw: Spread;
  circlesStep: Spread;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.ceil(sorted.length * 0.95) - 1]! };
}

async function measure(count: number, runs: number, steps: number): Promise<Figures> {
  const stations = syntheticStations(count, 11);
  const r = await page.evaluate(
    async ({ stations, runs, steps }) => {
      // What a resident sees: the first rAF callback runs before the frame's style, layout and
      // paint, the second once that frame is done.
      const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      type MapElement = HTMLElement & { stations: unknown; today: string; updateComplete: Promise<boolean>; getView(): { lng: number; lat: number; crs: string; zoom: number }; setView(p: { lng: number; lat: number; crs: string }, zoom: number): void };
      const results = { map: [] as number[], circles: [] as number[], mapDrag: [] as number[], mapWheel: [] as number[], mapStep: [] as number[], mapRedraw: [] as number[], circlesStep: [] as number[] };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      /**
       * The work a step puts before its frame, not the wait for the screen's next refresh: `act`
       * runs at the start of a frame (in a rAF callback), then the element's update (a microtask),
       * then that frame's style, layout and paint; a timer queued with it runs once they are done.
       * Within 16.7 ms, the frame is on time.
       */
      const stepCost = (act: () => void) =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const begin = performance.now();
            act();
            setTimeout(() => resolve(performance.now() - begin), 0);
          }),
        );
      for (let run = 0; run < runs; run++) {
        // The component: clustering, markers, labels, list.
        let start = performance.now();
        const el = document.createElement('renda-station-map') as MapElement;
        el.today = '2026-11-20';
        el.stations = stations;
        document.body.append(el);
        await el.updateComplete;
        await el.updateComplete;
        await frames();
        results.map.push(performance.now() - start);
        const map = el.shadowRoot!.querySelector<HTMLElement>('.map')!;
        const rect = map.getBoundingClientRect();
        const pointer = (type: string, x: number) =>
          map.dispatchEvent(new PointerEvent(type, { clientX: rect.left + x, clientY: rect.top + 300, pointerId: 1, button: 0, bubbles: true, composed: true }));
        start = performance.now();
        pointer('pointerdown', 100);
        for (let step = 1; step <= 30; step++) {
          pointer('pointermove', 100 + step * 6);
          await frame();
        }
        results.mapDrag.push((performance.now() - start) / 30);
        pointer('pointerup', 280);
        await el.updateComplete;
        await frames();
        start = performance.now();
        for (let step = 1; step <= 30; step++) {
          map.dispatchEvent(new WheelEvent('wheel', { deltaY: step % 2 ? -60 : 50, clientX: rect.left + 500, clientY: rect.top + 300, bubbles: true, composed: true, cancelable: true }));
          await frame();
        }
        results.mapWheel.push((performance.now() - start) / 30);
        await el.updateComplete;
        await frames();
        // A keyboard zoom step (+ and − in turn, as the buttons do): from the key to the frame that shows it.
        map.focus();
        for (let step = 0; step < steps; step++) {
          results.mapStep.push(await stepCost(() => map.dispatchEvent(new KeyboardEvent('keydown', { key: step % 2 ? '-' : '+', bubbles: true, composed: true, cancelable: true }))));
          await frame();
        }
        await el.updateComplete;
        await frames();
        // The redraw for a new view (re-clustered, markers and labels re-placed): what follows once
        // the steps rest, and what each step cost when every step redrew.
        for (let step = 1; step <= steps; step++) {
          const view = el.getView();
          results.mapRedraw.push(await stepCost(() => el.setView({ lng: view.lng, lat: view.lat, crs: view.crs }, view.zoom + (step % 2 ? 1 : -1))));
          await el.updateComplete;
          await frames();
        }
        el.remove();

        // Baseline: the same points as bare SVG circles, projected with the same formula.
        start = performance.now();
        const svgNs = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(svgNs, 'svg');
        svg.setAttribute('width', '1100');
        svg.setAttribute('height', '600');
        const group = document.createElementNS(svgNs, 'g');
        const scale = 256 * 2 ** 11;
        for (const station of stations as { location: { lng: number; lat: number } }[]) {
          const sin = Math.sin((station.location.lat * Math.PI) / 180);
          const circle = document.createElementNS(svgNs, 'circle');
          circle.setAttribute('cx', String((station.location.lng / 360 + 0.5) * scale - 436_000));
          circle.setAttribute('cy', String((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale - 214_000));
          circle.setAttribute('r', '6');
          group.append(circle);
        }
        svg.append(group);
        document.body.append(svg);
        await frames();
        results.circles.push(performance.now() - start);
        for (let step = 0; step < steps; step++) {
          results.circlesStep.push(await stepCost(() => group.setAttribute('transform', `scale(${step % 2 ? 1 : 2})`)));
          await frame();
        }
        svg.remove();
      }
      return results;
    },
    { stations, runs, steps },
  );
  return { map: spread(r.map), circles: spread(r.circles), mapDrag: spread(r.mapDrag), mapWheel: spread(r.mapWheel), mapStep: spread(r.mapStep), mapRedraw: spread(r.mapRedraw), circlesStep: spread(r.circlesStep) };
}

const ms = (s: Spread) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)} ms`;
const ratio = (a: Spread, b: Spread) => `${(a.median / b.median).toFixed(2)} / ${(a.p95 / b.p95).toFixed(2)}`;
const RUNS = 9;
const STEPS = 12;
console.log(`\nrender in Chromium (median / p95 (nearest rank); first render: ${RUNS} runs; steps: ${RUNS} × ${STEPS}; baseline: the same stations as plain SVG circles, same run; one frame is 16.7 ms)`);
for (const count of [500, 5000]) {
  const f = await measure(count, RUNS, STEPS);
  const n = String(count).padStart(5);
  console.log(`  ${n} stations: first render ${ms(f.map)} vs circles ${ms(f.circles)} (ratio ${ratio(f.map, f.circles)})`);
  console.log(`  ${n} stations: zoom step (+/−: the key's work until its frame is drawn) ${ms(f.mapStep)} vs circles scaled ${ms(f.circlesStep)} (ratio ${ratio(f.mapStep, f.circlesStep)})`);
  console.log(`  ${n} stations: redraw once the steps rest (re-clustered, re-labelled; setView) ${ms(f.mapRedraw)} (ratio to circles scaled ${ratio(f.mapRedraw, f.circlesStep)})`);
  console.log(`  ${n} stations: per frame, drag ${ms(f.mapDrag)}, wheel ${ms(f.mapWheel)}`);
}

interface ClusterFigures {
  coldBuild: number;
  warmBuild: number;
  coldQuery: number;
  warmQuery: number;
}

/** One clustering in a fresh page: the first build and query (cold), then warm medians. */
async function measureClustering(name: string, count: number): Promise<ClusterFigures> {
  const points = placeStations(syntheticStations(count, 11), 'wgs84').map((p) => p.world);
  const fitted = fitBounds(boundsOf(points)!, 1100, 600, { padding: 48, minZoom: 3, maxZoom: 16 });
  // A zoom-in from the fitted view, as the +/− buttons and the wheel go: one query per drawing.
  const steps: Viewport[] = Array.from({ length: 40 }, (_, i) => ({ ...fitted, zoom: fitted.zoom + i * 0.15 }));
  const bounds = steps.map((view) => {
    const half = { x: (view.width / 2 + 160) / (256 * 2 ** view.zoom), y: (view.height / 2 + 160) / (256 * 2 ** view.zoom) };
    return { zoom: view.zoom, minX: view.x - half.x, maxX: view.x + half.x, minY: view.y - half.y, maxY: view.y + half.y };
  });
  const fresh = await browser.newPage();
  await fresh.goto(`${server.url}/blank.html`);
  await fresh.addScriptTag({ url: `${server.url}/${name}.js`, type: 'module' });
  await fresh.waitForFunction(() => 'ClusterIndex' in window);
  const figures = await fresh.evaluate(
    ({ points, bounds }) => {
      type Index = { itemsAt(zoom: number, bounds: { minX: number; minY: number; maxX: number; maxY: number }): unknown[] };
      const Cluster = (window as unknown as { ClusterIndex: new (p: unknown, o: unknown) => Index }).ClusterIndex;
      const options = { minZoom: 3, maxZoom: 17, radius: 36 };
      const med = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const build = () => {
        const start = performance.now();
        const index = new Cluster(points, options);
        return { index, ms: performance.now() - start };
      };
      const query = (index: Index) => {
        const start = performance.now();
        for (const b of bounds) index.itemsAt(b.zoom, b);
        return (performance.now() - start) / bounds.length;
      };
      const cold = build();
      const coldQuery = query(cold.index);
      const builds: number[] = [];
      const queries: number[] = [];
      for (let i = 0; i < 15; i++) {
        const warm = build();
        builds.push(warm.ms);
        queries.push(query(warm.index));
      }
      return { coldBuild: cold.ms, warmBuild: med(builds), coldQuery, warmQuery: med(queries) };
    },
    { points, bounds },
  );
  await fresh.close();
  return figures;
}

console.log('\nclustering alone, in Chromium (the map\'s settings: radius 36 px, zooms 3–17; cold: first call in a fresh page; warm: median of 15)');
for (const count of [500, 5000]) {
  const hand = await measureClustering('hand-written', count);
  const lib = await measureClustering('supercluster', count);
  for (const [name, f] of [['hand-written', hand], ['supercluster', lib]] as const)
    console.log(`  ${String(count).padStart(5)} stations, ${name.padEnd(12)}: build cold ${f.coldBuild.toFixed(1)} ms, warm ${f.warmBuild.toFixed(1)} ms; query per zoom step cold ${(f.coldQuery * 1000).toFixed(0)} µs, warm ${(f.warmQuery * 1000).toFixed(0)} µs`);
  console.log(
    `  ${String(count).padStart(5)} stations, hand-written ÷ supercluster (above 1: supercluster faster): build cold ${(hand.coldBuild / lib.coldBuild).toFixed(2)}×, warm ${(hand.warmBuild / lib.warmBuild).toFixed(2)}×; query cold ${(hand.coldQuery / lib.coldQuery).toFixed(2)}×, warm ${(hand.warmQuery / lib.warmQuery).toFixed(2)}×`,
  );
}

await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });

