/**
 * Message catalogues: each locale has every key (the compiler checks), `{name}` placeholders are
 * filled and numbers formatted for the locale. Widgets, pages and the CLI all bind theirs here.
 */
import { DEFAULT_LOCALE, formatNumber } from './format.js';
import type { Locale } from '../model.js';

/** One component's strings: every locale has every key (the compiler checks). */
export type Catalogue<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks a key up and fills `{name}` placeholders; numbers are formatted for the locale. */
export type Msg<K extends string> = (locale: Locale, key: K, params?: MessageParams) => string;

/**
 * Binds a catalogue: `const msg = createMsg({ 'zh-CN': {...}, en: {...} })`, then
 * `msg(locale, 'retry')`. Catalogues are plain objects so each component owns its own.
 */
export function createMsg<K extends string>(catalogue: Catalogue<K>): Msg<K> {
  return (locale, key, params) => {
    // A widget whose words in its language are still on their way (the embed loader brings each
    // language when a widget is shown in it) says it in another language for a moment, not its keys.
    const template = catalogue[locale]?.[key] ?? catalogue[DEFAULT_LOCALE]?.[key] ?? anyLanguage(catalogue, key) ?? key;
    return params ? fill(template, params, locale) : template;
  };
}

function anyLanguage<K extends string>(catalogue: Catalogue<K>, key: K): string | undefined {
  for (const words of Object.values<Readonly<Record<K, string>> | undefined>(catalogue)) if (words?.[key] !== undefined) return words[key];
  return undefined;
}

/**
 * Fills `{name}` placeholders; a name without a value stays visible as `{name}`. With a locale,
 * numbers are formatted for it (1,234); without, written plainly (a year stays 2026).
 */
export function fill(template: string, params: MessageParams, numbersFor?: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' && numbersFor ? formatNumber(value, numbersFor) : String(value);
  });
}

