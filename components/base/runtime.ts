/**
 * What every widget needs before it is defined. The loader (components/autoloader.ts) imports this
 * first; the build puts it, Lit and the hydration support into one shared chunk, so each widget's
 * chunk holds only the widget. The declarative shadow DOM ponyfill is not here: the loader imports
 * it, before any widget, only in browsers whose parser does not attach shadow roots itself. Nor is
 * the theme stylesheet (base/theme-sheet.ts): the loader adopts it only on a page that has not
 * linked theme.css (the town sites do).
 */
// Before LitElement is evaluated: server-rendered widgets (declarative shadow DOM on the town
// sites) are hydrated in place instead of rendered a second time beside their SSR output.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
