/** What a staff account may see and handle: the clerk the whole town, a station its own and its deputies', a deputy their own. */
import type { Suggestion } from '../../domain/model.js';
import type { TownCatalogue } from '../catalogue.js';
import type { StaffAccount } from './desk-store.js';

interface Addressed {
  town: string;
  deputy?: string;
  station?: string;
}

export function mayHandleMessage(account: StaffAccount, message: Addressed, town: TownCatalogue | undefined): boolean {
  if (message.town !== account.town) return false;
  if (account.role === 'clerk') return true;
  if (account.role === 'deputy') return message.deputy !== undefined && message.deputy === account.deputy;
  if (message.station !== undefined && message.station === account.station) return true;
  const deputies = account.station ? town?.stationDeputies.get(account.station) : undefined;
  return message.deputy !== undefined && (deputies?.has(message.deputy) ?? false);
}

/** Suggestions are read from the account's own town's folder only, so the town always matches. */
export function mayHandleSuggestion(account: StaffAccount, suggestion: Pick<Suggestion, 'deputies' | 'station'>, town: TownCatalogue | undefined): boolean {
  if (account.role === 'clerk') return true;
  if (account.role === 'deputy') return account.deputy !== undefined && suggestion.deputies.includes(account.deputy);
  if (suggestion.station !== undefined && suggestion.station === account.station) return true;
  const deputies = account.station ? town?.stationDeputies.get(account.station) : undefined;
  return suggestion.deputies.some((id) => deputies?.has(id) ?? false);
}
