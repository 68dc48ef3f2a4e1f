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
  constructor(problems: Problem[]) {
    super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
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

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line ? `${problem.line}:${problem.column ?? 1}` : '']
    .filter(Boolean)
    .join(':');
  const lines = [`${where}${problem.path ? `  ${problem.path}` : ''}`, `  ${problem.message}`];
  if (problem.expected !== undefined) lines.push(`  expected: ${problem.expected}`);
  if (problem.found !== undefined) lines.push(`  found:    ${problem.found}`);
  if (problem.fix) lines.push(`  fix:      ${problem.fix}`);
  return lines.join('\n');
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n\n');
}

/** A short, safe rendering of a found value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  const shown = text.length > 60 ? `${text.slice(0, 57)}…"` : text;
  return `${typeof value === 'string' ? 'text' : typeof value} ${shown}`;
}
