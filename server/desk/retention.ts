/**
 * Erasing residents' contact data when the case no longer needs it (`renda staff purge`, meant to
 * run daily): the name and phone of a message declined, or whose suggestion finished, more than
 * the retention period ago are erased from the database, its text kept masked as published; a
 * desk-made suggestion file finished that long ago keeps only masked text and the masked name.
 * Each erasure is recorded in the audit trail (the reference or id, never what was erased).
 */
import type { Suggestion } from '../../domain/model.js';
import { chinaDateOf, type IsoDate } from '../../domain/calendar/dates.js';
import { maskSuggestion } from '../../domain/privacy.js';
import { standing } from '../../domain/suggestions/loop.js';
import { contactDue, contactErasableOn } from '../../domain/suggestions/retention.js';
import type { DeskMessage, DeskStore } from './desk-store.js';
import { listSuggestions, replaceSuggestion, type SuggestionFile } from './suggestion-files.js';

/** A suggestion with every free text masked and the submitter reduced to 王先生 / 某, as published. */
export function maskedForKeeping(suggestion: Suggestion): Suggestion {
  const masked = maskSuggestion({ ...suggestion, public: true })!;
  return { ...masked, ...(suggestion.public === false ? { public: false } : {}) };
}

/** JSON with keys in one order, to tell whether two records say the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}

/** The day a message's case ended, if it has: declined, or its suggestion finished. */
function endedOn(message: DeskMessage, suggestions: ReadonlyMap<string, SuggestionFile>, today: IsoDate): IsoDate | undefined {
  if (message.status === 'declined') return message.decidedAt ? chinaDateOf(message.decidedAt) : undefined;
  if ((message.status === 'accepted' || message.status === 'merged') && message.suggestion) {
    const file = suggestions.get(message.suggestion);
    return file ? standing(file.suggestion, today).finishedOn : undefined;
  }
  return undefined;
}

/** When each message's name and phone will be erased: a date, or undefined while the case is open. */
export function erasureDates(messages: readonly DeskMessage[], files: readonly SuggestionFile[], today: IsoDate, days: number): Map<string, IsoDate | undefined> {
  const byId = new Map(files.map((f) => [f.suggestion.id, f]));
  return new Map(messages.map((m) => [m.reference, contactErasableOn(endedOn(m, byId, today), days)]));
}

export interface PurgeResult {
  messages: string[];
  suggestions: string[];
}

export async function purgeContacts(options: { store: DeskStore; contentDir: string; towns: readonly string[]; today: IsoDate; days: number; address?: string; now: () => number }): Promise<PurgeResult> {
  const result: PurgeResult = { messages: [], suggestions: [] };
  for (const town of options.towns) {
    const files = await listSuggestions(options.contentDir, town);
    const byId = new Map(files.map((f) => [f.suggestion.id, f]));
    const audit = (target: string, detail: string) =>
      options.store.addAudit({ at: new Date(options.now()).toISOString(), town, user: '(purge)', action: 'purge', target, address: options.address ?? 'cli', detail });
    for (const message of await options.store.messages(town)) {
      if (message.name === '' || !contactDue(endedOn(message, byId, options.today), options.today, options.days)) continue;
      const masked = maskedForKeeping({ id: 'x', title: '-', body: message.body, category: '-', source: 'scan', submitter: message.name, deputies: [], history: [] }).body;
      if (await options.store.eraseContact(message.reference, masked)) {
        result.messages.push(message.reference);
        await audit(message.reference, `name, phone (${options.days} days)`);
      }
    }
    for (const file of files) {
      const { suggestion } = file;
      if (!contactDue(standing(suggestion, options.today).finishedOn, options.today, options.days)) continue;
      const kept = maskedForKeeping(suggestion);
      if (canonical(kept) === canonical(suggestion)) continue; // erased before
      const outcome = await replaceSuggestion(options.contentDir, town, suggestion.id, file.version, () => kept);
      if (outcome.status === 'written') {
        result.suggestions.push(suggestion.id);
        await audit(suggestion.id, `submitter, free text masked (${options.days} days)`);
      }
    }
  }
  return result;
}
