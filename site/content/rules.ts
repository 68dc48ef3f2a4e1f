import { isRealDate, isRealDateTime, isRealTimeOfDay, isRealYearMonth } from '../../domain/calendar/dates.js';
import { labelPath } from './schemas.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import type { Deputy, GeoPoint, SiteConfig, Station, Suggestion, Town, VoteEvent } from '../../domain/model.js';
import { urlPatternProblem } from '../../domain/addresses.js';

/**
 * Rules a schema cannot say: references between files, dates in order, numbers that must add up.
 * Each takes parsed, schema-valid data and returns problems; none throws.
 */

type Path = (string | number)[];

export function problemAt(json: JsonFile, path: Path, problem: Omit<Problem, 'file' | 'path' | 'line' | 'column'>): Problem {
  return { file: json.file, path: labelPath(json.value, path) || '(top level)', ...json.locate(path), ...problem };
}

/** China's extent, with a margin: anything outside is a typo or swapped coordinates. */
export const CHINA_BOUNDS = { minLng: 73.4, maxLng: 135.1, minLat: 3.8, maxLat: 53.6 } as const;

export function isInChina(point: Pick<GeoPoint, 'lng' | 'lat'>): boolean {
  return point.lng >= CHINA_BOUNDS.minLng && point.lng <= CHINA_BOUNDS.maxLng && point.lat >= CHINA_BOUNDS.minLat && point.lat <= CHINA_BOUNDS.maxLat;
}

function checkPoint(json: JsonFile, path: Path, point: GeoPoint): Problem[] {
  if (isInChina(point)) return [];
  const swapped = isInChina({ lng: point.lat, lat: point.lng });
  return [
    problemAt(json, path, {
      message: 'coordinates outside China',
      expected: `longitude ${CHINA_BOUNDS.minLng}–${CHINA_BOUNDS.maxLng} and latitude ${CHINA_BOUNDS.minLat}–${CHINA_BOUNDS.maxLat}`,
      found: `lng ${point.lng}, lat ${point.lat}`,
      fix: swapped ? 'lng and lat look swapped: longitude (about 73–135) comes first' : 'copy the point again from the map, longitude first',
    }),
  ];
}

export function checkDate(json: JsonFile, path: Path, date: string | undefined): Problem[] {
  if (date === undefined || isRealDate(date)) return [];
  return [problemAt(json, path, { message: 'this date does not exist', expected: 'a real calendar date, YYYY-MM-DD (month 1–12, a day the month has)', found: `"${date}"` })];
}

function checkDateTime(json: JsonFile, path: Path, text: string | undefined): Problem[] {
  if (text === undefined || isRealDateTime(text)) return [];
  return [
    problemAt(json, path, {
      message: 'this date and time does not exist',
      expected: 'a real date and time with its offset, e.g. "2026-03-01T08:00:00+08:00" (month 1–12, a day the month has, hours 00–23, minutes 00–59, offset within ±14:00)',
      found: `"${text}"`,
    }),
  ];
}

/** A `YYYY-MM` or `YYYY-MM-DD` field, such as a project's planned completion. */
function checkMonthOrDate(json: JsonFile, path: Path, text: string | undefined): Problem[] {
  if (text === undefined || isRealYearMonth(text) || isRealDate(text)) return [];
  return [problemAt(json, path, { message: 'this month or date does not exist', expected: 'a real month YYYY-MM (01–12) or date YYYY-MM-DD', found: `"${text}"` })];
}

/** Ids must be unique within their list: pages and links are named by them. */
export function checkUniqueIds(json: JsonFile, listPath: Path, items: readonly { id: string }[]): Problem[] {
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else
      problems.push(
        problemAt(json, [...listPath, index, 'id'], {
          message: `duplicate id "${item.id}"`,
          expected: 'an id used once in this list',
          found: `the same id as ${labelPath(json.value, [...listPath, first])}`,
          fix: 'give one of them another id',
        }),
      );
  });
  return problems;
}

/** site.json: the code patterns must lead to a web address for every town and id. */
export function checkSite(json: JsonFile, site: SiteConfig): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['deputyUrlPattern', 'stationUrlPattern'] as const) {
    const pattern = site[field];
    if (pattern === undefined) continue;
    const why = urlPatternProblem(pattern, site.baseUrl);
    if (why)
      problems.push(
        problemAt(json, [field], {
          message: why,
          expected: 'an http:// or https:// address with {id} (and optionally {baseUrl} and {town}), e.g. "{baseUrl}{town}/deputies/{id}/"',
          found: JSON.stringify(pattern),
          fix: `remove "${field}" to use the town site's own pages`,
        }),
      );
  }
  return problems;
}

export function checkTown(json: JsonFile, town: Town, folderSlug: string): Problem[] {
  const problems: Problem[] = [];
  if (town.slug !== folderSlug)
    problems.push(
      problemAt(json, ['slug'], {
        message: 'the slug differs from the folder name',
        expected: `"${folderSlug}" (the folder is towns/${folderSlug}/)`,
        found: `"${town.slug}"`,
        fix: 'use the same lowercase name for the folder and the slug',
      }),
    );
  const wantsCommittee = town.kind === 'subdistrict';
  if (wantsCommittee !== (town.congress.kind === 'working-committee'))
    problems.push(
      problemAt(json, ['congress', 'kind'], {
        message: wantsCommittee ? 'a subdistrict (街道) has no congress' : 'a town or township has a congress',
        expected: wantsCommittee ? '"working-committee" (人大工委)' : '"congress"',
        found: `"${town.congress.kind}"`,
      }),
    );
  if (town.congress.kind === 'congress' && town.congress.deputies > 160)
    problems.push(
      problemAt(json, ['congress', 'deputies'], {
        message: 'too many deputies for a township congress',
        expected: 'at most 160 (Election Law art. 12)',
        found: String(town.congress.deputies),
      }),
    );
  problems.push(...checkDate(json, ['congress', 'termStart'], town.congress.termStart));
  problems.push(...checkDate(json, ['congress', 'termEnd'], town.congress.termEnd));
  if (town.congress.termEnd < town.congress.termStart)
    problems.push(problemAt(json, ['congress', 'termEnd'], { message: 'the term ends before it starts', expected: `a date after ${town.congress.termStart}`, found: town.congress.termEnd }));
  const holidays = town.calendar?.holidays ?? [];
  const workdays = town.calendar?.workdays ?? [];
  holidays.forEach((date, i) => problems.push(...checkDate(json, ['calendar', 'holidays', i], date)));
  workdays.forEach((date, i) => {
    problems.push(...checkDate(json, ['calendar', 'workdays', i], date));
    if (holidays.includes(date))
      problems.push(problemAt(json, ['calendar', 'workdays', i], { message: 'the day is both a day off and a working day', expected: 'each date in one list only', found: date, fix: 'remove it from "holidays" or from "workdays"' }));
  });
  return problems;
}

export function missingReference(json: JsonFile, path: Path, kind: 'deputy' | 'station' | 'suggestion', id: string, known: ReadonlySet<string>): Problem {
  const file = kind === 'deputy' ? 'deputies.json' : kind === 'station' ? 'stations.json' : 'suggestions.json';
  let near: string | undefined;
  for (const candidate of known) if (candidate.toLowerCase() === id.toLowerCase() || candidate.replace(/^0+/, '') === id.replace(/^0+/, '')) near = candidate;
  return problemAt(json, path, {
    message: `no ${kind} with id "${id}"`,
    expected: `the id of a ${kind} in ${file}`,
    found: `"${id}"`,
    fix: near ? `did you mean "${near}"?` : `add the ${kind} to ${file}, or correct the id`,
  });
}

/**
 * Reference checks take the set of known ids, or `undefined` when the other file could not be
 * read: its own problems are reported already, and every reference would only add noise.
 */
export function checkDeputies(json: JsonFile, deputies: readonly Deputy[], stationIds: ReadonlySet<string> | undefined): Problem[] {
  const problems = checkUniqueIds(json, ['deputies'], deputies);
  deputies.forEach((deputy, i) =>
    deputy.stations.forEach((id, j) => {
      if (stationIds && !stationIds.has(id)) problems.push(missingReference(json, ['deputies', i, 'stations', j], 'station', id, stationIds));
    }),
  );
  return problems;
}

export function checkStations(json: JsonFile, stations: readonly Station[], deputyIds: ReadonlySet<string> | undefined): Problem[] {
  const problems = checkUniqueIds(json, ['stations'], stations);
  stations.forEach((station, i) => {
    problems.push(...checkPoint(json, ['stations', i, 'location'], station.location));
    station.deputies.forEach((id, j) => {
      if (deputyIds && !deputyIds.has(id)) problems.push(missingReference(json, ['stations', i, 'deputies', j], 'deputy', id, deputyIds));
    });
    station.reception.forEach((rule, j) => {
      if (rule.kind === 'once') problems.push(...checkDate(json, ['stations', i, 'reception', j, 'date'], rule.date));
      if (rule.time !== undefined && !isRealTimeOfDay(rule.time))
        problems.push(problemAt(json, ['stations', i, 'reception', j, 'time'], { message: 'this time does not exist', expected: 'a clock time HH:MM (00:00–23:59) or a span "09:00-11:30" that ends after it starts', found: `"${rule.time}"` }));
    });
    if (station.kind === 'mobile' && !station.stops?.length)
      problems.push(
        problemAt(json, ['stations', i, 'kind'], {
          message: 'a mobile station needs its stops',
          expected: 'a "stops" list of { "date", "place" }',
          found: 'no stops',
          fix: 'add "stops", or use another kind',
        }),
      );
    station.stops?.forEach((stop, j) => {
      problems.push(...checkDate(json, ['stations', i, 'stops', j, 'date'], stop.date));
      if (stop.location) problems.push(...checkPoint(json, ['stations', i, 'stops', j, 'location'], stop.location));
    });
  });
  return problems;
}

/** Stages that end a reply cycle with the resident's verdict; only after one may an item be reopened. */
const VERDICT_STAGES = new Set(['rated', 'fed-back']);

export function checkSuggestions(
  json: JsonFile,
  suggestions: readonly Suggestion[],
  deputyIds: ReadonlySet<string> | undefined,
  stationIds: ReadonlySet<string> | undefined,
  today: string,
): Problem[] {
  const problems = checkUniqueIds(json, ['suggestions'], suggestions);
  suggestions.forEach((suggestion, i) => {
    const at = (...rest: Path): Path => ['suggestions', i, ...rest];
    suggestion.deputies.forEach((id, j) => {
      if (deputyIds && !deputyIds.has(id)) problems.push(missingReference(json, at('deputies', j), 'deputy', id, deputyIds));
    });
    if (stationIds && suggestion.station !== undefined && !stationIds.has(suggestion.station))
      problems.push(missingReference(json, at('station'), 'station', suggestion.station, stationIds));
    problems.push(...checkHistory(json, suggestion, at, today));
  });
  return problems;
}

function checkHistory(json: JsonFile, suggestion: Suggestion, at: (...rest: Path) => Path, today: string): Problem[] {
  const problems: Problem[] = [];
  const { history } = suggestion;
  if (history[0] && history[0].stage !== 'submitted')
    problems.push(problemAt(json, at('history', 0, 'stage'), { message: 'a history starts when the suggestion is submitted', expected: '"submitted"', found: `"${history[0].stage}"` }));
  let previous: string | undefined;
  let verdictSeen = false;
  history.forEach((entry, j) => {
    if (!isRealDate(entry.date)) {
      problems.push(...checkDate(json, at('history', j, 'date'), entry.date));
      return;
    }
    if (previous && entry.date < previous)
      problems.push(
        problemAt(json, at('history', j, 'date'), {
          message: 'the history goes back in time',
          expected: `a date on or after ${previous} (the step before)`,
          found: entry.date,
          fix: 'list the steps in the order they happened, with their real dates',
        }),
      );
    if (entry.date > today)
      problems.push(problemAt(json, at('history', j, 'date'), { message: 'a step dated in the future', expected: `a date on or before today (${today})`, found: entry.date }));
    if (entry.stage === 'assigned' && !entry.department && !suggestion.department)
      problems.push(problemAt(json, at('history', j), { message: 'an assignment names the department', expected: 'a "department", e.g. "镇建设办"', found: 'nothing' }));
    if (entry.deadline !== undefined) {
      problems.push(...checkDate(json, at('history', j, 'deadline'), entry.deadline));
      if (isRealDate(entry.deadline) && entry.deadline < entry.date)
        problems.push(problemAt(json, at('history', j, 'deadline'), { message: 'the deadline is before the step itself', expected: `a date after ${entry.date}`, found: entry.deadline }));
    }
    if (entry.stage === 'reopened' && !verdictSeen)
      problems.push(
        problemAt(json, at('history', j, 'stage'), {
          message: 'only a rated suggestion can be reopened',
          expected: 'a "rated" or "fed-back" step before "reopened"',
          found: 'none',
        }),
      );
    if (VERDICT_STAGES.has(entry.stage)) verdictSeen = true;
    previous = entry.date;
  });
  const stages = new Set(history.map((entry) => entry.stage));
  if (suggestion.outcome && !stages.has('replied') && !stages.has('resolved-on-site'))
    problems.push(problemAt(json, at('outcome'), { message: 'an outcome before any reply', expected: 'a "replied" or "resolved-on-site" step in the history, or no outcome yet', found: `"${suggestion.outcome}"` }));
  if (suggestion.satisfaction && !stages.has('rated') && !stages.has('fed-back'))
    problems.push(problemAt(json, at('satisfaction'), { message: 'a satisfaction before any rating', expected: 'a "rated" step in the history, or no satisfaction yet', found: `"${suggestion.satisfaction}"` }));
  return problems;
}

export function checkVotes(json: JsonFile, votes: readonly VoteEvent[], suggestionIds: ReadonlySet<string> | undefined): Problem[] {
  const problems = checkUniqueIds(json, ['votes'], votes);
  votes.forEach((vote, i) => {
    const at = (...rest: Path): Path => ['votes', i, ...rest];
    if (vote.kind === 'project-ballot') {
      problems.push(...checkDate(json, at('date'), vote.date));
      if (vote.ballotsIssued > vote.electorate)
        problems.push(problemAt(json, at('ballotsIssued'), { message: 'more ballots issued than deputies', expected: `at most ${vote.electorate} (the electorate)`, found: String(vote.ballotsIssued) }));
      if (vote.ballotsReturned > vote.ballotsIssued)
        problems.push(problemAt(json, at('ballotsReturned'), { message: 'more ballots returned than issued', expected: `at most ${vote.ballotsIssued}`, found: String(vote.ballotsReturned) }));
      if (vote.seats > vote.candidates.length)
        problems.push(problemAt(json, at('seats'), { message: 'more seats than candidates', expected: `at most ${vote.candidates.length}`, found: String(vote.seats) }));
      problems.push(...checkUniqueIds(json, at('candidates'), vote.candidates));
      vote.candidates.forEach((candidate, j) => {
        const cast = candidate.for + candidate.against + candidate.abstain;
        problems.push(...checkMonthOrDate(json, at('candidates', j, 'completion'), candidate.completion));
        if (cast > vote.ballotsReturned)
          problems.push(
            problemAt(json, at('candidates', j), {
              message: 'more votes than ballots returned',
              expected: `for + against + abstain ≤ ${vote.ballotsReturned}`,
              found: `${candidate.for} + ${candidate.against} + ${candidate.abstain} = ${cast}`,
            }),
          );
      });
    } else if (vote.kind === 'poll') {
      problems.push(...checkDateTime(json, at('opens'), vote.opens), ...checkDateTime(json, at('closes'), vote.closes));
      if (isRealDateTime(vote.opens) && isRealDateTime(vote.closes) && Date.parse(vote.closes) <= Date.parse(vote.opens))
        problems.push(problemAt(json, at('closes'), { message: 'the poll closes before it opens', expected: `a time after ${vote.opens}`, found: vote.closes }));
      if (vote.maxPicks > vote.candidates.length)
        problems.push(problemAt(json, at('maxPicks'), { message: 'more picks than candidates', expected: `at most ${vote.candidates.length}`, found: String(vote.maxPicks) }));
      problems.push(...checkUniqueIds(json, at('candidates'), vote.candidates));
    } else if (vote.kind === 'rating') {
      if (suggestionIds && vote.subject.type === 'suggestion' && !suggestionIds.has(vote.subject.id))
        problems.push(problemAt(json, at('subject', 'id'), { message: `no suggestion with id "${vote.subject.id}"`, expected: 'the id of a suggestion in suggestions.json', found: `"${vote.subject.id}"` }));
      problems.push(...checkDateTime(json, at('opens'), vote.opens), ...checkDateTime(json, at('closes'), vote.closes));
      if (vote.opens && vote.closes && isRealDateTime(vote.opens) && isRealDateTime(vote.closes) && Date.parse(vote.closes) <= Date.parse(vote.opens))
        problems.push(problemAt(json, at('closes'), { message: 'the rating closes before it opens', expected: `a time after ${vote.opens}`, found: vote.closes }));
    }
  });
  return problems;
}
