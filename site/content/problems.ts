import { DEFAULT_LOCALE } from '../../domain/text/format.js';
import type { Locale } from '../../domain/model.js';
import { wordsFor, type Say } from './problem-words.js';

/**
 * A content problem: what a webmaster must fix, said so they can fix it.
 * Every check returns problems instead of throwing, so `renda check` reports them all at once.
 */
export interface Problem {
  /** The file, relative to the content folder, e.g. `towns/baiquan/deputies.json`. */
  file: string;
  /** Where in the file: a JSON path like `deputies[3].levels[0]`, or `front matter`. */
  path?: string;
  line?: number;
  column?: number;
  /** What is wrong, in plain words. */
  message: string;
  /** What was expected. */
  expected?: string;
  /** What was found. */
  found?: string;
  /** How to fix it, when there is more to say than `expected`. */
  fix?: string;
}

/** Thrown by `loadContent` when any problem was found; carries all of them. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], locale: Locale = DEFAULT_LOCALE) {
    const say = wordsFor(locale);
    super(`${say(problems.length === 1 ? 'summaryOne' : 'summaryMany', { count: problems.length })}\n${formatProblems(problems, locale)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `[3, 'levels', 0]` → `[3].levels[0]`; a leading key has no dot. */
export function formatJsonPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** A problem as printed: where, what, and then expected, found and the fix on their own lines. */
export function formatProblem(problem: Problem, locale: Locale = DEFAULT_LOCALE): string {
  const say = wordsFor(locale);
  const where = problem.line ? say('where', { file: problem.file, line: String(problem.line), column: String(problem.column ?? 1) }) : problem.file;
  const lines = [`${where}${problem.path ? `  ${problem.path}` : ''}`, `  ${problem.message}`];
  if (problem.expected !== undefined) lines.push(`  ${say('expectedLabel')}${problem.expected}`);
  if (problem.found !== undefined) lines.push(`  ${say('foundLabel')}${problem.found}`);
  if (problem.fix) lines.push(`  ${say('fixLabel')}${problem.fix}`);
  return lines.join('\n');
}

export function formatProblems(problems: readonly Problem[], locale: Locale = DEFAULT_LOCALE): string {
  return problems.map((problem) => formatProblem(problem, locale)).join('\n\n');
}

/** A short, safe rendering of a found value for a message. */
export function describeValue(value: unknown, say: Say = wordsFor(DEFAULT_LOCALE)): string {
  if (value === undefined) return say('valueNothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return say('valueList', { count: value.length });
  if (typeof value === 'object') return say('valueObject');
  const text = JSON.stringify(value);
  const shown = text.length > 60 ? `${text.slice(0, 57)}…"` : text;
  return say(typeof value === 'string' ? 'valueText' : typeof value === 'number' ? 'valueNumber' : 'valueBoolean', { shown });
}
