import { html } from '../render/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { currentStage, formatDate, percent } from '../render/format.js';
import { STAGE_LABELS, TOWN_KIND_LABELS } from '../../components/base/labels.js';
import { STAGES, type LoadedContent } from '../content/types.js';
import { townPath, type TownContext } from './context.js';

/** `/`: every town of the site. */
export function townIndexPage(content: LoadedContent): string {
  const url = '/';
  return layout({
    site: content.site,
    url,
    title: content.site.title,
    body: html`<h1>${content.site.title}</h1>
<ul class="cards">${content.towns.map(
      ({ town, deputies, stations, suggestions }) => html`<li class="card">
  <h2><a href="${relativeHref(url, `/${town.slug}/`)}">${town.name}</a></h2>
  <p>${town.province}${town.city}${town.county} · ${TOWN_KIND_LABELS['zh-CN'][town.kind]} · ${town.congress.name}</p>
  <p class="stats">代表 ${deputies.length} 名 · 联络站点 ${stations.length} 个 · 公开建议 ${suggestions.length} 件</p>
</li>`,
    )}</ul>`,
  });
}

/** `/<town>/`: the town at a glance. */
export function townHomePage(ctx: TownContext): string {
  const { town, deputies, stations, suggestions, news } = ctx.loaded;
  const url = townPath(ctx);
  const byStage = new Map(STAGES.map((stage) => [stage, 0]));
  for (const s of suggestions) byStage.set(currentStage(s), (byStage.get(currentStage(s)) ?? 0) + 1);
  const withOutcome = suggestions.filter((s) => s.outcome);
  const solved = withOutcome.filter((s) => s.outcome === 'A' || s.outcome === 'B').length;
  const rated = suggestions.filter((s) => s.satisfaction);
  const satisfied = rated.filter((s) => s.satisfaction !== 'unsatisfied').length;
  const href = (to: string) => relativeHref(url, to);
  return layout({
    site: ctx.site,
    url,
    town,
    title: town.name,
    description: `${town.name}${town.congress.name}：代表、联络站、群众建议办理与民生实事项目票决公开。`,
    body: html`<h1>${town.congress.name}</h1>
${town.intro ? html`<p class="lead">${town.intro}</p>` : ''}
<ul class="figures">
  <li><a href="${href(townPath(ctx, 'deputies/'))}"><strong>${deputies.length}</strong> 名代表</a></li>
  <li><a href="${href(townPath(ctx, 'stations/'))}"><strong>${stations.length}</strong> 个联络站点</a></li>
  <li><a href="${href(townPath(ctx, 'suggestions/'))}"><strong>${suggestions.length}</strong> 件公开建议</a></li>
  <li><span><strong>${percent(solved, withOutcome.length)}</strong> 办成率（A、B类）</span></li>
  <li><span><strong>${percent(satisfied, rated.length)}</strong> 满意率（满意与基本满意）</span></li>
</ul>
<h2>建议办理进度</h2>
<table class="stage-table"><caption class="visually-hidden">各环节建议数</caption>
<thead><tr><th scope="col">环节</th><th scope="col">件数</th></tr></thead>
<tbody>${STAGES.filter((stage) => byStage.get(stage)).map((stage) => html`<tr><th scope="row">${STAGE_LABELS['zh-CN'][stage]}</th><td>${byStage.get(stage)}</td></tr>`)}</tbody>
</table>
${news.length
  ? html`<h2>最新动态</h2><ul class="list">${news.slice(0, 5).map((article) => html`<li><a href="${href(townPath(ctx, `news/${article.slug}/`))}">${article.title}</a> <time datetime="${article.date}">${formatDate(article.date)}</time></li>`)}</ul>`
  : ''}
<h2>联系我们</h2>
<ul class="list">${town.contacts.map((c) => html`<li>${c.name}${c.phone ? html` · 电话 <a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>` : ''}${c.address ? html` · ${c.address}` : ''}${c.hours ? html` · ${c.hours}` : ''}</li>`)}</ul>`,
  });
}
