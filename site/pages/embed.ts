import { html, type SafeHtml } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { absoluteUrl, deputyContactUrl, relativeHref } from '../render/urls.js';
import type { Locale } from '../../domain/model.js';
import { pageLocale, townDataPath, townPath, type TownContext } from './context.js';
import { fill } from '../../domain/text/messages.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

/** One widget a webmaster can paste into the town's CMS. */
export interface EmbedWidget {
  id: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  /**
   * The tag, given how to address a site path such as `townDataPath(ctx, 'data/stations.json')` (see context.ts):
   * absolute for the snippet, relative for the preview.
   */
  tag: (ctx: TownContext, url: (sitePath: string) => string) => SafeHtml;
}

const langAttr = (ctx: TownContext) => (pageLocale(ctx) === 'zh-CN' ? '' : html` lang="${pageLocale(ctx)}"`);

/** Every embeddable widget, in the order the embed page lists them. */
export const EMBED_WIDGETS: EmbedWidget[] = [
  {
    id: 'deputy-card',
    title: { 'zh-CN': '代表名片', en: 'Deputy’s card' },
    description: {
      'zh-CN': '一位代表的名片：层级、选区、进站、下次接待日和代表码。把地址里的代表编号换成其他代表的编号即可。',
      en: 'One deputy’s card: levels, constituency, stations, next reception and QR code. Change the deputy’s number in the address for another deputy.',
    },
    tag: (ctx, url) => {
      const deputy = ctx.loaded.deputies[0];
      return deputy
        ? html`<renda-deputy-card src="${url(townDataPath(ctx, `data/deputies/${deputy.id}.json`))}" variant="compact"${langAttr(ctx)}></renda-deputy-card>`
        : html``;
    },
  },
  {
    id: 'suggestion-tracker',
    title: { 'zh-CN': '建议办理进度', en: 'Suggestion tracker' },
    description: {
      'zh-CN': '全镇群众建议的办理进度：各环节件数、办成率、满意率、逾期提醒，可筛选、搜索和导出。加 deputy="代表编号" 或 station="联络站编号" 只显示一位代表或一个联络站的建议。',
      en: 'Every public suggestion of the town and where it stands: counts per stage, solved and satisfaction rates, overdue items; filter, search and export. Add deputy="…" or station="…" to narrow it.',
    },
    tag: (ctx, url) =>
      html`<renda-suggestion-tracker src="${url(townDataPath(ctx, 'data/suggestions.json'))}" deputies-src="${url(townDataPath(ctx, 'data/deputies.json'))}" stations-src="${url(townDataPath(ctx, 'data/stations.json'))}" item-href="${url(townPath(ctx, 'suggestions/{id}/'))}" page-size="10"${langAttr(ctx)}></renda-suggestion-tracker>`,
  },
  {
    id: 'vote',
    title: { 'zh-CN': '票决与投票结果', en: 'Votes' },
    description: {
      'zh-CN': '代表票决民生实事项目的结果（法定表决），或群众投票、满意度评议（参考性）。vote-id 换成 votes.json 里的其他编号即可。',
      en: 'The deputies’ binding vote on livelihood projects, or a residents’ poll or rating (advisory). Put another id from votes.json in vote-id.',
    },
    tag: (ctx, url) => {
      const vote = ctx.loaded.votes.find((v) => v.kind === 'project-ballot') ?? ctx.loaded.votes[0];
      return vote
        ? html`<renda-vote src="${url(townDataPath(ctx, 'data/votes.json'))}" vote-id="${vote.id}" town="${ctx.loaded.town.slug}"${ctx.site.participationApi ? html` api="${ctx.site.participationApi}"` : ''}${langAttr(ctx)}></renda-vote>`
        : html``;
    },
  },
  {
    id: 'qr-code',
    title: { 'zh-CN': '代表码', en: 'Deputy’s QR code' },
    description: {
      'zh-CN': '一位代表的二维码，群众扫码即可联系代表。把 value 换成其他代表页面的地址即可。',
      en: 'One deputy’s code: residents scan it to reach the deputy. Put another deputy’s page address in value for another code.',
    },
    tag: (ctx) => {
      const deputy = ctx.loaded.deputies[0];
      const value = deputy ? deputyContactUrl(ctx.site, ctx.loaded.town.slug, deputy.id) : absoluteUrl(ctx.site, townPath(ctx));
      return html`<renda-qr-code value="${value}" label="${deputy ? `${deputy.name}代表的代表码` : '代表码'}" show-value${langAttr(ctx)}></renda-qr-code>`;
    },
  },
  {
    id: 'site-search',
    title: { 'zh-CN': '站内搜索', en: 'Site search' },
    description: { 'zh-CN': '搜索本镇的代表、联络站、建议和动态。', en: 'Search the town’s deputies, stations, suggestions and news.' },
    tag: (ctx, url) => html`<renda-site-search src="${url(townPath(ctx, 'search/index.json'))}"${langAttr(ctx)}></renda-site-search>`,
  },
];

const WORDS = { 'zh-CN': ZH.embedPage, en: EN.embedPage } as const;


/** `/<town>/embed/`: copy-paste snippets of every widget with this town's data, and a live preview. */
export function embedPage(ctx: TownContext): string {
  const locale = pageLocale(ctx);
  const w = WORDS[locale];
  const { town } = ctx.loaded;
  const pageUrl = townPath(ctx, 'embed/');
  const absolute = (path: string) => absoluteUrl(ctx.site, path);
  const relative = (path: string) => relativeHref(pageUrl, path);
  const script = html`<script type="module" src="${absoluteUrl(ctx.site, '/assets/renda-embed.js')}"></script>`;
  return layout({
    site: ctx.site,
    url: pageUrl,
    town,
    title: w.title,
    description: fill(w.description, { town: town.name }),
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>${w.title}</h1>
<p>${fill(w.intro, { kind: town.kind === 'subdistrict' ? w.subdistrict : w.town })}</p>
<textarea class="snippet" id="snippet-script" readonly rows="3" aria-label="${w.scriptCode}">${script.value}</textarea>
<p><button type="button" class="copy" data-copy-target="snippet-script" data-copy-status="status-script" data-copied="${w.copied}" data-copy-failed="${w.copyFailed}" hidden>${w.copy}</button> <span id="status-script" role="status"></span></p>
<p>${w.promise}</p>
${EMBED_WIDGETS.map((widget) => {
  const snippet = widget.tag(ctx, absolute).value;
  if (!snippet) return '';
  const title = widget.title[locale];
  return html`<section class="embed-widget" aria-labelledby="embed-${widget.id}">
<h2 id="embed-${widget.id}">${title}</h2>
<p>${widget.description[locale]}</p>
<textarea class="snippet" id="snippet-${widget.id}" readonly rows="4" aria-label="${fill(w.code, { widget: title })}">${snippet}</textarea>
<p><button type="button" class="copy" data-copy-target="snippet-${widget.id}" data-copy-status="status-${widget.id}" data-copied="${w.copied}" data-copy-failed="${w.copyFailed}" hidden>${w.copy}</button> <span id="status-${widget.id}" role="status"></span></p>
<div class="embed-preview" role="group" aria-label="${fill(w.preview, { widget: title })}">${widget.tag(ctx, relative)}</div>
</section>`;
})}`,
  });
}
