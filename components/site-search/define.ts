import { RendaSiteSearch } from './site-search.component.js';

export { RendaSiteSearch };
/** The format of a town's `search/index.json`, which the site writes and the widget reads. */
export type { SearchEntry } from './search-index.js';

if (!customElements.get('renda-site-search')) customElements.define('renda-site-search', RendaSiteSearch);

declare global {
  interface HTMLElementTagNameMap {
    'renda-site-search': RendaSiteSearch;
  }
}
