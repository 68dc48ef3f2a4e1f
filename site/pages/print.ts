import { html, type SafeHtml } from '../render/html.js';
import { relativeHref } from '../render/urls.js';
import { deputyCard, deputyCardRecord } from '../render/deputy-card.js';
import { createMsg } from '../../components/base/localize.js';
import type { Deputy } from '../content/types.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import { deputyPosterPath, deputyPostersPath } from './deputies.js';

/** One poster on a print sheet: a deputy's 代表码 card, or (map issue) a station's 联络站码. */
export interface PosterEntry {
  /** Unique on the page: the anchor `#<id>` a webmaster can link to. */
  id: string;
  /** Server-rendered markup of one poster, filling the width of its cell at A-paper proportions. */
  poster: SafeHtml;
}

/**
 * `a6-on-a4`: four A6 cards to an A4 sheet, cut along the dashed lines; `a4`: one poster per
 * A4 sheet, for a door or a notice board.
 */
export type SheetLayout = 'a6-on-a4' | 'a4';

export interface PrintSheetsPage {
  ctx: TownContext;
  /** This page's site path, e.g. `/fengquan/print/deputies/`. */
  url: string;
  /** The page title and its `<h1>` (shown on screen only). */
  title: string;
  /** Where “back” leads, e.g. the deputies list; the title reads after “返回” / “Back to”. */
  back: { title: string; url: string };
  layout: SheetLayout;
  posters: PosterEntry[];
}

const PER_SHEET: Record<SheetLayout, number> = { 'a6-on-a4': 4, a4: 1 };

const msg = createMsg({
  'zh-CN': {
    back: '返回{title}',
    cards: '共 {count} 份，印在 {sheets} 张A4纸上，每张4份A6卡片，印好后沿虚线裁开。',
    posters: '共 {count} 张A4海报。',
    settings: '打印设置：纸张选“A4”，缩放选“实际大小”或“100%”（不要选“适合页面”），边距选“无”，并勾选“背景图形”。这样代表码打印出来不小于3厘米，手机一扫就能打开。',
    check: '张贴前，请用手机扫一扫，确认能打开对应的主页。',
    deputyCards: '{town}代表码（A6卡片）',
    deputyPoster: '{name}代表的代表码海报（A4）',
    deputies: '代表名单',
    deputyPage: '{name}代表的主页',
  },
  en: {
    back: 'Back to {title}',
    cards: '{count} cards on {sheets} A4 sheets, four A6 cards to a sheet: cut along the dashed lines.',
    posters: '{count} A4 posters.',
    settings: 'Print settings: paper A4, scale “actual size” or 100 % (not “fit to page”), margins “none”, background graphics on. The codes then print at least 3 cm wide and scan at a glance.',
    check: 'Before you put them up, scan one with a phone and check it opens the right page.',
    deputyCards: 'Deputy codes of {town} (A6 cards)',
    deputyPoster: 'Deputy code poster of {name} (A4)',
    deputies: 'the deputies',
    deputyPage: 'the page of {name}',
  },
});

/** How many A4 sheets a page of posters prints on. */
export const sheetCount = (posters: number, layout: SheetLayout) => Math.ceil(posters / PER_SHEET[layout]);

/**
 * A page of posters laid out on A4 sheets, for printing at 100 % with no margins. No script: it
 * prints the same from a browser, a PDF export or a print shop's viewer. The station-code
 * posters of the map issue use it the same way with their own entries.
 */
export function printSheetsPage(page: PrintSheetsPage): string {
  const { ctx, url, layout, posters } = page;
  const { town } = ctx.loaded;
  const locale = pageLocale(ctx);
  const href = (to: string) => relativeHref(url, to);
  const perSheet = PER_SHEET[layout];
  const sheets: PosterEntry[][] = [];
  for (let i = 0; i < posters.length; i += perSheet) sheets.push(posters.slice(i, i + perSheet));
  const how = msg(locale, layout === 'a6-on-a4' ? 'cards' : 'posters', { count: String(posters.length), sheets: String(sheets.length) });
  return `<!doctype html>${html`<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${page.title} · ${town.name} · ${ctx.site.title}</title>
<link rel="icon" href="${href('/assets/favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${href('/assets/theme.css')}">
<link rel="stylesheet" href="${href('/assets/print.css')}">
</head>
<body class="print-sheets">
<header class="print-intro">
<p><a href="${href(page.back.url)}">${msg(locale, 'back', { title: page.back.title })}</a></p>
<h1>${page.title}</h1>
<p>${how}</p>
<p>${msg(locale, 'settings')}</p>
<p>${msg(locale, 'check')}</p>
</header>
<main>
${sheets.map(
  (sheet) => html`<div class="sheet sheet--${layout}">${sheet.map((entry) => html`<div class="sheet__cell" id="${entry.id}">${entry.poster}</div>`)}</div>`,
)}
</main>
</body>
</html>`}\n`;
}

function deputyPoster(ctx: TownContext, deputy: Deputy, from: string, paper: 'a4' | 'a6'): PosterEntry {
  // No script on print pages, so the record need not travel as an attribute.
  return { id: deputy.id, poster: deputyCard(deputyCardRecord(ctx, deputy, from), { variant: 'poster', paper, lang: pageLocale(ctx), renderedOn: ctx.today, hydrate: false }) };
}

/** `/<town>/print/deputies/`: every deputy's A6 card, four to an A4 sheet. */
export function deputyPostersPage(ctx: TownContext): string {
  const url = deputyPostersPath(ctx);
  return printSheetsPage({
    ctx,
    url,
    title: msg(pageLocale(ctx), 'deputyCards', { town: ctx.loaded.town.name }),
    back: { title: msg(pageLocale(ctx), 'deputies'), url: townPath(ctx, 'deputies/') },
    layout: 'a6-on-a4',
    posters: ctx.loaded.deputies.map((deputy) => deputyPoster(ctx, deputy, url, 'a6')),
  });
}

/** `/<town>/print/deputies/<id>/`: one deputy's A4 poster. */
export function deputyPosterPage(ctx: TownContext, deputy: Deputy): string {
  const url = deputyPosterPath(ctx, deputy);
  return printSheetsPage({
    ctx,
    url,
    title: msg(pageLocale(ctx), 'deputyPoster', { name: deputy.name }),
    back: { title: msg(pageLocale(ctx), 'deputyPage', { name: deputy.name }), url: townPath(ctx, `deputies/${deputy.id}/`) },
    layout: 'a4',
    posters: [deputyPoster(ctx, deputy, url, 'a4')],
  });
}
