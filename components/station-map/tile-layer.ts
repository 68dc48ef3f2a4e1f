/**
 * The tile layer: plain `<img>` elements under the markers, only when a map has `tiles`. No tile
 * library: these few lines (under 1 kB gzipped) are all tile mode needs, so they ship with the
 * component rather than as a separate chunk the one-file embed could not carry.
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Viewport } from './projection.js';
import { visibleTiles, type TileOptions } from './tiles.js';

export function renderTiles(view: Viewport, options: TileOptions): TemplateResult {
  const tiles = visibleTiles(view, options);
  return html`<div class="map__tiles" part="tiles" aria-hidden="true">
    ${repeat(
      tiles,
      (tile) => tile.key,
      (tile) =>
        html`<img
          class="map__tile"
          src=${tile.url}
          alt=""
          draggable="false"
          decoding="async"
          data-tile=${`${tile.z}/${tile.x}/${tile.y}`}
          style="left:${tile.left}px;top:${tile.top}px;width:${tile.size}px;height:${tile.size}px"
        />`,
    )}
  </div>`;
}
