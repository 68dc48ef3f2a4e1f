import { html, raw } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { formatDate } from '../../domain/text/format.js';
import type { Article } from '../../domain/model.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const WORDS = { 'zh-CN': ZH.newsPage, en: EN.newsPage } as const;

/** `/<town>/news/` */
export function newsPage(ctx: TownContext): string {
  const locale = pageLocale(ctx);
  const w = WORDS[locale];
  const { town, news, pages } = ctx.loaded;
  const url = townPath(ctx, 'news/');
  return layout({
    site: ctx.site,
    url,
    town,
    title: w.news,
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>${w.news}</h1>
${news.length ? html`<ul class="list">${news.map((a) => html`<li><a href="${relativeHref(url, townPath(ctx, `news/${a.slug}/`))}">${a.title}</a> <time datetime="${a.date}">${formatDate(a.date, locale)}</time>${a.summary ? html`<br><span class="muted">${a.summary}</span>` : ''}</li>`)}</ul>` : html`<p>${w.none}</p>`}
${pages.length ? html`<h2>${w.pages}</h2><ul class="list">${pages.map((p) => html`<li><a href="${relativeHref(url, townPath(ctx, `pages/${p.slug}/`))}">${p.title}</a></li>`)}</ul>` : ''}`,
  });
}

/** `/<town>/news/<slug>/` and `/<town>/pages/<slug>/`: Markdown rendered without raw HTML. */
export function articlePage(ctx: TownContext, article: Article, section: 'news' | 'pages'): string {
  const locale = pageLocale(ctx);
  const w = WORDS[locale];
  const { town } = ctx.loaded;
  return layout({
    site: ctx.site,
    url: townPath(ctx, `${section}/${article.slug}/`),
    town,
    title: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: w.news, url: townPath(ctx, 'news/') },
    ],
    body: html`<article class="prose"${locale === 'zh-CN' ? '' : html` lang="zh-CN"`}><h1>${article.title}</h1>${w.untranslated ? html`<p class="muted" lang="${locale}">${w.untranslated}</p>` : ''}${article.date ? html`<p class="muted"><time datetime="${article.date}">${formatDate(article.date, locale)}</time></p>` : ''}${raw(article.html)}</article>`,
  });
}
