/**
 * The embed entry (dist/renda-embed.js): the one `<script type="module">` a webmaster pastes. It
 * holds no widget. It finds the `renda-*` elements in the document, and those added later (a
 * MutationObserver), and imports only those widgets' chunks. The chunks sit beside it
 * (`chunks/`); the imports are relative, so they resolve against this file's own URL and work
 * from another origin and under `script-src 'self' <this origin>`.
 *
 * Developers who bundle renda-kit themselves import `renda-kit/components/*` or the whole API
 * (components/index.ts); this file is for pages that do not bundle.
 */

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
 * Lit, the hydration support, the ponyfill and the theme, in one shared chunk. Every widget's chunk
 * imports Lit from it, so it is evaluated before any widget is defined; importing it here as well
 * only starts its download beside the first widget's instead of after it.
 */
let runtime: Promise<unknown> | undefined;
const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  runtime ??= import('./base/runtime.js');
  Promise.all([runtime, WIDGETS[tag]!()])
    .catch((error: unknown) => {
      // A failed chunk (offline, blocked) leaves the widget's fallback link showing; say why.
      requested.delete(tag);
      runtime = undefined;
      console.warn(`renda-kit: could not load <${tag}>`, error);
    });
}

/** The widgets in `root` (itself included) whose tags are not defined yet. */
function discover(root: Element | Document | DocumentFragment): void {
  if (root instanceof Element && root.localName in WIDGETS) load(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) load(element.localName);
}

discover(document);
new MutationObserver((mutations) => {
  for (const mutation of mutations) for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
