/** The desk's pages. Every value from a resident, a form or a file goes through `html`, which escapes it. */
import { html, type SafeHtml } from '../../domain/text/html.js';
import type { Locale, Stage } from '../../domain/model.js';
import { OUTCOMES, SATISFACTIONS } from '../../domain/model.js';
import { OUTCOME_LABELS, SATISFACTION_LABELS, STAGE_LABELS } from '../../domain/text/labels.js';
import { currentStage, standing } from '../../domain/suggestions/loop.js';
import type { DeskStep } from '../../domain/suggestions/steps.js';
import type { IsoDate } from '../../domain/calendar/dates.js';
import type { TownCatalogue } from '../catalogue.js';
import { MESSAGE_STATUSES, type AuditEntry, type DeskMessage, type MessageStatus } from './desk-store.js';
import { actionWords, deskPage, words, type DeskKey, type PageParts, type Preferences } from './layout.js';
import type { SuggestionFile } from './suggestion-files.js';

export type Header = NonNullable<PageParts['account']>;

const STATUS_KEYS: Record<MessageStatus, DeskKey> = { new: 'statusNew', read: 'statusRead', accepted: 'statusAccepted', merged: 'statusMerged', declined: 'statusDeclined' };
export const statusLabel = (locale: Locale, status: MessageStatus) => words(locale, STATUS_KEYS[status]);

/** A time as the town reads it: the date and hh:mm in China. */
export function chinaTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function noticeBlock(text: string | undefined, error = false): SafeHtml | string {
  return text ? html`<p class="notice${error ? ' error' : ''}" role="${error ? 'alert' : 'status'}">${text}</p>` : '';
}

export function loginPage(prefs: Preferences, csrf: string, notice?: { text: string; error: boolean }, user = ''): string {
  const w = (key: DeskKey) => words(prefs.locale, key);
  return deskPage({
    prefs,
    title: w('signInTitle'),
    body: html`${noticeBlock(notice?.text, notice?.error)}
<form method="post" action="/staff/login">
<input type="hidden" name="_csrf" value="${csrf}">
<label for="user">${w('user')}</label><input type="text" id="user" name="user" value="${user}" autocomplete="username" required maxlength="40" autocapitalize="none">
<label for="password">${w('password')}</label><input type="password" id="password" name="password" autocomplete="current-password" required maxlength="256">
<div><button>${w('signIn')}</button></div>
</form>`,
  });
}

export function noticePage(prefs: Preferences, title: string, text: string, account?: Header, back?: { href: string; label: string }): string {
  return deskPage({ prefs, title, body: html`${noticeBlock(text, true)}${back ? html`<p><a href="${back.href}">${back.label}</a></p>` : ''}`, ...(account ? { account } : {}) });
}

export interface InboxFilters {
  deputy?: string;
  station?: string;
  status?: MessageStatus;
  from?: IsoDate;
  to?: IsoDate;
  q?: string;
}

function options(values: [string, string][], selected: string | undefined, allLabel: string): SafeHtml {
  return html`<option value="">${allLabel}</option>${values.map(([value, label]) => html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`)}`;
}

export function inboxPage(prefs: Preferences, account: Header, town: TownCatalogue | undefined, messages: readonly DeskMessage[], filters: InboxFilters, query: string): string {
  const { locale } = prefs;
  const w = (key: DeskKey, params?: Record<string, string | number>) => words(locale, key, params);
  const deputyName = (id?: string) => (id ? (town?.deputyNames.get(id) ?? id) : '');
  const stationName = (id?: string) => (id ? (town?.stationNames.get(id) ?? id) : '');
  const exportLink = (format: string, label: string) => html`<a href="/staff/export?${query ? `${query}&` : ''}format=${format}">${label}</a>`;
  const rows = messages.map(
    (m) => html`<tr>
<td><a href="/staff/messages/${m.reference}">${m.reference}</a></td>
<td>${chinaTime(m.receivedAt)}</td>
<td class="${m.status === 'new' ? 'status-new' : ''}">${statusLabel(locale, m.status)}</td>
<td>${deputyName(m.deputy)}</td>
<td>${stationName(m.station)}</td>
<td>${m.name || w('erased')}</td>
<td>${m.phone ?? ''}</td>
<td class="excerpt">${[...m.body].slice(0, 80).join('')}${[...m.body].length > 80 ? '…' : ''}</td>
</tr>`,
  );
  return deskPage({
    prefs,
    account,
    title: w('inboxTitle'),
    body: html`<form class="filters" method="get" action="/staff/" role="search" aria-label="${w('filters')}">
<div><label for="f-deputy">${w('filterDeputy')}</label><select id="f-deputy" name="deputy">${options([...(town?.deputyNames ?? [])], filters.deputy, w('all'))}</select></div>
<div><label for="f-station">${w('filterStation')}</label><select id="f-station" name="station">${options([...(town?.stationNames ?? [])], filters.station, w('all'))}</select></div>
<div><label for="f-status">${w('filterStatus')}</label><select id="f-status" name="status">${options(MESSAGE_STATUSES.map((s) => [s, statusLabel(locale, s)]), filters.status, w('all'))}</select></div>
<div><label for="f-from">${w('filterFrom')}</label><input type="date" id="f-from" name="from" value="${filters.from ?? ''}"></div>
<div><label for="f-to">${w('filterTo')}</label><input type="date" id="f-to" name="to" value="${filters.to ?? ''}"></div>
<div><label for="f-q">${w('search')}</label><input type="search" id="f-q" name="q" value="${filters.q ?? ''}" maxlength="100"></div>
<div><button>${w('apply')}</button> <a href="/staff/">${w('clear')}</a></div>
</form>
<p>${w('count', { count: messages.length })} · ${w('export')}: ${exportLink('csv', 'CSV')} · ${exportLink('xlsx', 'Excel (xlsx)')} · ${exportLink('json', 'JSON')}</p>
<p class="notice">${w('exportNotice')} ${w('contactNotice')}</p>
${
  messages.length === 0
    ? html`<p>${w('none')}</p>`
    : html`<div class="table"><table><thead><tr><th scope="col">${w('colReference')}</th><th scope="col">${w('colReceived')}</th><th scope="col">${w('colStatus')}</th><th scope="col">${w('colDeputy')}</th><th scope="col">${w('colStation')}</th><th scope="col">${w('colName')}</th><th scope="col">${w('colPhone')}</th><th scope="col">${w('colBody')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
}`,
  });
}

export function messagePage(prefs: Preferences, account: Header, town: TownCatalogue | undefined, message: DeskMessage, mergeTargets: readonly SuggestionFile[], notice?: string): string {
  const { locale } = prefs;
  const w = (key: DeskKey, params?: Record<string, string | number>) => words(locale, key, params);
  const csrf = html`<input type="hidden" name="_csrf" value="${account.csrf}">`;
  const open = message.status === 'new' || message.status === 'read';
  const firstLine = [...message.body.split('\n')[0]!].slice(0, 30).join('');
  const decisions = open
    ? html`<div class="decisions steps">
<form method="post" action="/staff/messages/${message.reference}"><h2>${w('accept')}</h2><p>${w('acceptHelp')}</p>${csrf}<input type="hidden" name="action" value="accept">
<label for="a-title">${w('fieldTitle')}</label><input type="text" id="a-title" name="title" value="${firstLine}" required maxlength="100">
<label for="a-category">${w('fieldCategory')}</label><input type="text" id="a-category" name="category" required maxlength="40">
<label class="check"><input type="checkbox" name="public" checked> ${w('fieldPublic')}</label>
<button>${w('accept')}</button></form>
<form method="post" action="/staff/messages/${message.reference}"><h2>${w('merge')}</h2><p>${w('mergeHelp')}</p>${csrf}<input type="hidden" name="action" value="merge">
${
  mergeTargets.length
    ? html`<label for="m-suggestion">${w('fieldSuggestion')}</label><select id="m-suggestion" name="suggestion" required>${mergeTargets.map((f) => html`<option value="${f.suggestion.id}">${f.suggestion.id} ${f.suggestion.title}</option>`)}</select><button>${w('merge')}</button>`
    : html`<p>${w('noSuggestions')}</p>`
}</form>
<form method="post" action="/staff/messages/${message.reference}"><h2>${w('decline')}</h2>${csrf}<input type="hidden" name="action" value="decline">
<label for="d-reason">${w('fieldReason')}</label><textarea id="d-reason" name="reason" required maxlength="500"></textarea>
<button>${w('decline')}</button></form>
</div>`
    : html`<p class="notice">${w('decided', { status: statusLabel(locale, message.status) })}${message.reason ? html` ${message.reason}` : ''}</p>${message.suggestion ? html`<p><a href="/staff/suggestions/${message.suggestion}">${w('linkedSuggestion', { id: message.suggestion })}</a></p>` : ''}`;
  return deskPage({
    prefs,
    account,
    title: w('messageTitle', { reference: message.reference }),
    body: html`${noticeBlock(notice, true)}
<dl>
<dt>${w('colReceived')}</dt><dd>${chinaTime(message.receivedAt)}</dd>
<dt>${w('colStatus')}</dt><dd>${statusLabel(locale, message.status)}</dd>
${message.deputy ? html`<dt>${w('colDeputy')}</dt><dd>${town?.deputyNames.get(message.deputy) ?? message.deputy}</dd>` : ''}
${message.station ? html`<dt>${w('colStation')}</dt><dd>${town?.stationNames.get(message.station) ?? message.station}</dd>` : ''}
<dt>${w('colName')}</dt><dd>${message.name || w('erased')}</dd>
<dt>${w('colPhone')}</dt><dd>${message.phone ?? '—'}</dd>
</dl>
<p class="notice">${w('contactNotice')}</p>
<h2>${w('colBody')}</h2>
<div class="body">${message.body}</div>
${decisions}
<p><a href="/staff/">${w('navMessages')}</a></p>`,
  });
}

export function suggestionsPage(prefs: Preferences, account: Header, files: readonly SuggestionFile[], today: IsoDate): string {
  const { locale } = prefs;
  const w = (key: DeskKey, params?: Record<string, string | number>) => words(locale, key, params);
  const rows = files.map(({ suggestion }) => {
    const now = standing(suggestion, today);
    return html`<tr><td><a href="/staff/suggestions/${suggestion.id}">${suggestion.id}</a></td><td>${suggestion.title}</td><td>${STAGE_LABELS[locale][now.stage]}</td><td>${now.clock?.due && !now.finished ? now.clock.due : ''}</td></tr>`;
  });
  return deskPage({
    prefs,
    account,
    title: w('suggestionsTitle'),
    body: files.length
      ? html`<div class="table"><table><thead><tr><th scope="col">${w('colId')}</th><th scope="col">${w('colTitle')}</th><th scope="col">${w('colStage')}</th><th scope="col">${w('colDue')}</th></tr></thead><tbody>${rows}</tbody></table></div>`
      : html`<p>${w('noDeskSuggestions')}</p>`,
  });
}

function stepForm(locale: Locale, stage: DeskStep, csrf: string, version: string, id: string, today: IsoDate): SafeHtml {
  const w = (key: DeskKey, params?: Record<string, string | number>) => words(locale, key, params);
  const f = (name: string) => `${stage}-${name}`;
  const common = html`<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="version" value="${version}"><input type="hidden" name="stage" value="${stage}">
<label for="${f('date')}">${w('fieldDate')}</label><input type="date" id="${f('date')}" name="date" value="${today}" max="${today}" required>`;
  const note = html`<label for="${f('note')}">${w('fieldNote')}</label><textarea id="${f('note')}" name="note" maxlength="500"></textarea>`;
  const reply = html`<label for="${f('reply')}">${w('fieldReply')}</label><textarea id="${f('reply')}" name="reply" required maxlength="5000"></textarea>`;
  const fields: Record<DeskStep, SafeHtml> = {
    reviewed: html`<label for="${f('actor')}">${w('fieldActor')}</label><input type="text" id="${f('actor')}" name="actor" maxlength="64">${note}`,
    assigned: html`<label for="${f('department')}">${w('fieldDepartment')}</label><input type="text" id="${f('department')}" name="department" required maxlength="64">
<label for="${f('co')}">${w('fieldCoDepartments')}</label><input type="text" id="${f('co')}" name="coDepartments" maxlength="400">
<label for="${f('deadline')}">${w('fieldDeadline')}</label><input type="date" id="${f('deadline')}" name="deadline">
<label class="check"><input type="checkbox" name="complex"> ${w('fieldComplex')}</label>`,
    replied: html`${reply}<label for="${f('outcome')}">${w('fieldOutcome')}</label><select id="${f('outcome')}" name="outcome" required>${OUTCOMES.map((o) => html`<option value="${o}">${OUTCOME_LABELS[locale][o]}</option>`)}</select>`,
    'fed-back': note,
    rated: html`<label for="${f('satisfaction')}">${w('fieldSatisfaction')}</label><select id="${f('satisfaction')}" name="satisfaction" required>${SATISFACTIONS.map((s) => html`<option value="${s}">${SATISFACTION_LABELS[locale][s]}</option>`)}</select><p>${w('reopenNote')}</p>`,
    'resolved-on-site': reply,
    closed: note,
  };
  return html`<form method="post" action="/staff/suggestions/${id}"><h3>${STAGE_LABELS[locale][stage]}</h3>${common}${fields[stage]}<button>${w('recordStep', { stage: STAGE_LABELS[locale][stage] })}</button></form>`;
}

export function suggestionPage(prefs: Preferences, account: Header, file: SuggestionFile, references: readonly string[], steps: readonly DeskStep[], today: IsoDate, notice?: string): string {
  const { locale } = prefs;
  const w = (key: DeskKey, params?: Record<string, string | number>) => words(locale, key, params);
  const { suggestion } = file;
  const now = standing(suggestion, today);
  const stageWord = (stage: Stage) => STAGE_LABELS[locale][stage];
  return deskPage({
    prefs,
    account,
    title: w('suggestionTitle', { id: suggestion.id }),
    body: html`${noticeBlock(notice, true)}
<dl>
<dt>${w('colTitle')}</dt><dd>${suggestion.title}</dd>
<dt>${w('colStage')}</dt><dd>${stageWord(currentStage(suggestion))}</dd>
${now.clock?.due && !now.finished ? html`<dt>${w('colDue')}</dt><dd>${now.clock.due}</dd>` : ''}
${suggestion.department ? html`<dt>${w('fieldDepartment')}</dt><dd>${suggestion.department}${suggestion.coDepartments?.length ? html` (${suggestion.coDepartments.join('、')})` : ''}</dd>` : ''}
${suggestion.outcome ? html`<dt>${w('fieldOutcome')}</dt><dd>${OUTCOME_LABELS[locale][suggestion.outcome]}</dd>` : ''}
${suggestion.satisfaction ? html`<dt>${w('fieldSatisfaction')}</dt><dd>${SATISFACTION_LABELS[locale][suggestion.satisfaction]}</dd>` : ''}
</dl>
${references.length ? html`<p>${w('fromMessages', { references: '' })}${references.map((r, i) => html`${i ? '、' : ''}<a href="/staff/messages/${r}">${r}</a>`)}</p>` : ''}
<h2>${w('colBody')}</h2><div class="body">${suggestion.body}</div>
${suggestion.reply ? html`<h2>${w('fieldReply')}</h2><div class="body">${suggestion.reply}</div>` : ''}
<h2>${w('historyTitle')}</h2>
<ol>${suggestion.history.map((entry) => html`<li>${entry.date} ${stageWord(entry.stage)}${entry.department ? html` · ${entry.department}` : ''}${entry.deadline ? html` · ${w('due', { due: entry.deadline })}` : ''}${entry.note ? html` · ${entry.note}` : ''}</li>`)}</ol>
${
  file.listed
    ? ''
    : html`<h2>${w('nextStepsTitle')}</h2>
${steps.length ? html`<div class="steps">${steps.map((stage) => stepForm(locale, stage, account.csrf, file.version, suggestion.id, today))}</div>` : html`<p>${w('noNextSteps')}</p>`}`
}`,
  });
}

export function auditPage(prefs: Preferences, account: Header, entries: readonly AuditEntry[]): string {
  const { locale } = prefs;
  const w = (key: DeskKey) => words(locale, key);
  const action = (name: string) => {
    const label = actionWords(locale, name as Parameters<typeof actionWords>[1]);
    return label === name ? name : label;
  };
  return deskPage({
    prefs,
    account,
    title: w('auditTitle'),
    body: entries.length
      ? html`<div class="table"><table><thead><tr><th scope="col">${w('colAt')}</th><th scope="col">${w('colUser')}</th><th scope="col">${w('colAction')}</th><th scope="col">${w('colTarget')}</th><th scope="col">${w('colDetail')}</th><th scope="col">${w('colAddress')}</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><td>${chinaTime(e.at)}</td><td>${e.user}</td><td>${action(e.action)}</td><td>${e.target ?? ''}</td><td>${e.detail ?? ''}</td><td>${e.address}</td></tr>`)}</tbody></table></div>`
      : html`<p>${w('noAudit')}</p>`,
  });
}

