/**
 * References between a town's files: a deputy's stations, a station's deputies, a suggestion's
 * deputies and station, a rating's suggestion. Checked on every file that parsed, whether or not
 * it passed its schema, so a wrong id is reported in the same run as every other problem. A
 * wrong id gets a "did you mean": the id of the record whose name was written, or the nearest id.
 */
import { closest, editDistance } from './schemas.js';
import { problemAt, sayFor } from './rules.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';

/** A file of records as far as it could be read: parsed, `'absent'` (no records), or unreadable (`undefined`). */
export type RecordFile = JsonFile | 'absent' | undefined;

export interface TownFiles {
  deputies: RecordFile;
  stations: RecordFile;
  suggestions: RecordFile;
  votes: RecordFile;
  receptions?: RecordFile;
  activities?: RecordFile;
  /** Ids of suggestions kept one per file (`suggestions/<id>.json`, the message desk's). */
  moreSuggestionIds?: readonly string[];
}

type Path = (string | number)[];
type Kind = 'deputy' | 'station' | 'suggestion';

/** The records of a parsed file's list, read defensively: anything that is not an object is skipped. */
function records(json: JsonFile, list: string): [number, Record<string, unknown>][] {
  const value = (json.value as Record<string, unknown> | null)?.[list];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i): [number, Record<string, unknown>][] => (item && typeof item === 'object' && !Array.isArray(item) ? [[i, item as Record<string, unknown>]] : []));
}

/** Ids and names of a file's records; `undefined` when the file could not be read (its own problems say why). */
function known(file: RecordFile, list: string): Map<string, string> | undefined {
  if (file === undefined) return undefined;
  const ids = new Map<string, string>();
  if (file === 'absent') return ids;
  for (const [, record] of records(file, list)) if (typeof record['id'] === 'string') ids.set(record['id'], typeof record['name'] === 'string' ? record['name'] : typeof record['title'] === 'string' ? record['title'] : '');
  return ids;
}

const WORDS = {
  deputy: { message: 'noDeputy', expected: 'noDeputyExpected', byName: 'isDeputyName', add: 'addDeputy' },
  station: { message: 'noStation', expected: 'noStationExpected', byName: 'isStationName', add: 'addStation' },
  suggestion: { message: 'noSuggestion', expected: 'noSuggestionExpected', byName: 'isStationName', add: 'addStation' },
} as const;

function missing(json: JsonFile, path: Path, kind: Kind, id: string, ids: ReadonlyMap<string, string>): Problem {
  const say = sayFor(json);
  const words = WORDS[kind];
  const written = id.trim();
  const named = [...ids].find(([, name]) => name && name === written);
  const nearId = closest(written, [...ids.keys()]) ?? [...ids.keys()].find((candidate) => candidate.replace(/^0+/, '') === written.replace(/^0+/, ''));
  const nearName = [...ids].find(([, name]) => name.length >= 2 && editDistance(name, written) <= 1);
  const fix =
    named && kind !== 'suggestion'
      ? say(words.byName, { name: written, id: named[0] })
      : nearId
        ? say('didYouMean', { name: nearId })
        : nearName
          ? say('didYouMean', { name: `${nearName[0]}（${nearName[1]}）` })
          : kind === 'suggestion'
            ? undefined
            : say(words.add);
  return problemAt(json, path, { message: say(words.message, { id }), expected: say(words.expected), found: `"${id}"`, ...(fix ? { fix } : {}) });
}

/** Every reference in a town's files to a record that is not there. */
export function checkReferences(files: TownFiles): Problem[] {
  const problems: Problem[] = [];
  const deputyIds = known(files.deputies, 'deputies');
  const stationIds = known(files.stations, 'stations');
  const suggestionIds = known(files.suggestions, 'suggestions');
  for (const id of files.moreSuggestionIds ?? []) suggestionIds?.set(id, '');
  const check = (json: JsonFile, path: Path, value: unknown, kind: Kind, ids: ReadonlyMap<string, string> | undefined) => {
    if (ids && typeof value === 'string' && !ids.has(value)) problems.push(missing(json, path, kind, value, ids));
  };
  const each = (json: JsonFile, path: Path, list: unknown, kind: Kind, ids: ReadonlyMap<string, string> | undefined) => {
    if (Array.isArray(list)) list.forEach((value, j) => check(json, [...path, j], value, kind, ids));
  };
  if (files.deputies && files.deputies !== 'absent') {
    const json = files.deputies;
    for (const [i, deputy] of records(json, 'deputies')) each(json, ['deputies', i, 'stations'], deputy['stations'], 'station', stationIds);
  }
  if (files.stations && files.stations !== 'absent') {
    const json = files.stations;
    for (const [i, station] of records(json, 'stations')) each(json, ['stations', i, 'deputies'], station['deputies'], 'deputy', deputyIds);
  }
  if (files.suggestions && files.suggestions !== 'absent') {
    const json = files.suggestions;
    for (const [i, suggestion] of records(json, 'suggestions')) {
      each(json, ['suggestions', i, 'deputies'], suggestion['deputies'], 'deputy', deputyIds);
      check(json, ['suggestions', i, 'station'], suggestion['station'], 'station', stationIds);
    }
  }
  if (files.votes && files.votes !== 'absent') {
    const json = files.votes;
    for (const [i, vote] of records(json, 'votes')) {
      const subject = vote['subject'] as Record<string, unknown> | undefined;
      if (vote['kind'] === 'rating' && subject && typeof subject === 'object' && subject['type'] === 'suggestion') check(json, ['votes', i, 'subject', 'id'], subject['id'], 'suggestion', suggestionIds);
    }
  }
  if (files.receptions && files.receptions !== 'absent') {
    const json = files.receptions;
    for (const [i, reception] of records(json, 'receptions')) {
      check(json, ['receptions', i, 'station'], reception['station'], 'station', stationIds);
      each(json, ['receptions', i, 'deputies'], reception['deputies'], 'deputy', deputyIds);
      const matters = reception['matters'];
      if (Array.isArray(matters)) matters.forEach((matter, j) => matter && typeof matter === 'object' && check(json, ['receptions', i, 'matters', j, 'suggestion'], (matter as Record<string, unknown>)['suggestion'], 'suggestion', suggestionIds));
    }
  }
  if (files.activities && files.activities !== 'absent') {
    const json = files.activities;
    for (const [i, activity] of records(json, 'activities')) {
      check(json, ['activities', i, 'station'], activity['station'], 'station', stationIds);
      each(json, ['activities', i, 'deputies'], activity['deputies'], 'deputy', deputyIds);
    }
  }
  return problems;
}
