/**
 * A deputy's or a station's own suggestions: the narrowing the tracker applies on their pages,
 * and the open data files the site publishes for it (`data/deputies/<id>/suggestions.json`,
 * `data/stations/<id>/suggestions.json`), so such a page reads its few suggestions, not the town's.
 */
import type { Suggestion } from '../model.js';

/** The suggestions a deputy took part in (one of its `deputies`), in their order. */
export function suggestionsOfDeputy<S extends Pick<Suggestion, 'deputies'>>(suggestions: readonly S[], deputy: string): S[] {
  return suggestions.filter((s) => s.deputies.includes(deputy));
}

/** The suggestions received at a station, in their order. */
export function suggestionsOfStation<S extends Pick<Suggestion, 'station'>>(suggestions: readonly S[], station: string): S[] {
  return suggestions.filter((s) => s.station === station);
}
