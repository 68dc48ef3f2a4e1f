/**
 * The desk's page shell and how a page is sent: server-rendered HTML that needs no script, under
 * a policy stricter than the site's (styles only from the server's stylesheet, no inline style).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { html, type SafeHtml } from '../../domain/text/html.js';
import type { Locale } from '../../domain/model.js';
import { createMsg } from '../../domain/text/messages.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';
import { cookie, readCookies } from './cookies.js';
import type { StaffAccount } from './desk-store.js';

export const words = createMsg({ 'zh-CN': ZH.desk, en: EN.desk });
export const ruleWords = createMsg({ 'zh-CN': ZH.deskRules, en: EN.deskRules });
export const actionWords = createMsg({ 'zh-CN': ZH.deskActions, en: EN.deskActions });
export type DeskKey = Parameters<typeof words>[1];

export const DESK_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The reader's choices: language (zh-CN first) and text size, from `?lang=` / `?text=` once, then a cookie. */
export interface Preferences {
  locale: Locale;
  large: boolean;
  /** Cookies to set when the query changed a choice. */
  setCookies: string[];
}

export function preferences(request: IncomingMessage, url: URL, secure: boolean): Preferences {
  const cookies = readCookies(request);
  const setCookies: string[] = [];
  let lang = cookies.get('renda_desk_lang');
  let text = cookies.get('renda_desk_text');
  const askedLang = url.searchParams.get('lang');
  if (askedLang === 'en' || askedLang === 'zh-CN') {
    lang = askedLang;
    setCookies.push(cookie('renda_desk_lang', lang, { path: '/', secure, maxAge: 31_536_000 }));
  }
  const askedText = url.searchParams.get('text');
  if (askedText === 'large' || askedText === 'normal') {
    text = askedText;
    setCookies.push(cookie('renda_desk_text', text, { path: '/', secure, maxAge: 31_536_000 }));
  }
  return { locale: lang === 'en' ? 'en' : 'zh-CN', large: text === 'large', setCookies };
}

export function roleText(locale: Locale, account: Pick<StaffAccount, 'role' | 'station' | 'deputy'>, names?: { deputy?: string; station?: string }): string {
  if (account.role === 'clerk') return words(locale, 'roleClerk');
  if (account.role === 'station') return words(locale, 'roleStation', { station: names?.station ?? account.station ?? '' });
  return words(locale, 'roleDeputy', { deputy: names?.deputy ?? account.deputy ?? '' });
}

export interface PageParts {
  prefs: Preferences;
  title: string;
  body: SafeHtml;
  /** Signed in: the navigation, who is signed in, and the sign-out form. */
  account?: { user: string; role: string; clerk: boolean; csrf: string };
}

export function deskPage({ prefs, title, body, account }: PageParts): string {
  const { locale, large } = prefs;
  const w = (key: DeskKey, params?: Record<string, string | number>) => words(locale, key, params);
  const switches = html`<ul><li><a href="?lang=${locale === 'en' ? 'zh-CN' : 'en'}" lang="${locale === 'en' ? 'zh-CN' : 'en'}">${w('otherLanguage')}</a></li><li><a href="?text=${large ? 'normal' : 'large'}">${large ? w('normalText') : w('largeText')}</a></li></ul>`;
  const nav = account
    ? html`<nav aria-label="${w('nav')}"><ul><li><a href="/staff/">${w('navMessages')}</a></li><li><a href="/staff/suggestions/">${w('navSuggestions')}</a></li>${account.clerk ? html`<li><a href="/staff/audit">${w('navAudit')}</a></li>` : ''}</ul></nav>
<span>${w('signedInAs', { user: account.user, role: account.role })}</span>
<form class="inline" method="post" action="/staff/logout"><input type="hidden" name="_csrf" value="${account.csrf}"><button class="secondary">${w('signOut')}</button></form>`
    : '';
  return `<!doctype html>\n${html`<html lang="${locale}"${large ? html` class="large"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} · ${w('title')}</title>
<link rel="stylesheet" href="/staff/desk.css">
</head>
<body>
<header><span class="brand">${w('title')}</span>${nav}${switches}</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`}\n`;
}

export function sendPage(response: ServerResponse, status: number, page: string, headers: Record<string, string | string[]> = {}): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(Buffer.byteLength(page)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'content-security-policy': DESK_CSP,
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  response.end(page);
}
