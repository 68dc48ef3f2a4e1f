import { html } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { servingAs, STATION_KIND_LABELS, STAGE_LABELS } from '../../domain/text/labels.js';
import type { SearchEntry } from '../../components/site-search/define.js';
import { currentStage } from '../../domain/suggestions/loop.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const WORDS = { 'zh-CN': ZH.searchPage, en: EN.searchPage } as const;

/** Markdown's HTML as plain text for the index (tags dropped, entities of our own escaping undone). */
function plainText(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text);

/**
 * `/<town>/search/index.json`: one entry per page, built from the loaded (masked, public-only)
 * content. URLs are relative to the search page.
 */
export function searchIndex(ctx: TownContext): { entries: SearchEntry[] } {
  const locale = pageLocale(ctx);
  const w = WORDS[locale];
  const { deputies, stations, suggestions, votes, news, pages } = ctx.loaded;
  const from = townPath(ctx, 'search/');
  const url = (rest: string) => relativeHref(from, townPath(ctx, rest));
  const entries: SearchEntry[] = [
    ...deputies.map((d) => ({
      t: d.name,
      u: url(`deputies/${d.id}/`),
      k: w.deputy,
      x: [servingAs(d, locale).join(' '), d.constituency, d.title, d.occupation, ...(d.roles ?? [])].filter(Boolean).join(' · '),
    })),
    ...stations.map((s) => ({ t: s.name, u: url(`stations/${s.id}/`), k: STATION_KIND_LABELS[locale][s.kind], x: [s.address, s.description].filter(Boolean).join(' · ') })),
    ...suggestions.map((s) => ({
      t: s.title,
      u: url(`suggestions/${s.id}/`),
      k: w.suggestion,
      x: [STAGE_LABELS[locale][currentStage(s)], s.category, s.department, clip(s.body, 160), s.reply ? clip(s.reply, 80) : ''].filter(Boolean).join(' · '),
    })),
    ...votes.map((v) => ({
      t: v.title,
      u: url('votes/'),
      k: v.kind === 'project-ballot' ? w.ballot : v.kind === 'poll' ? w.poll : w.rating,
      x: v.kind === 'rating' ? '' : v.candidates.map((c) => c.name).join(' · '),
    })),
    ...news.map((a) => ({ t: a.title, u: url(`news/${a.slug}/`), k: w.news, x: clip([a.summary, plainText(a.html)].filter(Boolean).join(' · '), 300) })),
    ...pages.map((a) => ({ t: a.title, u: url(`pages/${a.slug}/`), k: w.page, x: clip(plainText(a.html), 300) })),
  ];
  return { entries };
}

/** `/<town>/search/` */
export function searchPage(ctx: TownContext): string {
  const w = WORDS[pageLocale(ctx)];
  const { town } = ctx.loaded;
  const url = townPath(ctx, 'search/');
  const href = (rest: string) => relativeHref(url, townPath(ctx, rest));
  return layout({
    site: ctx.site,
    url,
    town,
    title: w.title,
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>${w.title}</h1>
<renda-site-search src="index.json" lang="${pageLocale(ctx)}"></renda-site-search>
<noscript><p>${w.noscript}<a href="${href('deputies/')}">${w.deputies}</a> · <a href="${href('stations/')}">${w.stations}</a> · <a href="${href('suggestions/')}">${w.suggestions}</a> · <a href="${href('news/')}">${w.newsList}</a></p></noscript>`,
  });
}
