import { html } from '../render/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { LEVEL_LABELS, STATION_KIND_LABELS, STAGE_LABELS } from '../../components/base/labels.js';
import type { SearchEntry } from '../../components/site-search/search-index.js';
import { currentStage } from '../render/format.js';
import { pageLocale, townPath, type TownContext } from './context.js';

const WORDS = {
  'zh-CN': { deputy: '代表', suggestion: '建议', ballot: '票决', poll: '投票', rating: '评议', news: '动态', page: '专题', title: '搜索', noscript: '搜索需要浏览器启用 JavaScript。也可以直接浏览：', deputies: '代表名单', stations: '联络站', suggestions: '建议办理', newsList: '动态' },
  en: { deputy: 'Deputy', suggestion: 'Suggestion', ballot: 'Deputies’ vote', poll: 'Poll', rating: 'Rating', news: 'News', page: 'Record', title: 'Search', noscript: 'Search needs JavaScript. You can also browse: ', deputies: 'deputies', stations: 'stations', suggestions: 'suggestions', newsList: 'news' },
} as const;

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
      x: [d.levels.map((l) => LEVEL_LABELS[locale][l]).join(' '), d.constituency, d.title, d.occupation, ...(d.roles ?? [])].filter(Boolean).join(' · '),
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
