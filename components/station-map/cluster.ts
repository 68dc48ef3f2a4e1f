/**
 * Hierarchical clustering for dense maps, on supercluster: the index is built once per set of
 * points (every zoom from `maxZoom` out to `minZoom`), then each drawing only queries it for one
 * zoom and the viewport, a KD-tree range search. Points (or clusters of the zoom below) within
 * `radius` screen pixels merge into one cluster at their weighted centre, so a cluster always
 * splits into exactly what it was made of one zoom in: zooming in never makes markers jump.
 *
 * supercluster beat the hand-written grid clustering this replaced at 5,000 stations in the same
 * run (`npm run bench -- station-map` prints both; the old one lives on in the bench for that).
 */
import Supercluster from 'supercluster';
import { project, TILE_SIZE, unproject, type WorldBounds, type WorldPoint } from './projection.js';

export interface ClusterOptions {
  /** Screen pixels within which markers merge; about a thumb's width. */
  radius?: number;
  minZoom?: number;
  /** The last zoom that clusters; from `maxZoom + 1` on every point stands alone. */
  maxZoom?: number;
}

export type MapItem = { type: 'point'; index: number; x: number; y: number } | { type: 'cluster'; id: number; x: number; y: number; count: number };

/** What each indexed point carries: its position in the list the index was built from. */
interface PointTag {
  index: number;
}

/** The whole world, as supercluster takes it: west, south, east, north. */
const WORLD: [number, number, number, number] = [-180, -90, 180, 90];

/** World bounds as a longitude/latitude box, clamped to the one world (the map does not wrap). */
function lngLatBox(bounds: WorldBounds): [number, number, number, number] {
  const clamp = (v: number) => Math.max(0, Math.min(1, v));
  const [west, north] = unproject({ x: clamp(bounds.minX), y: clamp(bounds.minY) });
  const [east, south] = unproject({ x: clamp(bounds.maxX), y: clamp(bounds.maxY) });
  return [west, south, east, north];
}

export class ClusterIndex {
  readonly minZoom: number;
  readonly maxZoom: number;
  private readonly points: readonly WorldPoint[];
  private readonly index: Supercluster<PointTag>;

  constructor(points: readonly WorldPoint[], options: ClusterOptions = {}) {
    this.minZoom = options.minZoom ?? 0;
    this.maxZoom = options.maxZoom ?? 17;
    this.points = points;
    // extent = the tile size, so `radius` is in the map's own CSS pixels (256 per tile).
    this.index = new Supercluster<PointTag>({ radius: options.radius ?? 44, minZoom: this.minZoom, maxZoom: this.maxZoom, extent: TILE_SIZE, minPoints: 2 });
    this.index.load(points.map((point, index) => ({ type: 'Feature', properties: { index }, geometry: { type: 'Point', coordinates: [...unproject(point)] } })));
  }

  /** What to draw at `zoom`: clusters and single points, within `bounds` when given. */
  itemsAt(zoom: number, bounds?: WorldBounds): MapItem[] {
    const z = Math.max(this.minZoom, Math.min(this.maxZoom + 1, Math.floor(zoom)));
    return this.index.getClusters(bounds ? lngLatBox(bounds) : WORLD, z).map((feature): MapItem => {
      const properties = feature.properties;
      if ('cluster' in properties && properties.cluster) {
        const [lng, lat] = feature.geometry.coordinates as [number, number];
        return { type: 'cluster', id: properties.cluster_id, ...project(lng, lat), count: properties.point_count };
      }
      const index = (properties as PointTag).index;
      // The point's own position, exactly as given, not one through degrees and back.
      const { x, y } = this.points[index]!;
      return { type: 'point', index, x, y };
    });
  }

  /** The zoom at which a cluster splits into its parts. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** The indexes of all points in a cluster, in order. */
  leaves(clusterId: number): number[] {
    return this.index
      .getLeaves(clusterId, Infinity)
      .map((leaf) => leaf.properties.index)
      .sort((a, b) => a - b);
  }

  /** The lowest zoom at which point `index` is drawn on its own. */
  standaloneZoom(index: number): number {
    const point = this.points[index];
    if (!point) throw new RangeError(`no point ${index}`);
    // Clusters only grow as the zoom goes out: walk out until the point is no longer alone.
    // A box a metre or so across: the index keeps positions in fixed point.
    const [lng, lat] = unproject(point);
    const box: [number, number, number, number] = [lng - 1e-5, lat - 1e-5, lng + 1e-5, lat + 1e-5];
    for (let zoom = this.maxZoom; zoom >= this.minZoom; zoom--) {
      const alone = this.index.getClusters(box, zoom).some((feature) => !('cluster' in feature.properties && feature.properties.cluster) && (feature.properties as PointTag).index === index);
      if (!alone) return zoom + 1;
    }
    return this.minZoom;
  }
}
