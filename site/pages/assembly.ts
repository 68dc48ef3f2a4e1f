/**
 * `/<town>/assembly/`: a 街道's 议政代表会 — who sits in it besides the deputies, whether its
 * decisions are advisory or binding (as the town declares), and its meetings with their decisions.
 * The words never call it a congress: a 街道 has none.
 */
import { html } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { formatDate } from '../../domain/text/format.js';
import { createMsg } from '../../domain/text/messages.js';
import { servingAs } from '../../domain/text/labels.js';
import type { Activity, Locale } from '../../domain/model.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

export const assemblyWords = createMsg({ 'zh-CN': ZH.assemblyPage, en: EN.assemblyPage });

export const assemblyPath = (ctx: TownContext) => townPath(ctx, 'assembly/');

/** Whether the town has a 议政代表会 (a 街道 that names one in town.json). */
export const hasAssembly = (ctx: TownContext): boolean => !!ctx.loaded.town.congress.assembly;

/** The 议政代表会's meetings, newest first. */
export const assemblyMeetings = (activities: readonly Activity[]): Activity[] => activities.filter((a) => a.kind === 'assembly-meeting');

/** The link to the page, for the town's home and the receptions page. */
export const assemblyLink = (ctx: TownContext, from: string) =>
  html`<a href="${relativeHref(from, assemblyPath(ctx))}">${assemblyWords(pageLocale(ctx), 'link', { assembly: ctx.loaded.town.congress.assembly ?? '' })}</a>`;

export function assemblyPage(ctx: TownContext): string {
  const { town, deputies, activities } = ctx.loaded;
  const locale: Locale = pageLocale(ctx);
  const say = (key: Parameters<typeof assemblyWords>[1], params?: Record<string, string | number>) => assemblyWords(locale, key, params);
  const assembly = town.congress.assembly!;
  const url = assemblyPath(ctx);
  const href = (to: string) => relativeHref(url, to);
  const members = deputies.filter((d) => d.kind === 'assembly-member');
  const meetings = assemblyMeetings(activities);
  return layout({
    site: ctx.site,
    url,
    town,
    title: assembly,
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>${assembly}</h1>
<p class="lead">${say('lead', { assembly })}</p>
<p>${say(town.congress.assemblyDecisions === 'binding' ? 'binding' : 'advisory')}</p>
<h2>${say('members')}</h2>
<p>${say('membersLead', { assembly })} <a href="${href(townPath(ctx, 'deputies/'))}">${say('deputiesLink')}</a></p>
${members.length
  ? html`<ul class="list">${members.map((m) => html`<li><a href="${href(townPath(ctx, `deputies/${m.id}/`))}">${m.name}</a> · ${servingAs(m, locale).join(locale === 'zh-CN' ? '、' : ', ')}${m.title ? html` · ${m.title}` : ''}</li>`)}</ul>`
  : ''}
<h2>${say('meetings')}</h2>
${meetings.length
  ? html`<ul class="cards">${meetings.map(
      (m) => html`<li class="card" id="${m.id}"><h3><time datetime="${m.date}">${formatDate(m.date, locale)}</time> · ${m.title}</h3>
<p class="muted">${say('participants', { count: m.deputies.length })}</p>
${m.outcome ? html`<p>${m.outcome}</p>` : ''}
${m.decisions?.length ? html`<p>${say('decisions')}</p><ol class="list">${m.decisions.map((d) => html`<li>${d}</li>`)}</ol>` : ''}
</li>`,
    )}</ul>`
  : html`<p>${say('noMeetings')}</p>`}`,
  });
}
