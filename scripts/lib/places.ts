/**
 * The geography a generated town is written around: its villages and communities, and the
 * local words (roads, schools, rivers, firms) that make suggestions read as if from one place.
 */
import type { Town } from '../../domain/model.js';
import { CROPS } from './issues.js';
import { firmName, roadNames } from './names.js';
import type { Rng } from './random.js';

export interface Place {
  /** URL-safe, used for station ids. */
  id: string;
  name: string;
  kind: 'village' | 'community';
  /** GCJ-02 */
  at: [number, number];
}

export interface Locale {
  /** The town's name without 镇/乡/街道: “枫泉”. */
  short: string;
  roads: string[];
  schools: string[];
  clinic: string;
  rivers: string[];
  firms: string[];
  crops: string[];
  /** A major project with a land-acquisition liaison point, if the town has one. */
  project?: string;
}

export function shortName(town: Pick<Town, 'name'>): string {
  return town.name.replace(/(街道|镇|乡)$/, '') || town.name;
}

/** Local words for a town, invented from its name so every town reads differently. */
export function inventLocale(rng: Rng, town: Town, places: Place[]): Locale {
  const short = shortName(town);
  const urban = town.kind === 'subdistrict';
  const schools = urban
    ? [`${short}小学`, `${short}第二小学`, `${short}初级中学`, `${short}幼儿园`]
    : [`${short}中心小学`, `${short}初级中学`, `${short}中心幼儿园`];
  const rivers = [`${short}溪`, `${rng.pick(['前', '后', '东', '西', '横'])}港河`, `${rng.pick(['大', '小', '清', '白'])}溪`];
  const firmPlaces = rng.sample(places, Math.min(4, places.length)).map((p) => p.name);
  if (firmPlaces.length === 0) firmPlaces.push(short);
  return {
    short,
    roads: roadNames(rng, short, 6),
    schools,
    clinic: urban ? `${short}社区卫生服务中心` : `${short}卫生院`,
    rivers,
    firms: firmPlaces.map((p) => firmName(rng, p)),
    crops: rng.sample(CROPS, 3),
  };
}
