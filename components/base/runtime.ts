/**
 * What every widget needs before it is defined. The loader (components/autoloader.ts) imports this
 * first; the build puts it, Lit and the hydration support into one shared chunk, so each widget's
 * chunk holds only the widget. The declarative shadow DOM ponyfill is not here: the loader imports
 * it, before any widget, only in browsers whose parser does not attach shadow roots itself.
 */
// Before LitElement is evaluated: server-rendered widgets (declarative shadow DOM on the town
// sites) are hydrated in place instead of rendered a second time beside their SSR output.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { installTheme } from './theme.js';

// The theme tokens on the page, once, so a single <script> tag is enough.
installTheme();
