import { html } from '../render/html.js';
import { layout } from '../render/layout.js';
import { deputyContactUrl, relativeHref } from '../render/urls.js';
import { qrCode } from '../render/components.js';
import { currentStage, formatDate, submittedOn } from '../render/format.js';
import { LEVEL_LABELS, STAGE_LABELS } from '../../components/base/labels.js';
import { describeReception, nextReception } from '../../components/base/reception.js';
import type { Deputy } from '../content/types.js';
import { townPath, type TownContext } from './context.js';

const levels = (deputy: Deputy) => deputy.levels.map((level) => LEVEL_LABELS['zh-CN'][level]).join('、');

/** `/<town>/deputies/` */
export function deputiesPage(ctx: TownContext): string {
  const { town, deputies } = ctx.loaded;
  const url = townPath(ctx, 'deputies/');
  return layout({
    site: ctx.site,
    url,
    town,
    title: '代表名单',
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>代表名单</h1>
<p>${town.congress.name}共有代表 ${town.congress.deputies} 名；本页列出在本${town.kind === 'subdistrict' ? '街道' : '镇'}履职的各级代表 ${deputies.length} 名。</p>
<table class="data-table">
<thead><tr><th scope="col">编号</th><th scope="col">姓名</th><th scope="col">层级</th><th scope="col">选区</th><th scope="col">职务</th></tr></thead>
<tbody>${deputies.map(
      (deputy) => html`<tr><td>${deputy.id}</td><td><a href="${relativeHref(url, townPath(ctx, `deputies/${deputy.id}/`))}">${deputy.name}</a></td><td>${levels(deputy)}</td><td>${deputy.constituency}</td><td>${deputy.title ?? deputy.occupation ?? ''}</td></tr>`,
    )}</tbody>
</table>`,
  });
}

/** `/<town>/deputies/<id>/`: the deputy's public page, with the 代表码. */
export function deputyPage(ctx: TownContext, deputy: Deputy): string {
  const { town, stations, suggestions } = ctx.loaded;
  const url = townPath(ctx, `deputies/${deputy.id}/`);
  const href = (to: string) => relativeHref(url, to);
  const theirStations = stations.filter((station) => deputy.stations.includes(station.id));
  const theirSuggestions = suggestions.filter((s) => s.deputies.includes(deputy.id));
  const contactUrl = deputyContactUrl(ctx.site, town.slug, deputy.id);
  return layout({
    site: ctx.site,
    url,
    town,
    title: `${deputy.name}代表`,
    description: `${town.name}${levels(deputy)}${deputy.name}：选区、联络站、接待日与代表码。`,
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: '代表名单', url: townPath(ctx, 'deputies/') },
    ],
    body: html`<article class="deputy">
<h1>${deputy.name}</h1>
<dl class="facts">
  <dt>代表编号</dt><dd>${deputy.id}</dd>
  <dt>代表层级</dt><dd>${levels(deputy)}</dd>
  <dt>选区</dt><dd>${deputy.constituency}</dd>
  ${deputy.title || deputy.occupation ? html`<dt>职务</dt><dd>${deputy.title ?? deputy.occupation}</dd>` : ''}
  ${deputy.roles?.length ? html`<dt>身份</dt><dd>${deputy.roles.join('、')}</dd>` : ''}
  ${deputy.term ? html`<dt>任期</dt><dd>${deputy.term}</dd>` : ''}
</dl>
${deputy.bio ? html`<p>${deputy.bio}</p>` : ''}
<section aria-labelledby="code"><h2 id="code">代表码</h2>
<p>扫码联系${deputy.name}代表：有事码上说。</p>
${qrCode(contactUrl, `${deputy.name}代表的代表码`)}
</section>
<section aria-labelledby="stations"><h2 id="stations">进站履职</h2>
${theirStations.length
  ? html`<ul class="list">${theirStations.map((station) => {
      const next = nextReception(station.reception, station.stops, ctx.today);
      return html`<li><a href="${href(townPath(ctx, `stations/${station.id}/`))}">${station.name}</a>：${station.reception.map((rule) => describeReception(rule)).join('；')}${next ? html`（下次 <time datetime="${next.date}">${formatDate(next.date)}</time>）` : ''}</li>`;
    })}</ul>`
  : html`<p>暂未进站。</p>`}
</section>
<section aria-labelledby="suggestions"><h2 id="suggestions">领办和收到的建议</h2>
${theirSuggestions.length
  ? html`<ul class="list">${theirSuggestions.map((s) => html`<li><a href="${href(townPath(ctx, `suggestions/${s.id}/`))}">${s.title}</a> · ${STAGE_LABELS['zh-CN'][currentStage(s)]} · <time datetime="${submittedOn(s)}">${formatDate(submittedOn(s))}</time></li>`)}</ul>`
  : html`<p>暂无公开建议。</p>`}
</section>
</article>`,
  });
}
