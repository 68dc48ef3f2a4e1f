import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Problem } from './problems.js';
import { MAX_NESTING } from './files.js';
import { place, wordsFor, type ProblemWord, type Say } from './problem-words.js';
import { DEFAULT_LOCALE } from '../../domain/text/format.js';
import type { Locale } from '../../domain/model.js';

/** A parsed JSON file that can say where each value sits, for messages with line and column. */
export interface JsonFile {
  file: string;
  value: unknown;
  /** The language its problems are written in. */
  locale: Locale;
  /** Line and column (1-based) of the value at a JSON path, or of its closest existing parent. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/** The parser's error codes with a hint in the catalogue; others are shown as the code. */
const HINTED = new Set([
  'CommaExpected', 'ColonExpected', 'PropertyNameExpected', 'ValueExpected', 'CloseBraceExpected', 'CloseBracketExpected', 'EndOfFileExpected',
  'InvalidSymbol', 'InvalidCommentToken', 'UnexpectedEndOfString', 'InvalidCharacter', 'InvalidEscapeCharacter', 'InvalidUnicode', 'InvalidNumberFormat',
]);
const hintKey = (code: string): ProblemWord | undefined =>
  code === 'UnexpectedEndOfComment' ? 'hintInvalidCommentToken' : code === 'UnexpectedEndOfNumber' ? 'hintInvalidNumberFormat' : HINTED.has(code) ? (`hint${code}` as ProblemWord) : undefined;

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Punctuation a Chinese input method types in place of JSON's own: each is named, with the
 * half-width character to write instead. Inside text they are ordinary characters.
 */
export const FULL_WIDTH: Readonly<Record<string, { ascii: string; name: ProblemWord; asciiName?: ProblemWord }>> = {
  '，': { ascii: ',', name: 'punctComma' },
  '、': { ascii: ',', name: 'punctEnumComma', asciiName: 'punctComma' },
  '：': { ascii: ':', name: 'punctColon' },
  '“': { ascii: '"', name: 'punctQuote' },
  '”': { ascii: '"', name: 'punctQuote' },
  '【': { ascii: '[', name: 'punctOpenBracket' },
  '】': { ascii: ']', name: 'punctCloseBracket' },
  '［': { ascii: '[', name: 'punctOpenBracket' },
  '］': { ascii: ']', name: 'punctCloseBracket' },
  '｛': { ascii: '{', name: 'punctOpenBrace' },
  '｝': { ascii: '}', name: 'punctCloseBrace' },
};

/** The problem for one full-width character at `offset`. */
export function fullWidthProblem(file: string, source: string, offset: number, say: Say): Problem {
  const char = source[offset]!;
  const { ascii, name, asciiName } = FULL_WIDTH[char]!;
  const at = lineColumn(source, offset);
  const words = { ...place(at), char, ascii, name: say(name), asciiName: say(asciiName ?? name) };
  // A quote inside quotes would read as noise (““”): quotes are shown in corner brackets.
  const quote = name === 'punctQuote';
  return { file, ...at, message: say(quote ? 'fullWidthQuoteChar' : 'fullWidth', words), expected: say('fullWidthExpected', words), found: quote ? `「${char}」` : `“${char}”` };
}

/**
 * Full-width punctuation where JSON's own belongs: outside text, and a text closed by a
 * full-width quote (it then runs to the end of its line, or swallows the comma after it). Each
 * mistake once.
 */
function fullWidthProblems(file: string, source: string, say: Say): Problem[] {
  const problems: Problem[] = [];
  let stringStart = -1;
  for (let i = 0; i < source.length && problems.length < 10; i++) {
    const c = source[i]!;
    if (stringStart >= 0) {
      if (c === '\\') i++;
      else if (c === '"' || c === '\n') {
        // A text that runs over a line, or swallows JSON's own punctuation after a full-width
        // quote ("township”, "county"), was meant to end at that quote.
        const text = source.slice(stringStart + 1, i);
        const swallowed = c === '"' ? /[”“](?=\s*[,:\]}])/.exec(text)?.index : Math.max(text.lastIndexOf('”'), text.lastIndexOf('“'));
        if (swallowed === undefined || swallowed === -1) {
          if (c === '\n') return [];
          stringStart = -1;
          continue;
        }
        const offset = stringStart + 1 + swallowed;
        const at = lineColumn(source, offset);
        problems.push({
          file,
          ...at,
          message: say('fullWidthQuoteClose', { ...place(lineColumn(source, stringStart)), char: source[offset]! }),
          expected: say('fullWidthExpected', { asciiName: say('punctQuote'), ascii: '"' }),
          found: `「${source[offset]}」`,
          fix: say('fullWidthQuoteCloseFix'),
        });
        stringStart = -1;
        i = offset;
      }
    } else if (c === '"') stringStart = i;
    else if (FULL_WIDTH[c]) problems.push(fullWidthProblem(file, source, i, say));
  }
  return problems;
}

/** The offset just after the last non-blank character before `offset`. */
function endOfPrevious(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(source[i - 1]!)) i--;
  return i;
}

/**
 * The parser's errors in words. A missing or a trailing comma is named as such, at the place of
 * the comma; after any other error the parser's further errors are mostly its consequences, so
 * only the first is shown.
 */
function syntaxProblems(file: string, source: string, errors: readonly ParseError[], say: Say): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  for (const error of errors) {
    if (seen.has(error.offset)) continue;
    seen.add(error.offset);
    const code = printParseErrorCode(error.error);
    const before = endOfPrevious(source, error.offset);
    if (code === 'CommaExpected' && before > 0) {
      const at = lineColumn(source, before - 1);
      problems.push({ file, ...lineColumn(source, before), message: say('missingComma', place(at)), expected: say('missingCommaExpected'), found: JSON.stringify(source.slice(error.offset, error.offset + 12).split('\n')[0]), fix: say('missingCommaFix', place(at)) });
      continue;
    }
    if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (source[error.offset] === '}' || source[error.offset] === ']') && source[before - 1] === ',') {
      const at = lineColumn(source, before - 1);
      problems.push({ file, ...at, message: say('trailingComma', place(at)), expected: say('trailingCommaExpected'), found: JSON.stringify(`,${source[error.offset]}`), fix: say('trailingCommaFix', place(at)) });
      continue;
    }
    const found = source.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
    const hint = hintKey(code);
    problems.push({
      file,
      ...lineColumn(source, error.offset),
      message: say('notJson'),
      expected: hint ? say(hint) : code,
      found: found.trim() ? JSON.stringify(found) : say('endOfFile'),
    });
    break;
  }
  return problems;
}

/**
 * Parses strict JSON. Syntax errors become problems with line and column, named in the
 * webmaster's words (a full-width comma, a missing comma); the caller gets `undefined` then.
 */
export function parseJsonFile(file: string, text: string, locale: Locale = DEFAULT_LOCALE): { json?: JsonFile; problems: Problem[] } {
  const say = wordsFor(locale);
  // A UTF-8 BOM is common in files saved by Windows editors; it is not an error worth a build.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tooDeep = nestingProblem(file, source, say);
  if (tooDeep) return { problems: [tooDeep] };
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const typos = errors.length > 0 ? fullWidthProblems(file, source, say) : [];
    const problems = typos.length > 0 ? typos : syntaxProblems(file, source, errors, say);
    if (problems.length === 0) problems.push({ file, message: say('emptyFile'), expected: say('emptyExpected') });
    return { problems };
  }
  const duplicates = duplicateKeyProblems(file, source, root, say);
  if (duplicates.length > 0) return { problems: duplicates };
  const value = nodeValue(root);
  const locate = (path: readonly (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
      if (node) {
        // For a property, point at its name: that is where the eye looks.
        const target = node.parent?.type === 'property' ? node.parent : node;
        return lineColumn(source, target.offset);
      }
    }
    return undefined;
  };
  return { json: { file, value, locale, locate }, problems: [] };
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) out[String(key.value)] = nodeValue(value);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/**
 * Lists and objects nested deeper than `MAX_NESTING`, found by counting brackets outside
 * strings before any parser recurses into them (200,000 "[" would exhaust its stack).
 */
export function nestingProblem(file: string, source: string, say: Say = wordsFor(DEFAULT_LOCALE)): Problem | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING)
        return {
          file,
          ...lineColumn(source, i),
          message: say('tooDeep'),
          expected: say('tooDeepExpected', { max: MAX_NESTING }),
          found: say('tooDeepFound', { max: MAX_NESTING }),
          fix: say('tooDeepFix'),
        };
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * What a parser accepts but a page must not get: a field written twice in one object (the last
 * would win silently), control characters written as escapes, numbers beyond a double.
 */
function duplicateKeyProblems(file: string, source: string, root: Node, say: Say): Problem[] {
  const problems: Problem[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (first)
          problems.push({
            file,
            ...lineColumn(source, key.offset),
            message: say('duplicateField', { name }),
            expected: say('duplicateFieldExpected'),
            found: say('duplicateFieldFound', { name, line: String(lineColumn(source, first.offset).line) }),
            fix: say('duplicateFieldFix'),
          });
        else seen.set(name, key);
      }
    }
    if (node.type === 'string' && typeof node.value === 'string' && /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u.test(node.value))
      problems.push({
        file,
        ...lineColumn(source, node.offset),
        message: say('controlEscape'),
        expected: say('controlEscapeExpected'),
        found: say('controlEscapeFound', { code: node.value.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') }),
        fix: say('controlEscapeFix'),
      });
    if (node.type === 'number' && !Number.isFinite(node.value))
      problems.push({ file, ...lineColumn(source, node.offset), message: say('numberTooLarge'), expected: say('numberTooLargeExpected'), found: source.slice(node.offset, node.offset + Math.min(node.length, 20)) });
    for (const child of node.children ?? []) stack.push(child);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
