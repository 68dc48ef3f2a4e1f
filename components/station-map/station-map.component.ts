import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { STATION_KINDS, type Crs, type GeoPoint, type Locale, type Station, type StationKind, type TownMapLayer } from '../../domain/model.js';
import { chinaDateOf, todayInChina } from '../../domain/calendar/dates.js';
import { isCrs, pointIn, type LngLat } from '../../domain/geo/coordinates.js';
import { byDistance, formatDistance } from '../../domain/geo/distance.js';
import { renderDataState } from '../base/data-state.js';
import { yieldToMain } from '../base/yield.js';
import { LocaleController } from '../base/localize.js';
import { defineNestedQrCodes } from '../base/nested-qr-code.js';
import { GeolocationController } from './geolocation-controller.js';
import { layerHasBoundary } from './layer.js';
import { renderMapArea } from './map-drawing.js';
import type { StationPanelContext } from './parts.js';
import { fittedView, lastCall, orderedPlaces, StationPlaces, type FilteredStations, type PlacedStation } from './places.js';
import { project, unproject, type Viewport } from './projection.js';
import { fillPattern, themesOf, type DeputyRef, type MapStation } from './station-data.js';
import { onDemand, preload, type OnDemandPart } from './on-demand.js';
import { StationSources } from './station-sources.js';
import { LIST_BLOCK, LIST_PAGE, renderStationFilters, renderStationList, scrollListTo } from './station-list.js';
import { msg } from './station-map.messages.js';
import { stationMapStyles } from './station-map.styles.js';
import { ViewportController } from './viewport-controller.js';

/**
 * Entries the list draws before the first paint of a map that has no server-rendered HTML (more
 * than a screenful of the list's box on a wide screen; on a phone the list starts below the map),
 * and how many more each task draws after it until the list holds all it shows: one block.
 */
const LIST_FIRST = LIST_BLOCK;
const LIST_STEP = LIST_BLOCK;

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
 * @csspart last-reception - In the details: the station's last reception (day, deputies present, residents who came).
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

  /** The stations, as in a town's `stations.json` (each may carry its `lastReception`, shown in the details). Wins over `src`. */
  @property({ attribute: false }) stations?: MapStation[];

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

  /** Fixed “today” (YYYY-MM-DD, the whole day) or instant (ISO date-time) for next receptions; by default now, on China's clock. */
  @property() today = '';

  /** The date the HTML was rendered on: the first render uses it so hydration matches, then today. */
  @property({ attribute: 'rendered-at' }) renderedAt = '';

  /** A small map for a station's own page: no filters, list or details. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level of the widget's headings (list, details), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Accessible name of the map. */
  @property() label = '';

  @state() private kinds: ReadonlySet<StationKind> = new Set(STATION_KINDS);
  @state() private theme = '';
  @state() private listLimit = LIST_PAGE;
  /**
   * How many of the list's entries are drawn: all it shows, except after a first render that
   * hydrated nothing, which draws `LIST_FIRST` and the rest in small steps after the first paint
   * (`fillList`). A station selected or located meanwhile draws the whole list at once.
   */
  @state() private listDrawn = Number.POSITIVE_INFINITY;
  /** Counts the parts loaded on demand (details, tiles), so their arrival draws them. */
  @state() private partsLoaded = 0;
  @state() private announcement = '';
  /** The instant the browser took over: a reception that is over today is past. */
  @state() private clientNow = '';
  /**
   * False on the server and in the first (hydrating) render: controls that need script are hidden
   * until it runs, so a page without script shows the map and the list, not dead buttons.
   */
  @state() private interactive = false;

  @query('.map') private mapElement?: HTMLElement;

  private readonly localeController = new LocaleController(this);
  private readonly sources = new StationSources(this);
  private readonly data = this.sources.stations;
  private readonly viewport: ViewportController = new ViewportController(this, {
    fitted: () => this.fittedView(),
    minZoom: () => this.minZoom,
    maxZoom: () => this.maxZoom,
    map: () => this.mapElement,
    pane: () => this.renderRoot.querySelector<HTMLElement>('.map__pane'),
    // The stations the filters let through (all of them when none do): one always stays in view.
    anchors: () => {
      const shown = this.places.filtered.places;
      return (shown.length ? shown : this.places.placed).map((p) => p.world);
    },
  });
  private readonly places: StationPlaces = new StationPlaces({
    stations: () => this.data.value?.stations ?? [],
    crs: () => this.displayCrs,
    kinds: () => this.kinds,
    theme: () => this.theme,
    zoom: () => ({ min: this.minZoom, max: this.maxZoom }),
    layer: () => this.sources.layer,
    withBoundary: () => !!this.reviewNumber,
    user: () => this.geolocation.position,
  });
  /** The filters' counts per kind and the themes present: once per set of stations, not on every render. */
  private readonly legend = lastCall((all: PlacedStation[]) => {
    const kindCounts = new Map<StationKind, number>();
    for (const { station } of all) kindCounts.set(station.kind, (kindCounts.get(station.kind) ?? 0) + 1);
    return { kindCounts, themes: themesOf(all.map((p) => p.station)) };
  });
  /** The list's order, kept while the stations, the filters and the resident's position stay. */
  private readonly ordered = lastCall(orderedPlaces);
  private readonly geolocation = new GeolocationController(this, {
    locale: () => this.locale,
    announce: (text) => (this.announcement = text),
    onLocated: (position) => this.showNearest(position),
  });

  /** The selection this element made itself; any other change of `selected` came from the page. */
  private ownSelection = '';

  /** Handed to `onDemand`: a part that was not loaded yet has arrived. */
  private readonly partLoaded = (): void => {
    this.partsLoaded++;
  };

  /**
   * True until the first render of an element that has no server-rendered HTML to hydrate: that
   * render does not know the map's size yet and another follows at once, so it leaves the markers
   * and labels out instead of drawing them twice.
   */
  private beforeMeasure = false;

  // ── lifecycle ──────────────────────────────────────────────────────────

  override connectedCallback(): void {
    // Before the first update, so hydration renders the same data the server did.
    if (!isServer && this.stations === undefined && !this.src) this.sources.readIsland();
    if (!isServer && !this.hasUpdated && !this.shadowRoot) {
      this.beforeMeasure = true;
      this.listDrawn = LIST_FIRST;
    }
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

  /** Also waits for the redraw after the wheel, arrow keys or zoom buttons have rested. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let pending = this.viewport.pendingCommit; pending; pending = this.viewport.pendingCommit) {
      await pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * The chunk's evaluation, the first update (hydration) and the one it sets off (the real date,
   * the controls that need script) each run in a task of their own: together they blocked input
   * for 400 ms under Lighthouse's 4× CPU slowdown.
   */
  private startingUpdates = 2;

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (isServer || this.startingUpdates <= 0) return super.scheduleUpdate();
    this.startingUpdates--;
    // A render that hydrates the server's HTML must draw what the server drew: the parts it needs first.
    return yieldToMain()
      .then(() => preload(this.partsNeeded()))
      .then(() => super.scheduleUpdate());
  }

  protected override firstUpdated(): void {
    // The server rendered with `rendered-at`; now that hydration is done, use the real date.
    if (!this.today) this.clientNow = new Date().toISOString();
    this.interactive = true;
    // Nothing was server-rendered: the first render left the markers out until the map's size is
    // known, so the render the measurement sets off follows in the same task, and the first frame
    // shows the map with its markers rather than an empty map a frame before them.
    if (this.beforeMeasure) this.startingUpdates = 0;
    this.beforeMeasure = false;
    this.viewport.observe();
    if (this.listDrawn !== Number.POSITIVE_INFINITY) void this.fillList();
  }

  /**
   * The rest of the list, once the map with its markers is painted: a few entries a task, so the
   * first view is not kept waiting for entries below the fold and input never waits long.
   */
  private async fillList(): Promise<void> {
    await this.updateComplete;
    while (this.isConnected && this.listDrawn < Math.min(this.listLimit, this.places.filtered.places.length)) {
      // One block a frame, in a task after the frame is drawn: the map's first view is painted
      // first, and no frame carries more than one block.
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      this.listDrawn += LIST_STEP;
      await this.updateComplete;
    }
    this.listDrawn = Number.POSITIVE_INFINITY;
  }

  protected override updated(): void {
    // A station's details hold its code: its element loads when a code must be drawn or is used.
    defineNestedQrCodes(this.renderRoot);
  }

  // ── derived data ───────────────────────────────────────────────────────

  /** The parts loaded on demand that the next render draws. */
  private partsNeeded(): OnDemandPart[] {
    const parts: OnDemandPart[] = [];
    if (this.tiles) parts.push('tiles');
    if (this.selected && !this.compact) parts.push('details');
    return parts;
  }

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

  /** An instant or a date: the server and the first (hydrating) render use the build's date. */
  private get effectiveNow(): string {
    return this.today || this.clientNow || chinaDateOf(this.renderedAt) || (isServer ? todayInChina() : new Date().toISOString());
  }

  private get effectiveToday(): string {
    return chinaDateOf(this.effectiveNow) ?? todayInChina();
  }

  /** The view to show when the resident has not moved the map: every station, or the selected one. */
  private fittedView(): Viewport {
    const { placed, filtered, user } = this.places;
    const { width, height } = this.viewport.size;
    return this.fitted(width, height, placed, filtered, this.selected, this.compact, user?.x, user?.y, this.minZoom, this.maxZoom);
  }

  /** The viewport asks for the fitted view often (each render, each gesture's bounds): computed once per input. */
  private readonly fitted = lastCall(
    (width: number, height: number, placed: PlacedStation[], filtered: FilteredStations, selected: string, compact: boolean, userX: number | undefined, userY: number | undefined, minZoom: number, maxZoom: number): Viewport =>
      fittedView({ size: { width, height }, placed, filtered, selected, compact, user: userX === undefined || userY === undefined ? undefined : { x: userX, y: userY }, minZoom, maxZoom }),
  );

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

  /**
   * The station's receptions for the next six months as an `.ics` file. The calendar code is
   * imported on first use: most visits never add a reception to a calendar.
   */
  async receptionsIcs(id: string): Promise<string> {
    const station = this.data.value?.stations.find((s) => s.id === id);
    if (!station) throw new Error(`renda-station-map: no station "${id}"`);
    const names = new Map(this.sources.deputies.map((d) => [d.id, d.name]));
    const url = this.stationHref && !isServer ? new URL(fillPattern(this.stationHref, id), document.baseURI).href : undefined;
    const { stationIcs } = await import('../../domain/calendar/ics.js');
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
    if (station) void this.updateComplete.then(() => scrollListTo(this.renderRoot, id));
  }

  /** Pans to the selected station and zooms in until it stands alone, out of any cluster. */
  private revealSelected(): void {
    this.viewport.commit();
    const filtered = this.places.filtered;
    const at = filtered.places.findIndex((p) => p.station.id === this.selected);
    if (at === -1) {
      const anywhere = this.places.placed.find((p) => p.station.id === this.selected);
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
    this.listDrawn = Number.POSITIVE_INFINITY;
    const position = this.ordered(this.places.filtered.places, this.places.distances).findIndex((p) => p.station.id === id);
    if (position >= this.listLimit) this.listLimit = Math.ceil((position + 1) / LIST_PAGE) * LIST_PAGE;
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
    const { clusters, places } = this.places.filtered;
    const leaves = clusters.leaves(clusterId).map((i) => places[i]!.world);
    this.viewport.fit(leaves, { padding: 64, minZoom: this.viewport.current.zoom + 1, maxZoom: this.maxZoom });
    return true;
  }

  private onMapKeyDown(event: KeyboardEvent): void {
    const target = event.target as Element;
    if (target.closest('button, a, select, input')) return;
    // No commit here: arrows and +/− move the drawing as one until they rest (the controller's).
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
    const shown = this.places.filtered.places.length;
    const total = this.places.placed.length;
    this.announcement = shown === 0 ? msg(this.locale, 'noMatch') : msg(this.locale, shown === total ? 'countAll' : 'countFiltered', { shown, total, count: total });
  }

  /** The resident was located: the list by distance, the nearest station selected, both in view. */
  private showNearest(position: LngLat): void {
    this.viewport.commit();
    this.listLimit = LIST_PAGE;
    const places = this.places.filtered.places.length ? this.places.filtered.places : this.places.placed;
    const [nearest] = byDistance(position, places.map((p) => p.wgs84));
    if (!nearest) return;
    const station = places[nearest.index]!.station;
    this.select(station.id, { reveal: false });
    this.announcement = msg(this.locale, 'nearestFound', { name: station.name, distance: formatDistance(nearest.metres, this.locale) });
    // Show the resident and the nearest station together.
    this.viewport.fit([this.places.user!, places[nearest.index]!.world], { padding: 64, minZoom: this.minZoom, maxZoom: 17 });
  }

  private async downloadIcs(station: Station): Promise<void> {
    // With the calendar code, on first use: not on the first screen.
    const [ics, { downloadBlob }] = await Promise.all([this.receptionsIcs(station.id), import('../base/download.js')]);
    downloadBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), `${station.id}-receptions.ics`);
  }

  // ── rendering: the templates are in map-drawing.ts, station-list.ts and station-details.ts ──

  private renderMap(filtered: FilteredStations, view: Viewport): TemplateResult {
    const { locale, label, interactive, selected, tiles, tilesSubdomains, tilesMaxZoom, tilesAttribution, reviewNumber } = this;
    const boundary = !!reviewNumber && layerHasBoundary(this.sources.layer);
    const renderTiles = tiles ? onDemand('tiles', this.partLoaded)?.renderTiles : undefined;
    const drawn = { boundary, fontSize: this.viewport.fontSize, layer: this.places.layer, user: this.places.user, drawMarkers: !this.beforeMeasure, renderTiles };
    // Handlers passed as methods, as before: Lit calls listeners with the element as `this`.
    const events = { gestures: this.viewport, onClick: this.onMapClick, onKeyDown: this.onMapKeyDown, onZoom: (delta: number) => this.viewport.zoomBy(delta), onReset: this.showAll };
    return renderMapArea(filtered, view, { locale, label, interactive, selected, tiles, tilesSubdomains, tilesMaxZoom, tilesAttribution, reviewNumber, ...drawn, ...events });
  }

  /**
   * Everything the map's drawing reads: another render (a list step, an announcement, a filter's
   * count) that changes none of it does not place the markers and labels again.
   */
  private mapInputs(filtered: FilteredStations, view: Viewport): unknown[] {
    const user = this.places.user;
    const { locale, label, interactive, selected, tiles, tilesSubdomains, tilesMaxZoom, tilesAttribution, reviewNumber, beforeMeasure } = this;
    return [filtered, view.x, view.y, view.zoom, view.width, view.height, this.viewport.fontSize, this.places.layer, this.sources.layer, user?.x, user?.y, locale, label, interactive, selected, tiles, tilesSubdomains, tilesMaxZoom, tilesAttribution, reviewNumber, beforeMeasure, this.partsLoaded, this.wordsProbe];
  }

  /**
   * One of the widget's words, read on every render: where a page's words in a language arrive
   * after the language changed (the embed build fills them in place), the guarded parts see the
   * change and draw again with them.
   */
  private get wordsProbe(): string {
    return msg(this.locale, 'listHeading');
  }

  /** What the list, the filters and the details all read. */
  private get panel(): StationPanelContext {
    const { locale, effectiveToday: today, effectiveNow: now, headingLevel, selected, stationHref, interactive, wordsProbe: words } = this;
    return { locale, today, now, headingLevel, selected, stationHref, interactive, words };
  }

  private renderDetails(station: MapStation, distance: number | undefined): TemplateResult | typeof nothing {
    // Loaded on the first choice of a station (embed build); drawn as soon as it is here.
    const part = onDemand('details', this.partLoaded);
    if (!part) return nothing;
    const onClose = () => this.select('', { reveal: false });
    const { qrUrl, deputyHref } = this;
    return part.renderStationDetails(station, { ...this.panel, distance, deputies: this.sources.deputies, qrUrl, deputyHref, onClose, onAddToCalendar: () => void this.downloadIcs(station) });
  }

  private renderList(filtered: FilteredStations, distances: Map<string, number> | undefined, total: number): TemplateResult {
    const onShow = (id: string) => this.select(id, { reveal: true });
    const ordered = this.ordered(filtered.places, distances);
    return renderStationList(filtered, ordered, distances, total, { ...this.panel, limit: this.listLimit, drawn: this.listDrawn, onShow, onMore: () => (this.listLimit += LIST_PAGE) });
  }

  private renderToolbar(kindCounts: Map<StationKind, number>, themes: string[]): TemplateResult {
    const onKind = (kind: StationKind, on: boolean) => this.toggleKind(kind, on);
    return renderStationFilters(kindCounts, themes, { ...this.panel, kinds: this.kinds, theme: this.theme, onKind, onTheme: (theme) => this.setTheme(theme) });
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const state = renderDataState(this.data, locale, { empty: msg(locale, 'empty') });
    if (state) return html`<div class="station-map" part="base">${state}</div>`;
    if (this.data.state === 'idle') return html`<div class="station-map" part="base"></div>`;
    const all = this.places.placed;
    const filtered = this.places.filtered;
    // Where the markers are drawn for; a move in progress is shown by moving them as one.
    const view = this.viewport.drawn;
    const distances = this.places.distances;
    const selectedPlace = this.selected ? all.find((p) => p.station.id === this.selected) : undefined;
    const { kindCounts, themes } = this.legend(all);
    const rejected = this.data.value?.rejected?.length ?? 0;
    return html`<div class="station-map ${this.compact ? 'station-map--compact' : ''}" part="base">
      ${this.compact ? nothing : this.geolocation.render(locale, this.interactive)}
      ${rejected ? html`<p class="notice" role="note">${msg(locale, 'rejected', { count: rejected })}</p>` : nothing}
      <div class="station-map__layout">
        <div class="station-map__main">
          ${this.compact ? nothing : html`<button class="skip button button--quiet" part="button" type="button" ?hidden=${!this.interactive} @click=${() => this.renderRoot.querySelector<HTMLElement>('#list')?.focus()}>${msg(locale, 'skipToList')}</button>`}
          ${guard(this.mapInputs(filtered, view), () => this.renderMap(filtered, view))}
          <p class="map-hint" id="map-hint">${msg(locale, 'keyboardHint')}</p>
          ${this.compact ? nothing : this.renderToolbar(kindCounts, themes)}
          ${!this.compact && selectedPlace ? this.renderDetails(selectedPlace.station, distances?.get(selectedPlace.station.id)) : nothing}
        </div>
        ${this.compact ? nothing : guard([filtered, distances, this.selected, this.listLimit, this.listDrawn, locale, this.wordsProbe, this.effectiveNow, this.stationHref, this.interactive], () => this.renderList(filtered, distances, all.length))}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
