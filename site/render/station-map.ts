import { renderLit } from './components.js';
import { html as litHtml, nothing } from 'lit';
import '../../components/station-map/define.js';
import type { DeputyRef } from '../../components/station-map/define.js';
import type { Locale, Station, Town, TownMapLayer } from '../../domain/model.js';
import { raw, type SafeHtml } from '../../domain/text/html.js';

export interface StationMapRender {
  locale: Locale;
  town: Town;
  stations: Station[];
  deputies: readonly DeputyRef[];
  layer?: TownMapLayer;
  /** The build's date: the map's first render uses it, so hydration matches, then the visitor's today. */
  renderedAt: string;
  /** Link patterns relative to the page, with `{id}`. */
  stationHref: string;
  deputyHref: string;
  /** The absolute URL pattern a station's 联络站码 encodes. */
  qrUrl: string;
  selected?: string;
  compact?: boolean;
  headingLevel?: number;
  label?: string;
}

/** JSON inside `<script>`: `<` escaped so no `</script>` or `<!--` in content can end the block. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * `<renda-station-map>` rendered on the server into declarative shadow DOM: the list of stations
 * (with links to their pages), the schematic map and its notes are in the HTML before any script
 * runs. The same data rides along as a `<script type="application/json">` child (not executed, so
 * a strict CSP allows it); the element reads it when it upgrades and hydrates in place.
 */
export function stationMap(options: StationMapRender): SafeHtml {
  const deputies = options.deputies.map(({ id, name }) => ({ id, name }));
  const tiles = options.town.map;
  const rendered = renderLit(
    litHtml`<renda-station-map
      lang=${options.locale}
      .stations=${options.stations}
      .deputies=${deputies}
      .layer=${options.layer}
      rendered-at=${options.renderedAt}
      station-href=${options.stationHref}
      deputy-href=${options.deputyHref}
      qr-url=${options.qrUrl}
      review-number=${options.town.mapReviewNumber ?? nothing}
      tiles=${tiles?.tiles ?? nothing}
      tiles-crs=${tiles?.tilesCrs ?? nothing}
      tiles-subdomains=${tiles?.tilesSubdomains ?? nothing}
      tiles-attribution=${tiles?.tilesAttribution ?? nothing}
      tiles-max-zoom=${tiles?.tilesMaxZoom ?? nothing}
      selected=${options.selected ?? nothing}
      ?compact=${options.compact ?? false}
      heading-level=${options.headingLevel ?? 2}
      label=${options.label ?? nothing}
    ></renda-station-map>`,
  );
  const close = rendered.lastIndexOf('</renda-station-map>');
  if (close === -1) throw new Error('renda-station-map did not render');
  const island = `<script type="application/json">${scriptJson({ stations: options.stations, deputies, ...(options.layer ? { layer: options.layer } : {}) })}</script>`;
  return raw(`${rendered.slice(0, close)}${island}${rendered.slice(close)}`);
}
