/**
 * A town's scoring rule for the 履职档案 (`scoring.json`): the score on each deputy's page with
 * every part shown, and `/<town>/scoring/`, the rule itself. The score comes from the domain's
 * one computation (domain/deputies/scoring.ts) over the record's periods.
 */
import { html, type SafeHtml } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { formatNumber } from '../../domain/text/format.js';
import { createMsg } from '../../domain/text/messages.js';
import { dutyScore, type DutyScore } from '../../domain/deputies/scoring.js';
import type { DutyPeriod } from '../../domain/deputies/duty-record.js';
import type { ActivityKind, Locale, ScoreMeasure } from '../../domain/model.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import { ACTIVITY_KIND_LABELS } from '../../domain/text/labels.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';
import { labelledCell } from '../render/labelled-cell.js';

const msg = createMsg({ 'zh-CN': ZH.scoringPage, en: EN.scoringPage });
const record = createMsg({ 'zh-CN': ZH.dutyRecord, en: EN.dutyRecord });

export const scoringPath = (ctx: TownContext) => townPath(ctx, 'scoring/');

/** The scores of the record's periods, when the town has a rule. */
export function deputyScores(ctx: TownContext, periods: readonly DutyPeriod[]): DutyScore[] | undefined {
  const rule = ctx.loaded.scoring;
  return rule ? periods.map((p) => dutyScore(p, rule)) : undefined;
}

const MEASURE_KEYS: Record<Exclude<ScoreMeasure, `activities:${string}`>, Parameters<typeof msg>[1]> = {
  receptions: 'measureReceptions',
  residentsMet: 'measureResidentsMet',
  raised: 'measureRaised',
  received: 'measureReceived',
  done: 'measureDone',
  satisfied: 'measureSatisfied',
  activities: 'measureActivities',
};

export function measureLabel(measure: ScoreMeasure, locale: Locale): string {
  if (measure.startsWith('activities:')) return msg(locale, 'measureActivitiesOf', { kind: ACTIVITY_KIND_LABELS[locale][measure.slice('activities:'.length) as ActivityKind] });
  return msg(locale, MEASURE_KEYS[measure as keyof typeof MEASURE_KEYS]);
}

const points = (n: number, locale: Locale) => formatNumber(n, locale, { maximumFractionDigits: 1 });

/** The deputy page's score: one line per period, each with its breakdown, and the rule's page. */
export function scoreSection(ctx: TownContext, from: string, periods: readonly DutyPeriod[]): SafeHtml {
  const scores = deputyScores(ctx, periods);
  if (!scores) return html``;
  const locale = pageLocale(ctx);
  const rule = ctx.loaded.scoring!;
  const label = (p: DutyScore['period']) => (p === 'term' ? record(locale, 'term') : record(locale, 'year', { year: String(p) }));
  return html`<section class="duty-score" aria-labelledby="duty-score-title"><h3 id="duty-score-title">${msg(locale, 'heading')}</h3>
<p class="muted">${msg(locale, 'lead', { rule: rule.title })} <a href="${relativeHref(from, scoringPath(ctx))}">${msg(locale, 'ruleLink')}</a></p>
${scores.map(
  (score) => html`<details><summary>${score.max === undefined ? msg(locale, 'scoreLine', { period: label(score.period), total: points(score.total, locale) }) : msg(locale, 'scoreLineMax', { period: label(score.period), total: points(score.total, locale), max: points(score.max, locale) })}</summary>
<table class="data-table data-table--labelled"><caption>${msg(locale, 'details')} · ${label(score.period)}</caption>
<thead><tr><th scope="col">${msg(locale, 'category')}</th><th scope="col">${msg(locale, 'item')}</th><th scope="col">${msg(locale, 'counted')}</th><th scope="col">${msg(locale, 'perUnit')}</th><th scope="col">${msg(locale, 'cap')}</th><th scope="col">${msg(locale, 'earned')}</th></tr></thead>
<tbody>${score.categories.flatMap((category) =>
    category.items.map(
      (item) => html`<tr><th scope="row">${category.name}</th>${labelledCell(msg(locale, 'item'), item.name, locale)}${labelledCell(msg(locale, 'counted'), String(item.count), locale)}${labelledCell(msg(locale, 'perUnit'), points(item.points, locale), locale)}${labelledCell(msg(locale, 'cap'), item.max === undefined ? msg(locale, 'noCap') : points(item.max, locale), locale)}${labelledCell(msg(locale, 'earned'), points(item.score, locale), locale)}</tr>`,
    ),
  )}</tbody>
</table></details>`,
)}
</section>`;
}

/** On a phone the rows stack and the header is hidden: each cell carries its column's name. */

/** `/<town>/scoring/`: the rule itself, item by item. */
export function scoringRulePage(ctx: TownContext): string {
  const { town } = ctx.loaded;
  const rule = ctx.loaded.scoring!;
  const locale = pageLocale(ctx);
  const url = scoringPath(ctx);
  return layout({
    site: ctx.site,
    url,
    town,
    title: rule.title,
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: locale === 'zh-CN' ? ZH.siteChrome.deputies : EN.siteChrome.deputies, url: townPath(ctx, 'deputies/') },
    ],
    body: html`<h1>${rule.title}</h1>
<p class="lead">${msg(locale, 'ruleLead', { town: town.name })}</p>
${rule.adopted ? html`<p>${rule.adopted}</p>` : ''}
${rule.note ? html`<p class="muted">${rule.note}</p>` : ''}
${rule.categories.map(
  (category) => html`<h2>${category.name}</h2>
<table class="data-table data-table--labelled">
<thead><tr><th scope="col">${msg(locale, 'item')}</th><th scope="col">${msg(locale, 'measure')}</th><th scope="col">${msg(locale, 'perUnit')}</th><th scope="col">${msg(locale, 'cap')}</th></tr></thead>
<tbody>${category.items.map((item) => html`<tr><th scope="row">${item.name}</th>${labelledCell(msg(locale, 'measure'), measureLabel(item.measure, locale), locale)}${labelledCell(msg(locale, 'perUnit'), points(item.points, locale), locale)}${labelledCell(msg(locale, 'cap'), item.max === undefined ? msg(locale, 'noCap') : points(item.max, locale), locale)}</tr>`)}</tbody>
</table>`,
)}`,
  });
}
