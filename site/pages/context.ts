import type { LoadedTown, Locale, SiteConfig } from '../../domain/model.js';
import { localePrefix } from '../i18n.js';
import { workCalendar, type WorkCalendar } from '../../domain/calendar/holidays.js';

/** What every town page is rendered from. */
export interface TownContext {
  site: SiteConfig;
  loaded: LoadedTown;
  /** The build's “today” (China time), for next receptions and days open. */
  today: string;
  /** The page's language; the site's default when absent. */
  locale?: Locale;
}

/** The language a town page is in. */
export const pageLocale = (ctx: TownContext): Locale => ctx.locale ?? ctx.site.defaultLocale;

/** A path in the town's site, in the page's language: `/fengquan/deputies/` or `/en/fengquan/deputies/`. */
export const townPath = (ctx: TownContext, rest = '') => `${localePrefix(ctx.site, pageLocale(ctx))}/${ctx.loaded.town.slug}/${rest}`;

/** The town's log of receptions and activities. */
export const receptionsPath = (ctx: TownContext) => townPath(ctx, 'receptions/');

/** A path of the town's open data and feeds: one copy, whatever the page's language. */
export const townDataPath = (ctx: TownContext, rest = '') => `/${ctx.loaded.town.slug}/${rest}`;

/** The suggestions of one deputy or one station (open data; what the tracker reads on their pages). */
export const deputyTrackerData = (ctx: TownContext, deputy: string) => townDataPath(ctx, `data/deputies/${deputy}/suggestions.json`);
export const stationTrackerData = (ctx: TownContext, station: string) => townDataPath(ctx, `data/stations/${station}/suggestions.json`);

/** The town's days off: the national holiday calendar with the town's own exceptions (`town.json` → `calendar`). */
export const townWorkCalendar = (ctx: TownContext): WorkCalendar => workCalendar(ctx.loaded.town.calendar);
