import { html } from '../render/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { currentStage, formatDate, formatWan, percent } from '../render/format.js';
import { ballotOutcome, passThreshold, rankCandidates } from '../../components/vote/ballot-rules.js';
import { STAGE_LABELS, TOWN_KIND_LABELS } from '../../components/base/labels.js';
import { STAGES, type LoadedContent, type Locale, type ProjectBallot } from '../content/types.js';
import { localePrefix } from '../i18n.js';
import { pageLocale, townPath, type TownContext } from './context.js';

const WORDS = {
  'zh-CN': {
    counts: '代表 {deputies} 名 · 联络站点 {stations} 个 · 公开建议 {suggestions} 件',
    deputies: '名代表',
    stations: '个联络站点',
    suggestions: '件公开建议',
    solved: '办成率（A、B类）',
    satisfied: '满意率（满意与基本满意）',
    progress: '建议办理进度',
    byStage: '各环节建议数',
    stage: '环节',
    count: '件数',
    news: '最新动态',
    projects: '民生实事项目',
    projectsLead: '{title}：{seats} 个项目由代表票决产生（赞成票须超过全体代表半数，即 {threshold} 票）。',
    votesFor: '赞成 {count} 票',
    allVotes: '票决详情与群众投票',
    contact: '联系我们',
    phone: '电话',
    description: '{town}{congress}：代表、联络站、群众建议办理与民生实事项目票决公开。',
  },
  en: {
    counts: '{deputies} deputies · {stations} liaison stations and points · {suggestions} public suggestions',
    deputies: 'deputies',
    stations: 'liaison stations and points',
    suggestions: 'public suggestions',
    solved: 'solved or being solved (A and B)',
    satisfied: 'satisfied or basically satisfied',
    progress: 'Suggestions by stage',
    byStage: 'Suggestions at each stage',
    stage: 'Stage',
    count: 'Number',
    news: 'Latest news',
    projects: 'Livelihood projects',
    projectsLead: '{title}: {seats} projects chosen by the deputies’ vote (a project needs more than half of all deputies: {threshold} votes).',
    votesFor: '{count} for',
    allVotes: 'All votes and residents’ polls',
    contact: 'Contact',
    phone: 'Phone',
    description: '{town} {congress}: deputies, liaison stations, residents’ suggestions and votes on livelihood projects, in public.',
  },
} as const;

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

/** `/` (and `/en/`): every town of the site. */
export function townIndexPage(content: LoadedContent, locale: Locale = content.site.defaultLocale): string {
  const w = WORDS[locale];
  const prefix = localePrefix(content.site, locale);
  const url = `${prefix}/`;
  return layout({
    site: content.site,
    url,
    title: content.site.title,
    body: html`<h1>${content.site.title}</h1>
<ul class="cards">${content.towns.map(
      ({ town, deputies, stations, suggestions }) => html`<li class="card">
  <h2><a href="${relativeHref(url, `${prefix}/${town.slug}/`)}">${town.name}</a></h2>
  <p>${town.province}${town.city}${town.county} · ${TOWN_KIND_LABELS[locale][town.kind]} · ${town.congress.name}</p>
  <p class="stats">${fill(w.counts, { deputies: deputies.length, stations: stations.length, suggestions: suggestions.length })}</p>
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
  const byStage = new Map(STAGES.map((stage) => [stage, 0]));
  for (const s of suggestions) byStage.set(currentStage(s), (byStage.get(currentStage(s)) ?? 0) + 1);
  const withOutcome = suggestions.filter((s) => s.outcome);
  const solved = withOutcome.filter((s) => s.outcome === 'A' || s.outcome === 'B').length;
  const rated = suggestions.filter((s) => s.satisfaction);
  const satisfied = rated.filter((s) => s.satisfaction !== 'unsatisfied').length;
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
  <li><span><strong>${percent(solved, withOutcome.length)}</strong> ${w.solved}</span></li>
  <li><span><strong>${percent(satisfied, rated.length)}</strong> ${w.satisfied}</span></li>
</ul>
<h2>${w.progress}</h2>
<table class="stage-table"><caption class="visually-hidden">${w.byStage}</caption>
<thead><tr><th scope="col">${w.stage}</th><th scope="col">${w.count}</th></tr></thead>
<tbody>${STAGES.filter((stage) => byStage.get(stage)).map((stage) => html`<tr><th scope="row">${STAGE_LABELS[locale][stage]}</th><td>${byStage.get(stage)}</td></tr>`)}</tbody>
</table>
${ballot
  ? html`<h2>${w.projects}</h2>
<p>${fill(w.projectsLead, { title: ballot.title, seats: outcome!.chosen.size, threshold: passThreshold(ballot.electorate) })}</p>
<ol class="list">${rankCandidates(ballot.candidates.filter((c) => outcome!.chosen.has(c.id))).map((c) => html`<li>${c.name} · ${fill(w.votesFor, { count: c.for })}${c.investment !== undefined ? html` · ${formatWan(c.investment, locale)}` : ''}</li>`)}</ol>
<p><a href="${href(townPath(ctx, 'votes/'))}">${w.allVotes}</a></p>`
  : ''}
${news.length
  ? html`<h2>${w.news}</h2><ul class="list">${news.slice(0, 5).map((article) => html`<li><a href="${href(townPath(ctx, `news/${article.slug}/`))}">${article.title}</a> <time datetime="${article.date}">${formatDate(article.date, locale)}</time></li>`)}</ul>`
  : ''}
<h2>${w.contact}</h2>
<ul class="list">${town.contacts.map((c) => html`<li>${c.name}${c.phone ? html` · ${w.phone} <a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>` : ''}${c.address ? html` · ${c.address}` : ''}${c.hours ? html` · ${c.hours}` : ''}</li>`)}</ul>`,
  });
}
