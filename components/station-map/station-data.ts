/**
 * What the map reads: stations (as in a town's `data/stations.json`), optionally the deputies'
 * names, checked one station at a time so one bad record hides itself, not the whole map.
 */
import { STATION_KINDS, type Deputy, type Station, type StationKind } from '../../domain/model.js';
import { isCrs } from '../../domain/geo/coordinates.js';

/** Enough of a deputy to name and link them. */
export type DeputyRef = Pick<Deputy, 'id' | 'name'> & Partial<Pick<Deputy, 'levels'>>;

/** A station's last reception as the details show it (the site writes it into `stations.json`). */
export interface MapLastReception {
  date: string;
  /** Deputies present, named. */
  deputies: DeputyRef[];
  /** Residents who came. */
  residents: number;
}

/** A station as the map reads it: the content model's, plus its last reception when the site knows one. */
export interface MapStation extends Station {
  lastReception?: MapLastReception;
}

export interface StationMapData {
  stations: MapStation[];
  deputies?: DeputyRef[];
  /** Records that were left out, with why: for the console and a notice, never silently. */
  rejected?: { at: number; reason: string }[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Why a record cannot be drawn, or `undefined` when it can. */
export function stationProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (typeof value.id !== 'string' || !value.id) return 'no id';
  if (typeof value.name !== 'string' || !value.name) return `${value.id}: no name`;
  if (!(STATION_KINDS as readonly unknown[]).includes(value.kind)) return `${value.id}: unknown kind ${JSON.stringify(value.kind)}`;
  const location = value.location;
  if (!isObject(location) || !isFiniteNumber(location.lng) || !isFiniteNumber(location.lat)) return `${value.id}: no location {lng, lat}`;
  if (Math.abs(location.lat) > 85 || Math.abs(location.lng) > 180) return `${value.id}: location out of range`;
  if (!isCrs(location.crs)) return `${value.id}: location.crs must be wgs84, gcj02 or bd09`;
  return undefined;
}

/** A last reception the details can show: a date, a whole count of residents, named deputies; else none. */
function lastReceptionOf(value: unknown): MapLastReception | undefined {
  if (!isObject(value) || typeof value.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.date)) return undefined;
  if (typeof value.residents !== 'number' || !Number.isInteger(value.residents) || value.residents < 0) return undefined;
  const deputies = Array.isArray(value.deputies) ? value.deputies.filter((d): d is DeputyRef => isObject(d) && typeof d.id === 'string' && typeof d.name === 'string').map(({ id, name }) => ({ id, name })) : [];
  return { date: value.date, residents: value.residents, deputies };
}

/** Fills the optional lists a hand-written record may leave out. */
function normalise(value: Record<string, unknown>): MapStation {
  const { lastReception, ...station } = value as unknown as MapStation;
  const last = lastReceptionOf(lastReception);
  return {
    ...station,
    address: typeof station.address === 'string' ? station.address : '',
    reception: Array.isArray(station.reception) ? station.reception : [],
    deputies: Array.isArray(station.deputies) ? station.deputies.filter((id): id is string => typeof id === 'string') : [],
    ...(last ? { lastReception: last } : {}),
  };
}

/**
 * Accepts `{ stations: [...], deputies?: [...] }` (a town's open data) or a bare array of
 * stations. Throws only when nothing usable is there; bad records are listed in `rejected`.
 */
export function parseStationData(json: unknown): StationMapData {
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.stations) ? json.stations : undefined;
  if (!list) throw new Error('expected { "stations": [...] } or an array of stations');
  const stations: MapStation[] = [];
  const rejected: { at: number; reason: string }[] = [];
  const ids = new Set<string>();
  list.forEach((value, at) => {
    const problem = stationProblem(value) ?? (ids.has((value as Station).id) ? `${(value as Station).id}: duplicate id` : undefined);
    if (problem) rejected.push({ at, reason: problem });
    else {
      ids.add((value as Station).id);
      stations.push(normalise(value as Record<string, unknown>));
    }
  });
  const rawDeputies = isObject(json) && Array.isArray(json.deputies) ? json.deputies : [];
  const deputies = rawDeputies.filter((d): d is DeputyRef => isObject(d) && typeof d.id === 'string' && typeof d.name === 'string');
  return { stations, ...(deputies.length ? { deputies } : {}), ...(rejected.length ? { rejected } : {}) };
}

/** Draw and list order: the hierarchy first (中心站, 联络站, 联络点, 流动站), then as given. */
export const KIND_ORDER: Record<StationKind, number> = { center: 0, station: 1, point: 2, mobile: 3 };

/** The themes present, in first-seen order, for the theme filter. */
export function themesOf(stations: readonly Station[]): string[] {
  const themes: string[] = [];
  for (const station of stations) if (station.theme && !themes.includes(station.theme)) themes.push(station.theme);
  return themes;
}

export interface StationFilter {
  kinds: ReadonlySet<StationKind>;
  /** '' for every theme. */
  theme: string;
}

export function matchesFilter(station: Station, filter: StationFilter): boolean {
  return filter.kinds.has(station.kind) && (!filter.theme || station.theme === filter.theme);
}

/** Fills `{id}` in a link pattern such as `../stations/{id}/`. */
export function fillPattern(pattern: string, id: string): string {
  return pattern.replaceAll('{id}', encodeURIComponent(id));
}
