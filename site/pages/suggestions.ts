import { html, type SafeHtml } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { absoluteUrl, relativeHref } from '../render/urls.js';
import { atomFeed, type AtomEntry } from '../render/atom.js';
import { suggestionTracker } from '../render/suggestion-tracker.js';
import { OUTCOME_LABELS, SATISFACTION_LABELS, SOURCE_LABELS, STAGE_LABELS } from '../../domain/text/labels.js';
import { formatDate } from '../../domain/text/format.js';
import { describeClock } from '../../domain/suggestions/reply-clock.js';
import { createMsg } from '../../domain/text/messages.js';
import { standing, type HandlingRound } from '../../domain/suggestions/loop.js';
import { suggestionsCsv } from '../../domain/suggestions/export.js';
import { EMPTY_FILTERS, TrackerModel } from '../../components/suggestion-tracker/define.js';
import type { Locale, PublicSuggestion } from '../../domain/model.js';
import { meetingLinks } from './meetings.js';
import { pageLocale, townDataPath, townPath, type TownContext } from './context.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const word = createMsg({ 'zh-CN': ZH.suggestionsPage, en: EN.suggestionsPage });
/** The tracker's words, for the parts of an item's page that the widget's detail view shows too. */
const msg = createMsg({ 'zh-CN': ZH.suggestionTracker, en: EN.suggestionTracker });


/** `/<town>/suggestions/`: the tracker, server-rendered, with every suggestion reachable by a plain link. */
export function suggestionsPage(ctx: TownContext): string {
  const { town } = ctx.loaded;
  const locale = pageLocale(ctx);
  const url = townPath(ctx, 'suggestions/');
  const href = (to: string) => relativeHref(url, to);
  return layout({
    site: ctx.site,
    url,
    town,
    title: word(locale, 'title'),
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>${word(locale, 'title')}</h1>
<p>${word(locale, 'intro')}</p>
${meetingLinks(ctx, url)}
<p><a href="${href(townDataPath(ctx, 'suggestions/feed.xml'))}" type="application/atom+xml">${word(locale, 'feed')}</a> · <a href="${href(townDataPath(ctx, 'data/suggestions.csv'))}" download>${word(locale, 'csv')}</a> · <a href="${href(townDataPath(ctx, 'data/suggestions.json'))}">${word(locale, 'json')}</a></p>
${suggestionTracker(ctx, { pageUrl: url, headingLevel: 2 })}`,
  });
}

function clockLine(round: HandlingRound, locale: Locale): string {
  const { due, state } = describeClock(round, locale);
  return `${due} · ${state}`;
}

/** `/<town>/suggestions/<id>/`: one suggestion's whole loop, its rounds and their reply clocks. */
export function suggestionPage(ctx: TownContext, suggestion: PublicSuggestion): string {
  const { town, deputies, stations } = ctx.loaded;
  const locale = pageLocale(ctx);
  const t = (key: Parameters<typeof msg>[1], params?: Record<string, string | number>) => msg(locale, key, params);
  const url = townPath(ctx, `suggestions/${suggestion.id}/`);
  const href = (to: string) => relativeHref(url, to);
  const deputyById = new Map(deputies.map((d) => [d.id, d]));
  const stationById = new Map(stations.map((s) => [s.id, s]));
  const station = suggestion.station ? stationById.get(suggestion.station) : undefined;
  const st = standing(suggestion, ctx.today);
  const sep = t('listSeparator');
  const stageLabel = STAGE_LABELS[locale][st.stage];
  const actor = (id: string): SafeHtml | string => {
    if (deputyById.has(id)) return html`<a href="${href(townPath(ctx, `deputies/${id}/`))}">${deputyById.get(id)!.name}</a>`;
    if (stationById.has(id)) return html`<a href="${href(townPath(ctx, `stations/${id}/`))}">${stationById.get(id)!.name}</a>`;
    return id;
  };
  const round = (r: HandlingRound) => html`<section class="handling-round${r.reopened ? ' handling-round--reopened' : ''}">
<h3>${r.reopened ? t('roundN', { n: r.round }) : t('round1')}</h3>
${r.due ? html`<p class="${r.status === 'overdue' ? 'clock clock--overdue' : 'clock'}">${clockLine(r, locale)}</p>` : ''}
<ol class="timeline">${suggestion.history.slice(r.from, r.to).map(
    (entry) => html`<li class="timeline-step stage-${entry.stage}"><strong>${STAGE_LABELS[locale][entry.stage]}</strong> <time datetime="${entry.date}">${formatDate(entry.date, locale)}</time>${entry.actor ? html` · ${actor(entry.actor)}` : ''}${entry.department && entry.department !== entry.actor ? html` · ${entry.department}` : ''}${entry.deadline ? html` · ${t('stepDeadline', { date: formatDate(entry.deadline, locale) })}` : ''}${entry.note ? html`<p>${entry.note}</p>` : ''}</li>`,
  )}</ol>
</section>`;
  return layout({
    site: ctx.site,
    url,
    town,
    title: suggestion.title,
    description: word(locale, 'description', { town: town.name, title: suggestion.title, stage: stageLabel }),
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: word(locale, 'title'), url: townPath(ctx, 'suggestions/') },
    ],
    body: html`<article class="suggestion">
<h1>${suggestion.title}</h1>
<dl class="facts">
  <dt>${t('number')}</dt><dd>${suggestion.id}</dd>
  <dt>${t('category')}</dt><dd>${suggestion.category}</dd>
  <dt>${t('source')}</dt><dd>${SOURCE_LABELS[locale][suggestion.source]}</dd>
  <dt>${t('submitter')}</dt><dd>${suggestion.submitter}</dd>
  ${suggestion.deputies.length ? html`<dt>${t('deputy')}</dt><dd>${suggestion.deputies.map((id, i) => html`${i ? sep : ''}${actor(id)}`)}</dd>` : ''}
  ${station ? html`<dt>${t('station')}</dt><dd>${actor(station.id)}</dd>` : ''}
  ${st.department ? html`<dt>${t('department')}</dt><dd>${st.department}${suggestion.coDepartments?.length ? t('coDepartments', { names: suggestion.coDepartments.join(sep) }) : ''}</dd>` : ''}
  <dt>${t('currentStage')}</dt><dd>${stageLabel}${st.reopenedCount ? html`（${t('roundN', { n: st.rounds.length })}）` : ''}</dd>
  <dt>${t('days')}</dt><dd>${t('daysValue', { n: st.daysOpen })}</dd>
  ${suggestion.outcome ? html`<dt>${t('result')}</dt><dd>${OUTCOME_LABELS[locale][suggestion.outcome]}</dd>` : ''}
  ${suggestion.satisfaction ? html`<dt>${t('satisfaction')}</dt><dd>${SATISFACTION_LABELS[locale][suggestion.satisfaction]}</dd>` : ''}
</dl>
<h2>${t('clock')}</h2>
<p class="${st.overdue ? 'clock clock--overdue' : 'clock'}">${st.clock ? clockLine(st.clock, locale) : t('noClock')}</p>
<h2>${t('body')}</h2>
<p class="prose-text">${suggestion.body}</p>
<h2>${t('timeline')}</h2>
${st.rounds.map(round)}
${suggestion.reply ? html`<h2>${t('reply')}</h2><p class="prose-text">${suggestion.reply}</p>` : ''}
</article>`,
  });
}

/** XML 1.0 cannot carry most control characters, even escaped; content is untrusted text. */
const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/** The latest stage changes kept in the feed; the open data has them all. */
export const FEED_ENTRIES = 200;

/**
 * `/<town>/suggestions/feed.xml`: every stage change as an Atom entry, newest first, in the
 * site's default language, linking to the suggestion's page. Entry ids are the page's address
 * with the step's position, so a reader's feed app never shows a step twice.
 */
export function suggestionsFeed(ctx: TownContext): string {
  const base: TownContext = { ...ctx, locale: ctx.site.defaultLocale };
  const locale = ctx.site.defaultLocale;
  const { town, suggestions, deputies, stations } = ctx.loaded;
  const names = new Map<string, string>([...deputies, ...stations].map((r) => [r.id, r.name]));
  const steps = suggestions.flatMap((s) => s.history.map((entry, index) => ({ s, entry, index })));
  steps.sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.s.id.localeCompare(a.s.id) || b.index - a.index);
  const entries: AtomEntry[] = steps.slice(0, FEED_ENTRIES).map(({ s, entry, index }) => {
    const page = absoluteUrl(ctx.site, townPath(base, `suggestions/${s.id}/`));
    const stage = STAGE_LABELS[locale][entry.stage];
    const who = [entry.actor ? (names.get(entry.actor) ?? entry.actor) : '', entry.department && entry.department !== entry.actor ? entry.department : ''].filter(Boolean).join(' · ');
    const summary = [`${formatDate(entry.date, locale)} ${stage}`, who, entry.note ?? ''].filter(Boolean).join(' · ');
    return { id: `${page}#step-${index + 1}`, title: xmlSafe(`【${stage}】${s.title}`), link: page, updated: entry.date, summary: xmlSafe(summary) };
  });
  return atomFeed({
    self: absoluteUrl(ctx.site, townDataPath(ctx, 'suggestions/feed.xml')),
    alternate: absoluteUrl(ctx.site, townPath(base, 'suggestions/')),
    title: word(locale, 'feedTitle', { town: town.name }),
    author: town.congress.name,
    entries,
  });
}

/**
 * `/<town>/data/suggestions.csv`: every published suggestion, newest first, one row each with a
 * date column per stage, in the site's default language, with a link to each page.
 */
export function suggestionsCsvFile(ctx: TownContext): string {
  const base: TownContext = { ...ctx, locale: ctx.site.defaultLocale };
  const { suggestions, deputies, stations } = ctx.loaded;
  const model = new TrackerModel(suggestions, ctx.today, null);
  return suggestionsCsv(model.suggestions, model.standings, model.apply({}, EMPTY_FILTERS, 'newest'), {
    locale: ctx.site.defaultLocale,
    names: { deputies: new Map(deputies.map((d) => [d.id, d.name])), stations: new Map(stations.map((s) => [s.id, s.name])) },
    link: (id) => absoluteUrl(ctx.site, townPath(base, `suggestions/${id}/`)),
  });
}
