/**
 * The town's own background layer (`map.geojson`): roads, village outlines, water and — only
 * with a map review number (审图号) — the administrative boundary. Projected once into pixels
 * at a reference zoom around a local origin, so panning and zooming only change one transform
 * and SVG's single-precision coordinates stay exact.
 */
import type { Crs, MapFeatureKind, TownMapLayer } from '../../domain/model.js';
import { convertLngLat } from '../../domain/geo/coordinates.js';
import { project, worldSize, type WorldPoint } from './projection.js';

export const LAYER_REFERENCE_ZOOM = 16;

export interface LayerShape {
  kind: MapFeatureKind;
  /** SVG path in pixels at the reference zoom, relative to the layer origin. */
  d: string;
  closed: boolean;
  name?: string;
  /** Where the name goes (the shape's bounding-box centre), in world coordinates. */
  labelAt?: WorldPoint;
  /** The larger side of the shape's bounding box, in world units: names of shapes too small on screen are left out. */
  extent?: number;
}

export interface ProjectedLayer {
  origin: WorldPoint;
  shapes: LayerShape[];
}

type Position = number[];

export function projectLayer(layer: TownMapLayer, displayCrs: Crs, options: { withBoundary: boolean }): ProjectedLayer {
  const from: Crs = layer.coordinateSystem ?? 'wgs84';
  const scale = worldSize(LAYER_REFERENCE_ZOOM);
  const toWorld = (position: Position): WorldPoint => {
    const [lng, lat] = convertLngLat(position[0]!, position[1]!, from, displayCrs);
    return project(lng, lat);
  };
  const first = layer.features.find((f) => f.geometry)?.geometry;
  const firstPosition = first ? (first.coordinates.flat(3) as unknown as number[]) : [];
  const origin = firstPosition.length >= 2 ? toWorld(firstPosition.slice(0, 2)) : { x: 0, y: 0 };
  const shapes: LayerShape[] = [];
  for (const feature of layer.features) {
    const kind = feature.properties.kind;
    if (kind === 'boundary' && !options.withBoundary) continue;
    const geometry = feature.geometry;
    const closed = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
    const lines: Position[][] =
      geometry.type === 'LineString'
        ? [geometry.coordinates]
        : geometry.type === 'MultiLineString' || geometry.type === 'Polygon'
          ? geometry.coordinates
          : geometry.coordinates.flat();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const d = lines
      .map((line) => {
        const parts = line.map((position) => {
          const p = toWorld(position);
          minX = Math.min(minX, p.x);
          minY = Math.min(minY, p.y);
          maxX = Math.max(maxX, p.x);
          maxY = Math.max(maxY, p.y);
          return `${((p.x - origin.x) * scale).toFixed(1)} ${((p.y - origin.y) * scale).toFixed(1)}`;
        });
        return `M${parts.join('L')}${closed ? 'Z' : ''}`;
      })
      .join('');
    const name = feature.properties.name;
    shapes.push({ kind, d, closed, ...(name ? { name, labelAt: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, extent: Math.max(maxX - minX, maxY - minY) } : {}) });
  }
  // Areas under lines, boundary on top.
  const order: Record<MapFeatureKind, number> = { area: 0, village: 1, water: 2, road: 3, boundary: 4 };
  shapes.sort((a, b) => order[a.kind] - order[b.kind]);
  return { origin, shapes };
}

export function layerHasBoundary(layer: TownMapLayer | undefined): boolean {
  return !!layer?.features.some((f) => f.properties.kind === 'boundary');
}
