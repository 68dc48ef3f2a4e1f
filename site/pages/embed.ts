import { html, type SafeHtml } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { absoluteUrl, deputyContactUrl, keepIdPlaceholder, relativeHref, stationContactUrl } from '../render/urls.js';
import { pageLocale, townDataPath, townPath, type TownContext } from './context.js';
import { fill } from '../../domain/text/messages.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

/** One widget a webmaster can paste into the town's CMS. */
export interface EmbedWidget {
  id: keyof typeof ZH.embedWidgets;
  /**
   * The tag, given how to address a site path such as `townDataPath(ctx, 'data/stations.json')` (see context.ts):
   * absolute for the snippet, relative for the preview. Empty when the town has nothing to show in it.
   */
  tag: (ctx: TownContext, url: (sitePath: string) => string) => SafeHtml;
}

const WIDGET_WORDS = { 'zh-CN': ZH.embedWidgets, en: EN.embedWidgets } as const;

/** The widget's words in the page's language. */
export const widgetWords = (ctx: TownContext, id: EmbedWidget['id']) => WIDGET_WORDS[pageLocale(ctx)][id];

const langAttr = (ctx: TownContext) => (pageLocale(ctx) === 'zh-CN' ? '' : html` lang="${pageLocale(ctx)}"`);

/**
 * What shows inside the element until the script has defined it: a plain link to the town page
 * with the same information, so a CMS page whose script cannot load (or loads from a site that
 * forbids it) still leads residents somewhere. Once defined, the widget's shadow DOM hides it.
 */
function fallback(ctx: TownContext, url: (sitePath: string) => string, id: EmbedWidget['id'], page: string, params: Record<string, string> = {}): SafeHtml {
  return html`<a href="${url(page)}">${fill(widgetWords(ctx, id).fallback, { town: ctx.loaded.town.name, ...params })}</a>`;
}

/** Every embeddable widget, in the order the embed page lists them. */
export const EMBED_WIDGETS: EmbedWidget[] = [
  {
    id: 'deputy-card',
    tag: (ctx, url) => {
      const deputy = ctx.loaded.deputies[0];
      return deputy
        ? html`<renda-deputy-card src="${url(townDataPath(ctx, `data/deputies/${deputy.id}.json`))}" variant="compact"${langAttr(ctx)}>${fallback(ctx, url, 'deputy-card', townPath(ctx, `deputies/${deputy.id}/`), { name: deputy.name })}</renda-deputy-card>`
        : html``;
    },
  },
  {
    id: 'station-map',
    tag: (ctx, url) =>
      ctx.loaded.stations.length
        ? html`<renda-station-map src="${url(townDataPath(ctx, 'data/stations.json'))}" deputies-src="${url(townDataPath(ctx, 'data/deputies.json'))}"${ctx.loaded.map ? html` layer-src="${url(townDataPath(ctx, 'data/map.json'))}"` : ''} station-href="${keepIdPlaceholder(url(townPath(ctx, 'stations/{id}/')))}" deputy-href="${keepIdPlaceholder(url(townPath(ctx, 'deputies/{id}/')))}" qr-url="${keepIdPlaceholder(stationContactUrl(ctx.site, ctx.loaded.town.slug, '{id}'))}"${langAttr(ctx)}>${fallback(ctx, url, 'station-map', townPath(ctx, 'stations/'))}</renda-station-map>`
        : html``,
  },
  {
    id: 'suggestion-tracker',
    tag: (ctx, url) =>
      html`<renda-suggestion-tracker src="${url(townDataPath(ctx, 'data/suggestions.json'))}" deputies-src="${url(townDataPath(ctx, 'data/deputies.json'))}" stations-src="${url(townDataPath(ctx, 'data/stations.json'))}" item-href="${keepIdPlaceholder(url(townPath(ctx, 'suggestions/{id}/')))}" page-size="10"${langAttr(ctx)}>${fallback(ctx, url, 'suggestion-tracker', townPath(ctx, 'suggestions/'))}</renda-suggestion-tracker>`,
  },
  {
    id: 'vote',
    tag: (ctx, url) => {
      const vote = ctx.loaded.votes.find((v) => v.kind === 'project-ballot') ?? ctx.loaded.votes[0];
      return vote
        ? html`<renda-vote src="${url(townDataPath(ctx, 'data/votes.json'))}" vote-id="${vote.id}" town="${ctx.loaded.town.slug}"${ctx.site.participationApi ? html` api="${ctx.site.participationApi}"` : ''}${langAttr(ctx)}>${fallback(ctx, url, 'vote', townPath(ctx, 'votes/'))}</renda-vote>`
        : html``;
    },
  },
  {
    id: 'qr-code',
    tag: (ctx, url) => {
      const deputy = ctx.loaded.deputies[0];
      if (!deputy) return html``;
      const value = deputyContactUrl(ctx.site, ctx.loaded.town.slug, deputy.id);
      return html`<renda-qr-code value="${value}" label="${pageLocale(ctx) === 'zh-CN' ? `${deputy.name}代表的代表码` : `${deputy.name}’s QR code`}" show-value${langAttr(ctx)}>${fallback(ctx, url, 'qr-code', townPath(ctx, `deputies/${deputy.id}/`), { name: deputy.name })}</renda-qr-code>`;
    },
  },
  {
    id: 'site-search',
    tag: (ctx, url) => html`<renda-site-search src="${url(townPath(ctx, 'search/index.json'))}"${langAttr(ctx)}>${fallback(ctx, url, 'site-search', townPath(ctx, 'search/'))}</renda-site-search>`,
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
<p>${w.cors}</p>
<p>${w.corsServer}</p>
<pre class="snippet">location ~ ^/(assets/|[a-z0-9-]+/(data|search)/) {
    add_header Access-Control-Allow-Origin "*";
}</pre>
${EMBED_WIDGETS.map((widget) => {
  const snippet = widget.tag(ctx, absolute).value;
  if (!snippet) return '';
  const title = widgetWords(ctx, widget.id).title;
  return html`<section class="embed-widget" aria-labelledby="embed-${widget.id}">
<h2 id="embed-${widget.id}">${title}</h2>
<p>${widgetWords(ctx, widget.id).description}</p>
<textarea class="snippet" id="snippet-${widget.id}" readonly rows="4" aria-label="${fill(w.code, { widget: title })}">${snippet}</textarea>
<p><button type="button" class="copy" data-copy-target="snippet-${widget.id}" data-copy-status="status-${widget.id}" data-copied="${w.copied}" data-copy-failed="${w.copyFailed}" hidden>${w.copy}</button> <span id="status-${widget.id}" role="status"></span></p>
<div class="embed-preview" role="group" aria-label="${fill(w.preview, { widget: title })}">${widget.tag(ctx, relative)}</div>
</section>`;
})}`,
  });
}
