import MarkdownIt from 'markdown-it';
import { load as loadYaml, YAMLException, JSON_SCHEMA } from 'js-yaml';
import { nestingProblem, type JsonFile } from './json-file.js';
import type { Problem } from './problems.js';

/**
 * Markdown without raw HTML: content may come from residents or be pasted from anywhere, and
 * the sites run under a strict CSP. markdown-it's link validation already refuses `javascript:`.
 */
/** Front matter is a title, a date and a summary: a few hundred characters. */
const MAX_FRONT_MATTER = 16_384;

export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
  /** Line of the first body line in the file, for messages. */
  bodyLine: number;
  json: JsonFile;
}

/**
 * Splits `---` front matter from the body and parses it as YAML with the JSON schema, so
 * `date: 2025-03-10` stays the text the webmaster wrote instead of turning into a Date.
 */
export function parseFrontMatter(file: string, text: string): { parsed?: FrontMatterFile; problems: Problem[] } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!source.startsWith('---\n')) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: 'the file has no front matter',
          expected: 'a first line "---", then "title: …", then a line "---"',
          found: JSON.stringify(source.split('\n')[0] ?? ''),
        },
      ],
    };
  }
  const end = source.indexOf('\n---', 3);
  const closing = end === -1 ? -1 : source.slice(end + 4).match(/^[ \t]*(\n|$)/) ? end : -1;
  if (closing === -1) {
    return {
      problems: [{ file, line: 1, column: 1, message: 'the front matter is not closed', expected: 'a line "---" after the front matter', found: 'none' }],
    };
  }
  const yamlText = source.slice(4, closing + 1);
  if (yamlText.length > MAX_FRONT_MATTER)
    return { problems: [{ file, path: 'front matter', line: 2, column: 1, message: 'the front matter is too long', expected: `at most ${MAX_FRONT_MATTER} characters of "name: value" lines`, found: `${yamlText.length} characters`, fix: 'put long text in the body, below the second "---"' }] };
  const tooDeep = nestingProblem(file, yamlText);
  if (tooDeep) return { problems: [{ ...tooDeep, path: 'front matter', line: (tooDeep.line ?? 0) + 1 }] };
  let data: unknown;
  try {
    data = loadYaml(yamlText, { schema: JSON_SCHEMA, filename: file }) ?? {};
  } catch (error) {
    if (error instanceof YAMLException) {
      return {
        problems: [
          {
            file,
            path: 'front matter',
            line: error.mark.line + 2,
            column: error.mark.column + 1,
            message: 'the front matter is not valid YAML',
            expected: 'lines of "name: value"; put quotes around values that contain a colon ":"',
            found: error.reason,
          },
        ],
      };
    }
    // Anything else (a stack overflow on odd input) is still the file's problem, not a crash.
    return { problems: [{ file, path: 'front matter', line: 2, column: 1, message: 'the front matter cannot be read', expected: 'lines of "name: value"', found: error instanceof Error ? error.name : 'an error' }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [{ file, path: 'front matter', line: 2, column: 1, message: 'the front matter is not a list of fields', expected: 'lines of "name: value"', found: typeof data }] };
  }
  const lines = yamlText.split('\n');
  const json: JsonFile = {
    file,
    value: data,
    locate(path) {
      const key = path[0];
      const index = typeof key === 'string' ? lines.findIndex((line) => line.startsWith(`${key}:`)) : -1;
      return { line: index === -1 ? 1 : index + 2, column: 1 };
    },
  };
  const bodyStart = closing + 4;
  const bodyLine = source.slice(0, bodyStart).split('\n').length + 1;
  return { parsed: { data: data as Record<string, unknown>, body: source.slice(bodyStart).replace(/^[ \t]*\n/, ''), bodyLine, json }, problems: [] };
}
