import { html, type SafeHtml } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { deputyCard, deputyCardRecord } from '../render/deputy-card.js';
import { trackerFor } from '../render/suggestion-tracker.js';
import { contactForm, privacyNotice } from '../render/contact-form.js';
import { dutyRecordSection } from './receptions.js';
import { DEPUTY_RAISED_SOURCES } from '../../domain/deputies/duty-record.js';
import { LEVEL_LABELS, MEMBER_KIND_LABELS, servingAs, STATION_KIND_LABELS } from '../../domain/text/labels.js';
import { createMsg } from '../../domain/text/messages.js';
import { constituenciesOf, constituencyChoices, constituencyKey } from '../../domain/constituencies.js';
import { formatDate } from '../../domain/text/format.js';
import { describeReception, nextReception } from '../../domain/calendar/reception.js';
import { DEPUTY_LEVELS, type Deputy, type Locale, type Station } from '../../domain/model.js';
import { pageLocale, townDataPath, townPath, townWorkCalendar, type TownContext } from './context.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';
import { deputyReceptionsIcs } from './stations.js';

const msg = createMsg({ 'zh-CN': ZH.deputiesPage, en: EN.deputiesPage });

const levelsOf = (deputy: Deputy, locale: Locale) => servingAs(deputy, locale).join(msg(locale, 'separator'));
/** A deputy's page title; a 议政代表 who is no deputy is called that. */
const personTitle = (deputy: Deputy, locale: Locale) => msg(locale, deputy.kind === 'assembly-member' ? 'memberTitle' : 'deputyTitle', { name: deputy.name });

/** Where the town's deputy posters are printed: every deputy, four A6 cards to an A4 sheet. */
export const deputyPostersPath = (ctx: TownContext) => townPath(ctx, 'print/deputies/');
/** One deputy's A4 poster. */
export const deputyPosterPath = (ctx: TownContext, deputy: Deputy) => townPath(ctx, `print/deputies/${deputy.id}/`);

/** `/<town>/deputies/` */
export function deputiesPage(ctx: TownContext): string {
  const { town, deputies } = ctx.loaded;
  const locale = pageLocale(ctx);
  const url = townPath(ctx, 'deputies/');
  const members = deputies.filter((d) => d.kind === 'assembly-member').length;
  return layout({
    site: ctx.site,
    url,
    town,
    title: msg(locale, 'deputies'),
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>${msg(locale, 'deputies')}</h1>
<p>${msg(locale, town.congress.kind === 'working-committee' ? 'leadCommittee' : 'lead', { congress: town.congress.name, total: String(town.congress.deputies), count: String(deputies.length - members), place: msg(locale, town.kind === 'subdistrict' ? 'subdistrict' : 'town') })}${members ? html` ${msg(locale, 'leadMembers', { members: String(members), assembly: town.congress.assembly ?? '' })}` : ''}</p>
<p><a href="${relativeHref(url, deputyPostersPath(ctx))}">${msg(locale, 'printAll')}</a>${msg(locale, 'printAllNote')}</p>
<form class="table-filter" data-filter-table="deputy-table" data-filter-count="deputy-count" data-filter-count-text="${msg(locale, 'filterCount')}" hidden>
<fieldset><legend>${msg(locale, 'filter')}</legend>
<label>${msg(locale, 'filterLevel')} <select name="level"><option value="">${msg(locale, 'filterAll')}</option>${DEPUTY_LEVELS.filter((level) => deputies.some((d) => d.levels.includes(level))).map((level) => html`<option value="${level}">${LEVEL_LABELS[locale][level]}</option>`)}${members ? html`<option value="assembly-member">${MEMBER_KIND_LABELS[locale]['assembly-member']}</option>` : ''}</select></label>
<label>${msg(locale, 'filterConstituency')} <select name="constituency"><option value="">${msg(locale, 'filterAll')}</option>${constituencyChoices(deputies).map((c) => html`<option value="${c.key}">${c.label}</option>`)}</select></label>
</fieldset>
<p id="deputy-count" role="status"></p>
</form>
<table class="data-table" id="deputy-table">
<thead><tr><th scope="col">${msg(locale, 'number')}</th><th scope="col">${msg(locale, 'name')}</th><th scope="col">${msg(locale, 'levels')}</th><th scope="col">${msg(locale, 'constituency')}</th><th scope="col">${msg(locale, 'title')}</th></tr></thead>
<tbody>${deputies.map(
      (deputy) => html`<tr data-level="${deputy.kind === 'assembly-member' ? 'assembly-member' : deputy.levels.join(' ')}" data-constituency="${constituenciesOf(deputy).map(constituencyKey).join(' ')}"><td>${deputy.id}</td><td><a href="${relativeHref(url, townPath(ctx, `deputies/${deputy.id}/`))}">${deputy.name}</a></td><td>${levelsOf(deputy, locale)}</td><td>${deputy.constituency}</td><td>${deputy.title ?? deputy.occupation ?? ''}</td></tr>`,
    )}</tbody>
</table>`,
  });
}


/**
 * The deputy's suggestions: the suggestion tracker narrowed to this deputy, server-rendered with
 * every item reachable by a link without script.
 */
function suggestionsSection(ctx: TownContext, deputy: Deputy): SafeHtml {
  const locale = pageLocale(ctx);
  const theirs = ctx.loaded.suggestions.filter((s) => s.deputies.includes(deputy.id));
  const raised = theirs.filter((s) => DEPUTY_RAISED_SOURCES.has(s.source)).length;
  return html`<section class="deputy-suggestions" id="suggestions" aria-labelledby="suggestions-title" data-renda-slot="suggestion-tracker">
<h2 id="suggestions-title">${msg(locale, 'suggestions')}</h2>
${theirs.length
  ? html`<p>${msg(locale, 'suggestionsLead', { count: String(theirs.length) })} ${msg(locale, 'raised')}: ${raised} · ${msg(locale, 'received')}: ${theirs.length - raised}</p>
${trackerFor(ctx, { deputy: deputy.id })}`
  : html`<p>${msg(locale, 'noSuggestions')}</p>`}
</section>`;
}

function stationItem(ctx: TownContext, url: string, station: Station): SafeHtml {
  const locale = pageLocale(ctx);
  const next = nextReception(station.reception, station.stops, ctx.today, townWorkCalendar(ctx));
  const upcoming = (station.stops ?? []).filter((stop) => stop.date >= ctx.today).slice(0, 3);
  return html`<li class="card"><h3><a href="${relativeHref(url, townPath(ctx, `stations/${station.id}/`))}">${station.name}</a></h3>
<dl class="facts">
  <dt>${msg(locale, 'kind')}</dt><dd>${STATION_KIND_LABELS[locale][station.kind]}</dd>
  <dt>${msg(locale, 'address')}</dt><dd>${station.address}</dd>
  ${station.reception.length ? html`<dt>${msg(locale, 'schedule')}</dt><dd>${station.reception.map((rule) => describeReception(rule, locale)).join(locale === 'zh-CN' ? '；' : '; ')}</dd>` : ''}
  ${upcoming.length ? html`<dt>${msg(locale, 'stops')}</dt><dd>${upcoming.map((stop, i) => html`${i ? (locale === 'zh-CN' ? '；' : '; ') : ''}<time datetime="${stop.date}">${formatDate(stop.date, locale)}</time> ${stop.place}`)}</dd>` : ''}
  ${next ? html`<dt>${msg(locale, 'next')}</dt><dd><time datetime="${next.date}">${formatDate(next.date, locale)}</time>${next.stop ? html` · ${next.stop.place}` : ''}</dd>` : ''}
</dl></li>`;
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

function contactSection(ctx: TownContext, url: string, deputy: Deputy, theirStations: Station[]): SafeHtml {
  const { site, loaded } = ctx;
  const locale = pageLocale(ctx);
  const api = site.participationApi?.replace(/\/+$/, '');
  const phone = (number: string) => html`${locale === 'zh-CN' ? '，' : ', '}${msg(locale, 'phone')} <a href="${telHref(number)}">${number}</a>`;
  const withPhone = theirStations.filter((s) => s.phone);
  // No station phone to call: the town's own contacts (人大办) instead.
  const fallbackContacts = withPhone.length ? [] : loaded.town.contacts.filter((c) => c.phone || c.address);
  const inPerson = html`${theirStations.length
    ? html`<ul class="list">${theirStations.map(
        (s) => html`<li><a href="${relativeHref(url, townPath(ctx, `stations/${s.id}/`))}">${s.name}</a>${msg(locale, 'colon')}${s.address}${s.phone ? phone(s.phone) : ''}</li>`,
      )}</ul>`
    : ''}
${fallbackContacts.length
  ? html`<ul class="list">${fallbackContacts.map((c) => html`<li>${c.name}${c.address ? html`${msg(locale, 'colon')}${c.address}` : ''}${c.phone ? phone(c.phone) : ''}${c.hours ? (locale === 'zh-CN' ? html`（${c.hours}）` : html` (${c.hours})`) : ''}</li>`)}</ul>`
  : ''}`;
  if (!api) {
    return html`<section class="deputy-contact" id="contact" aria-labelledby="contact-title">
<h2 id="contact-title">${msg(locale, 'contact', { name: deputy.name })}</h2>
<p>${msg(locale, 'contactInPerson', { name: deputy.name })}</p>
${inPerson}
${privacyNotice(locale, { deputy: deputy.id })}
</section>`;
  }
  // A plain form: it works without script; the API answers a form post with a page of its own.
  return html`<section class="deputy-contact" id="contact" aria-labelledby="contact-title">
<h2 id="contact-title">${msg(locale, 'write', { name: deputy.name })}</h2>
<p>${msg(locale, 'writeLead', { name: deputy.name })}</p>
${privacyNotice(locale, { deputy: deputy.id })}
${contactForm(ctx, url, { deputy: deputy.id })}
<p>${msg(locale, 'orInPerson')}</p>
${inPerson}
</section>`;
}

/**
 * The way to reach the deputy, within the first screen of a phone (the page a 代表码 opens): a
 * button to the form when the site takes messages, else the nearest phone and the next reception.
 */
function reachBlock(ctx: TownContext, deputy: Deputy, theirStations: Station[]): SafeHtml {
  const locale = pageLocale(ctx);
  if (ctx.site.participationApi) {
    return html`<p class="deputy-reach"><a class="button" href="#contact">${msg(locale, 'write', { name: deputy.name })}</a></p>`;
  }
  const station = theirStations.find((s) => s.phone);
  const contact = station ? undefined : ctx.loaded.town.contacts.find((c) => c.phone);
  const phone = station?.phone ?? contact?.phone;
  const scheduled = theirStations.flatMap((s) => {
    const next = nextReception(s.reception, s.stops, ctx.today);
    return next ? [{ station: s, next }] : [];
  });
  const soonest = scheduled.sort((a, b) => a.next.date.localeCompare(b.next.date))[0];
  return html`<div class="deputy-reach notice">
<p><strong>${msg(locale, 'reachTitle', { name: deputy.name })}</strong></p>
${phone ? html`<p>${station?.name ?? contact?.name}${msg(locale, 'colon')}${msg(locale, 'phone')} <a class="deputy-reach__phone" href="${telHref(phone)}">${phone}</a></p>` : ''}
${soonest ? html`<p>${msg(locale, 'reachNext')}${msg(locale, 'colon')}<time datetime="${soonest.next.date}">${formatDate(soonest.next.date, locale)}</time> · ${soonest.next.stop?.place ?? soonest.station.name}</p>` : ''}
<p><a href="#contact">${msg(locale, 'reachMore')}</a></p>
</div>`;
}

/** `/<town>/deputies/<id>/`: the deputy's public page, with the 代表码. */
export function deputyPage(ctx: TownContext, deputy: Deputy): string {
  const { town, stations } = ctx.loaded;
  const locale = pageLocale(ctx);
  const url = townPath(ctx, `deputies/${deputy.id}/`);
  const href = (to: string) => relativeHref(url, to);
  const theirStations = deputy.stations.flatMap((id) => stations.find((s) => s.id === id) ?? []);
  const record = deputyCardRecord(ctx, deputy, url);
  return layout({
    site: ctx.site,
    url,
    town,
    title: personTitle(deputy, locale),
    description: msg(locale, 'description', { town: town.name, levels: levelsOf(deputy, locale), name: deputy.name }),
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: msg(locale, 'deputies'), url: townPath(ctx, 'deputies/') },
    ],
    stylesheets: ['/assets/deputy.css'],
    body: html`<article class="deputy">
${reachBlock(ctx, deputy, theirStations)}
${deputyCard(record, { variant: 'full', lang: locale, renderedAt: ctx.today, pageHeading: true })}
<p class="deputy-print">${msg(locale, 'print')}<a href="${href(deputyPosterPath(ctx, deputy))}">${msg(locale, 'printPoster', { name: deputy.name })}</a> · <a href="${href(deputyPostersPath(ctx))}">${msg(locale, 'printCards')}</a></p>
<section aria-labelledby="stations-title"><h2 id="stations-title">${msg(locale, 'stations')}</h2>
${theirStations.length ? html`<ul class="cards">${theirStations.map((station) => stationItem(ctx, url, station))}</ul>` : html`<p>${msg(locale, 'noStations')}</p>`}
${hasDeputyCalendar(ctx, deputy) ? html`<p><a href="${href(townDataPath(ctx, `deputies/${deputy.id}/receptions.ics`))}" download="${deputy.id}-receptions.ics">${msg(locale, 'calendar')}</a> <span class="muted">${msg(locale, 'calendarNote')}</span></p>` : ''}
</section>
${suggestionsSection(ctx, deputy)}
${dutyRecordSection(ctx, url, deputy)}
${contactSection(ctx, url, deputy, theirStations)}
</article>`,
  });
}

/** True when one of the deputy's stations receives residents: only then is there a calendar to offer. */
export function hasDeputyCalendar(ctx: TownContext, deputy: Deputy): boolean {
  return deputy.stations.some((id) => {
    const station = ctx.loaded.stations.find((s) => s.id === id);
    return !!station && (station.reception.length > 0 || (station.stops ?? []).some((stop) => stop.date >= ctx.today));
  });
}

/** `/<town>/deputies/<id>/receptions.ics`: the receptions at the deputy's stations. */
export function deputyCalendarFile(ctx: TownContext, deputy: Deputy): string {
  return deputyReceptionsIcs(ctx, deputy.stations, msg(pageLocale(ctx), 'calendarName', { name: deputy.name }));
}
