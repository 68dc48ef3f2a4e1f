/**
 * Coordinates for invented stations. Points are laid out in GCJ-02 (what town staff copy from
 * AMap); a few are then written in WGS-84 or BD-09, as happens when someone uses a phone's GPS or
 * Baidu Maps, so the map widget's conversions get exercised by the demo.
 */
import type { Crs, GeoPoint } from '../../domain/model.js';
import type { Rng } from './random.js';

const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.00669342162296594323;

function shiftLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function shiftLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

export function wgs84ToGcj02(lng: number, lat: number): [number, number] {
  const dLat0 = shiftLat(lng - 105, lat - 35);
  const dLng0 = shiftLng(lng - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - KRASOVSKY_EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (dLat0 * 180) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (dLng0 * 180) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lng + dLng, lat + dLat];
}

/** The forward shift is smooth, so a few fixed-point steps invert it to well under a metre. */
export function gcj02ToWgs84(lng: number, lat: number): [number, number] {
  let x = lng;
  let y = lat;
  for (let i = 0; i < 5; i++) {
    const [gx, gy] = wgs84ToGcj02(x, y);
    x += lng - gx;
    y += lat - gy;
  }
  return [x, y];
}

export function gcj02ToBd09(lng: number, lat: number): [number, number] {
  const xPi = (Math.PI * 3000) / 180;
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * xPi);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * xPi);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Write a GCJ-02 point in the requested system. */
export function inCrs(gcj: [number, number], crs: Crs): GeoPoint {
  const [lng, lat] = crs === 'gcj02' ? gcj : crs === 'wgs84' ? gcj02ToWgs84(gcj[0], gcj[1]) : gcj02ToBd09(gcj[0], gcj[1]);
  return { lng: round6(lng), lat: round6(lat), crs };
}

/** Move a GCJ-02 point by metres east and north (flat-earth is fine at town scale). */
export function offsetMetres(origin: [number, number], east: number, north: number): [number, number] {
  const lat = origin[1] + north / 111_320;
  const lng = origin[0] + east / (111_320 * Math.cos((origin[1] * Math.PI) / 180));
  return [round6(lng), round6(lat)];
}

/** A point within `radius` metres of `origin`, denser towards the middle like a real town. */
export function scatter(rng: Rng, origin: [number, number], radius: number): [number, number] {
  const r = radius * Math.sqrt(rng.next()) * (0.25 + 0.75 * rng.next());
  const a = rng.next() * 2 * Math.PI;
  return offsetMetres(origin, r * Math.cos(a), r * Math.sin(a));
}

/** Mostly GCJ-02, a few WGS-84 and BD-09, as in real town data. */
export function pickCrs(rng: Rng): Crs {
  return rng.weighted<Crs>([
    ['gcj02', 8],
    ['wgs84', 1],
    ['bd09', 1],
  ]);
}

/** Approximate provincial capitals in GCJ-02, keyed by the two-digit province code. */
export const PROVINCE_CENTRES: Readonly<Record<string, [number, number]>> = {
  '11': [116.4, 39.9], '12': [117.2, 39.13], '13': [114.51, 38.04], '14': [112.55, 37.87],
  '15': [111.75, 40.84], '21': [123.43, 41.8], '22': [125.32, 43.82], '23': [126.53, 45.8],
  '31': [121.47, 31.23], '32': [118.8, 32.06], '33': [120.16, 30.28], '34': [117.23, 31.82],
  '35': [119.3, 26.08], '36': [115.86, 28.68], '37': [117.0, 36.65], '41': [113.63, 34.75],
  '42': [114.31, 30.59], '43': [112.94, 28.23], '44': [113.26, 23.13], '45': [108.37, 22.82],
  '46': [110.35, 20.02], '50': [106.55, 29.56], '51': [104.07, 30.57], '52': [106.63, 26.65],
  '53': [102.83, 24.88], '54': [91.12, 29.65], '61': [108.94, 34.34], '62': [103.83, 36.06],
  '63': [101.78, 36.62], '64': [106.23, 38.49], '65': [87.62, 43.83],
};

export const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区', '21': '辽宁省',
  '22': '吉林省', '23': '黑龙江省', '31': '上海市', '32': '江苏省', '33': '浙江省', '34': '安徽省',
  '35': '福建省', '36': '江西省', '37': '山东省', '41': '河南省', '42': '湖北省', '43': '湖南省',
  '44': '广东省', '45': '广西壮族自治区', '46': '海南省', '50': '重庆市', '51': '四川省', '52': '贵州省',
  '53': '云南省', '54': '西藏自治区', '61': '陕西省', '62': '甘肃省', '63': '青海省', '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
};

/** Keep an invented centre inside the bounds the loader accepts, with a margin for scattering. */
export function clampToChina(p: [number, number]): [number, number] {
  return [Math.min(134.5, Math.max(74, p[0])), Math.min(53, Math.max(18.5, p[1]))];
}
