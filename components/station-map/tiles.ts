/**
 * XYZ (“slippy map”) tiles: which tiles cover the view and where they go on screen. Any service
 * with a `{z}/{x}/{y}` template works (天地图 with its key, AMap, OpenStreetMap, a town's own);
 * `{s}` picks a subdomain and `{-y}` counts rows from the south (TMS).
 */
import { TILE_SIZE, visibleBounds, type Viewport } from './projection.js';

export interface TileOptions {
  template: string;
  /** Subdomains `{s}` cycles through, e.g. "1234" or "abc". */
  subdomains?: string;
  minZoom?: number;
  /** The deepest zoom the service has; the map scales those tiles up beyond it. */
  maxZoom?: number;
}

export interface PlacedTile {
  key: string;
  url: string;
  z: number;
  x: number;
  y: number;
  /** Screen position and size in CSS px. */
  left: number;
  top: number;
  size: number;
}

export function tileUrl(template: string, z: number, x: number, y: number, subdomains = ''): string {
  const s = subdomains ? subdomains[Math.abs(x + y) % subdomains.length]! : '';
  return template
    .replaceAll('{z}', String(z))
    .replaceAll('{x}', String(x))
    .replaceAll('{-y}', String(2 ** z - 1 - y))
    .replaceAll('{y}', String(y))
    .replaceAll('{s}', s);
}

/** The tile zoom for a view: the nearest whole zoom, within what the service has. */
export function tileZoom(zoom: number, options: Pick<TileOptions, 'minZoom' | 'maxZoom'> = {}): number {
  return Math.max(options.minZoom ?? 0, Math.min(options.maxZoom ?? 18, Math.round(zoom)));
}

export function visibleTiles(view: Viewport, options: TileOptions): PlacedTile[] {
  const z = tileZoom(view.zoom, options);
  const n = 2 ** z;
  const size = TILE_SIZE * 2 ** (view.zoom - z);
  const bounds = visibleBounds(view);
  const x0 = Math.floor(bounds.minX * n);
  const x1 = Math.floor(bounds.maxX * n);
  const y0 = Math.max(0, Math.floor(bounds.minY * n));
  const y1 = Math.min(n - 1, Math.floor(bounds.maxY * n));
  const worldPx = TILE_SIZE * 2 ** view.zoom;
  const originLeft = view.width / 2 - view.x * worldPx;
  const originTop = view.height / 2 - view.y * worldPx;
  const tiles: PlacedTile[] = [];
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      const wrapped = ((tx % n) + n) % n;
      tiles.push({
        key: `${z}/${tx}/${ty}`,
        url: tileUrl(options.template, z, wrapped, ty, options.subdomains),
        z,
        x: wrapped,
        y: ty,
        // Rounded edges and one extra pixel keep hairline seams from showing between tiles.
        left: Math.floor(originLeft + tx * size),
        top: Math.floor(originTop + ty * size),
        size: Math.ceil(size) + 1,
      });
    }
  }
  return tiles;
}
