import { findMobiles, maskStaffText } from '../../domain/privacy.js';
import { problemAt } from './rules.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import { wordsFor, type Say } from './problem-words.js';
import { DEFAULT_LOCALE } from '../../domain/text/format.js';

/**
 * Staff-written content (town, deputies, stations, votes, news, pages) under the staff policy of
 * `domain/privacy.ts`: ID and bank-card numbers are masked in every free-text field; a mobile
 * number in free text is published as written (it may be a deputy's public one) but gets a
 * warning, since public numbers belong in the `phone` fields.
 */

/** Fields that are not free text: ids, codes, dates, addresses of files and the contact fields. */
const NOT_FREE_TEXT: ReadonlySet<string> = new Set([
  '$schema', 'id', 'slug', 'code', 'kind', 'phone', 'email', 'photo', 'tiles', 'tilesSubdomains', 'tilesCrs', 'crs',
  'date', 'opens', 'closes', 'completion', 'deadline', 'termStart', 'termEnd', 'time', 'stations', 'deputies', 'levels',
  'baseUrl', 'participationApi', 'deputyUrlPattern', 'stationUrlPattern', 'mapReviewNumber',
]);

export function mobileWarning(problem: Pick<Problem, 'file' | 'path' | 'line' | 'column'>, mobiles: readonly string[], say: Say = wordsFor(DEFAULT_LOCALE)): Problem {
  return {
    ...problem,
    message: say('mobileInText'),
    expected: say('mobileInTextExpected'),
    found: mobiles.map((m) => JSON.stringify(m)).join(', '),
    fix: say('mobileInTextFix'),
  };
}

/**
 * A copy of `value` with the staff policy applied to every free-text string; warnings for
 * mobile numbers are added to `warnings` with the file, line and field.
 */
export function maskStaffValue<T>(json: JsonFile, value: T, warnings: Problem[], path: (string | number)[] = []): T {
  if (typeof value === 'string') {
    const key = path[path.length - 1];
    if (typeof key === 'string' && NOT_FREE_TEXT.has(key)) return value;
    const mobiles = findMobiles(value);
    if (mobiles.length > 0) warnings.push(mobileWarning(problemAt(json, path, { message: '' }), mobiles, wordsFor(json.locale)));
    return maskStaffText(value) as T;
  }
  if (Array.isArray(value)) return value.map((item, i) => maskStaffValue(json, item as unknown, warnings, [...path, i])) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = NOT_FREE_TEXT.has(key) && typeof child !== 'object' ? child : maskStaffValue(json, child as unknown, warnings, [...path, key]);
    return out as T;
  }
  return value;
}

/** The staff policy for a Markdown body: warnings name the body line. */
export function maskStaffMarkdown(file: string, body: string, bodyLine: number, warnings: Problem[], say: Say = wordsFor(DEFAULT_LOCALE)): string {
  body.split('\n').forEach((line, i) => {
    const mobiles = findMobiles(line);
    if (mobiles.length > 0) warnings.push(mobileWarning({ file, path: 'body', line: bodyLine + i, column: 1 }, mobiles, say));
  });
  return maskStaffText(body);
}
