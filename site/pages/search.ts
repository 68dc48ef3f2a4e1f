import { html } from '../render/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { LEVEL_LABELS, STATION_KIND_LABELS, STAGE_LABELS } from '../../components/base/labels.js';
import type { SearchEntry } from '../../components/site-search/search-index.js';
import { currentStage } from '../render/format.js';
import { townPath, type TownContext } from './context.js';

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
  const { deputies, stations, suggestions, votes, news, pages } = ctx.loaded;
  const from = townPath(ctx, 'search/');
  const url = (rest: string) => relativeHref(from, townPath(ctx, rest));
  const entries: SearchEntry[] = [
    ...deputies.map((d) => ({
      t: d.name,
      u: url(`deputies/${d.id}/`),
      k: '代表',
      x: [d.levels.map((l) => LEVEL_LABELS['zh-CN'][l]).join(' '), d.constituency, d.title, d.occupation, ...(d.roles ?? [])].filter(Boolean).join(' · '),
    })),
    ...stations.map((s) => ({ t: s.name, u: url(`stations/${s.id}/`), k: STATION_KIND_LABELS['zh-CN'][s.kind], x: [s.address, s.description].filter(Boolean).join(' · ') })),
    ...suggestions.map((s) => ({
      t: s.title,
      u: url(`suggestions/${s.id}/`),
      k: '建议',
      x: [STAGE_LABELS['zh-CN'][currentStage(s)], s.category, s.department, clip(s.body, 160), s.reply ? clip(s.reply, 80) : ''].filter(Boolean).join(' · '),
    })),
    ...votes.map((v) => ({
      t: v.title,
      u: url('votes/'),
      k: v.kind === 'project-ballot' ? '票决' : v.kind === 'poll' ? '投票' : '评议',
      x: v.kind === 'rating' ? '' : v.candidates.map((c) => c.name).join(' · '),
    })),
    ...news.map((a) => ({ t: a.title, u: url(`news/${a.slug}/`), k: '动态', x: clip([a.summary, plainText(a.html)].filter(Boolean).join(' · '), 300) })),
    ...pages.map((a) => ({ t: a.title, u: url(`pages/${a.slug}/`), k: '专题', x: clip(plainText(a.html), 300) })),
  ];
  return { entries };
}

/** `/<town>/search/` */
export function searchPage(ctx: TownContext): string {
  const { town } = ctx.loaded;
  const url = townPath(ctx, 'search/');
  const href = (rest: string) => relativeHref(url, townPath(ctx, rest));
  return layout({
    site: ctx.site,
    url,
    town,
    title: '搜索',
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>搜索</h1>
<renda-site-search src="index.json"></renda-site-search>
<noscript><p>搜索需要浏览器启用 JavaScript。也可以直接浏览：<a href="${href('deputies/')}">代表名单</a>、<a href="${href('stations/')}">联络站</a>、<a href="${href('suggestions/')}">建议办理</a>、<a href="${href('news/')}">动态</a>。</p></noscript>`,
  });
}
