import { renderLit } from './components.js';
import { html as litHtml, nothing } from 'lit';
import '../../components/deputy-card/define.js';
import type { CardStation, DeputyCardRecord, DeputyCardVariant, PosterPaper } from '../../components/deputy-card/define.js';
import type { Deputy } from '../../domain/model.js';
import type { TownContext } from '../pages/context.js';
import { townDataPath, townPath } from '../pages/context.js';
import { escapeHtml, html, raw, type SafeHtml } from '../../domain/text/html.js';
import { deputyContactUrl, relativeHref } from './urls.js';
import { deputyDutySummary } from '../pages/receptions.js';

const isWebUrl = (path: string) => /^(https?:)?\/\//.test(path);

/**
 * A deputy as the card reads it, with every link relative to `from` (the site path of the page or
 * JSON file it goes into), so the built site works from any folder: the photo, the deputy's page,
 * each station's page. The code's URL stays absolute: it is printed.
 */
export function deputyCardRecord(ctx: TownContext, deputy: Deputy, from: string): DeputyCardRecord {
  const { town, stations } = ctx.loaded;
  const href = (to: string) => relativeHref(from, to);
  const stationDetails: CardStation[] = deputy.stations.flatMap((id) => {
    const station = stations.find((s) => s.id === id);
    if (!station) return [];
    const detail: CardStation = { id: station.id, name: station.name, kind: station.kind, address: station.address, reception: station.reception, url: href(townPath(ctx, `stations/${station.id}/`)) };
    if (station.phone) detail.phone = station.phone;
    // Coordinates are the map's business; the card needs the date and the place.
    if (station.stops?.length) detail.stops = station.stops.map(({ date, place, time }) => (time ? { date, place, time } : { date, place }));
    return [detail];
  });
  const record: DeputyCardRecord = {
    ...deputy,
    stationDetails,
    contactUrl: deputyContactUrl(ctx.site, town.slug, deputy.id),
    url: href(townPath(ctx, `deputies/${deputy.id}/`)),
    // The card promises a message only where the site can take one.
    messages: !!ctx.site.participationApi,
    town: { slug: town.slug, name: town.name, congress: town.congress.name, ...(town.posterSlogan ? { posterSlogan: town.posterSlogan } : {}) },
    // The year's 履职档案 in a few numbers, by the same computation as the deputy's page.
    dutySummary: deputyDutySummary(ctx, deputy),
  };
  // Photos are files of the town, one copy whatever the page's language.
  if (deputy.photo) record.photo = isWebUrl(deputy.photo) ? deputy.photo : href(townDataPath(ctx, deputy.photo));
  return record;
}

export interface DeputyCardOptions {
  variant: DeputyCardVariant;
  /** The site's language: the card renders in it on the server and the browser. */
  lang: string;
  /** The build's date, for the next reception until the browser knows today's. */
  renderedAt: string;
  paper?: PosterPaper;
  /** Light-DOM `<h1 slot="name">` for the page's own heading (the deputy's page). */
  pageHeading?: boolean;
  /**
   * Whether the card runs in the browser afterwards: then the record travels as a JSON
   * attribute, so the hydrated card renders the same thing. Print sheets have no script.
   */
  hydrate?: boolean;
}

/**
 * `<renda-deputy-card>` server-rendered with Lit SSR into declarative shadow DOM: the whole card,
 * its 代表码 included, is in the HTML before any script runs.
 */
export function deputyCard(record: DeputyCardRecord, options: DeputyCardOptions): SafeHtml {
  const rendered = renderLit(
    litHtml`<renda-deputy-card variant=${options.variant} paper=${options.paper ?? nothing} lang=${options.lang} rendered-at=${options.renderedAt} .deputy=${record}></renda-deputy-card>`,
  );
  // The record travels as the `deputy` attribute, written here rather than bound: bound, the
  // server-side element would parse the JSON back into the record it was just given as a property.
  const card = options.hydrate === false ? rendered : withDeputyAttribute(rendered, options.renderedAt, JSON.stringify(record));
  if (!options.pageHeading) return raw(card);
  // The page's heading is plain light DOM (no Lit markers): the page itself is never hydrated.
  const close = card.lastIndexOf('</renda-deputy-card>');
  return raw(`${card.slice(0, close)}${html`<h1 slot="name">${record.name}</h1>`}${card.slice(close)}`);
}

/** The card's HTML with `deputy="<json>"` after its `rendered-at` attribute, where a binding would put it. */
function withDeputyAttribute(card: string, renderedAt: string, json: string): string {
  const after = `rendered-at="${escapeHtml(renderedAt)}"`;
  const at = card.indexOf(after);
  if (at === -1) throw new Error('the server-rendered deputy card has no rendered-at attribute');
  const end = at + after.length;
  return `${card.slice(0, end)} deputy="${escapeHtml(json)}"${card.slice(end)}`;
}
