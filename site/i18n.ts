/**
 * The generator's own words, zh-CN and en. Every page exists in both: the site's default
 * locale at the root, the other under its prefix (`/en/…` or `/zh/…`). The language is in the
 * URL and switched by a link — never guessed from the visitor's address.
 */
import type { Locale, SiteConfig } from './content/types.js';

export const LOCALE_SEGMENT: Record<Locale, string> = { 'zh-CN': 'zh', en: 'en' };
export const ALL_LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** `''` for the default locale, else `/en` or `/zh`. */
export function localePrefix(site: Pick<SiteConfig, 'defaultLocale'>, locale: Locale): string {
  return locale === site.defaultLocale ? '' : `/${LOCALE_SEGMENT[locale]}`;
}

/** The locale a site path belongs to, from its prefix. */
export function localeOfPath(site: Pick<SiteConfig, 'defaultLocale'>, path: string): Locale {
  for (const locale of ALL_LOCALES) {
    if (locale !== site.defaultLocale && (path === `/${LOCALE_SEGMENT[locale]}` || path.startsWith(`/${LOCALE_SEGMENT[locale]}/`))) return locale;
  }
  return site.defaultLocale;
}

/** The same page in another locale. */
export function pathInLocale(site: Pick<SiteConfig, 'defaultLocale'>, path: string, locale: Locale): string {
  const current = localeOfPath(site, path);
  const bare = path.slice(localePrefix(site, current).length) || '/';
  return `${localePrefix(site, locale)}${bare}`;
}

const WORDS = {
  'zh-CN': {
    skip: '跳到正文',
    sections: '栏目',
    breadcrumbs: '位置',
    home: '首页',
    deputies: '代表',
    stations: '联络站',
    suggestions: '建议办理',
    votes: '票决与评议',
    news: '动态',
    data: '公开数据',
    search: '搜索',
    display: '显示设置',
    largeText: '大字',
    contrast: '高对比',
    language: 'English',
    languageName: 'English version',
    privacy: '本站公开的群众建议已隐去个人信息；提交人仅显示姓氏。',
    embed: '嵌入部件',
    feed: '订阅动态',
    feedTitle: '{town}人大动态',
    descriptionTown: '{town}{title}：{congress}公开信息。',
    descriptionSite: '{title}：乡镇人大代表、联络站、建议办理与票决公开。',
  },
  en: {
    skip: 'Skip to content',
    sections: 'Sections',
    breadcrumbs: 'You are here',
    home: 'Home',
    deputies: 'Deputies',
    stations: 'Stations',
    suggestions: 'Suggestions',
    votes: 'Votes',
    news: 'News',
    data: 'Open data',
    search: 'Search',
    display: 'Display settings',
    largeText: 'Large text',
    contrast: 'High contrast',
    language: '中文',
    languageName: '中文版',
    privacy: 'Residents’ personal data is removed from published suggestions; submitters are shown by surname only.',
    embed: 'Embed widgets',
    feed: 'News feed',
    feedTitle: '{town} congress news',
    descriptionTown: '{town} {title}: public information of {congress}.',
    descriptionSite: '{title}: township deputies, liaison stations, suggestions and votes, in public.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type WordKey = keyof (typeof WORDS)['zh-CN'];

/** A word of the generator's interface, with `{name}` placeholders filled. */
export function t(locale: Locale, key: WordKey, params: Record<string, string | number> = {}): string {
  return WORDS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
