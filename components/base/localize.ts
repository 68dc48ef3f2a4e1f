import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Maps a BCP 47 tag to a supported locale; anything that is not English reads as zh-CN. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return DEFAULT_LOCALE;
}

/**
 * The language in force at an element: its own `lang`, else the closest ancestor's, crossing
 * shadow roots (a widget nested in another widget's shadow DOM follows the outer page), else the
 * document's.
 */
export function langOf(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument?.documentElement.getAttribute('lang') ?? null;
}

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
    const template = catalogue[locale]?.[key] ?? catalogue[DEFAULT_LOCALE][key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, locale) : value;
    });
  };
}

/**
 * Gives a component its locale and re-renders it when `lang` changes on the element or on the
 * document. (A `lang` change on some other ancestor is not watched: pages set it once.)
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  get locale(): Locale {
    // On the server there is no tree to walk; the element's own attribute is all there is.
    if (isServer) return resolveLocale(this.host.getAttribute('lang'));
    return resolveLocale(langOf(this.host));
  }

  hostConnected(): void {
    if (isServer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.observer.observe(this.host, options);
    this.observer.observe(this.host.ownerDocument.documentElement, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A calendar date for people: 2025年3月5日 / March 5, 2025.
 * ISO strings are read as written (the date part of `2025-03-05T23:30+08:00` is the 5th), never
 * shifted through the viewer's time zone. Unparseable input comes back unchanged.
 */
export function formatDate(date: Date | string, locale: Locale): string {
  let y: number;
  let m: number;
  let d: number;
  if (typeof date === 'string') {
    const match = ISO_DATE.exec(date);
    if (!match) return date;
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    if (Number.isNaN(date.getTime())) return '';
    [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  }
  if (locale === 'zh-CN') return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to build and lists format thousands of numbers: one per locale and options. */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}
