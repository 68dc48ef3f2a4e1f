/**
 * The map's viewport: where it looks and how the resident moves it (drag, pinch, wheel,
 * double-click, the keyboard), in the manner of Lit's reactive controllers. The host draws
 * whatever `current` says and passes the map element's events here; it never touches the gesture
 * state, and the controller never knows what is drawn.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundsOf, fitBounds, fromScreen, keepInView, panBy, worldSize, zoomAround, type Viewport, type WorldPoint } from './projection.js';

/** Size before the map has been measured: also what the server renders (the SVG scales). */
export const DEFAULT_SIZE = { width: 640, height: 420 } as const;
const KEY_PAN_PX = 96;
/** How far inside the edge the nearest station is kept after a move, in CSS pixels. */
const ANCHOR_MARGIN_PX = 40;
/** How long the wheel, a key or a zoom button must rest before the markers are redrawn for the new view. */
const SETTLE_MS = 120;
/** Steps further than this from the drawing (zoom levels) redraw at once: the old drawing would show too little. */
const MAX_DEFERRED_ZOOM = 3;

export interface ViewportOptions {
  /** The view to show while the resident has not moved the map. */
  fitted: () => Viewport;
  minZoom: () => number;
  maxZoom: () => number;
  /** The element that takes the gestures; the drawing starts inside its border. */
  map: () => HTMLElement | undefined;
  /** The layer moved as one while a gesture is in progress. */
  pane: () => HTMLElement | null | undefined;
  /** Points one of which stays in view whatever the resident does (the stations shown). */
  anchors?: () => readonly WorldPoint[];
}

export class ViewportController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: ViewportOptions;
  /** The view the resident chose; `undefined` follows `fitted`. */
  private view?: Viewport;
  private measuredSize: { width: number; height: number } = { ...DEFAULT_SIZE };
  private measuredFontSize = 14;
  private userMoved = false;
  private resizeObserver?: ResizeObserver;
  private observed = new WeakSet<Element>();
  private pointers = new Map<number, { x: number; y: number }>();
  private gesture?: { view: Viewport; x: number; y: number; distance: number; dragging: boolean };
  private suppressClick = false;
  /**
   * A move in progress, shown as a transform of the map drawn at `start` until it is committed:
   * a drag or pinch until release; the wheel, keys and zoom buttons until they rest. `view` is
   * the exact view a key or button asked for (already kept in limits and in view).
   */
  private transient?: { start: Viewport; k: number; tx: number; ty: number; view?: Viewport };
  private settleTimer?: ReturnType<typeof setTimeout>;
  private settled?: { promise: Promise<void>; resolve: () => void };

  constructor(host: ReactiveControllerHost, options: ViewportOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The map's size in CSS pixels, as last measured. */
  get size(): { width: number; height: number } {
    return this.measuredSize;
  }

  /** The map's font size: the labels' size. */
  get fontSize(): number {
    return this.measuredFontSize;
  }

  /** What the map shows now, a move in progress included. */
  get current(): Viewport {
    const transient = this.transient;
    return transient ? (transient.view ?? this.transientView(transient)) : this.committed;
  }

  /** The view the markers are drawn for: during a move, where it started (the drawing is moved by a transform). */
  get drawn(): Viewport {
    return this.transient?.start ?? this.committed;
  }

  /** Resolves once the wheel, keys or zoom buttons have rested and the move is committed; undefined when none waits. */
  get pendingCommit(): Promise<void> | undefined {
    return this.settled?.promise;
  }

  private get committed(): Viewport {
    return this.view ?? this.options.fitted();
  }

  // Setting a field of a reactive controller does not update the host: ask, as `@state` would, only on a change.
  private setView(view: Viewport | undefined): void {
    if (view === this.view) return;
    this.view = view;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    // The view now includes the gesture that was shown as a transform: drop it in the same frame.
    if (!this.transient) {
      const pane = this.options.pane();
      if (pane?.style.transform) pane.style.transform = '';
    }
    // The map element appears once data is ready (after loading from `src`).
    const map = this.options.map();
    if (map && this.resizeObserver && !this.observed.has(map)) {
      this.observed.add(map);
      this.resizeObserver.observe(map);
    }
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** Starts following the map's size; the host calls it once, after its first render. */
  observe(): void {
    const map = this.options.map();
    if (map && typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => this.measure());
      this.resizeObserver.observe(map);
    }
    this.measure();
  }

  private measure(): void {
    const map = this.options.map();
    if (!map) return;
    this.observed.add(map);
    const width = Math.round(map.clientWidth);
    const height = Math.round(map.clientHeight);
    const fontSize = parseFloat(getComputedStyle(map).fontSize);
    if (Number.isFinite(fontSize) && fontSize > 0 && fontSize !== this.measuredFontSize) {
      this.measuredFontSize = fontSize;
      this.host.requestUpdate();
    }
    if (width <= 0 || height <= 0 || (width === this.measuredSize.width && height === this.measuredSize.height)) return;
    // A move shown as a transform lands first: it was drawn for the old size.
    this.commit();
    this.measuredSize = { width, height };
    this.host.requestUpdate();
    if (this.view) this.setView(this.userMoved ? { ...this.view, width, height } : undefined);
  }

  /** Moves the map to `view` (zoom kept within limits): from now on the resident's view. */
  set(view: Viewport): void {
    // A gesture still shown as a transform was landed by the caller (commit) or is dropped.
    this.transient = undefined;
    this.userMoved = true;
    this.setView(this.allowed(view));
    this.stopSettling();
  }

  /** `view` with its zoom within limits, moved so a station stays in view. */
  private allowed(view: Viewport): Viewport {
    const zoomed = { ...view, zoom: Math.max(this.options.minZoom(), Math.min(this.options.maxZoom(), view.zoom)) };
    return keepInView(zoomed, this.options.anchors?.() ?? [], ANCHOR_MARGIN_PX);
  }

  /**
   * A key or zoom-button move: shown at once by moving the drawn map as one layer (one transform,
   * however many markers), redrawn (re-clustered, re-labelled) once the steps rest. A held key or
   * repeated presses cost one transform each and one redraw in all.
   */
  step(view: Viewport): void {
    // A drag or pinch in progress lands first; the wheel's or an earlier key's transform carries on.
    if (this.pointers.size) this.commit();
    const target = this.allowed(view);
    const now = this.current;
    // At a zoom limit or an edge the step goes nowhere: nothing to show, nothing to redraw.
    if (target.x === now.x && target.y === now.y && target.zoom === now.zoom) return;
    const start = this.drawn;
    if (start.width !== target.width || start.height !== target.height || Math.abs(target.zoom - start.zoom) > MAX_DEFERRED_ZOOM) {
      this.set(target);
      return;
    }
    this.userMoved = true;
    // The transform that carries the drawing at `start` onto `target`: scale k, then move.
    const k = 2 ** (target.zoom - start.zoom);
    const scale = worldSize(target.zoom);
    const tx = (start.width / 2) * (1 - k) + (start.x - target.x) * scale;
    const ty = (start.height / 2) * (1 - k) + (start.y - target.y) * scale;
    this.transient = { start, k, tx, ty, view: target };
    this.applyTransform();
    this.settleLater();
  }

  /** Shows `points` (at least one) as large as fits, at the current size. */
  fit(points: WorldPoint[], options: { padding: number; minZoom: number; maxZoom: number }): void {
    const view = this.current;
    this.set(fitBounds(boundsOf(points)!, view.width, view.height, options));
  }

  /** Follows `fitted` again, unless the resident has moved the map (new data, another filter). */
  refit(): void {
    if (!this.userMoved) this.setView(undefined);
  }

  /** Forgets the resident's view: back to `fitted`. */
  reset(): void {
    this.commit();
    this.transient = undefined;
    this.userMoved = false;
    this.setView(undefined);
  }

  /** Zooms by `delta` around a screen point (the centre by default), as a step: see `step`. */
  zoomBy(delta: number, sx?: number, sy?: number): void {
    const view = this.current;
    const zoom = Math.max(this.options.minZoom(), Math.min(this.options.maxZoom(), view.zoom + delta));
    this.step(zoomAround(view, zoom, sx ?? view.width / 2, sy ?? view.height / 2));
  }

  /** Turns the transient transform into the view it shows. */
  commit(): void {
    const transient = this.transient;
    if (!transient) {
      this.stopSettling();
      return;
    }
    this.transient = undefined;
    this.set(transient.view ?? this.transientView(transient));
  }

  /** The view a transient transform shows. */
  private transientView({ start, k, tx, ty }: { start: Viewport; k: number; tx: number; ty: number }): Viewport {
    const centre = fromScreen(start, (start.width / 2 - tx) / k, (start.height / 2 - ty) / k);
    return { ...start, x: centre.x, y: centre.y, zoom: start.zoom + Math.log2(k) };
  }

  /** (Re)starts the wait after which a wheel, key or button move is committed and redrawn. */
  private settleLater(): void {
    clearTimeout(this.settleTimer);
    if (!this.settled) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.settled = { promise, resolve };
    }
    this.settleTimer = setTimeout(() => this.commit(), SETTLE_MS);
  }

  private stopSettling(): void {
    clearTimeout(this.settleTimer);
    const settled = this.settled;
    this.settled = undefined;
    settled?.resolve();
  }

  /** True once after a drag: the click that ends a drag is not a tap on a marker. */
  takeDragClick(): boolean {
    if (!this.suppressClick) return false;
    this.suppressClick = false;
    return true;
  }

  /** Arrows pan, + and − zoom, 0 and Home show everything; false for any other key. */
  handleKey(event: KeyboardEvent): boolean {
    const step = event.shiftKey ? KEY_PAN_PX * 3 : KEY_PAN_PX;
    const view = this.current;
    switch (event.key) {
      case 'ArrowLeft':
        this.step(panBy(view, step, 0));
        return true;
      case 'ArrowRight':
        this.step(panBy(view, -step, 0));
        return true;
      case 'ArrowUp':
        this.step(panBy(view, 0, step));
        return true;
      case 'ArrowDown':
        this.step(panBy(view, 0, -step));
        return true;
      case '+':
      case '=':
        this.zoomBy(1);
        return true;
      case '-':
      case '_':
        this.zoomBy(-1);
        return true;
      case '0':
      case 'Home':
        this.reset();
        return true;
      default:
        return false;
    }
  }

  // ── gestures (arrow functions: Lit calls listeners with the host as `this`) ──

  readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const pixels = event.deltaY * (event.deltaMode === 1 ? 33 : event.deltaMode === 2 ? 400 : 1);
    const [cx, cy] = this.localPoint(event);
    const f = 2 ** Math.max(-1, Math.min(1, -pixels / 300));
    const current = this.transient ?? { start: this.current, k: 1, tx: 0, ty: 0 };
    // Scale by f around the cursor, on top of what the wheel (or a key) has done so far.
    this.showTransient(current.start, current.k * f, f * current.tx + cx * (1 - f), f * current.ty + cy * (1 - f));
    this.settleLater();
  };

  readonly onDoubleClick = (event: MouseEvent): void => {
    if ((event.target as Element).closest?.('button')) return;
    const [sx, sy] = this.localPoint(event);
    this.zoomBy(event.shiftKey ? -1 : 1, sx, sy);
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || (event.target as Element).closest?.('button, a, .map__notes')) return;
    this.commit();
    const [x, y] = this.localPoint(event);
    this.pointers.set(event.pointerId, { x, y });
    this.startGesture();
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId) || !this.gesture) return;
    const [x, y] = this.localPoint(event);
    this.pointers.set(event.pointerId, { x, y });
    const now = this.pinchState();
    const gesture = this.gesture;
    if (!gesture.dragging && Math.hypot(now.x - gesture.x, now.y - gesture.y) < 4 && this.pointers.size === 1) return;
    if (!gesture.dragging) {
      gesture.dragging = true;
      // Captured only once it is a drag, so a plain tap still clicks the marker under it.
      this.options.map()?.setPointerCapture?.(event.pointerId);
    }
    const k = this.pointers.size >= 2 && gesture.distance > 0 && now.distance > 0 ? now.distance / gesture.distance : 1;
    // The point under the fingers' start midpoint follows their current midpoint, scaled by k.
    this.showTransient(gesture.view, k, now.x - k * gesture.x, now.y - k * gesture.y);
  };

  /** Also for `pointercancel`. */
  readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId)) return;
    this.commit();
    this.pointers.delete(event.pointerId);
    if (this.gesture?.dragging) this.suppressClick = true;
    if (this.pointers.size > 0) this.startGesture();
    else this.gesture = undefined;
  };

  private localPoint(event: { clientX: number; clientY: number }): [number, number] {
    const map = this.options.map()!;
    const rect = map.getBoundingClientRect();
    // The drawing starts inside the map's border.
    return [event.clientX - rect.left - map.clientLeft, event.clientY - rect.top - map.clientTop];
  }

  /**
   * Drags, pinches and wheel turns first move the drawn map as one layer (a CSS transform: one
   * composite per frame, however many markers), and re-place, re-cluster and re-label on release
   * or when the wheel rests. `k` scales and (tx, ty) moves screen points of the `start` view.
   */
  private showTransient(start: Viewport, k: number, tx: number, ty: number): void {
    const zoom = start.zoom + Math.log2(k);
    const clamped = Math.max(this.options.minZoom(), Math.min(this.options.maxZoom(), zoom));
    if (clamped !== zoom) {
      // At a zoom limit: keep the gesture's anchor where it is, scale no further.
      const limit = 2 ** (clamped - start.zoom);
      const [ax, ay] = [tx / (1 - k || 1), ty / (1 - k || 1)];
      [tx, ty] = k === 1 ? [tx, ty] : [ax * (1 - limit), ay * (1 - limit)];
      k = limit;
    }
    this.transient = { start, k, tx, ty };
    this.applyTransform();
  }

  private applyTransform(): void {
    const pane = this.options.pane();
    const transient = this.transient;
    if (pane && transient) pane.style.transform = `translate(${transient.tx}px, ${transient.ty}px) scale(${transient.k})`;
  }

  private pinchState(): { x: number; y: number; distance: number } {
    const [a, b] = [...this.pointers.values()];
    if (!b) return { x: a!.x, y: a!.y, distance: 0 };
    return { x: (a!.x + b.x) / 2, y: (a!.y + b.y) / 2, distance: Math.hypot(a!.x - b.x, a!.y - b.y) };
  }

  private startGesture(): void {
    const { x, y, distance } = this.pinchState();
    this.gesture = { view: this.current, x, y, distance, dragging: this.gesture?.dragging ?? false };
  }
}
