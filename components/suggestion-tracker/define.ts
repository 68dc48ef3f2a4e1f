import { RendaSuggestionTracker } from './suggestion-tracker.component.js';

export { RendaSuggestionTracker };

// A page may load both the embed bundle and a per-component module; the second define would throw.
if (!customElements.get('renda-suggestion-tracker')) customElements.define('renda-suggestion-tracker', RendaSuggestionTracker);

declare global {
  interface HTMLElementTagNameMap {
    'renda-suggestion-tracker': RendaSuggestionTracker;
  }
}
