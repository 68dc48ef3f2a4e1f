import { html } from '../render/html.js';
import { layout } from '../render/layout.js';
import type { LoadedContent } from '../content/types.js';

/** `/404.html`: links are root-relative to the site, since this page answers at any depth. */
export function notFoundPage(content: LoadedContent): string {
  const base = new URL(content.site.baseUrl).pathname;
  return layout({
    site: content.site,
    url: '/404.html',
    title: '页面不存在',
    body: html`<h1>页面不存在</h1><p>您要找的页面不存在或已移动。</p><p><a href="${base}">返回首页</a></p>`,
  }).replace(/(href|src)="(?:\.\/)?(assets\/[^"]+)"/g, (_m, attr: string, path: string) => `${attr}="${base}${path}"`);
}
