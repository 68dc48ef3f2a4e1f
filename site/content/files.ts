import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Problem } from './problems.js';
import { wordsFor, type Say } from './problem-words.js';
import { DEFAULT_LOCALE } from '../../domain/text/format.js';

const defaultSay = wordsFor(DEFAULT_LOCALE);

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
export function entryProblem(file: string, kind: EntryKind, wanted: 'file' | 'folder', say: Say = defaultSay): Problem | undefined {
  if (kind === wanted || kind === 'missing') return undefined;
  const aWanted = say(wanted === 'file' ? 'aFile' : 'aFolder');
  if (kind === 'link-outside')
    return { file, message: say('linkOutside'), expected: say('linkOutsideExpected', { wanted: aWanted }), found: say('linkOutsideFound'), fix: say('linkOutsideFix') };
  if (kind === 'other') return { file, message: say('notRegular'), expected: aWanted, found: say('notRegularFound') };
  return wanted === 'file'
    ? { file, message: say('folderForFile'), expected: say('aFile'), found: say('aFolder'), fix: say('folderForFileFix') }
    : { file, message: say('fileForFolder'), expected: say('aFolder'), found: say('aFile'), fix: say('fileForFolderFix') };
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
export function controlCharacterProblems(file: string, text: string, say: Say = defaultSay): Problem[] {
  const problems: Problem[] = [];
  for (const m of text.matchAll(CONTROL)) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.push({
      file,
      ...lineColumn(text, m.index),
      message: say('controlCharacter'),
      expected: say('controlCharacterExpected'),
      found: code === '0000' ? say('controlCharacterNull', { code }) : `U+${code}`,
      fix: say('controlCharacterFix'),
    });
    if (problems.length === 3) break;
  }
  return problems;
}

/**
 * Reads a content file as text: it must be a regular file inside `root`, at most
 * `MAX_FILE_BYTES`, UTF-8 (a BOM is dropped) and free of control characters.
 */
export function readContentText(root: string, path: string, file: string, say: Say = defaultSay): { text?: string; problems: Problem[] } {
  const kind = entryKind(root, path);
  if (kind === 'missing') return { problems: [{ file, message: say('fileMissing'), found: say('fileMissingFound') }] };
  const wrong = entryProblem(file, kind, 'file', say);
  if (wrong) return { problems: [wrong] };
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES)
      return { problems: [{ file, message: say('fileTooLarge'), expected: say('fileTooLargeExpected', { size: MB(MAX_FILE_BYTES) }), found: MB(size), fix: say('fileTooLargeFix') }] };
    bytes = readFileSync(path);
  } catch (error) {
    return { problems: [{ file, message: say('fileUnreadable'), found: (error as NodeJS.ErrnoException).code ?? say('anError'), fix: say('fileUnreadableFix') }] };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const gbk = looksLikeGbk(bytes);
    return {
      problems: [
        {
          file,
          ...lineColumnOfByte(bytes, bad),
          message: say('notUtf8'),
          expected: say('notUtf8Expected'),
          found: say(gbk ? 'notUtf8Gbk' : 'notUtf8Bytes', { byte: bytes[bad]!.toString(16).toUpperCase().padStart(2, '0') }),
          fix: say('notUtf8Fix'),
        },
      ],
    };
  }
  let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const control = controlCharacterProblems(file, text, say);
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
export function contentPathProblem(townDir: string, value: string, say: Say = defaultSay): Omit<Problem, 'file'> | undefined {
  if (/^(https?:)?\/\//i.test(value)) return undefined;
  const expected = say('pathExpected');
  const found = JSON.stringify(value);
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) return { message: say('pathScheme'), expected, found, fix: say('pathSchemeFix') };
  if (value.startsWith('/') || value.startsWith('\\') || /^[a-z]:/i.test(value)) return { message: say('pathAbsolute'), expected, found, fix: say('pathAbsoluteFix') };
  if (value.includes('\\')) return { message: say('pathBackslashes'), expected, found, fix: say('pathBackslashesFix') };
  if (value.split('/').includes('..')) return { message: say('pathLeaves'), expected, found, fix: say('pathLeavesFix') };
  if (/[%?#\u0000-\u001F]/u.test(value)) return { message: say('pathCharacters'), expected, found, fix: say('pathCharactersFix') };
  const realTown = realFolder(townDir);
  const path = join(townDir, ...value.split('/'));
  const kind = entryKind(realTown, path);
  if (kind === 'missing') return { message: say('pathMissing'), expected, found };
  if (kind === 'link-outside') return { message: say('pathLinkOutside'), expected, found, fix: say('pathLinkOutsideFix') };
  if (kind !== 'file') return { message: say(kind === 'folder' ? 'pathFolder' : 'pathNotRegular'), expected, found };
  if (statSync(path).size > MAX_FILE_BYTES) return { message: say('pathTooLarge'), expected: say('fileTooLargeExpected', { size: MB(MAX_FILE_BYTES) }), found };
  return undefined;
}

/** `towns/x/photos/a.svg` with forward slashes, for messages. */
export function relativeName(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
