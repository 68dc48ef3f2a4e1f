import { html, isServer, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { STATION_KINDS, type Crs, type GeoPoint, type Station, type StationKind, type TownMapLayer } from '../../domain/model.js';
import { todayInChina } from '../../domain/calendar/dates.js';
import { JsonDataController } from '../base/data-controller.js';
import { renderDataState } from '../base/data-state.js';
import { STATION_KIND_LABELS } from '../../domain/text/labels.js';
import { LocaleController } from '../base/localize.js';
import { formatDate } from '../../domain/text/format.js';
import type { Locale } from '../../domain/model.js';
import { describeReception, nextReception } from '../../domain/calendar/reception.js';
import { downloadBlob } from '../qr-code/define.js';
import '../qr-code/define.js';
import { ClusterIndex, type MapItem } from './cluster.js';
import { convertLngLat, isCrs, pointIn, type LngLat } from '../../domain/geo/coordinates.js';
import { byDistance, formatDistance } from '../../domain/geo/distance.js';
import { stationIcs } from '../../domain/calendar/ics.js';
import { placeLabels, type Box, type LabelCandidate } from './labels.js';
import { LAYER_REFERENCE_ZOOM, layerHasBoundary, projectLayer, type ProjectedLayer } from './layer.js';
import { clusterRadius, MARKER_RADIUS, markerPath } from './markers.js';
import { boundsOf, fitBounds, fromScreen, panBy, project, toScreen, unproject, visibleBounds, worldSize, zoomAround, type Viewport, type WorldPoint } from './projection.js';
import { fillPattern, KIND_ORDER, matchesFilter, parseStationData, themesOf, type DeputyRef, type StationMapData } from './station-data.js';
import { themeLabel } from '../../domain/geo/station-themes.js';
import { renderTiles } from './tile-layer.js';
import { msg } from './station-map.messages.js';
import { stationMapStyles } from './station-map.styles.js';

/** Size before the map has been measured: also what the server renders (the SVG scales). */
const DEFAULT_SIZE = { width: 640, height: 420 } as const;
const LIST_PAGE = 100;
const KEY_PAN_PX = 96;

/** Fired when the selected station changes (from the map, the list, or `nearest to me`). */
export class RendaStationSelectEvent extends Event {
  constructor(
    /** The selected station, or `undefined` when the selection was cleared. */
    readonly station: Station | undefined,
  ) {
    super('renda-station-select', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'renda-station-select': RendaStationSelectEvent;
  }
}

interface PlacedStation {
  station: Station;
  /** Position in the list of valid stations. */
  index: number;
  /** In the map's drawing system, projected. */
  world: WorldPoint;
  /** For distances and calendar GEO. */
  wgs84: LngLat;
}

interface FilteredStations {
  places: PlacedStation[];
  clusters: ClusterIndex;
}

type LocateState = 'idle' | 'asking' | 'found' | 'denied' | 'unavailable' | 'unsupported';

/**
 * @summary Every liaison station (联络中心站, 联络站, 联络点, 流动联络站) on a map that needs no network,
 * no key and no tile server, with the same stations as an accessible list beside it, filters,
 * “nearest to me”, and each station's details, 联络站码 and receptions for the calendar.
 *
 * By default the map is a schematic drawn from the stations' own coordinates (and the town's
 * roads and village outlines when given `layer`); it draws no administrative boundary unless the
 * layer has one and `review-number` (审图号) is set, which is then shown on the map. With `tiles`
 * it draws an XYZ tile layer under the markers and converts every station from its own coordinate system
 * (`location.crs`) to `tiles-crs`, so markers land on the right building.
 *
 * Data: the `stations` property, or `src` (a town's `data/stations.json`), or a
 * `<script type="application/json">` child holding `{ "stations": [...], "deputies": [...] }`
 * (what the town sites render, so the list is in the HTML before any script runs).
 *
 * @tagname renda-station-map
 *
 * @event renda-station-select - The selected station changed; `event.station` is it, or `undefined`.
 *
 * @csspart base - The whole widget.
 * @csspart locate - The “nearest to me” button and its note.
 * @csspart toolbar - The kind and theme filters, which are also the map's legend.
 * @csspart map - The map area: pan, zoom, markers.
 * @csspart svg - The SVG with the layer, markers and labels.
 * @csspart tiles - The tile images (tile mode only).
 * @csspart controls - The zoom and reset buttons.
 * @csspart notes - Schematic notice, tile attribution and map review number.
 * @csspart details - The selected station's details.
 * @csspart list - The list of stations.
 * @csspart list-item - One station in the list.
 * @csspart button - Every button.
 *
 * @cssproperty [--renda-station-map-height=420px] - Height of the map.
 * @cssproperty [--renda-station-map-background=var(--renda-color-surface)] - Background of the schematic.
 * @cssproperty [--renda-station-map-center-color=var(--renda-color-accent)] - Centre stations (star).
 * @cssproperty [--renda-station-map-station-color=var(--renda-color-focus)] - Stations (square).
 * @cssproperty [--renda-station-map-point-color=var(--renda-color-success)] - Points (circle).
 * @cssproperty [--renda-station-map-mobile-color=var(--renda-color-warning)] - Mobile stations (triangle).
 * @cssproperty [--renda-station-map-road-color=var(--renda-color-border-strong)] - Roads of the town layer.
 * @cssproperty [--renda-station-map-label-size=var(--renda-font-size-sm)] - Station names on the map.
 */
export class RendaStationMap extends LitElement {
  static override styles = stationMapStyles;

  /** The stations, as in a town's `stations.json`. Wins over `src`. */
  @property({ attribute: false }) stations?: Station[];

  /** Deputies' names, so a station's deputies are named and linked; ids are shown otherwise. */
  @property({ attribute: false }) deputies?: DeputyRef[];

  /** URL of the stations JSON (`{ "stations": [...] }` or an array), e.g. `/fengquan/data/stations.json`. */
  @property() src = '';

  /** URL of the deputies JSON (`{ "deputies": [...] }`), for names. */
  @property({ attribute: 'deputies-src' }) deputiesSrc = '';

  /** The town's roads, village outlines and water (GeoJSON as in `map.geojson`). */
  @property({ attribute: false }) layer?: TownMapLayer;

  /** URL of the town's GeoJSON layer. */
  @property({ attribute: 'layer-src' }) layerSrc = '';

  /** 审图号: with it, a boundary in `layer` is drawn and the number is shown on the map. */
  @property({ attribute: 'review-number' }) reviewNumber = '';

  /** An XYZ tile template, e.g. `https://…/{z}/{x}/{y}.png`. Empty: the schematic, no network. */
  @property() tiles = '';

  /** The coordinate system the tiles are drawn in: `gcj02` (AMap, Tencent), `wgs84` (天地图, OSM) or `bd09`. */
  @property({ attribute: 'tiles-crs' }) tilesCrs: Crs = 'wgs84';

  /** Characters `{s}` in `tiles` cycles through. */
  @property({ attribute: 'tiles-subdomains' }) tilesSubdomains = '';

  /** The provider's name and its own 审图号, shown on the map as its terms require. */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';

  /** The deepest zoom the tile service has. */
  @property({ type: Number, attribute: 'tiles-max-zoom' }) tilesMaxZoom = 18;

  /** The selected station's id. */
  @property({ reflect: true }) selected = '';

  /** Link to a station's page; `{id}` is replaced, e.g. `{id}/` on a town's stations page. */
  @property({ attribute: 'station-href' }) stationHref = '';

  /** Link to a deputy's page; `{id}` is replaced, e.g. `../deputies/{id}/`. */
  @property({ attribute: 'deputy-href' }) deputyHref = '';

  /** What a station's 联络站码 encodes (an absolute URL); `{id}` is replaced. No code without it. */
  @property({ attribute: 'qr-url' }) qrUrl = '';

  /** Fixed “today” (YYYY-MM-DD) for next receptions; by default today in China. */
  @property() today = '';

  /** The date the HTML was rendered on: the first render uses it so hydration matches, then today. */
  @property({ attribute: 'rendered-on' }) renderedOn = '';

  /** A small map for a station's own page: no filters, list or details. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level of the widget's headings (list, details), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Accessible name of the map. */
  @property() label = '';

  @state() private view?: Viewport;
  @state() private size: { width: number; height: number } = { ...DEFAULT_SIZE };
  @state() private kinds: ReadonlySet<StationKind> = new Set(STATION_KINDS);
  @state() private theme = '';
  @state() private listLimit = LIST_PAGE;
  /** The resident's position (WGS-84, as browsers give it); only after they asked. */
  @state() private user?: LngLat;
  @state() private locateState: LocateState = 'idle';
  @state() private announcement = '';
  @state() private clientToday = '';
  @state() private labelFontSize = 14;
  /**
   * False on the server and in the first (hydrating) render: controls that need script are hidden
   * until it runs, so a page without script shows the map and the list, not dead buttons.
   */
  @state() private interactive = false;

  @query('.map') private mapElement?: HTMLElement;

  private readonly localeController = new LocaleController(this);
  private readonly data = new JsonDataController<StationMapData>(this, {
    src: () => this.src,
    data: () => (this.stations ? this.parsedDirect(this.stations) : undefined),
    parse: parseStationData,
    isEmpty: (value) => value.stations.length === 0,
  });
  private readonly deputiesData = new JsonDataController<DeputyRef[]>(this, {
    src: () => (this.deputies ? '' : this.deputiesSrc),
    parse: (json) => parseStationData({ stations: [], deputies: (json as { deputies?: unknown })?.deputies ?? json }).deputies ?? [],
    isEmpty: () => false,
  });
  private readonly layerData = new JsonDataController<TownMapLayer>(this, {
    src: () => (this.layer ? '' : this.layerSrc),
    isEmpty: () => false,
  });

  private directCache?: { source: Station[]; parsed: StationMapData };
  private placedCache?: { source: Station[]; crs: Crs; places: PlacedStation[] };
  private filteredCache?: { places: PlacedStation[]; kinds: ReadonlySet<StationKind>; theme: string; result: FilteredStations };
  private layerCache?: { layer: TownMapLayer; crs: Crs; withBoundary: boolean; projected: ProjectedLayer };
  private distanceCache?: { user: LngLat; places: PlacedStation[]; map: Map<string, number> };
  /** The selection this element made itself; any other change of `selected` came from the page. */
  private ownSelection = '';
  private resizeObserver?: ResizeObserver;
  private userMoved = false;
  private pointers = new Map<number, { x: number; y: number }>();
  private gesture?: { view: Viewport; x: number; y: number; distance: number; dragging: boolean };
  private suppressClick = false;
  /** A gesture in progress, shown as a transform of the drawn map until it is committed. */
  private transient?: { start: Viewport; k: number; tx: number; ty: number };
  private wheelTimer?: ReturnType<typeof setTimeout>;

  // ── lifecycle ──────────────────────────────────────────────────────────

  override connectedCallback(): void {
    // Before the first update, so hydration renders the same data the server did.
    if (!isServer && this.stations === undefined && !this.src) this.readDataIsland();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New data or another drawing system: the old view may show nothing.
    if ((changed.has('stations') || changed.has('tiles') || changed.has('tilesCrs') || changed.has('src')) && !this.userMoved) this.view = undefined;
    if (changed.has('selected') && this.selected !== this.ownSelection) {
      this.ownSelection = this.selected;
      // Set by the page after the first render: bring it into view as a list click would.
      if (this.hasUpdated && this.selected) this.revealSelected();
    }
  }

  protected override firstUpdated(): void {
    // The server rendered with `rendered-on`; now that hydration is done, use the real date.
    if (!this.today) this.clientToday = todayInChina();
    this.interactive = true;
    const map = this.mapElement;
    if (map && typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => this.measure());
      this.resizeObserver.observe(map);
    }
    this.measure();
  }

  protected override updated(): void {
    // The view now includes the gesture that was shown as a transform: drop it in the same frame.
    if (!this.transient) {
      const pane = this.renderRoot.querySelector<HTMLElement>('.map__pane');
      if (pane?.style.transform) pane.style.transform = '';
    }
    // The map element appears once data is ready (after loading from `src`).
    const map = this.mapElement;
    if (map && this.resizeObserver && !this.observed.has(map)) {
      this.observed.add(map);
      this.resizeObserver.observe(map);
    }
  }
  private observed = new WeakSet<Element>();

  private measure(): void {
    const map = this.mapElement;
    if (!map) return;
    this.observed.add(map);
    const width = Math.round(map.clientWidth);
    const height = Math.round(map.clientHeight);
    const fontSize = parseFloat(getComputedStyle(map).fontSize);
    if (Number.isFinite(fontSize) && fontSize > 0) this.labelFontSize = fontSize;
    if (width <= 0 || height <= 0 || (width === this.size.width && height === this.size.height)) return;
    this.size = { width, height };
    if (this.view) this.view = this.userMoved ? { ...this.view, width, height } : undefined;
  }

  private readDataIsland(): void {
    const island = this.querySelector(':scope > script[type="application/json"]');
    if (!island?.textContent) return;
    try {
      const json = JSON.parse(island.textContent) as { layer?: TownMapLayer };
      const parsed = parseStationData(json);
      this.stations = parsed.stations;
      if (parsed.deputies && !this.deputies) this.deputies = parsed.deputies;
      if (json.layer && !this.layer) this.layer = json.layer;
    } catch (error) {
      console.warn('renda-station-map: the embedded station data is not valid JSON', error);
    }
  }

  // ── derived data ───────────────────────────────────────────────────────

  private get locale(): Locale {
    return this.localeController.locale;
  }

  private get displayCrs(): Crs {
    return this.tiles && isCrs(this.tilesCrs) ? this.tilesCrs : 'wgs84';
  }

  private get minZoom(): number {
    return 3;
  }

  private get maxZoom(): number {
    return this.tiles ? Math.min(21, this.tilesMaxZoom + 2) : 19;
  }

  private get effectiveToday(): string {
    return this.today || this.clientToday || this.renderedOn || todayInChina();
  }

  private parsedDirect(stations: Station[]): StationMapData {
    if (this.directCache?.source !== stations) {
      const parsed = parseStationData(stations);
      if (parsed.rejected) console.warn('renda-station-map: stations left out', parsed.rejected);
      this.directCache = { source: stations, parsed };
    }
    return this.directCache.parsed;
  }

  private get allDeputies(): DeputyRef[] {
    return this.deputies ?? this.data.value?.deputies ?? this.deputiesData.value ?? [];
  }

  private get mapLayer(): TownMapLayer | undefined {
    return this.layer ?? this.layerData.value;
  }

  private get placed(): PlacedStation[] {
    const source = this.data.value?.stations ?? [];
    const crs = this.displayCrs;
    if (this.placedCache?.source !== source || this.placedCache.crs !== crs) {
      const places = source.map((station, index) => {
        const [lng, lat] = pointIn(station.location, crs);
        return { station, index, world: project(lng, lat), wgs84: pointIn(station.location, 'wgs84') };
      });
      this.placedCache = { source, crs, places };
    }
    return this.placedCache.places;
  }

  private get filtered(): FilteredStations {
    const places = this.placed;
    const cache = this.filteredCache;
    if (cache?.places !== places || cache.kinds !== this.kinds || cache.theme !== this.theme) {
      const shown = places.filter((p) => matchesFilter(p.station, { kinds: this.kinds, theme: this.theme }));
      const result = { places: shown, clusters: new ClusterIndex(shown.map((p) => p.world), { minZoom: this.minZoom, maxZoom: this.maxZoom - 2, radius: 36 }) };
      this.filteredCache = { places, kinds: this.kinds, theme: this.theme, result };
    }
    return this.filteredCache!.result;
  }

  private get projectedLayer(): ProjectedLayer | undefined {
    const layer = this.mapLayer;
    if (!layer?.features) return undefined;
    const withBoundary = !!this.reviewNumber;
    const crs = this.displayCrs;
    const cache = this.layerCache;
    if (cache?.layer !== layer || cache.crs !== crs || cache.withBoundary !== withBoundary) {
      this.layerCache = { layer, crs, withBoundary, projected: projectLayer(layer, crs, { withBoundary }) };
    }
    return this.layerCache!.projected;
  }

  private get userWorld(): WorldPoint | undefined {
    if (!this.user) return undefined;
    const [lng, lat] = convertLngLat(this.user[0], this.user[1], 'wgs84', this.displayCrs);
    return project(lng, lat);
  }

  private distances(): Map<string, number> | undefined {
    if (!this.user) return undefined;
    const places = this.placed;
    if (this.distanceCache?.user !== this.user || this.distanceCache.places !== places) {
      const map = new Map(byDistance(this.user, places.map((p) => p.wgs84)).map(({ index, metres }) => [places[index]!.station.id, metres]));
      this.distanceCache = { user: this.user, places, map };
    }
    return this.distanceCache.map;
  }

  /** The view to show when the resident has not moved the map: every station, or the selected one. */
  private fittedView(): Viewport {
    const { width, height } = this.size;
    const places = this.filtered.places.length ? this.filtered.places : this.placed;
    const chosen = this.selected ? this.placed.find((p) => p.station.id === this.selected) : undefined;
    if (this.compact && chosen) return { x: chosen.world.x, y: chosen.world.y, zoom: this.compactZoom(chosen), width, height };
    const points = places.map((p) => p.world);
    const user = this.userWorld;
    const bounds = boundsOf(user ? [...points, user] : points);
    if (!bounds) return { x: 0.5, y: 0.5, zoom: this.minZoom, width, height };
    const all = fitBounds(bounds, width, height, { padding: 48, minZoom: this.minZoom, maxZoom: 16 });
    // A page that opens with a station selected shows it on its own, not inside a cluster.
    const at = chosen ? this.filtered.places.indexOf(chosen) : -1;
    if (!chosen || at === -1) return all;
    const zoom = Math.max(all.zoom, Math.min(this.maxZoom, this.filtered.clusters.standaloneZoom(at) + 0.01));
    return zoom === all.zoom ? all : { x: chosen.world.x, y: chosen.world.y, zoom, width, height };
  }

  /** A station's own page: close in, but with its nearest neighbours in view for bearings. */
  private compactZoom(chosen: PlacedStation): number {
    const near = this.placed
      .filter((p) => p !== chosen)
      .map((p) => Math.hypot(p.world.x - chosen.world.x, p.world.y - chosen.world.y))
      .sort((a, b) => a - b)[2];
    if (!near) return 15;
    const room = Math.min(this.size.width, this.size.height) / 2 - 40;
    return Math.max(11, Math.min(16, Math.log2(room / (near * 256))));
  }

  private get currentView(): Viewport {
    return this.view ?? this.fittedView();
  }

  private setViewInternal(view: Viewport): void {
    // A gesture still shown as a transform was landed by the caller (commitTransient) or is dropped.
    this.transient = undefined;
    clearTimeout(this.wheelTimer);
    this.userMoved = true;
    this.view = { ...view, zoom: Math.max(this.minZoom, Math.min(this.maxZoom, view.zoom)) };
  }

  // ── public API ─────────────────────────────────────────────────────────

  /** Centres the map on a point (converted from its `crs`) at `zoom`. */
  setView(center: GeoPoint, zoom: number): void {
    this.commitTransient();
    const [lng, lat] = pointIn(center, this.displayCrs);
    const world = project(lng, lat);
    this.setViewInternal({ ...this.currentView, x: world.x, y: world.y, zoom });
  }

  /** The map's centre in the system it draws in (`wgs84`, or `tiles-crs` with tiles) and its zoom. */
  getView(): GeoPoint & { zoom: number } {
    const view = this.currentView;
    const [lng, lat] = unproject(view);
    return { lng, lat, crs: this.displayCrs, zoom: view.zoom };
  }

  /** Shows every station (of the current filter) again. */
  showAll(): void {
    this.commitTransient();
    this.transient = undefined;
    this.userMoved = false;
    this.view = undefined;
  }

  /** The station's receptions for the next six months as an `.ics` file. */
  receptionsIcs(id: string): string {
    const station = this.data.value?.stations.find((s) => s.id === id);
    if (!station) throw new Error(`renda-station-map: no station "${id}"`);
    const names = new Map(this.allDeputies.map((d) => [d.id, d.name]));
    const url = this.stationHref && !isServer ? new URL(fillPattern(this.stationHref, id), document.baseURI).href : undefined;
    return stationIcs(station, {
      from: this.effectiveToday,
      now: new Date(),
      locale: this.locale,
      deputyNames: station.deputies.map((d) => names.get(d) ?? d),
      ...(url ? { url, uidDomain: new URL(url).host } : {}),
    });
  }

  // ── selection ──────────────────────────────────────────────────────────

  private select(id: string, options: { reveal: boolean }): void {
    const station = this.data.value?.stations.find((s) => s.id === id);
    this.selected = station ? id : '';
    this.ownSelection = this.selected;
    this.announcement = station ? msg(this.locale, 'selected', { name: station.name }) : '';
    if (station && options.reveal) this.revealSelected();
    if (station) this.ensureListed(id);
    // Built first: the manifest analyzer would read a `new …(station)` inside dispatchEvent as an event named “station”.
    const event = new RendaStationSelectEvent(station);
    this.dispatchEvent(event);
    if (station) void this.updateComplete.then(() => this.scrollListTo(id));
  }

  /** Pans to the selected station and zooms in until it stands alone, out of any cluster. */
  private revealSelected(): void {
    this.commitTransient();
    const filtered = this.filtered;
    const at = filtered.places.findIndex((p) => p.station.id === this.selected);
    if (at === -1) {
      const anywhere = this.placed.find((p) => p.station.id === this.selected);
      if (!anywhere) return;
      // Hidden by a filter: show every kind and theme again rather than select the invisible.
      this.kinds = new Set(STATION_KINDS);
      this.theme = '';
      void this.updateComplete.then(() => this.revealSelected());
      return;
    }
    const place = filtered.places[at]!;
    const view = this.currentView;
    const zoom = Math.max(view.zoom, Math.min(this.maxZoom, filtered.clusters.standaloneZoom(at) + 0.01));
    this.setViewInternal({ ...view, x: place.world.x, y: place.world.y, zoom });
  }

  private ensureListed(id: string): void {
    const position = this.orderedPlaces(this.filtered.places, this.distances()).findIndex((p) => p.station.id === id);
    if (position >= this.listLimit) this.listLimit = Math.ceil((position + 1) / LIST_PAGE) * LIST_PAGE;
  }

  private scrollListTo(id: string): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list-area__scroller');
    const item = this.renderRoot.querySelector<HTMLElement>(`.station[data-station="${CSS.escape(id)}"]`);
    // Only inside the list's own scroll box (wide layouts): never yank the whole page on a phone.
    if (list && item && list.scrollHeight > list.clientHeight + 1) {
      const top = item.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top - 8;
    }
  }

  // ── map interaction ────────────────────────────────────────────────────

  private zoomBy(delta: number, sx?: number, sy?: number): void {
    this.commitTransient();
    const view = this.currentView;
    const zoom = Math.max(this.minZoom, Math.min(this.maxZoom, view.zoom + delta));
    this.setViewInternal(zoomAround(view, zoom, sx ?? view.width / 2, sy ?? view.height / 2));
  }

  private localPoint(event: { clientX: number; clientY: number }): [number, number] {
    const map = this.mapElement!;
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
    const clamped = Math.max(this.minZoom, Math.min(this.maxZoom, zoom));
    if (clamped !== zoom) {
      // At a zoom limit: keep the gesture's anchor where it is, scale no further.
      const limit = 2 ** (clamped - start.zoom);
      const [ax, ay] = [tx / (1 - k || 1), ty / (1 - k || 1)];
      [tx, ty] = k === 1 ? [tx, ty] : [ax * (1 - limit), ay * (1 - limit)];
      k = limit;
    }
    this.transient = { start, k, tx, ty };
    const pane = this.renderRoot.querySelector<HTMLElement>('.map__pane');
    if (pane) pane.style.transform = `translate(${tx}px, ${ty}px) scale(${k})`;
  }

  /** Turns the transient transform into the view it shows. */
  private commitTransient(): void {
    clearTimeout(this.wheelTimer);
    const transient = this.transient;
    if (!transient) return;
    this.transient = undefined;
    const { start, k, tx, ty } = transient;
    const centre = fromScreen(start, (start.width / 2 - tx) / k, (start.height / 2 - ty) / k);
    this.setViewInternal({ ...start, x: centre.x, y: centre.y, zoom: start.zoom + Math.log2(k) });
  }

  private onWheel(event: WheelEvent): void {
    event.preventDefault();
    const pixels = event.deltaY * (event.deltaMode === 1 ? 33 : event.deltaMode === 2 ? 400 : 1);
    const [cx, cy] = this.localPoint(event);
    const f = 2 ** Math.max(-1, Math.min(1, -pixels / 300));
    const current = this.transient ?? { start: this.currentView, k: 1, tx: 0, ty: 0 };
    // Scale by f around the cursor, on top of what the wheel has done so far.
    this.showTransient(current.start, current.k * f, f * current.tx + cx * (1 - f), f * current.ty + cy * (1 - f));
    clearTimeout(this.wheelTimer);
    this.wheelTimer = setTimeout(() => this.commitTransient(), 160);
  }

  private onDoubleClick(event: MouseEvent): void {
    if ((event.target as Element).closest?.('button')) return;
    const [sx, sy] = this.localPoint(event);
    this.zoomBy(event.shiftKey ? -1 : 1, sx, sy);
  }

  private pinchState(): { x: number; y: number; distance: number } {
    const [a, b] = [...this.pointers.values()];
    if (!b) return { x: a!.x, y: a!.y, distance: 0 };
    return { x: (a!.x + b.x) / 2, y: (a!.y + b.y) / 2, distance: Math.hypot(a!.x - b.x, a!.y - b.y) };
  }

  private startGesture(): void {
    const { x, y, distance } = this.pinchState();
    this.gesture = { view: this.currentView, x, y, distance, dragging: this.gesture?.dragging ?? false };
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 || (event.target as Element).closest?.('button, a, .map__notes')) return;
    this.commitTransient();
    const [x, y] = this.localPoint(event);
    this.pointers.set(event.pointerId, { x, y });
    this.startGesture();
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.pointers.has(event.pointerId) || !this.gesture) return;
    const [x, y] = this.localPoint(event);
    this.pointers.set(event.pointerId, { x, y });
    const now = this.pinchState();
    const gesture = this.gesture;
    if (!gesture.dragging && Math.hypot(now.x - gesture.x, now.y - gesture.y) < 4 && this.pointers.size === 1) return;
    if (!gesture.dragging) {
      gesture.dragging = true;
      // Captured only once it is a drag, so a plain tap still clicks the marker under it.
      this.mapElement?.setPointerCapture?.(event.pointerId);
    }
    const k = this.pointers.size >= 2 && gesture.distance > 0 && now.distance > 0 ? now.distance / gesture.distance : 1;
    // The point under the fingers' start midpoint follows their current midpoint, scaled by k.
    this.showTransient(gesture.view, k, now.x - k * gesture.x, now.y - k * gesture.y);
  }

  private onPointerUp(event: PointerEvent): void {
    if (!this.pointers.has(event.pointerId)) return;
    this.commitTransient();
    this.pointers.delete(event.pointerId);
    if (this.gesture?.dragging) this.suppressClick = true;
    if (this.pointers.size > 0) this.startGesture();
    else this.gesture = undefined;
  }

  private onMapClick(event: MouseEvent): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    this.activate(event.target as Element);
  }

  /** A marker or cluster was clicked, tapped or pressed with Enter/Space. */
  private activate(target: Element): boolean {
    this.commitTransient();
    const marker = target.closest?.('[data-station], [data-cluster]');
    if (!marker) return false;
    const stationId = marker.getAttribute('data-station');
    if (stationId) {
      this.select(stationId, { reveal: false });
      return true;
    }
    const clusterId = Number(marker.getAttribute('data-cluster'));
    const { clusters, places } = this.filtered;
    const leaves = clusters.leaves(clusterId).map((i) => places[i]!.world);
    const view = this.currentView;
    const fitted = fitBounds(boundsOf(leaves)!, view.width, view.height, { padding: 64, minZoom: view.zoom + 1, maxZoom: this.maxZoom });
    this.setViewInternal(fitted);
    return true;
  }

  private onMapKeyDown(event: KeyboardEvent): void {
    const target = event.target as Element;
    if (target.closest('button, a, select, input')) return;
    this.commitTransient();
    const step = event.shiftKey ? KEY_PAN_PX * 3 : KEY_PAN_PX;
    const view = this.currentView;
    switch (event.key) {
      case 'Enter':
      case ' ':
        if (!this.activate(target)) return;
        break;
      case 'ArrowLeft':
        this.setViewInternal(panBy(view, step, 0));
        break;
      case 'ArrowRight':
        this.setViewInternal(panBy(view, -step, 0));
        break;
      case 'ArrowUp':
        this.setViewInternal(panBy(view, 0, step));
        break;
      case 'ArrowDown':
        this.setViewInternal(panBy(view, 0, -step));
        break;
      case '+':
      case '=':
        this.zoomBy(1);
        break;
      case '-':
      case '_':
        this.zoomBy(-1);
        break;
      case '0':
      case 'Home':
        this.showAll();
        break;
      case 'Escape':
        if (!this.selected) return;
        this.select('', { reveal: false });
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  // ── toolbar ────────────────────────────────────────────────────────────

  private toggleKind(kind: StationKind, on: boolean): void {
    const kinds = new Set(this.kinds);
    if (on) kinds.add(kind);
    else kinds.delete(kind);
    this.kinds = kinds;
    this.afterFilter();
  }

  private setTheme(theme: string): void {
    this.theme = theme;
    this.afterFilter();
  }

  private afterFilter(): void {
    this.listLimit = LIST_PAGE;
    if (!this.userMoved) this.view = undefined;
    const shown = this.filtered.places.length;
    const total = this.placed.length;
    this.announcement = shown === 0 ? msg(this.locale, 'noMatch') : msg(this.locale, shown === total ? 'countAll' : 'countFiltered', { shown, total, count: total });
  }

  /** “Nearest to me”: asks for the position only now, and keeps it on this device. */
  private locate(): void {
    const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geolocation || !window.isSecureContext) {
      this.locateState = 'unsupported';
      this.announcement = msg(this.locale, 'locationUnsupported');
      return;
    }
    this.locateState = 'asking';
    this.announcement = msg(this.locale, 'locating');
    geolocation.getCurrentPosition(
      (position) => this.located([position.coords.longitude, position.coords.latitude]),
      (error) => {
        this.locateState = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable';
        this.announcement = msg(this.locale, this.locateState === 'denied' ? 'locationDenied' : 'locationUnavailable');
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  private located(position: LngLat): void {
    this.commitTransient();
    this.user = position;
    this.locateState = 'found';
    this.listLimit = LIST_PAGE;
    const places = this.filtered.places.length ? this.filtered.places : this.placed;
    const [nearest] = byDistance(position, places.map((p) => p.wgs84));
    if (!nearest) return;
    const station = places[nearest.index]!.station;
    this.select(station.id, { reveal: false });
    this.announcement = msg(this.locale, 'nearestFound', { name: station.name, distance: formatDistance(nearest.metres, this.locale) });
    // Show the resident and the nearest station together.
    const user = this.userWorld!;
    const view = this.currentView;
    this.setViewInternal(fitBounds(boundsOf([user, places[nearest.index]!.world])!, view.width, view.height, { padding: 64, minZoom: this.minZoom, maxZoom: 17 }));
  }

  private forgetLocation(): void {
    this.user = undefined;
    this.locateState = 'idle';
    this.announcement = '';
  }

  private downloadIcs(station: Station): void {
    const ics = this.receptionsIcs(station.id);
    downloadBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), `${station.id}-receptions.ics`);
  }

  // ── rendering ──────────────────────────────────────────────────────────

  private heading(level: number, text: string, id?: string): TemplateResult {
    return html`<div class="heading" role="heading" aria-level=${Math.min(6, Math.max(1, level))} id=${id ?? nothing}>${text}</div>`;
  }

  private kindIcon(kind: StationKind): TemplateResult {
    const r = MARKER_RADIUS[kind] + 2;
    return html`<svg class="kind-icon" viewBox="${-r} ${-r} ${2 * r} ${2 * r}" aria-hidden="true" focusable="false">
      ${svg`<path class="marker__shape marker--${kind}" d=${markerPath(kind)}></path>`}
    </svg>`;
  }

  private orderedPlaces(places: PlacedStation[], distances: Map<string, number> | undefined): PlacedStation[] {
    const ordered = [...places];
    if (distances) ordered.sort((a, b) => distances.get(a.station.id)! - distances.get(b.station.id)! || a.index - b.index);
    else ordered.sort((a, b) => KIND_ORDER[a.station.kind] - KIND_ORDER[b.station.kind] || a.index - b.index);
    return ordered;
  }

  /** “Nearest to me”, first thing on the widget: what most residents came for. */
  private renderLocate(): TemplateResult {
    const locale = this.locale;
    const asking = this.locateState === 'asking';
    const problem = this.locateState === 'denied' || this.locateState === 'unavailable' || this.locateState === 'unsupported';
    return html`<div class="locate" part="locate" ?hidden=${!this.interactive}>
      <button class="button locate__button" part="button" type="button" ?disabled=${asking} aria-describedby="locate-note" @click=${this.locate}>
        <svg class="locate__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="4"></circle><path d="M12 2v4M12 18v4M2 12h4M18 12h4"></path><circle cx="12" cy="12" r="8" fill="none"></circle></svg>
        ${msg(locale, asking ? 'locating' : 'nearest')}
      </button>
      ${this.user ? html`<button class="button button--quiet" part="button" type="button" @click=${this.forgetLocation}>${msg(locale, 'forgetLocation')}</button>` : nothing}
      <p class="locate__note ${problem ? 'locate__note--problem' : ''}" id="locate-note">
        ${problem ? msg(locale, this.locateState === 'denied' ? 'locationDenied' : this.locateState === 'unsupported' ? 'locationUnsupported' : 'locationUnavailable') : msg(locale, 'locationPrivacy')}
      </p>
    </div>`;
  }

  /** The kind filters double as the map's legend (shape, colour, name), so they sit under it. */
  private renderToolbar(kindCounts: Map<StationKind, number>, themes: string[]): TemplateResult {
    const locale = this.locale;
    return html`<div class="toolbar" part="toolbar" ?hidden=${!this.interactive}>
      <fieldset class="filters">
        <legend class="filters__legend">${msg(locale, 'kinds')}</legend>
        ${STATION_KINDS.filter((kind) => kindCounts.get(kind)).map(
          (kind) => html`<label class="chip">
            <input type="checkbox" .checked=${this.kinds.has(kind)} @change=${(e: Event) => this.toggleKind(kind, (e.target as HTMLInputElement).checked)} />
            ${this.kindIcon(kind)}<span>${STATION_KIND_LABELS[locale][kind]}</span> <span class="chip__count">(${kindCounts.get(kind)})</span>
          </label>`,
        )}
      </fieldset>
      ${themes.length
        ? html`<label class="theme">
            <span>${msg(locale, 'theme')}</span>
            <select class="theme__select" @change=${(e: Event) => this.setTheme((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.theme}>${msg(locale, 'allThemes')}</option>
              ${themes.map((theme) => html`<option value=${theme} ?selected=${this.theme === theme}>${themeLabel(theme, locale)}</option>`)}
            </select>
          </label>`
        : nothing}
    </div>`;
  }

  private renderLayer(view: Viewport): TemplateResult | typeof nothing {
    const layer = this.projectedLayer;
    if (!layer) return nothing;
    const [tx, ty] = toScreen(view, layer.origin);
    const scale = worldSize(view.zoom) / worldSize(LAYER_REFERENCE_ZOOM);
    return svg`<g class="layer" aria-hidden="true" transform="translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${scale.toPrecision(6)})">
      ${layer.shapes.map((shape) => svg`<path class="layer__${shape.kind}" d=${shape.d}></path>`)}
    </g>`;
  }

  private renderMap(filtered: FilteredStations, view: Viewport): TemplateResult {
    const locale = this.locale;
    const { width, height } = view;
    // Drawn a little beyond the edges, so a short drag shows markers already in place.
    const items = filtered.clusters.itemsAt(view.zoom, visibleBounds(view, 160));
    const selectedId = this.selected;
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
      candidates.push({ id: station.id, text: station.name, x, y, radius: MARKER_RADIUS[station.kind] + 2, priority: (station.id === selectedId ? 10 : 0) + 3 - KIND_ORDER[station.kind] });
      return { key: `s${station.id}`, item, x, y, station };
    });
    // Points last, the selected one on top: SVG paints in document order.
    markers.sort((a, b) => Number(a.item.type === 'point') - Number(b.item.type === 'point') || Number(a.station?.id === selectedId) - Number(b.station?.id === selectedId));
    const labels = placeLabels(candidates, { fontSize: this.labelFontSize, width, height, obstacles: [...obstacles, { x: width - 64, y: 0, width: 64, height: 200 }] });
    const user = this.userWorld;
    const userAt = user ? toScreen(view, user) : undefined;
    return html`<svg
      class="map__svg"
      part="svg"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      preserveAspectRatio="xMidYMid meet"
      @click=${this.onMapClick}
    >
      ${this.renderLayer(view)}
      <g class="markers">
        ${repeat(
          markers,
          (marker) => marker.key,
          (marker) => (marker.item.type === 'cluster' ? this.renderCluster(marker.item, marker.x, marker.y) : this.renderMarker(marker.station!, marker.x, marker.y)),
        )}
      </g>
      ${userAt
        ? svg`<g class="user" transform="translate(${userAt[0].toFixed(1)} ${userAt[1].toFixed(1)})" role="img" aria-label=${msg(locale, 'youAreHere')}>
            <circle class="user__halo" r="16"></circle><circle class="user__dot" r="7"></circle></g>`
        : nothing}
      <g class="labels" aria-hidden="true">
        ${labels.map((label) => svg`<text class="label ${label.id === selectedId ? 'label--selected' : ''}" x=${label.x.toFixed(1)} y=${label.y.toFixed(1)}>${label.text}</text>`)}
      </g>
    </svg>`;
  }

  private renderMarker(station: Station, x: number, y: number): TemplateResult {
    const selected = station.id === this.selected;
    const label = `${station.name}，${STATION_KIND_LABELS[this.locale][station.kind]}`;
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

  private renderCluster(item: Extract<MapItem, { type: 'cluster' }>, x: number, y: number): TemplateResult {
    const r = clusterRadius(item.count);
    return svg`<g
      class="cluster"
      transform="translate(${x.toFixed(1)} ${y.toFixed(1)})"
      role="button"
      tabindex="0"
      aria-label=${msg(this.locale, 'cluster', { count: item.count })}
      data-cluster=${item.id}
    >
      <circle class="cluster__ring" r=${r + 4}></circle>
      <circle class="cluster__disc" r=${r}></circle>
      <text class="cluster__count" dy="0.35em">${item.count}</text>
    </g>`;
  }

  private renderNotes(): TemplateResult {
    const locale = this.locale;
    const boundary = !!this.reviewNumber && layerHasBoundary(this.mapLayer);
    return html`<div class="map__notes" part="notes">
      ${this.tiles ? (this.tilesAttribution ? html`<span>${this.tilesAttribution}</span>` : nothing) : boundary ? nothing : html`<span>${msg(locale, 'schematic')}</span>`}
      ${this.reviewNumber ? html`<span class="map__review">${msg(locale, 'reviewNumber', { number: this.reviewNumber })}</span>` : nothing}
    </div>`;
  }

  private renderControls(): TemplateResult {
    const locale = this.locale;
    return html`<div class="map__controls" part="controls" ?hidden=${!this.interactive}>
      <button class="button map__control" part="button" type="button" aria-label=${msg(locale, 'zoomIn')} title=${msg(locale, 'zoomIn')} @click=${() => this.zoomBy(1)}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h14M12 5v14"></path></svg>
      </button>
      <button class="button map__control" part="button" type="button" aria-label=${msg(locale, 'zoomOut')} title=${msg(locale, 'zoomOut')} @click=${() => this.zoomBy(-1)}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h14"></path></svg>
      </button>
      <button class="button map__control" part="button" type="button" aria-label=${msg(locale, 'reset')} title=${msg(locale, 'reset')} @click=${this.showAll}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"></path></svg>
      </button>
    </div>`;
  }

  private renderDetails(station: Station, distance: number | undefined): TemplateResult {
    const locale = this.locale;
    const today = this.effectiveToday;
    const next = nextReception(station.reception, station.stops, today);
    const names = new Map(this.allDeputies.map((d) => [d.id, d.name]));
    const qr = this.qrUrl ? fillPattern(this.qrUrl, station.id) : '';
    const nextText = next
      ? `${next.date === today ? `${msg(locale, 'today')} ` : ''}${formatDate(next.date, locale)}${next.stop ? ` ${next.stop.time ?? ''} · ${next.stop.place}` : next.rule ? ` · ${describeReception(next.rule, locale)}` : ''}`
      : '';
    return html`<section class="details" part="details" aria-labelledby="details-title">
      <div class="details__head">
        ${this.heading(this.headingLevel + 1, station.name, 'details-title')}
        <button class="button button--quiet details__close" part="button" type="button" aria-label=${msg(locale, 'close')} @click=${() => this.select('', { reveal: false })}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18"></path></svg>
        </button>
      </div>
      <p class="details__kind">
        ${this.kindIcon(station.kind)} ${STATION_KIND_LABELS[locale][station.kind]}${station.theme ? ` · ${themeLabel(station.theme, locale)}` : ''}${distance !== undefined ? ` · ${msg(locale, 'distance', { distance: formatDistance(distance, locale) })}` : ''}
      </p>
      <dl class="details__facts">
        ${station.address ? html`<dt>${msg(locale, 'address')}</dt><dd>${station.address}</dd>` : nothing}
        ${station.phone ? html`<dt>${msg(locale, 'phone')}</dt><dd><a href="tel:${station.phone.replace(/[^\d+]/g, '')}">${station.phone}</a></dd>` : nothing}
        <dt>${msg(locale, 'schedule')}</dt>
        <dd>${station.reception.length ? station.reception.map((rule) => describeReception(rule, locale)).join(locale === 'zh-CN' ? '；' : '; ') : msg(locale, 'noReception')}</dd>
        ${next ? html`<dt>${msg(locale, station.kind === 'mobile' && next.stop ? 'nextStop' : 'next')}</dt><dd><time datetime=${next.date}>${nextText}</time></dd>` : nothing}
      </dl>
      ${this.heading(this.headingLevel + 2, msg(locale, 'deputies'))}
      ${station.deputies.length
        ? html`<ul class="details__deputies">
            ${station.deputies.map((id) => {
              const name = names.get(id) ?? id;
              return html`<li>${this.deputyHref ? html`<a href=${fillPattern(this.deputyHref, id)}>${name}</a>` : name}</li>`;
            })}
          </ul>`
        : html`<p class="muted">${msg(locale, 'noDeputies')}</p>`}
      <div class="details__bottom">
        ${qr
          ? html`<figure class="details__code">
              <renda-qr-code value=${qr} label=${msg(locale, 'codeLabel', { name: station.name })} size="132px" lang=${locale}></renda-qr-code>
              <figcaption>${msg(locale, 'code')}</figcaption>
            </figure>`
          : nothing}
        <div class="details__actions">
          ${station.reception.length || station.stops?.length
            ? html`<button class="button" part="button" type="button" aria-describedby="ics-hint" @click=${() => this.downloadIcs(station)}>
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="5" width="16" height="15" rx="2" fill="none"></rect><path d="M4 10h16M9 3v4M15 3v4"></path></svg>
                  ${msg(locale, 'addToCalendar')}
                </button>
                <p class="muted details__hint" id="ics-hint">${msg(locale, 'calendarHint')}</p>`
            : nothing}
          ${this.stationHref ? html`<a class="button" part="button" href=${fillPattern(this.stationHref, station.id)}>${msg(locale, 'details')}</a>` : nothing}
        </div>
      </div>
    </section>`;
  }

  private renderList(filtered: FilteredStations, distances: Map<string, number> | undefined, total: number): TemplateResult {
    const locale = this.locale;
    const today = this.effectiveToday;
    const ordered = this.orderedPlaces(filtered.places, distances);
    const shown = ordered.slice(0, this.listLimit);
    const rest = ordered.length - shown.length;
    return html`<section class="list-area" aria-labelledby="list-title">
      ${this.heading(this.headingLevel, msg(locale, 'listHeading'), 'list-title')}
      <p class="list-area__count">${filtered.places.length === total ? msg(locale, 'countAll', { count: total }) : msg(locale, 'countFiltered', { shown: filtered.places.length, total })}</p>
      <div class="list-area__scroller" id="list" tabindex="-1">
        ${filtered.places.length === 0 ? html`<p class="data-state">${msg(locale, 'noMatch')}</p>` : nothing}
        <ol class="list" part="list">
          ${repeat(
            shown,
            (place) => place.station.id,
            (place) => {
              const station = place.station;
              const selected = station.id === this.selected;
              const next = nextReception(station.reception, station.stops, today);
              const distance = distances?.get(station.id);
              return html`<li class="station ${selected ? 'is-selected' : ''}" part="list-item" data-station=${station.id}>
                ${this.kindIcon(station.kind)}
                <div class="station__text">
                  ${this.stationHref ? html`<a class="station__name" href=${fillPattern(this.stationHref, station.id)}>${station.name}</a>` : html`<span class="station__name">${station.name}</span>`}
                  <span class="station__meta">${STATION_KIND_LABELS[locale][station.kind]}${station.theme ? ` · ${themeLabel(station.theme, locale)}` : ''}${distance !== undefined ? html` · <strong>${msg(locale, 'distance', { distance: formatDistance(distance, locale) })}</strong>` : ''}</span>
                  ${station.address ? html`<span class="station__address">${station.address}</span>` : nothing}
                  ${next ? html`<span class="station__next">${msg(locale, station.kind === 'mobile' && next.stop ? 'nextStop' : 'next')}：<time datetime=${next.date}>${formatDate(next.date, locale)}</time>${next.stop ? ` · ${next.stop.place}` : ''}</span>` : nothing}
                </div>
                <button
                  class="button station__show"
                  part="button"
                  type="button"
                  ?hidden=${!this.interactive}
                  aria-pressed=${selected ? 'true' : 'false'}
                  aria-label=${msg(locale, 'showOnMapLabel', { name: station.name })}
                  @click=${() => this.select(selected ? '' : station.id, { reveal: true })}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 21s-6-5.3-6-10a6 6 0 0 1 12 0c0 4.7-6 10-6 10z" fill="none"></path><circle cx="12" cy="11" r="2"></circle></svg>
                  <span class="station__show-text">${msg(locale, 'showOnMap')}</span>
                </button>
              </li>`;
            },
          )}
        </ol>
        ${rest > 0
          ? html`<button class="button list-area__more" part="button" type="button" @click=${() => (this.listLimit += LIST_PAGE)}>
              ${msg(locale, 'showMore', { count: Math.min(rest, LIST_PAGE), rest })}
            </button>`
          : nothing}
      </div>
    </section>`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const state = renderDataState(this.data, locale, { empty: msg(locale, 'empty') });
    if (state) return html`<div class="station-map" part="base">${state}</div>`;
    if (this.data.state === 'idle') return html`<div class="station-map" part="base"></div>`;
    const all = this.placed;
    const filtered = this.filtered;
    const view = this.currentView;
    const distances = this.distances();
    const selectedPlace = this.selected ? all.find((p) => p.station.id === this.selected) : undefined;
    const kindCounts = new Map<StationKind, number>();
    for (const { station } of all) kindCounts.set(station.kind, (kindCounts.get(station.kind) ?? 0) + 1);
    const rejected = this.data.value?.rejected?.length ?? 0;
    // Without `tiles` no <img> exists, so the schematic cannot make a request.
    const tileLayer = this.tiles ? renderTiles(view, { template: this.tiles, subdomains: this.tilesSubdomains, maxZoom: this.tilesMaxZoom }) : nothing;
    return html`<div class="station-map ${this.compact ? 'station-map--compact' : ''}" part="base">
      ${this.compact ? nothing : this.renderLocate()}
      ${rejected ? html`<p class="notice" role="note">${msg(locale, 'rejected', { count: rejected })}</p>` : nothing}
      <div class="station-map__layout">
        <div class="station-map__main">
          ${this.compact ? nothing : html`<button class="skip button button--quiet" part="button" type="button" ?hidden=${!this.interactive} @click=${() => this.renderRoot.querySelector<HTMLElement>('#list')?.focus()}>${msg(locale, 'skipToList')}</button>`}
          <div
            class="map ${this.tiles ? 'map--tiles' : 'map--schematic'}"
            part="map"
            role="region"
            aria-roledescription=${msg(locale, 'mapRole')}
            aria-label=${this.label || msg(locale, 'mapLabel')}
            aria-describedby="map-hint"
            tabindex="0"
            @keydown=${this.onMapKeyDown}
            @wheel=${this.onWheel}
            @dblclick=${this.onDoubleClick}
            @pointerdown=${this.onPointerDown}
            @pointermove=${this.onPointerMove}
            @pointerup=${this.onPointerUp}
            @pointercancel=${this.onPointerUp}
          >
            <div class="map__pane">${tileLayer} ${this.renderMap(filtered, view)}</div>
            ${this.renderControls()} ${this.renderNotes()}
          </div>
          <p class="map-hint" id="map-hint">${msg(locale, 'keyboardHint')}</p>
          ${this.compact ? nothing : this.renderToolbar(kindCounts, themesOf(all.map((p) => p.station)))}
          ${!this.compact && selectedPlace ? this.renderDetails(selectedPlace.station, distances?.get(selectedPlace.station.id)) : nothing}
        </div>
        ${this.compact ? nothing : guard([filtered, distances, this.selected, this.listLimit, locale, this.effectiveToday, this.stationHref, this.interactive], () => this.renderList(filtered, distances, all.length))}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
