/** The tracker's search and filter form: search, stage, sort, overdue only, more filters, reset and export. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { OUTCOMES, SATISFACTIONS, STAGES, type Locale } from '../../domain/model.js';
import { OUTCOME_LABELS, SATISFACTION_LABELS, STAGE_LABELS } from '../../domain/text/suggestion-labels.js';
import type { MessageKey } from './messages.js';
import { isFiltered } from './url-state.js';
import type { FacetValue, SortKey, TrackerFilters } from './view.js';

export interface MenuOption {
  value: string;
  label: string;
}

export type MenuName = 'category' | 'source' | 'deputy' | 'station' | 'year';

export interface FiltersContext {
  locale: Locale;
  filters: TrackerFilters;
  sort: SortKey;
  /** The menus whose options come from the data (counted when the more-filters panel is drawn). */
  menus(): Record<MenuName, MenuOption[]>;
  /** Whether the reader has opened, or headed for, the more-filters panel: its menus are drawn from then on. */
  moreShown: boolean;
  /** The reader opens the panel, or points at, touches or focuses its summary: draw its menus. */
  onMoreWanted(): void;
  /** Filters the page fixed by attribute: their menus are not offered. */
  fixed: { category?: string | undefined; deputy?: string | undefined; station?: string | undefined; year?: string | undefined };
  resultCount: number;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  onSearchInput(event: Event): void;
  /** The reader is about to type: ready what a query of Latin letters needs. */
  onSearchFocus(): void;
  onSearchDone(): void;
  onSelect(name: keyof TrackerFilters, event: Event): void;
  onSort(event: Event): void;
  setFilters(patch: Partial<TrackerFilters>): void;
  reset(): void;
  download(kind: 'csv' | 'json'): void;
}

function renderSelect(v: FiltersContext, name: keyof TrackerFilters, id: string, options: MenuOption[]): TemplateResult {
  const current = (v.filters[name] as string | undefined) ?? '';
  return html`<div class="field">
    <label for=${id}>${v.t(name as MessageKey)}</label>
    <select id=${id} @change=${(e: Event) => v.onSelect(name, e)}>
      <option value="" .selected=${live(current === '')}>${v.t('any')}</option>
      ${options.map((o) => html`<option value=${o.value} .selected=${live(current === o.value)}>${o.label}</option>`)}
    </select>
  </div>`;
}

export function facetOptions(t: FiltersContext['t'], values: FacetValue[], label: (value: string) => string): MenuOption[] {
  return values.map(({ value, count }) => ({ value, label: t('facetCount', { label: label(value), n: count }) }));
}

export function renderFilters(v: FiltersContext): TemplateResult {
  const { filters, sort } = v;
  const locale = v.locale;
  const more = ['category', 'source', 'outcome', 'satisfaction', 'deputy', 'station', 'year'] as const;
  const moreOpen = more.some((name) => filters[name] !== undefined);
  // The panel's menus (a hundred options or more, counted from the data) are drawn once it is
  // open or about to be: the render that replaces the server's list stays short on a slow phone.
  const menus = moreOpen || v.moreShown ? v.menus() : undefined;
  const sorts: [SortKey, MessageKey][] = [['newest', 'sortNewest'], ['oldest', 'sortOldest'], ['days-open', 'sortDaysOpen'], ['deadline', 'sortDeadline']];
  return html`<form class="filters" part="filters" role="search" aria-label=${v.t('filters')} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field field--search">
      <label for="q">${v.t('search')}</label>
      <input
        id="q"
        part="search"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${v.t('searchPlaceholder')}
        aria-describedby="q-hint"
        .value=${live(filters.q)}
        @input=${v.onSearchInput}
        @focus=${v.onSearchFocus}
        @change=${v.onSearchDone}
        @blur=${v.onSearchDone}
      />
      <p id="q-hint" class="hint">${v.t('searchHint')}</p>
    </div>
    <div class="filters__row">
      ${renderSelect(v, 'stage', 'f-stage', STAGES.map((s) => ({ value: s, label: STAGE_LABELS[locale][s] })))}
      <div class="field">
        <label for="f-sort">${v.t('sort')}</label>
        <select id="f-sort" @change=${v.onSort}>
          ${sorts.map(([value, key]) => html`<option value=${value} .selected=${live(sort === value)}>${v.t(key)}</option>`)}
        </select>
      </div>
      <div class="field field--check">
        <input id="f-overdue" type="checkbox" .checked=${live(filters.overdue)} @change=${(e: Event) => v.setFilters({ overdue: (e.target as HTMLInputElement).checked })} />
        <label for="f-overdue">${v.t('overdueOnly')}</label>
      </div>
    </div>
    <details class="more" ?open=${moreOpen} @toggle=${v.onMoreWanted}>
      <summary @pointerdown=${v.onMoreWanted} @focus=${v.onMoreWanted}>${v.t('moreFilters')}</summary>
      ${menus ? html`<div class="filters__row">
        ${v.fixed.category ? nothing : renderSelect(v, 'category', 'f-category', menus.category)}
        ${renderSelect(v, 'source', 'f-source', menus.source)}
        ${renderSelect(v, 'outcome', 'f-outcome', OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[locale][o] })))}
        ${renderSelect(v, 'satisfaction', 'f-satisfaction', SATISFACTIONS.map((s) => ({ value: s, label: SATISFACTION_LABELS[locale][s] })))}
        ${v.fixed.deputy ? nothing : renderSelect(v, 'deputy', 'f-deputy', menus.deputy)}
        ${v.fixed.station ? nothing : renderSelect(v, 'station', 'f-station', menus.station)}
        ${v.fixed.year ? nothing : renderSelect(v, 'year', 'f-year', menus.year)}
      </div>` : nothing}
    </details>
    <div class="actions">
      ${isFiltered(filters) ? html`<button class="button" part="button" type="button" @click=${v.reset}>${v.t('reset')}</button>` : nothing}
      <button class="button" part="button" type="button" aria-describedby="export-hint" @click=${() => v.download('csv')}>${v.t('exportCsv')}</button>
      <button class="button" part="button" type="button" aria-describedby="export-hint" @click=${() => v.download('json')}>${v.t('exportJson')}</button>
      <span id="export-hint" class="hint">${v.t('exportHint', { n: v.resultCount })}</span>
    </div>
  </form>`;
}
