/**
 * The tracker's overview: totals, the published figures (办成率, 满意率, 按期答复率, each with its
 * part, whole and definition, from domain/suggestions/figures.ts), the overdue call-out and the
 * count at each stage.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { STAGES, type Locale } from '../../domain/model.js';
import { FIGURE_DEFINITIONS, FIGURE_NAMES, formatRate, type Rate, type TrackerStats } from '../../domain/suggestions/figures.js';
import { STAGE_LABELS } from '../../domain/text/suggestion-labels.js';
import { heading } from '../base/heading.js';
import type { MessageKey } from './messages.js';
import { isFiltered } from './url-state.js';
import type { TrackerFilters } from './view.js';

export interface OverviewContext {
  locale: Locale;
  headingLevel: number;
  filters: TrackerFilters;
  /** False on the server: no buttons that need script. */
  interactive: boolean;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  number(value: number): string;
  /** Narrows the list to the overdue suggestions. */
  showOverdue(): void;
}

function renderRate(v: OverviewContext, name: string, rate: Rate): TemplateResult {
  return html`<div class="tile" part="tile">
    <dt>${name}</dt>
    <dd>
      <span class="tile__value">${formatRate(rate)}</span>
      <span class="tile__of">${v.t('rateOf', { part: rate.part, whole: rate.whole })}</span>
    </dd>
  </div>`;
}

export function renderOverview(v: OverviewContext, stats: TrackerStats): TemplateResult {
  const locale = v.locale;
  const level = v.headingLevel;
  const max = Math.max(1, ...STAGES.map((s) => stats.byStage[s]));
  const filtered = isFiltered(v.filters);
  const number = v.number;
  return html`<section class="overview" part="overview" aria-labelledby="overview-title">
    ${heading(level, v.t('overview'), { id: 'overview-title', cls: 'section-title' })}
    ${filtered ? html`<p class="note">${v.t('overviewFiltered', { n: stats.total })}</p>` : nothing}
    <dl class="tiles">
      <div class="tile" part="tile"><dt>${v.t('total')}</dt><dd><span class="tile__value">${number(stats.total)}</span></dd></div>
      <div class="tile" part="tile"><dt>${v.t('open')}</dt><dd><span class="tile__value">${number(stats.open)}</span></dd></div>
      <div class="tile" part="tile"><dt>${v.t('finished')}</dt><dd><span class="tile__value">${number(stats.finished)}</span></dd></div>
      <div class="tile ${stats.overdue > 0 ? 'tile--alert' : ''}" part="tile"><dt>${v.t('overdue')}</dt><dd><span class="tile__value">${number(stats.overdue)}</span></dd></div>
    </dl>
    <dl class="tiles tiles--rates">
      ${renderRate(v, FIGURE_NAMES[locale].done, stats.done)} ${renderRate(v, FIGURE_NAMES[locale].satisfied, stats.satisfied)} ${renderRate(v, FIGURE_NAMES[locale].onTime, stats.onTime)}
    </dl>
    <ul class="hints">
      <li>${FIGURE_DEFINITIONS[locale].done}</li>
      <li>${FIGURE_DEFINITIONS[locale].satisfied}</li>
      <li>${FIGURE_DEFINITIONS[locale].onTime}</li>
    </ul>
    ${stats.overdue > 0 && !v.filters.overdue
      ? html`<p class="callout" part="overdue-callout">
          <span>${v.t('overdueCallout', { n: stats.overdue })}</span>
          ${v.interactive
            ? html`<button class="button" part="button" type="button" @click=${v.showOverdue}>${v.t('showOverdue')}</button>`
            : nothing}
        </p>`
      : nothing}
    ${heading(level + 1, v.t('byStage'), { cls: 'subsection-title' })}
    <ol class="stages">
      ${STAGES.map(
        (stage) => html`<li class="stages__item">
          <span class="stages__name">${STAGE_LABELS[v.locale][stage]}</span>
          <span class="stages__bar" aria-hidden="true"><span style=${styleMap({ width: `${(stats.byStage[stage] / max) * 100}%` })}></span></span>
          <span class="stages__count">${number(stats.byStage[stage])}</span>
        </li>`,
      )}
    </ol>
    <p class="note">${v.t('reopenedCount', { n: stats.reopened })} · ${v.t('onSiteCount', { n: stats.resolvedOnSite })}</p>
  </section>`;
}
