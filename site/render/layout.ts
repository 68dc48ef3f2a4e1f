import { html, type SafeHtml } from './html.js';
import { relativeHref } from './urls.js';
import type { SiteConfig, Town } from '../content/types.js';

export interface PageFrame {
  site: SiteConfig;
  /** This page's site path, e.g. `/baiquan/deputies/`. */
  url: string;
  title: string;
  description?: string;
  town?: Town;
  /** Ancestors, nearest last: `[{ title: '白泉镇', url: '/baiquan/' }]`. */
  breadcrumbs?: { title: string; url: string }[];
  body: SafeHtml;
}

const TOWN_SECTIONS = [
  ['', '首页'],
  ['deputies/', '代表'],
  ['stations/', '联络站'],
  ['suggestions/', '建议办理'],
  ['votes/', '票决与评议'],
  ['news/', '动态'],
  ['data/', '公开数据'],
  ['search/', '搜索'],
] as const;

/**
 * Every page: no inline script or style, so a strict CSP (`script-src 'self'`) holds; no
 * request outside the site (system fonts only).
 */
export function layout(page: PageFrame): string {
  const href = (to: string) => relativeHref(page.url, to);
  const townBase = page.town ? `/${page.town.slug}/` : undefined;
  const fullTitle = page.town ? `${page.title === page.town.name ? '' : `${page.title} · `}${page.town.name} · ${page.site.title}` : page.title === page.site.title ? page.title : `${page.title} · ${page.site.title}`;
  return `<!doctype html>${html`<html lang="${page.site.defaultLocale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${page.description ?? (page.town ? `${page.town.name}${page.title === page.town.name ? '' : page.title}：${page.town.congress.name}公开信息。` : `${page.title}：乡镇人大代表、联络站、建议办理与票决公开。`)}">
${page.town ? html`<link rel="alternate" type="application/atom+xml" title="${page.town.name}人大动态" href="${href(`/${page.town.slug}/news/feed.xml`)}">` : ''}
<link rel="icon" href="${href('/assets/favicon.svg')}" type="image/svg+xml">
<script src="${href('/assets/site.js')}"></script>
<link rel="stylesheet" href="${href('/assets/theme.css')}">
<link rel="stylesheet" href="${href('/assets/site.css')}">
<script type="module" src="${href('/assets/renda-embed.js')}"></script>
</head>
<body>
<a class="skip-link" href="#main">跳到正文</a>
<header class="site-header">
  <div class="wrap">
    <div class="site-bar">
      <a class="site-title" href="${href(townBase ?? '/')}">${page.town ? page.town.congress.name : page.site.title}</a>
      <div class="display-settings" role="group" aria-label="显示设置">
        <button type="button" data-renda-display="text" aria-pressed="false" hidden>大字</button>
        <button type="button" data-renda-display="theme" aria-pressed="false" hidden>高对比</button>
      </div>
    </div>
    ${townBase
      ? html`<nav aria-label="栏目"><ul class="site-nav">${TOWN_SECTIONS.map(
          ([path, label]) => html`<li><a href="${href(townBase + path)}"${page.url === townBase + path ? html` aria-current="page"` : ''}>${label}</a></li>`,
        )}</ul></nav>`
      : ''}
  </div>
</header>
<main id="main" class="wrap">
${page.breadcrumbs?.length
  ? html`<nav aria-label="位置" class="breadcrumbs"><ol>${page.breadcrumbs.map((crumb) => html`<li><a href="${href(crumb.url)}">${crumb.title}</a></li>`)}<li aria-current="page">${page.title}</li></ol></nav>`
  : ''}
${page.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${page.town ? html`${page.town.province}${page.town.city}${page.town.county}${page.town.name} · ` : ''}<a href="${href('/')}">${page.site.title}</a></p>
    <p class="muted">本站公开的群众建议已隐去个人信息；提交人仅显示姓氏。${page.town ? html` <a href="${href(`/${page.town.slug}/embed/`)}">嵌入部件</a> · <a href="${href(`/${page.town.slug}/news/feed.xml`)}">订阅动态</a>` : ''}</p>
  </div>
</footer>
</body>
</html>`}\n`;
}
