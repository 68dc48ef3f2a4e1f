import { RendaDeputyCard } from './deputy-card.component.js';

export { RendaDeputyCard };

// A page may load both the embed bundle and a per-component module; the second define would throw.
if (!customElements.get('renda-deputy-card')) customElements.define('renda-deputy-card', RendaDeputyCard);

declare global {
  interface HTMLElementTagNameMap {
    'renda-deputy-card': RendaDeputyCard;
  }
}
