import { renderLit } from './components.js';
import { html as litHtml, nothing } from 'lit';
import { EMPTY_FILTERS, TrackerModel, type NamedRecord, type TrackerScope } from '../../components/suggestion-tracker/define.js';
import { deputyTrackerData, pageLocale, stationTrackerData, townDataPath, townPath, type TownContext } from '../pages/context.js';
import { raw, type SafeHtml } from '../../domain/text/html.js';
import { relativeHref } from './urls.js';
import { suggestionsOfDeputy, suggestionsOfStation } from '../../domain/suggestions/scope.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

export interface TrackerOptions {
  /** The site path of the page the tracker is on: its links and data URLs are relative to it. */
  pageUrl: string;
  deputy?: string;
  station?: string;
  /** Level of the tracker's own headings: 2 under the page's h1, 3 inside an h2 section. */
  headingLevel?: number;
  /** Rows in the server-rendered first page; the rest are plain links in the `more` slot. */
  pageSize?: number;
  label?: string;
}

const MORE_LABEL = { 'zh-CN': ZH.trackerMore, en: EN.trackerMore } as const;

const named = (records: readonly { id: string; name: string }[]): NamedRecord[] => records.map(({ id, name }) => ({ id, name }));

/**
 * `<renda-suggestion-tracker>` rendered on the server (declarative shadow DOM): the overview and
 * the first page of the list are in the HTML, and every other suggestion in scope is a plain link
 * in the `more` slot, so the page is complete without JavaScript. With JavaScript the widget loads
 * the town's open data by `src` and takes over (search, filters, the whole list).
 */
export function suggestionTracker(ctx: TownContext, options: TrackerOptions): SafeHtml {
  const { deputies, stations } = ctx.loaded;
  // A deputy's or station's tracker shows only theirs: the server renders it from the same list
  // the widget then reads from its narrowed file (and computes from a few, not the whole town).
  const all = ctx.loaded.suggestions;
  const suggestions = options.deputy !== undefined ? suggestionsOfDeputy(all, options.deputy) : options.station !== undefined ? suggestionsOfStation(all, options.station) : all;
  const locale = pageLocale(ctx);
  const rel = (to: string) => relativeHref(options.pageUrl, to);
  const pageSize = options.pageSize ?? 20;
  const scope: TrackerScope = {};
  if (options.deputy) scope.deputy = options.deputy;
  if (options.station) scope.station = options.station;
  // The same order the component renders in, so the links continue its first page exactly.
  const order = new TrackerModel(suggestions, ctx.today, null).apply(scope, EMPTY_FILTERS, 'newest');
  const rest = Array.from(order.subarray(pageSize), (i) => suggestions[i]!);
  const more = rest.length
    ? litHtml`<nav slot="more" aria-label=${MORE_LABEL[locale]}><ol class="list" start=${pageSize + 1}>${rest.map(
        (s) => litHtml`<li><a href=${rel(townPath(ctx, `suggestions/${s.id}/`))}>${s.title}</a></li>`,
      )}</ol></nav>`
    : nothing;
  // Narrowed to a deputy or a station, the widget reads only their suggestions' file.
  const src = options.deputy ? deputyTrackerData(ctx, options.deputy) : options.station ? stationTrackerData(ctx, options.station) : townDataPath(ctx, 'data/suggestions.json');
  const template = litHtml`<renda-suggestion-tracker
    lang=${locale}
    src=${rel(src)}
    deputies-src=${rel(townDataPath(ctx, 'data/deputies.json'))}
    stations-src=${rel(townDataPath(ctx, 'data/stations.json'))}
    item-href=${rel(townPath(ctx, 'suggestions/{id}/'))}
    deputy=${options.deputy ?? nothing}
    station=${options.station ?? nothing}
    heading-level=${options.headingLevel ?? 2}
    page-size=${pageSize}
    label=${options.label ?? nothing}
    .suggestions=${suggestions}
    .deputies=${named(deputies)}
    .stations=${named(stations)}
    .today=${ctx.today}
  >${more}</renda-suggestion-tracker>`;
  return raw(renderLit(template));
}

/**
 * The tracker narrowed to one deputy (for the deputy's page) or one station (for the station's
 * page), its headings at level 3 for a page section under an h2. `pageUrl` defaults to that
 * deputy's or station's page.
 */
export function trackerFor(ctx: TownContext, narrowing: { deputy: string } | { station: string }, options: Partial<TrackerOptions> = {}): SafeHtml {
  const pageUrl = options.pageUrl ?? ('deputy' in narrowing ? townPath(ctx, `deputies/${narrowing.deputy}/`) : townPath(ctx, `stations/${narrowing.station}/`));
  return suggestionTracker(ctx, { headingLevel: 3, pageSize: 10, ...options, ...narrowing, pageUrl });
}
