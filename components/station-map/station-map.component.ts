import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { STATION_KINDS, type Crs, type GeoPoint, type Locale, type Station, type StationKind, type TownMapLayer } from '../../domain/model.js';
import { todayInChina } from '../../domain/calendar/dates.js';
import { stationIcs } from '../../domain/calendar/ics.js';
import { convertLngLat, isCrs, pointIn, type LngLat } from '../../domain/geo/coordinates.js';
import { byDistance, formatDistance } from '../../domain/geo/distance.js';
import { JsonDataController } from '../base/data-controller.js';
import { renderDataState } from '../base/data-state.js';
import { LocaleController } from '../base/localize.js';
import { downloadBlob } from '../qr-code/define.js';
import '../qr-code/define.js';
import { GeolocationController } from './geolocation-controller.js';
import { layerHasBoundary, projectLayer, type ProjectedLayer } from './layer.js';
import { renderMapControls, renderMapNotes, renderMapSvg } from './map-drawing.js';
import { distancesFrom, filterPlaces, fittedView, lastCall, orderedPlaces, placeStations, type FilteredStations, type PlacedStation } from './places.js';
import { project, unproject, type Viewport, type WorldPoint } from './projection.js';
import { fillPattern, parseStationData, themesOf, type DeputyRef, type StationMapData } from './station-data.js';
import { renderStationDetails } from './station-details.js';
import { LIST_PAGE, renderStationFilters, renderStationList } from './station-list.js';
import { msg } from './station-map.messages.js';
import { stationMapStyles } from './station-map.styles.js';
import { renderTiles } from './tile-layer.js';
import { ViewportController } from './viewport-controller.js';

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

  @state() private kinds: ReadonlySet<StationKind> = new Set(STATION_KINDS);
  @state() private theme = '';
  @state() private listLimit = LIST_PAGE;
  @state() private announcement = '';
  @state() private clientToday = '';
  /**
   * False on the server and in the first (hydrating) render: controls that need script are hidden
   * until it runs, so a page without script shows the map and the list, not dead buttons.
   */
  @state() private interactive = false;

  @query('.map') private mapElement?: HTMLElement;

  // One result of each derived value, recomputed only when an input changes (by identity).
  private readonly parseDirect = lastCall((stations: Station[]): StationMapData => {
    const parsed = parseStationData(stations);
    if (parsed.rejected) console.warn('renda-station-map: stations left out', parsed.rejected);
    return parsed;
  });
  private readonly placeMemo = lastCall(placeStations);
  // Keyed on the places and the filter only: the zoom range is read when the places change.
  private readonly filterMemo = lastCall((places: PlacedStation[], kinds: ReadonlySet<StationKind>, theme: string) => filterPlaces(places, { kinds, theme }, { min: this.minZoom, max: this.maxZoom }));
  private readonly layerMemo = lastCall((layer: TownMapLayer, crs: Crs, withBoundary: boolean) => projectLayer(layer, crs, { withBoundary }));
  private readonly distanceMemo = lastCall(distancesFrom);

  private readonly localeController = new LocaleController(this);
  private readonly data = new JsonDataController<StationMapData>(this, {
    src: () => this.src,
    data: () => (this.stations ? this.parseDirect(this.stations) : undefined),
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
  private readonly viewport: ViewportController = new ViewportController(this, {
    fitted: () => this.fittedView(),
    minZoom: () => this.minZoom,
    maxZoom: () => this.maxZoom,
    map: () => this.mapElement,
    pane: () => this.renderRoot.querySelector<HTMLElement>('.map__pane'),
  });
  private readonly geolocation = new GeolocationController(this, {
    locale: () => this.locale,
    announce: (text) => (this.announcement = text),
    onLocated: (position) => this.showNearest(position),
  });

  /** The selection this element made itself; any other change of `selected` came from the page. */
  private ownSelection = '';

  // ── lifecycle ──────────────────────────────────────────────────────────

  override connectedCallback(): void {
    // Before the first update, so hydration renders the same data the server did.
    if (!isServer && this.stations === undefined && !this.src) this.readDataIsland();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New data or another drawing system: the old view may show nothing.
    if (changed.has('stations') || changed.has('tiles') || changed.has('tilesCrs') || changed.has('src')) this.viewport.refit();
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
    this.viewport.observe();
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

  private get allDeputies(): DeputyRef[] {
    return this.deputies ?? this.data.value?.deputies ?? this.deputiesData.value ?? [];
  }

  private get mapLayer(): TownMapLayer | undefined {
    return this.layer ?? this.layerData.value;
  }

  private get placed(): PlacedStation[] {
    return this.placeMemo(this.data.value?.stations ?? [], this.displayCrs);
  }

  private get filtered(): FilteredStations {
    return this.filterMemo(this.placed, this.kinds, this.theme);
  }

  private get projectedLayer(): ProjectedLayer | undefined {
    const layer = this.mapLayer;
    if (!layer?.features) return undefined;
    return this.layerMemo(layer, this.displayCrs, !!this.reviewNumber);
  }

  private get userWorld(): WorldPoint | undefined {
    const user = this.geolocation.position;
    if (!user) return undefined;
    const [lng, lat] = convertLngLat(user[0], user[1], 'wgs84', this.displayCrs);
    return project(lng, lat);
  }

  private distances(): Map<string, number> | undefined {
    const user = this.geolocation.position;
    return user ? this.distanceMemo(user, this.placed) : undefined;
  }

  /** The view to show when the resident has not moved the map: every station, or the selected one. */
  private fittedView(): Viewport {
    const { placed, filtered, selected, compact, userWorld: user, minZoom, maxZoom } = this;
    return fittedView({ size: this.viewport.size, placed, filtered, selected, compact, user, minZoom, maxZoom });
  }

  // ── public API ─────────────────────────────────────────────────────────

  /** Centres the map on a point (converted from its `crs`) at `zoom`. */
  setView(center: GeoPoint, zoom: number): void {
    this.viewport.commit();
    const [lng, lat] = pointIn(center, this.displayCrs);
    const world = project(lng, lat);
    this.viewport.set({ ...this.viewport.current, x: world.x, y: world.y, zoom });
  }

  /** The map's centre in the system it draws in (`wgs84`, or `tiles-crs` with tiles) and its zoom. */
  getView(): GeoPoint & { zoom: number } {
    const view = this.viewport.current;
    const [lng, lat] = unproject(view);
    return { lng, lat, crs: this.displayCrs, zoom: view.zoom };
  }

  /** Shows every station (of the current filter) again. */
  showAll(): void {
    this.viewport.reset();
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
    this.viewport.commit();
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
    const view = this.viewport.current;
    const zoom = Math.max(view.zoom, Math.min(this.maxZoom, filtered.clusters.standaloneZoom(at) + 0.01));
    this.viewport.set({ ...view, x: place.world.x, y: place.world.y, zoom });
  }

  private ensureListed(id: string): void {
    const position = orderedPlaces(this.filtered.places, this.distances()).findIndex((p) => p.station.id === id);
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

  // ── map interaction (gestures and keyboard moves are the viewport controller's) ──

  private onMapClick(event: MouseEvent): void {
    if (this.viewport.takeDragClick()) return;
    this.activate(event.target as Element);
  }

  /** A marker or cluster was clicked, tapped or pressed with Enter/Space. */
  private activate(target: Element): boolean {
    this.viewport.commit();
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
    this.viewport.fit(leaves, { padding: 64, minZoom: this.viewport.current.zoom + 1, maxZoom: this.maxZoom });
    return true;
  }

  private onMapKeyDown(event: KeyboardEvent): void {
    const target = event.target as Element;
    if (target.closest('button, a, select, input')) return;
    this.viewport.commit();
    switch (event.key) {
      case 'Enter':
      case ' ':
        if (!this.activate(target)) return;
        break;
      case 'Escape':
        if (!this.selected) return;
        this.select('', { reveal: false });
        break;
      default:
        if (!this.viewport.handleKey(event)) return;
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
    this.viewport.refit();
    const shown = this.filtered.places.length;
    const total = this.placed.length;
    this.announcement = shown === 0 ? msg(this.locale, 'noMatch') : msg(this.locale, shown === total ? 'countAll' : 'countFiltered', { shown, total, count: total });
  }

  /** The resident was located: the list by distance, the nearest station selected, both in view. */
  private showNearest(position: LngLat): void {
    this.viewport.commit();
    this.listLimit = LIST_PAGE;
    const places = this.filtered.places.length ? this.filtered.places : this.placed;
    const [nearest] = byDistance(position, places.map((p) => p.wgs84));
    if (!nearest) return;
    const station = places[nearest.index]!.station;
    this.select(station.id, { reveal: false });
    this.announcement = msg(this.locale, 'nearestFound', { name: station.name, distance: formatDistance(nearest.metres, this.locale) });
    // Show the resident and the nearest station together.
    this.viewport.fit([this.userWorld!, places[nearest.index]!.world], { padding: 64, minZoom: this.minZoom, maxZoom: 17 });
  }

  private downloadIcs(station: Station): void {
    const ics = this.receptionsIcs(station.id);
    downloadBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), `${station.id}-receptions.ics`);
  }

  // ── rendering (the templates are in map-drawing.ts, station-list.ts and station-details.ts) ──

  private renderMapArea(filtered: FilteredStations, view: Viewport): TemplateResult {
    const locale = this.locale;
    // Without `tiles` no <img> exists, so the schematic cannot make a request.
    const tileLayer = this.tiles ? renderTiles(view, { template: this.tiles, subdomains: this.tilesSubdomains, maxZoom: this.tilesMaxZoom }) : nothing;
    // Handlers passed as methods, as before: Lit calls listeners with the element as `this`.
    const drawing = { locale, selected: this.selected, fontSize: this.viewport.fontSize, layer: this.projectedLayer, user: this.userWorld, onClick: this.onMapClick };
    const notes = { locale, tiles: this.tiles, tilesAttribution: this.tilesAttribution, reviewNumber: this.reviewNumber, boundary: !!this.reviewNumber && layerHasBoundary(this.mapLayer) };
    return html`<div
      class="map ${this.tiles ? 'map--tiles' : 'map--schematic'}"
      part="map"
      role="region"
      aria-roledescription=${msg(locale, 'mapRole')}
      aria-label=${this.label || msg(locale, 'mapLabel')}
      aria-describedby="map-hint"
      tabindex="0"
      @keydown=${this.onMapKeyDown}
      @wheel=${this.viewport.onWheel}
      @dblclick=${this.viewport.onDoubleClick}
      @pointerdown=${this.viewport.onPointerDown}
      @pointermove=${this.viewport.onPointerMove}
      @pointerup=${this.viewport.onPointerUp}
      @pointercancel=${this.viewport.onPointerUp}
    >
      <div class="map__pane">${tileLayer} ${renderMapSvg(filtered, view, drawing)}</div>
      ${renderMapControls({ locale, interactive: this.interactive, onZoom: (delta) => this.viewport.zoomBy(delta), onReset: this.showAll })} ${renderMapNotes(notes)}
    </div>`;
  }

  private renderDetails(station: Station, distance: number | undefined): TemplateResult {
    return renderStationDetails(station, {
      locale: this.locale,
      today: this.effectiveToday,
      headingLevel: this.headingLevel,
      distance,
      deputies: this.allDeputies,
      qrUrl: this.qrUrl,
      deputyHref: this.deputyHref,
      stationHref: this.stationHref,
      onClose: () => this.select('', { reveal: false }),
      onAddToCalendar: () => this.downloadIcs(station),
    });
  }

  private renderList(filtered: FilteredStations, distances: Map<string, number> | undefined, total: number): TemplateResult {
    return renderStationList(filtered, distances, total, {
      locale: this.locale,
      today: this.effectiveToday,
      headingLevel: this.headingLevel,
      selected: this.selected,
      limit: this.listLimit,
      stationHref: this.stationHref,
      interactive: this.interactive,
      onShow: (id) => this.select(id, { reveal: true }),
      onMore: () => (this.listLimit += LIST_PAGE),
    });
  }

  private renderToolbar(kindCounts: Map<StationKind, number>, themes: string[]): TemplateResult {
    return renderStationFilters(kindCounts, themes, {
      locale: this.locale,
      kinds: this.kinds,
      theme: this.theme,
      interactive: this.interactive,
      onKind: (kind, on) => this.toggleKind(kind, on),
      onTheme: (theme) => this.setTheme(theme),
    });
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const state = renderDataState(this.data, locale, { empty: msg(locale, 'empty') });
    if (state) return html`<div class="station-map" part="base">${state}</div>`;
    if (this.data.state === 'idle') return html`<div class="station-map" part="base"></div>`;
    const all = this.placed;
    const filtered = this.filtered;
    const view = this.viewport.current;
    const distances = this.distances();
    const selectedPlace = this.selected ? all.find((p) => p.station.id === this.selected) : undefined;
    const kindCounts = new Map<StationKind, number>();
    for (const { station } of all) kindCounts.set(station.kind, (kindCounts.get(station.kind) ?? 0) + 1);
    const rejected = this.data.value?.rejected?.length ?? 0;
    return html`<div class="station-map ${this.compact ? 'station-map--compact' : ''}" part="base">
      ${this.compact ? nothing : this.geolocation.render(locale, this.interactive)}
      ${rejected ? html`<p class="notice" role="note">${msg(locale, 'rejected', { count: rejected })}</p>` : nothing}
      <div class="station-map__layout">
        <div class="station-map__main">
          ${this.compact ? nothing : html`<button class="skip button button--quiet" part="button" type="button" ?hidden=${!this.interactive} @click=${() => this.renderRoot.querySelector<HTMLElement>('#list')?.focus()}>${msg(locale, 'skipToList')}</button>`}
          ${this.renderMapArea(filtered, view)}
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
