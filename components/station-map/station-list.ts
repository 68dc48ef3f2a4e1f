/** The stations as a list (the map's accessible twin) and the kind and theme filters (its legend). */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { STATION_KINDS, type StationKind } from '../../domain/model.js';
import { nextReceptionAt } from '../../domain/calendar/reception.js';
import { formatDistance } from '../../domain/geo/distance.js';
import { themeLabel } from '../../domain/geo/station-themes.js';
import { formatDate } from '../../domain/text/format.js';
import { STATION_KIND_LABELS } from '../../domain/text/labels.js';
import { heading, kindIcon, type StationPanelContext } from './parts.js';
import type { FilteredStations, PlacedStation } from './places.js';
import { fillPattern } from './station-data.js';
import { msg } from './station-map.messages.js';

/** Stations the list shows at first, and more with each “show more”. */
export const LIST_PAGE = 100;

export interface StationListContext extends StationPanelContext {
  /** How many stations are shown before “show more”. */
  limit: number;
  /**
   * How many of those are drawn yet: fewer only while the list is being filled in after the first
   * paint (the list is marked busy and has no “show more” until it is whole).
   */
  drawn: number;
  /** “Show on map” pressed: the station's id, or '' to clear the selection. */
  onShow: (id: string) => void;
  onMore: () => void;
}

/** `ordered`: the filtered stations in list order (`orderedPlaces`). */
export function renderStationList(filtered: FilteredStations, ordered: PlacedStation[], distances: Map<string, number> | undefined, total: number, context: StationListContext): TemplateResult {
  const { locale } = context;
  const listed = Math.min(context.limit, ordered.length);
  const filling = context.drawn < listed;
  const shown = ordered.slice(0, filling ? context.drawn : listed);
  const rest = ordered.length - listed;
  return html`<section class="list-area" aria-labelledby="list-title">
    ${heading(context.headingLevel, msg(locale, 'listHeading'), 'list-title')}
    <p class="list-area__count">${filtered.places.length === total ? msg(locale, 'countAll', { count: total }) : msg(locale, 'countFiltered', { shown: filtered.places.length, total })}</p>
    <div class="list-area__scroller" id="list" tabindex="-1">
      ${filtered.places.length === 0 ? html`<p class="data-state">${msg(locale, 'noMatch')}</p>` : nothing}
      <ol class="list" part="list" aria-busy=${filling ? 'true' : nothing}>
        ${repeat(
          blocksOf(shown),
          (_, i) => i,
          (block, i) => guard([ordered, i, block.length, distances, context.selected, locale, context.words, context.now, context.stationHref, context.interactive], () => block.map((place) => renderEntry(place, distances, context))),
        )}
      </ol>
      ${rest > 0 && !filling
        ? html`<button class="button list-area__more" part="button" type="button" @click=${context.onMore}>
            ${msg(locale, 'showMore', { count: Math.min(rest, LIST_PAGE), rest })}
          </button>`
        : nothing}
    </div>
  </section>`;
}

/**
 * The list's entries in blocks of `LIST_BLOCK`, each redrawn only when what it shows changed: a
 * step that fills the list in after the first paint builds its new block and touches no other.
 */
export const LIST_BLOCK = 10;

function blocksOf(shown: PlacedStation[]): PlacedStation[][] {
  const blocks: PlacedStation[][] = [];
  for (let at = 0; at < shown.length; at += LIST_BLOCK) blocks.push(shown.slice(at, at + LIST_BLOCK));
  return blocks;
}

function renderEntry(place: PlacedStation, distances: Map<string, number> | undefined, context: StationListContext): TemplateResult {
  const { locale } = context;
  const station = place.station;
  const selected = station.id === context.selected;
  const next = nextReceptionAt(station.reception, station.stops, context.now);
  const distance = distances?.get(station.id);
  return html`<li class="station ${selected ? 'is-selected' : ''}" part="list-item" data-station=${station.id}>
    ${kindIcon(station.kind)}
    <div class="station__text">
      ${context.stationHref ? html`<a class="station__name" href=${fillPattern(context.stationHref, station.id)}>${station.name}</a>` : html`<span class="station__name">${station.name}</span>`}
      <span class="station__meta">${STATION_KIND_LABELS[locale][station.kind]}${station.theme ? ` · ${themeLabel(station.theme, locale)}` : ''}${distance !== undefined ? html` · <strong>${msg(locale, 'distance', { distance: formatDistance(distance, locale) })}</strong>` : ''}</span>
      ${station.address ? html`<span class="station__address">${station.address}</span>` : nothing}
      ${next ? html`<span class="station__next">${msg(locale, station.kind === 'mobile' && next.stop ? 'nextStop' : 'next')}${locale === 'zh-CN' ? '：' : ': '}<time datetime=${next.date}>${formatDate(next.date, locale)}</time>${next.stop ? ` · ${next.stop.place}` : ''}</span>` : nothing}
    </div>
    <button
      class="button station__show"
      part="button"
      type="button"
      ?hidden=${!context.interactive}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${msg(locale, 'showOnMapLabel', { name: station.name })}
      @click=${() => context.onShow(selected ? '' : station.id)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 21s-6-5.3-6-10a6 6 0 0 1 12 0c0 4.7-6 10-6 10z" fill="none"></path><circle cx="12" cy="11" r="2"></circle></svg>
      <span class="station__show-text">${msg(locale, 'showOnMap')}</span>
    </button>
  </li>`;
}

/** Scrolls the list's own box so the station's entry shows. */
export function scrollListTo(root: ParentNode, id: string): void {
  const list = root.querySelector<HTMLElement>('.list-area__scroller');
  const item = root.querySelector<HTMLElement>(`.station[data-station="${CSS.escape(id)}"]`);
  // Only inside the list's own scroll box (wide layouts): never yank the whole page on a phone.
  if (list && item && list.scrollHeight > list.clientHeight + 1) {
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top - 8;
  }
}

export interface StationFiltersContext extends StationPanelContext {
  kinds: ReadonlySet<StationKind>;
  theme: string;
  onKind: (kind: StationKind, on: boolean) => void;
  onTheme: (theme: string) => void;
}

/** The kind filters double as the map's legend (shape, colour, name), so they sit under it. */
export function renderStationFilters(kindCounts: Map<StationKind, number>, themes: string[], context: StationFiltersContext): TemplateResult {
  const { locale } = context;
  return html`<div class="toolbar" part="toolbar" ?hidden=${!context.interactive}>
    <fieldset class="filters">
      <legend class="filters__legend">${msg(locale, 'kinds')}</legend>
      ${STATION_KINDS.filter((kind) => kindCounts.get(kind)).map(
        (kind) => html`<label class="chip">
          <input type="checkbox" .checked=${context.kinds.has(kind)} @change=${(e: Event) => context.onKind(kind, (e.target as HTMLInputElement).checked)} />
          ${kindIcon(kind)}<span>${STATION_KIND_LABELS[locale][kind]}</span> <span class="chip__count">(${kindCounts.get(kind)})</span>
        </label>`,
      )}
    </fieldset>
    ${themes.length
      ? html`<label class="theme">
          <span>${msg(locale, 'theme')}</span>
          <select class="theme__select" @change=${(e: Event) => context.onTheme((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!context.theme}>${msg(locale, 'allThemes')}</option>
            ${themes.map((theme) => html`<option value=${theme} ?selected=${context.theme === theme}>${themeLabel(theme, locale)}</option>`)}
          </select>
        </label>`
      : nothing}
  </div>`;
}
