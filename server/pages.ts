/**
 * The plain HTML pages a contact form gets back when it was posted without JavaScript: a
 * thank-you with the reference, or the reason it was refused. No script, nothing loaded.
 */
import { html, type SafeHtml } from '../domain/text/html.js';
import type { Locale } from '../domain/model.js';
import * as ZH from '../domain/text/translations/zh-CN.js';
import * as EN from '../domain/text/translations/en.js';


const WORDS = { 'zh-CN': ZH.formReply, en: EN.formReply } as const;
const STATUS = { 'zh-CN': ZH.statusPage, en: EN.statusPage } as const;

/** Why a form was refused, in plain words, by error code. */
const REASONS: Record<Locale, Record<string, string>> = { 'zh-CN': ZH.formRefusals, en: EN.formRefusals };

function page(locale: Locale, title: string, body: SafeHtml): string {
  return `<!doctype html>\n${html`<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>
body { margin: 0; font: 18px/1.6 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f1f1f; background: #fff; }
main { max-width: 36em; margin: 0 auto; padding: 24px 16px; }
h1 { font-size: 1.4em; line-height: 1.3; }
.reference { font-size: 1.3em; font-weight: 700; letter-spacing: 0.05em; }
a { display: inline-flex; align-items: center; min-height: 44px; color: #a4161a; font-weight: 700; }
@media (prefers-color-scheme: dark) { body { background: #161618; color: #ececec; } a { color: #f28b82; } }
</style>
</head>
<body><main>
<h1>${title}</h1>
${body}
</main></body>
</html>`}\n`;
}

const backLink = (locale: Locale, back: string | undefined) => (back ? html`<p><a href="${back}">${WORDS[locale].back}</a></p>` : '');

export function thankYouPage(locale: Locale, reference: string, back: string | undefined): string {
  const w = WORDS[locale];
  const status = html`<p><a href="/status/?ref=${reference}">${STATUS[locale].checkStatus}</a></p>`;
  return page(locale, w.thanksTitle, html`<p>${w.reference}<span class="reference">${reference}</span></p><p>${w.keepReference}</p><p>${w.handling}</p>${status}${backLink(locale, back)}`);
}

export function refusedPage(locale: Locale, code: string, back: string | undefined): string {
  const w = WORDS[locale];
  const reason = REASONS[locale][code] ?? REASONS[locale]['default']!;
  return page(locale, w.refusedTitle, html`<p>${reason}</p><p>${w.goBack}</p>${backLink(locale, back)}`);
}
