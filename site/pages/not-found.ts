import { html } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { localePrefix } from '../i18n.js';
import type { LoadedContent } from '../../domain/model.js';

/**
 * `/404.html`: one page for every missing address, in both languages (the server cannot tell
 * which was meant). Links are root-relative to the site, since it answers at any depth.
 */
export function notFoundPage(content: Pick<LoadedContent, 'site'>): string {
  const base = new URL(content.site.baseUrl).pathname;
  const other = content.site.defaultLocale === 'en' ? 'zh-CN' : 'en';
  const otherHome = `${base}${localePrefix(content.site, other).slice(1)}/`;
  return layout({
    site: content.site,
    url: '/404.html',
    title: content.site.defaultLocale === 'en' ? 'Page not found · 页面不存在' : '页面不存在 · Page not found',
    body: html`<h1>页面不存在</h1><p>您要找的页面不存在或已移动。<a href="${base}">返回首页</a></p>
<div lang="en"><h2>Page not found</h2><p>The page you are looking for does not exist or has moved. <a href="${otherHome}">Go to the home page</a></p></div>`,
  }).replace(/(href|src)="(?:\.\/)?(assets\/[^"]+)"/g, (_m, attr: string, path: string) => `${attr}="${base}${path}"`);
}
