/**
 * `/status/`: a resident asks with their 编号 and sees the stage and dates only — never the
 * text, the reply or anyone's name or phone — and the public suggestion's link once it is
 * published. An unknown, a mistyped and a malformed reference get the same answer.
 */
import { html } from '../../domain/text/html.js';
import type { Locale } from '../../domain/model.js';
import { createMsg } from '../../domain/text/messages.js';
import { STAGE_LABELS } from '../../domain/text/labels.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';
import { chinaDateOf } from '../../domain/calendar/dates.js';
import { currentStage, standing } from '../../domain/suggestions/loop.js';
import type { DeskMessage } from './desk-store.js';
import { deskPage, type Preferences } from './layout.js';
import type { SuggestionFile } from './suggestion-files.js';

export const statusWords = createMsg({ 'zh-CN': ZH.statusPage, en: EN.statusPage });

/** `q9wj cb2t`, `Q9WJCB2T`, `q9wj-cb2t` → `Q9WJ-CB2T`; undefined when it cannot be a reference. */
export function normalizeReference(text: string | null): string | undefined {
  const compact = (text ?? '').toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-Z]{8}$/.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4)}` : undefined;
}

export interface StatusAnswer {
  message: DeskMessage;
  suggestion?: SuggestionFile;
  /** The public page of the suggestion, when it is published. */
  publicUrl?: string;
}

export function statusPage(prefs: Preferences, asked: string | undefined, answer: StatusAnswer | undefined, today: string, note?: string): string {
  const locale: Locale = prefs.locale;
  const w = (key: Parameters<typeof statusWords>[1], params?: Record<string, string | number>) => statusWords(locale, key, params);
  let result = html``;
  if (note) result = html`<p class="notice error" role="alert">${note}</p>`;
  else if (asked !== undefined && !answer) result = html`<p class="notice error" role="alert">${w('notFound')}</p>`;
  else if (answer) {
    const { message, suggestion, publicUrl } = answer;
    const received = chinaDateOf(message.receivedAt) ?? '';
    if (message.status === 'declined') {
      result = html`<p class="notice">${w('declined', { date: message.decidedAt ? (chinaDateOf(message.decidedAt) ?? '') : '' })}</p>${message.reason ? html`<p>${w('reason', { reason: message.reason })}</p>` : ''}`;
    } else if (suggestion) {
      const s = suggestion.suggestion;
      const now = standing(s, today);
      result = html`<p class="notice">${w('current', { stage: STAGE_LABELS[locale][currentStage(s)] })}</p>
${now.clock?.due && !now.finished ? html`<p>${w('due', { due: now.clock.due })}</p>` : ''}
<h2>${w('stepsTitle')}</h2>
<ol>${s.history.map((entry) => html`<li>${entry.date} ${STAGE_LABELS[locale][entry.stage]}</li>`)}</ol>
${publicUrl ? html`<p><a href="${publicUrl}">${w('publicLink')}</a></p>` : ''}`;
    } else result = html`<p class="notice">${w('received', { date: received })}</p>`;
  }
  return deskPage({
    prefs,
    title: w('title'),
    body: html`<p>${w('intro')}</p>
<form method="get" action="/status/">
<label for="ref">${w('fieldReference')}</label><input type="text" id="ref" name="ref" value="${asked ?? ''}" maxlength="20" autocomplete="off" autocapitalize="characters" required>
<div><button>${w('submit')}</button></div>
</form>
${result}`,
  });
}
