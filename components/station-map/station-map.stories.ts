import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.js';
import type { StationKind, TownMapLayer } from '../../domain/model.js';
import type { MapStation } from './station-data.js';
import { storySrc } from '../base/story-fetch.fixtures.js';
import { syntheticStations, TOWN_DEPUTIES, TOWN_LAYER, TOWN_STATIONS } from './station-map.fixtures.js';

/**
 * A tile drawn on the spot as a `data:` URL: the tile template's `{z}`, `{x}`, `{y}` are filled in
 * it like in any URL, so designers see tile mode (and where tile edges fall) with no tile server
 * and no request leaving Storybook.
 */
const LOCAL_TILES = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">' +
    '<rect width="256" height="256" fill="#ebe6dc"/><path d="M0 0H256V256" fill="none" stroke="#c4bcab" stroke-width="2"/>' +
    '<path d="M0 128H256M128 0V256" stroke="#f8f6f1" stroke-width="6"/>' +
    '<text x="8" y="22" font-family="sans-serif" font-size="13" fill="#6e6656">Z/X/Y</text></svg>',
)
  .replace('Z', '{z}')
  .replace('X', '{x}')
  .replace('Y', '{y}')}`;

/**
 * The town's stations as the site writes them into `stations.json`: each with its last reception
 * (day, deputies present, residents who came), shown in the selected station's details.
 */
const WITH_RECEPTIONS: MapStation[] = TOWN_STATIONS.map((station, i) =>
  station.deputies.length && i % 3 !== 2
    ? { ...station, lastReception: { date: `2026-11-${String(10 + (i % 9)).padStart(2, '0')}`, residents: 3 + ((i * 7) % 15), deputies: station.deputies.slice(0, 1 + (i % 3)).map((id) => ({ id, name: TOWN_DEPUTIES.find((d) => d.id === id)?.name ?? id })) } }
    : station,
);

interface MapArgs {
  stations?: MapStation[];
  layer?: TownMapLayer;
  src: string;
  tiles: string;
  tilesCrs: 'wgs84' | 'gcj02' | 'bd09';
  tilesAttribution: string;
  reviewNumber: string;
  selected: string;
  compact: boolean;
  today: string;
  height: string;
}

const meta: Meta<MapArgs> = {
  title: 'Components/Station map',
  component: 'renda-station-map',
  args: {
    stations: WITH_RECEPTIONS,
    src: '',
    tiles: '',
    tilesCrs: 'gcj02',
    tilesAttribution: '',
    reviewNumber: '',
    selected: '',
    compact: false,
    today: '2026-11-20',
    height: '',
  },
  argTypes: {
    stations: { control: false },
    layer: { control: false },
    tilesCrs: { name: 'tiles-crs', control: 'inline-radio', options: ['wgs84', 'gcj02', 'bd09'] },
    reviewNumber: { name: 'review-number' },
    tilesAttribution: { name: 'tiles-attribution' },
  },
  render: (args) => html`<renda-station-map
    .stations=${args.stations}
    .deputies=${TOWN_DEPUTIES}
    .layer=${args.layer}
    src=${args.src || nothing}
    tiles=${args.tiles || nothing}
    tiles-crs=${args.tilesCrs}
    tiles-attribution=${args.tilesAttribution || nothing}
    review-number=${args.reviewNumber || nothing}
    selected=${args.selected || nothing}
    ?compact=${args.compact}
    today=${args.today || nothing}
    station-href="#station-{id}"
    deputy-href="#deputy-{id}"
    qr-url="https://renda.example.gov.cn/fengquan/stations/{id}/"
    style=${args.height ? `--renda-station-map-height: ${args.height}` : nothing}
  ></renda-station-map>`,
};

export default meta;
type Story = StoryObj<MapArgs>;

/** A town's twelve: the 1+4+T+N network of 枫泉镇 (demo data), drawn with no network at all. */
export const TownStations: Story = {};

/** The town's own roads, village outlines and lake under the stations (`map.geojson`). No boundary: no review number. */
export const WithTownLayer: Story = { args: { layer: TOWN_LAYER } };

/** With a map review number (审图号) the layer's administrative boundary is drawn, and the number shown. */
export const WithReviewNumber: Story = { args: { layer: TOWN_LAYER, reviewNumber: '浙S(2025)12号' } };

/** Tiles on: a generated local tile stands in for 天地图 or AMap; stations are converted to the tiles' GCJ-02. */
export const TilesOn: Story = { args: { tiles: LOCAL_TILES, tilesCrs: 'gcj02', tilesAttribution: '© 示例瓦片 GS(2026)0000号' } };

/** The same stations in a WGS-84 tile system (天地图, OpenStreetMap): markers move by the GCJ-02 offset. */
export const TilesWgs84: Story = { args: { tiles: LOCAL_TILES, tilesCrs: 'wgs84', tilesAttribution: '© 示例瓦片（WGS-84）' } };

/** One station. */
export const OneStation: Story = { args: { stations: TOWN_STATIONS.slice(0, 1) } };

/** 5,000 synthetic stations: clusters that split as you zoom; the list pages by 100. */
export const FiveThousand: Story = { args: { stations: syntheticStations(5000, 3) }, tags: ['!autodocs'] };

const ofKind = (kind: StationKind) => TOWN_STATIONS.filter((s) => s.kind === kind);

/** Each kind on its own: shape and colour both differ, so the map reads in greyscale too. */
export const CentreOnly: Story = { args: { stations: ofKind('center') } };
export const StationsOnly: Story = { args: { stations: ofKind('station') } };
export const PointsOnly: Story = { args: { stations: ofKind('point') } };
export const MobileOnly: Story = { args: { stations: ofKind('mobile'), selected: 'mobile' } };

/** A station selected: details, next reception, the last reception, deputies, 联络站码 and “add to calendar”. */
export const Selected: Story = { args: { selected: 'railway', layer: TOWN_LAYER } };

/** The small map on a station's own page. */
export const Compact: Story = { args: { compact: true, selected: 'railway', layer: TOWN_LAYER, height: '260px' } };

/** English. */
export const English: Story = { args: { selected: 'center' }, globals: { locale: 'en' } };

/** Waiting for `src`. */
export const Loading: Story = { args: { stations: undefined, src: storySrc('loading', 'stations.json') } };

/** `src` that does not exist: the error state with a retry button. */
export const ErrorNotFound: Story = { args: { stations: undefined, src: storySrc('missing', 'stations.json') } };

/** No network: the stations never arrived. */
export const Offline: Story = { args: { stations: undefined, src: storySrc('offline', 'stations.json') } };

/** Records with mistakes are left out and counted, the rest still shows. */
export const SomeBadRecords: Story = {
  args: {
    stations: [
      ...TOWN_STATIONS,
      { id: 'typo', name: '坐标系写错的联络点', kind: 'point', address: '', location: { lng: 119.95, lat: 30.05, crs: 'mars' }, reception: [], deputies: [] } as unknown as MapStation,
    ],
  },
};

/** No stations yet. */
export const Empty: Story = { args: { stations: [] } };
