/**
 * The checks of the deputies' record files: `receptions.json` (进站接待) and `activities.json`. Every
 * reference must exist (deputies, stations, suggestions), no day may lie in the future, and ids
 * are unique; all problems are reported in the same run as the others.
 */
import type { Activity, Reception } from '../../domain/model.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import { checkDate, checkUniqueIds, missingReference, problemAt } from './rules.js';

interface Known {
  deputies: ReadonlySet<string> | undefined;
  stations: ReadonlySet<string> | undefined;
  suggestions?: ReadonlySet<string> | undefined;
}

function notInFuture(json: JsonFile, path: (string | number)[], date: string, today: string): Problem[] {
  return date > today ? [problemAt(json, path, { message: 'a day in the future', expected: `a day on or before today (${today}): record what happened`, found: date, fix: 'put planned receptions in stations.json (reception rules), not here' })] : [];
}

export function checkReceptions(json: JsonFile, receptions: readonly Reception[], known: Known, today: string): Problem[] {
  const problems = checkUniqueIds(json, ['receptions'], receptions);
  receptions.forEach((reception, i) => {
    const at = (...rest: (string | number)[]) => ['receptions', i, ...rest];
    problems.push(...checkDate(json, at('date'), reception.date), ...notInFuture(json, at('date'), reception.date, today));
    if (known.stations && !known.stations.has(reception.station)) problems.push(missingReference(json, at('station'), 'station', reception.station, known.stations));
    reception.deputies.forEach((id, j) => {
      if (known.deputies && !known.deputies.has(id)) problems.push(missingReference(json, at('deputies', j), 'deputy', id, known.deputies));
    });
    reception.matters.forEach((matter, j) => {
      if (matter.suggestion && known.suggestions && !known.suggestions.has(matter.suggestion)) problems.push(missingReference(json, at('matters', j, 'suggestion'), 'suggestion', matter.suggestion, known.suggestions));
    });
    if (reception.matters.length > reception.residents && reception.residents === 0)
      problems.push(problemAt(json, at('residents'), { message: 'matters were raised but no resident came', expected: 'the number of residents who came (at least 1)', found: '0' }));
  });
  return problems;
}

export function checkActivities(json: JsonFile, activities: readonly Activity[], known: Known, today: string): Problem[] {
  const problems = checkUniqueIds(json, ['activities'], activities);
  activities.forEach((activity, i) => {
    const at = (...rest: (string | number)[]) => ['activities', i, ...rest];
    problems.push(...checkDate(json, at('date'), activity.date), ...notInFuture(json, at('date'), activity.date, today));
    if (activity.station && known.stations && !known.stations.has(activity.station)) problems.push(missingReference(json, at('station'), 'station', activity.station, known.stations));
    activity.deputies.forEach((id, j) => {
      if (known.deputies && !known.deputies.has(id)) problems.push(missingReference(json, at('deputies', j), 'deputy', id, known.deputies));
    });
  });
  return problems;
}
