/**
 * Distances for “nearest to me”: computed in the browser from the resident's position, which is
 * never sent anywhere. Positions are WGS-84 (what browsers report); stations are converted first.
 */
import type { LngLat } from './coordinates.js';
import { formatNumber } from '../text/format.js';
import type { Locale } from '../model.js';

/** Mean Earth radius (IUGG), metres: the haversine error is under 0.5 % at town scale. */
const EARTH_RADIUS_M = 6_371_008.8;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceMetres(a: LngLat, b: LngLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLng = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Indexes of `places` from nearest to farthest, with their distances. Ties keep input order. */
export function byDistance(from: LngLat, places: readonly LngLat[]): { index: number; metres: number }[] {
  return places
    .map((place, index) => ({ index, metres: distanceMetres(from, place) }))
    .sort((a, b) => a.metres - b.metres || a.index - b.index);
}

/** “350 米”, “1.2 公里” / “350 m”, “1.2 km”: rounded as a walker reads it, not a surveyor. */
export function formatDistance(metres: number, locale: Locale): string {
  if (metres < 1000) {
    const rounded = metres < 100 ? Math.max(10, Math.round(metres / 10) * 10) : Math.round(metres / 50) * 50;
    if (rounded < 1000) return locale === 'zh-CN' ? `${rounded} 米` : `${rounded} m`;
  }
  const km = metres / 1000;
  const text = formatNumber(km, locale, { maximumFractionDigits: km < 10 ? 1 : 0 });
  return locale === 'zh-CN' ? `${text} 公里` : `${text} km`;
}
