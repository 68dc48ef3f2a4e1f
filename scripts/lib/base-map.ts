/**
 * A schematic base map for a demo town (`map.geojson`), drawn from its places so a resident sees
 * where things are without any tile service: each village's or community's outline and name, the
 * roads joining them (a minimum spanning tree, named from the town's own road names) and its
 * river. No administrative boundary: the demo makes no boundary claim. Deterministic: no draw.
 */
import type { MapFeature, TownMapLayer } from '../../domain/model.js';
import { offsetMetres } from './geo.js';
import type { Locale, Place } from './places.js';

const METRES_PER_DEGREE = 111_320;

/** East and north distance in metres from `a` to `b`. */
function metresBetween(a: [number, number], b: [number, number]): [number, number] {
  const east = (b[0] - a[0]) * METRES_PER_DEGREE * Math.cos((a[1] * Math.PI) / 180);
  const north = (b[1] - a[1]) * METRES_PER_DEGREE;
  return [east, north];
}

const distance = (a: [number, number], b: [number, number]) => Math.hypot(...metresBetween(a, b));

/** An irregular octagon around the place, smaller where neighbours are close, so outlines never meet. */
function outline(place: Place, places: readonly Place[], index: number): [number, number][] {
  const nearest = Math.min(...places.filter((p) => p !== place).map((p) => distance(place.at, p.at)));
  const radius = Math.min(place.kind === 'community' ? 450 : 700, nearest * 0.42);
  const ring: [number, number][] = [];
  for (let k = 0; k < 8; k++) {
    const angle = (k / 8) * 2 * Math.PI + index * 0.37;
    const r = radius * (0.82 + 0.18 * Math.sin(k * 2.3 + index));
    ring.push(offsetMetres(place.at, r * Math.cos(angle), r * Math.sin(angle)));
  }
  return [...ring, ring[0]!];
}

/** The roads: Prim's minimum spanning tree over the places, each edge bent a little off the straight line. */
function roads(places: readonly Place[]): [number, number][][] {
  const inTree = new Set([0]);
  const edges: [number, number][] = [];
  while (inTree.size < places.length) {
    let best: { from: number; to: number; d: number } | undefined;
    for (const from of inTree) {
      places.forEach((p, to) => {
        if (inTree.has(to)) return;
        const d = distance(places[from]!.at, p.at);
        if (!best || d < best.d) best = { from, to, d };
      });
    }
    inTree.add(best!.to);
    edges.push([best!.from, best!.to]);
  }
  return edges.map(([from, to], i) => {
    const a = places[from]!.at;
    const b = places[to]!.at;
    const [east, north] = metresBetween(a, b);
    const bend = (i % 2 ? 1 : -1) * 0.08;
    const mid = offsetMetres(a, east / 2 - north * bend, north / 2 + east * bend);
    return [a, mid, b];
  });
}

/** The river: a gentle curve across the town from north-west to south-east, passing between the places. */
function river(centre: [number, number], span: number): [number, number][] {
  const points: [number, number][] = [];
  for (let k = 0; k <= 12; k++) {
    const t = k / 12 - 0.5;
    const along = t * span * 2.2;
    const across = Math.sin(t * Math.PI * 2.5) * span * 0.12 + span * 0.18;
    points.push(offsetMetres(centre, along * 0.8 + across * 0.6, -along * 0.6 + across * 0.8));
  }
  return points;
}

/** The town's `map.geojson`, in GCJ-02 like its places. */
export function schematicMap(places: readonly Place[], locale: Locale): TownMapLayer {
  const centre = places[0]!.at;
  const span = Math.max(...places.map((p) => distance(centre, p.at)));
  const features: MapFeature[] = [];
  features.push({ type: 'Feature', properties: { kind: 'water', name: locale.rivers[0]! }, geometry: { type: 'LineString', coordinates: river(centre, span) } });
  places.forEach((place, index) => {
    features.push({ type: 'Feature', properties: { kind: 'village', name: place.name }, geometry: { type: 'Polygon', coordinates: [outline(place, places, index)] } });
  });
  roads(places).forEach((line, i) => {
    features.push({ type: 'Feature', properties: { kind: 'road', name: locale.roads[i % locale.roads.length]! }, geometry: { type: 'LineString', coordinates: line } });
  });
  return { type: 'FeatureCollection', coordinateSystem: 'gcj02', features };
}
