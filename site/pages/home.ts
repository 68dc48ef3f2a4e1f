import { html } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { formatDate, formatWan } from '../../domain/text/format.js';
import { FIGURE_DEFINITIONS, FIGURE_NAMES, formatRate, suggestionFigures } from '../../domain/suggestions/figures.js';
import { ballotOutcome, passThreshold, rankCandidates } from '../../domain/votes/ballot-rules.js';
import { projectStanding } from '../../domain/votes/projects.js';
import { projectStatusLine } from './projects.js';
import { STAGE_LABELS, TOWN_KIND_LABELS } from '../../domain/text/labels.js';
import { STAGES, type LoadedTown, type Locale, type ProjectBallot, type SiteConfig, type Town } from '../../domain/model.js';
import { localePrefix } from '../i18n.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import { assemblyLink, hasAssembly } from './assembly.js';
import { fill } from '../../domain/text/messages.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const WORDS = { 'zh-CN': ZH.homePage, en: EN.homePage } as const;


/**
 * What the site's front page shows of a town. Kept with the town's build record, so that a
 * sharded build's last step writes the front page without loading every town.
 */
export interface TownSummary {
  slug: string;
  name: string;
  place: string;
  kind: Town['kind'];
  congress: string;
  deputies: number;
  stations: number;
  suggestions: number;
}

export function townSummary({ town, deputies, stations, suggestions }: LoadedTown): TownSummary {
  return { slug: town.slug, name: town.name, place: `${town.province}${town.city}${town.county}`, kind: town.kind, congress: town.congress.name, deputies: deputies.length, stations: stations.length, suggestions: suggestions.length };
}

/** `/` (and `/en/`): every town of the site. */
export function townIndexPage(site: SiteConfig, towns: readonly TownSummary[], locale: Locale = site.defaultLocale): string {
  const w = WORDS[locale];
  const prefix = localePrefix(site, locale);
  const url = `${prefix}/`;
  return layout({
    site,
    url,
    title: site.title,
    body: html`<h1>${site.title}</h1>
<ul class="cards">${towns.map(
      (town) => html`<li class="card">
  <h2><a href="${relativeHref(url, `${prefix}/${town.slug}/`)}">${town.name}</a></h2>
  <p>${town.place} · ${TOWN_KIND_LABELS[locale][town.kind]} · ${town.congress}</p>
  <p class="stats">${fill(w.counts, { deputies: town.deputies, stations: town.stations, suggestions: town.suggestions })}</p>
</li>`,
    )}</ul>`,
  });
}

/** `/<town>/`: the town at a glance. */
export function townHomePage(ctx: TownContext): string {
  const locale = pageLocale(ctx);
  const w = WORDS[locale];
  const { town, deputies, stations, suggestions, news } = ctx.loaded;
  const url = townPath(ctx);
  const figures = suggestionFigures(suggestions, ctx.today);
  const href = (to: string) => relativeHref(url, to);
  // This year's projects: the latest deputies' vote.
  const ballot = ctx.loaded.votes.filter((v): v is ProjectBallot => v.kind === 'project-ballot').sort((a, b) => b.date.localeCompare(a.date))[0];
  const outcome = ballot && ballotOutcome(ballot);
  return layout({
    site: ctx.site,
    url,
    town,
    title: town.name,
    description: fill(w.description, { town: town.name, congress: town.congress.name }),
    body: html`<h1>${town.congress.name}</h1>
${town.intro ? html`<p class="lead">${town.intro}</p>` : ''}
<ul class="figures">
  <li><a href="${href(townPath(ctx, 'deputies/'))}"><strong>${deputies.length}</strong> ${w.deputies}</a></li>
  <li><a href="${href(townPath(ctx, 'stations/'))}"><strong>${stations.length}</strong> ${w.stations}</a></li>
  <li><a href="${href(townPath(ctx, 'suggestions/'))}"><strong>${suggestions.length}</strong> ${w.suggestions}</a></li>
  <li><span><strong data-figure="done">${formatRate(figures.done)}</strong> ${FIGURE_NAMES[locale].done}</span></li>
  <li><span><strong data-figure="satisfied">${formatRate(figures.satisfied)}</strong> ${FIGURE_NAMES[locale].satisfied}</span></li>
  <li><span><strong data-figure="on-time">${formatRate(figures.onTime)}</strong> ${FIGURE_NAMES[locale].onTime}</span></li>
</ul>
<ul class="list muted">
  <li>${FIGURE_DEFINITIONS[locale].done}</li>
  <li>${FIGURE_DEFINITIONS[locale].satisfied}</li>
  <li>${FIGURE_DEFINITIONS[locale].onTime}</li>
</ul>
<h2>${w.progress}</h2>
<table class="stage-table"><caption class="visually-hidden">${w.byStage}</caption>
<thead><tr><th scope="col">${w.stage}</th><th scope="col">${w.count}</th></tr></thead>
<tbody>${STAGES.filter((stage) => figures.byStage[stage]).map((stage) => html`<tr><th scope="row">${STAGE_LABELS[locale][stage]}</th><td>${figures.byStage[stage]}</td></tr>`)}</tbody>
</table>
${ballot
  ? html`<h2>${w.projects}</h2>
<p>${town.congress.kind === 'working-committee'
  ? fill(w.projectsLeadAssembly, { title: ballot.title, seats: outcome!.chosen.size, threshold: passThreshold(ballot.electorate), assembly: town.congress.assembly ?? (locale === 'zh-CN' ? ZH : EN).votesPage.assembly })
  : fill(w.projectsLead, { title: ballot.title, seats: outcome!.chosen.size, threshold: passThreshold(ballot.electorate) })}</p>
<ol class="list">${rankCandidates(ballot.candidates.filter((c) => outcome!.chosen.has(c.id))).map((c) => html`<li>${c.name} · ${fill(w.votesFor, { count: c.for })}${c.investment !== undefined ? html` · ${formatWan(c.investment, locale)}` : ''} · <span class="muted">${projectStatusLine(projectStanding(ballot, c, ctx.today), locale)}</span></li>`)}</ol>
<p><a href="${href(townPath(ctx, 'votes/'))}">${w.allVotes}</a></p>`
  : ''}
${hasAssembly(ctx) ? html`<p>${assemblyLink(ctx, url)}</p>` : ''}
${news.length
  ? html`<h2>${w.news}</h2><ul class="list">${news.slice(0, 5).map((article) => html`<li><a href="${href(townPath(ctx, `news/${article.slug}/`))}">${article.title}</a> <time datetime="${article.date}">${formatDate(article.date, locale)}</time></li>`)}</ul>`
  : ''}
<h2>${w.contact}</h2>
<ul class="list">${town.contacts.map((c) => html`<li>${c.name}${c.phone ? html` · ${w.phone} <a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>` : ''}${c.address ? html` · ${c.address}` : ''}${c.hours ? html` · ${c.hours}` : ''}</li>`)}</ul>`,
  });
}
