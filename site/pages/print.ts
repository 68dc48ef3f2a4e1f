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
  /** This page's posters: at most `POSTERS_PER_PAGE`. */
  posters: PosterEntry[];
  /** Where this page stands among the sheet's pages, when the posters fill more than one. */
  paging?: PosterPaging;
}

/**
 * Posters per page of a sheet: a county's thousands of stations print from several files of a
 * few megabytes each, not one page of tens of megabytes that a phone or a print shop chokes on.
 * 200 is 50 A4 sheets, a print run's worth.
 */
export const POSTERS_PER_PAGE = 200;

export interface PosterPaging {
  /** 1-based. */
  page: number;
  pages: number;
  /** The site path of page 1; page n is `<first>n/`. */
  first: string;
  /** Posters on all pages together. */
  total: number;
}

/** The pages a sheet of `posters` posters takes: at least one (an empty town still has its page). */
export const posterPageCount = (posters: number) => Math.max(1, Math.ceil(posters / POSTERS_PER_PAGE));

/** The site path of page `page` of a poster sheet whose first page is `first`: `first`, then `first` + `2/`, `3/`… */
/**
 * Page `page` of a sheet whose first page is `first`: `print/stations/`, `print/stations/sheets/2/`…
 * Under `sheets/`, so no id can collide with a page: a station or deputy whose id is `2` keeps
 * `print/stations/2/`, and one whose id is `sheets` has `sheets/index.html` beside `sheets/2/`.
 */
export const posterPagePath = (first: string, page: number) => (page <= 1 ? first : `${first}sheets/${page}/`);

/** The posters of page `page` (1-based), and where that page stands. */
export function posterPage<T>(all: readonly T[], page: number, first: string): { items: T[]; paging?: PosterPaging } {
  const pages = posterPageCount(all.length);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`poster page ${page} of ${pages}`);
  const items = all.slice((page - 1) * POSTERS_PER_PAGE, page * POSTERS_PER_PAGE);
  return pages === 1 ? { items } : { items, paging: { page, pages, first, total: all.length } };
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
  const paging = page.paging;
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
${paging ? pagingNav(paging, locale, href) : ''}
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

/** Which posters this page holds, and links to every page of the sheet (screen only, like the rest of the intro). */
function pagingNav(paging: PosterPaging, locale: ReturnType<typeof pageLocale>, href: (to: string) => string): SafeHtml {
  const from = (paging.page - 1) * POSTERS_PER_PAGE + 1;
  const to = Math.min(paging.total, paging.page * POSTERS_PER_PAGE);
  const numbers = Array.from({ length: paging.pages }, (_, i) => i + 1);
  return html`<p>${msg(locale, 'pageRange', { page: String(paging.page), pages: String(paging.pages), from: String(from), to: String(to), total: String(paging.total), per: String(POSTERS_PER_PAGE) })}</p>
<nav class="print-pages" aria-label="${msg(locale, 'pagesLabel')}"><ol>${numbers.map((n) =>
    n === paging.page ? html`<li><a href="${href(posterPagePath(paging.first, n))}" aria-current="page">${n}</a></li>` : html`<li><a href="${href(posterPagePath(paging.first, n))}">${n}</a></li>`,
  )}</ol></nav>`;
}

function deputyPoster(ctx: TownContext, deputy: Deputy, from: string, paper: 'a4' | 'a6'): PosterEntry {
  // No script on print pages, so the record need not travel as an attribute.
  return { id: deputy.id, poster: deputyCard(deputyCardRecord(ctx, deputy, from), { variant: 'poster', paper, lang: pageLocale(ctx), renderedAt: ctx.today, hydrate: false }) };
}

/**
 * `/<town>/print/deputies/`: every deputy's A6 card, four to an A4 sheet; past
 * `POSTERS_PER_PAGE` cards, page `page` of several (`print/deputies/2/`…).
 */
export function deputyPostersPage(ctx: TownContext, page = 1): string {
  const first = deputyPostersPath(ctx);
  const url = posterPagePath(first, page);
  // Only this page's deputies are rendered: each card draws a QR code.
  const { items, paging } = posterPage(ctx.loaded.deputies, page, first);
  return printSheetsPage({
    ctx,
    url,
    title: msg(pageLocale(ctx), 'deputyCards', { town: ctx.loaded.town.name }),
    back: { title: msg(pageLocale(ctx), 'deputies'), url: townPath(ctx, 'deputies/') },
    layout: 'a6-on-a4',
    posters: items.map((deputy) => deputyPoster(ctx, deputy, url, 'a6')),
    ...(paging ? { paging } : {}),
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
