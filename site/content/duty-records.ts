/**
 * The checks of the deputies' record files: `receptions.json` (进站接待) and `activities.json`: no
 * day in the future, unique ids, and a reception with matters has residents. References to
 * deputies, stations and suggestions are checked with every other file's (references.ts).
 */
import type { Activity, Reception } from '../../domain/model.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import { checkDate, checkUniqueIds, problemAt, sayFor } from './rules.js';

function notInFuture(json: JsonFile, path: (string | number)[], date: string, today: string): Problem[] {
  const say = sayFor(json);
  return date > today ? [problemAt(json, path, { message: say('dayInFuture'), expected: say('dayInFutureExpected', { today }), found: date, fix: say('dayInFutureFix') })] : [];
}

export function checkReceptions(json: JsonFile, receptions: readonly Reception[], today: string): Problem[] {
  const say = sayFor(json);
  const problems = checkUniqueIds(json, ['receptions'], receptions);
  receptions.forEach((reception, i) => {
    const at = (...rest: (string | number)[]) => ['receptions', i, ...rest];
    problems.push(...checkDate(json, at('date'), reception.date), ...notInFuture(json, at('date'), reception.date, today));
    if (reception.matters.length > 0 && reception.residents === 0)
      problems.push(problemAt(json, at('residents'), { message: say('mattersWithoutResidents'), expected: say('mattersWithoutResidentsExpected'), found: '0' }));
  });
  return problems;
}

/** `assembly`: the name of the town's 议政代表会, when it has one (only then are its meetings recorded). */
export function checkActivities(json: JsonFile, activities: readonly Activity[], today: string, assembly?: string): Problem[] {
  const say = sayFor(json);
  const problems = checkUniqueIds(json, ['activities'], activities);
  activities.forEach((activity, i) => {
    const at = (...rest: (string | number)[]) => ['activities', i, ...rest];
    problems.push(...checkDate(json, at('date'), activity.date), ...notInFuture(json, at('date'), activity.date, today));
    if (activity.kind === 'assembly-meeting' && !assembly)
      problems.push(problemAt(json, at('kind'), { message: say('meetingWithoutAssembly'), expected: say('meetingWithoutAssemblyExpected'), found: '"assembly-meeting"', fix: say('meetingWithoutAssemblyFix') }));
    if (activity.decisions?.length && activity.kind !== 'assembly-meeting')
      problems.push(problemAt(json, at('decisions'), { message: say('decisionsNotMeeting'), expected: say('decisionsNotMeetingExpected'), found: `"${activity.kind}"`, fix: say('decisionsNotMeetingFix') }));
  });
  return problems;
}
