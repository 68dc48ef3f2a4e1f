/**
 * The generator's own words, zh-CN and en. Every page exists in both: the site's default
 * locale at the root, the other under its prefix (`/en/…` or `/zh/…`). The language is in the
 * URL and switched by a link — never guessed from the visitor's address.
 */
import type { Locale, SiteConfig } from '../domain/model.js';
import { fill } from '../domain/text/messages.js';
import * as ZH from '../domain/text/translations/zh-CN.js';
import * as EN from '../domain/text/translations/en.js';

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

const WORDS = { 'zh-CN': ZH.siteChrome, en: EN.siteChrome } as const satisfies Record<Locale, Record<string, string>>;

export type WordKey = keyof (typeof WORDS)['zh-CN'];

/** A word of the generator's interface, with `{name}` placeholders filled. */
export function t(locale: Locale, key: WordKey, params: Record<string, string | number> = {}): string {
  return fill(WORDS[locale][key], params);
}
