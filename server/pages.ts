/**
 * The plain HTML pages a contact form gets back when it was posted without JavaScript: a
 * thank-you with the reference, or the reason it was refused. No script, nothing loaded.
 */
import { html, type SafeHtml } from '../site/render/html.js';

export type PageLocale = 'zh-CN' | 'en';

const WORDS = {
  'zh-CN': {
    thanksTitle: '谢谢，您的意见建议已收到',
    reference: '编号：',
    keepReference: '请记下编号，便于以后询问办理情况。',
    handling: '工作人员会尽快受理。您的姓名和电话只用于联系您，不会公开。',
    back: '返回',
    refusedTitle: '没有提交成功',
    goBack: '请用浏览器的“返回”键回到表单修改，已填写的内容一般还在。',
  },
  en: {
    thanksTitle: 'Thank you — your suggestion has been received',
    reference: 'Reference: ',
    keepReference: 'Keep this reference to ask about your suggestion later.',
    handling: 'Staff will take it up soon. Your name and phone number are used only to contact you and are never published.',
    back: 'Back',
    refusedTitle: 'Your suggestion was not sent',
    goBack: "Use your browser's Back button to return to the form; what you typed is usually still there.",
  },
} as const;

/** Why a form was refused, in plain words, by error code. */
const REASONS: Record<PageLocale, Record<string, string>> = {
  'zh-CN': {
    'name-required': '请填写您的称呼。',
    'name-too-long': '称呼请不要超过40个字。',
    'body-required': '请填写意见建议的内容。',
    'body-too-long': '内容请不要超过2000字。',
    'bad-phone': '电话号码格式不对，请只填写数字。',
    'consent-required': '请勾选“同意”后再提交。',
    'rate-limited': '提交太频繁了，请过几分钟再试。',
    'body-too-large': '内容太长了，请删减后再提交。',
    'origin-not-allowed': '这个网页没有获准提交意见建议，请到本镇（街道）人大的官方网站提交。',
    'storage-unavailable': '系统暂时出错，意见建议没有保存。请稍后再试。',
    default: '提交的内容有误，请返回检查后再试。',
  },
  en: {
    'name-required': 'Please give your name.',
    'name-too-long': 'Please keep your name under 40 characters.',
    'body-required': 'Please write your suggestion.',
    'body-too-long': 'Please keep your suggestion under 2,000 characters.',
    'bad-phone': 'The phone number does not look right; please use digits only.',
    'consent-required': 'Please tick “I agree” before sending.',
    'rate-limited': 'Too many submissions; please try again in a few minutes.',
    'body-too-large': 'This is too long; please shorten it.',
    'origin-not-allowed': "This page may not send suggestions; please use the town congress's official site.",
    'storage-unavailable': 'Something went wrong and your suggestion was not saved. Please try again later.',
    default: 'Something in the form is not right; please go back and check it.',
  },
};

function page(locale: PageLocale, title: string, body: SafeHtml): string {
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

const backLink = (locale: PageLocale, back: string | undefined) => (back ? html`<p><a href="${back}">${WORDS[locale].back}</a></p>` : '');

export function thankYouPage(locale: PageLocale, reference: string, back: string | undefined): string {
  const w = WORDS[locale];
  return page(locale, w.thanksTitle, html`<p>${w.reference}<span class="reference">${reference}</span></p><p>${w.keepReference}</p><p>${w.handling}</p>${backLink(locale, back)}`);
}

export function refusedPage(locale: PageLocale, code: string, back: string | undefined): string {
  const w = WORDS[locale];
  const reason = REASONS[locale][code] ?? REASONS[locale]['default']!;
  return page(locale, w.refusedTitle, html`<p>${reason}</p><p>${w.goBack}</p>${backLink(locale, back)}`);
}
