/**
 * The stations as the map draws them: projected once per drawing system, filtered and clustered,
 * measured from the resident, ordered for the list, and the view that shows them. Pure functions,
 * and `StationPlaces`, which keeps one result of each and recomputes only when an input changes.
 */
import type { Crs, Station, StationKind, TownMapLayer } from '../../domain/model.js';
import { convertLngLat, pointIn, type LngLat } from '../../domain/geo/coordinates.js';
import { byDistance } from '../../domain/geo/distance.js';
import { ClusterIndex } from './cluster.js';
import { projectLayer, type ProjectedLayer } from './layer.js';
import { boundsOf, fitBounds, project, type Viewport, type WorldPoint } from './projection.js';
import { KIND_ORDER, matchesFilter } from './station-data.js';

export interface PlacedStation {
  station: Station;
  /** Position in the list of valid stations. */
  index: number;
  /** In the map's drawing system, projected. */
  world: WorldPoint;
  /** For distances and calendar GEO. */
  wgs84: LngLat;
}

export interface FilteredStations {
  places: PlacedStation[];
  clusters: ClusterIndex;
}

/** Remembers the last call: the same arguments (by identity) give the same result without work. */
export function lastCall<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((arg, i) => arg !== last!.args[i])) last = { args, result: compute(...args) };
    return last.result;
  };
}

export function placeStations(stations: Station[], crs: Crs): PlacedStation[] {
  return stations.map((station, index) => {
    const wgs84 = pointIn(station.location, 'wgs84');
    // Converting between systems costs: most maps draw in WGS-84 and need it only once.
    const [lng, lat] = crs === 'wgs84' ? wgs84 : pointIn(station.location, crs);
    return { station, index, world: project(lng, lat), wgs84 };
  });
}

export function filterPlaces(places: PlacedStation[], filter: { kinds: ReadonlySet<StationKind>; theme: string }, zoom: { min: number; max: number }): FilteredStations {
  const shown = places.filter((p) => matchesFilter(p.station, filter));
  return { places: shown, clusters: new ClusterIndex(shown.map((p) => p.world), { minZoom: zoom.min, maxZoom: zoom.max - 2, radius: 36 }) };
}

/** Metres from the resident to each station, by station id. */
export function distancesFrom(user: LngLat, places: PlacedStation[]): Map<string, number> {
  return new Map(byDistance(user, places.map((p) => p.wgs84)).map(({ index, metres }) => [places[index]!.station.id, metres]));
}

/** Nearest first once the resident is located; otherwise centre, stations, points, mobile, each in file order. */
export function orderedPlaces(places: PlacedStation[], distances: Map<string, number> | undefined): PlacedStation[] {
  if (distances) return [...places].sort((a, b) => distances.get(a.station.id)! - distances.get(b.station.id)! || a.index - b.index);
  // By kind, each in file order: one pass into a bucket per kind, not a sort (5,000 stations on every first render).
  const buckets: PlacedStation[][] = Object.values(KIND_ORDER).map(() => []);
  for (const place of places) buckets[KIND_ORDER[place.station.kind]]!.push(place);
  return buckets.flat();
}

/** Where the element's places come from; read on every access, so they are always current. */
export interface StationPlacesInputs {
  stations: () => Station[];
  /** The system the map draws in. */
  crs: () => Crs;
  kinds: () => ReadonlySet<StationKind>;
  theme: () => string;
  /** Read when the clusters are built (a change of limits alone keeps them, as the places have not changed). */
  zoom: () => { min: number; max: number };
  layer: () => TownMapLayer | undefined;
  /** A boundary in the layer is drawn only with a 审图号. */
  withBoundary: () => boolean;
  /** The resident (WGS-84), once located. */
  user: () => LngLat | undefined;
}

/** The element's derived stations, each recomputed only when one of its inputs changed (by identity). */
export class StationPlaces {
  private readonly inputs: StationPlacesInputs;
  private readonly placeMemo = lastCall(placeStations);
  private readonly filterMemo = lastCall((places: PlacedStation[], kinds: ReadonlySet<StationKind>, theme: string) => filterPlaces(places, { kinds, theme }, this.inputs.zoom()));
  private readonly layerMemo = lastCall((layer: TownMapLayer, crs: Crs, withBoundary: boolean) => projectLayer(layer, crs, { withBoundary }));
  private readonly distanceMemo = lastCall(distancesFrom);

  constructor(inputs: StationPlacesInputs) {
    this.inputs = inputs;
  }

  /** Every valid station, projected. */
  get placed(): PlacedStation[] {
    return this.placeMemo(this.inputs.stations(), this.inputs.crs());
  }

  /** Those the filters let through, and their clusters. */
  get filtered(): FilteredStations {
    return this.filterMemo(this.placed, this.inputs.kinds(), this.inputs.theme());
  }

  /** The town's layer, projected; none without one. */
  get layer(): ProjectedLayer | undefined {
    const layer = this.inputs.layer();
    if (!layer?.features) return undefined;
    return this.layerMemo(layer, this.inputs.crs(), this.inputs.withBoundary());
  }

  /** The resident, projected, once located. */
  get user(): WorldPoint | undefined {
    const user = this.inputs.user();
    if (!user) return undefined;
    const [lng, lat] = convertLngLat(user[0], user[1], 'wgs84', this.inputs.crs());
    return project(lng, lat);
  }

  /** Metres from the resident by station id, once located. */
  get distances(): Map<string, number> | undefined {
    const user = this.inputs.user();
    return user ? this.distanceMemo(user, this.placed) : undefined;
  }
}

export interface FitInput {
  size: { width: number; height: number };
  placed: PlacedStation[];
  filtered: FilteredStations;
  /** The selected station's id, or ''. */
  selected: string;
  compact: boolean;
  /** The resident, projected, once located. */
  user: WorldPoint | undefined;
  minZoom: number;
  maxZoom: number;
}

/** The view to show when the resident has not moved the map: every station, or the selected one. */
export function fittedView({ size, placed, filtered, selected, compact, user, minZoom, maxZoom }: FitInput): Viewport {
  const { width, height } = size;
  const places = filtered.places.length ? filtered.places : placed;
  const chosen = selected ? placed.find((p) => p.station.id === selected) : undefined;
  if (compact && chosen) return { x: chosen.world.x, y: chosen.world.y, zoom: compactZoom(chosen, placed, size), width, height };
  const points = places.map((p) => p.world);
  const bounds = boundsOf(user ? [...points, user] : points);
  if (!bounds) return { x: 0.5, y: 0.5, zoom: minZoom, width, height };
  const all = fitBounds(bounds, width, height, { padding: 48, minZoom, maxZoom: 16 });
  // A page that opens with a station selected shows it on its own, not inside a cluster.
  const at = chosen ? filtered.places.indexOf(chosen) : -1;
  if (!chosen || at === -1) return all;
  const zoom = Math.max(all.zoom, Math.min(maxZoom, filtered.clusters.standaloneZoom(at) + 0.01));
  return zoom === all.zoom ? all : { x: chosen.world.x, y: chosen.world.y, zoom, width, height };
}

/** A station's own page: close in, but with its nearest neighbours in view for bearings. */
function compactZoom(chosen: PlacedStation, placed: PlacedStation[], size: { width: number; height: number }): number {
  const near = placed
    .filter((p) => p !== chosen)
    .map((p) => Math.hypot(p.world.x - chosen.world.x, p.world.y - chosen.world.y))
    .sort((a, b) => a - b)[2];
  if (!near) return 15;
  const room = Math.min(size.width, size.height) / 2 - 40;
  return Math.max(11, Math.min(16, Math.log2(room / (near * 256))));
}
