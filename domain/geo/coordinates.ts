/**
 * Coordinate systems of Chinese maps, converted with `gcoord` (a tested library, not our own
 * maths): GPS and 天地图 give WGS-84 (CGCS2000 differs by centimetres), AMap and Tencent GCJ-02,
 * Baidu BD-09. A point read in one system and drawn in another lands 300–600 m off.
 */
import gcoordModule from 'gcoord';
import { CRS, type Crs, type GeoPoint } from '../model.js';

// gcoord's types declare an ES default export, but Node loads its CommonJS build, whose
// module.exports is that object itself; under NodeNext TypeScript types the import as the module.
const gcoord = gcoordModule as unknown as typeof gcoordModule.default;

/** `[longitude, latitude]` in degrees. */
export type LngLat = readonly [lng: number, lat: number];

const GCOORD_CRS = {
  wgs84: gcoord.WGS84,
  gcj02: gcoord.GCJ02,
  bd09: gcoord.BD09,
} as const;

export function isCrs(value: unknown): value is Crs {
  return typeof value === 'string' && (CRS as readonly string[]).includes(value);
}

/** The same place in another coordinate system. Outside China GCJ-02 equals WGS-84. */
export function convertLngLat(lng: number, lat: number, from: Crs, to: Crs): LngLat {
  if (from === to) return [lng, lat];
  const [x, y] = gcoord.transform([lng, lat], GCOORD_CRS[from], GCOORD_CRS[to]);
  return [x, y];
}

/** A station's (or stop's) location in the system a map draws in. */
export function pointIn(point: GeoPoint, to: Crs): LngLat {
  return convertLngLat(point.lng, point.lat, point.crs, to);
}
