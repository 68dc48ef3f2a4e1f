/**
 * The map's viewport: where it looks and how the resident moves it (drag, pinch, wheel,
 * double-click, the keyboard), in the manner of Lit's reactive controllers. The host draws
 * whatever `current` says and passes the map element's events here; it never touches the gesture
 * state, and the controller never knows what is drawn.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundsOf, fitBounds, fromScreen, keepInView, panBy, zoomAround, type Viewport, type WorldPoint } from './projection.js';

/** Size before the map has been measured: also what the server renders (the SVG scales). */
export const DEFAULT_SIZE = { width: 640, height: 420 } as const;
const KEY_PAN_PX = 96;
/** How far inside the edge the nearest station is kept after a move, in CSS pixels. */
const ANCHOR_MARGIN_PX = 40;

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
  /** A gesture in progress, shown as a transform of the drawn map until it is committed. */
  private transient?: { start: Viewport; k: number; tx: number; ty: number };
  private wheelTimer?: ReturnType<typeof setTimeout>;

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

  /** What the map shows now. */
  get current(): Viewport {
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
    this.measuredSize = { width, height };
    this.host.requestUpdate();
    if (this.view) this.setView(this.userMoved ? { ...this.view, width, height } : undefined);
  }

  /** Moves the map to `view` (zoom kept within limits): from now on the resident's view. */
  set(view: Viewport): void {
    // A gesture still shown as a transform was landed by the caller (commit) or is dropped.
    this.transient = undefined;
    clearTimeout(this.wheelTimer);
    this.userMoved = true;
    const zoomed = { ...view, zoom: Math.max(this.options.minZoom(), Math.min(this.options.maxZoom(), view.zoom)) };
    this.setView(keepInView(zoomed, this.options.anchors?.() ?? [], ANCHOR_MARGIN_PX));
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

  zoomBy(delta: number, sx?: number, sy?: number): void {
    this.commit();
    const view = this.current;
    const zoom = Math.max(this.options.minZoom(), Math.min(this.options.maxZoom(), view.zoom + delta));
    this.set(zoomAround(view, zoom, sx ?? view.width / 2, sy ?? view.height / 2));
  }

  /** Turns the transient transform into the view it shows. */
  commit(): void {
    clearTimeout(this.wheelTimer);
    const transient = this.transient;
    if (!transient) return;
    this.transient = undefined;
    const { start, k, tx, ty } = transient;
    const centre = fromScreen(start, (start.width / 2 - tx) / k, (start.height / 2 - ty) / k);
    this.set({ ...start, x: centre.x, y: centre.y, zoom: start.zoom + Math.log2(k) });
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
        this.set(panBy(view, step, 0));
        return true;
      case 'ArrowRight':
        this.set(panBy(view, -step, 0));
        return true;
      case 'ArrowUp':
        this.set(panBy(view, 0, step));
        return true;
      case 'ArrowDown':
        this.set(panBy(view, 0, -step));
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
    // Scale by f around the cursor, on top of what the wheel has done so far.
    this.showTransient(current.start, current.k * f, f * current.tx + cx * (1 - f), f * current.ty + cy * (1 - f));
    clearTimeout(this.wheelTimer);
    this.wheelTimer = setTimeout(() => this.commit(), 160);
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
    const pane = this.options.pane();
    if (pane) pane.style.transform = `translate(${tx}px, ${ty}px) scale(${k})`;
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
