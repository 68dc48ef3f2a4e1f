import { html, type SafeHtml } from '../../domain/text/html.js';
import { formatDate, formatMonth } from '../../domain/text/format.js';
import { createMsg } from '../../domain/text/messages.js';
import { batchRatings, chosenProjects, type BatchRating, type ProjectStanding } from '../../domain/votes/projects.js';
import { formatRate, type Rate } from '../../domain/suggestions/figures.js';
import { votePhase } from '../../domain/votes/vote-rules.js';
import { voteWidget, type VoteWidgetOptions } from '../render/vote.js';
import type { Locale } from '../../domain/model.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { formatWan } from '../../domain/text/format.js';
import { photoFigures } from '../render/photos.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const msg = createMsg({ 'zh-CN': ZH.projectsPage, en: EN.projectsPage });

/** Where a project stands, in one line: completed on…, n % done, or late. */
export function projectStatusLine(standing: ProjectStanding, locale: Locale): string {
  const planned = standing.project.completion ? formatMonth(standing.project.completion, locale) : undefined;
  if (standing.completed) return msg(locale, 'completed', { date: formatDate(standing.completed, locale) });
  const parts = [standing.percent !== undefined ? msg(locale, 'percent', { percent: standing.percent }) : msg(locale, 'noProgress')];
  if (planned) parts.push(msg(locale, standing.late ? 'late' : 'planned', { date: planned }));
  return parts.join(' · ');
}

/** The votes page's part: every chosen project with its progress entries. */
export function projectsSection(ctx: TownContext): SafeHtml | '' {
  const locale = pageLocale(ctx);
  const projects = chosenProjects(ctx.loaded.votes, ctx.today);
  const rated = new Map(batchRatings(ctx.loaded.votes).flatMap((batch) => batch.projects.map((p) => [`${batch.ballot.id} ${p.project.id}`, p] as const)));
  if (!projects.length) return '';
  return html`<section aria-labelledby="projects-title"><h2 id="projects-title">${msg(locale, 'title')}</h2>
<p>${msg(locale, 'lead')}</p>
<ul class="cards">${projects.map(
    (p) => html`<li class="card project${p.late ? ' project--late' : ''}" id="${projectAnchor(p)}"><h3><a href="${relativeHref(townPath(ctx, 'votes/'), projectPath(ctx, p))}">${p.project.name}</a></h3>
<p><strong>${projectStatusLine(p, locale)}</strong></p>
${p.percent !== undefined ? html`<progress max="100" value="${String(p.percent)}">${p.percent}%</progress>` : ''}
${(() => {
  const entries = publishedProgress(ctx, p);
  return entries.length ? html`<details><summary>${msg(locale, 'progress')}</summary>${progressList(ctx, townPath(ctx, 'votes/'), entries, 'muted')}</details>` : '';
})()}
${(() => {
  const rating = rated.get(`${p.ballot.id} ${p.project.id}`);
  return rating && (rating.deputiesRate || rating.residentsRate)
    ? html`<p><a href="#rating-${p.ballot.id}">${msg(locale, 'ratingLine', { deputies: rateText(rating.deputiesRate, locale), residents: rateText(rating.residentsRate, locale) })}</a></p>`
    : '';
})()}
<p class="muted">${msg(locale, 'ballot', { title: p.ballot.title })}</p>
</li>`,
  )}</ul>
</section>`;
}

/** A 满意率 with what it counts: 90.0%（9/10）; a dash when nothing was counted. */
function rateText(rate: Rate | undefined, locale: Locale): string {
  return rate && rate.whole ? msg(locale, 'ratingValue', { rate: formatRate(rate), part: rate.part, whole: rate.whole }) : msg(locale, 'ratingNone');
}

/**
 * The votes page's year-end rating of each batch (domain `batchRatings`): per project the deputies'
 * 满意率 and the residents' (advisory), the whole batch's, and the residents' ratings still open as
 * `<renda-vote>` widgets to rate in. Readable without script: the table is plain HTML.
 */
export function batchRatingSections(ctx: TownContext, at: string, widget: Omit<VoteWidgetOptions, 'headingLevel' | 'renderedAt'>): SafeHtml[] {
  const locale = pageLocale(ctx);
  const now = Date.parse(at);
  const cell = (label: string, value: string) => html`<td data-label="${label}${locale === 'zh-CN' ? '：' : ': '}">${value}</td>`;
  return batchRatings(ctx.loaded.votes).map((batch: BatchRating) => {
    const open = batch.projects.flatMap((p) => (p.residents && votePhase(p.residents, now) !== 'closed' ? [p.residents] : []));
    const [deputies, residents] = [msg(locale, 'ratingDeputies'), msg(locale, 'ratingResidents')];
    return html`<section class="batch-rating" id="rating-${batch.ballot.id}" aria-labelledby="rating-${batch.ballot.id}-title"><h2 id="rating-${batch.ballot.id}-title">${msg(locale, 'ratingTitle', { title: batch.ballot.title })}</h2>
<p>${msg(locale, 'ratingLead')}</p>
<table class="data-table data-table--labelled">
<thead><tr><th scope="col">${msg(locale, 'ratingProject')}</th><th scope="col">${deputies}</th><th scope="col">${residents}</th></tr></thead>
<tbody>${batch.projects.map((p) => html`<tr><th scope="row"><a href="#${projectAnchor({ ballot: batch.ballot, project: p.project })}">${p.project.name}</a></th>${cell(deputies, rateText(p.deputiesRate, locale))}${cell(residents, rateText(p.residentsRate, locale))}</tr>`)}
<tr><th scope="row">${msg(locale, 'ratingBatch')}</th>${cell(deputies, rateText(batch.deputiesRate, locale))}${cell(residents, rateText(batch.residentsRate, locale))}</tr></tbody>
</table>
${open.length ? html`<h3>${msg(locale, 'ratingOpen')}</h3>${open.map((rating) => html`<section class="card vote" id="${rating.id}">${voteWidget(rating, { ...widget, renderedAt: at, headingLevel: 4 })}</section>`)}` : ''}
</section>`;
  });
}

/**
 * The project's card on the votes page: named by its ballot too, as a town's ballots of two years
 * may each have a candidate `p1`; `--` between them, as ballot `2024` with `east-p1` and ballot
 * `2024-east` with `p1` must not meet.
 */
export const projectAnchor = (standing: { ballot: { id: string }; project: { id: string } }) => `project-${standing.ballot.id}--${standing.project.id}`;

type ProgressEntry = NonNullable<ProjectStanding['project']['progress']>[number];

/** The project's progress entries the build's day has reached, in the order the content gives them. */
const publishedProgress = (ctx: TownContext, standing: Pick<ProjectStanding, 'project'>): ProgressEntry[] => (standing.project.progress ?? []).filter((e) => e.date <= ctx.today);

/**
 * Progress entries as a list: the day, the percent and milestone, the report, the photos. One
 * template for the votes page's card (`reportClass` muted) and the project's own page.
 */
function progressList(ctx: TownContext, from: string, entries: readonly ProgressEntry[], reportClass?: string): SafeHtml {
  const locale = pageLocale(ctx);
  return html`<ol class="list">${entries.map(
    (e) =>
      html`<li><time datetime="${e.date}">${formatDate(e.date, locale)}</time>${e.percent !== undefined ? ` · ${e.percent}%` : ''}${e.milestone ? ` · ${e.milestone}` : ''}${e.report ? html`<br>${reportClass ? html`<span class="${reportClass}">${e.report}</span>` : e.report}` : ''}${photoFigures(ctx, from, e.photos)}</li>`,
  )}</ol>`;
}

/** A chosen project's own page: `/<town>/projects/<ballot>/<project>/`. */
export const projectPath = (ctx: TownContext, standing: ProjectStanding) => townPath(ctx, `projects/${standing.ballot.id}/${standing.project.id}/`);

/**
 * A chosen project's page: where it stands, what it is, the vote that chose it, every progress
 * entry with its photos, and its year-end rating — what a resident who follows one project wants.
 */
export function projectPage(ctx: TownContext, standing: ProjectStanding): string {
  const locale = pageLocale(ctx);
  const url = projectPath(ctx, standing);
  const votes = townPath(ctx, 'votes/');
  const { project, ballot } = standing;
  const rating = batchRatings(ctx.loaded.votes)
    .filter((batch) => batch.ballot.id === ballot.id)
    .flatMap((batch) => batch.projects)
    .find((p) => p.project.id === project.id);
  const entries = publishedProgress(ctx, standing);
  return layout({
    site: ctx.site,
    url,
    town: ctx.loaded.town,
    title: project.name,
    breadcrumbs: [
      { title: ctx.loaded.town.name, url: townPath(ctx) },
      { title: msg(locale, 'title'), url: `${votes}#projects-title` },
    ],
    body: html`<h1>${project.name}</h1>
<p><strong>${projectStatusLine(standing, locale)}</strong></p>
${standing.percent !== undefined ? html`<progress max="100" value="${String(standing.percent)}">${standing.percent}%</progress>` : ''}
${project.description ? html`<p>${project.description}</p>` : ''}
<dl class="facts">
${project.investment !== undefined ? html`<dt>${msg(locale, 'investment')}</dt><dd>${formatWan(project.investment, locale)}</dd>` : ''}
${project.completion ? html`<dt>${msg(locale, 'plannedBy')}</dt><dd>${formatMonth(project.completion, locale)}</dd>` : ''}
<dt>${msg(locale, 'chosenBy')}</dt><dd><a href="${relativeHref(url, votes)}#${projectAnchor(standing)}">${ballot.title}</a>（<time datetime="${ballot.date}">${formatDate(ballot.date, locale)}</time>）</dd>
</dl>
<h2>${msg(locale, 'progress')}</h2>
${entries.length ? progressList(ctx, url, entries) : html`<p>${msg(locale, 'noProgress')}</p>`}
${rating && (rating.deputiesRate || rating.residentsRate) ? html`<p><a href="${relativeHref(url, votes)}#rating-${ballot.id}">${msg(locale, 'ratingLine', { deputies: rateText(rating.deputiesRate, locale), residents: rateText(rating.residentsRate, locale) })}</a></p>` : ''}
<p><a href="${relativeHref(url, votes)}#projects-title">${msg(locale, 'allProjects')}</a></p>`,
  });
}
