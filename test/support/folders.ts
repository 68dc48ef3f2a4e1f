/** Comparing built folders: every file's name and bytes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, relative and sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * The differences between two folders (files only in one, files whose bytes differ), at most
 * `limit` of them: an empty list when they are byte for byte the same.
 */
export function folderDifferences(a: string, b: string, limit = 10): string[] {
  const left = filesIn(a);
  const right = new Set(filesIn(b));
  const out: string[] = [];
  for (const file of left) {
    if (!right.has(file)) out.push(`only in ${a}: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) out.push(`differs: ${file}`);
    right.delete(file);
    if (out.length >= limit) return out;
  }
  for (const file of right) if (out.length < limit) out.push(`only in ${b}: ${file}`);
  return out;
}

/** Modification times of the files under `dir` whose path starts with one of `prefixes`. */
export function modificationTimes(dir: string, prefixes: readonly string[]): Map<string, number> {
  return new Map(filesIn(dir).filter((f) => prefixes.some((p) => f.startsWith(p))).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}
