import { adoptStyles, html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Locale, PublicSuggestion, SuggestionSource } from '../../domain/model.js';
import { todayInChina } from '../../domain/calendar/dates.js';
import { suggestionsCsv, suggestionsJson, type NameLookup } from '../../domain/suggestions/export.js';
import { trackerStats, type TrackerStats } from '../../domain/suggestions/figures.js';
import type { SuggestionStanding } from '../../domain/suggestions/loop.js';
import { formatDate, formatNumber } from '../../domain/text/format.js';
import { OUTCOME_LABELS, SATISFACTION_LABELS, SOURCE_LABELS, STAGE_LABELS } from '../../domain/text/suggestion-labels.js';
import { JsonDataController } from '../base/data-controller.js';
import { yieldToMain } from '../base/yield.js';
import { renderDataState, renderError, renderStatus, errorMessage } from '../base/data-state.js';
import { heading } from '../base/heading.js';
import { LocaleController } from '../base/localize.js';
import { renderDetail, type DetailContext } from './detail-view.js';
import { facetOptions, renderFilters, type FiltersContext, type MenuName, type MenuOption } from './filters-view.js';
import { renderOverview, type OverviewContext } from './overview-view.js';
import { RendaSuggestionSelectEvent, RendaViewChangeEvent } from './events.js';
import { msg, type MessageKey } from './messages.js';
import { suggestionTrackerStyles } from './suggestion-tracker.styles.js';
import { DEFAULT_VIEW, isFiltered, sameView, type ViewState } from './url-state.js';
import { UrlSyncController, type HistoryWrite } from './url-sync-controller.js';
import { EMPTY_FILTERS, TrackerModel, type Facets, type SortKey, type TrackerFilters, type TrackerScope } from './view.js';
import { VirtualListController } from './virtual-list-controller.js';

/** A deputy or station: all the tracker needs to show a name instead of an id. */
export interface NamedRecord {
  id: string;
  name: string;
}

const ANNOUNCE_DELAY = 700;

function parseSuggestions(json: unknown): PublicSuggestion[] {
  const list = Array.isArray(json) ? json : (json as { suggestions?: unknown } | null)?.suggestions;
  if (!Array.isArray(list)) throw new Error('expected { "suggestions": [...] }');
  list.forEach((s: Partial<PublicSuggestion>, i) => {
    if (typeof s?.id !== 'string' || typeof s.title !== 'string' || !Array.isArray(s.history) || s.history.length === 0)
      throw new Error(`suggestions[${i}] needs an id, a title and a history`);
    s.deputies ??= [];
  });
  return list as PublicSuggestion[];
}

const parseNamed = (key: 'deputies' | 'stations') => (json: unknown): NamedRecord[] => {
  const list = Array.isArray(json) ? json : (json as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new Error(`expected { "${key}": [...] }`);
  return list.filter((r): r is NamedRecord => typeof r?.id === 'string' && typeof r.name === 'string');
};

function downloadText(text: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const toMap = (records: readonly NamedRecord[] | undefined) => new Map((records ?? []).map((r) => [r.id, r.name]));

/**
 * @summary Every suggestion on its closed loop (递交 → 受理 → 审核 → 转办 → 答复 → 反馈 → 评议), in
 * public: where each stands, its reply deadline, how it ended. An overview (per-stage counts,
 * on-time rate, 办成率 beside 满意率, overdue items), a searchable, filterable list that stays
 * fast at 10,000 items, each suggestion's timeline, and CSV/JSON export of the current view.
 *
 * @tagname renda-suggestion-tracker
 *
 * @slot more - Shown after the first page of the list when the page is read without JavaScript
 *   (server-rendered): the town site puts links to the remaining suggestions here.
 * @slot rating - A suggestion's own view shows this under its outcome: the place for a rating
 *   widget such as `<renda-vote kind="rating">`; point it at the open suggestion on `renda-suggestion-select`.
 *
 * @event {RendaSuggestionSelectEvent} renda-suggestion-select - A suggestion's view opened (`suggestionId`) or closed (`null`).
 * @event {RendaViewChangeEvent} renda-view-change - The filters, search or sort changed (`view`, `count`).
 *
 * @csspart base - The whole tracker.
 * @csspart overview - The figures: totals, rates, per-stage counts.
 * @csspart tile - Each figure in the overview.
 * @csspart overdue-callout - The line calling out overdue items.
 * @csspart filters - The search and filter form.
 * @csspart search - The search box.
 * @csspart count - The line saying how many suggestions are listed.
 * @csspart list - The list of suggestions.
 * @csspart row - One suggestion in the list.
 * @csspart row-link - A suggestion's title link.
 * @csspart badge - A stage or deadline badge.
 * @csspart detail - One suggestion's own view.
 * @csspart clock - The reply deadline box of a suggestion's view.
 * @csspart timeline - The steps of a handling round.
 * @csspart button - Every button.
 *
 * @cssproperty [--renda-tracker-gap=var(--renda-space-4)] - Space between the tracker's sections.
 * @cssproperty [--renda-tracker-tile-min=9em] - Narrowest width of an overview figure.
 * @cssproperty [--renda-tracker-bar=var(--renda-color-accent)] - Colour of the per-stage bars.
 */
export class RendaSuggestionTracker extends LitElement {
  static override styles = suggestionTrackerStyles;

  /** The suggestions, as published (`{ suggestions }` of the town's `data/suggestions.json`). Wins over `src`. */
  @property({ attribute: false }) suggestions?: PublicSuggestion[];

  /** URL of the town's published `data/suggestions.json`. */
  @property() src?: string;

  /** Narrows to one deputy's suggestions (the deputy's id): for a deputy's page. */
  @property() deputy?: string;

  /** Narrows to one station's suggestions (the station's id): for a station's page. */
  @property() station?: string;

  /** Narrows to one category, e.g. `道路交通`. */
  @property() category?: string;

  /** Narrows to the suggestions submitted in one year, e.g. `2025`. */
  @property() year?: string;

  /** Deputies' names by id (`[{ id, name }]`), so the list shows names. Wins over `deputies-src`. */
  @property({ attribute: false }) deputies?: NamedRecord[];

  /** URL of the town's `data/deputies.json`, for deputies' names. */
  @property({ attribute: 'deputies-src' }) deputiesSrc?: string;

  /** Stations' names by id. Wins over `stations-src`. */
  @property({ attribute: false }) stations?: NamedRecord[];

  /** URL of the town's `data/stations.json`, for stations' names. */
  @property({ attribute: 'stations-src' }) stationsSrc?: string;

  /** The day the deadline clocks are read on (`YYYY-MM-DD`); today in China by default. */
  @property() today?: string;

  /**
   * Where a suggestion's title links to, `{id}` replaced: e.g. `/fengquan/suggestions/{id}/` for
   * the town site's own page. Without it, a title opens the suggestion's view inside the tracker.
   */
  @property({ attribute: 'item-href' }) itemHref?: string;

  /** Keeps filters and search out of the page's URL (then Back does not step through them). */
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  /** Prefix for the tracker's URL parameters, to keep two trackers on one page apart. */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';

  /**
   * Rows shown at a time: the first page (also on a server-rendered page without JavaScript), then
   * a “show more” button adds as many again. Without it the whole list scrolls (virtualized), its
   * first 20 rows drawn before it is measured.
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;

  /** Level of the tracker's top headings (2–6); its inner headings go one deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Accessible name of the tracker; “建议办理跟踪” by default. */
  @property() label = '';

  @state() private view: ViewState = DEFAULT_VIEW;
  @state() private announcement = '';
  /** With `page-size`: how many rows of the result are listed so far. */
  @state() private shown = 0;
  /** The more-filters panel has been opened or headed for: its menus stay drawn (filters-view.ts). */
  @state() private moreFiltersShown = false;

  private readonly localeController = new LocaleController(this);
  private readonly data = new JsonDataController<PublicSuggestion[]>(this, {
    src: () => this.src,
    data: () => this.suggestions,
    parse: parseSuggestions,
  });
  private readonly deputyData = new JsonDataController<NamedRecord[]>(this, {
    src: () => this.deputiesSrc,
    data: () => this.deputies,
    parse: parseNamed('deputies'),
  });
  private readonly stationData = new JsonDataController<NamedRecord[]>(this, {
    src: () => this.stationsSrc,
    data: () => this.stations,
    parse: parseNamed('stations'),
  });

  private model?: TrackerModel;
  private preparedModel?: TrackerModel;
  private result: Int32Array = new Int32Array(0);
  private resultKey = '';
  private stats?: TrackerStats;
  private facetCache?: { key: string; facets: Facets; total: number };
  private menuCache?: { key: readonly unknown[]; options: Record<MenuName, MenuOption[]> };
  private names: NameLookup = {};
  private namesKey: [unknown, unknown] = [undefined, undefined];

  private readonly url = new UrlSyncController(this, {
    enabled: () => !this.noUrl,
    prefix: () => this.urlPrefix,
    itemPages: () => !!this.itemHref,
    onHistoryMove: () => this.onHistoryMove(),
  });
  private readonly rows = new VirtualListController(this, { result: () => this.listed, paused: () => !!this.view.open });

  /** Markup a server rendered into our shadow root, shown until our own first render has data. */
  private serverNodes?: ChildNode[];
  private announceTimer?: ReturnType<typeof setTimeout>;
  private scrollBeforeOpen?: number;
  private focusAfterRender?: 'detail' | string;
  private lastAnnounced = '';

  /** How many suggestions the current view holds. */
  get count(): number {
    return this.result.length;
  }

  /** The current filters, search, sort and open suggestion. */
  get viewState(): ViewState {
    return this.view;
  }

  set viewState(view: ViewState) {
    this.setView(view, 'none');
  }

  /** The current view as CSV (the locale's words, one date column per stage). */
  exportCsv(): string {
    const model = this.currentModel();
    if (!model) return '';
    return suggestionsCsv(model.suggestions, model.standings, this.result, { locale: this.locale, names: this.names, ...this.linkOption() });
  }

  /** The current view as JSON (codes, full history, computed clock per round). */
  exportJson(): string {
    const model = this.currentModel();
    if (!model) return '';
    return suggestionsJson(model.suggestions, model.standings, this.result, {
      asOf: model.today,
      view: { scope: this.scope, filters: this.view.filters, sort: this.view.sort },
      ...this.linkOption(),
    });
  }

  private linkOption(): { link?: (id: string) => string } {
    if (!this.itemHref || isServer) return {};
    return { link: (id) => new URL(this.hrefFor(id), document.baseURI).href };
  }

  private get locale(): Locale {
    return this.localeController.locale;
  }

  private get scope(): TrackerScope {
    const scope: TrackerScope = {};
    if (this.deputy) scope.deputy = this.deputy;
    if (this.station) scope.station = this.station;
    if (this.category) scope.category = this.category;
    if (this.year) scope.year = this.year;
    return scope;
  }

  private get interactive(): boolean {
    return !isServer;
  }

  private currentModel(): TrackerModel | undefined {
    const list = this.data.value;
    if (!list) return undefined;
    const today = this.today || todayInChina();
    if (!this.model || this.model.suggestions !== list || this.model.today !== today) {
      // The server never searches: no pinyin table there.
      this.model = new TrackerModel(list, today, isServer ? null : undefined);
      this.resultKey = '';
      this.facetCache = undefined;
    }
    return this.model;
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Server-rendered (declarative shadow DOM on the town site): keep that markup on screen until
    // the data has loaded, then render afresh. Hydrating in place would need the client's first
    // render to match the server's exactly, and the data only arrives later, by `src`.
    if (!isServer && this.shadowRoot) {
      this.serverNodes = [...this.shadowRoot.childNodes];
      adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
      return this.shadowRoot;
    }
    return super.createRenderRoot();
  }

  /**
   * Until the tracker has drawn its data, each update runs in a task of its own (the chunk's
   * evaluation, hydration, and the render that replaces the server's markup), so none adds to the
   * others' time blocking input. The data's model (each suggestion's standing) is made in a task
   * before that render's.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (isServer || (this.hasUpdated && !this.serverNodes)) return super.scheduleUpdate();
    return yieldToMain().then(async () => {
      const before = this.model;
      if (this.currentModel() !== before) await yieldToMain();
      return super.scheduleUpdate();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    if (!this.noUrl) this.readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const model = this.currentModel();
    if (!model) return;
    const { filters, sort } = this.view;
    const key = `${JSON.stringify([this.scope, filters, sort])}`;
    if (key !== this.resultKey) {
      const firstResult = this.resultKey === '';
      this.resultKey = key;
      this.result = model.apply(this.scope, filters, sort);
      this.stats = trackerStats(model.suggestions, model.standings, this.result);
      this.shown = this.pageLength;
      // The server draws a page of rows; the browser's first render a screenful, and the rows
      // near the screen follow a frame later (the virtual list), so the render that replaces the
      // server's markup stays short on a slow phone.
      this.rows.reset(!this.interactive ? this.pageLength : firstResult ? this.rows.screenful(this.pageLength) : Math.max(this.rows.rowCount, this.pageLength));
      if (!firstResult) this.scheduleAnnouncement();
      if (this.interactive && !firstResult) this.dispatchEvent(new RendaViewChangeEvent(this.view, this.result.length));
    }
    const deputies = this.deputyData.value;
    const stations = this.stationData.value;
    if (deputies !== this.namesKey[0] || stations !== this.namesKey[1]) {
      this.namesKey = [deputies, stations];
      this.names = { deputies: toMap(deputies), stations: toMap(stations) };
    }
    if (this.serverNodes && this.readyToReplaceServerMarkup()) {
      for (const node of this.serverNodes) node.remove();
      this.serverNodes = undefined;
    }
    void changed;
  }

  /** Names still loading would turn names into ids for a moment: wait for them too. */
  private readyToReplaceServerMarkup(): boolean {
    const settled = (state: string) => state !== 'loading';
    return this.data.state === 'ready' && settled(this.deputyData.state) && settled(this.stationData.state);
  }

  protected override updated(): void {
    if (!this.interactive) return;
    if (this.focusAfterRender) {
      const target = this.focusAfterRender;
      this.focusAfterRender = undefined;
      if (target === 'detail') {
        (this.renderRoot.querySelector('#detail-title') as HTMLElement | null)?.focus();
      } else {
        if (this.scrollBeforeOpen !== undefined) window.scrollTo({ top: this.scrollBeforeOpen, behavior: 'instant' });
        this.scrollBeforeOpen = undefined;
        const link = [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('a[data-id]')].find((a) => a.dataset.id === target);
        link?.focus({ preventScroll: true });
      }
    }
    this.prepareSearchWhenIdle();
  }

  /**
   * The first keystroke should not pay for the search index: its text is ready while the reader
   * reads (a few milliseconds); the pinyin initials, whose collator costs about 100 ms on a slow
   * phone, when the search box gets focus (`prepareLatinSearch`).
   */
  private prepareSearchWhenIdle(): void {
    const model = this.model;
    if (!model || this.preparedModel === model) return;
    this.preparedModel = model;
    const idle = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 200));
    idle(() => this.model === model && model.prepareSearch());
  }

  /** In a task of its own, after the focus is drawn and before the first letter is typed. */
  private prepareLatinSearch(): void {
    const model = this.model;
    if (model) void yieldToMain().then(() => this.model === model && model.prepareSearch(true));
  }

  // ---------------------------------------------------------------------------------------------
  // View state and the URL

  /** `focus`: move focus to a suggestion the URL opens (after Back/Forward, not on page load). */
  private readUrl(focus = false): void {
    const next = this.url.read();
    if (!sameView(next, this.view)) {
      this.view = next;
      if (next.open && focus) this.focusAfterRender = 'detail';
    }
  }

  private onHistoryMove(): void {
    const wasOpen = this.view.open;
    this.readUrl(true);
    if (wasOpen && !this.view.open) {
      this.focusAfterRender = wasOpen;
      this.dispatchEvent(new RendaSuggestionSelectEvent(null));
    } else if (this.view.open && this.view.open !== wasOpen) this.dispatchEvent(new RendaSuggestionSelectEvent(this.view.open));
  }

  /** `push`: a new history entry (Back undoes it); `replace`: amend the current one; `none`: URL untouched. */
  private setView(next: ViewState, how: HistoryWrite): void {
    this.view = next;
    this.url.write(next, how);
  }

  private setFilters(patch: Partial<TrackerFilters>): void {
    this.url.searchEntry = false;
    this.setView({ ...this.view, filters: { ...this.view.filters, ...patch } }, 'push');
  }

  private onSearchInput(event: Event): void {
    const q = (event.target as HTMLInputElement).value;
    // The first keystroke adds a history entry, later ones amend it: Back undoes the whole search.
    const how = this.url.searchEntry ? 'replace' : 'push';
    this.url.searchEntry = true;
    this.setView({ ...this.view, filters: { ...this.view.filters, q } }, how);
  }

  private onSearchDone(): void {
    this.url.finishSearch(this.view);
  }

  private onSelect(name: keyof TrackerFilters, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.setFilters({ [name]: value === '' ? undefined : value } as Partial<TrackerFilters>);
  }

  private onSort(event: Event): void {
    this.url.searchEntry = false;
    this.setView({ ...this.view, sort: (event.target as HTMLSelectElement).value as SortKey }, 'push');
  }

  private resetFilters(): void {
    this.setFilters({ ...EMPTY_FILTERS, stage: undefined, category: undefined, source: undefined, outcome: undefined, satisfaction: undefined, deputy: undefined, station: undefined, year: undefined });
    (this.renderRoot.querySelector('#q') as HTMLInputElement | null)?.focus();
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    // After typing pauses: a screen reader reading every intermediate count would drown the typing.
    this.announceTimer = setTimeout(() => {
      const text = this.countText();
      this.announcement = text === this.lastAnnounced ? `${text}\u00a0` : text;
      this.lastAnnounced = this.announcement;
    }, ANNOUNCE_DELAY);
  }

  private countText(): string {
    const total = this.model ? (this.facets(this.model), this.facetCache!.total) : 0;
    const n = this.result.length;
    return isFiltered(this.view.filters) ? this.t('countFiltered', { n, total }) : this.t('count', { n });
  }

  private hrefFor(id: string): string {
    if (this.itemHref) return this.itemHref.replaceAll('{id}', encodeURIComponent(id));
    if (isServer) return `?${this.urlPrefix}suggestion=${encodeURIComponent(id)}`;
    return this.url.href({ ...this.view, open: id });
  }

  private onListClick(event: MouseEvent): void {
    if (this.itemHref || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-id]');
    if (!link) return;
    event.preventDefault();
    this.open(link.dataset.id!);
  }

  private open(id: string): void {
    this.scrollBeforeOpen = window.scrollY;
    this.url.searchEntry = false;
    this.url.openedByPush = !this.noUrl;
    this.focusAfterRender = 'detail';
    this.setView({ ...this.view, open: id }, 'push');
    this.dispatchEvent(new RendaSuggestionSelectEvent(id));
  }

  private close(): void {
    const id = this.view.open;
    if (this.url.openedByPush) {
      // Our own entry: going back keeps the history as if the reader had pressed Back.
      history.back();
      return;
    }
    this.focusAfterRender = id;
    this.setView({ ...this.view, open: undefined }, 'push');
    this.dispatchEvent(new RendaSuggestionSelectEvent(null));
  }

  private download(kind: 'csv' | 'json'): void {
    const name = ['suggestions', this.deputy, this.station, this.category, this.year, this.model?.today].filter(Boolean).join('-');
    if (kind === 'csv') downloadText(this.exportCsv(), 'text/csv;charset=utf-8', `${name}.csv`);
    else downloadText(this.exportJson(), 'application/json', `${name}.json`);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  /**
   * Messages with numbers formatted by a cached formatter: building an `Intl.NumberFormat` per
   * call (as `formatNumber` does) was the largest single cost of a keystroke at 10,000 items.
   */
  private t(key: MessageKey, params?: Record<string, string | number>): string {
    if (!params) return msg(this.locale, key);
    const formatted: Record<string, string> = {};
    for (const [name, value] of Object.entries(params)) formatted[name] = typeof value === 'number' ? this.number(value) : value;
    return msg(this.locale, key, formatted);
  }

  private number(value: number): string {
    return formatNumber(value, this.locale);
  }

  private readonly dates = new Map<string, string>();

  private date(date: string | undefined): string {
    if (!date) return '';
    const key = `${this.locale} ${date}`;
    let text = this.dates.get(key);
    if (text === undefined) {
      text = formatDate(date, this.locale);
      if (this.dates.size > 5000) this.dates.clear();
      this.dates.set(key, text);
    }
    return text;
  }

  private deputyName(id: string): string {
    return this.names.deputies?.get(id) ?? id;
  }

  private stationName(id: string): string {
    return this.names.stations?.get(id) ?? id;
  }

  /** A step's actor is a deputy id, a station id, or a department's name as written. */
  private actorName(actor: string): string {
    return this.names.deputies?.get(actor) ?? this.names.stations?.get(actor) ?? actor;
  }

  override render(): TemplateResult | typeof nothing {
    const locale = this.locale;
    const label = this.label || this.t('label');
    if (this.serverNodes) {
      // Server markup still on screen: add only what it cannot say (a load error), nothing else.
      if (this.data.state === 'error')
        return renderError(errorMessage(this.data.error ?? { kind: 'http' }, locale), locale, () => this.data.retry());
      return nothing;
    }
    const state = renderDataState(this.data, locale, { empty: this.t('empty') });
    if (state) return html`<section class="tracker" part="base" aria-label=${label}>${state}</section>`;
    const model = this.currentModel();
    if (!model || !this.stats) return nothing;
    if (this.view.open && !this.itemHref) return html`<section class="tracker" part="base" aria-label=${label}>${renderDetail(this.detailContext(), model, this.view.open)}</section>`;
    const inScope = this.stats.total > 0 || isFiltered(this.view.filters);
    return html`<section class="tracker" part="base" aria-label=${label}>
      ${inScope
        ? html`${renderOverview(this.overviewContext(), this.stats)} ${this.interactive ? renderFilters(this.filtersContext(model)) : nothing} ${this.renderList(model)}`
        : renderStatus(this.t('empty'), 'empty')}
    </section>`;
  }

  private facets(model: TrackerModel): Facets {
    const key = JSON.stringify(this.scope);
    if (this.facetCache?.key !== key) this.facetCache = { key, facets: model.facets(this.scope), total: model.scoped(this.scope).length };
    return this.facetCache.facets;
  }

  /** The menus' options change with the data, the scope, the names and the language; not per keystroke. */
  private menuOptions(model: TrackerModel): Record<MenuName, MenuOption[]> {
    const facets = this.facets(model);
    const key = [facets, this.locale, this.names] as const;
    if (this.menuCache && this.menuCache.key.every((part, i) => part === key[i])) return this.menuCache.options;
    const locale = this.locale;
    const t = (key: MessageKey, params?: Record<string, string | number>) => this.t(key, params);
    const options = {
      category: facetOptions(t, facets.category, (v) => v),
      source: facetOptions(t, facets.source, (v) => SOURCE_LABELS[locale][v as SuggestionSource] ?? v),
      deputy: facetOptions(t, facets.deputy, (v) => this.deputyName(v)),
      station: facetOptions(t, facets.station, (v) => this.stationName(v)),
      year: facetOptions(t, facets.year, (v) => this.t('yearValue', { year: v })),
    };
    this.menuCache = { key, options };
    return options;
  }

  /** Rows in one page: `page-size`, or 20 for the first render of an unpaged list. */
  private get pageLength(): number {
    return Math.max(1, Math.trunc(this.pageSize ?? 20) || 20);
  }

  /** Whether the list grows by pages (`page-size` given, in the browser) instead of scrolling whole. */
  private get paged(): boolean {
    return this.pageSize !== undefined && this.interactive;
  }

  /** The part of the result the list holds: all of it, or the pages shown so far. */
  private get listed(): Int32Array {
    return this.paged && this.shown < this.result.length ? this.result.subarray(0, this.shown) : this.result;
  }

  private showMore(): void {
    const firstNew = this.shown;
    this.shown += this.pageLength;
    this.rows.grow(this.pageLength);
    // Keep the reader's place: focus the first new row's link once it is drawn.
    const next = this.result[firstNew];
    this.focusAfterRender = next === undefined ? undefined : this.model?.suggestions[next]?.id;
  }

  private renderList(model: TrackerModel): TemplateResult {
    const total = this.result.length;
    const hidden = this.paged ? Math.max(0, total - this.shown) : 0;
    const { start, end } = this.rows.range;
    let padding = {};
    if (this.interactive) {
      const [above, below] = this.rows.paddingForRender();
      padding = { paddingBlockStart: `${above}px`, paddingBlockEnd: `${below}px` };
    }
    const rows: number[] = [];
    for (let k = start; k < end; k++) rows.push(k);
    const rest = total - end;
    return html`<section class="results" aria-labelledby="list-title">
      ${heading(this.headingLevel, this.t('list'), { id: 'list-title', cls: 'section-title' })}
      <p class="count" part="count">${this.countText()}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${total === 0
        ? html`<p class="no-match">${this.t('noMatch')}</p>`
        : html`<ol class="list" part="list" role="list" aria-labelledby="list-title" style=${styleMap(padding)} @click=${this.onListClick}>
            ${repeat(
              rows,
              (k) => this.result[k]!,
              (k) => this.renderRow(model, this.result[k]!, k, total),
            )}
          </ol>`}
      ${hidden > 0
        ? html`<p class="more-rows"><button class="button" part="button show-more" type="button" @click=${this.showMore}>${this.t('showMore', { n: Math.min(hidden, this.pageLength), rest: hidden })}</button></p>`
        : nothing}
      ${!this.interactive && rest > 0
        ? html`<p class="note">${this.t('moreOnServer', { shown: end, total })}</p>
            <slot name="more"></slot>`
        : nothing}
    </section>`;
  }

  private stageBadge(st: SuggestionStanding): TemplateResult {
    const kind = st.overdue ? 'overdue' : st.finished ? 'finished' : 'open';
    return html`<span class="badge badge--${kind}" part="badge">${STAGE_LABELS[this.locale][st.stage]}</span>`;
  }

  private renderRow(model: TrackerModel, i: number, k: number, total: number): TemplateResult {
    const s = model.suggestions[i]!;
    const st = model.standings[i]!;
    const t = this.t.bind(this);
    const sep = t('listSeparator');
    const meta = [
      s.category,
      s.deputies.length ? t('deputies', { names: s.deputies.map((d) => this.deputyName(d)).join(sep) }) : '',
      s.station ? this.stationName(s.station) : '',
      st.department ?? '',
    ].filter(Boolean);
    const clock = st.clock;
    const result = [s.outcome ? OUTCOME_LABELS[this.locale][s.outcome] : '', s.satisfaction ? SATISFACTION_LABELS[this.locale][s.satisfaction] : ''].filter(Boolean);
    return html`<li class="row" part="row" data-index=${i} aria-posinset=${k + 1} aria-setsize=${total}>
      <div class="row__head">
        ${heading(this.headingLevel + 1, html`<a class="row__link" part="row-link" data-id=${s.id} href=${this.hrefFor(s.id)}>${s.title}</a>`, { cls: 'row__title' })}
        <span class="row__badges">${this.stageBadge(st)}${st.reopenedCount > 0 ? html`<span class="badge badge--reopened" part="badge">${STAGE_LABELS[this.locale].reopened}</span>` : nothing}</span>
      </div>
      <p class="row__meta"><span class="row__id">${s.id}</span>${meta.map((m) => html`<span>${m}</span>`)}</p>
      <p class="row__dates">
        <span>${t('submittedOn', { date: this.date(st.submittedOn) })}</span>
        <span>${st.finished ? t('daysTaken', { n: st.daysOpen }) : t('daysOpen', { n: st.daysOpen })}</span>
        ${clock?.due && clock.status !== 'on-time' && clock.status !== 'late'
          ? html`<span class=${st.overdue ? 'row__overdue' : ''}>${st.overdue ? t('overdueBadge', { n: clock.days ?? 0 }) : t('due', { date: this.date(clock.due) })}</span>`
          : nothing}
      </p>
      ${result.length ? html`<p class="row__result">${result.map((r) => html`<span>${r}</span>`)}</p>` : nothing}
    </li>`;
  }

  private overviewContext(): OverviewContext {
    return {
      locale: this.locale,
      headingLevel: this.headingLevel,
      filters: this.view.filters,
      interactive: this.interactive,
      t: (key, params) => this.t(key, params),
      number: (value) => this.number(value),
      showOverdue: () => this.setFilters({ overdue: true }),
    };
  }

  private filtersContext(model: TrackerModel): FiltersContext {
    return {
      locale: this.locale,
      filters: this.view.filters,
      sort: this.view.sort,
      menus: () => this.menuOptions(model),
      moreShown: this.moreFiltersShown,
      onMoreWanted: () => (this.moreFiltersShown = true),
      fixed: { category: this.category, deputy: this.deputy, station: this.station, year: this.year },
      resultCount: this.result.length,
      t: (key, params) => this.t(key, params),
      onSearchInput: (event) => this.onSearchInput(event),
      onSearchFocus: () => this.prepareLatinSearch(),
      onSearchDone: () => this.onSearchDone(),
      onSelect: (name, event) => this.onSelect(name, event),
      onSort: (event) => this.onSort(event),
      setFilters: (patch) => this.setFilters(patch),
      reset: () => this.resetFilters(),
      download: (kind) => this.download(kind),
    };
  }

  private detailContext(): DetailContext {
    return {
      locale: this.locale,
      headingLevel: this.headingLevel,
      t: (key, params) => this.t(key, params),
      date: (date) => this.date(date),
      deputyName: (id) => this.deputyName(id),
      stationName: (id) => this.stationName(id),
      actorName: (actor) => this.actorName(actor),
      stageBadge: (standing) => this.stageBadge(standing),
      close: () => this.close(),
    };
  }
}
