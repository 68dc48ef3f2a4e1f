/**
 * Coordinate conversion against published reference points, each within 1 m. The references come
 * from other projects and from a map service, not from the library under test:
 * - wandergis/coordtransform (README example, Beijing);
 * - googollee/eviltransform (its WGS-84 → GCJ-02 test vectors: Shanghai, Shenzhen, Beijing);
 * - an R package's tests (asesgeo), including the answers of AMap's and Baidu's own
 *   coordinate-convert web APIs for two Beijing points;
 * - geotool (a Rust CLI's tests): one point through all three systems.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import gcoordModule from 'gcoord';
import { convertLngLat, pointIn } from './coordinates.js';
import { distanceMetres } from './distance.js';
import type { Crs } from '../model.js';

// A library as a second opinion (a dev dependency only): its CommonJS build's module.exports is the object itself.
const gcoord = gcoordModule as unknown as typeof gcoordModule.default;

interface Reference {
  source: string;
  from: Crs;
  to: Crs;
  input: [number, number];
  expected: [number, number];
}

const REFERENCES: Reference[] = [
  { source: 'coordtransform', from: 'wgs84', to: 'gcj02', input: [116.404, 39.915], expected: [116.41024449916938, 39.91640428150164] },
  { source: 'coordtransform', from: 'gcj02', to: 'bd09', input: [116.404, 39.915], expected: [116.41036949371029, 39.92133699351021] },
  { source: 'coordtransform', from: 'bd09', to: 'gcj02', input: [116.404, 39.915], expected: [116.39762729119315, 39.90865673957631] },
  { source: 'coordtransform', from: 'gcj02', to: 'wgs84', input: [116.404, 39.915], expected: [116.39775550083061, 39.91359571849836] },
  { source: 'eviltransform, Shanghai', from: 'wgs84', to: 'gcj02', input: [121.5272106, 31.1774276], expected: [121.531541859215, 31.17530398364597] },
  { source: 'eviltransform, Shenzhen', from: 'wgs84', to: 'gcj02', input: [113.912316, 22.543847], expected: [113.9171764808363, 22.540796131694766] },
  { source: 'eviltransform, Beijing', from: 'wgs84', to: 'gcj02', input: [116.377817, 39.911954], expected: [116.38404722455657, 39.91334545536069] },
  { source: 'AMap convert API', from: 'wgs84', to: 'gcj02', input: [116.39089, 39.90734], expected: [116.39713623, 39.90874539] },
  { source: 'Baidu geoconv API', from: 'wgs84', to: 'gcj02', input: [116.42079, 39.90105], expected: [116.42702745, 39.90245063] },
  { source: 'asesgeo', from: 'gcj02', to: 'wgs84', input: [116.397131, 39.908746], expected: [116.39089006, 39.90734493] },
  { source: 'asesgeo', from: 'gcj02', to: 'bd09', input: [116.397131, 39.908746], expected: [116.40350426, 39.91508839] },
  { source: 'asesgeo', from: 'bd09', to: 'gcj02', input: [116.4035, 39.91509], expected: [116.39712692, 39.90874808] },
  { source: 'geotool', from: 'wgs84', to: 'gcj02', input: [121.0917077, 30.6107779], expected: [121.09626935575027, 30.608604331756705] },
  { source: 'geotool', from: 'gcj02', to: 'bd09', input: [121.09626935575027, 30.608604331756705], expected: [121.10271732371203, 30.61484572185035] },
  { source: 'geotool', from: 'wgs84', to: 'bd09', input: [121.0917077, 30.6107779], expected: [121.10271732371203, 30.61484572185035] },
];

describe('coordinate conversion against reference points', () => {
  for (const ref of REFERENCES) {
    it(`${ref.source}: ${ref.from} → ${ref.to} within 1 m`, () => {
      const got = convertLngLat(ref.input[0], ref.input[1], ref.from, ref.to);
      const error = distanceMetres(got, ref.expected);
      assert.ok(error < 1, `${error.toFixed(3)} m off: got ${got.join(', ')}, expected ${ref.expected.join(', ')}`);
      // And the conversion did something: these systems differ by hundreds of metres in China.
      if (ref.from !== ref.to) assert.ok(distanceMetres(ref.input, got) > 100, 'no shift at all');
    });
  }

  it('every reference also converts back to its input within 1 m (all six directions)', () => {
    for (const ref of REFERENCES) {
      const back = convertLngLat(ref.expected[0], ref.expected[1], ref.to, ref.from);
      assert.ok(distanceMetres(back, ref.input) < 1, `${ref.source} back: ${distanceMetres(back, ref.input).toFixed(3)} m`);
    }
  });

  it('round-trips a grid over the demo county through all three systems within 1 m', () => {
    const systems: Crs[] = ['wgs84', 'gcj02', 'bd09'];
    let worst = 0;
    for (let lng = 119.85; lng <= 120.1; lng += 0.05) {
      for (let lat = 29.95; lat <= 30.15; lat += 0.05) {
        for (const a of systems) {
          for (const b of systems) {
            const there = convertLngLat(lng, lat, a, b);
            const back = convertLngLat(there[0], there[1], b, a);
            worst = Math.max(worst, distanceMetres([lng, lat], back));
          }
        }
      }
    }
    assert.ok(worst < 1, `worst round trip ${worst.toFixed(3)} m`);
  });

  it('a point in the wrong system is hundreds of metres off: the reason for converting', () => {
    const station = { lng: 119.953245, lat: 30.048719, crs: 'gcj02' as const };
    const asWgs = pointIn(station, 'wgs84');
    const off = distanceMetres([station.lng, station.lat], asWgs);
    assert.ok(off > 300 && off < 700, `${off.toFixed(0)} m`);
    assert.deepEqual(pointIn(station, 'gcj02'), [station.lng, station.lat]);
  });

  it('leaves points outside China as they are for WGS-84 ↔ GCJ-02', () => {
    assert.deepEqual(convertLngLat(2.3522, 48.8566, 'wgs84', 'gcj02'), [2.3522, 48.8566]);
  });

  it('agrees with gcoord within 0.2 m over China, in all six directions', () => {
    const systems: Crs[] = ['wgs84', 'gcj02', 'bd09'];
    const names = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;
    let worst = 0;
    for (let lng = 74; lng <= 134; lng += 3.7) {
      for (let lat = 18; lat <= 53; lat += 2.9) {
        for (const from of systems) {
          for (const to of systems) {
            if (from === to) continue;
            const ours = convertLngLat(lng, lat, from, to);
            const theirs = gcoord.transform([lng, lat], names[from], names[to]) as [number, number];
            worst = Math.max(worst, distanceMetres(ours, theirs));
          }
        }
      }
    }
    assert.ok(worst < 0.2, `worst ${worst.toFixed(3)} m`);
  });
});
