import { RendaVote } from './vote.component.js';

export { RendaVote };

// A page may load both the embed bundle and a per-component module; the second define would throw.
if (!customElements.get('renda-vote')) customElements.define('renda-vote', RendaVote);

declare global {
  interface HTMLElementTagNameMap {
    'renda-vote': RendaVote;
  }
}
