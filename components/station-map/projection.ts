/**
 * Web Mercator, the projection of every XYZ tile service, also used for the schematic so both
 * modes share one viewport model. World coordinates run 0…1 from the antimeridian west and the
 * 85.05° parallel north; at zoom z the world is 256·2^z pixels wide.
 */
import type { LngLat } from '../../domain/geo/coordinates.js';

export const TILE_SIZE = 256;
const MAX_LATITUDE = 85.0511287798066;

export interface WorldPoint {
  x: number;
  y: number;
}

export function project(lng: number, lat: number): WorldPoint {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: lng / 360 + 0.5,
    y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI),
  };
}

export function unproject(point: WorldPoint): LngLat {
  const lng = (point.x - 0.5) * 360;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * point.y))) * 180) / Math.PI;
  return [lng, lat];
}

/** What the map shows: its centre in world coordinates, a fractional zoom, and its size in CSS px. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

export function toScreen(view: Viewport, point: WorldPoint): [number, number] {
  const scale = worldSize(view.zoom);
  return [(point.x - view.x) * scale + view.width / 2, (point.y - view.y) * scale + view.height / 2];
}

export function fromScreen(view: Viewport, sx: number, sy: number): WorldPoint {
  const scale = worldSize(view.zoom);
  return { x: view.x + (sx - view.width / 2) / scale, y: view.y + (sy - view.height / 2) / scale };
}

/** The viewport moved by a drag of (dx, dy) screen pixels: the map follows the finger. */
export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  const scale = worldSize(view.zoom);
  return { ...view, x: view.x - dx / scale, y: clampY(view.y - dy / scale) };
}

/** Zooms keeping the world point under screen point (sx, sy) in place: wheel, pinch, double-tap. */
export function zoomAround(view: Viewport, zoom: number, sx: number, sy: number): Viewport {
  const anchor = fromScreen(view, sx, sy);
  const scale = worldSize(zoom);
  return {
    ...view,
    zoom,
    x: anchor.x - (sx - view.width / 2) / scale,
    y: clampY(anchor.y - (sy - view.height / 2) / scale),
  };
}

const clampY = (y: number) => Math.max(0, Math.min(1, y));

export interface WorldBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundsOf(points: readonly WorldPoint[]): WorldBounds | undefined {
  if (points.length === 0) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/**
 * The view that shows all of `bounds` with `padding` px around it, at most `maxZoom` (a single
 * station would otherwise zoom to the floor plan).
 */
export function fitBounds(bounds: WorldBounds, width: number, height: number, options: { padding?: number; minZoom?: number; maxZoom?: number } = {}): Viewport {
  const padding = options.padding ?? 40;
  const minZoom = options.minZoom ?? 0;
  const maxZoom = options.maxZoom ?? 16;
  const spanX = Math.max(bounds.maxX - bounds.minX, 1e-12);
  const spanY = Math.max(bounds.maxY - bounds.minY, 1e-12);
  const usableW = Math.max(width - 2 * padding, 1);
  const usableH = Math.max(height - 2 * padding, 1);
  const zoom = Math.log2(Math.min(usableW / (spanX * TILE_SIZE), usableH / (spanY * TILE_SIZE)));
  return {
    x: (bounds.minX + bounds.maxX) / 2,
    y: (bounds.minY + bounds.maxY) / 2,
    zoom: Math.max(minZoom, Math.min(maxZoom, zoom)),
    width,
    height,
  };
}

/** The world rectangle the viewport shows, grown by `margin` screen pixels on every side. */
export function visibleBounds(view: Viewport, margin = 0): WorldBounds {
  const a = fromScreen(view, -margin, -margin);
  const b = fromScreen(view, view.width + margin, view.height + margin);
  return { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
}

/**
 * The view moved as little as needed so that at least one of `anchors` (the stations) lies
 * `margin` px inside it: a resident who drags, flings or zooms away never faces an empty panel.
 * Unchanged when one already does, or when there is nothing to anchor to.
 */
export function keepInView(view: Viewport, anchors: readonly WorldPoint[], margin: number): Viewport {
  if (anchors.length === 0) return view;
  const inset = Math.max(0, Math.min(margin, view.width / 2 - 1, view.height / 2 - 1));
  const inner = visibleBounds(view, -inset);
  let best: { dx: number; dy: number; distance: number } | undefined;
  for (const point of anchors) {
    const dx = point.x < inner.minX ? inner.minX - point.x : point.x > inner.maxX ? inner.maxX - point.x : 0;
    const dy = point.y < inner.minY ? inner.minY - point.y : point.y > inner.maxY ? inner.maxY - point.y : 0;
    if (dx === 0 && dy === 0) return view;
    const distance = dx * dx + dy * dy;
    if (!best || distance < best.distance) best = { dx, dy, distance };
  }
  return { ...view, x: view.x - best!.dx, y: view.y - best!.dy };
}
