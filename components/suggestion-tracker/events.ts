import type { ViewState } from './url-state.js';

/** A suggestion's own view opened (`suggestionId`) or closed (`null`): point a rating widget at it. */
export class RendaSuggestionSelectEvent extends Event {
  static readonly type = 'renda-suggestion-select';
  constructor(readonly suggestionId: string | null) {
    super(RendaSuggestionSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** The filters, search or sort changed; `count` is how many suggestions the list now holds. */
export class RendaViewChangeEvent extends Event {
  static readonly type = 'renda-view-change';
  constructor(
    readonly view: ViewState,
    readonly count: number,
  ) {
    super(RendaViewChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'renda-suggestion-select': RendaSuggestionSelectEvent;
    'renda-view-change': RendaViewChangeEvent;
  }
}
