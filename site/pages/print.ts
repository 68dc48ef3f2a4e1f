import { html, type SafeHtml } from '../../domain/text/html.js';
import { relativeHref } from '../render/urls.js';
import { deputyCard, deputyCardRecord } from '../render/deputy-card.js';
import { createMsg } from '../../domain/text/messages.js';
import type { Deputy } from '../../domain/model.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import { deputyPosterPath, deputyPostersPath } from './deputies.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

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

const msg = createMsg({ 'zh-CN': ZH.printPage, en: EN.printPage });

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
  return { id: deputy.id, poster: deputyCard(deputyCardRecord(ctx, deputy, from), { variant: 'poster', paper, lang: pageLocale(ctx), renderedAt: ctx.today, hydrate: false }) };
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
