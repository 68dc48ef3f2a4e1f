import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import gcoordModule from 'gcoord';
import './define.js';
import type { RendaStationMap, RendaStationSelectEvent } from './station-map.component.js';
import { syntheticStations, TOWN_DEPUTIES, TOWN_LAYER, TOWN_STATIONS } from './station-map.fixtures.js';
import type { Station } from '../../domain/model.js';
import { STATION_KINDS } from '../../domain/model.js';
import * as EN from '../../domain/text/translations/en.js';
import { filterPlaces, placeStations } from './places.js';
import { project, visibleBounds } from './projection.js';

const gcoord = gcoordModule as unknown as typeof gcoordModule.default;
const station = (id: string) => TOWN_STATIONS.find((s) => s.id === id)!;
const TODAY = '2026-11-20';
const TILE_TEMPLATE = '/components/station-map/test-fixtures/tile.png?z={z}&x={x}&y={y}';

async function settle(el: RendaStationMap): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  // A map with no server-rendered HTML draws its list's first block before the first paint and
  // the rest a block a frame after it, busy until then.
  await waitUntil(() => !el.shadowRoot!.querySelector('.list[aria-busy]'), 'the list is filled in');
  await el.updateComplete;
}

async function townMap(extra: Partial<RendaStationMap> = {}, lang = 'zh-CN'): Promise<RendaStationMap> {
  const el = await fixture<RendaStationMap>(html`<renda-station-map
    lang=${lang}
    today=${TODAY}
    station-href="/fengquan/stations/{id}/"
    deputy-href="/fengquan/deputies/{id}/"
    qr-url="https://renda.example.gov.cn/fengquan/stations/{id}/"
    .stations=${TOWN_STATIONS}
    .deputies=${TOWN_DEPUTIES}
  ></renda-station-map>`);
  Object.assign(el, extra);
  await settle(el);
  return el;
}

const root = (el: RendaStationMap) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: RendaStationMap, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: RendaStationMap, selector: string) => [...root(el).querySelectorAll<T>(selector)];

/** Where a marker's anchor (its local origin) is drawn, in client pixels. */
function markerAnchor(el: RendaStationMap, id: string): [number, number] {
  const marker = $<SVGGElement>(el, `.marker[data-station="${id}"]`);
  if (!marker) throw new Error(`no marker for ${id}`);
  const m = marker.getScreenCTM()!;
  return [m.e, m.f];
}

/** The OSM wiki's slippy-map formula, in world pixels at zoom z: written independently of projection.ts. */
function slippyPixels(lng: number, lat: number, z: number): [number, number] {
  const n = 256 * 2 ** z;
  const phi = (lat * Math.PI) / 180;
  return [((lng + 180) / 360) * n, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n];
}

function mapCentre(el: RendaStationMap): [number, number] {
  const rect = $(el, '.map__svg')!.getBoundingClientRect();
  return [rect.left + rect.width / 2, rect.top + rect.height / 2];
}

const countItems = (el: RendaStationMap) =>
  $$(el, '.marker').length + $$<SVGTextElement>(el, '.cluster__count').reduce((sum, t) => sum + Number(t.textContent), 0);

describe('renda-station-map', () => {
  it('starts in tasks of its own: the first update and the one it sets off each wait for the main thread, then it is drawn', async () => {
    const el = document.createElement('renda-station-map');
    el.stations = TOWN_STATIONS;
    document.body.append(el);
    try {
      // Microtasks alone (what Lit's own scheduling needs) do not reach the first update…
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(el.hasUpdated, 'not in the task that connected it').to.equal(false);
      // …a task does, and the element settles as before.
      await el.updateComplete;
      expect(el.hasUpdated).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('.station').length).to.be.greaterThan(0);
    } finally {
      el.remove();
    }
  });

  describe('default mode: a schematic with no network', () => {
    it('draws every station, with a shape and a colour per kind, and lists them all', async () => {
      const el = await townMap();
      expect(countItems(el)).to.equal(12);
      expect($$(el, '.station')).to.have.length(12);
      const byKind = new Map<string, { d: string; fill: string }>();
      // Close stations share a cluster at first; selecting one zooms until it stands alone.
      for (const id of ['center', 'quankou', 'railway', 'mobile']) {
        el.selected = id;
        await settle(el);
        const marker = $(el, `.marker[data-station="${id}"]`)!;
        const kind = [...marker.classList].find((c) => c.startsWith('marker--'))!;
        el.selected = '';
        await settle(el);
        const shape = $(el, `.marker[data-station="${id}"] .marker__shape`)!;
        byKind.set(kind, { d: shape.getAttribute('d')!.replace(/[\d.-]+/g, '#'), fill: getComputedStyle(shape).fill });
      }
      expect(byKind.size).to.equal(4);
      expect(new Set([...byKind.values()].map((k) => k.d)).size, 'four shapes').to.equal(4);
      expect(new Set([...byKind.values()].map((k) => k.fill)).size, 'four colours').to.equal(4);
      expect($(el, '.map__notes')!.textContent).to.contain('示意图');
      expect($(el, '.map__tiles')).to.equal(null);
    });

    it('makes no network request while rendering, panning, zooming, filtering and selecting', async () => {
      const start = performance.now();
      const el = await townMap({ layer: TOWN_LAYER });
      const map = $(el, '.map')!;
      map.focus();
      for (const key of ['ArrowLeft', 'ArrowUp', '+', '+', '-', '0']) map.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      map.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: 100, clientY: 100, bubbles: true, cancelable: true }));
      $$<HTMLButtonElement>(el, '.station__show')[3]!.click();
      $$<HTMLInputElement>(el, '.chip input')[2]!.click();
      await settle(el);
      await aTimeout(300);
      const requests = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= start);
      expect(requests.map((r) => r.name)).to.deep.equal([]);
      expect(root(el).querySelector('img')).to.equal(null);
    });

    it('puts a known station where Web Mercator says, relative to the centre', async () => {
      const el = await townMap();
      const shangxi = station('shangxi'); // GCJ-02
      const quankou = station('quankou'); // WGS-84
      el.setView(shangxi.location, 13);
      await settle(el);
      // The schematic draws in WGS-84: shangxi is converted, quankou is drawn as recorded.
      const [cLng, cLat] = gcoord.transform([shangxi.location.lng, shangxi.location.lat], gcoord.GCJ02, gcoord.WGS84);
      const [cx, cy] = slippyPixels(cLng, cLat, 13);
      const [qx, qy] = slippyPixels(quankou.location.lng, quankou.location.lat, 13);
      const [mx, my] = mapCentre(el);
      const [ax, ay] = markerAnchor(el, 'quankou');
      expect(Math.abs(ax - (mx + qx - cx)), 'x').to.be.below(1);
      expect(Math.abs(ay - (my + qy - cy)), 'y').to.be.below(1);
      const [sx, sy] = markerAnchor(el, 'shangxi');
      expect(Math.hypot(sx - mx, sy - my), 'the centred station is at the centre').to.be.below(1);
      const view = el.getView();
      expect(view.crs).to.equal('wgs84');
      expect(view.zoom).to.equal(13);
    });

    it('draws a boundary only with a review number, and then shows the number', async () => {
      const el = await townMap({ layer: TOWN_LAYER });
      expect($$(el, '.layer__road').length).to.be.greaterThan(0);
      expect($$(el, '.layer__village').length).to.equal(3);
      expect($(el, '.layer__boundary')).to.equal(null);
      expect($(el, '.map__notes')!.textContent).not.to.contain('审图号');
      el.reviewNumber = '浙S(2025)12号';
      await settle(el);
      expect($(el, '.layer__boundary')).not.to.equal(null);
      expect($(el, '.map__notes')!.textContent).to.contain('审图号：浙S(2025)12号');
      expect($(el, '.map__notes')!.textContent, 'no longer a boundary-free schematic').not.to.contain('示意图');
    });
  });

  describe('tile mode', () => {
    async function tileMap(): Promise<RendaStationMap> {
      const el = await townMap({ tiles: TILE_TEMPLATE, tilesCrs: 'gcj02', tilesAttribution: '© 测试瓦片 GS(2026)0000号' });
      await waitUntil(() => $$(el, '.map__tile').length > 0, 'tiles appear');
      return el;
    }

    it('asks for the tiles in view and nothing else', async () => {
      const start = performance.now();
      const el = await tileMap();
      el.setView(station('center').location, 16);
      await settle(el);
      await waitUntil(() => $$<HTMLImageElement>(el, '.map__tile').every((img) => img.complete), 'tiles load');
      const names = performance.getEntriesByType('resource').filter((e) => e.startTime >= start).map((e) => new URL(e.name).pathname + new URL(e.name).search);
      const tiles = names.filter((n) => n.includes('tile.png'));
      expect(tiles.length).to.be.greaterThan(0);
      expect(names.filter((n) => !n.includes('tile.png')), 'nothing but tiles').to.deep.equal([]);
      expect($(el, '.map__notes')!.textContent).to.contain('GS(2026)0000号');
      const shown = new Set($$(el, '.map__tile').map((img) => img.dataset.tile));
      for (const url of tiles.filter((n) => n.includes('z=16'))) {
        const params = new URLSearchParams(url.split('?')[1]);
        expect(shown.has(`16/${params.get('x')}/${params.get('y')}`), url).to.equal(true);
      }
    });

    it('lands a GCJ-02 station on its tile pixel, and converts a WGS-84 station to the tiles’ system', async () => {
      const el = await tileMap();
      el.setView(station('shangxi').location, 13);
      await settle(el);
      await waitUntil(() => $$<HTMLImageElement>(el, '.map__tile').every((img) => img.complete), 'tiles load');
      const checked: string[] = [];
      for (const id of ['shangxi', 'quankou', 'railway', 'jintang']) {
        const s = station(id);
        const [lng, lat] = gcoord.transform([s.location.lng, s.location.lat], gcoord[s.location.crs === 'gcj02' ? 'GCJ02' : s.location.crs === 'bd09' ? 'BD09' : 'WGS84'], gcoord.GCJ02);
        const [px, py] = slippyPixels(lng, lat, 13);
        const tile = `13/${Math.floor(px / 256)}/${Math.floor(py / 256)}`;
        const img = $(el, `.map__tile[data-tile="${tile}"]`);
        if (!img || !$(el, `.marker[data-station="${id}"]`)) continue; // off screen at this zoom
        checked.push(id);
        const rect = img.getBoundingClientRect();
        const scale = rect.width / 257; // tiles are drawn one pixel wider to hide seams
        const [ax, ay] = markerAnchor(el, id);
        expect(Math.abs(ax - (rect.left + (px % 256) * scale)), `${id} x`).to.be.below(1.5);
        expect(Math.abs(ay - (rect.top + (py % 256) * scale)), `${id} y`).to.be.below(1.5);
        if (s.location.crs !== 'gcj02') {
          // Drawn without conversion it would sit hundreds of pixels away at zoom 16.
          const [rx, ry] = slippyPixels(s.location.lng, s.location.lat, 13);
          expect(Math.hypot(rx - px, ry - py), `${id} conversion matters`).to.be.greaterThan(10);
        }
      }
      expect(checked, 'a GCJ-02 and a WGS-84 station were checked').to.include.members(['shangxi', 'quankou']);
      expect($(el, `.map__tile`)).not.to.equal(null);
      expect(el.getView().crs).to.equal('gcj02');
    });

    it('is accessible', async () => {
      const el = await tileMap();
      await expect(el).to.be.accessible();
    });
  });

  describe('dense data', () => {
    it('clusters 5,000 stations and splits a cluster when it is pressed', async () => {
      const el = await fixture<RendaStationMap>(html`<renda-station-map today=${TODAY} .stations=${syntheticStations(5000, 3)}></renda-station-map>`);
      await settle(el);
      const clusters = $$(el, '.cluster');
      expect(clusters.length).to.be.greaterThan(0);
      expect($$(el, '.cluster, .marker').length, 'far fewer shapes than stations').to.be.below(300);
      const zoomBefore = el.getView().zoom;
      const biggest = clusters.sort((a, b) => Number(b.textContent) - Number(a.textContent))[0]!;
      const count = Number(biggest.textContent);
      biggest.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(el);
      expect(el.getView().zoom).to.be.greaterThan(zoomBefore);
      const shown = countItems(el);
      expect(shown, 'the cluster split into smaller pieces').to.be.at.most(5000);
      expect($$(el, '.cluster').every((c) => Number(c.textContent) < count)).to.equal(true);
      expect($$(el, '.station')).to.have.length(100); // the list pages by 100
      $<HTMLButtonElement>(el, '.list-area__more')!.click();
      await settle(el);
      expect($$(el, '.station')).to.have.length(200);
    });

    it('paints the map and the list’s first block first, then fills the list in: every entry listed, reachable by keyboard, read as one list', async () => {
      const el = await fixture<RendaStationMap>(html`<renda-station-map today=${TODAY} .stations=${syntheticStations(5000, 3)}></renda-station-map>`);
      await el.updateComplete; // the render the map's measured size sets off, with the markers
      // The first view: the clusters drawn, the list's first block, marked busy, no “show more” yet.
      expect($$(el, '.cluster').length).to.be.greaterThan(0);
      const first = $$(el, '.station').length;
      expect(first).to.be.greaterThan(0);
      expect(first).to.be.below(100);
      expect($(el, '.list')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '.list-area__more')).to.equal(null);
      const firstEntry = $(el, '.station')!;
      await waitUntil(() => !$(el, '.list[aria-busy]'), 'the list is filled in');
      await el.updateComplete;
      const entries = $$(el, '.list > .station');
      expect(entries, 'the first 100, in one <ol>').to.have.length(100);
      expect(entries[0], 'the first block is kept, not drawn again').to.equal(firstEntry);
      expect(new Set(entries.map((e) => e.dataset.station)).size).to.equal(100);
      // In list order (centre, stations, points, mobile; file order within a kind), each with its own button in the tab order.
      const stations = syntheticStations(5000, 3);
      const order = { center: 0, station: 1, point: 2, mobile: 3 } as const;
      const expected = stations.map((s, i) => ({ s, i })).sort((a, b) => order[a.s.kind] - order[b.s.kind] || a.i - b.i).slice(0, 100).map(({ s }) => s.id);
      expect(entries.map((e) => e.dataset.station)).to.deep.equal(expected);
      for (const entry of entries) {
        const button = entry.querySelector<HTMLButtonElement>('.station__show')!;
        expect(button.hidden).to.equal(false);
        expect(button.tabIndex).to.equal(0);
      }
      entries[99]!.querySelector<HTMLButtonElement>('.station__show')!.focus();
      expect(root(el).activeElement?.closest('li')).to.equal(entries[99]);
      expect($(el, '.list-area__more')).not.to.equal(null);
    });

    it('a station chosen while the list fills in is listed at once', async () => {
      const stations = syntheticStations(3000, 4);
      const el = await fixture<RendaStationMap>(html`<renda-station-map today=${TODAY} .stations=${stations}></renda-station-map>`);
      expect($(el, '.list[aria-busy]')).not.to.equal(null);
      // The 42nd entry of the list (the centre, then stations in file order), chosen on the map before its entry is drawn.
      const point = stations.filter((s) => s.kind === 'station')[40]!;
      expect($(el, `.station[data-station="${point.id}"]`)).to.equal(null);
      const marker = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      marker.setAttribute('data-station', point.id);
      $(el, '.markers')!.append(marker);
      marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, `.station[data-station="${point.id}"]`)!.classList.contains('is-selected')).to.equal(true);
      expect($(el, '.list[aria-busy]')).to.equal(null);
      marker.remove();
    });

    it('a zoom step at 5,000 stations moves the drawing as one; once the steps rest, the clusters are the new zoom’s', async () => {
      const stations = syntheticStations(5000, 3);
      const el = await fixture<RendaStationMap>(html`<renda-station-map today=${TODAY} .stations=${stations}></renda-station-map>`);
      await settle(el);
      const map = $(el, '.map')!;
      const pane = $(el, '.map__pane')!;
      map.focus();
      const drawn = $$(el, '.cluster, .marker');
      const zoom = el.getView().zoom;
      for (const key of ['+', '+', '-']) map.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      expect(el.getView().zoom, 'the view is the new one at once').to.be.closeTo(zoom + 1, 1e-9);
      await nextFrame();
      // Shown by scaling the drawn layer: the same marker elements, none added, none replaced.
      expect(pane.style.transform).to.contain('scale(2)');
      const during = $$(el, '.cluster, .marker');
      expect(during.length).to.equal(drawn.length);
      expect(during.every((node, i) => node === drawn[i])).to.equal(true);
      expect(during.length, 'a bounded number of marker elements').to.be.at.most(300);
      await el.updateComplete; // also waits for the redraw after the steps rest
      await nextFrame();
      expect(pane.style.transform).to.equal('');
      const after = $$(el, '.cluster, .marker');
      expect(after.length, 'still bounded after the redraw').to.be.at.most(300);
      expect(root(el).querySelectorAll('.map__svg *').length, 'elements in the whole drawing').to.be.at.most(1500);
      // The clusters drawn are those of the new zoom and view (as the index gives them, 160 px margin).
      const view = el.getView();
      const { x, y } = project(view.lng, view.lat);
      const expected = filterPlaces(placeStations(stations, 'wgs84'), { kinds: new Set(STATION_KINDS), theme: '' }, { min: 3, max: 19 }).clusters.itemsAt(view.zoom, visibleBounds({ x, y, zoom: view.zoom, width: map.clientWidth, height: map.clientHeight }, 160));
      const counts = (list: number[]) => list.sort((a, b) => a - b);
      expect(counts($$(el, '.cluster__count').map((t) => Number(t.textContent)))).to.deep.equal(counts(expected.flatMap((item) => (item.type === 'cluster' ? [item.count] : []))));
      expect($$(el, '.marker').length).to.equal(expected.filter((item) => item.type === 'point').length);
    });

    it('selecting a station from the list zooms until it stands alone', async () => {
      const stations = syntheticStations(2000, 5);
      const el = await fixture<RendaStationMap>(html`<renda-station-map today=${TODAY} .stations=${stations}></renda-station-map>`);
      await settle(el);
      const button = $$<HTMLButtonElement>(el, '.station__show')[40]!;
      const id = button.closest('li')!.dataset.station!;
      expect($(el, `.marker[data-station="${id}"]`), 'clustered at first').to.equal(null);
      button.click();
      await settle(el);
      const marker = $(el, `.marker[data-station="${id}"]`)!;
      expect(marker).not.to.equal(null);
      expect(marker.getAttribute('aria-current')).to.equal('true');
    });
  });

  it('draws its list and map again when its language’s words arrive in place (as the embed build fills them after a change of language)', async () => {
    const el = await townMap({}, 'en');
    const words = EN.stationMap as Record<string, string>;
    const saved = { listHeading: words['listHeading']!, schematic: words['schematic']! };
    try {
      words['listHeading'] = 'Stations (words arrived)';
      words['schematic'] = 'Schematic (words arrived)';
      el.requestUpdate();
      await settle(el);
      expect($(el, '#list-title')!.textContent).to.contain('words arrived');
      expect($(el, '.map__notes')!.textContent).to.contain('Schematic (words arrived)');
    } finally {
      Object.assign(words, saved);
      el.requestUpdate();
      await el.updateComplete;
    }
  });

  describe('list and map in sync', () => {
    it('a list press highlights the marker, pans to it and opens the details', async () => {
      const el = await townMap();
      const item = root(el).querySelector('.station[data-station="railway"]')!;
      const button = item.querySelector<HTMLButtonElement>('.station__show')!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'renda-station-select')) as RendaStationSelectEvent;
      expect(event.station?.id).to.equal('railway');
      await settle(el);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(item.classList.contains('is-selected')).to.equal(true);
      const marker = $(el, '.marker[data-station="railway"]')!;
      expect(marker.getAttribute('aria-current')).to.equal('true');
      const [ax, ay] = markerAnchor(el, 'railway');
      const [mx, my] = mapCentre(el);
      expect(Math.hypot(ax - mx, ay - my), 'centred on it').to.be.below(1);
      const details = $(el, '.details')!;
      expect(details.textContent).to.contain(station('railway').name);
      expect(details.textContent).to.contain(station('railway').address);
      expect(el.getAttribute('selected')).to.equal('railway');
    });

    it('a marker press selects the list item', async () => {
      const el = await townMap();
      const marker = $(el, '.marker[data-station="shangxi"]')!;
      marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(el);
      const item = root(el).querySelector('.station[data-station="shangxi"]')!;
      expect(item.classList.contains('is-selected')).to.equal(true);
      expect(item.querySelector('.station__show')!.getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, '.station.is-selected')).to.have.length(1);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('已选择');
    });

    it('the page can select through the attribute', async () => {
      const el = await townMap();
      el.setAttribute('selected', 'minsheng-shop');
      await settle(el);
      expect($(el, '.marker[data-station="minsheng-shop"]')!.getAttribute('aria-current')).to.equal('true');
      expect($(el, '.details')!.textContent).to.contain(station('minsheng-shop').name);
    });

    it('filters by kind and theme, in the list and on the map', async () => {
      const el = await townMap();
      const pointChip = $$<HTMLLabelElement>(el, '.chip').find((c) => c.textContent!.includes('联络点'))!;
      pointChip.querySelector('input')!.click();
      await settle(el);
      expect($$(el, '.station')).to.have.length(12 - TOWN_STATIONS.filter((s) => s.kind === 'point').length);
      expect($$(el, 'g.marker--point')).to.have.length(0);
      expect(countItems(el)).to.equal(12 - 6);
      pointChip.querySelector('input')!.click();
      const select = $<HTMLSelectElement>(el, '.theme__select')!;
      select.value = 'village';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      const villages = TOWN_STATIONS.filter((s) => s.theme === 'village').map((s) => s.id);
      expect($$(el, '.station').map((li) => li.dataset.station)).to.have.members(villages);
      expect(countItems(el)).to.equal(villages.length);
      expect($(el, '.list-area__count')!.textContent).to.contain(`显示 ${villages.length} 个`);
    });
  });

  describe('pointer', () => {
    const pointer = (target: Element, type: string, x: number, y: number, pointerId = 1) =>
      target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId, button: 0, bubbles: true, composed: true, isPrimary: pointerId === 1 }));

    it('a drag moves the map with the finger, and the markers settle there on release', async () => {
      const el = await townMap();
      const map = $(el, '.map')!;
      const rect = map.getBoundingClientRect();
      const [x0, y0] = markerAnchor(el, 'quankou');
      const start = [rect.left + 60, rect.top + 300] as const;
      pointer(map, 'pointerdown', start[0], start[1]);
      for (let i = 1; i <= 5; i++) pointer(map, 'pointermove', start[0] + i * 14, start[1] + i * 8);
      await nextFrame();
      const [x1, y1] = markerAnchor(el, 'quankou');
      expect([Math.round(x1 - x0), Math.round(y1 - y0)], 'during the drag').to.deep.equal([70, 40]);
      pointer(map, 'pointerup', start[0] + 70, start[1] + 40);
      await settle(el);
      const [x2, y2] = markerAnchor(el, 'quankou');
      expect([Math.round(x2 - x0), Math.round(y2 - y0)], 'after release').to.deep.equal([70, 40]);
      expect(($(el, '.map__pane') as HTMLElement).style.transform).to.equal('');
    });

    it('the wheel zooms around the cursor: the place under it stays put', async () => {
      const el = await townMap();
      const map = $(el, '.map')!;
      const [x0, y0] = markerAnchor(el, 'quankou');
      const zoom = el.getView().zoom;
      const [cx, cy] = [Math.round(x0) + 3, Math.round(y0) - 2];
      for (let i = 0; i < 3; i++) map.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: cx, clientY: cy, bubbles: true, composed: true, cancelable: true }));
      await aTimeout(250);
      await settle(el);
      expect(el.getView().zoom).to.be.closeTo(zoom + 1, 1e-6);
      // Twice the scale around the cursor: the marker's offset from the cursor doubles.
      const [x1, y1] = markerAnchor(el, 'quankou');
      expect(Math.hypot(x1 - (cx + 2 * (x0 - cx)), y1 - (cy + 2 * (y0 - cy)))).to.be.below(0.5);
    });

    it('a pinch zooms by the change in finger distance, around the fingers', async () => {
      const el = await townMap();
      const map = $(el, '.map')!;
      const rect = map.getBoundingClientRect();
      const [cx, cy] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
      const zoom = el.getView().zoom;
      const [qx, qy] = markerAnchor(el, 'quankou');
      pointer(map, 'pointerdown', cx - 50, cy, 1);
      pointer(map, 'pointerdown', cx + 50, cy, 2);
      pointer(map, 'pointermove', cx - 100, cy, 1);
      pointer(map, 'pointermove', cx + 100, cy, 2);
      pointer(map, 'pointerup', cx - 100, cy, 1);
      pointer(map, 'pointerup', cx + 100, cy, 2);
      await settle(el);
      // 100 px apart → 200 px apart: twice the scale, one zoom level.
      expect(el.getView().zoom).to.be.closeTo(zoom + 1, 0.02);
      const [x1, y1] = markerAnchor(el, 'quankou');
      expect(Math.hypot(x1 - (cx + 2 * (qx - cx)), y1 - (cy + 2 * (qy - cy))), 'scaled around the fingers').to.be.below(1);
    });
  });

  describe('never a blank panel', () => {
    const pointer = (target: Element, type: string, x: number, y: number, pointerId = 1) =>
      target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId, button: 0, bubbles: true, composed: true, isPrimary: pointerId === 1 }));
    const press = (target: Element, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    /** Markers and clusters whose anchor is inside the map, at least a few pixels from its edge. */
    const inView = (el: RendaStationMap) => {
      const rect = $(el, '.map')!.getBoundingClientRect();
      return $$<SVGGElement>(el, '.marker, .cluster').filter((g) => {
        const m = g.getScreenCTM()!;
        return m.e >= rect.left + 8 && m.e <= rect.right - 8 && m.f >= rect.top + 8 && m.f <= rect.bottom - 8;
      }).length;
    };

    it('after a long drag, the nearest station is pulled back into view', async () => {
      const el = await townMap();
      const map = $(el, '.map')!;
      const rect = map.getBoundingClientRect();
      const [x, y] = [rect.left + 40, rect.top + 40];
      pointer(map, 'pointerdown', x, y);
      for (let i = 1; i <= 20; i++) pointer(map, 'pointermove', x + i * 150, y + i * 100);
      pointer(map, 'pointerup', x + 3000, y + 2000);
      await settle(el);
      expect(inView(el)).to.be.greaterThan(0);
    });

    it('after zooming deep into an empty corner with the wheel or two fingers, a station is in view', async () => {
      const el = await townMap();
      const map = $(el, '.map')!;
      const rect = map.getBoundingClientRect();
      const corner = [rect.left + 4, rect.bottom - 4] as const;
      for (let i = 0; i < 12; i++) map.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: corner[0], clientY: corner[1], bubbles: true, composed: true, cancelable: true }));
      await aTimeout(250);
      await settle(el);
      expect(inView(el), 'wheel').to.be.greaterThan(0);
      el.showAll();
      await settle(el);
      const [cx, cy] = [rect.right - 10, rect.top + 10];
      pointer(map, 'pointerdown', cx - 5, cy, 1);
      pointer(map, 'pointerdown', cx + 5, cy, 2);
      pointer(map, 'pointermove', cx - 200, cy, 1);
      pointer(map, 'pointermove', cx + 200, cy, 2);
      pointer(map, 'pointerup', cx - 200, cy, 1);
      pointer(map, 'pointerup', cx + 200, cy, 2);
      await settle(el);
      expect(inView(el), 'pinch').to.be.greaterThan(0);
    });

    it('after many arrow presses in one direction, a station is in view', async () => {
      const el = await townMap();
      const map = $(el, '.map')!;
      map.focus();
      for (let i = 0; i < 3; i++) press(map, '+');
      for (let i = 0; i < 60; i++) press(map, 'ArrowLeft');
      await settle(el);
      expect(inView(el)).to.be.greaterThan(0);
    });

    it('a label is never drawn for a marker beyond the edge', async () => {
      const el = await townMap();
      const map = $(el, '.map')!;
      const rect = map.getBoundingClientRect();
      pointer(map, 'pointerdown', rect.left + 200, rect.top + 200);
      pointer(map, 'pointermove', rect.left + 330, rect.top + 200);
      pointer(map, 'pointerup', rect.left + 330, rect.top + 200);
      await settle(el);
      const names = new Map(TOWN_STATIONS.map((s) => [s.name, s.id]));
      for (const text of $$<SVGTextElement>(el, '.label:not(.label--place)')) {
        const id = names.get(text.textContent!.trim())!;
        const [mx, my] = markerAnchor(el, id);
        expect(mx >= rect.left && mx <= rect.right && my >= rect.top && my <= rect.bottom, `${text.textContent} has its marker in view`).to.equal(true);
      }
    });
  });

  describe('keyboard', () => {
    const press = (target: Element, key: string, shiftKey = false) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true }));

    it('pans with the arrows, zooms with + and −, resets with 0', async () => {
      const el = await townMap();
      const map = $(el, '.map')!;
      map.focus();
      const start = el.getView();
      press(map, 'ArrowRight');
      await settle(el);
      expect(el.getView().lng).to.be.greaterThan(start.lng);
      press(map, 'ArrowDown');
      await settle(el);
      expect(el.getView().lat).to.be.below(start.lat);
      press(map, '+');
      await settle(el);
      expect(el.getView().zoom).to.be.closeTo(start.zoom + 1, 1e-9);
      press(map, '-');
      press(map, '-');
      await settle(el);
      expect(el.getView().zoom).to.be.closeTo(start.zoom - 1, 1e-9);
      press(map, '0');
      await settle(el);
      expect(el.getView().zoom).to.be.closeTo(start.zoom, 1e-9);
      expect(el.getView().lng).to.be.closeTo(start.lng, 1e-9);
    });

    it('markers are focusable buttons: Enter selects, Escape clears', async () => {
      const el = await townMap();
      const marker = $<SVGGElement>(el, '.marker[data-station="shangxi"]')!;
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.getAttribute('tabindex')).to.equal('0');
      expect(marker.getAttribute('aria-label')).to.contain(station('shangxi').name);
      marker.focus();
      press(marker, 'Enter');
      await settle(el);
      expect(el.selected).to.equal('shangxi');
      press(marker, 'Escape');
      await settle(el);
      expect(el.selected).to.equal('');
      expect($(el, '.details')).to.equal(null);
    });

    it('every control is reachable by Tab in a sensible order', async () => {
      const el = await townMap();
      const focusable = $$(el, 'input, select, button, a[href], [tabindex="0"]').filter((e) => !e.closest('[hidden]'));
      const names = focusable.map((e) => e.getAttribute('aria-label') ?? e.textContent!.trim());
      expect(names.indexOf('离我最近')).to.be.lessThan(names.indexOf('联络站地图'));
      expect(names.indexOf('联络站地图')).to.be.lessThan(names.indexOf('放大'));
      expect(names.some((n) => n.startsWith('在地图上显示：'))).to.equal(true);
    });
  });

  describe('details and calendar', () => {
    it('shows address, phone, reception, next reception, linked deputies and the station code', async () => {
      const el = await townMap({ selected: 'center' });
      const details = $(el, '.details')!;
      const center = station('center');
      expect(details.textContent).to.contain(center.address);
      expect(details.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:057163218812');
      expect(details.textContent).to.contain('每月10日');
      // From 2026-11-20 the next of (10th, 20th, quarter's last week) is the 20th itself.
      expect(details.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20');
      const links = [...details.querySelectorAll<HTMLAnchorElement>('.details__deputies a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(center.deputies.map((id) => `/fengquan/deputies/${id}/`));
      expect(links[0]!.textContent).to.equal(TOWN_DEPUTIES.find((d) => d.id === center.deputies[0])!.name);
      const qr = details.querySelector('renda-qr-code')!;
      expect(qr.getAttribute('value')).to.equal('https://renda.example.gov.cn/fengquan/stations/center/');
      await expect(el).to.be.accessible();
    });

    it('shows the station’s last reception: the day, the deputies present (linked), the residents who came', async () => {
      const center = station('center');
      const [first, second] = center.deputies.map((id) => TOWN_DEPUTIES.find((d) => d.id === id)!);
      const last = { date: '2026-11-10', residents: 14, deputies: [first!, second!].map(({ id, name }) => ({ id, name })) };
      const el = await townMap({ stations: TOWN_STATIONS.map((s) => (s.id === 'center' ? { ...s, lastReception: last } : s)), selected: 'center' });
      const shown = $(el, '[part~="last-reception"]')!;
      expect(shown.textContent!.replace(/\s+/g, '')).to.equal(`2026年11月10日，${first!.name}、${second!.name}进站，来访群众14人次`);
      expect(shown.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-10');
      expect([...shown.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([first!.id, second!.id].map((id) => `/fengquan/deputies/${id}/`));
      await expect(el).to.be.accessible();
      const english = await townMap({ stations: TOWN_STATIONS.map((s) => (s.id === 'center' ? { ...s, lastReception: last } : s)), selected: 'center' }, 'en');
      expect($(english, '[part~="last-reception"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`November 10, 2026 · present: ${first!.name}, ${second!.name} · residents who came: 14`);
    });

    it('a station without a reception, or with a malformed one, shows no last reception', async () => {
      const bad = { date: '10 Nov', residents: 3, deputies: [] };
      const el = await townMap({ stations: TOWN_STATIONS.map((s) => (s.id === 'center' ? { ...s, lastReception: bad } : s)) as RendaStationMap['stations'], selected: 'center' });
      expect($(el, '.details')).not.to.equal(null);
      expect($(el, '[part~="last-reception"]')).to.equal(null);
    });

    it('a mobile station shows its next stop', async () => {
      const el = await townMap({ selected: 'mobile' });
      const mobile = station('mobile');
      const next = mobile.stops!.filter((s) => s.date >= TODAY).sort((a, b) => a.date.localeCompare(b.date))[0]!;
      const details = $(el, '.details')!;
      expect(details.textContent).to.contain('下一站');
      expect(details.textContent).to.contain(next.place);
    });

    it('“add to calendar” downloads an .ics that parses back to the station’s receptions', async () => {
      const el = await townMap({ selected: 'center' });
      const button = [...$(el, '.details')!.querySelectorAll('button')].find((b) => b.textContent!.includes('加入日历'))!;
      const download = new Promise<HTMLAnchorElement>((resolve) => {
        const listener = (event: Event) => {
          const link = event.target as HTMLAnchorElement;
          if (link.download) {
            event.preventDefault();
            document.removeEventListener('click', listener, true);
            resolve(link);
          }
        };
        document.addEventListener('click', listener, true);
      });
      button.click();
      const link = await download;
      expect(link.download).to.equal('center-receptions.ics');
      const text = await (await fetch(link.href)).text();
      const calendar = new ICAL.Component(ICAL.parse(text));
      for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const first = events.find((e) => e.summary.startsWith('代表接待日'))!;
      expect(first.startDate.toString()).to.equal('2026-12-10T09:00:00');
      expect(first.startDate.toJSDate().toISOString()).to.equal('2026-12-10T01:00:00.000Z');
      expect(first.location).to.equal(station('center').address);
      expect(first.component.getFirstPropertyValue('url')).to.equal(`${location.origin}/fengquan/stations/center/`);
      expect(events.length).to.be.greaterThan(10);
    });
  });

  describe('states', () => {
    it('loads from src, with deputies from deputies-src', async () => {
      const el = await fixture<RendaStationMap>(html`<renda-station-map today=${TODAY} src="/content/towns/fengquan/stations.json" deputies-src="/content/towns/fengquan/deputies.json"></renda-station-map>`);
      await waitUntil(() => $$(el, '.station').length === 12, 'the list fills');
      el.selected = 'center';
      await settle(el);
      await waitUntil(() => /[\u4e00-\u9fa5]{2,}/.test($(el, '.details__deputies li')?.textContent ?? ''), 'deputies are named');
    });

    it('shows an error with a retry when src is missing or broken', async () => {
      const missing = await fixture<RendaStationMap>(html`<renda-station-map src="/components/station-map/test-fixtures/missing.json"></renda-station-map>`);
      await waitUntil(() => $(missing, '[role="alert"]'), 'error shows');
      expect($(missing, '[role="alert"]')!.textContent).to.contain('没有找到这份数据');
      expect($(missing, '[part="retry-button"]')).not.to.equal(null);
      const broken = await fixture<RendaStationMap>(html`<renda-station-map lang="en" src="/components/station-map/test-fixtures/broken.json"></renda-station-map>`);
      await waitUntil(() => $(broken, '[role="alert"]'), 'error shows');
      expect($(broken, '[role="alert"]')!.textContent).to.contain('not in the expected format');
      await expect(broken).to.be.accessible();
    });

    it('says so when there are no stations', async () => {
      const el = await fixture<RendaStationMap>(html`<renda-station-map src="/components/station-map/test-fixtures/empty.json"></renda-station-map>`);
      await waitUntil(() => $(el, '[part="empty"]'), 'empty shows');
      expect($(el, '[part="empty"]')!.textContent).to.contain('暂无联络站信息');
    });

    it('shows the valid stations and says how many were left out', async () => {
      const bad = [...TOWN_STATIONS.slice(0, 3), { id: 'x', name: 'X', kind: 'tower', location: { lng: 1, lat: 2, crs: 'wgs84' } } as unknown as Station];
      const el = await fixture<RendaStationMap>(html`<renda-station-map today=${TODAY} .stations=${bad}></renda-station-map>`);
      await settle(el);
      expect($$(el, '.station')).to.have.length(3);
      expect($(el, '.notice')!.textContent).to.contain('有 1 个站点的数据有误');
    });

    it('reads the stations from a JSON child, as the town sites render it', async () => {
      const data = JSON.stringify({ stations: TOWN_STATIONS, deputies: TOWN_DEPUTIES });
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      // The element must find its data before it first renders: parse it as a page would be parsed.
      container.innerHTML = `<renda-station-map today="${TODAY}"><script type="application/json">${data.replace(/</g, '\\u003c')}</script></renda-station-map>`;
      const el = container.querySelector('renda-station-map')!;
      await settle(el);
      expect($$(el, '.station')).to.have.length(12);
    });
  });

  describe('language and accessibility', () => {
    it('speaks English with lang="en"', async () => {
      const el = await townMap({}, 'en');
      expect($(el, '.locate__button')!.textContent).to.contain('Nearest to me');
      expect($(el, '.map')!.getAttribute('aria-label')).to.equal('Map of liaison stations');
      expect($(el, '.list-area__count')!.textContent).to.contain('12 stations');
      expect($$(el, '.chip').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.include.members(['Liaison centre (1)']);
      el.selected = 'center';
      await settle(el);
      expect($(el, '.details')!.textContent).to.contain('Every month on the 10th');
      await expect(el).to.be.accessible();
    });

    it('is accessible with the town layer, a review number and a selection', async () => {
      const el = await townMap({ layer: TOWN_LAYER, reviewNumber: '浙S(2025)12号', selected: 'railway' });
      await expect(el).to.be.accessible();
    });

    it('is accessible in a compact map for a station page', async () => {
      const el = await townMap({ compact: true, selected: 'railway' });
      expect($(el, '.toolbar')).to.equal(null);
      expect($(el, '.list')).to.equal(null);
      const zoom = el.getView().zoom;
      expect(zoom).to.be.within(11, 16);
      // Close in, yet with neighbours for bearings.
      expect($$(el, '.marker, .cluster').length).to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    });
  });
});
