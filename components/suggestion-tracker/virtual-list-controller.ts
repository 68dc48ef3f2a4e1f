/**
 * The tracker's virtual list: which rows of the result are rendered (the ones near the screen,
 * with stand-in padding for the rest), row heights as measured, and re-measuring on scroll,
 * resize and row resize. The arithmetic is in `virtual-range.ts`; this controller owns the DOM
 * side and asks its host to re-render when the rows on screen change.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emptyHeights, recordHeights, rowOffsets, visibleRange } from './virtual-range.js';

/** Pixels rendered above and below the screen, so a fast flick does not show blank space. */
const OVERSCAN = 900;
/** A row's height before it is measured. */
const ROW_ESTIMATE = 150;

export interface RowRange {
  start: number;
  end: number;
}

/** What the controller reads of its host's state. */
export interface VirtualListSource {
  /** The current result: indices of the suggestions, in order. */
  result(): Int32Array;
  /** True while the list is not on screen (a suggestion is open). */
  paused(): boolean;
}

export class VirtualListController implements ReactiveController {
  /** The rows to render. */
  range: RowRange = { start: 0, end: 0 };
  private heights = emptyHeights(ROW_ESTIMATE);
  private offsets?: Float64Array;
  private renderedPadding: [number, number] = [0, 0];
  private frame = 0;
  private rowObserver?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly source: VirtualListSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    window.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    this.rowObserver ??= new ResizeObserver((entries) => this.onRowsResized(entries));
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    this.rowObserver?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** After rendering: the rows on screen are measured after layout, then the range checked next frame. */
  hostUpdated(): void {
    if (isServer) return;
    this.measureRows();
    // Next frame, not now: a second render inside this update would be wasted work.
    this.onScroll();
  }

  /** A new result: start at the top with `rows` rows (the page size, or as many as were showing). */
  reset(rows: number): void {
    this.offsets = undefined;
    this.range = { start: 0, end: Math.min(this.source.result().length, rows) };
  }

  /**
   * At most `rows`, and about as many as a screen holds, before any is measured: the first render
   * draws no more than the reader can see; the next frame's measurement adds the rows around them.
   */
  screenful(rows: number): number {
    return isServer ? rows : Math.min(rows, Math.ceil(window.innerHeight / ROW_ESTIMATE) + 1);
  }

  /** The list grew at its end (“show more”): draw up to `rows` more rows now, before the next measurement. */
  grow(rows: number): void {
    this.offsets = undefined;
    this.range = { start: this.range.start, end: Math.min(this.source.result().length, this.range.end + rows) };
  }

  /** How many rows are rendered now. */
  get rowCount(): number {
    return this.range.end - this.range.start;
  }

  /** The stand-in padding above and below the rendered rows, in whole pixels, remembered for the next comparison. */
  paddingForRender(): [number, number] {
    this.renderedPadding = this.padding(this.range);
    return this.renderedPadding;
  }

  /** Whole pixels: the same numbers every time, so comparing them cannot loop on rounding. */
  private padding(range: RowRange): [number, number] {
    const result = this.source.result();
    const offsets = (this.offsets ??= rowOffsets(result, this.heights));
    return [Math.round(offsets[range.start]!), Math.round(offsets[result.length]! - offsets[range.end]!)];
  }

  private listElement(): HTMLElement | null {
    return this.host.renderRoot.querySelector('.list');
  }

  /**
   * Has the row observer report the rendered rows' heights. It does so after the browser's next
   * layout, in the same frame, instead of this update forcing a layout of its own (on a slow
   * phone, the larger part of the first render's time). Each row is observed afresh, so it
   * reports even when its size did not change: it may now stand at another index.
   */
  private measureRows(): void {
    const observer = this.rowObserver;
    if (!observer) return;
    for (const row of this.host.renderRoot.querySelectorAll<HTMLElement>('.row[data-index]')) {
      observer.unobserve(row);
      observer.observe(row, { box: 'border-box' });
    }
  }

  private onRowsResized(entries: ResizeObserverEntry[]): void {
    const measured: [number, number][] = [];
    for (const entry of entries) {
      const row = entry.target as HTMLElement;
      if (!row.isConnected) {
        this.rowObserver?.unobserve(row);
        continue;
      }
      const size = entry.borderBoxSize?.[0];
      measured.push([Number(row.dataset.index), size ? size.blockSize : row.getBoundingClientRect().height]);
    }
    if (recordHeights(this.heights, measured)) {
      this.offsets = undefined;
      this.onScroll();
    }
  }

  private readonly onScroll = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.updateRange();
    });
  };

  private updateRange(): void {
    const list = this.listElement();
    if (!list || this.source.paused()) return;
    const result = this.source.result();
    this.offsets ??= rowOffsets(result, this.heights);
    const top = -list.getBoundingClientRect().top;
    const next = visibleRange(this.offsets, top, top + window.innerHeight, OVERSCAN);
    const [padTop, padBottom] = this.padding(next);
    if (next.start !== this.range.start || next.end !== this.range.end) {
      this.range = next;
      this.host.requestUpdate();
    } else if (Math.abs(padTop - this.renderedPadding[0]) >= 1 || Math.abs(padBottom - this.renderedPadding[1]) >= 1) {
      // Same rows, better-measured heights: only the stand-in padding changes.
      this.host.requestUpdate();
    }
  }
}
