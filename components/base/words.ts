/**
 * Words in one language per page, for the embed build (issue 15: “each page loads messages for
 * its own language only”).
 *
 * Everywhere else — the per-component modules, Storybook, the server render, the tests — a widget
 * imports both message catalogues (domain/text/translations/) and nothing here has anything to do.
 * In the embed build (vite.config.ts, `--mode embed`), a catalogue section a widget uses becomes an
 * empty object made by `wordsSlot`, and the words of each widget in each language are a file of
 * their own beside its chunk. The loader (components/autoloader.ts) imports the file for the
 * language the widget is shown in, puts the words into the slots, and the widget's element is
 * defined (and so hydrates) only once they are there (`defineWhenWordsArrive`): a widget still reads
 * its words synchronously while it renders. A widget whose language changes later asks for the
 * other language's file (`wordsFor`, from the locale controller) and renders again once it is there.
 *
 * The loader and the chunks share the registry through `globalThis`, not a module: the loader is
 * the file a webmaster pastes (possibly with a query string), and a chunk importing it would be a
 * second copy.
 */
import type { Locale } from '../../domain/model.js';

export interface WordsRegistry {
  /** Each loaded or awaited catalogue section, by `locale:section`: the one object widgets read. */
  readonly sections: Map<string, object>;
  /** By tag: what the loader is fetching (its words, the theme) before the element may be defined. */
  readonly ready: Map<string, Promise<unknown>>;
  /**
   * Set by the loader: fetches a widget's words in a language and puts them in place; undefined
   * when there is nothing to fetch (already there, or the widget has no file for the language).
   */
  load?: (tag: string, locale: Locale) => Promise<void> | undefined;
  /** Set by the loader: whether a widget's words in a language are in place (or it needs none). */
  has?: (tag: string, locale: Locale) => boolean;
}

export const WORDS_REGISTRY = Symbol.for('renda-kit.words');

export function wordsRegistry(): WordsRegistry {
  const global = globalThis as { [WORDS_REGISTRY]?: WordsRegistry };
  return (global[WORDS_REGISTRY] ??= { sections: new Map(), ready: new Map() });
}

/**
 * A catalogue section's object, filled when its language's words arrive (at once if they already
 * have). `empty` is `{}` or `[]`, the section's shape.
 */
export function wordsSlot<T extends object>(locale: Locale, section: string, empty: T): T {
  const { sections } = wordsRegistry();
  const key = `${locale}:${section}`;
  const existing = sections.get(key);
  if (existing) return existing as T;
  sections.set(key, empty);
  return empty;
}

/** Defines an element once the loader has put the words it is shown in in place. */
export function defineWhenWordsArrive(tag: string, define: () => void): void {
  const pending = wordsRegistry().ready.get(tag);
  // Words that could not be loaded leave the widget as the server drew it (or its fallback link):
  // defined, it would draw its message keys.
  if (pending) void pending.then(define, () => undefined);
  else define();
}

/** Whether `tag`'s words in `locale` are in place: always, but on a page whose loader is still bringing them. */
export function hasWords(tag: string, locale: Locale): boolean {
  const global = globalThis as { [WORDS_REGISTRY]?: WordsRegistry };
  return global[WORDS_REGISTRY]?.has?.(tag, locale) ?? true;
}

/**
 * Fetches `tag`'s words in `locale` when the embed loader can and they are not there yet; resolves
 * once they are. Undefined when there is nothing to wait for.
 */
export function wordsFor(tag: string, locale: Locale): Promise<void> | undefined {
  const global = globalThis as { [WORDS_REGISTRY]?: WordsRegistry };
  return global[WORDS_REGISTRY]?.load?.(tag, locale);
}
