import { RendaSuggestionTracker } from './suggestion-tracker.component.js';

export { RendaSuggestionTracker };
// The site renders the tracker on the server in the order the widget will: the same model.
export { EMPTY_FILTERS, TrackerModel, type TrackerScope } from './view.js';
export type { NamedRecord } from './suggestion-tracker.component.js';

// A page may load both the embed bundle and a per-component module; the second define would throw.
if (!customElements.get('renda-suggestion-tracker')) customElements.define('renda-suggestion-tracker', RendaSuggestionTracker);

declare global {
  interface HTMLElementTagNameMap {
    'renda-suggestion-tracker': RendaSuggestionTracker;
  }
}
