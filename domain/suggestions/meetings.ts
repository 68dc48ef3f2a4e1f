/**
 * Sittings where deputies question the government face to face: 大会问政 (at a congress session,
 * or a 街道's 议政代表会) and 乡长有约 / 镇长有约 (deputies meet the head of government at a station).
 * Their pages are computed from the suggestions whose `source` says so, grouped by sitting, so
 * they never drift from the tracker.
 */
import type { IsoDate } from '../calendar/dates.js';
import type { Suggestion, SuggestionSource } from '../model.js';
import { compareText } from '../text/compare.js';

/** The sources that have a page of sittings. */
export const MEETING_SOURCES = ['questioning', 'meet-the-head'] as const satisfies readonly SuggestionSource[];
export type MeetingSource = (typeof MEETING_SOURCES)[number];

/** One sitting: its date, what it was called, where, who took part and what was raised. */
export interface Sitting<S extends Pick<Suggestion, 'id' | 'meeting' | 'history' | 'deputies' | 'station'>> {
  /** Stable within the town: the date and the meeting's name. */
  key: string;
  date: IsoDate;
  /** `meeting` as written by the first item, if any. */
  meeting?: string;
  /** The station where it was held, when the items say so. */
  station?: string;
  /** Every deputy who raised an item, once, in order of first mention. */
  deputies: string[];
  items: S[];
}

/** The day an item was raised: its `submitted` entry, else its first. */
export function raisedOn(suggestion: Pick<Suggestion, 'history'>): IsoDate | undefined {
  return (suggestion.history.find((h) => h.stage === 'submitted') ?? suggestion.history[0])?.date;
}

/**
 * The sittings of one kind, newest first; within one, items in the order the content lists them.
 * Items of the same day and `meeting` (or without `meeting`, the same day and station) are one sitting.
 */
export function sittings<S extends Pick<Suggestion, 'id' | 'source' | 'meeting' | 'history' | 'deputies' | 'station'>>(suggestions: readonly S[], source: MeetingSource): Sitting<S>[] {
  const byKey = new Map<string, Sitting<S>>();
  for (const item of suggestions) {
    if (item.source !== source) continue;
    const date = raisedOn(item);
    if (!date) continue;
    const key = `${date}|${item.meeting?.trim() || item.station || ''}`;
    let sitting = byKey.get(key);
    if (!sitting) {
      sitting = { key, date, ...(item.meeting ? { meeting: item.meeting.trim() } : {}), ...(item.station ? { station: item.station } : {}), deputies: [], items: [] };
      byKey.set(key, sitting);
    }
    sitting.items.push(item);
    for (const deputy of item.deputies) if (!sitting.deputies.includes(deputy)) sitting.deputies.push(deputy);
  }
  return [...byKey.values()].sort((a, b) => compareText(b.date, a.date) || compareText(a.key, b.key));
}
