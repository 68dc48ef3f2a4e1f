import { html, type SafeHtml } from '../render/html.js';
import { layout } from '../render/layout.js';
import { absoluteUrl, deputyContactUrl } from '../render/urls.js';
import { townPath, type TownContext } from './context.js';

/** One widget a webmaster can paste into the town's CMS. */
export interface EmbedWidget {
  id: string;
  title: string;
  description: string;
  /** The tag, given how to address the town's files (absolute for the snippet, relative for the preview). */
  tag: (ctx: TownContext, url: (rest: string) => string) => SafeHtml;
}

/** Every embeddable widget, in the order the embed page lists them. */
export const EMBED_WIDGETS: EmbedWidget[] = [
  {
    id: 'qr-code',
    title: '代表码',
    description: '一位代表的二维码，群众扫码即可联系代表。把 value 换成其他代表页面的地址即可。',
    tag: (ctx) => {
      const deputy = ctx.loaded.deputies[0];
      const value = deputy ? deputyContactUrl(ctx.site, ctx.loaded.town.slug, deputy.id) : absoluteUrl(ctx.site, townPath(ctx));
      return html`<renda-qr-code value="${value}" label="${deputy ? `${deputy.name}代表的代表码` : '代表码'}" show-value></renda-qr-code>`;
    },
  },
  {
    id: 'site-search',
    title: '站内搜索',
    description: '搜索本镇的代表、联络站、建议和动态。',
    tag: (_ctx, url) => html`<renda-site-search src="${url('search/index.json')}"></renda-site-search>`,
  },
];

/** `/<town>/embed/`: copy-paste snippets of every widget with this town's data, and a live preview. */
export function embedPage(ctx: TownContext): string {
  const { town } = ctx.loaded;
  const pageUrl = townPath(ctx, 'embed/');
  const absolute = (rest: string) => absoluteUrl(ctx.site, townPath(ctx, rest));
  // The preview runs on this page: one level down from the town's folder.
  const relative = (rest: string) => `../${rest}`;
  const script = html`<script type="module" src="${absoluteUrl(ctx.site, '/assets/renda-embed.js')}"></script>`;
  return layout({
    site: ctx.site,
    url: pageUrl,
    town,
    title: '嵌入部件',
    description: `把${town.name}的代表码、联络站地图、建议办理进度等部件嵌入政府网站。`,
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>嵌入部件</h1>
<p>在本${town.kind === 'subdistrict' ? '街道' : '镇'}政府网站（内容管理系统）的页面里粘贴下面的代码，即可显示最新的公开信息。每个页面只需加载一次脚本：</p>
<textarea class="snippet" id="snippet-script" readonly rows="3" aria-label="加载脚本的代码">${script.value}</textarea>
<p><button type="button" class="copy" data-copy-target="snippet-script" data-copy-status="status-script" data-copied="已复制" data-copy-failed="请手动选中复制" hidden>复制代码</button> <span id="status-script" role="status"></span></p>
<p>部件使用本站的公开数据（已隐去个人信息），不向其他网站发送任何请求；样式与页面隔离，不受网站原有样式影响。</p>
${EMBED_WIDGETS.map((widget) => {
  const snippet = widget.tag(ctx, absolute).value;
  return html`<section class="embed-widget" aria-labelledby="embed-${widget.id}">
<h2 id="embed-${widget.id}">${widget.title}</h2>
<p>${widget.description}</p>
<textarea class="snippet" id="snippet-${widget.id}" readonly rows="4" aria-label="${widget.title}的代码">${snippet}</textarea>
<p><button type="button" class="copy" data-copy-target="snippet-${widget.id}" data-copy-status="status-${widget.id}" data-copied="已复制" data-copy-failed="请手动选中复制" hidden>复制代码</button> <span id="status-${widget.id}" role="status"></span></p>
<div class="embed-preview" role="group" aria-label="${widget.title}的效果预览">${widget.tag(ctx, relative)}</div>
</section>`;
})}`,
  });
}
