import type { LoadedTown, SiteConfig } from '../content/types.js';

/** What every town page is rendered from. */
export interface TownContext {
  site: SiteConfig;
  loaded: LoadedTown;
  /** The build's “today” (China time), for next receptions and days open. */
  today: string;
}

export const townPath = (ctx: TownContext, rest = '') => `/${ctx.loaded.town.slug}/${rest}`;
