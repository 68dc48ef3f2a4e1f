/**
 * Where `renda build` may write. The build replaces its output folder whole, so an output that is,
 * holds or lies in something precious would destroy it. A pure decision on absolute, resolved
 * paths (symbolic links already followed); the file-system side is in `output-folder.ts`.
 */
import { isAbsolute, parse, relative, sep } from 'node:path';
import * as ZH from '../domain/text/translations/zh-CN.js';
import * as EN from '../domain/text/translations/en.js';
import { createMsg } from '../domain/text/messages.js';
import { DEFAULT_LOCALE } from '../domain/text/format.js';
import type { Locale } from '../domain/model.js';

/** The refusals are the command line's words (the `cli` section of the catalogue). */
export const outputWords = createMsg<keyof typeof EN.cli>({ 'zh-CN': ZH.cli, en: EN.cli });

export interface OutputPlaces {
  /** The output folder (`--out`). */
  out: string;
  /** How to name the output folder in the message, when not `out` (e.g. the link the webmaster typed). */
  outName?: string;
  /** The content folder (`--content`). */
  content: string;
  /** The project root: the working folder renda runs in. */
  cwd: string;
  /** The user's home folder. */
  home: string;
}

/** Whether `inner` is `outer` itself or lies inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`));
}

/**
 * Why `places.out` must not be an output folder, in one sentence naming the folder, or undefined
 * when it may be. Every path must be absolute and resolved.
 */
export function outputPathProblem(places: OutputPlaces, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const { out, content, cwd, home } = places;
  const say = (key: Parameters<typeof outputWords>[1], path?: string) => outputWords(locale, key, path === undefined ? undefined : { path });
  const why = (what: string) => outputWords(locale, 'outputUnsafe', { out: places.outName ?? out, why: what });
  if (parse(out).root === out) return why(say('outputIsRoot'));
  if (out === content) return why(say('outputIsContent'));
  if (isWithin(content, out)) return why(say('outputHoldsContent', content));
  if (isWithin(out, content)) return why(say('outputInContent', content));
  if (out === cwd) return why(say('outputIsProject'));
  if (isWithin(cwd, out)) return why(say('outputHoldsProject', cwd));
  if (out === home) return why(say('outputIsHome'));
  if (isWithin(home, out)) return why(say('outputHoldsHome', home));
  return undefined;
}
