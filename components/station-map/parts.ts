/** Small templates the map's list, filters and details share. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Locale, StationKind } from '../../domain/model.js';
import { MARKER_RADIUS, markerPath } from './markers.js';

/** What the list, the filters and the details all read from the element. */
export interface StationPanelContext {
  locale: Locale;
  /** YYYY-MM-DD in China: dates are described from it. */
  today: string;
  /** Next receptions are counted from it: an ISO instant in the browser (a reception over today is past), else `today`. */
  now: string;
  /** The list's heading level; the details sit one below it. */
  headingLevel: number;
  /** The selected station's id, or ''. */
  selected: string;
  /** The element's `station-href` pattern (`{id}` is replaced). */
  stationHref: string;
  /** False until script runs: buttons that need it stay hidden. */
  interactive: boolean;
  /** One of the widget's words: parts drawn only on a change redraw when the language's words arrive. */
  words: string;
}

/** A heading at any level (clamped to 1–6) without a tag per level: the page decides the outline. */
export function heading(level: number, text: string, id?: string): TemplateResult {
  return html`<div class="heading" role="heading" aria-level=${Math.min(6, Math.max(1, level))} id=${id ?? nothing}>${text}</div>`;
}

/** The kind's marker shape, beside its name wherever the kind is named. */
export function kindIcon(kind: StationKind): TemplateResult {
  const r = MARKER_RADIUS[kind] + 2;
  return html`<svg class="kind-icon" viewBox="${-r} ${-r} ${2 * r} ${2 * r}" aria-hidden="true" focusable="false">
    ${svg`<path class="marker__shape marker--${kind}" d=${markerPath(kind)}></path>`}
  </svg>`;
}
