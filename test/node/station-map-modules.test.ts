/** The station map's pure modules: projection, clustering, labels, distances, tiles, data, layer. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterIndex } from '../../components/station-map/cluster.js';
import { byDistance, distanceMetres, formatDistance } from '../../domain/geo/distance.js';
import { estimateTextWidth, placeLabels, type LabelCandidate } from '../../components/station-map/labels.js';
import { layerHasBoundary, projectLayer } from '../../components/station-map/layer.js';
import { distancesFrom, lastCall, orderedPlaces, placeStations } from '../../components/station-map/places.js';
import { fitBounds, fromScreen, panBy, project, toScreen, unproject, worldSize, zoomAround, type Viewport } from '../../components/station-map/projection.js';
import { matchesFilter, parseStationData, themesOf } from '../../components/station-map/station-data.js';
import { tileUrl, visibleTiles } from '../../components/station-map/tiles.js';
import type { Station, TownMapLayer } from '../../domain/model.js';

/** A deterministic scatter of n points over a town-sized area (≈ 10 × 10 km). */
function scatter(n: number, seed = 7): { x: number; y: number }[] {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, () => project(119.9 + random() * 0.1, 30.0 + random() * 0.09));
}

describe('projection (Web Mercator)', () => {
  it('matches the slippy-map tile formula for a known place', () => {
    // OSM wiki: tile x = floor((lng + 180) / 360 · 2^z), y = floor((1 − ln(tan φ + sec φ) / π) / 2 · 2^z).
    const [lng, lat, z] = [119.953245, 30.048719, 15];
    const n = 2 ** z;
    const phi = (lat * Math.PI) / 180;
    const tx = Math.floor(((lng + 180) / 360) * n);
    const ty = Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n);
    const p = project(lng, lat);
    assert.equal(Math.floor(p.x * n), tx);
    assert.equal(Math.floor(p.y * n), ty);
  });

  it('unprojects what it projects', () => {
    const [lng, lat] = unproject(project(119.95, 30.05));
    assert.ok(Math.abs(lng - 119.95) < 1e-9 && Math.abs(lat - 30.05) < 1e-9);
  });

  it('screen ↔ world, pan and zoom keep the anchor under the finger', () => {
    const view: Viewport = { ...project(120, 30), zoom: 14, width: 400, height: 300 };
    const p = project(120.01, 30.01);
    const [sx, sy] = toScreen(view, p);
    const back = fromScreen(view, sx, sy);
    assert.ok(Math.abs(back.x - p.x) < 1e-12 && Math.abs(back.y - p.y) < 1e-12);
    const panned = panBy(view, 50, -20);
    const [px, py] = toScreen(panned, p);
    assert.ok(Math.abs(px - (sx + 50)) < 1e-6 && Math.abs(py - (sy - 20)) < 1e-6);
    const zoomed = zoomAround(view, 16.5, sx, sy);
    const [zx, zy] = toScreen(zoomed, p);
    assert.ok(Math.abs(zx - sx) < 1e-6 && Math.abs(zy - sy) < 1e-6, 'the point under the cursor stays there');
  });

  it('fits bounds inside the padding, and caps the zoom for a single point', () => {
    const points = [project(119.9, 30.0), project(120.0, 30.1)];
    const view = fitBounds({ minX: points[0]!.x, minY: points[1]!.y, maxX: points[1]!.x, maxY: points[0]!.y }, 600, 400, { padding: 40, maxZoom: 18 });
    for (const point of points) {
      const [x, y] = toScreen(view, point);
      assert.ok(x >= 39.99 && x <= 560.01 && y >= 39.99 && y <= 360.01, `${x}, ${y}`);
    }
    const single = fitBounds({ minX: 0.8, minY: 0.4, maxX: 0.8, maxY: 0.4 }, 600, 400, { maxZoom: 16 });
    assert.equal(single.zoom, 16);
  });
});

describe('clustering', () => {
  const points = scatter(5000);
  const index = new ClusterIndex(points, { minZoom: 3, maxZoom: 17, radius: 44 });

  it('keeps every station in exactly one item at every zoom', () => {
    for (let zoom = 3; zoom <= 18; zoom++) {
      const items = index.itemsAt(zoom);
      const total = items.reduce((sum, item) => sum + (item.type === 'cluster' ? item.count : 1), 0);
      assert.equal(total, 5000, `zoom ${zoom}`);
    }
  });

  it('splits as you zoom in: fewer items out, every station alone past maxZoom', () => {
    const counts = [3, 8, 12, 14, 16, 18].map((zoom) => index.itemsAt(zoom).length);
    for (let i = 1; i < counts.length; i++) assert.ok(counts[i]! >= counts[i - 1]!, counts.join(' → '));
    assert.ok(counts[0]! <= 3, `zoomed out, the town is one or a few clusters: ${counts[0]}`);
    assert.equal(counts.at(-1), 5000);
  });

  it('a cluster splits at its expansion zoom into exactly its leaves', () => {
    const cluster = index.itemsAt(12).find((item) => item.type === 'cluster')!;
    assert.ok(cluster && cluster.type === 'cluster');
    const leaves = new Set(index.leaves(cluster.id));
    assert.equal(leaves.size, cluster.count);
    const next = index.itemsAt(index.expansionZoom(cluster.id)).filter((item) => {
      const members = item.type === 'cluster' ? index.leaves(item.id) : [item.index];
      return members.some((m) => leaves.has(m));
    });
    assert.ok(next.length >= 2, 'it splits');
    const covered = next.flatMap((item) => (item.type === 'cluster' ? index.leaves(item.id) : [item.index]));
    assert.deepEqual(new Set(covered), leaves, 'into exactly what it was made of');
  });

  it('no two items at a zoom are closer than the radius (except merged-at-max duplicates)', () => {
    const zoom = 13;
    const items = index.itemsAt(zoom);
    const scale = worldSize(zoom);
    let closest = Infinity;
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) closest = Math.min(closest, Math.hypot(items[i]!.x - items[j]!.x, items[i]!.y - items[j]!.y) * scale);
    assert.ok(closest > 44 * 0.5, `closest pair ${closest.toFixed(1)} px`);
  });

  it('standaloneZoom is where a station first appears alone', () => {
    for (const i of [0, 17, 999, 4999]) {
      const z = index.standaloneZoom(i);
      assert.ok(index.itemsAt(z).some((item) => item.type === 'point' && item.index === i), `point ${i} alone at ${z}`);
      if (z > 3) assert.ok(!index.itemsAt(z - 1).some((item) => item.type === 'point' && item.index === i), `not alone at ${z - 1}`);
    }
  });

  it('filters by bounds', () => {
    const view: Viewport = { ...project(119.95, 30.045), zoom: 15, width: 400, height: 300 };
    const a = fromScreen(view, 0, 0);
    const b = fromScreen(view, 400, 300);
    const inView = index.itemsAt(15, { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y });
    assert.ok(inView.length > 0 && inView.length < index.itemsAt(15).length);
    for (const item of inView) assert.ok(item.x >= a.x && item.x <= b.x && item.y >= a.y && item.y <= b.y);
  });
});

describe('label placement', () => {
  const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('estimates CJK as a full em and Latin narrower', () => {
    assert.equal(estimateTextWidth('联络站', 14), 42);
    assert.ok(estimateTextWidth('abc', 14) < 30);
  });

  it('places no two labels over each other, nor over a marker, and keeps them inside', () => {
    let s = 3;
    const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const candidates: LabelCandidate[] = Array.from({ length: 120 }, (_, i) => ({ id: `s${i}`, text: `第${i}联络点`, x: 20 + random() * 560, y: 20 + random() * 360, radius: 9, priority: i % 4 }));
    const placed = placeLabels(candidates, { fontSize: 14, width: 600, height: 400 });
    assert.ok(placed.length > 10 && placed.length < 120, `${placed.length} placed`);
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i]!.box;
      assert.ok(a.x >= 0 && a.y >= 0 && a.x + a.width <= 600 && a.y + a.height <= 400);
      for (let j = i + 1; j < placed.length; j++) assert.ok(!overlap(a, placed[j]!.box), `${placed[i]!.id} overlaps ${placed[j]!.id}`);
      for (const c of candidates) assert.ok(!overlap(a, { x: c.x - 9, y: c.y - 9, width: 18, height: 18 }), `${placed[i]!.id} covers marker ${c.id}`);
    }
  });

  it('gives the higher priority label the place when two compete', () => {
    const placed = placeLabels(
      [
        { id: 'point', text: '联络点联络点', x: 100, y: 50, radius: 8, priority: 1 },
        { id: 'center', text: '联络中心站联络中心站', x: 104, y: 52, radius: 12, priority: 3 },
      ],
      { fontSize: 14, width: 200, height: 100 },
    );
    assert.equal(placed[0]?.id, 'center');
  });
});

describe('distance', () => {
  it('matches a known distance (Beijing to Shanghai ≈ 1,068 km)', () => {
    const d = distanceMetres([116.4074, 39.9042], [121.4737, 31.2304]);
    assert.ok(Math.abs(d - 1_067_000) < 5_000, `${d}`);
  });

  it('orders places by distance', () => {
    const order = byDistance([120, 30], [[120.1, 30], [120.001, 30], [120.01, 30]]);
    assert.deepEqual(order.map((o) => o.index), [1, 2, 0]);
  });

  it('rounds distances as a walker reads them', () => {
    assert.equal(formatDistance(43, 'zh-CN'), '40 米');
    assert.equal(formatDistance(349, 'zh-CN'), '350 米');
    assert.equal(formatDistance(1234, 'zh-CN'), '1.2 公里');
    assert.equal(formatDistance(1234, 'en'), '1.2 km');
    assert.equal(formatDistance(23456, 'en'), '23 km');
  });
});

describe('tiles', () => {
  it('fills the template, TMS rows and subdomains', () => {
    // (x + y) mod 3 = 2 → the third subdomain.
    assert.equal(tileUrl('https://t{s}.example/{z}/{x}/{y}.png', 3, 6, 2, 'abc'), 'https://tc.example/3/6/2.png');
    assert.equal(tileUrl('/tiles/{z}/{x}/{-y}.png', 3, 6, 2), '/tiles/3/6/5.png');
  });

  it('covers the viewport with tiles placed where the world is', () => {
    const view: Viewport = { ...project(119.95, 30.05), zoom: 14.4, width: 500, height: 300 };
    const tiles = visibleTiles(view, { template: '{z}/{x}/{y}' });
    assert.ok(tiles.every((t) => t.z === 14));
    // Every screen corner falls inside some tile.
    for (const [sx, sy] of [[0, 0], [499, 0], [0, 299], [499, 299], [250, 150]] as const)
      assert.ok(tiles.some((t) => sx >= t.left && sx < t.left + t.size && sy >= t.top && sy < t.top + t.size), `corner ${sx},${sy}`);
    // And a tile's top-left corner is where that world point is drawn.
    const t = tiles[0]!;
    const [x, y] = toScreen(view, { x: t.x / 2 ** 14, y: t.y / 2 ** 14 });
    assert.ok(Math.abs(x - t.left) <= 1 && Math.abs(y - t.top) <= 1);
  });
});

describe('station data', () => {
  it('keeps the valid stations and says why each other one was left out', () => {
    const data = parseStationData({
      stations: [
        { id: 'a', name: 'A', kind: 'center', location: { lng: 120, lat: 30, crs: 'gcj02' }, theme: 'village' },
        { id: 'b', name: 'B', kind: 'tower', location: { lng: 120, lat: 30, crs: 'gcj02' } },
        { id: 'c', name: 'C', kind: 'point', location: { lng: 120, lat: 30, crs: 'mars' } },
        { id: 'a', name: 'A2', kind: 'point', location: { lng: 120, lat: 30, crs: 'wgs84' } },
        'nonsense',
      ],
      deputies: [{ id: 'd1', name: '张三' }, { id: 2 }],
    });
    assert.deepEqual(data.stations.map((s) => s.id), ['a']);
    assert.deepEqual(data.stations[0]!.reception, []);
    assert.equal(data.rejected!.length, 4);
    assert.match(data.rejected![0]!.reason, /unknown kind "tower"/);
    assert.match(data.rejected![1]!.reason, /crs/);
    assert.match(data.rejected![2]!.reason, /duplicate/);
    assert.deepEqual(data.deputies, [{ id: 'd1', name: '张三' }]);
    assert.throws(() => parseStationData({ nothing: true }), /expected/);
  });

  it('filters by kind and theme', () => {
    const { stations } = parseStationData([
      { id: 'a', name: 'A', kind: 'point', theme: 'shop', location: { lng: 120, lat: 30, crs: 'gcj02' } },
      { id: 'b', name: 'B', kind: 'point', theme: 'village', location: { lng: 120, lat: 30, crs: 'gcj02' } },
      { id: 'c', name: 'C', kind: 'center', location: { lng: 120, lat: 30, crs: 'gcj02' } },
    ]);
    assert.deepEqual(themesOf(stations), ['shop', 'village']);
    const only = (kinds: string[], theme = '') => stations.filter((s) => matchesFilter(s, { kinds: new Set(kinds as never[]), theme })).map((s) => s.id);
    assert.deepEqual(only(['point']), ['a', 'b']);
    assert.deepEqual(only(['point', 'center'], 'shop'), ['a']);
  });
});

describe('town layer', () => {
  const layer: TownMapLayer = {
    type: 'FeatureCollection',
    coordinateSystem: 'gcj02',
    features: [
      { type: 'Feature', properties: { kind: 'road', name: '人民路' }, geometry: { type: 'LineString', coordinates: [[119.94, 30.04], [119.96, 30.05]] } },
      { type: 'Feature', properties: { kind: 'boundary' }, geometry: { type: 'Polygon', coordinates: [[[119.9, 30.0], [120.0, 30.0], [120.0, 30.1], [119.9, 30.0]]] } },
      { type: 'Feature', properties: { kind: 'village', name: '泉口村' }, geometry: { type: 'Polygon', coordinates: [[[119.92, 30.05], [119.93, 30.05], [119.93, 30.06], [119.92, 30.05]]] } },
    ],
  };

  it('drops the boundary unless there is a review number', () => {
    assert.ok(layerHasBoundary(layer));
    assert.deepEqual(projectLayer(layer, 'wgs84', { withBoundary: false }).shapes.map((s) => s.kind), ['village', 'road']);
    assert.deepEqual(projectLayer(layer, 'wgs84', { withBoundary: true }).shapes.map((s) => s.kind), ['village', 'road', 'boundary']);
  });

  it('converts the layer into the drawing system: GCJ-02 drawn in WGS-84 moves by the offset', () => {
    const same = projectLayer(layer, 'gcj02', { withBoundary: false });
    const wgs = projectLayer(layer, 'wgs84', { withBoundary: false });
    const metresPerWorld = 40_075_016 * Math.cos((30.04 * Math.PI) / 180);
    const shift = Math.hypot(same.origin.x - wgs.origin.x, same.origin.y - wgs.origin.y) * metresPerWorld;
    assert.ok(shift > 300 && shift < 700, `${shift.toFixed(0)} m`);
    assert.match(same.shapes.find((s) => s.kind === 'road')!.d, /^M0\.0 0\.0L/);
  });
});

describe('places', () => {
  const at = (id: string, kind: Station['kind'], lng: number): Station => ({ id, name: id, kind, location: { lng, lat: 30, crs: 'wgs84' }, deputies: [], reception: [] }) as unknown as Station;
  const stations = [at('p', 'point', 120.02), at('c', 'center', 120.1), at('s', 'station', 120.0), at('m', 'mobile', 120.01)];

  it('remembers the last call by the identity of its arguments', () => {
    let runs = 0;
    const placed = lastCall((list: Station[], crs: 'wgs84' | 'gcj02') => (runs++, placeStations(list, crs)));
    const first = placed(stations, 'wgs84');
    assert.equal(placed(stations, 'wgs84'), first);
    assert.equal(runs, 1);
    assert.notEqual(placed([...stations], 'wgs84'), first, 'a new array is new data');
    assert.equal(runs, 2);
  });

  it('lists by kind (centre first) in file order, or by distance once the resident is located', () => {
    const places = placeStations(stations, 'wgs84');
    assert.deepEqual(orderedPlaces(places, undefined).map((p) => p.station.id), ['c', 's', 'p', 'm']);
    const distances = distancesFrom([120.0, 30], places);
    assert.deepEqual(orderedPlaces(places, distances).map((p) => p.station.id), ['s', 'm', 'p', 'c']);
  });
});
