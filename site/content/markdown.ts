import MarkdownIt from 'markdown-it';
import { load as loadYaml, YAMLException, JSON_SCHEMA } from 'js-yaml';
import { fullWidthProblem, nestingProblem, type JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import { wordsFor, type Say } from './problem-words.js';
import { DEFAULT_LOCALE } from '../../domain/text/format.js';
import type { Locale } from '../../domain/model.js';

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
export function parseFrontMatter(file: string, text: string, locale: Locale = DEFAULT_LOCALE): { parsed?: FrontMatterFile; problems: Problem[] } {
  const say = wordsFor(locale);
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!source.startsWith('---\n')) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: say('noFrontMatter'),
          expected: say('noFrontMatterExpected'),
          found: JSON.stringify(source.split('\n')[0] ?? ''),
        },
      ],
    };
  }
  const end = source.indexOf('\n---', 3);
  const closing = end === -1 ? -1 : source.slice(end + 4).match(/^[ \t]*(\n|$)/) ? end : -1;
  if (closing === -1) {
    return {
      problems: [{ file, line: 1, column: 1, message: say('frontMatterOpen'), expected: say('frontMatterOpenExpected'), found: say('noTownsFound') }],
    };
  }
  const yamlText = source.slice(4, closing + 1);
  if (yamlText.length > MAX_FRONT_MATTER)
    return { problems: [{ file, path: 'front matter', line: 2, column: 1, message: say('frontMatterTooLong'), expected: say('frontMatterTooLongExpected', { max: MAX_FRONT_MATTER }), found: String(yamlText.length), fix: say('frontMatterTooLongFix') }] };
  const tooDeep = nestingProblem(file, yamlText, say);
  if (tooDeep) return { problems: [{ ...tooDeep, path: 'front matter', line: (tooDeep.line ?? 0) + 1 }] };
  let data: unknown;
  try {
    data = loadYaml(yamlText, { schema: JSON_SCHEMA, filename: file }) ?? {};
  } catch (error) {
    const typos = frontMatterTypos(file, source, yamlText, say);
    if (typos.length > 0) return { problems: typos };
    if (error instanceof YAMLException) {
      return {
        problems: [
          {
            file,
            path: 'front matter',
            line: error.mark.line + 2,
            column: error.mark.column + 1,
            message: say('notYaml'),
            expected: say('notYamlExpected'),
            found: error.reason,
          },
        ],
      };
    }
    // Anything else (a stack overflow on odd input) is still the file's problem, not a crash.
    return { problems: [{ file, path: 'front matter', line: 2, column: 1, message: say('frontMatterUnreadable'), expected: say('frontMatterExpected'), found: error instanceof Error ? error.name : say('anError') }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const typos = frontMatterTypos(file, source, yamlText, say);
    if (typos.length > 0) return { problems: typos };
    return { problems: [{ file, path: 'front matter', line: 2, column: 1, message: say('frontMatterNotFields'), expected: say('frontMatterExpected'), found: typeof data }] };
  }
  const lines = yamlText.split('\n');
  const json: JsonFile = {
    file,
    value: data,
    locale,
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

/**
 * What a Chinese input method does to "name: value" lines: a full-width colon "：" after the
 * name, or no space after the colon. Named at their exact place, instead of YAML's own error
 * (which comes a line late, in its own words).
 */
function frontMatterTypos(file: string, source: string, yamlText: string, say: Say): Problem[] {
  const problems: Problem[] = [];
  let offset = 4; // after the first "---\n"
  for (const line of yamlText.split('\n')) {
    const named = /^([A-Za-z_][\w-]*)[ \t]*([:：])(\S?)/.exec(line);
    if (named?.[2] === '：') problems.push({ ...fullWidthProblem(file, source, offset + line.indexOf('：'), say), path: 'front matter' });
    else if (named?.[3] && line.length > 0) {
      const column = line.indexOf(':') + 1;
      const where = { line: String(source.slice(0, offset).split('\n').length), column: String(column) };
      problems.push({ file, path: 'front matter', line: Number(where.line), column, message: say('yamlNoSpace', { ...where, name: named[1]! }), expected: say('yamlNoSpaceExpected', { name: named[1]! }), found: JSON.stringify(line.slice(0, column + 8)) });
    }
    offset += line.length + 1;
  }
  return problems;
}
