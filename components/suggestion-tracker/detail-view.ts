/**
 * One suggestion in full, inside the tracker (when it has no page of its own): its facts, the
 * reply clock, the text, every handling round's timeline and the reply, with a way back.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, PublicSuggestion, Stage } from '../../domain/model.js';
import type { HandlingRound, SuggestionStanding } from '../../domain/suggestions/loop.js';
import { describeClock } from '../../domain/suggestions/reply-clock.js';
import { OUTCOME_LABELS, SATISFACTION_LABELS, SOURCE_LABELS, STAGE_LABELS } from '../../domain/text/suggestion-labels.js';
import { heading } from '../base/heading.js';
import type { MessageKey } from './messages.js';
import type { TrackerModel } from './view.js';

/** What the detail view takes from the tracker: its words, names and the way back. */
export interface DetailContext {
  locale: Locale;
  headingLevel: number;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  date(date: string | undefined): string;
  deputyName(id: string): string;
  stationName(id: string): string;
  actorName(actor: string): string;
  stageBadge(standing: SuggestionStanding): TemplateResult;
  close(): void;
}

export function renderDetail(v: DetailContext, model: TrackerModel, id: string): TemplateResult {
  const level = v.headingLevel;
  const back = html`<button class="button back" part="button" type="button" @click=${v.close}>← ${v.t('back')}</button>`;
  const i = model.suggestions.findIndex((s) => s.id === id);
  if (i === -1) {
    return html`<article class="detail" part="detail" aria-labelledby="detail-title">
      ${back} ${heading(level, v.t('notFound', { id }), { id: 'detail-title', focusable: true })}
    </article>`;
  }
  const s = model.suggestions[i]!;
  const st = model.standings[i]!;
  const t = v.t;
  const sep = t('listSeparator');
  const locale = v.locale;
  const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    ${back} ${heading(level, s.title, { id: 'detail-title', cls: 'detail__title', focusable: true })}
    <dl class="facts">
      ${fact(t('number'), s.id)} ${fact(t('category'), s.category)} ${fact(t('source'), SOURCE_LABELS[locale][s.source] ?? s.source)}
      ${fact(t('submitter'), s.submitter)}
      ${s.deputies.length ? fact(t('deputy'), s.deputies.map((d) => v.deputyName(d)).join(sep)) : nothing}
      ${s.station ? fact(t('station'), v.stationName(s.station)) : nothing}
      ${st.department ? fact(t('department'), html`${st.department}${s.coDepartments?.length ? t('coDepartments', { names: s.coDepartments.join(sep) }) : ''}`) : nothing}
      ${fact(t('currentStage'), v.stageBadge(st))} ${fact(t('days'), t('daysValue', { n: st.daysOpen }))}
      ${s.outcome ? fact(t('result'), OUTCOME_LABELS[locale][s.outcome]) : nothing}
      ${s.satisfaction ? fact(t('satisfaction'), SATISFACTION_LABELS[locale][s.satisfaction]) : nothing}
    </dl>
    <section class="clock ${st.overdue ? 'clock--overdue' : ''}" part="clock" aria-labelledby="clock-title">
      ${heading(level + 1, t('clock'), { id: 'clock-title', cls: 'subsection-title' })}
      ${st.clock
        ? (() => {
            const { due: basis, state } = describeClock(st.clock, v.locale);
            return html`<p>${basis}</p>
              <p class="clock__state">${state}</p>`;
          })()
        : html`<p>${t('noClock')}</p>`}
    </section>
    ${heading(level + 1, t('body'), { cls: 'subsection-title' })}
    <p class="prose">${s.body}</p>
    ${heading(level + 1, t('timeline'), { cls: 'subsection-title' })}
    ${st.rounds.map((round) => renderRound(v, s, round, level + 2))}
    ${s.reply ? html`${heading(level + 1, t('reply'), { cls: 'subsection-title' })}<p class="prose">${s.reply}</p>` : nothing}
    <div class="rating-slot">
      <!-- The rating widget (renda-vote kind="rating") goes here, provided by the page through the slot. -->
      <slot name="rating"></slot>
    </div>
  </article>`;
}

function renderRound(v: DetailContext, s: PublicSuggestion, round: HandlingRound, level: number): TemplateResult {
  const t = v.t;
  const steps = s.history.slice(round.from, round.to);
  const title = round.reopened ? t('roundN', { n: round.round }) : t('round1');
  const clock = round.due ? describeClock(round, v.locale) : undefined;
  return html`<section class="round ${round.reopened ? 'round--reopened' : ''}" aria-label=${title}>
    ${heading(level, title, { cls: 'round__title' })}
    ${clock ? html`<p class="round__clock">${clock.due} · ${clock.state}</p>` : nothing}
    <ol class="timeline" part="timeline">
      ${steps.map(
        (step) => html`<li class="timeline__step timeline__step--${step.stage}">
          <span class="timeline__stage">${STAGE_LABELS[v.locale][step.stage as Stage]}</span>
          <time datetime=${step.date}>${v.date(step.date)}</time>
          ${step.actor ? html`<span class="timeline__who">${v.actorName(step.actor)}</span>` : nothing}
          ${step.department && step.department !== step.actor ? html`<span class="timeline__who">${step.department}</span>` : nothing}
          ${step.deadline ? html`<span>${t('stepDeadline', { date: v.date(step.deadline) })}</span>` : nothing}
          ${step.note ? html`<p class="timeline__note">${step.note}</p>` : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}
