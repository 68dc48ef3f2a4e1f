import { html, type SafeHtml } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { trackerFor } from '../render/suggestion-tracker.js';
import { posterPage, posterPagePath, printSheetsPage } from './print.js';
import { absoluteUrl, keepIdPlaceholder, relativeHref, stationContactUrl } from '../render/urls.js';
import { qrCode } from '../render/components.js';
import { stationMap } from '../render/station-map.js';
import { contactForm, contactMsg, privacyNotice } from '../render/contact-form.js';
import { receptionsTitle, stationRecord, stationWithLastReception } from './receptions.js';
import { STATION_KIND_LABELS } from '../../domain/text/labels.js';
import { formatDate } from '../../domain/text/format.js';
import { describeReception, nextReception } from '../../domain/calendar/reception.js';
import { receptionsIcs, stationIcs } from '../../domain/calendar/ics.js';
import { pointIn } from '../../domain/geo/coordinates.js';
import { byDistance } from '../../domain/geo/distance.js';
import { themeLabel } from '../../domain/geo/station-themes.js';
import { STATION_KINDS, type Locale, type Station } from '../../domain/model.js';
import { pageLocale, receptionsPath, type TownContext, townDataPath, townPath, townWorkCalendar } from './context.js';
import { fill } from '../../domain/text/messages.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const WORDS = { 'zh-CN': ZH.stationsPage, en: EN.stationsPage } as const;

type WordKey = keyof (typeof WORDS)['zh-CN'];

function word(locale: Locale, key: WordKey, params: Record<string, string | number> = {}): string {
  return fill(WORDS[locale][key], params);
}

const stationPath = (ctx: TownContext, station: Station) => townPath(ctx, `stations/${station.id}/`);

/** The station and its nearest neighbours: enough for bearings on its page, without carrying a county's data. */
function neighbourhood(stations: readonly Station[], station: Station, count = 12): Station[] {
  const order = byDistance(pointIn(station.location, 'wgs84'), stations.map((s) => pointIn(s.location, 'wgs84')));
  return order.slice(0, count + 1).map(({ index }) => stations[index]!);
}

/** What the map needs about deputies: names for links, nothing more. */
const deputyNames = (ctx: TownContext) => ctx.loaded.deputies.map(({ id, name }) => ({ id, name }));

/** `/<town>/stations/`: the map and the list, in the HTML before any script runs. */
export function stationsPage(ctx: TownContext): string {
  const { town, stations } = ctx.loaded;
  const locale = pageLocale(ctx);
  const url = townPath(ctx, 'stations/');
  const kinds = STATION_KINDS.map((kind) => ({ kind, count: stations.filter((s) => s.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => word(locale, 'kindCount', { kind: STATION_KIND_LABELS[locale][kind], count }))
    .join(locale === 'zh-CN' ? '，' : ', ');
  return layout({
    site: ctx.site,
    url,
    town,
    title: word(locale, 'stations'),
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>${word(locale, 'stations')}</h1>
<p>${word(locale, 'lead', { count: stations.length, kinds })}</p>
${stations
  .filter((s) => s.kind === 'center')
  .map((s) => {
    const [colon, comma] = locale === 'zh-CN' ? ['：', '，'] : [': ', ', '];
    return html`<p>${word(locale, 'hub')}${colon}<a href="${relativeHref(url, stationPath(ctx, s))}">${s.name}</a>${s.address ? `${comma}${s.address}` : ''}${s.phone ? html`${comma}<a href="tel:${s.phone.replace(/[^\d+]/g, '')}">${s.phone}</a>` : ''}</p>`;
  })}
${stationMap({
  locale,
  town,
  stations: stations.map((s) => stationWithLastReception(ctx, s)),
  deputies: deputyNames(ctx),
  ...(ctx.loaded.map ? { layer: ctx.loaded.map } : {}),
  renderedAt: ctx.today,
  stationHref: relativeHref(url, townPath(ctx, 'stations/{id}/')),
  deputyHref: relativeHref(url, townPath(ctx, 'deputies/{id}/')),
  qrUrl: keepIdPlaceholder(stationContactUrl(ctx.site, town.slug, '{id}')),
  headingLevel: 2,
})}
${stations.some((s) => s.reception.length || s.stops?.length) ? html`<p><a href="${relativeHref(url, townDataPath(ctx, 'receptions.ics'))}" download="${town.slug}-receptions.ics">${word(locale, 'townCalendar')}</a> <span class="muted">${word(locale, 'townCalendarNote')}</span></p>` : ''}
<p><a href="${relativeHref(url, townDataPath(ctx, 'data/stations.json'))}">${word(locale, 'data')}</a> · <a href="${relativeHref(url, stationPostersPath(ctx))}">${word(locale, 'printCodes')}</a>${ctx.loaded.receptions.length || ctx.loaded.activities.length ? html` · <a href="${relativeHref(url, receptionsPath(ctx))}">${receptionsTitle(locale)}</a>` : ''}</p>`,
  });
}

/** `/<town>/stations/<id>/`: details, a small map, deputies, the 联络站码 and the calendar file. */
export function stationPage(ctx: TownContext, station: Station): string {
  const { town, deputies } = ctx.loaded;
  const locale = pageLocale(ctx);
  const url = stationPath(ctx, station);
  const href = (to: string) => relativeHref(url, to);
  const stationed = deputies.filter((deputy) => station.deputies.includes(deputy.id));
  const next = nextReception(station.reception, station.stops, ctx.today, townWorkCalendar(ctx));
  const upcomingStops = (station.stops ?? []).filter((stop) => stop.date >= ctx.today);
  const hasReceptions = station.reception.length > 0 || upcomingStops.length > 0;
  return layout({
    site: ctx.site,
    url,
    town,
    title: station.name,
    description: word(locale, 'stationDescription', { name: station.name }),
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: word(locale, 'stations'), url: townPath(ctx, 'stations/') },
    ],
    body: html`<article class="station">
<h1>${station.name}</h1>
${ctx.site.participationApi ? html`<p class="deputy-reach"><a class="button" href="#contact">${contactMsg(locale, 'writeStation', { name: station.name })}</a></p>` : ''}
<dl class="facts">
  <dt>${word(locale, 'kind')}</dt><dd>${STATION_KIND_LABELS[locale][station.kind]}</dd>
  ${station.theme ? html`<dt>${word(locale, 'theme')}</dt><dd>${themeLabel(station.theme, locale)}</dd>` : ''}
  <dt>${word(locale, 'address')}</dt><dd>${station.address}</dd>
  ${station.phone ? html`<dt>${word(locale, 'phone')}</dt><dd><a href="tel:${station.phone.replace(/[^\d+]/g, '')}">${station.phone}</a></dd>` : ''}
  ${station.reception.length ? html`<dt>${word(locale, 'schedule')}</dt><dd>${station.reception.map((rule) => describeReception(rule, locale)).join(locale === 'zh-CN' ? '；' : '; ')}</dd>` : ''}
  ${next ? html`<dt>${word(locale, next.stop ? 'nextStop' : 'next')}</dt><dd><time datetime="${next.date}">${formatDate(next.date, locale)}</time>${next.stop ? html` · ${next.stop.place}` : ''}</dd>` : ''}
</dl>
${hasReceptions ? html`<p><a href="${relativeHref(townPath(ctx, `stations/${station.id}/`), townDataPath(ctx, `stations/${station.id}/receptions.ics`))}" download="${station.id}-receptions.ics">${word(locale, 'calendar')}</a> <span class="muted">${word(locale, 'calendarNote')}</span></p>` : ''}
${station.description ? html`<p>${station.description}</p>` : ''}
${upcomingStops.length ? html`<h2>${word(locale, 'mobileStops')}</h2><ul class="list">${upcomingStops.map((stop) => html`<li><time datetime="${stop.date}">${formatDate(stop.date, locale)}</time>${stop.time ? ` ${stop.time}` : ''} · ${stop.place}</li>`)}</ul>` : ''}
<section aria-labelledby="where"><h2 id="where">${word(locale, 'location')}</h2>
${stationMap({
  locale,
  town,
  stations: neighbourhood(ctx.loaded.stations, station).map((s) => stationWithLastReception(ctx, s)),
  deputies: [],
  ...(ctx.loaded.map ? { layer: ctx.loaded.map } : {}),
  renderedAt: ctx.today,
  stationHref: href(townPath(ctx, 'stations/{id}/')),
  deputyHref: href(townPath(ctx, 'deputies/{id}/')),
  qrUrl: '',
  selected: station.id,
  compact: true,
  headingLevel: 3,
  label: word(locale, 'mapLabel', { name: station.name }),
})}
</section>
<h2>${word(locale, 'deputies')}</h2>
${stationed.length ? html`<ul class="list">${stationed.map((deputy) => html`<li><a href="${href(townPath(ctx, `deputies/${deputy.id}/`))}">${deputy.name}</a></li>`)}</ul>` : html`<p>${word(locale, 'none')}</p>`}
<section aria-labelledby="code"><h2 id="code">${word(locale, 'code')}</h2>
${qrCode(stationContactUrl(ctx.site, town.slug, station.id), word(locale, 'codeLabel', { name: station.name }))}
<p class="muted">${word(locale, 'codeNote')}</p>
<p><a href="${href(stationPosterPath(ctx, station))}">${word(locale, 'printPoster')}</a> · <a href="${href(stationPostersPath(ctx))}">${word(locale, 'printCodes')}</a></p>
</section>
${ctx.loaded.suggestions.some((s) => s.station === station.id)
  ? html`<section aria-labelledby="suggestions"><h2 id="suggestions">${word(locale, 'suggestions')}</h2>
${trackerFor(ctx, { station: station.id })}
</section>`
  : ''}
${stationRecord(ctx, url, station)}
${stationContact(ctx, url, station)}
</article>`,
  });
}

/**
 * `/<town>/stations/<id>/receptions.ics`: the station's receptions for the next six months from
 * the build date. Stamped with the build date (not the clock) so a rebuild of the same content
 * writes the same bytes.
 */
export function stationReceptionsIcs(ctx: TownContext, station: Station): string {
  return stationIcs(station, { ...icsOptions(ctx), ...calendarStation(ctx, station) });
}

function icsOptions(ctx: TownContext) {
  return { from: ctx.today, now: new Date(`${ctx.today}T00:00:00+08:00`), locale: pageLocale(ctx), uidDomain: new URL(ctx.site.baseUrl).host, calendar: townWorkCalendar(ctx) };
}

function calendarStation(ctx: TownContext, station: Station) {
  let names = deputyNamesById.get(ctx.loaded);
  if (!names) deputyNamesById.set(ctx.loaded, (names = new Map(ctx.loaded.deputies.map((d) => [d.id, d.name]))));
  return { station, url: absoluteUrl(ctx.site, stationPath(ctx, station)), deputyNames: station.deputies.map((id) => names.get(id) ?? id) };
}

const deputyNamesById = new WeakMap<TownContext['loaded'], Map<string, string>>();

/** `/<town>/receptions.ics`: every station's receptions for the next six months, as one calendar. */
export function townReceptionsIcs(ctx: TownContext): string {
  const { town, stations } = ctx.loaded;
  return receptionsIcs(stations.map((s) => calendarStation(ctx, s)), { ...icsOptions(ctx), name: word(pageLocale(ctx), 'townCalendarName', { town: town.name }) });
}

/** `/<town>/deputies/<id>/receptions.ics`: the receptions at the deputy's stations; `name` is the calendar's. */
export function deputyReceptionsIcs(ctx: TownContext, stationIds: readonly string[], name: string): string {
  const stations = stationIds.flatMap((id) => ctx.loaded.stations.find((s) => s.id === id) ?? []);
  return receptionsIcs(stations.map((s) => calendarStation(ctx, s)), { ...icsOptions(ctx), name });
}

/** One station-code poster for the town's print page (`PosterEntry` of `site/pages/print.ts`). */
export interface StationPoster {
  id: string;
  poster: SafeHtml;
}

/**
 * The town's 联络站码 posters, one per station, for `printSheetsPage` (four A6 cards to an A4
 * sheet, or one A4 poster): name, kind, address, reception days and the code, large enough to
 * scan from a door. No script: print pages have none.
 */
export function stationPosterEntries(ctx: TownContext, only?: Station | readonly Station[]): StationPoster[] {
  const { town, stations } = ctx.loaded;
  const locale = pageLocale(ctx);
  const chosen: readonly Station[] = only === undefined ? stations : Array.isArray(only) ? only : [only as Station];
  return chosen.map((station) => ({
    id: `station-${station.id}`,
    poster: html`<article class="station-poster">
<p class="station-poster__town">${town.congress.name}</p>
<h2 class="station-poster__name">${station.name}</h2>
<p class="station-poster__kind">${STATION_KIND_LABELS[locale][station.kind]}${station.theme ? ` · ${themeLabel(station.theme, locale)}` : ''}</p>
<div class="station-poster__code">${qrCode(stationContactUrl(ctx.site, town.slug, station.id), word(locale, 'codeLabel', { name: station.name }))}</div>
<p class="station-poster__slogan">${town.posterSlogan ?? word(locale, 'posterSlogan')}</p>
<dl class="station-poster__facts">
  <dt>${word(locale, 'address')}</dt><dd>${station.address}</dd>
  ${station.reception.length ? html`<dt>${word(locale, 'schedule')}</dt><dd>${station.reception.map((rule) => describeReception(rule, locale)).join(locale === 'zh-CN' ? '；' : '; ')}</dd>` : ''}
  ${station.phone ? html`<dt>${word(locale, 'phone')}</dt><dd>${station.phone}</dd>` : ''}
</dl>
</article>`,
  }));
}

/** Where every station's 联络站码 is printed: four A6 cards to an A4 sheet. */
export const stationPostersPath = (ctx: TownContext) => townPath(ctx, 'print/stations/');

/**
 * `/<town>/print/stations/`: every station's code, ready to cut and post; past
 * `POSTERS_PER_PAGE` stations, page `page` of several (`print/stations/2/`…).
 */
export function stationPostersPage(ctx: TownContext, page = 1): string {
  const locale = pageLocale(ctx);
  const first = stationPostersPath(ctx);
  // Only this page's stations are rendered: each poster draws a QR code.
  const { items, paging } = posterPage(ctx.loaded.stations, page, first);
  return printSheetsPage({
    ctx,
    url: posterPagePath(first, page),
    title: word(locale, 'printTitle'),
    back: { title: word(locale, 'stations'), url: townPath(ctx, 'stations/') },
    layout: 'a6-on-a4',
    posters: stationPosterEntries(ctx, items),
    ...(paging ? { paging } : {}),
  });
}

/** Where one station's A4 poster is printed, for its door or notice board. */
export const stationPosterPath = (ctx: TownContext, station: Station) => townPath(ctx, `print/stations/${station.id}/`);

/** `/<town>/print/stations/<id>/`: one station's 联络站码 on a whole A4 sheet. */
export function stationPosterPage(ctx: TownContext, station: Station): string {
  const locale = pageLocale(ctx);
  return printSheetsPage({
    ctx,
    url: stationPosterPath(ctx, station),
    title: word(locale, 'posterTitle', { name: station.name }),
    back: { title: station.name, url: stationPath(ctx, station) },
    layout: 'a4',
    posters: stationPosterEntries(ctx, station),
  });
}

/**
 * How to reach the station, at the foot of its page (the 联络站码 opens it): the form when the
 * site takes messages, else the address, phone and reception hours, promising only what exists.
 */
function stationContact(ctx: TownContext, url: string, station: Station): SafeHtml {
  const locale = pageLocale(ctx);
  const phone = station.phone ? html`${contactMsg(locale, 'phone')} <a href="tel:${station.phone.replace(/[^\d+]/g, '')}">${station.phone}</a>` : '';
  const inPerson = html`<p>${contactMsg(locale, 'contactInPersonStation', { name: station.name })}</p>
<ul class="list"><li>${station.address}${phone ? html`${contactMsg(locale, 'colon')}${phone}` : ''}</li>
${station.reception.length ? html`<li>${station.reception.map((rule) => describeReception(rule, locale)).join(locale === 'zh-CN' ? '；' : '; ')}</li>` : ''}</ul>`;
  if (!ctx.site.participationApi) {
    return html`<section class="deputy-contact" id="contact" aria-labelledby="contact-title">
<h2 id="contact-title">${contactMsg(locale, 'contactStation', { name: station.name })}</h2>
${inPerson}
</section>`;
  }
  return html`<section class="deputy-contact" id="contact" aria-labelledby="contact-title">
<h2 id="contact-title">${contactMsg(locale, 'writeStation', { name: station.name })}</h2>
<p>${contactMsg(locale, 'writeLeadStation', { name: station.name })}</p>
${privacyNotice(locale, { station: station.id })}
${contactForm(ctx, url, { station: station.id })}
${inPerson}
</section>`;
}
