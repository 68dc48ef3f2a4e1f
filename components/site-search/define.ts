import { RendaSiteSearch } from './site-search.component.js';

export { RendaSiteSearch };

if (!customElements.get('renda-site-search')) customElements.define('renda-site-search', RendaSiteSearch);

declare global {
  interface HTMLElementTagNameMap {
    'renda-site-search': RendaSiteSearch;
  }
}
