/**
 * The station map's hand-written clustering before supercluster replaced it (issue 15), kept only
 * so `npm run bench -- station-map` can compare the two in the same run.
 *
 * Hierarchical clustering for dense maps: built once per set of points, from the closest zoom
 * out. At each zoom, points (or clusters of the zoom below) within `radius` screen pixels merge
 * into one cluster at their weighted centre, so a cluster always splits into exactly what it was
 * made of one zoom in: zooming in never makes markers jump. A spatial grid keeps each level
 * linear, so 5,000 stations build in milliseconds.
 */
import { worldSize, type WorldBounds, type WorldPoint } from '../../components/station-map/projection.js';

export interface ClusterOptions {
  /** Screen pixels within which markers merge; about a thumb's width. */
  radius?: number;
  minZoom?: number;
  /** The last zoom that clusters; from `maxZoom + 1` on every point stands alone. */
  maxZoom?: number;
}

interface ClusterNode {
  x: number;
  y: number;
  count: number;
  /** The point's index for a single point; -1 for a cluster. */
  index: number;
  /** Nodes merged into this cluster. */
  children: number[];
  /** The zoom this cluster was formed at; it splits at `zoom + 1`. */
  zoom: number;
  /** The cluster that absorbed this node, if any. */
  parent: number;
}

type MapItem =
  | { type: 'point'; index: number; x: number; y: number }
  | { type: 'cluster'; id: number; x: number; y: number; count: number; expansionZoom: number };

export class HandWrittenClusterIndex {
  readonly minZoom: number;
  readonly maxZoom: number;
  private readonly nodes: ClusterNode[] = [];
  /** `levels[z - minZoom]`: the node ids shown at zoom z. */
  private readonly levels: number[][] = [];
  private readonly leafOf: number[] = [];

  constructor(points: readonly WorldPoint[], options: ClusterOptions = {}) {
    const radius = options.radius ?? 44;
    this.minZoom = options.minZoom ?? 0;
    this.maxZoom = options.maxZoom ?? 17;
    let current = points.map((point, index) => {
      this.leafOf.push(this.nodes.length);
      return this.nodes.push({ x: point.x, y: point.y, count: 1, index, children: [], zoom: Infinity, parent: -1 }) - 1;
    });
    const levels: number[][] = [current];
    for (let zoom = this.maxZoom; zoom >= this.minZoom; zoom--) {
      current = this.clusterLevel(current, radius / worldSize(zoom), zoom);
      levels.push(current);
    }
    this.levels = levels.reverse();
  }

  private clusterLevel(ids: readonly number[], r: number, zoom: number): number[] {
    const cellOf = (v: number) => Math.floor(v / r);
    // Cell indices stay below 2^22 up to zoom 22, so the key is exact in a double.
    const key = (cx: number, cy: number) => cx * 4_194_304 + cy;
    const grid = new Map<number, number[]>();
    for (const id of ids) {
      const node = this.nodes[id]!;
      const k = key(cellOf(node.x), cellOf(node.y));
      const cell = grid.get(k);
      if (cell) cell.push(id);
      else grid.set(k, [id]);
    }
    const taken = new Set<number>();
    const next: number[] = [];
    const r2 = r * r;
    for (const id of ids) {
      if (taken.has(id)) continue;
      taken.add(id);
      const seed = this.nodes[id]!;
      const cx = cellOf(seed.x);
      const cy = cellOf(seed.y);
      const members = [id];
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const other of grid.get(key(gx, gy)) ?? []) {
            if (taken.has(other)) continue;
            const node = this.nodes[other]!;
            if ((node.x - seed.x) ** 2 + (node.y - seed.y) ** 2 <= r2) {
              taken.add(other);
              members.push(other);
            }
          }
        }
      }
      if (members.length === 1) {
        next.push(id);
        continue;
      }
      let count = 0;
      let sx = 0;
      let sy = 0;
      for (const member of members) {
        const node = this.nodes[member]!;
        count += node.count;
        sx += node.x * node.count;
        sy += node.y * node.count;
      }
      const clusterId = this.nodes.push({ x: sx / count, y: sy / count, count, index: -1, children: members, zoom, parent: -1 }) - 1;
      for (const member of members) this.nodes[member]!.parent = clusterId;
      next.push(clusterId);
    }
    return next;
  }

  private levelAt(zoom: number): number[] {
    const z = Math.max(this.minZoom, Math.min(this.maxZoom + 1, Math.floor(zoom)));
    return this.levels[z - this.minZoom]!;
  }

  private item(id: number): MapItem {
    const node = this.nodes[id]!;
    return node.index >= 0
      ? { type: 'point', index: node.index, x: node.x, y: node.y }
      : { type: 'cluster', id, x: node.x, y: node.y, count: node.count, expansionZoom: node.zoom + 1 };
  }

  /** What to draw at `zoom`: clusters and single points, within `bounds` when given. */
  itemsAt(zoom: number, bounds?: WorldBounds): MapItem[] {
    const items: MapItem[] = [];
    for (const id of this.levelAt(zoom)) {
      const node = this.nodes[id]!;
      if (bounds && (node.x < bounds.minX || node.x > bounds.maxX || node.y < bounds.minY || node.y > bounds.maxY)) continue;
      items.push(this.item(id));
    }
    return items;
  }

  /** The indexes of all points in a cluster. */
  leaves(clusterId: number): number[] {
    const out: number[] = [];
    const stack = [clusterId];
    while (stack.length) {
      const node = this.nodes[stack.pop()!]!;
      if (node.index >= 0) out.push(node.index);
      else stack.push(...node.children);
    }
    return out.sort((a, b) => a - b);
  }

  /** The lowest zoom at which point `index` is drawn on its own. */
  standaloneZoom(index: number): number {
    const leaf = this.nodes[this.leafOf[index]!];
    if (!leaf) throw new RangeError(`no point ${index}`);
    return leaf.parent === -1 ? this.minZoom : this.nodes[leaf.parent]!.zoom + 1;
  }
}
