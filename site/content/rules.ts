import { isRealDate, isRealDateTime, isRealTimeOfDay, isRealYearMonth } from '../../domain/calendar/dates.js';
import { closest, labelPath } from './schemas.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import type { Deputy, GeoPoint, ProjectBallot, Rating, SiteConfig, Station, Suggestion, Town, VoteEvent } from '../../domain/model.js';
import { ballotOutcome } from '../../domain/votes/ballot-rules.js';
import { urlPatternProblem } from '../../domain/addresses.js';
import { wordsFor, type Say } from './problem-words.js';

/**
 * Rules a schema cannot say: references between files, dates in order, numbers that must add up.
 * Each takes parsed, schema-valid data and returns problems; none throws.
 */

type Path = (string | number)[];

export function problemAt(json: JsonFile, path: Path, problem: Omit<Problem, 'file' | 'path' | 'line' | 'column'>): Problem {
  return { file: json.file, path: labelPath(json.value, path) || wordsFor(json.locale)('topLevel'), ...json.locate(path), ...problem };
}

/** The catalogue in the language of this file's problems. */
export const sayFor = (json: JsonFile): Say => wordsFor(json.locale);

/** China's extent, with a margin: anything outside is a typo or swapped coordinates. */
export const CHINA_BOUNDS = { minLng: 73.4, maxLng: 135.1, minLat: 3.8, maxLat: 53.6 } as const;

export function isInChina(point: Pick<GeoPoint, 'lng' | 'lat'>): boolean {
  return point.lng >= CHINA_BOUNDS.minLng && point.lng <= CHINA_BOUNDS.maxLng && point.lat >= CHINA_BOUNDS.minLat && point.lat <= CHINA_BOUNDS.maxLat;
}

/** China's bounds as written in messages: degrees as they are, never grouped like 1,234. */
export const boundsWords = () => ({ minLng: String(CHINA_BOUNDS.minLng), maxLng: String(CHINA_BOUNDS.maxLng), minLat: String(CHINA_BOUNDS.minLat), maxLat: String(CHINA_BOUNDS.maxLat) });

function checkPoint(json: JsonFile, path: Path, point: GeoPoint): Problem[] {
  if (isInChina(point)) return [];
  const swapped = isInChina({ lng: point.lat, lat: point.lng });
  const say = sayFor(json);
  return [
    problemAt(json, path, {
      message: say('outsideChina'),
      expected: say('outsideChinaExpected', boundsWords()),
      found: `lng ${point.lng}, lat ${point.lat}`,
      fix: say(swapped ? 'swappedFix' : 'copyPointFix'),
    }),
  ];
}

export function checkDate(json: JsonFile, path: Path, date: string | undefined): Problem[] {
  if (date === undefined || isRealDate(date)) return [];
  const say = sayFor(json);
  return [problemAt(json, path, { message: say('noSuchDate'), expected: say('noSuchDateExpected'), found: `"${date}"` })];
}

function checkDateTime(json: JsonFile, path: Path, text: string | undefined): Problem[] {
  if (text === undefined || isRealDateTime(text)) return [];
  const say = sayFor(json);
  return [problemAt(json, path, { message: say('noSuchDateTime'), expected: say('noSuchDateTimeExpected'), found: `"${text}"` })];
}

/** A `YYYY-MM` or `YYYY-MM-DD` field, such as a project's planned completion. */
function checkMonthOrDate(json: JsonFile, path: Path, text: string | undefined): Problem[] {
  if (text === undefined || isRealYearMonth(text) || isRealDate(text)) return [];
  const say = sayFor(json);
  return [problemAt(json, path, { message: say('noSuchMonth'), expected: say('noSuchMonthExpected'), found: `"${text}"` })];
}

/** Ids must be unique within their list: pages and links are named by them. */
export function checkUniqueIds(json: JsonFile, listPath: Path, items: readonly { id: string }[]): Problem[] {
  const say = sayFor(json);
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else
      problems.push(
        problemAt(json, [...listPath, index, 'id'], {
          message: say('duplicateId', { id: item.id }),
          expected: say('duplicateIdExpected'),
          found: say('duplicateIdFound', { other: labelPath(json.value, [...listPath, first]) }),
          fix: say('duplicateIdFix'),
        }),
      );
  });
  return problems;
}

/** site.json: the code patterns must lead to a web address for every town and id. */
export function checkSite(json: JsonFile, site: SiteConfig): Problem[] {
  const problems: Problem[] = [];
  const say = sayFor(json);
  for (const field of ['deputyUrlPattern', 'stationUrlPattern'] as const) {
    const pattern = site[field];
    if (pattern === undefined) continue;
    const why = urlPatternProblem(pattern, site.baseUrl);
    if (why)
      problems.push(
        problemAt(json, [field], {
          message: why,
          expected: say('urlPatternExpected'),
          found: JSON.stringify(pattern),
          fix: say('urlPatternFix', { field }),
        }),
      );
  }
  return problems;
}

export function checkTown(json: JsonFile, town: Town, folderSlug: string): Problem[] {
  const problems: Problem[] = [];
  const say = sayFor(json);
  if (town.slug !== folderSlug)
    problems.push(
      problemAt(json, ['slug'], {
        message: say('slugDiffers'),
        expected: say('slugDiffersExpected', { slug: folderSlug }),
        found: `"${town.slug}"`,
        fix: say('slugDiffersFix'),
      }),
    );
  const wantsCommittee = town.kind === 'subdistrict';
  if (wantsCommittee !== (town.congress.kind === 'working-committee'))
    problems.push(
      problemAt(json, ['congress', 'kind'], {
        message: say(wantsCommittee ? 'subdistrictNoCongress' : 'townHasCongress'),
        expected: wantsCommittee ? say('subdistrictNoCongressExpected') : '"congress"',
        found: `"${town.congress.kind}"`,
      }),
    );
  if (town.congress.kind === 'congress' && town.congress.deputies > 160)
    problems.push(
      problemAt(json, ['congress', 'deputies'], {
        message: say('tooManyDeputies'),
        expected: say('tooManyDeputiesExpected'),
        found: String(town.congress.deputies),
      }),
    );
  problems.push(...checkDate(json, ['congress', 'termStart'], town.congress.termStart));
  problems.push(...checkDate(json, ['congress', 'termEnd'], town.congress.termEnd));
  if (town.congress.termEnd < town.congress.termStart)
    problems.push(problemAt(json, ['congress', 'termEnd'], { message: say('termBackwards'), expected: say('dateAfter', { date: town.congress.termStart }), found: town.congress.termEnd }));
  const holidays = town.calendar?.holidays ?? [];
  const workdays = town.calendar?.workdays ?? [];
  holidays.forEach((date, i) => problems.push(...checkDate(json, ['calendar', 'holidays', i], date)));
  workdays.forEach((date, i) => {
    problems.push(...checkDate(json, ['calendar', 'workdays', i], date));
    if (holidays.includes(date))
      problems.push(problemAt(json, ['calendar', 'workdays', i], { message: say('dayOffAndWorkday'), expected: say('dayOffAndWorkdayExpected'), found: date, fix: say('dayOffAndWorkdayFix') }));
  });
  return problems;
}

/** References to other files (a deputy's stations…) are checked in references.ts, on any file that parsed. */
export function checkDeputies(json: JsonFile, deputies: readonly Deputy[]): Problem[] {
  return checkUniqueIds(json, ['deputies'], deputies);
}

export function checkStations(json: JsonFile, stations: readonly Station[]): Problem[] {
  const problems = checkUniqueIds(json, ['stations'], stations);
  const say = sayFor(json);
  stations.forEach((station, i) => {
    problems.push(...checkPoint(json, ['stations', i, 'location'], station.location));
    station.reception.forEach((rule, j) => {
      if (rule.kind === 'once') problems.push(...checkDate(json, ['stations', i, 'reception', j, 'date'], rule.date));
      if (rule.time !== undefined && !isRealTimeOfDay(rule.time))
        problems.push(problemAt(json, ['stations', i, 'reception', j, 'time'], { message: say('noSuchTime'), expected: say('noSuchTimeExpected'), found: `"${rule.time}"` }));
    });
    if (station.kind === 'mobile' && !station.stops?.length)
      problems.push(
        problemAt(json, ['stations', i, 'kind'], {
          message: say('mobileNeedsStops'),
          expected: say('mobileNeedsStopsExpected'),
          found: say('mobileNeedsStopsFound'),
          fix: say('mobileNeedsStopsFix'),
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

export function checkSuggestions(json: JsonFile, suggestions: readonly Suggestion[], today: string): Problem[] {
  const problems = checkUniqueIds(json, ['suggestions'], suggestions);
  suggestions.forEach((suggestion, i) => {
    const at = (...rest: Path): Path => ['suggestions', i, ...rest];
    problems.push(...checkHistory(json, suggestion, at, today));
  });
  return problems;
}

function checkHistory(json: JsonFile, suggestion: Suggestion, at: (...rest: Path) => Path, today: string): Problem[] {
  const problems: Problem[] = [];
  const say = sayFor(json);
  const { history } = suggestion;
  if (history[0] && history[0].stage !== 'submitted')
    problems.push(problemAt(json, at('history', 0, 'stage'), { message: say('historyStart'), expected: '"submitted"', found: `"${history[0].stage}"` }));
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
          message: say('historyBackwards'),
          expected: say('historyBackwardsExpected', { date: previous }),
          found: entry.date,
          fix: say('historyBackwardsFix'),
        }),
      );
    if (entry.date > today)
      problems.push(problemAt(json, at('history', j, 'date'), { message: say('futureStep'), expected: say('futureStepExpected', { today }), found: entry.date }));
    if (entry.stage === 'assigned' && !entry.department && !suggestion.department)
      problems.push(problemAt(json, at('history', j), { message: say('assignmentDepartment'), expected: say('assignmentDepartmentExpected'), found: say('valueNothing') }));
    if (entry.deadline !== undefined) {
      problems.push(...checkDate(json, at('history', j, 'deadline'), entry.deadline));
      if (isRealDate(entry.deadline) && entry.deadline < entry.date)
        problems.push(problemAt(json, at('history', j, 'deadline'), { message: say('deadlineBeforeStep'), expected: say('dateAfter', { date: entry.date }), found: entry.deadline }));
    }
    if (entry.stage === 'reopened' && !verdictSeen)
      problems.push(
        problemAt(json, at('history', j, 'stage'), {
          message: say('reopenedUnrated'),
          expected: say('reopenedUnratedExpected'),
          found: say('noTownsFound'),
        }),
      );
    if (VERDICT_STAGES.has(entry.stage)) verdictSeen = true;
    previous = entry.date;
  });
  const stages = new Set(history.map((entry) => entry.stage));
  if (suggestion.outcome && !stages.has('replied') && !stages.has('resolved-on-site'))
    problems.push(problemAt(json, at('outcome'), { message: say('outcomeBeforeReply'), expected: say('outcomeBeforeReplyExpected'), found: `"${suggestion.outcome}"` }));
  if (suggestion.satisfaction && !stages.has('rated') && !stages.has('fed-back'))
    problems.push(problemAt(json, at('satisfaction'), { message: say('satisfactionBeforeRating'), expected: say('satisfactionBeforeRatingExpected'), found: `"${suggestion.satisfaction}"` }));
  return problems;
}

export function checkVotes(json: JsonFile, votes: readonly VoteEvent[]): Problem[] {
  const problems = checkUniqueIds(json, ['votes'], votes);
  const say = sayFor(json);
  votes.forEach((vote, i) => {
    const at = (...rest: Path): Path => ['votes', i, ...rest];
    if (vote.kind === 'project-ballot') {
      problems.push(...checkDate(json, at('date'), vote.date));
      if (vote.ballotsIssued > vote.electorate)
        problems.push(problemAt(json, at('ballotsIssued'), { message: say('moreBallotsThanDeputies'), expected: say('atMostElectorate', { count: vote.electorate }), found: String(vote.ballotsIssued) }));
      if (vote.ballotsReturned > vote.ballotsIssued)
        problems.push(problemAt(json, at('ballotsReturned'), { message: say('moreReturnedThanIssued'), expected: say('atMost', { limit: vote.ballotsIssued }), found: String(vote.ballotsReturned) }));
      if (vote.seats > vote.candidates.length)
        problems.push(problemAt(json, at('seats'), { message: say('moreSeatsThanCandidates'), expected: say('atMost', { limit: vote.candidates.length }), found: String(vote.seats) }));
      problems.push(...checkUniqueIds(json, at('candidates'), vote.candidates));
      vote.candidates.forEach((candidate, j) => {
        const cast = candidate.for + candidate.against + candidate.abstain;
        problems.push(...checkMonthOrDate(json, at('candidates', j, 'completion'), candidate.completion));
        if (cast > vote.ballotsReturned)
          problems.push(
            problemAt(json, at('candidates', j), {
              message: say('moreVotesThanBallots'),
              expected: say('moreVotesThanBallotsExpected', { count: vote.ballotsReturned }),
              found: `${candidate.for} + ${candidate.against} + ${candidate.abstain} = ${cast}`,
            }),
          );
      });
    } else if (vote.kind === 'poll') {
      problems.push(...checkDateTime(json, at('opens'), vote.opens), ...checkDateTime(json, at('closes'), vote.closes));
      if (isRealDateTime(vote.opens) && isRealDateTime(vote.closes) && Date.parse(vote.closes) <= Date.parse(vote.opens))
        problems.push(problemAt(json, at('closes'), { message: say('pollBackwards'), expected: say('timeAfter', { time: vote.opens }), found: vote.closes }));
      if (vote.maxPicks > vote.candidates.length)
        problems.push(problemAt(json, at('maxPicks'), { message: say('morePicksThanCandidates'), expected: say('atMost', { limit: vote.candidates.length }), found: String(vote.maxPicks) }));
      problems.push(...checkUniqueIds(json, at('candidates'), vote.candidates));
    } else if (vote.kind === 'rating') {
      problems.push(...checkDateTime(json, at('opens'), vote.opens), ...checkDateTime(json, at('closes'), vote.closes));
      if (vote.opens && vote.closes && isRealDateTime(vote.opens) && isRealDateTime(vote.closes) && Date.parse(vote.closes) <= Date.parse(vote.opens))
        problems.push(problemAt(json, at('closes'), { message: say('ratingBackwards'), expected: say('timeAfter', { time: vote.opens }), found: vote.closes }));
      problems.push(...checkBatchRating(json, votes, i));
    }
  });
  return problems;
}

/**
 * A rating of a year-end batch: it names a ballot there is and a project that ballot chose, once
 * per project and raters; the deputies' rating is counted at the session (results, no online dates).
 */
function checkBatchRating(json: JsonFile, votes: readonly VoteEvent[], i: number): Problem[] {
  const say = sayFor(json);
  const rating = votes[i] as Rating;
  const at = (...rest: Path): Path => ['votes', i, ...rest];
  const problems: Problem[] = [];
  if (rating.raters === 'deputies') {
    for (const key of ['opens', 'closes'] as const)
      if (rating[key]) problems.push(problemAt(json, at(key), { message: say('deputiesRatingOnline'), expected: say('deputiesRatingOnlineExpected'), found: rating[key]!, fix: say('deputiesRatingOnlineFix') }));
    if (!rating.results) problems.push(problemAt(json, at('results'), { message: say('deputiesRatingNoResults'), expected: say('deputiesRatingNoResultsExpected'), found: say('valueNothing') }));
  }
  const ballotId = rating.subject?.ballot;
  if (!ballotId) return problems;
  if (rating.subject.type !== 'project') {
    problems.push(problemAt(json, at('subject', 'ballot'), { message: say('ratingBallotOnSuggestion'), found: `"${ballotId}"`, fix: say('ratingBallotOnSuggestionFix') }));
    return problems;
  }
  const ballots = votes.filter((v): v is ProjectBallot => v.kind === 'project-ballot');
  const ballot = ballots.find((b) => b.id === ballotId);
  if (!ballot) {
    const near = closest(ballotId, ballots.map((b) => b.id));
    problems.push(problemAt(json, at('subject', 'ballot'), { message: say('ratingBallotUnknown', { id: ballotId }), expected: say('ratingBallotUnknownExpected', { ids: ballots.map((b) => b.id).join(', ') || say('valueNothing') }), found: `"${ballotId}"`, ...(near ? { fix: say('didYouMean', { name: near }) } : {}) }));
    return problems;
  }
  const { chosen } = ballotOutcome(ballot);
  if (!chosen.has(rating.subject.id)) {
    const near = closest(rating.subject.id, [...chosen]);
    problems.push(problemAt(json, at('subject', 'id'), { message: say('ratingProjectNotChosen', { id: rating.subject.id, ballot: ballot.id }), expected: say('ratingProjectNotChosenExpected', { ids: [...chosen].join(', ') }), found: `"${rating.subject.id}"`, ...(near ? { fix: say('didYouMean', { name: near }) } : {}) }));
  }
  const raters = rating.raters ?? 'residents';
  const earlier = votes.slice(0, i).find((v) => v.kind === 'rating' && v.subject?.ballot === ballotId && v.subject.id === rating.subject.id && (v.raters ?? 'residents') === raters);
  if (earlier)
    problems.push(problemAt(json, at('subject', 'id'), { message: say('ratingTwice', { id: rating.subject.id, raters: say(raters === 'deputies' ? 'ratersDeputies' : 'ratersResidents'), other: earlier.id }), found: `"${rating.id}"`, fix: say('ratingTwiceFix') }));
  return problems;
}
