import { html, type SafeHtml } from '../../domain/text/html.js';
import { absoluteUrl, relativeHref } from './urls.js';
import { ALL_LOCALES, localeOfPath, localePrefix, pathInLocale, t, type WordKey } from '../i18n.js';
import type { SiteConfig, Town } from '../../domain/model.js';

export interface PageFrame {
  site: SiteConfig;
  /** This page's site path, e.g. `/fengquan/deputies/` or `/en/fengquan/deputies/`; its prefix sets the language. */
  url: string;
  title: string;
  description?: string;
  town?: Town;
  /** Ancestors, nearest last: `[{ title: '枫泉镇', url: '/fengquan/' }]`. */
  breadcrumbs?: { title: string; url: string }[];
  /** Site paths of stylesheets this page needs beyond the site's own, e.g. `/assets/deputy.css`. */
  stylesheets?: string[];
  body: SafeHtml;
}

const TOWN_SECTIONS: [string, WordKey][] = [
  ['', 'home'],
  ['deputies/', 'deputies'],
  ['stations/', 'stations'],
  ['suggestions/', 'suggestions'],
  ['votes/', 'votes'],
  ['news/', 'news'],
  ['data/', 'data'],
  ['search/', 'search'],
];

/**
 * Every page: no inline script or style, so a strict CSP (`script-src 'self'`) holds; no
 * request outside the site (system fonts only); the language from the URL, with a link to the
 * same page in the other language.
 */
export function layout(page: PageFrame): string {
  const locale = localeOfPath(page.site, page.url);
  const other = ALL_LOCALES.find((l) => l !== locale)!;
  const href = (to: string) => relativeHref(page.url, to);
  const prefix = localePrefix(page.site, locale);
  const townBase = page.town ? `${prefix}/${page.town.slug}/` : undefined;
  const fullTitle = page.town ? `${page.title === page.town.name ? '' : `${page.title} · `}${page.town.name} · ${page.site.title}` : page.title === page.site.title ? page.title : `${page.title} · ${page.site.title}`;
  const description =
    page.description ??
    (page.town
      ? t(locale, 'descriptionTown', { town: page.town.name, title: page.title === page.town.name ? '' : page.title, congress: page.town.congress.name })
      : t(locale, 'descriptionSite', { title: page.title }));
  const alternate = pathInLocale(page.site, page.url, other);
  const isNotFound = page.url.endsWith('404.html');
  // Only pages that carry a widget load the widgets' script: the others stay light on a phone.
  // The sections twice: a row on a wide screen, a menu that folds (<details>, no script needed) on
  // a phone, so the header leaves the first screen to the page. CSS shows one of them.
  const sections = townBase
    ? html`<ul class="site-nav">${TOWN_SECTIONS.map(
        ([path, key]) => html`<li><a href="${href(townBase + path)}"${page.url === townBase + path ? html` aria-current="page"` : ''}>${t(locale, key)}</a></li>`,
      )}</ul>`
    : undefined;
  const usesWidgets = page.body.value.includes('<renda-');
  return `<!doctype html>${html`<html lang="${locale}"${usesWidgets ? html` data-renda-widgets="${href('/assets/renda-embed.js')}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${description}">
${isNotFound ? '' : ALL_LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${absoluteUrl(page.site, pathInLocale(page.site, page.url, l))}">\n`)}${page.town ? html`<link rel="alternate" type="application/atom+xml" title="${t(locale, 'feedTitle', { town: page.town.name })}" href="${href(`/${page.town.slug}/news/feed.xml`)}">` : ''}
<link rel="icon" href="${href('/assets/favicon.svg')}" type="image/svg+xml">
<script src="${href('/assets/site.js')}"></script>
<link rel="stylesheet" href="${href('/assets/theme.css')}">
<link rel="stylesheet" href="${href('/assets/site.css')}">
${(page.stylesheets ?? []).map((sheet) => html`<link rel="stylesheet" href="${href(sheet)}">\n`)}
</head>
<body>
<a class="skip-link" href="#main">${t(locale, 'skip')}</a>
<header class="site-header">
  <div class="wrap">
    <div class="site-bar">
      <a class="site-title" href="${href(townBase ?? `${prefix}/`)}">${page.town ? page.town.congress.name : page.site.title}</a>
      <div class="site-tools">
        ${sections ? html`<details class="site-menu"><summary>${t(locale, 'sections')}</summary><nav aria-label="${t(locale, 'sections')}">${sections}
          <div class="site-menu__more">
            <button type="button" data-renda-display="theme" aria-pressed="false" hidden>${t(locale, 'contrast')}</button>
            ${isNotFound ? '' : html`<a class="language" href="${href(alternate)}" hreflang="${other}" lang="${other}">${t(locale, 'language')}</a>`}
          </div></nav></details>` : ''}
        <div class="display-settings" role="group" aria-label="${t(locale, 'display')}">
          <button type="button" data-renda-display="text" aria-pressed="false" hidden>${t(locale, 'largeText')}</button>
          <button type="button" data-renda-display="theme" aria-pressed="false" hidden>${t(locale, 'contrast')}</button>
        </div>
        ${isNotFound ? '' : html`<a class="language" href="${href(alternate)}" hreflang="${other}" lang="${other}">${t(locale, 'language')}</a>`}
      </div>
    </div>
    ${sections ? html`<nav class="site-sections" aria-label="${t(locale, 'sections')}">${sections}</nav>` : ''}
  </div>
</header>
<main id="main" class="wrap">
${page.breadcrumbs?.length
  ? html`<nav aria-label="${t(locale, 'breadcrumbs')}" class="breadcrumbs"><ol>${page.breadcrumbs.map((crumb) => html`<li><a href="${href(crumb.url)}">${crumb.title}</a></li>`)}<li aria-current="page">${page.title}</li></ol></nav>`
  : ''}
${page.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${page.town ? html`${page.town.province}${page.town.city}${page.town.county}${page.town.name} · ` : ''}<a href="${href(`${prefix}/`)}">${page.site.title}</a></p>
    <p class="muted">${t(locale, 'privacy')}${page.town ? html` <a href="${href(`${townBase}embed/`)}">${t(locale, 'embed')}</a> · <a href="${href(`/${page.town.slug}/news/feed.xml`)}">${t(locale, 'feed')}</a>` : ''}</p>
  </div>
</footer>
</body>
</html>`}\n`;
}
