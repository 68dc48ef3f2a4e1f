/**
 * The tracker's view in the page's query string, so a link reproduces what its sender saw and
 * the browser's Back button steps through filter changes: `?q=停车&stage=assigned&sort=deadline`.
 *
 * Only the tracker's own parameters are read and written; others on the page's URL (a CMS's own
 * `?id=`) are kept. A `prefix` keeps two trackers on one page apart (`d-q`, `d-stage`). Values
 * that are not valid (an unknown stage, an edited link) are ignored, never an error.
 */
import { DEFAULT_SORT, EMPTY_FILTERS, isOutcome, isSatisfaction, isSortKey, isSource, isStage, type SortKey, type TrackerFilters } from './view.js';

export interface ViewState {
  filters: TrackerFilters;
  sort: SortKey;
  /** The suggestion whose own view is open. */
  open?: string;
}

/** The parameter names, before the prefix. `suggestion` rather than `id`: pages often use `id`. */
export const PARAMS = ['q', 'stage', 'category', 'source', 'outcome', 'satisfaction', 'deputy', 'station', 'year', 'overdue', 'sort', 'suggestion'] as const;

export const DEFAULT_VIEW: ViewState = Object.freeze({ filters: EMPTY_FILTERS, sort: DEFAULT_SORT });

/** Reads the view from a query string (`location.search`) or parameters. */
export function readViewState(search: string | URLSearchParams, prefix = ''): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const get = (name: string): string | undefined => {
    const value = params.get(prefix + name)?.trim();
    return value ? value : undefined;
  };
  const filters: TrackerFilters = { q: params.get(`${prefix}q`) ?? '', overdue: false };
  const stage = get('stage');
  if (stage && isStage(stage)) filters.stage = stage;
  const source = get('source');
  if (source && isSource(source)) filters.source = source;
  const outcome = get('outcome')?.toUpperCase();
  if (outcome && isOutcome(outcome)) filters.outcome = outcome;
  const satisfaction = get('satisfaction');
  if (satisfaction && isSatisfaction(satisfaction)) filters.satisfaction = satisfaction;
  for (const name of ['category', 'deputy', 'station'] as const) {
    const value = get(name);
    if (value) filters[name] = value;
  }
  const year = get('year');
  if (year && /^\d{4}$/.test(year)) filters.year = year;
  const overdue = get('overdue');
  filters.overdue = overdue === '1' || overdue === 'true';
  const sort = get('sort');
  const open = get('suggestion');
  return { filters, sort: sort && isSortKey(sort) ? sort : DEFAULT_SORT, ...(open ? { open } : {}) };
}

/**
 * The query string for a view: the page's other parameters kept in place, the tracker's written
 * in a fixed order, defaults left out (a plain page stays `?`-free). Returns `''` or `?…`.
 */
export function writeViewState(state: ViewState, current: string | URLSearchParams = '', prefix = ''): string {
  const params = new URLSearchParams(current);
  for (const name of PARAMS) params.delete(prefix + name);
  const { filters } = state;
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') params.set(prefix + name, value);
  };
  set('q', filters.q.trim() === '' ? undefined : filters.q);
  set('stage', filters.stage);
  set('category', filters.category);
  set('source', filters.source);
  set('outcome', filters.outcome);
  set('satisfaction', filters.satisfaction);
  set('deputy', filters.deputy);
  set('station', filters.station);
  set('year', filters.year);
  set('overdue', filters.overdue ? '1' : undefined);
  set('sort', state.sort === DEFAULT_SORT ? undefined : state.sort);
  set('suggestion', state.open);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Same view? (Two URLs may differ in parameter order or in foreign parameters.) */
export function sameView(a: ViewState, b: ViewState): boolean {
  return writeViewState(a) === writeViewState(b);
}

/** Whether any filter narrows the list (the query included). */
export function isFiltered(filters: TrackerFilters): boolean {
  return writeViewState({ filters, sort: DEFAULT_SORT }) !== '';
}
