/**
 * Desk-made suggestions live in the content, one JSON file per suggestion:
 * `<content>/towns/<town>/suggestions/<id>.json`. The content stays the one source of what is
 * published: the loader validates and masks these files like suggestions.json, and a webmaster
 * can still edit them by hand.
 *
 * Writes are atomic: the new text goes to a temporary file beside the target, is flushed to
 * disk, and is renamed over it (then the folder is flushed), so a reader or a crash sees the old
 * file or the new one, never half of one. A change carries the version (a hash of the bytes) the
 * form was made from; if the file changed since, the change is refused, not merged.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Suggestion } from '../../domain/model.js';

export const SUGGESTION_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface SuggestionFile {
  suggestion: Suggestion;
  /** A hash of the file's bytes: what a form must send back to change it. */
  version: string;
  /** A hand-written entry of suggestions.json: messages can be merged into it and it can be looked up, but the webmaster moves it on. */
  listed?: true;
}

export const suggestionsFolder = (contentDir: string, town: string) => join(contentDir, 'towns', town, 'suggestions');
const fileOf = (contentDir: string, town: string, id: string) => join(suggestionsFolder(contentDir, town), `${id}.json`);
const versionOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 20);
const serialize = (suggestion: Suggestion) => `${JSON.stringify(suggestion, null, 2)}\n`;

function parse(bytes: Buffer): SuggestionFile | undefined {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Suggestion;
    if (typeof value !== 'object' || value === null || typeof value.id !== 'string' || !Array.isArray(value.history) || !Array.isArray(value.deputies)) return undefined;
    return { suggestion: value, version: versionOf(bytes) };
  } catch {
    return undefined;
  }
}

export async function readSuggestion(contentDir: string, town: string, id: string): Promise<SuggestionFile | undefined> {
  if (!SUGGESTION_ID.test(id)) return undefined;
  try {
    return parse(await readFile(fileOf(contentDir, town, id)));
  } catch {
    return undefined;
  }
}

/** Every desk-made suggestion of the town that parses, newest first. */
export async function listSuggestions(contentDir: string, town: string): Promise<SuggestionFile[]> {
  let names: string[];
  try {
    names = await readdir(suggestionsFolder(contentDir, town));
  } catch {
    return [];
  }
  const files = await Promise.all(names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => readSuggestion(contentDir, town, n.slice(0, -5))));
  return files.filter((f): f is SuggestionFile => f !== undefined).sort((a, b) => (b.suggestion.history[0]?.date ?? '').localeCompare(a.suggestion.history[0]?.date ?? '') || b.suggestion.id.localeCompare(a.suggestion.id));
}

/** Writes a flushed temporary file beside `target`; returns its path. */
async function writeTemp(folder: string, id: string, text: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${id}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot flush a folder; the rename itself is still atomic.
  } finally {
    await handle.close();
  }
}

/** A lock file of another machine older than this is left over from a crash: nothing holds one for more than a write. */
const STALE_LOCK_MS = 30_000;
const LOCK_WAIT_MS = 10_000;
const holder = () => `${hostname()} ${process.pid}`;

/** Whether a lock's holder is gone: a process of this machine that no longer runs, or an old lock of another. */
async function staleLock(lock: string): Promise<boolean> {
  const [text, info] = await Promise.all([readFile(lock, 'utf8').catch(() => ''), stat(lock).catch(() => undefined)]);
  if (!info) return false;
  const [host, pid] = text.split(' ');
  if (host === hostname() && Number(pid) > 0) {
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }
  return Date.now() - info.mtimeMs > STALE_LOCK_MS;
}

/**
 * Runs `work` holding `.<file>.lock` beside the target, created exclusively (`wx`): several API
 * processes sharing the content folder (one machine, or a shared folder) then change one file one
 * at a time, as the queue below does within a process. The lock names its holder, so a lock left
 * by a killed process is taken over at once on its machine, and after `STALE_LOCK_MS` elsewhere.
 */
async function withLockFile<T>(target: string, work: () => Promise<T>): Promise<T> {
  // A dot-file, like the temporary files: the content loader passes over it.
  const lock = join(dirname(target), `.${basename(target)}.lock`);
  const until = Date.now() + LOCK_WAIT_MS;
  await mkdir(dirname(target), { recursive: true });
  for (;;) {
    // The lock appears with its holder already in it: written to a file of our own, then linked
    // to the lock's name, which fails if the lock exists. (Created empty and written after, a
    // holder killed in between left a nameless lock that looked held for STALE_LOCK_MS.)
    const claim = `${lock}.${process.pid}.${randomUUID()}`;
    try {
      await writeFile(claim, holder(), { encoding: 'utf8', mode: 0o600 });
      await link(claim, lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await staleLock(lock)) await unlink(lock).catch(() => undefined);
      else if (Date.now() > until) throw new Error(`${lock} is held by another process`);
      else await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
    } finally {
      await unlink(claim).catch(() => undefined);
    }
  }
  try {
    return await work();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

/** One change at a time per file: the version check and the rename go together. */
const queues = new Map<string, Promise<unknown>>();
function serially<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const locked = () => withLockFile(key, work);
  const next = previous.then(locked, locked);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

/** Creates the file; false when a suggestion with this id exists already (never overwritten). */
export function createSuggestion(contentDir: string, town: string, suggestion: Suggestion): Promise<boolean> {
  const folder = suggestionsFolder(contentDir, town);
  const target = fileOf(contentDir, town, suggestion.id);
  return serially(target, async () => {
    const temp = await writeTemp(folder, suggestion.id, serialize(suggestion));
    try {
      // link() fails when the target exists: an atomic "create only".
      await link(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    await syncFolder(folder);
    return true;
  });
}

export type ReplaceOutcome = { status: 'written'; version: string } | { status: 'stale' } | { status: 'missing' };

/** Replaces the file with `change(current)` if it is still at `version`. */
export function replaceSuggestion(contentDir: string, town: string, id: string, version: string, change: (current: Suggestion) => Suggestion): Promise<ReplaceOutcome> {
  const folder = suggestionsFolder(contentDir, town);
  const target = fileOf(contentDir, town, id);
  return serially(target, async (): Promise<ReplaceOutcome> => {
    const current = await readSuggestion(contentDir, town, id);
    if (!current) return { status: 'missing' };
    if (current.version !== version) return { status: 'stale' };
    const text = serialize(change(current.suggestion));
    const temp = await writeTemp(folder, id, text);
    try {
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(folder);
    return { status: 'written', version: versionOf(text) };
  });
}

/** A new suggestion id: `d-` (desk), the day, and four random characters. */
export function newSuggestionId(day: string): string {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  return `d-${day.replaceAll('-', '')}-${[...randomBytes(4)].map((b) => alphabet[b % 32]).join('')}`;
}

/** Removes a suggestion just created when its message turned out to be handled by someone else. */
export async function removeSuggestion(contentDir: string, town: string, id: string): Promise<void> {
  if (!SUGGESTION_ID.test(id)) return;
  await unlink(fileOf(contentDir, town, id)).catch(() => undefined);
}

/** The hand-written suggestions of `suggestions.json` (validated by the loader at each build), read only. */
export async function readListedSuggestions(contentDir: string, town: string): Promise<SuggestionFile[]> {
  try {
    const value = JSON.parse(await readFile(join(contentDir, 'towns', town, 'suggestions.json'), 'utf8')) as { suggestions?: unknown };
    if (!Array.isArray(value.suggestions)) return [];
    return (value.suggestions as Suggestion[])
      .filter((s) => s && typeof s.id === 'string' && Array.isArray(s.history) && Array.isArray(s.deputies))
      .map((suggestion) => ({ suggestion, version: '', listed: true as const }));
  } catch {
    return [];
  }
}

/** A desk-made suggestion, or else a hand-written one, by id. */
export async function findSuggestion(contentDir: string, town: string, id: string): Promise<SuggestionFile | undefined> {
  return (await readSuggestion(contentDir, town, id)) ?? (await readListedSuggestions(contentDir, town)).find((f) => f.suggestion.id === id);
}
