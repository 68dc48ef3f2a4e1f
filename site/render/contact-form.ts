/**
 * The message form on deputy and station pages: a plain HTML form that works without script and
 * posts to the participation API, which answers with a page of its own (the 编号 and how to ask
 * about it). What is published and what is masked is said before the resident writes.
 */
import { html, type SafeHtml } from '../../domain/text/html.js';
import { createMsg } from '../../domain/text/messages.js';
import type { Locale } from '../../domain/model.js';
import { absoluteUrl } from './urls.js';
import type { TownContext } from '../pages/context.js';
import { pageLocale } from '../pages/context.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

/** The form's words, also for the headings and leads around it on deputy and station pages. */
export const contactMsg = createMsg({ 'zh-CN': ZH.contactForm, en: EN.contactForm });
const msg = contactMsg;

/** Who the message is for: a deputy, or a station (and the deputies stationed there). */
export type Recipient = { deputy: string } | { station: string };

/** What the page tells a resident before they write: what is published, what is masked. */
export function privacyNotice(locale: Locale, recipient: Recipient): SafeHtml {
  return html`<div class="notice" id="contact-privacy">
<p><strong>${msg(locale, 'privacyTitle')}</strong></p>
<ul class="list">
<li><strong>${msg(locale, 'published')}</strong>${msg(locale, 'publishedText')}</li>
<li><strong>${msg(locale, 'masked')}</strong>${msg(locale, 'maskedText')}</li>
<li><strong>${msg(locale, 'private')}</strong>${msg(locale, 'station' in recipient ? 'privateTextStation' : 'privateText')}</li>
</ul>
<p>${msg(locale, 'privateMatters')}</p>
</div>`;
}

/** The form itself, or nothing when the site takes no messages (`participationApi` unset). */
export function contactForm(ctx: TownContext, pageUrl: string, recipient: Recipient): SafeHtml | '' {
  const api = ctx.site.participationApi?.replace(/\/+$/, '');
  if (!api) return '';
  const locale = pageLocale(ctx);
  const { town } = ctx.loaded;
  return html`<form class="contact-form" method="post" action="${api}/submissions" aria-describedby="contact-privacy">
<input type="hidden" name="town" value="${town.slug}">
${'deputy' in recipient ? html`<input type="hidden" name="deputy" value="${recipient.deputy}">` : html`<input type="hidden" name="station" value="${recipient.station}">`}
<input type="hidden" name="lang" value="${locale}">
<input type="hidden" name="back" value="${absoluteUrl(ctx.site, pageUrl)}">
<p class="field"><label for="contact-name">${msg(locale, 'nameLabel')}</label>
<span class="hint" id="contact-name-hint">${msg(locale, 'nameHint')}</span>
<input id="contact-name" name="name" type="text" autocomplete="name" required maxlength="40" aria-describedby="contact-name-hint"></p>
<p class="field"><label for="contact-phone">${msg(locale, 'phoneLabel')}</label>
<span class="hint" id="contact-phone-hint">${msg(locale, 'station' in recipient ? 'phoneHintStation' : 'phoneHint')}</span>
<input id="contact-phone" name="phone" type="tel" autocomplete="tel" inputmode="tel" maxlength="24" aria-describedby="contact-phone-hint"></p>
<p class="field"><label for="contact-body">${msg(locale, 'bodyLabel')}</label>
<span class="hint" id="contact-body-hint">${msg(locale, 'bodyHint')}</span>
<textarea id="contact-body" name="body" rows="6" required maxlength="2000" aria-describedby="contact-body-hint"></textarea></p>
<p class="field field--check"><input id="contact-consent" name="consent" type="checkbox" value="on" required>
<label for="contact-consent">${msg(locale, 'consent', { body: town.congress.name })}</label></p>
<p><button class="button" type="submit">${msg(locale, 'submit')}</button></p>
</form>`;
}
