/**
 * `npm run bench -- station-map`: the station map's cost, measured, never asserted.
 *
 * 1. Size: the component bundled with Vite as the library build does (minified, ES module),
 *    gzip level 9, with Lit external (what it adds to an app that has Lit) and Lit included (what
 *    a page with only this widget loads). Default mode and tile mode run the same module: no tile
 *    library is loaded, the tile layer is our own few lines, bundled alone to show its share.
 * 2. Speed in Chromium: time from appending `<renda-station-map>` with 500 and 5,000 stations to
 *    the second animation frame after it rendered (clustering, markers, labels, list), against a
 *    baseline in the same run: the same stations as plain SVG circles appended by hand. Then the
 *    time per frame of a drag and of wheel zooming (the drawn layer moves as one, re-placed when
 *    the gesture ends) and per keyboard zoom step (re-clustering, re-placing markers and labels),
 *    against moving the circles' group by transform. Compare the ratios; absolute figures swing on shared machines.
 * 3. Clustering alone, in Node: the map's supercluster index against the hand-written grid
 *    clustering it replaced, on the same 5,000 stations in the same run: building the index (once
 *    per data or filter change) and one drawing's query (a zoom step: one zoom, the viewport).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ClusterIndex } from '../../components/station-map/cluster.js';
import { placeStations } from '../../components/station-map/places.js';
import { fitBounds, boundsOf, visibleBounds, type Viewport } from '../../components/station-map/projection.js';
import { syntheticStations } from '../../components/station-map/station-map.fixtures.js';
import { HandWrittenClusterIndex } from './hand-written-cluster.js';
import { launchChromium, serveStatic } from '../support/browser.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const LIT_EXTERNAL = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//];

async function bundle(entry: string, litExternal: boolean, outDir: string, fileName: string): Promise<string> {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => fileName },
      rolldownOptions: { external: litExternal ? LIT_EXTERNAL : [] },
    },
  });
  return readFileSync(join(outDir, fileName), 'utf8');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

const work = mkdtempSync(join(tmpdir(), 'renda-station-bench-'));
const external = await bundle('components/station-map/define.ts', true, work, 'station-map.external.js');
const included = await bundle('components/station-map/define.ts', false, work, 'station-map.js');
const tileLayer = await bundle('components/station-map/tile-layer.ts', true, work, 'tile-layer.external.js');
const qrCode = await bundle('components/qr-code/define.ts', true, work, 'qr-code.external.js');

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('\nsize (Vite, minified ES module, gzip -9)');
console.log(`  default mode, Lit external:  ${kb(external.length)} → ${kb(gz(external))} gz (of which <renda-qr-code> with its encoder ${kb(gz(qrCode))} gz, shared with other widgets)`);
console.log(`  default mode, Lit included:  ${kb(included.length)} → ${kb(gz(included))} gz`);
console.log(`  tile mode: the same module; its tile layer alone is ${kb(gz(tileLayer))} gz (no tile library), plus the tiles themselves`);

writeFileSync(
  join(work, 'bench.html'),
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{margin:0;width:1100px} renda-station-map{--renda-station-map-height:600px}</style></head><body><script type="module" src="station-map.js"></script></body></html>',
);
const server = await serveStatic(work);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
await page.goto(`${server.url}/bench.html`);
await page.waitForFunction(() => customElements.get('renda-station-map') !== undefined);

interface Figures {
  map: number;
  circles: number;
  mapDrag: number;
  mapWheel: number;
  mapZoom: number;
  circlesPan: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(count: number, runs: number): Promise<Figures> {
  const stations = syntheticStations(count, 11);
  return page.evaluate(
    async ({ stations, runs }) => {
      const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      type MapElement = HTMLElement & { stations: unknown; today: string; updateComplete: Promise<boolean>; getView(): { lng: number; lat: number; crs: string; zoom: number }; setView(p: { lng: number; lat: number; crs: string }, zoom: number): void };
      const results = { map: [] as number[], circles: [] as number[], mapDrag: [] as number[], mapWheel: [] as number[], mapZoom: [] as number[], circlesPan: [] as number[] };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
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
        const map = el.shadowRoot!.querySelector('.map')!;
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
        await new Promise((resolve) => setTimeout(resolve, 250));
        await el.updateComplete;
        await frames();
        const view = el.getView();
        start = performance.now();
        for (let step = 1; step <= 30; step++) {
          el.setView({ lng: view.lng, lat: view.lat, crs: view.crs }, view.zoom + step * 0.05);
          await el.updateComplete;
          await frame();
        }
        results.mapZoom.push((performance.now() - start) / 30);
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
        start = performance.now();
        for (let step = 1; step <= 30; step++) {
          group.setAttribute('transform', `translate(${-step * 3} 0) scale(${1 + step * 0.01})`);
          await frame();
        }
        results.circlesPan.push((performance.now() - start) / 30);
        svg.remove();
      }
      return results;
    },
    { stations, runs },
  ).then((r) => ({ map: median(r.map), circles: median(r.circles), mapDrag: median(r.mapDrag), mapWheel: median(r.mapWheel), mapZoom: median(r.mapZoom), circlesPan: median(r.circlesPan) }));
}

console.log('\nrender in Chromium (median of 5; baseline: the same stations as plain SVG circles, same run)');
for (const count of [500, 5000]) {
  const f = await measure(count, 5);
  console.log(
    `  ${String(count).padStart(5)} stations: first render ${f.map.toFixed(1)} ms vs circles ${f.circles.toFixed(1)} ms (ratio ${(f.map / f.circles).toFixed(2)}); ` +
      `per frame: drag ${f.mapDrag.toFixed(1)} ms, wheel ${f.mapWheel.toFixed(1)} ms, zoom step (+/−, re-clustered) ${f.mapZoom.toFixed(1)} ms vs circles moved ${f.circlesPan.toFixed(1)} ms ` +
      `(ratios ${(f.mapDrag / f.circlesPan).toFixed(2)}, ${(f.mapWheel / f.circlesPan).toFixed(2)}, ${(f.mapZoom / f.circlesPan).toFixed(2)}; one frame is 16.7 ms)`,
  );
}

await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });

/** Median ms of `runs` calls after `warm` unmeasured ones (the JIT settles first). */
function timeIt(work: () => unknown, runs: number, warm = 5): number {
  for (let i = 0; i < warm; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

console.log('\nclustering alone, in Node (median of 30; the map\'s settings: radius 36 px, zooms 3–17)');
for (const count of [500, 5000]) {
  const points = placeStations(syntheticStations(count, 11), 'wgs84').map((p) => p.world);
  const options = { minZoom: 3, maxZoom: 17, radius: 36 };
  const fitted = fitBounds(boundsOf(points)!, 1100, 600, { padding: 48, minZoom: 3, maxZoom: 16 });
  // A zoom-in from the fitted view, as the +/− buttons and the wheel go: one query per drawing.
  const steps: Viewport[] = Array.from({ length: 40 }, (_, i) => ({ ...fitted, zoom: fitted.zoom + i * 0.15 }));
  const rows = [
    { name: 'hand-written', build: () => new HandWrittenClusterIndex(points, options) },
    { name: 'supercluster', build: () => new ClusterIndex(points, options) },
  ].map(({ name, build }) => {
    const index = build();
    const query = timeIt(() => steps.forEach((view) => index.itemsAt(view.zoom, visibleBounds(view, 160))), 30) / steps.length;
    return { name, build: timeIt(build, 30), query };
  });
  const [hand, lib] = rows as [(typeof rows)[0], (typeof rows)[0]];
  for (const row of rows) console.log(`  ${String(count).padStart(5)} stations, ${row.name.padEnd(12)}: build ${row.build.toFixed(2)} ms, query per zoom step ${(row.query * 1000).toFixed(0)} µs`);
  console.log(`  ${String(count).padStart(5)} stations, hand-written ÷ supercluster: build ${(hand.build / lib.build).toFixed(2)}×, query ${(hand.query / lib.query).toFixed(2)}× (above 1: supercluster is faster)`);
}
