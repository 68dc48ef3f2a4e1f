/**
 * The arithmetic of the virtualized list: rows of different heights (a title may wrap, large text
 * doubles everything), measured once rendered and estimated until then. Only the rows near the
 * viewport are in the DOM; padding above and below stands in for the rest, so the page's own
 * scroll bar, find-in-page position and Back-button scroll restoration behave as for a long page.
 */

export interface RowHeights {
  /** Measured heights by suggestion index. */
  measured: Map<number, number>;
  /** For rows not measured yet: the mean of those that were. */
  estimate: number;
  /** Sum of the measured heights, kept for the mean. */
  sum: number;
}

export function emptyHeights(estimate: number): RowHeights {
  return { measured: new Map(), estimate, sum: 0 };
}

/** `offsets[k]` is the top of row `k`; `offsets[n]` the list's full height. */
export function rowOffsets(rows: ArrayLike<number>, heights: RowHeights): Float64Array {
  const offsets = new Float64Array(rows.length + 1);
  let top = 0;
  for (let k = 0; k < rows.length; k++) {
    offsets[k] = top;
    top += heights.measured.get(rows[k]!) ?? heights.estimate;
  }
  offsets[rows.length] = top;
  return offsets;
}

/** First row whose bottom is below `y` (binary search). */
function rowAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid + 1]! <= y) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Rows `[start, end)` to render for the part of the list between `top` and `bottom` (pixels from
 * the list's top edge; negative when the list starts below the viewport), plus `overscan` pixels
 * either side, so keyboard focus moving to the next row finds it rendered.
 */
export function visibleRange(offsets: Float64Array, top: number, bottom: number, overscan: number): { start: number; end: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const from = Math.max(0, top - overscan);
  const to = Math.max(from, bottom + overscan);
  const start = Math.min(rowAt(offsets, from), n - 1);
  let end = rowAt(offsets, to);
  // The row under `to` counts only if it starts above it.
  if (end < n && offsets[end]! < to) end++;
  return { start, end: Math.max(end, start + 1) };
}

/** Records measured heights; returns whether any changed (then offsets must be recomputed). */
export function recordHeights(heights: RowHeights, rows: Iterable<[index: number, height: number]>): boolean {
  let changed = false;
  for (const [index, height] of rows) {
    if (height <= 0) continue;
    const old = heights.measured.get(index);
    if (old === undefined || Math.abs(old - height) > 0.5) {
      heights.sum += height - (old ?? 0);
      heights.measured.set(index, height);
      changed = true;
    }
  }
  if (changed) heights.estimate = heights.sum / heights.measured.size;
  return changed;
}
