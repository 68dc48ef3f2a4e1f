import { RendaStationMap, RendaStationSelectEvent } from './station-map.component.js';

export { RendaStationMap, RendaStationSelectEvent };
export type { DeputyRef, MapLastReception, MapStation } from './station-data.js';

// A page may load both the embed bundle and a per-component module; the second define would throw.
if (!customElements.get('renda-station-map')) customElements.define('renda-station-map', RendaStationMap);

declare global {
  interface HTMLElementTagNameMap {
    'renda-station-map': RendaStationMap;
  }
}
