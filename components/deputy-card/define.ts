import { RendaDeputyCard } from './deputy-card.component.js';

export { RendaDeputyCard };
// What the site needs to render the card on the server.
export type { DeputyCardVariant, PosterPaper } from './deputy-card.component.js';
export type { CardStation, DeputyCardRecord } from './deputy-record.js';

// A page may load both the embed bundle and a per-component module; the second define would throw.
if (!customElements.get('renda-deputy-card')) customElements.define('renda-deputy-card', RendaDeputyCard);

declare global {
  interface HTMLElementTagNameMap {
    'renda-deputy-card': RendaDeputyCard;
  }
}
