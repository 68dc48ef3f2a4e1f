/**
 * The embed entry (dist/renda-embed.js): one `<script type="module">` registers every widget and
 * adopts the theme tokens. Each component adds its define line and class export here.
 */
// First, before any LitElement is defined: server-rendered widgets (declarative shadow DOM on the
// town sites) are hydrated in place instead of rendered a second time beside their SSR output.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { installTheme } from './base/theme.js';

import './qr-code/define.js';
import './site-search/define.js';

export { RendaQrCode } from './qr-code/qr-code.component.js';
export { qrPath, type QrEcc, type QrPath } from './qr-code/qr-path.js';
export { qrSvgString, svgToPngBlob } from './qr-code/qr-export.js';
export { RendaSiteSearch } from './site-search/site-search.component.js';

export { installTheme, themeCss } from './base/theme.js';
export { formatDate, formatNumber, resolveLocale, type Locale } from './base/localize.js';

installTheme();
