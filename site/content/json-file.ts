import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Problem } from './problems.js';
import { MAX_NESTING } from './files.js';

/** A parsed JSON file that can say where each value sits, for messages with line and column. */
export interface JsonFile {
  file: string;
  value: unknown;
  /** Line and column (1-based) of the value at a JSON path, or of its closest existing parent. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

const PARSE_HINTS: Record<string, string> = {
  CommaExpected: 'a comma "," between two values',
  ColonExpected: 'a colon ":" after the field name',
  PropertyNameExpected: 'a field name in double quotes; a comma after the last item of a list or object is not allowed in JSON',
  ValueExpected: 'a value; a comma after the last item of a list or object is not allowed in JSON',
  CloseBraceExpected: 'a closing "}"',
  CloseBracketExpected: 'a closing "]"',
  EndOfFileExpected: 'the end of the file: there is text after the last "}"',
  InvalidSymbol: 'a value: text must be in double quotes "…", numbers without quotes',
  InvalidCommentToken: 'no comments: JSON does not allow // or /* */',
  UnexpectedEndOfString: 'a closing double quote " at the end of the text',
  InvalidCharacter: 'no line breaks or tabs inside text (write \\n for a new line)',
  InvalidEscapeCharacter: 'a valid escape after "\\" (\\n, \\", \\\\)',
  InvalidUnicode: 'a valid \\uXXXX escape',
  InvalidNumberFormat: 'a number written like 12 or 12.5',
  UnexpectedEndOfComment: 'no comments: JSON does not allow // or /* */',
  UnexpectedEndOfNumber: 'a number written like 12 or 12.5',
};

function lineColumn(text: string, offset: number): { line: number; column: number } {
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
 * Parses strict JSON. Syntax errors become problems with line and column, all of them,
 * not only the first; the caller gets `undefined` then.
 */
export function parseJsonFile(file: string, text: string): { json?: JsonFile; problems: Problem[] } {
  // A UTF-8 BOM is common in files saved by Windows editors; it is not an error worth a build.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tooDeep = nestingProblem(file, source);
  if (tooDeep) return { problems: [tooDeep] };
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const problems = errors.slice(0, 10).map((error): Problem => {
      const code = printParseErrorCode(error.error);
      const at = lineColumn(source, error.offset);
      const found = source.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
      return {
        file,
        ...at,
        message: 'this file is not valid JSON',
        expected: PARSE_HINTS[code] ?? code,
        found: found.trim() ? JSON.stringify(found) : 'the end of the file',
      };
    });
    if (problems.length === 0) problems.push({ file, message: 'this file is empty', expected: 'a JSON object { … }' });
    return { problems };
  }
  const duplicates = duplicateKeyProblems(file, source, root);
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
  return { json: { file, value, locate }, problems: [] };
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
export function nestingProblem(file: string, source: string): Problem | undefined {
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
          message: 'lists and objects nested too deeply',
          expected: `at most ${MAX_NESTING} levels of [ ] and { }`,
          found: `more than ${MAX_NESTING} levels`,
          fix: 'check for a run of "[" or "{" left by a bad copy and paste',
        };
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * What a parser accepts but a page must not get: a field written twice in one object (the last
 * would win silently), control characters written as escapes, numbers beyond a double.
 */
function duplicateKeyProblems(file: string, source: string, root: Node): Problem[] {
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
            message: `the field "${name}" is written twice in one object`,
            expected: 'each field once',
            found: `"${name}" again (first at line ${lineColumn(source, first.offset).line})`,
            fix: 'keep one of them: JSON would silently use the last',
          });
        else seen.set(name, key);
      }
    }
    if (node.type === 'string' && typeof node.value === 'string' && /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u.test(node.value))
      problems.push({
        file,
        ...lineColumn(source, node.offset),
        message: 'a control character in the text',
        expected: 'printable text; \\n and \\t are fine',
        found: `an escape such as \\u0000 for U+${node.value.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
        fix: 'delete the escape',
      });
    if (node.type === 'number' && !Number.isFinite(node.value))
      problems.push({ file, ...lineColumn(source, node.offset), message: 'a number too large to be real', expected: 'a number of at most 308 digits', found: source.slice(node.offset, node.offset + Math.min(node.length, 20)) });
    for (const child of node.children ?? []) stack.push(child);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
