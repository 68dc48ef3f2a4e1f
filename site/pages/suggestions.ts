import { html } from '../render/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { currentStage, formatDate, submittedOn } from '../render/format.js';
import { OUTCOME_LABELS, SATISFACTION_LABELS, SOURCE_LABELS, STAGE_LABELS } from '../../components/base/labels.js';
import type { PublicSuggestion } from '../content/types.js';
import { townPath, type TownContext } from './context.js';

/** `/<town>/suggestions/`: every public suggestion, newest first, readable without JavaScript. */
export function suggestionsPage(ctx: TownContext): string {
  const { town, suggestions } = ctx.loaded;
  const url = townPath(ctx, 'suggestions/');
  const newestFirst = [...suggestions].sort((a, b) => submittedOn(b).localeCompare(submittedOn(a)) || a.id.localeCompare(b.id));
  return layout({
    site: ctx.site,
    url,
    town,
    title: '建议办理',
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>建议办理</h1>
<p>群众和代表提出的建议，从递交到评议的每一步都在这里公开。</p>
<table class="data-table">
<thead><tr><th scope="col">建议</th><th scope="col">类别</th><th scope="col">环节</th><th scope="col">递交日期</th><th scope="col">办理结果</th></tr></thead>
<tbody>${newestFirst.map(
      (s) => html`<tr><td><a href="${relativeHref(url, townPath(ctx, `suggestions/${s.id}/`))}">${s.title}</a></td><td>${s.category}</td><td>${STAGE_LABELS['zh-CN'][currentStage(s)]}</td><td><time datetime="${submittedOn(s)}">${formatDate(submittedOn(s))}</time></td><td>${s.outcome ? OUTCOME_LABELS['zh-CN'][s.outcome] : ''}</td></tr>`,
    )}</tbody>
</table>`,
  });
}

/** `/<town>/suggestions/<id>/`: one suggestion's whole loop. */
export function suggestionPage(ctx: TownContext, suggestion: PublicSuggestion): string {
  const { town, deputies, stations } = ctx.loaded;
  const url = townPath(ctx, `suggestions/${suggestion.id}/`);
  const href = (to: string) => relativeHref(url, to);
  const deputyById = new Map(deputies.map((d) => [d.id, d]));
  const station = stations.find((s) => s.id === suggestion.station);
  return layout({
    site: ctx.site,
    url,
    town,
    title: suggestion.title,
    description: `${town.name}群众建议：${suggestion.title}（${STAGE_LABELS['zh-CN'][currentStage(suggestion)]}）`,
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: '建议办理', url: townPath(ctx, 'suggestions/') },
    ],
    body: html`<article class="suggestion">
<h1>${suggestion.title}</h1>
<dl class="facts">
  <dt>编号</dt><dd>${suggestion.id}</dd>
  <dt>类别</dt><dd>${suggestion.category}</dd>
  <dt>来源</dt><dd>${SOURCE_LABELS['zh-CN'][suggestion.source]}</dd>
  <dt>提出人</dt><dd>${suggestion.submitter}</dd>
  ${suggestion.deputies.length ? html`<dt>代表</dt><dd>${suggestion.deputies.map((id, i) => html`${i ? '、' : ''}<a href="${href(townPath(ctx, `deputies/${id}/`))}">${deputyById.get(id)?.name ?? id}</a>`)}</dd>` : ''}
  ${station ? html`<dt>联络站</dt><dd><a href="${href(townPath(ctx, `stations/${station.id}/`))}">${station.name}</a></dd>` : ''}
  ${suggestion.department ? html`<dt>承办单位</dt><dd>${suggestion.department}${suggestion.coDepartments?.length ? html`（协办：${suggestion.coDepartments.join('、')}）` : ''}</dd>` : ''}
  <dt>当前环节</dt><dd>${STAGE_LABELS['zh-CN'][currentStage(suggestion)]}</dd>
  ${suggestion.outcome ? html`<dt>办理结果</dt><dd>${OUTCOME_LABELS['zh-CN'][suggestion.outcome]}</dd>` : ''}
  ${suggestion.satisfaction ? html`<dt>满意度</dt><dd>${SATISFACTION_LABELS['zh-CN'][suggestion.satisfaction]}</dd>` : ''}
</dl>
<h2>建议内容</h2>
<p class="prose-text">${suggestion.body}</p>
<h2>办理过程</h2>
<ol class="timeline">${suggestion.history.map(
      (entry) => html`<li class="timeline-step stage-${entry.stage}"><strong>${STAGE_LABELS['zh-CN'][entry.stage]}</strong> <time datetime="${entry.date}">${formatDate(entry.date)}</time>${entry.department ? html` · ${entry.department}` : ''}${entry.actor ? html` · ${deputyById.get(entry.actor)?.name ?? stations.find((s) => s.id === entry.actor)?.name ?? entry.actor}` : ''}${entry.deadline ? html` · 答复期限 <time datetime="${entry.deadline}">${formatDate(entry.deadline)}</time>` : ''}${entry.note ? html`<p>${entry.note}</p>` : ''}</li>`,
    )}</ol>
${suggestion.reply ? html`<h2>答复</h2><p class="prose-text">${suggestion.reply}</p>` : ''}
</article>`,
  });
}
