import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Problem } from './problems.js';

/**
 * The door every content file goes through: the file must be a file, inside the content folder
 * (a symbolic link that leads out is reported, never followed), of a bounded size, UTF-8, and
 * free of control characters. Every check returns problems; none throws.
 */

/** No content file comes near this: a town with a thousand suggestions is about 2 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** No content nests deeper than about 8 levels; a bound keeps parsers off their stack limit. */
export const MAX_NESTING = 64;

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** True when `path` is `root` or inside it (both absolute and resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of a folder, or the path itself when it cannot be resolved (it is then reported elsewhere). */
export function realFolder(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

export type EntryKind = 'missing' | 'file' | 'folder' | 'other' | 'link-outside';

/**
 * What sits at `path`, following a symbolic link only when it stays inside `root` (the content
 * folder's real path): a link that leads out is `link-outside`, never its target.
 */
export function entryKind(root: string, path: string): EntryKind {
  if (!lstatOrUndefined(path)) return 'missing';
  // The real path, so a linked folder on the way (photos/ → /etc) is caught as well as a linked file.
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return 'missing'; // a dangling link: there is nothing to read
  }
  if (!isInside(root, target)) return 'link-outside';
  const stats = statSync(target);
  return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
}

/** The problem for an entry of the wrong kind, or undefined when it is what was wanted. */
export function entryProblem(file: string, kind: EntryKind, wanted: 'file' | 'folder'): Problem | undefined {
  if (kind === wanted || kind === 'missing') return undefined;
  if (kind === 'link-outside')
    return {
      file,
      message: 'a symbolic link that leads outside the content folder',
      expected: `a ${wanted} inside the content folder`,
      found: 'a link to somewhere else',
      fix: `copy the ${wanted} into the content folder instead of linking to it`,
    };
  if (kind === 'other') return { file, message: 'not a regular file or folder', expected: `a ${wanted}`, found: 'a device, socket or pipe' };
  return wanted === 'file'
    ? { file, message: 'a folder where a file belongs', expected: 'a file', found: 'a folder', fix: 'remove or rename the folder' }
    : { file, message: 'a file where a folder belongs', expected: 'a folder', found: 'a file', fix: 'remove or rename the file' };
}

/** The byte offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) (line++, (lineStart = i + 1));
  return { line, column: offset - lineStart + 1 };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) (line++, (lineStart = i + 1));
  return { line, column: offset - lineStart + 1 };
}

/** Control characters a text file has no use for: everything below space but tab, line feed and carriage return, and DEL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

/** Checks decoded text: control characters, reported with line and column (at most three). */
export function controlCharacterProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of text.matchAll(CONTROL)) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.push({
      file,
      ...lineColumn(text, m.index),
      message: 'a control character in the text',
      expected: 'printable text, tabs and line breaks only',
      found: `U+${code}${code === '0000' ? ' (a null byte)' : ''}`,
      fix: 'delete the invisible character (it often comes from copying out of a PDF or a word processor)',
    });
    if (problems.length === 3) break;
  }
  return problems;
}

/**
 * Reads a content file as text: it must be a regular file inside `root`, at most
 * `MAX_FILE_BYTES`, UTF-8 (a BOM is dropped) and free of control characters.
 */
export function readContentText(root: string, path: string, file: string): { text?: string; problems: Problem[] } {
  const kind = entryKind(root, path);
  if (kind === 'missing') return { problems: [{ file, message: 'this file is missing', found: 'no file' }] };
  const wrong = entryProblem(file, kind, 'file');
  if (wrong) return { problems: [wrong] };
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES)
      return { problems: [{ file, message: 'this file is too large', expected: `at most ${MB(MAX_FILE_BYTES)}`, found: MB(size), fix: 'split the content, or check that the file is the one you meant' }] };
    bytes = readFileSync(path);
  } catch (error) {
    return { problems: [{ file, message: 'this file cannot be read', found: (error as NodeJS.ErrnoException).code ?? 'an error', fix: 'check the file’s permissions' }] };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const gbk = looksLikeGbk(bytes);
    return {
      problems: [
        {
          file,
          ...lineColumnOfByte(bytes, bad),
          message: 'this file is not UTF-8',
          expected: 'text saved as UTF-8',
          found: `${gbk ? 'text that looks like GBK/GB18030' : 'bytes that are not UTF-8'} (0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} at this position)`,
          fix: 'open the file in your editor and save as UTF-8 (in Notepad: 另存为 → 编码 UTF-8)',
        },
      ],
    };
  }
  let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const control = controlCharacterProblems(file, text);
  return control.length > 0 ? { problems: control } : { text, problems: [] };
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path written in content (a deputy's `photo`) must name a file inside its town's folder:
 * relative, no `..`, no link that leads out of the folder. Web addresses (http(s)://, //) are
 * not paths and pass. Returns what is wrong in words, or undefined.
 */
export function contentPathProblem(townDir: string, value: string): Omit<Problem, 'file'> | undefined {
  if (/^(https?:)?\/\//i.test(value)) return undefined;
  const expected = 'a file in the town’s folder, written relative to it (e.g. "photos/cj-001.jpg"), or an http(s):// address';
  const found = JSON.stringify(value);
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value))
    return { message: 'a path with an address scheme', expected, found, fix: 'write the file’s path in the town’s folder, or a full http(s):// address' };
  if (value.startsWith('/') || value.startsWith('\\') || /^[a-z]:/i.test(value))
    return { message: 'an absolute path', expected, found, fix: 'copy the file into the town’s folder and write its path relative to the folder' };
  if (value.includes('\\')) return { message: 'a path with backslashes', expected, found, fix: 'separate folders with "/"' };
  if (value.split('/').includes('..'))
    return { message: 'a path that leaves the town’s folder', expected, found, fix: 'copy the file into the town’s folder; ".." is not allowed' };
  if (/[%?#\u0000-\u001F]/u.test(value)) return { message: 'a path with characters that change an address', expected, found, fix: 'rename the file without "%", "?" or "#"' };
  const realTown = realFolder(townDir);
  const path = join(townDir, ...value.split('/'));
  const kind = entryKind(realTown, path);
  if (kind === 'missing') return { message: 'the file does not exist', expected, found };
  if (kind === 'link-outside')
    return { message: 'a symbolic link that leads outside the town’s folder', expected, found, fix: 'copy the file into the town’s folder instead of linking to it' };
  if (kind !== 'file') return { message: kind === 'folder' ? 'a folder, not a file' : 'not a regular file', expected, found };
  if (statSync(path).size > MAX_FILE_BYTES) return { message: 'the file is too large', expected: `at most ${MB(MAX_FILE_BYTES)}`, found };
  return undefined;
}

/** `towns/x/photos/a.svg` with forward slashes, for messages. */
export function relativeName(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
