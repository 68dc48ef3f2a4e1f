/**
 * The tracker's view of the data: narrowing (the widget's fixed scope: one deputy, station,
 * category or year), filters and search (what a reader picks), and sort orders. Results are
 * arrays of indices into the suggestions, in display order.
 *
 * Speed: everything that depends only on the data and the day (standings, search haystacks,
 * pinyin initials, sort orders) is computed once; a keystroke is one pass over the scope with
 * cheap comparisons, narrowed further from the previous result when the query only grew.
 */
import type { Outcome, PublicSuggestion, Satisfaction, Stage, SuggestionSource } from '../../domain/model.js';
import { OUTCOMES, SATISFACTIONS, SOURCES, STAGES } from '../../domain/model.js';
import type { IsoDate } from '../../domain/calendar/dates.js';
import { createPinyinInitials, SearchIndex, searchTerms, termNarrows, type PinyinInitials } from './search.js';
import { standing, type SuggestionStanding } from '../../domain/suggestions/loop.js';
import { compareText } from '../../domain/text/compare.js';

/** The widget's fixed narrowing, from its attributes. */
export interface TrackerScope {
  deputy?: string;
  station?: string;
  category?: string;
  year?: string;
}

/** What a reader filters by; lives in the URL. */
export interface TrackerFilters {
  q: string;
  stage?: Stage;
  category?: string;
  source?: SuggestionSource;
  outcome?: Outcome;
  satisfaction?: Satisfaction;
  deputy?: string;
  station?: string;
  year?: string;
  overdue: boolean;
}

export const SORT_KEYS = ['newest', 'oldest', 'days-open', 'deadline'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = 'newest';

export const EMPTY_FILTERS: TrackerFilters = Object.freeze({ q: '', overdue: false });

export const isStage = (v: string): v is Stage => (STAGES as readonly string[]).includes(v);
export const isSource = (v: string): v is SuggestionSource => (SOURCES as readonly string[]).includes(v);
export const isOutcome = (v: string): v is Outcome => (OUTCOMES as readonly string[]).includes(v);
export const isSatisfaction = (v: string): v is Satisfaction => (SATISFACTIONS as readonly string[]).includes(v);
export const isSortKey = (v: string): v is SortKey => (SORT_KEYS as readonly string[]).includes(v);

/** Counted values of one field within the scope, for the filter menus. */
export interface FacetValue {
  value: string;
  count: number;
}

export interface Facets {
  category: FacetValue[];
  source: FacetValue[];
  deputy: FacetValue[];
  station: FacetValue[];
  year: FacetValue[];
}

function inScope(s: PublicSuggestion, st: SuggestionStanding, scope: TrackerScope): boolean {
  return (
    (scope.deputy === undefined || s.deputies.includes(scope.deputy)) &&
    (scope.station === undefined || s.station === scope.station) &&
    (scope.category === undefined || s.category === scope.category) &&
    (scope.year === undefined || st.year === scope.year)
  );
}

/** Items without a value (no deadline yet) sort after those with one, whatever the direction. */
function byKey<T>(key: (i: number) => T | undefined, compare: (a: T, b: T) => number) {
  return (a: number, b: number): number => {
    const ka = key(a);
    const kb = key(b);
    if (ka === undefined || kb === undefined) return ka === kb ? 0 : ka === undefined ? 1 : -1;
    return compare(ka, kb);
  };
}

/** All the tracker's derived data for one list of suggestions on one day. */
export class TrackerModel {
  readonly standings: SuggestionStanding[];
  private searchIndex?: SearchIndex;
  private readonly orders = new Map<SortKey, Int32Array>();
  private last?: { key: string; terms: string[]; result: Int32Array };

  /**
   * `initials`: the pinyin-initials function; by default the runtime's (see `createPinyinInitials`),
   * `null` for none.
   */
  constructor(
    readonly suggestions: readonly PublicSuggestion[],
    readonly today: IsoDate,
    private readonly initials?: PinyinInitials | null,
  ) {
    this.standings = suggestions.map((s) => standing(s, today));
  }

  /**
   * Built on the first search (or by `prepareSearch` when the page is idle), not before: a page
   * that is only read never pays for it.
   */
  get index(): SearchIndex {
    const initials = this.initials;
    this.searchIndex ??= new SearchIndex(this.suggestions, initials === null ? undefined : initials ? () => initials : createPinyinInitials);
    return this.searchIndex;
  }

  /** Builds the search index ahead of the first keystroke; `latin` also the pinyin initials. */
  prepareSearch(latin = false): void {
    const index = this.index;
    if (latin) void index.initials;
  }

  /** Indices in the given order (stable: ties fall back to the suggestion's number). */
  order(sort: SortKey): Int32Array {
    let order = this.orders.get(sort);
    if (order) return order;
    const { suggestions, standings } = this;
    const all = Array.from(suggestions, (_s, i) => i);
    const byId = (a: number, b: number) => compareText(suggestions[a]!.id, suggestions[b]!.id);
    const compare: Record<SortKey, (a: number, b: number) => number> = {
      newest: (a, b) => compareText(standings[b]!.submittedOn, standings[a]!.submittedOn) || -byId(a, b),
      oldest: (a, b) => compareText(standings[a]!.submittedOn, standings[b]!.submittedOn) || byId(a, b),
      'days-open': (a, b) => standings[b]!.daysOpen - standings[a]!.daysOpen || byId(a, b),
      // Open clocks first, the most urgent (most overdue) on top; answered rounds after, by due date.
      deadline: (a, b) =>
        byKey((i) => (standings[i]!.clock?.answeredOn === undefined ? standings[i]!.clock?.due : undefined), compareText)(a, b) ||
        byKey((i) => standings[i]!.clock?.due, compareText)(a, b) ||
        byId(a, b),
    };
    order = Int32Array.from(all.sort(compare[sort]));
    this.orders.set(sort, order);
    return order;
  }

  /** The scope's indices, in submission order newest first. */
  scoped(scope: TrackerScope): Int32Array {
    const order = this.order(DEFAULT_SORT);
    return order.filter((i) => inScope(this.suggestions[i]!, this.standings[i]!, scope));
  }

  /**
   * Values present in the scope, with counts, for the filter menus; most frequent first, then by
   * name. Names tie-break in code-point order, which for Chinese is radical-and-stroke order:
   * collating by pinyin would set up the browser's locale data for this one sort, about 100 ms of
   * the first render on a slow phone.
   */
  facets(scope: TrackerScope): Facets {
    const counts = { category: new Map<string, number>(), source: new Map<string, number>(), deputy: new Map<string, number>(), station: new Map<string, number>(), year: new Map<string, number>() };
    const add = (map: Map<string, number>, value: string | undefined) => {
      if (value !== undefined && value !== '') map.set(value, (map.get(value) ?? 0) + 1);
    };
    for (const i of this.scoped(scope)) {
      const s = this.suggestions[i]!;
      add(counts.category, s.category);
      add(counts.source, s.source);
      for (const d of new Set(s.deputies)) add(counts.deputy, d);
      add(counts.station, s.station);
      add(counts.year, this.standings[i]!.year);
    }
    const sorted = (map: Map<string, number>, by: 'count' | 'value-desc' | 'value' = 'count'): FacetValue[] =>
      [...map]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => (by === 'count' ? b.count - a.count || compareText(a.value, b.value) : by === 'value-desc' ? compareText(b.value, a.value) : compareText(a.value, b.value)));
    return {
      category: sorted(counts.category),
      source: SOURCES.filter((v) => counts.source.has(v)).map((value) => ({ value, count: counts.source.get(value)! })),
      deputy: sorted(counts.deputy, 'value'),
      station: sorted(counts.station, 'value'),
      year: sorted(counts.year, 'value-desc'),
    };
  }

  /**
   * The suggestions in scope that pass the filters, in `sort` order. When only the query grew
   * since the last call (the reader typed one more character), the previous result is narrowed
   * instead of the whole scope.
   */
  apply(scope: TrackerScope, filters: TrackerFilters, sort: SortKey = DEFAULT_SORT): Int32Array {
    const terms = searchTerms(filters.q);
    const { q: _q, ...rest } = filters;
    const key = JSON.stringify([scope, rest, sort]);
    const previous = this.last;
    const narrowing =
      previous !== undefined &&
      previous.key === key &&
      previous.terms.length <= terms.length &&
      previous.terms.every((term, k) => (k === previous.terms.length - 1 ? termNarrows(term, terms[k]!) : terms[k] === term));
    const source = narrowing ? previous.result : this.order(sort);
    const { suggestions, standings } = this;
    const index = terms.length > 0 ? this.index : undefined;
    const out = new Int32Array(source.length);
    let n = 0;
    for (let k = 0; k < source.length; k++) {
      const i = source[k]!;
      const s = suggestions[i]!;
      const st = standings[i]!;
      if (!narrowing) {
        if (!inScope(s, st, scope)) continue;
        if (filters.stage !== undefined && st.stage !== filters.stage) continue;
        if (filters.category !== undefined && s.category !== filters.category) continue;
        if (filters.source !== undefined && s.source !== filters.source) continue;
        if (filters.outcome !== undefined && s.outcome !== filters.outcome) continue;
        if (filters.satisfaction !== undefined && s.satisfaction !== filters.satisfaction) continue;
        if (filters.deputy !== undefined && !s.deputies.includes(filters.deputy)) continue;
        if (filters.station !== undefined && s.station !== filters.station) continue;
        if (filters.year !== undefined && st.year !== filters.year) continue;
        if (filters.overdue && !st.overdue) continue;
      }
      if (index && !index.matches(i, terms)) continue;
      out[n++] = i;
    }
    const result = out.slice(0, n);
    this.last = { key, terms, result };
    return result;
  }
}
