import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deputy, LoadedContent, PublicSuggestion, Station, Town, VoteEvent } from '../domain/model.js';
import { suggestionRating } from '../domain/votes/vote-rules.js';

/** What the API knows about one town: the votes it may take ballots for, and who may be addressed. */
export interface TownCatalogue {
  slug: string;
  name: string;
  votes: ReadonlyMap<string, VoteEvent>;
  deputies: ReadonlySet<string>;
  stations: ReadonlySet<string>;
  /** Names for the message desk's pages and filters. */
  deputyNames: ReadonlyMap<string, string>;
  stationNames: ReadonlyMap<string, string>;
  /** Each station's deputies, linked from either side: what a station's desk account sees. */
  stationDeputies: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface Catalogue {
  towns: ReadonlyMap<string, TownCatalogue>;
  /** The published site's base URL (`site.json` `baseUrl`), when known: its origin may always call the API. */
  baseUrl?: string;
}

type DeputyEntry = Pick<Deputy, 'id'> & Partial<Pick<Deputy, 'name' | 'stations'>>;
type StationEntry = Pick<Station, 'id'> & Partial<Pick<Station, 'name' | 'deputies'>>;

function townCatalogue(town: Pick<Town, 'slug' | 'name'>, votes: readonly VoteEvent[], deputies: readonly DeputyEntry[], stations: readonly StationEntry[], suggestions: readonly PublicSuggestion[]): TownCatalogue {
  const byId = new Map<string, VoteEvent>();
  const ratedSubjects = new Set(votes.flatMap((v) => (v.kind === 'rating' && v.subject.type === 'suggestion' ? [v.subject.id] : [])));
  // Every answered public suggestion can be rated, unless votes.json already has a rating for it.
  for (const suggestion of suggestions) {
    if (ratedSubjects.has(suggestion.id)) continue;
    const rating = suggestionRating(suggestion);
    if (rating) byId.set(rating.id, rating);
  }
  for (const vote of votes) byId.set(vote.id, vote);
  const stationDeputies = new Map<string, Set<string>>(stations.map((s) => [s.id, new Set(s.deputies ?? [])]));
  for (const deputy of deputies) for (const station of deputy.stations ?? []) stationDeputies.get(station)?.add(deputy.id);
  return {
    slug: town.slug,
    name: town.name,
    votes: byId,
    deputies: new Set(deputies.map((d) => d.id)),
    stations: new Set(stations.map((s) => s.id)),
    deputyNames: new Map(deputies.map((d) => [d.id, d.name ?? d.id])),
    stationNames: new Map(stations.map((s) => [s.id, s.name ?? s.id])),
    stationDeputies,
  };
}

/** From loaded content (the loader has validated and masked it). */
export function catalogueFromContent(content: LoadedContent): Catalogue {
  return {
    baseUrl: content.site.baseUrl,
    towns: new Map(content.towns.map((t) => [t.town.slug, townCatalogue(t.town, t.votes, t.deputies, t.stations, t.suggestions)])),
  };
}

/**
 * From a built site's open data (`<dir>/<town>/data/*.json`), for an API deployed apart from the
 * content folder. The files were validated when they were built.
 */
export function catalogueFromSite(siteDir: string, baseUrl?: string): Catalogue {
  const towns = new Map<string, TownCatalogue>();
  if (!existsSync(siteDir)) throw new Error(`${siteDir} does not exist: build the site first (renda build), or give --content`);
  for (const entry of readdirSync(siteDir, { withFileTypes: true })) {
    const data = join(siteDir, entry.name, 'data');
    if (!entry.isDirectory() || !existsSync(join(data, 'town.json'))) continue;
    const read = <T>(file: string, fallback: T): T => (existsSync(join(data, file)) ? (JSON.parse(readFileSync(join(data, file), 'utf8')) as T) : fallback);
    const town = read<Town>('town.json', { slug: entry.name, name: entry.name } as Town);
    towns.set(
      town.slug,
      townCatalogue(
        town,
        read<{ votes: VoteEvent[] }>('votes.json', { votes: [] }).votes,
        read<{ deputies: Deputy[] }>('deputies.json', { deputies: [] }).deputies,
        read<{ stations: Station[] }>('stations.json', { stations: [] }).stations,
        read<{ suggestions: PublicSuggestion[] }>('suggestions.json', { suggestions: [] }).suggestions,
      ),
    );
  }
  if (towns.size === 0) throw new Error(`${siteDir} holds no town (no <town>/data/town.json): build the site first (renda build), or give --content`);
  return baseUrl ? { towns, baseUrl } : { towns };
}
