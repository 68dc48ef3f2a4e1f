/**
 * Marker shapes: each kind differs in shape as well as colour, so the map reads in greyscale,
 * in print and for colour-blind residents. Paths are centred on (0, 0), `r` is the half-size.
 */
import type { StationKind } from '../../domain/model.js';

/** Half-sizes in px: the centre station is the biggest, as it is the hub. */
export const MARKER_RADIUS: Record<StationKind, number> = { center: 13, station: 10, point: 8, mobile: 10 };

function star(r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.48;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(radius * Math.cos(angle)).toFixed(2)} ${(radius * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${points.join('L')}Z`;
}

function square(r: number): string {
  const s = r * 0.85;
  return `M${-s} ${-s}H${s}V${s}H${-s}Z`;
}

function circle(r: number): string {
  return `M${-r} 0A${r} ${r} 0 1 0 ${r} 0A${r} ${r} 0 1 0 ${-r} 0Z`;
}

/** A triangle pointing up: a vehicle on the move. */
function triangle(r: number): string {
  const h = r * 1.05;
  return `M0 ${-h}L${(h * 0.95).toFixed(2)} ${(h * 0.7).toFixed(2)}L${(-h * 0.95).toFixed(2)} ${(h * 0.7).toFixed(2)}Z`;
}

const SHAPES: Record<StationKind, (r: number) => string> = { center: star, station: square, point: circle, mobile: triangle };

/** A handful of shapes drawn again and again (every marker, every list entry's icon): each built once. */
const paths = new Map<string, string>();

export function markerPath(kind: StationKind, scale = 1): string {
  const key = `${kind}${scale}`;
  let path = paths.get(key);
  if (path === undefined) paths.set(key, (path = SHAPES[kind](MARKER_RADIUS[kind] * scale)));
  return path;
}

/** Cluster size grows with the log of its count, so 5,000 does not cover the town. */
export function clusterRadius(count: number): number {
  return Math.round(14 + 4 * Math.log10(count));
}
