import { html, type SafeHtml } from '../../domain/text/html.js';
import { formatDate, formatMonth } from '../../domain/text/format.js';
import { createMsg } from '../../domain/text/messages.js';
import { chosenProjects, type ProjectStanding } from '../../domain/votes/projects.js';
import type { Locale } from '../../domain/model.js';
import { pageLocale, type TownContext } from './context.js';
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
  if (!projects.length) return '';
  return html`<section aria-labelledby="projects-title"><h2 id="projects-title">${msg(locale, 'title')}</h2>
<p>${msg(locale, 'lead')}</p>
<ul class="cards">${projects.map(
    (p) => html`<li class="card project${p.late ? ' project--late' : ''}" id="project-${p.project.id}"><h3>${p.project.name}</h3>
<p><strong>${projectStatusLine(p, locale)}</strong></p>
${p.percent !== undefined ? html`<progress max="100" value="${String(p.percent)}">${p.percent}%</progress>` : ''}
${p.project.progress?.length
  ? html`<details><summary>${msg(locale, 'progress')}</summary><ol class="list">${p.project.progress.filter((e) => e.date <= ctx.today).map((e) => html`<li><time datetime="${e.date}">${formatDate(e.date, locale)}</time>${e.percent !== undefined ? ` · ${e.percent}%` : ''}${e.milestone ? ` · ${e.milestone}` : ''}${e.report ? html`<br><span class="muted">${e.report}</span>` : ''}</li>`)}</ol></details>`
  : ''}
<p class="muted">${msg(locale, 'ballot', { title: p.ballot.title })}</p>
</li>`,
  )}</ul>
</section>`;
}
