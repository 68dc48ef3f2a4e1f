/**
 * The embed entry (dist/renda-embed.js): the one `<script type="module">` a webmaster pastes. It
 * holds no widget. It finds the `renda-*` elements in the document, and those added later (a
 * MutationObserver), and imports only those widgets' chunks. The chunks sit beside it
 * (`chunks/`); the imports are relative, so they resolve against this file's own URL and work
 * from another origin and under `script-src 'self' <this origin>`.
 *
 * A widget's chunk is imported when the element comes within a screen of the viewport, or when the
 * reader focuses, points at, touches or types into it, whichever comes first. Server-rendered
 * widgets are readable without their code (declarative shadow DOM), so the code of what is further
 * down the page waits until the reader heads there. `loading="eager"` on the element (as on
 * `<img>`) imports at once; so does every widget in a browser without IntersectionObserver. A QR
 * code the server drew loads only when used or changed.
 *
 * Each widget's words come in the language it is shown in only (its own `lang`, else the closest
 * ancestor's, else the page's): a file beside its chunk, imported with it; the element is defined
 * once the words are there (components/base/words.ts).
 *
 * Developers who bundle renda-kit themselves import `renda-kit/components/*` or the whole API
 * (components/index.ts); this file is for pages that do not bundle.
 */

import type { WordsRegistry } from './base/words.js';
import { provideWords } from './base/words-loader.js';
import type { Locale } from '../domain/model.js';

/** Each widget's chunk, by tag. A widget that uses another (the card's QR code) imports it itself. */
const WIDGETS: Readonly<Record<string, () => Promise<unknown>>> = {
  'renda-deputy-card': () => import('./deputy-card/define.js'),
  'renda-qr-code': () => import('./qr-code/define.js'),
  'renda-site-search': () => import('./site-search/define.js'),
  'renda-station-map': () => import('./station-map/define.js'),
  'renda-suggestion-tracker': () => import('./suggestion-tracker/define.js'),
  'renda-vote': () => import('./vote/define.js'),
};

const SELECTOR = Object.keys(WIDGETS).join(',');

/**
 * Each widget's words files, by tag and language (`./chunks/…`, beside this file). The embed build
 * writes the table in place of this string (vite.config.ts); it names files, not modules, so the
 * import below is not followed by the bundler.
 */
const WORDS_FILES: Readonly<Record<string, Readonly<Record<string, string>>>> = JSON.parse('{"__renda_words__":{}}');

/**
 * The registry the widgets' chunks read their words from (base/words.ts), shared through
 * `globalThis`: importing base/words.ts here would make every chunk import this file.
 */
const words: WordsRegistry = ((globalThis as { [key: symbol]: WordsRegistry })[Symbol.for('renda-kit.words')] ??= { sections: new Map(), ready: new Map() });

/** Words files imported (a promise until they are in place, then whether they came), by `tag locale`. */
const wordsFetched = new Map<string, Promise<void> | boolean>();

words.has = (tag, locale) => {
  const file = WORDS_FILES[tag]?.[locale];
  return !file || wordsFetched.get(`${tag} ${locale}`) === true;
};

words.load = (tag, locale) => {
  const file = WORDS_FILES[tag]?.[locale];
  const key = `${tag} ${locale}`;
  const fetched = wordsFetched.get(key);
  if (!file || typeof fetched === 'boolean') return undefined;
  if (fetched) return fetched;
  const arriving = (import(/* @vite-ignore */ file) as Promise<{ default: Record<string, object> }>).then(
    (module) => {
      provideWords(words, locale, module.default);
      wordsFetched.set(key, true);
    },
    (error: unknown) => {
      // Not asked again on this page (each update would): a widget not yet defined stays as the
      // server drew it, or its fallback link, as when its chunk fails; one already drawn keeps its
      // language (base/localize.ts).
      wordsFetched.set(key, false);
      console.warn(`renda-kit: could not load the words of <${tag}> in ${locale}`, error);
      throw error;
    },
  );
  wordsFetched.set(key, arriving);
  return arriving;
};

/**
 * The language a widget is shown in, as base/localize.ts reads it (kept apart: importing it here
 * would make every chunk import this file): its `lang`, else the closest ancestor's across shadow
 * roots, else the document's; English for `en` and `en-*`, else zh-CN.
 */
function localeOf(element: Element): Locale {
  let lang: string | null | undefined;
  for (let node: Element | null = element; node && lang == null; ) {
    lang = node.closest('[lang]')?.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  const tag = (lang ?? document.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  return tag === 'en' || tag.startsWith('en-') ? 'en' : 'zh-CN';
}

/** The event by which a widget announces one drawn in its shadow root (base/nested-qr-code.lazy.ts). */
const NESTED_WIDGET = 'renda-nested-widget';

/**
 * How far outside the viewport a widget starts loading: one screen above and below, so its code
 * has usually arrived by the time the reader scrolls to it.
 */
const ROOT_MARGIN = '100% 0px';

/** What the reader does to a widget that loads it at once, before it nears the viewport. */
const INTERACTIONS = ['focusin', 'pointerdown', 'pointerover', 'touchstart', 'keydown'] as const;

/**
 * Lit, the hydration support and the theme, in one shared chunk. Every widget's chunk imports Lit
 * from it, so it is evaluated before any widget is defined; importing it here as well only starts
 * its download beside the first widget's instead of after it.
 */
let runtime: Promise<unknown> | undefined;

/**
 * Whether the parser attaches `<template shadowrootmode>` itself (Chromium 111+, Safari 16.4+,
 * Firefox 123+). Elsewhere (older WebViews, WeChat on older Android and iOS) the ponyfill turns the
 * server's templates into shadow roots before any widget is defined, so they hydrate; it is a chunk
 * of its own that browsers with the feature never fetch.
 */
const parserAttachesShadowRoots = Object.prototype.hasOwnProperty.call(HTMLTemplateElement.prototype, 'shadowRootMode');
let shadowRootsAttached: Promise<unknown> | undefined;

/**
 * The theme tokens (`--renda-*`, with the dark, high-contrast and large-text switches), adopted
 * once on a page that has not linked theme.css, so a single `<script>` tag is enough: a CMS page.
 * The town sites link it, and do not load it twice. Widgets are defined once it is in place.
 */
let themed: Promise<unknown> | undefined;
// Only the theme's sheet sets `--renda-theme`; a CMS may set a colour token of its own.
const themeOnPage = () => getComputedStyle(document.documentElement).getPropertyValue('--renda-theme').trim() !== '';

const requested = new Set<string>();

function load(tag: string, element: Element): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  runtime ??= import('./base/runtime.js');
  themed ??= themeOnPage()
    ? Promise.resolve()
    : import('./base/theme-sheet.js').then(
        (sheet) => sheet.installTheme(),
        () => (themed = undefined), // the widgets' styles fall back to the default (light) values
      );
  // Its words, fetched beside its chunk: the chunk defines the element once they and the theme
  // are in place (base/words.ts).
  // Every language the page shows this widget in, so that none renders before its words are in.
  const locales = new Set([localeOf(element), ...Array.from(document.querySelectorAll(tag), localeOf)]);
  const ready = Promise.all([...Array.from(locales, (locale) => words.load?.(tag, locale)), themed]);
  ready.catch(() => undefined); // a words file that failed was reported; the chunk may fail too
  words.ready.set(tag, ready);
  shadowRootsAttached ??= parserAttachesShadowRoots ? Promise.resolve() : import('./base/declarative-shadow-dom.js');
  // With the ponyfill, the widget's chunk (which defines the element, and so hydrates it) is
  // imported only once the ponyfill has run; without it, both downloads start together.
  Promise.all([runtime, shadowRootsAttached.then(() => WIDGETS[tag]!())])
    .catch((error: unknown) => {
      // A failed chunk (offline, blocked) leaves the widget's fallback link showing; say why.
      requested.delete(tag);
      runtime = undefined;
      shadowRootsAttached = undefined;
      console.warn(`renda-kit: could not load <${tag}>`, error);
    });
}

/** The widgets seen but not loaded yet, waiting to near the viewport or be used. */
const waiting = new Set<Element>();

const nearViewport =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) if (entry.isIntersecting) loadNow(entry.target);
        },
        { rootMargin: ROOT_MARGIN },
      )
    : undefined;

/** Loads `element`'s widget, and stops watching every element with that tag. */
function loadNow(element: Element): void {
  const tag = element.localName;
  for (const other of waiting) {
    if (other.localName !== tag) continue;
    waiting.delete(other);
    nearViewport?.unobserve(other);
  }
  load(tag, element);
}

/**
 * A QR code the server drew (its declarative shadow root is attached) is read and scanned without
 * any code: its element loads only when the reader uses it (its download buttons) or the page or
 * its widget changes one of its attributes, not as it nears the viewport.
 */
const drawnByServer = (element: Element): boolean => element.localName === 'renda-qr-code' && element.shadowRoot !== null;

function setAttributes(element: Element, values: Map<string, string | null>): void {
  for (const [name, value] of values) if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Hydration takes the server's drawing to match the element's attributes: changes made before the
 * element is defined are undone until it has hydrated, then made again (the latest value of each),
 * as an ordinary update.
 */
const replaying = new Map<Element, { drawn: Map<string, string | null>; wanted: Map<string, string | null> }>();
const changed = new MutationObserver((mutations) => {
  const touched = new Map<Element, Set<string>>();
  for (const { target, attributeName, oldValue } of mutations) {
    if (!(target instanceof Element) || !attributeName || customElements.get(target.localName)) continue;
    let entry = replaying.get(target);
    if (!entry) {
      if (!waiting.has(target)) continue;
      const created = { drawn: new Map<string, string | null>(), wanted: new Map<string, string | null>() };
      replaying.set(target, (entry = created));
      void customElements
        .whenDefined(target.localName)
        .then(() => (target as Element & { updateComplete?: Promise<unknown> }).updateComplete)
        .then(() => {
          replaying.delete(target);
          setAttributes(target, created.wanted);
        });
    }
    // The first old value of an attribute is the server's; later ones are our own undoing.
    if (!entry.drawn.has(attributeName)) entry.drawn.set(attributeName, oldValue);
    touched.set(target, (touched.get(target) ?? new Set()).add(attributeName));
  }
  for (const [element, names] of touched) {
    const { drawn, wanted } = replaying.get(element)!;
    for (const name of names) wanted.set(name, element.getAttribute(name));
    setAttributes(element, drawn);
    if (waiting.has(element)) loadNow(element);
  }
  changed.takeRecords();
});

function whenNeeded(element: Element): void {
  const tag = element.localName;
  if (requested.has(tag) || customElements.get(tag) || waiting.has(element)) return;
  const eager = element.getAttribute('loading') === 'eager';
  if (!eager && drawnByServer(element)) {
    waiting.add(element);
    changed.observe(element, { attributes: true, attributeOldValue: true });
    return;
  }
  if (!nearViewport || eager) return load(tag, element);
  waiting.add(element);
  nearViewport.observe(element);
}

// One listener per interaction for the whole document: the first waiting widget on the event's
// path (a widget inside another's shadow root included) loads.
for (const type of INTERACTIONS) {
  document.addEventListener(
    type,
    (event) => {
      if (waiting.size === 0) return;
      for (const target of event.composedPath()) if (target instanceof Element && waiting.has(target)) loadNow(target);
    },
    { capture: true, passive: true },
  );
}

/**
 * A tap on a button the server drew, before its widget's code has arrived (a QR code's download
 * buttons, which load nothing until used): the tap loads the widget, and once it has taken over the
 * server's drawing the same button is pressed for the reader, so one tap is enough.
 */
document.addEventListener(
  'click',
  (event) => {
    const path = event.composedPath();
    const button = path.find((target): target is HTMLButtonElement => target instanceof HTMLButtonElement);
    const host = path.find((target): target is Element => target instanceof Element && target.localName in WIDGETS && !customElements.get(target.localName));
    const root = host?.shadowRoot;
    if (!button || !host || !root?.contains(button)) return;
    const index = [...root.querySelectorAll('button')].indexOf(button);
    loadNow(host);
    const updated = () => (host as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    // Hydration, then the update that makes the attributes changed meanwhile (see above) take effect.
    void customElements
      .whenDefined(host.localName)
      .then(updated)
      .then(updated)
      .then(() => host.shadowRoot?.querySelectorAll('button')[index]?.click());
  },
  { capture: true },
);

/** The widgets in `root` (itself included) whose tags are not defined yet. */
function discover(root: Element | Document | DocumentFragment): void {
  if (root instanceof Element && root.localName in WIDGETS) whenNeeded(root);
  for (const element of root.querySelectorAll(SELECTOR)) whenNeeded(element);
}

discover(document);
new MutationObserver((mutations) => {
  for (const mutation of mutations) for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });

/**
 * A widget drawn inside another's shadow root (the card's QR code, the code in a station's
 * details), which the observer above does not see: the outer widget announces it
 * (base/nested-qr-code.lazy.ts).
 */
document.addEventListener(NESTED_WIDGET, (event) => {
  const [element] = event.composedPath();
  if (element instanceof Element && element.localName in WIDGETS) whenNeeded(element);
});
