/**
 * One town folder from a plan: the same pipeline for the hand-shaped demo towns and the
 * synthetic ones, so both obey the same rules.
 */
import { join } from 'node:path';
import type { Activity, Deputy, Reception, ScoringRule, SiteConfig, Station, Suggestion, Town, VoteEvent, TownMapLayer } from '../../domain/model.js';
import { generateDeputies, type DeputyDraft, type DeputyPlan } from './deputies.js';
import { markdown, resetDir, sceneSvg, TOWN_SCHEMA, writeAvatars, writeJson, writeText, type FrontMatter } from './output.js';
import type { Locale, Place } from './places.js';
import type { Rng } from './random.js';
import { buildStations, type StationPlan } from './stations.js';
import { generateSuggestions, type SessionEvent, type SuggestionOptions } from './suggestions.js';

/** The build date the demo content is written against: nothing in any history is later. */
export const DEMO_TODAY = '2026-11-20';

export interface Article {
  slug: string;
  front: FrontMatter;
  body: string;
}

export interface TownBundle {
  town: Town;
  deputies: Deputy[];
  stations: Station[];
  suggestions: Suggestion[];
  votes: VoteEvent[];
  news: Article[];
  pages: Article[];
  /** The schematic base map (`map.geojson`). */
  map?: TownMapLayer;
  receptions?: Reception[];
  activities?: Activity[];
  /** The town's scoring rule for the 履职档案, when it has adopted one. */
  scoring?: ScoringRule;
}

export interface TownPlan {
  town: Town;
  places: Place[];
  locale: Locale;
  deputies: DeputyPlan;
  stations: (deputies: DeputyDraft[]) => StationPlan[];
  suggestions: Omit<SuggestionOptions, 'town' | 'places' | 'locale' | 'stations' | 'deputies' | 'events'> & { events: SessionEvent[] };
}

export interface BuiltTown {
  town: Town;
  deputies: DeputyDraft[];
  stations: Station[];
  suggestions: Suggestion[];
}

export function buildTown(rng: Rng, plan: TownPlan): BuiltTown {
  const deputies = generateDeputies(rng.fork('deputies'), plan.town, plan.places, plan.locale, plan.deputies);
  const stations = buildStations(rng.fork('stations'), plan.stations(deputies), deputies);
  const suggestions = generateSuggestions(rng.fork('suggestions'), {
    ...plan.suggestions,
    town: plan.town,
    places: plan.places,
    locale: plan.locale,
    stations,
    deputies,
  });
  return { town: plan.town, deputies, stations, suggestions };
}

/** Drop the builder's bookkeeping and write fields in the order a person would. */
export function publishDeputy(d: DeputyDraft): Deputy {
  return {
    id: d.id,
    name: d.name,
    ...(d.gender ? { gender: d.gender } : {}),
    levels: d.levels,
    constituency: d.constituency,
    stations: d.stations,
    ...(d.title ? { title: d.title } : {}),
    ...(d.occupation ? { occupation: d.occupation } : {}),
    ...(d.roles && d.roles.length > 0 ? { roles: d.roles } : {}),
    ...(d.photo ? { photo: d.photo } : {}),
    ...(d.bio ? { bio: d.bio } : {}),
    ...(d.term ? { term: d.term } : {}),
  };
}

export function writeSite(contentDir: string, site: SiteConfig): void {
  writeJson(join(contentDir, 'site.json'), '../site/schemas/site.schema.json', site);
}

export function writeTown(rng: Rng, contentDir: string, bundle: TownBundle): void {
  const dir = join(contentDir, 'towns', bundle.town.slug);
  resetDir(dir);
  writeJson(join(dir, 'town.json'), TOWN_SCHEMA('town'), bundle.town);
  writeJson(join(dir, 'deputies.json'), TOWN_SCHEMA('deputies'), bundle.deputies, 'deputies');
  writeJson(join(dir, 'stations.json'), TOWN_SCHEMA('stations'), bundle.stations, 'stations');
  writeJson(join(dir, 'suggestions.json'), TOWN_SCHEMA('suggestions'), bundle.suggestions, 'suggestions');
  writeJson(join(dir, 'votes.json'), TOWN_SCHEMA('votes'), bundle.votes, 'votes');
  if (bundle.map) writeJson(join(dir, 'map.geojson'), TOWN_SCHEMA('map'), bundle.map);
  if (bundle.receptions) writeJson(join(dir, 'receptions.json'), TOWN_SCHEMA('receptions'), bundle.receptions, 'receptions');
  if (bundle.activities) writeJson(join(dir, 'activities.json'), TOWN_SCHEMA('activities'), bundle.activities, 'activities');
  if (bundle.scoring) writeJson(join(dir, 'scoring.json'), TOWN_SCHEMA('scoring'), bundle.scoring);
  for (const a of bundle.news) writeText(join(dir, 'news', `${a.slug}.md`), markdown(a.front, a.body));
  for (const a of bundle.pages) writeText(join(dir, 'pages', `${a.slug}.md`), markdown(a.front, a.body));
  writeAvatars(rng.fork('avatars'), dir, bundle.deputies);
  // The activities' and progress entries' photos: drawn scenes, one per file the content names.
  const scenes = rng.fork('scenes');
  const activityPhotos = (bundle.activities ?? []).flatMap((a) => a.photos ?? []);
  const progressPhotos = bundle.votes.flatMap((v) => (v.kind === 'project-ballot' ? v.candidates.flatMap((c) => (c.progress ?? []).flatMap((p) => p.photos ?? [])) : []));
  for (const [photos, site] of [[activityPhotos, false], [progressPhotos, true]] as const) {
    for (const photo of photos) if (photo.src.endsWith('.svg')) writeText(join(dir, photo.src), sceneSvg(scenes, site));
  }
}
