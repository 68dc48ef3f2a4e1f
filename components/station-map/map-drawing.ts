/**
 * The map area: tiles, the town layer, markers and clusters, the resident, labels placed so they
 * do not overlap, the zoom buttons and the notes. Templates only: the element passes in the view,
 * its settings, and where the events go.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale, Station } from '../../domain/model.js';
import { STATION_KIND_LABELS } from '../../domain/text/labels.js';
import type { MapItem } from './cluster.js';
import { placeLabels, type Box, type LabelCandidate } from './labels.js';
import { LAYER_REFERENCE_ZOOM, type ProjectedLayer } from './layer.js';
import { clusterRadius, MARKER_RADIUS, markerPath } from './markers.js';
import type { FilteredStations } from './places.js';
import { toScreen, visibleBounds, worldSize, type Viewport, type WorldPoint } from './projection.js';
import { KIND_ORDER } from './station-data.js';
import { msg } from './station-map.messages.js';
import type { renderTiles } from './tile-layer.js';
import type { ViewportController } from './viewport-controller.js';

export interface MapAreaContext {
  locale: Locale;
  /** The element's `label`; a generic name without it. */
  label: string;
  /** False until script runs: the zoom buttons stay hidden. */
  interactive: boolean;
  /** The selected station's id, or ''. */
  selected: string;
  /** The element's tile settings: `tiles` (empty for the schematic), `tiles-subdomains`, `tiles-max-zoom`, `tiles-attribution`. */
  tiles: string;
  tilesSubdomains: string;
  tilesMaxZoom: number;
  tilesAttribution: string;
  /** The element's `review-number` (审图号). */
  reviewNumber: string;
  /** A boundary is drawn (the layer has one and `review-number` is set). */
  boundary: boolean;
  /** The labels' font size (the map's, as measured). */
  fontSize: number;
  /** False in a first render in the browser that hydrates nothing: the map's size is not known yet, so markers wait for the next. */
  drawMarkers: boolean;
  /** The tile layer's template, in tile mode once its part has loaded (on-demand.ts). */
  renderTiles: typeof renderTiles | undefined;
  /** The town's roads, villages and water, projected; none without a layer. */
  layer: ProjectedLayer | undefined;
  /** The resident, projected, once located. */
  user: WorldPoint | undefined;
  /** Drags, pinches, the wheel and double-clicks: the viewport controller's. */
  gestures: Pick<ViewportController, 'onWheel' | 'onDoubleClick' | 'onPointerDown' | 'onPointerMove' | 'onPointerUp'>;
  /** A click on the drawing: a marker, a cluster, or neither. */
  onClick: (event: MouseEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onZoom: (delta: number) => void;
  onReset: () => void;
}

/** The map region: tiles (in tile mode), the drawing, the zoom buttons and the notes. */
export function renderMapArea(filtered: FilteredStations, view: Viewport, context: MapAreaContext): TemplateResult {
  const { locale, tiles, gestures } = context;
  // Without `tiles` no <img> exists, so the schematic cannot make a request.
  const tileLayer = tiles && context.renderTiles ? context.renderTiles(view, { template: tiles, subdomains: context.tilesSubdomains, maxZoom: context.tilesMaxZoom }) : nothing;
  return html`<div
    class="map ${tiles ? 'map--tiles' : 'map--schematic'}"
    part="map"
    role="region"
    aria-roledescription=${msg(locale, 'mapRole')}
    aria-label=${context.label || msg(locale, 'mapLabel')}
    aria-describedby="map-hint"
    tabindex="0"
    @keydown=${context.onKeyDown}
    @wheel=${gestures.onWheel}
    @dblclick=${gestures.onDoubleClick}
    @pointerdown=${gestures.onPointerDown}
    @pointermove=${gestures.onPointerMove}
    @pointerup=${gestures.onPointerUp}
    @pointercancel=${gestures.onPointerUp}
  >
    <div class="map__pane">${tileLayer} ${renderMapSvg(filtered, view, context)}</div>
    ${renderMapControls(context)} ${renderMapNotes(context)}
  </div>`;
}

/** The SVG: layer, markers and clusters in view (and a margin), the resident, the labels. */
function renderMapSvg(filtered: FilteredStations, view: Viewport, context: MapAreaContext): TemplateResult {
  const { locale } = context;
  const { width, height } = view;
  // Drawn a little beyond the edges, so a short drag shows markers already in place.
  const items = context.drawMarkers ? filtered.clusters.itemsAt(view.zoom, visibleBounds(view, 160)) : [];
  const selectedId = context.selected;
  const obstacles: Box[] = [];
  const candidates: LabelCandidate[] = [];
  const markers = items.map((item) => {
    const [x, y] = toScreen(view, item);
    if (item.type === 'cluster') {
      const r = clusterRadius(item.count);
      obstacles.push({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
      return { key: `c${item.id}`, item, x, y };
    }
    const station = filtered.places[item.index]!.station;
    // A marker drawn beyond the edge (ready for a short drag) gets no label: a name inside the
    // map would point at nothing.
    if (x >= 0 && y >= 0 && x <= width && y <= height) candidates.push({ id: station.id, text: station.name, x, y, radius: MARKER_RADIUS[station.kind] + 2, priority: (station.id === selectedId ? 10 : 0) + 3 - KIND_ORDER[station.kind] });
    return { key: `s${station.id}`, item, x, y, station };
  });
  // Points last, the selected one on top: SVG paints in document order.
  markers.sort((a, b) => Number(a.item.type === 'point') - Number(b.item.type === 'point') || Number(a.station?.id === selectedId) - Number(b.station?.id === selectedId));
  candidates.push(...placeNames(context.layer, view));
  const labels = placeLabels(candidates, { fontSize: context.fontSize, width, height, obstacles: [...obstacles, { x: width - 64, y: 0, width: 64, height: 200 }] });
  const user = context.user;
  const userAt = user ? toScreen(view, user) : undefined;
  return html`<svg
    class="map__svg"
    part="svg"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    preserveAspectRatio="xMidYMid meet"
    @click=${context.onClick}
  >
    ${renderLayer(context.layer, view)}
    <g class="markers">
      ${repeat(
        markers,
        (marker) => marker.key,
        (marker) => (marker.item.type === 'cluster' ? renderCluster(marker.item, marker.x, marker.y, locale) : renderMarker(marker.station!, marker.x, marker.y, locale, selectedId)),
      )}
    </g>
    ${userAt
      ? svg`<g class="user" transform="translate(${userAt[0].toFixed(1)} ${userAt[1].toFixed(1)})" role="img" aria-label=${msg(locale, 'youAreHere')}>
          <circle class="user__halo" r="16"></circle><circle class="user__dot" r="7"></circle></g>`
      : nothing}
    <g class="labels" aria-hidden="true">
      ${labels.map((label) => svg`<text class="label ${label.id.startsWith(PLACE_NAME) ? 'label--place' : label.id === selectedId ? 'label--selected' : ''}" x=${label.x.toFixed(1)} y=${label.y.toFixed(1)}>${label.text}</text>`)}
    </g>
  </svg>`;
}

const PLACE_NAME = 'place:';
/** Shapes smaller than this on screen (CSS px) keep their names to themselves. */
const MIN_NAMED_EXTENT_PX = 56;

/**
 * The town layer's names (villages, communities, water, areas) as label candidates below every
 * station's: placed where they overlap no station, no marker and no other name, else left out.
 */
function placeNames(layer: ProjectedLayer | undefined, view: Viewport): LabelCandidate[] {
  if (!layer) return [];
  const scale = worldSize(view.zoom);
  return layer.shapes.flatMap((shape, i) => {
    if (!shape.name || !shape.labelAt || shape.kind === 'road' || shape.kind === 'boundary' || (shape.extent ?? 0) * scale < MIN_NAMED_EXTENT_PX) return [];
    const [x, y] = toScreen(view, shape.labelAt);
    if (x < 0 || y < 0 || x > view.width || y > view.height) return [];
    return [{ id: `${PLACE_NAME}${i}`, text: shape.name, x, y, radius: 0, priority: -10 }];
  });
}

function renderLayer(layer: ProjectedLayer | undefined, view: Viewport): TemplateResult | typeof nothing {
  if (!layer) return nothing;
  const [tx, ty] = toScreen(view, layer.origin);
  const scale = worldSize(view.zoom) / worldSize(LAYER_REFERENCE_ZOOM);
  return svg`<g class="layer" aria-hidden="true" transform="translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${scale.toPrecision(6)})">
    ${layer.shapes.map((shape) => svg`<path class="layer__${shape.kind}${shape.kind === 'water' && !shape.closed ? ' is-line' : ''}" d=${shape.d}></path>`)}
  </g>`;
}

function renderMarker(station: Station, x: number, y: number, locale: Locale, selectedId: string): TemplateResult {
  const selected = station.id === selectedId;
  const label = `${station.name}，${STATION_KIND_LABELS[locale][station.kind]}`;
  return svg`<g
    class="marker marker--${station.kind} ${selected ? 'is-selected' : ''}"
    transform="translate(${x.toFixed(1)} ${y.toFixed(1)})"
    role="button"
    tabindex="0"
    aria-label=${label}
    aria-current=${selected ? 'true' : nothing}
    data-station=${station.id}
  >
    <circle class="marker__hit" r="22"></circle>
    <path class="marker__ring" d=${markerPath(station.kind, 1.6)}></path>
    <path class="marker__shape" d=${markerPath(station.kind, selected ? 1.25 : 1)}></path>
  </g>`;
}

function renderCluster(item: Extract<MapItem, { type: 'cluster' }>, x: number, y: number, locale: Locale): TemplateResult {
  const r = clusterRadius(item.count);
  return svg`<g
    class="cluster"
    transform="translate(${x.toFixed(1)} ${y.toFixed(1)})"
    role="button"
    tabindex="0"
    aria-label=${msg(locale, 'cluster', { count: item.count })}
    data-cluster=${item.id}
  >
    <circle class="cluster__ring" r=${r + 4}></circle>
    <circle class="cluster__disc" r=${r}></circle>
    <text class="cluster__count" dy="0.35em">${item.count}</text>
  </g>`;
}

/** Schematic notice, tile attribution and 审图号, as the terms require. */
function renderMapNotes(context: MapAreaContext): TemplateResult {
  const { locale, boundary } = context;
  return html`<div class="map__notes" part="notes">
    ${context.tiles ? (context.tilesAttribution ? html`<span>${context.tilesAttribution}</span>` : nothing) : boundary ? nothing : html`<span>${msg(locale, 'schematic')}</span>`}
    ${context.reviewNumber ? html`<span class="map__review">${msg(locale, 'reviewNumber', { number: context.reviewNumber })}</span>` : nothing}
  </div>`;
}

function renderMapControls(context: MapAreaContext): TemplateResult {
  const { locale } = context;
  return html`<div class="map__controls" part="controls" ?hidden=${!context.interactive}>
    <button class="button map__control" part="button" type="button" aria-label=${msg(locale, 'zoomIn')} title=${msg(locale, 'zoomIn')} @click=${() => context.onZoom(1)}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h14M12 5v14"></path></svg>
    </button>
    <button class="button map__control" part="button" type="button" aria-label=${msg(locale, 'zoomOut')} title=${msg(locale, 'zoomOut')} @click=${() => context.onZoom(-1)}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h14"></path></svg>
    </button>
    <button class="button map__control" part="button" type="button" aria-label=${msg(locale, 'reset')} title=${msg(locale, 'reset')} @click=${context.onReset}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"></path></svg>
    </button>
  </div>`;
}
