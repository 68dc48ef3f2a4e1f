/**
 * Coordinate systems of Chinese maps: GPS and 天地图 give WGS-84 (CGCS2000 differs by
 * centimetres), AMap and Tencent GCJ-02, Baidu BD-09. A point read in one system and drawn in
 * another lands 300–600 m off.
 *
 * The conversions are the published formulas every Chinese map library uses (GCJ-02's offset
 * polynomial on the Krasovsky ellipsoid, BD-09's rotation and shift on top of it; GCJ-02 → WGS-84
 * by iterating the forward offset). They were `gcoord`'s until issue 15: that library is 4.3 kB
 * gzip in the map's chunk for these few lines, and its checks and generic `transform()` made the
 * conversion of 5,000 stations a fifth of the map's first render. The tests hold them to
 * independently published reference points within 1 m, and to gcoord itself over a grid.
 */
import { CRS, type Crs, type GeoPoint } from '../model.js';

/** `[longitude, latitude]` in degrees. */
export type LngLat = readonly [lng: number, lat: number];

export function isCrs(value: unknown): value is Crs {
  return typeof value === 'string' && (CRS as readonly string[]).includes(value);
}

/** Krasovsky 1940, which GCJ-02's offset is defined on: semi-major axis and eccentricity squared. */
const AXIS = 6378245;
const ECCENTRICITY_2 = 0.006693421622965823;
/** BD-09's rotation factor. */
const BAIDU = (Math.PI * 3000) / 180;
/** GCJ-02 → WGS-84 stops when the forward offset is back within this (degrees, about 0.1 m). */
const INVERSE_TOLERANCE = 1e-6;
const { abs, atan2, cos, PI, sin, sqrt } = Math;

/** GCJ-02 shifts only inside a rough box around China; outside it equals WGS-84. */
function inChinaBox(lng: number, lat: number): boolean {
  return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

function offsetLat(x: number, y: number): number {
  let v = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x));
  v += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  v += ((20 * sin(y * PI) + 40 * sin((y / 3) * PI)) * 2) / 3;
  v += ((160 * sin((y / 12) * PI) + 320 * sin((y * PI) / 30)) * 2) / 3;
  return v;
}

function offsetLng(x: number, y: number): number {
  let v = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x));
  v += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  v += ((20 * sin(x * PI) + 40 * sin((x / 3) * PI)) * 2) / 3;
  v += ((150 * sin((x / 12) * PI) + 300 * sin((x / 30) * PI)) * 2) / 3;
  return v;
}

function wgs84ToGcj02(lng: number, lat: number): LngLat {
  if (!inChinaBox(lng, lat)) return [lng, lat];
  const radLat = (lat / 180) * PI;
  const s = sin(radLat);
  const magic = 1 - ECCENTRICITY_2 * s * s;
  const sqrtMagic = sqrt(magic);
  const dLat = (offsetLat(lng - 105, lat - 35) * 180) / (((AXIS * (1 - ECCENTRICITY_2)) / (magic * sqrtMagic)) * PI);
  const dLng = (offsetLng(lng - 105, lat - 35) * 180) / ((AXIS / sqrtMagic) * cos(radLat) * PI);
  return [lng + dLng, lat + dLat];
}

/** The forward offset has no closed inverse: step back by the error until it vanishes (3–4 steps). */
function gcj02ToWgs84(lng: number, lat: number): LngLat {
  if (!inChinaBox(lng, lat)) return [lng, lat];
  let x = lng;
  let y = lat;
  for (let step = 0; step < 20; step++) {
    const [gx, gy] = wgs84ToGcj02(x, y);
    const dx = gx - lng;
    const dy = gy - lat;
    if (abs(dx) <= INVERSE_TOLERANCE && abs(dy) <= INVERSE_TOLERANCE) break;
    x -= dx;
    y -= dy;
  }
  return [x, y];
}

function gcj02ToBd09(lng: number, lat: number): LngLat {
  const z = sqrt(lng * lng + lat * lat) + 0.00002 * sin(lat * BAIDU);
  const theta = atan2(lat, lng) + 0.000003 * cos(lng * BAIDU);
  return [z * cos(theta) + 0.0065, z * sin(theta) + 0.006];
}

function bd09ToGcj02(lng: number, lat: number): LngLat {
  const x = lng - 0.0065;
  const y = lat - 0.006;
  const z = sqrt(x * x + y * y) - 0.00002 * sin(y * BAIDU);
  const theta = atan2(y, x) - 0.000003 * cos(x * BAIDU);
  return [z * cos(theta), z * sin(theta)];
}

/** The same place in another coordinate system. Outside China GCJ-02 equals WGS-84. */
export function convertLngLat(lng: number, lat: number, from: Crs, to: Crs): LngLat {
  if (from === to) return [lng, lat];
  // Every route goes through GCJ-02, as BD-09 is defined on it.
  const [gLng, gLat] = from === 'gcj02' ? [lng, lat] : from === 'bd09' ? bd09ToGcj02(lng, lat) : wgs84ToGcj02(lng, lat);
  return to === 'gcj02' ? [gLng, gLat] : to === 'bd09' ? gcj02ToBd09(gLng, gLat) : gcj02ToWgs84(gLng, gLat);
}

/** A station's (or stop's) location in the system a map draws in. */
export function pointIn(point: GeoPoint, to: Crs): LngLat {
  return convertLngLat(point.lng, point.lat, point.crs, to);
}
