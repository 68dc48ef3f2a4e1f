import { html, type SafeHtml } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { photoFigures } from '../render/photos.js';
import { formatDate, formatMonth } from '../../domain/text/format.js';
import { createMsg } from '../../domain/text/messages.js';
import { FIGURE_NAMES, formatRate } from '../../domain/suggestions/figures.js';
import { activitiesOf, dutyRecord, dutySummary, lastReception, type DutyPeriod, type DutySummary } from '../../domain/deputies/duty-record.js';
import { receptionMonths, stationReceptions, type ReceptionMonth } from '../../domain/deputies/reception-log.js';
import { addDays } from '../../domain/calendar/dates.js';
import type { MapStation } from '../../components/station-map/define.js';
import type { Activity, Deputy, Locale, Reception, Station } from '../../domain/model.js';
import { pageLocale, receptionsPath, townPath, type TownContext } from './context.js';
import { ACTIVITY_KIND_LABELS } from '../../domain/text/labels.js';
import { labelledCell } from '../render/labelled-cell.js';
import { assemblyLink, assemblyWords, hasAssembly } from './assembly.js';
import { scoreSection } from './scoring.js';
import { activitiesCalendarPath, activitiesFeedPath } from './activities.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const msg = createMsg({ 'zh-CN': ZH.dutyRecord, en: EN.dutyRecord });

export const receptionsTitle = (locale: Locale) => msg(locale, 'receptionsTitle');

function names(ctx: TownContext, from: string, ids: readonly string[]): SafeHtml[] {
  const locale = pageLocale(ctx);
  return ids.map((id, i) => {
    const deputy = ctx.loaded.deputies.find((d) => d.id === id);
    return html`${i ? msg(locale, 'separator') : ''}${deputy ? html`<a href="${relativeHref(from, townPath(ctx, `deputies/${id}/`))}">${deputy.name}</a>` : id}`;
  });
}

/** One reception: day, place, who was there, how many came, what was raised and what became of it. */
function receptionItem(ctx: TownContext, from: string, reception: Reception, showStation: boolean): SafeHtml {
  const locale = pageLocale(ctx);
  const station = ctx.loaded.stations.find((s) => s.id === reception.station);
  const published = new Set(ctx.loaded.suggestions.map((s) => s.id));
  return html`<li class="card reception"><h3><time datetime="${reception.date}">${formatDate(reception.date, locale)}</time>${showStation && station ? html` · <a href="${relativeHref(from, townPath(ctx, `stations/${station.id}/`))}">${station.name}</a>` : ''}</h3>
<p>${msg(locale, 'present')}${names(ctx, from, reception.deputies)} · ${msg(locale, 'residents', { count: reception.residents })}</p>
${reception.matters.length
  ? html`<p>${msg(locale, 'matters')}</p><ul class="list">${reception.matters.map(
      (m) => html`<li>${m.suggestion && published.has(m.suggestion) ? html`<a href="${relativeHref(from, townPath(ctx, `suggestions/${m.suggestion}/`))}">${m.text}</a>（${msg(locale, 'becameSuggestion')}）` : m.text}${m.answer ? html`<br><span class="muted">${msg(locale, 'answeredOnSite')}${m.answer}</span>` : ''}</li>`,
    )}</ul>`
  : ''}
${reception.note ? html`<p class="muted">${reception.note}</p>` : ''}
</li>`;
}

function activityItem(ctx: TownContext, from: string, activity: Activity): SafeHtml {
  const locale = pageLocale(ctx);
  const station = activity.station ? ctx.loaded.stations.find((s) => s.id === activity.station) : undefined;
  return html`<li id="${activity.id}"><time datetime="${activity.date}">${formatDate(activity.date, locale)}</time> · ${ACTIVITY_KIND_LABELS[locale][activity.kind]} · ${activity.title}${station ? html` · <a href="${relativeHref(from, townPath(ctx, `stations/${station.id}/`))}">${station.name}</a>` : ''}${activity.outcome ? html`<br><span class="muted">${activity.outcome}</span>` : ''}${photoFigures(ctx, from, activity.photos)}</li>`;
}

/** The receptions of one month, as a `<details>` (open for the newest): a phone scrolls one month, not a year. */
function monthGroup(ctx: TownContext, from: string, month: ReceptionMonth, open: boolean): SafeHtml {
  const locale = pageLocale(ctx);
  return html`<details class="reception-month"${open ? html` open` : ''}><summary><span class="reception-month__name">${formatMonth(month.month, locale)}</span> · ${msg(locale, 'monthTotals', { receptions: month.receptions, residents: month.residents, matters: month.matters })}</summary>
<ul class="cards">${month.log.map((r) => receptionItem(ctx, from, r, true))}</ul>
</details>`;
}

/** Each station's receptions in the year to the build's day: how often it received residents, and when last. */
function stationTable(ctx: TownContext, from: string): SafeHtml {
  const locale = pageLocale(ctx);
  const t = (key: Parameters<typeof msg>[1], params?: Record<string, string | number>) => msg(locale, key, params);
  const { stations, receptions } = ctx.loaded;
  const since = addDays(ctx.today, -364);
  const rows = stationReceptions(stations.map((s) => s.id), receptions, since, ctx.today);
  return html`<h2 id="station-totals">${t('stationTotalsTitle')}</h2>
<p class="muted">${t('stationTotalsLead', { since: formatDate(since, locale), until: formatDate(ctx.today, locale) })}</p>
<table class="data-table data-table--labelled">
<thead><tr><th scope="col">${t('station')}</th><th scope="col">${t('receptions')}</th><th scope="col">${t('residentsMet')}</th><th scope="col">${t('mattersRaised')}</th><th scope="col">${t('lastReception')}</th></tr></thead>
<tbody>${rows.map((row) => {
    const station = stations.find((s) => s.id === row.station)!;
    return html`<tr><th scope="row"><a href="${relativeHref(from, townPath(ctx, `stations/${station.id}/`))}">${station.name}</a></th>${labelledCell(t('receptions'), t('receptionsCount', { count: row.receptions }), locale)}${labelledCell(t('residentsMet'), t('residentsCount', { count: row.residents }), locale)}${labelledCell(t('mattersRaised'), t('itemsCount', { count: row.matters }), locale)}${labelledCell(t('lastReception'), row.last ? html`<time datetime="${row.last}">${formatDate(row.last, locale)}</time>` : t('none'), locale)}</tr>`;
  })}</tbody>
</table>`;
}

/**
 * `/<town>/receptions/`: each station's year of receptions in a table, then every reception by
 * month, newest first (the newest month open, older ones folded), and the deputies' activities.
 */
export function receptionsPage(ctx: TownContext): string {
  const { town, receptions, activities } = ctx.loaded;
  const locale = pageLocale(ctx);
  const url = receptionsPath(ctx);
  const months = receptionMonths(receptions);
  return layout({
    site: ctx.site,
    url,
    town,
    title: msg(locale, 'receptionsTitle'),
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: locale === 'zh-CN' ? ZH.stationsPage.stations : EN.stationsPage.stations, url: townPath(ctx, 'stations/') },
    ],
    body: html`<h1>${msg(locale, 'receptionsTitle')}</h1>
<p>${msg(locale, 'receptionsLead')}</p>
${activities.length ? html`<p><a href="#activities">${msg(locale, 'activitiesTitle')}</a></p>` : ''}
${receptions.length ? html`${stationTable(ctx, url)}
<h2 id="by-month">${msg(locale, 'byMonth')}</h2>
${months.map((month, i) => monthGroup(ctx, url, month, i === 0))}` : html`<p>${msg(locale, 'noReceptions')}</p>`}
${activities.length
  ? html`<h2 id="activities">${msg(locale, 'activitiesTitle')}</h2>
<p><a href="${relativeHref(url, activitiesCalendarPath(ctx))}" download="${town.slug}-activities.ics">${assemblyWords(locale, 'calendar')}</a> · <a href="${relativeHref(url, activitiesFeedPath(ctx))}">${assemblyWords(locale, 'feed')}</a>${hasAssembly(ctx) ? html` · ${assemblyLink(ctx, url)}` : ''}</p>
<ul class="list">${activities.map((a) => activityItem(ctx, url, a))}</ul>`
  : ''}`,
  });
}

/** The station page's part: its latest receptions and activities, and the way to all of them. */
export function stationRecord(ctx: TownContext, from: string, station: Station): SafeHtml | '' {
  const locale = pageLocale(ctx);
  const receptions = ctx.loaded.receptions.filter((r) => r.station === station.id).slice(0, 5);
  const activities = ctx.loaded.activities.filter((a) => a.station === station.id).slice(0, 5);
  if (!receptions.length && !activities.length) return '';
  return html`<section aria-labelledby="station-record"><h2 id="station-record">${msg(locale, 'recentReceptions')}</h2>
${receptions.length ? html`<ul class="cards">${receptions.map((r) => receptionItem(ctx, from, r, false))}</ul>` : html`<p>${msg(locale, 'noReceptions')}</p>`}
${activities.length ? html`<h3>${msg(locale, 'recentActivities')}</h3><ul class="list">${activities.map((a) => activityItem(ctx, from, a))}</ul>` : ''}
<p><a href="${relativeHref(from, receptionsPath(ctx))}">${msg(locale, 'allReceptions')}</a></p>
</section>`;
}

/** The deputy's 履职档案 for the term and each year, by the domain's one computation. */
export function deputyRecordPeriods(ctx: TownContext, deputy: Deputy): DutyPeriod[] {
  // Each deputy's card, page and data file read the same record: computed once per town and day.
  let byDeputy = recordCache.get(ctx.loaded);
  if (!byDeputy) recordCache.set(ctx.loaded, (byDeputy = new Map()));
  const key = `${ctx.today} ${deputy.id}`;
  let periods = byDeputy.get(key);
  if (!periods) {
    const { receptions, suggestions, activities, town } = ctx.loaded;
    periods = dutyRecord(deputy.id, { receptions, suggestions, activities }, ctx.today, town.congress.termStart);
    byDeputy.set(key, periods);
  }
  return periods;
}

const recordCache = new WeakMap<TownContext['loaded'], Map<string, DutyPeriod[]>>();

/** The deputy card's few words of the record: the build's year (domain `dutySummary`). */
export function deputyDutySummary(ctx: TownContext, deputy: Deputy): DutySummary {
  return dutySummary(deputyRecordPeriods(ctx, deputy), Number(ctx.today.slice(0, 4)));
}

/** A station as the map reads it: with its last reception (day, deputies by name, residents who came), when it had one. */
export function stationWithLastReception(ctx: TownContext, station: Station): MapStation {
  const last = lastReception(ctx.loaded.receptions, station.id, ctx.today);
  if (!last) return station;
  const names = new Map(ctx.loaded.deputies.map((d) => [d.id, d.name]));
  return { ...station, lastReception: { date: last.date, residents: last.residents, deputies: last.deputies.map((id) => ({ id, name: names.get(id) ?? id })) } };
}

/** The deputy page's 履职档案: one row per year and one for the term, every number with its name. */
export function dutyRecordSection(ctx: TownContext, from: string, deputy: Deputy): SafeHtml {
  const locale = pageLocale(ctx);
  const t = (key: Parameters<typeof msg>[1], params?: Record<string, string | number>) => msg(locale, key, params);
  const periods = deputyRecordPeriods(ctx, deputy);
  const recent = activitiesOf(deputy.id, ctx.loaded.activities).slice(0, 5);
  const rate = (r: DutyPeriod['done']) => (r.whole ? `${formatRate(r)}（${r.part}/${r.whole}）` : t('none'));
  const activityCount = (p: DutyPeriod) => Object.values(p.activities).reduce((a, b) => a + b, 0);
  const cell = (label: string, value: string) => labelledCell(label, value, locale);
  return html`<section class="duty-record" aria-labelledby="duty-record-title"><h2 id="duty-record-title">${t('record')}</h2>
<p class="muted">${t('recordLead')}</p>
<table class="data-table data-table--labelled">
<thead><tr><th scope="col">${t('period')}</th><th scope="col">${t('receptions')}</th><th scope="col">${t('residentsMet')}</th><th scope="col">${t('raised')}</th><th scope="col">${t('received')}</th><th scope="col">${FIGURE_NAMES[locale].done}</th><th scope="col">${FIGURE_NAMES[locale].satisfied}</th><th scope="col">${t('activities')}</th></tr></thead>
<tbody>${periods.map(
    (p) => html`<tr><th scope="row">${p.period === 'term' ? t('term') : t('year', { year: String(p.period) })}</th>${cell(t('receptions'), t('receptionsCount', { count: p.receptions }))}${cell(t('residentsMet'), t('residentsCount', { count: p.residentsMet }))}${cell(t('raised'), t('itemsCount', { count: p.raised }))}${cell(t('received'), t('itemsCount', { count: p.received }))}${cell(FIGURE_NAMES[locale].done, rate(p.done))}${cell(FIGURE_NAMES[locale].satisfied, rate(p.satisfied))}${cell(t('activities'), t('activitiesCount', { count: activityCount(p) }))}</tr>`,
  )}</tbody>
</table>
${scoreSection(ctx, from, periods)}
${recent.length ? html`<h3>${t('recentActivities')}</h3><ul class="list">${recent.map((a) => activityItem(ctx, from, a))}</ul>` : ''}
</section>`;
}
