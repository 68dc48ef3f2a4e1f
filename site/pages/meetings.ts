import { html, type SafeHtml } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { SATISFACTION_LABELS, STAGE_LABELS } from '../../domain/text/labels.js';
import { formatDate } from '../../domain/text/format.js';
import { createMsg } from '../../domain/text/messages.js';
import { currentStage } from '../../domain/suggestions/loop.js';
import { FIGURE_NAMES, formatRate, suggestionFigures } from '../../domain/suggestions/figures.js';
import { sittings, type MeetingSource, type Sitting } from '../../domain/suggestions/meetings.js';
import type { PublicSuggestion } from '../../domain/model.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const msg = createMsg({ 'zh-CN': ZH.meetingsPage, en: EN.meetingsPage });

/** Where each kind of sitting is published. */
export const MEETING_PATHS: Record<MeetingSource, string> = { questioning: 'questioning/', 'meet-the-head': 'meet-the-head/' };

/** The kinds of sitting this town has items of: only these get a page and a link. */
export function meetingSources(ctx: TownContext): MeetingSource[] {
  return (Object.keys(MEETING_PATHS) as MeetingSource[]).filter((source) => ctx.loaded.suggestions.some((s) => s.source === source));
}

/** The page's title: 大会问政 (议政代表会问政 in a 街道), 镇长有约 / 乡长有约 / 主任有约. */
export function meetingTitle(ctx: TownContext, source: MeetingSource): string {
  const locale = pageLocale(ctx);
  const { town } = ctx.loaded;
  if (source === 'questioning') return msg(locale, town.congress.kind === 'working-committee' ? 'questioningTitleAssembly' : 'questioningTitle');
  return msg(locale, town.kind === 'subdistrict' ? 'meetTitleSubdistrict' : town.kind === 'township' ? 'meetTitleTownship' : 'meetTitleTown');
}

/** Links to the town's sitting pages, for the suggestions page; empty when there are none. */
export function meetingLinks(ctx: TownContext, fromUrl: string): SafeHtml | '' {
  const sources = meetingSources(ctx);
  if (!sources.length) return '';
  const locale = pageLocale(ctx);
  return html`<p>${msg(locale, 'link')}${sources.map((source, i) => html`${i ? ' · ' : ''}<a href="${relativeHref(fromUrl, townPath(ctx, MEETING_PATHS[source]))}">${meetingTitle(ctx, source)}</a>`)}</p>`;
}

/** `/<town>/questioning/` and `/<town>/meet-the-head/`: each sitting with what was asked, answered and rated. */
export function meetingsPage(ctx: TownContext, source: MeetingSource): string {
  const { town, deputies, stations, suggestions } = ctx.loaded;
  const locale = pageLocale(ctx);
  const t = (key: Parameters<typeof msg>[1], params?: Record<string, string | number>) => msg(locale, key, params);
  const url = townPath(ctx, MEETING_PATHS[source]);
  const href = (to: string) => relativeHref(url, to);
  const title = meetingTitle(ctx, source);
  const all = sittings(suggestions, source);
  const items = all.flatMap((s) => s.items);
  const figures = suggestionFigures(items, ctx.today);
  const deputyLink = (id: string): SafeHtml | string => {
    const deputy = deputies.find((d) => d.id === id);
    return deputy ? html`<a href="${href(townPath(ctx, `deputies/${id}/`))}">${deputy.name}</a>` : id;
  };
  const names = (ids: readonly string[]) => ids.map((id, i) => html`${i ? t('separator') : ''}${deputyLink(id)}`);
  const intro = source === 'meet-the-head' ? 'meetIntro' : town.congress.kind === 'working-committee' ? 'questioningIntroAssembly' : 'questioningIntro';

  const item = (s: PublicSuggestion): SafeHtml => {
    const stage = currentStage(s);
    const last = s.history[s.history.length - 1];
    return html`<li class="card sitting-item"><h3><a href="${href(townPath(ctx, `suggestions/${s.id}/`))}">${s.title}</a></h3>
<dl class="facts">
  <dt>${t(source === 'questioning' ? 'asked' : 'raisedBy')}</dt><dd>${names(s.deputies)}</dd>
  ${s.department ? html`<dt>${t('answeredBy')}</dt><dd>${s.department}</dd>` : ''}
  <dt>${t('answer')}</dt><dd>${s.reply ? s.reply : t('noAnswer')}</dd>
  <dt>${t('now')}</dt><dd>${STAGE_LABELS[locale][stage]}${last ? html` · <time datetime="${last.date}">${formatDate(last.date, locale)}</time>` : ''}</dd>
  <dt>${t('rating')}</dt><dd>${s.satisfaction ? SATISFACTION_LABELS[locale][s.satisfaction] : t('notRated')}</dd>
</dl></li>`;
  };

  const sitting = (s: Sitting<PublicSuggestion>): SafeHtml => {
    const station = s.station ? stations.find((st) => st.id === s.station) : undefined;
    const heading = s.meeting ? t('sittingAt', { date: formatDate(s.date, locale), meeting: s.meeting }) : formatDate(s.date, locale);
    return html`<section class="sitting" aria-labelledby="sitting-${s.date}-${s.items[0]!.id}">
<h2 id="sitting-${s.date}-${s.items[0]!.id}">${heading}</h2>
${station ? html`<p>${t('place')}<a href="${href(townPath(ctx, `stations/${station.id}/`))}">${station.name}</a></p>` : ''}
<p>${t('participants')}${names(s.deputies)}</p>
<ul class="cards">${s.items.map(item)}</ul>
</section>`;
  };

  return layout({
    site: ctx.site,
    url,
    town,
    title,
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: locale === 'zh-CN' ? ZH.suggestionsPage.title : EN.suggestionsPage.title, url: townPath(ctx, 'suggestions/') },
    ],
    body: html`<h1>${title}</h1>
<p>${t(intro)}</p>
${all.length
  ? html`<p>${t('summary', { sittings: all.length, items: items.length })} ${t('satisfied', { name: FIGURE_NAMES[locale].satisfied, rate: formatRate(figures.satisfied), part: figures.satisfied.part, whole: figures.satisfied.whole })}</p>
${all.map(sitting)}`
  : html`<p>${t('none')}</p>`}`,
  });
}
