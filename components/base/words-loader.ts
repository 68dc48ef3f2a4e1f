/**
 * The embed loader's part of words in one language per page (base/words.ts says the whole): how a
 * words file's sections are put in place. Imported by the loader only (components/autoloader.ts),
 * so it is bundled into `renda-embed.js`; the widgets' chunks read the sections through the
 * registry on `globalThis`.
 */
import type { Locale } from '../../domain/model.js';
import type { WordsRegistry } from './words.js';

/** Puts a words file's sections in place: into the objects the chunks already read, if any. */
export function provideWords(registry: Pick<WordsRegistry, 'sections'>, locale: Locale, sections: Record<string, object>): void {
  for (const [name, value] of Object.entries(sections)) {
    const key = `${locale}:${name}`;
    const slot = registry.sections.get(key);
    if (!slot) registry.sections.set(key, value);
    else if (Array.isArray(slot)) slot.splice(0, slot.length, ...(value as unknown[]));
    else Object.assign(slot, value);
  }
}
