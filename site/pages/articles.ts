import { html, raw } from '../render/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { formatDate } from '../render/format.js';
import type { Article } from '../content/types.js';
import { townPath, type TownContext } from './context.js';

/** `/<town>/news/` */
export function newsPage(ctx: TownContext): string {
  const { town, news, pages } = ctx.loaded;
  const url = townPath(ctx, 'news/');
  return layout({
    site: ctx.site,
    url,
    town,
    title: '动态',
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>动态</h1>
${news.length ? html`<ul class="list">${news.map((a) => html`<li><a href="${relativeHref(url, townPath(ctx, `news/${a.slug}/`))}">${a.title}</a> <time datetime="${a.date}">${formatDate(a.date)}</time>${a.summary ? html`<br><span class="muted">${a.summary}</span>` : ''}</li>`)}</ul>` : html`<p>暂无。</p>`}
${pages.length ? html`<h2>专题</h2><ul class="list">${pages.map((p) => html`<li><a href="${relativeHref(url, townPath(ctx, `pages/${p.slug}/`))}">${p.title}</a></li>`)}</ul>` : ''}`,
  });
}

/** `/<town>/news/<slug>/` and `/<town>/pages/<slug>/`: Markdown rendered without raw HTML. */
export function articlePage(ctx: TownContext, article: Article, section: 'news' | 'pages'): string {
  const { town } = ctx.loaded;
  return layout({
    site: ctx.site,
    url: townPath(ctx, `${section}/${article.slug}/`),
    town,
    title: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: '动态', url: townPath(ctx, 'news/') },
    ],
    body: html`<article class="prose"><h1>${article.title}</h1>${article.date ? html`<p class="muted"><time datetime="${article.date}">${formatDate(article.date)}</time></p>` : ''}${raw(article.html)}</article>`,
  });
}
