/** The inbox's filters: read from the query (unknown values ignored), applied, and written back for the export links. */
import { chinaDateOf } from '../../domain/calendar/dates.js';
import type { TownCatalogue } from '../catalogue.js';
import { MESSAGE_STATUSES, type DeskMessage, type MessageStatus } from './desk-store.js';
import type { InboxFilters } from './pages.js';

export function filtersFrom(url: URL, town: TownCatalogue | undefined): InboxFilters {
  const p = url.searchParams;
  const filters: InboxFilters = {};
  const deputy = p.get('deputy');
  if (deputy && town?.deputies.has(deputy)) filters.deputy = deputy;
  const station = p.get('station');
  if (station && town?.stations.has(station)) filters.station = station;
  const status = p.get('status');
  if (status && (MESSAGE_STATUSES as readonly string[]).includes(status)) filters.status = status as MessageStatus;
  for (const key of ['from', 'to'] as const) {
    const value = p.get(key);
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) filters[key] = value;
  }
  const q = p.get('q')?.trim().slice(0, 100);
  if (q) filters.q = q;
  return filters;
}

export function applyFilters(messages: readonly DeskMessage[], f: InboxFilters): DeskMessage[] {
  const q = f.q?.toLowerCase();
  return messages.filter((m) => {
    const day = chinaDateOf(m.receivedAt) ?? '';
    return (
      (!f.deputy || m.deputy === f.deputy) &&
      (!f.station || m.station === f.station) &&
      (!f.status || m.status === f.status) &&
      (!f.from || day >= f.from) &&
      (!f.to || day <= f.to) &&
      (!q || m.reference.toLowerCase().includes(q) || m.name.toLowerCase().includes(q) || m.body.toLowerCase().includes(q) || (m.phone ?? '').includes(q))
    );
  });
}

export const filterQuery = (f: InboxFilters) => new URLSearchParams(Object.entries(f).filter(([, v]) => v !== undefined) as [string, string][]).toString();
