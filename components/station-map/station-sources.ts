/**
 * Where the map's data comes from: the `stations`, `deputies` and `layer` properties, else their
 * URLs (`src`, `deputies-src`, `layer-src`), else a `<script type="application/json">` child (what
 * the town sites render, so the list is in the HTML before any script runs).
 */
import type { ReactiveControllerHost } from 'lit';
import type { TownMapLayer } from '../../domain/model.js';
import { JsonDataController } from '../base/data-controller.js';
import { lastCall } from './places.js';
import { parseStationData, type DeputyRef, type MapStation, type StationMapData } from './station-data.js';

/** The element's data properties, as `renda-station-map` declares them. */
export interface StationSourcesHost extends ReactiveControllerHost, HTMLElement {
  stations?: MapStation[];
  deputies?: DeputyRef[];
  layer?: TownMapLayer;
  src: string;
  deputiesSrc: string;
  layerSrc: string;
}

export class StationSources {
  /** The stations (and the deputies and rejects that came with them): what the element's states follow. */
  readonly stations: JsonDataController<StationMapData>;
  private readonly deputiesData: JsonDataController<DeputyRef[]>;
  private readonly layerData: JsonDataController<TownMapLayer>;
  private readonly host: StationSourcesHost;
  private readonly parseDirect = lastCall((stations: MapStation[]): StationMapData => {
    const parsed = parseStationData(stations);
    if (parsed.rejected) console.warn('renda-station-map: stations left out', parsed.rejected);
    return parsed;
  });

  constructor(host: StationSourcesHost) {
    this.host = host;
    this.stations = new JsonDataController<StationMapData>(host, {
      src: () => host.src,
      data: () => (host.stations ? this.parseDirect(host.stations) : undefined),
      parse: parseStationData,
      isEmpty: (value) => value.stations.length === 0,
    });
    this.deputiesData = new JsonDataController<DeputyRef[]>(host, {
      src: () => (host.deputies ? '' : host.deputiesSrc),
      parse: (json) => parseStationData({ stations: [], deputies: (json as { deputies?: unknown })?.deputies ?? json }).deputies ?? [],
      isEmpty: () => false,
    });
    this.layerData = new JsonDataController<TownMapLayer>(host, {
      src: () => (host.layer ? '' : host.layerSrc),
      isEmpty: () => false,
    });
  }

  get deputies(): DeputyRef[] {
    return this.host.deputies ?? this.stations.value?.deputies ?? this.deputiesData.value ?? [];
  }

  get layer(): TownMapLayer | undefined {
    return this.host.layer ?? this.layerData.value;
  }

  /** Sets the properties from the data island; the host calls it before its first update, so hydration renders what the server did. */
  readIsland(): void {
    const host = this.host;
    const island = host.querySelector(':scope > script[type="application/json"]');
    if (!island?.textContent) return;
    try {
      const json = JSON.parse(island.textContent) as { layer?: TownMapLayer };
      const parsed = parseStationData(json);
      host.stations = parsed.stations;
      if (parsed.deputies && !host.deputies) host.deputies = parsed.deputies;
      if (json.layer && !host.layer) host.layer = json.layer;
    } catch (error) {
      console.warn('renda-station-map: the embedded station data is not valid JSON', error);
    }
  }
}
