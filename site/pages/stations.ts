import { html } from '../render/html.js';
import { layout } from '../render/layout.js';
import { relativeHref, stationContactUrl } from '../render/urls.js';
import { qrCode } from '../render/components.js';
import { formatDate } from '../render/format.js';
import { STATION_KIND_LABELS } from '../../components/base/labels.js';
import { describeReception, nextReception } from '../../components/base/reception.js';
import type { Station } from '../content/types.js';
import { townPath, type TownContext } from './context.js';

/** `/<town>/stations/` */
export function stationsPage(ctx: TownContext): string {
  const { town, stations } = ctx.loaded;
  const url = townPath(ctx, 'stations/');
  return layout({
    site: ctx.site,
    url,
    town,
    title: '代表联络站',
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>代表联络站</h1>
<ul class="cards">${stations.map((station) => {
      const next = nextReception(station.reception, station.stops, ctx.today);
      return html`<li class="card"><h2><a href="${relativeHref(url, townPath(ctx, `stations/${station.id}/`))}">${station.name}</a></h2>
<p>${STATION_KIND_LABELS['zh-CN'][station.kind]} · ${station.address}</p>
${next ? html`<p>下次接待：<time datetime="${next.date}">${formatDate(next.date)}</time>${next.stop ? html` · ${next.stop.place}` : ''}</p>` : ''}</li>`;
    })}</ul>`,
  });
}

/** `/<town>/stations/<id>/` */
export function stationPage(ctx: TownContext, station: Station): string {
  const { town, deputies } = ctx.loaded;
  const url = townPath(ctx, `stations/${station.id}/`);
  const href = (to: string) => relativeHref(url, to);
  const stationed = deputies.filter((deputy) => station.deputies.includes(deputy.id));
  const next = nextReception(station.reception, station.stops, ctx.today);
  const upcomingStops = (station.stops ?? []).filter((stop) => stop.date >= ctx.today);
  return layout({
    site: ctx.site,
    url,
    town,
    title: station.name,
    description: `${station.name}：地址、接待时间、进站代表。`,
    breadcrumbs: [
      { title: town.name, url: townPath(ctx) },
      { title: '代表联络站', url: townPath(ctx, 'stations/') },
    ],
    body: html`<article class="station">
<h1>${station.name}</h1>
<dl class="facts">
  <dt>类型</dt><dd>${STATION_KIND_LABELS['zh-CN'][station.kind]}</dd>
  <dt>地址</dt><dd>${station.address}</dd>
  ${station.phone ? html`<dt>电话</dt><dd><a href="tel:${station.phone.replace(/[^\d+]/g, '')}">${station.phone}</a></dd>` : ''}
  ${station.reception.length ? html`<dt>接待时间</dt><dd>${station.reception.map((rule) => describeReception(rule)).join('；')}</dd>` : ''}
  ${next ? html`<dt>下次接待</dt><dd><time datetime="${next.date}">${formatDate(next.date)}</time>${next.stop ? html` · ${next.stop.place}` : ''}</dd>` : ''}
</dl>
${station.description ? html`<p>${station.description}</p>` : ''}
${upcomingStops.length ? html`<h2>流动安排</h2><ul class="list">${upcomingStops.map((stop) => html`<li><time datetime="${stop.date}">${formatDate(stop.date)}</time>${stop.time ? ` ${stop.time}` : ''} · ${stop.place}</li>`)}</ul>` : ''}
<h2>进站代表</h2>
${stationed.length ? html`<ul class="list">${stationed.map((deputy) => html`<li><a href="${href(townPath(ctx, `deputies/${deputy.id}/`))}">${deputy.name}</a></li>`)}</ul>` : html`<p>暂无。</p>`}
<section aria-labelledby="code"><h2 id="code">联络站码</h2>
${qrCode(stationContactUrl(ctx.site, town.slug, station.id), `${station.name}的联络站码`)}
</section>
</article>`,
  });
}
