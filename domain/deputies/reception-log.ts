/**
 * The reception log summed up: by month (what the town's log page groups under each month) and by
 * station over a period (how often each station received residents). Counts only: a reception's
 * residents are people counted at the door (人次), its matters the lines of the station's record.
 */
import type { IsoDate } from '../calendar/dates.js';
import type { Reception } from '../model.js';
import { compareText } from '../text/compare.js';

export interface ReceptionTotals {
  receptions: number;
  residents: number;
  matters: number;
}

export interface ReceptionMonth extends ReceptionTotals {
  /** `YYYY-MM`. */
  month: string;
  /** Its receptions, newest first. */
  log: Reception[];
}

export interface StationReceptions extends ReceptionTotals {
  station: string;
  /** The day of its latest reception in the period, if any. */
  last?: IsoDate;
}

const newestFirst = (a: Reception, b: Reception) => compareText(b.date, a.date) || compareText(a.station, b.station) || compareText(a.id, b.id);

function add(totals: ReceptionTotals, reception: Reception): void {
  totals.receptions += 1;
  totals.residents += reception.residents;
  totals.matters += reception.matters.length;
}

/** The receptions by month, newest month first, each with its totals. */
export function receptionMonths(receptions: readonly Reception[]): ReceptionMonth[] {
  const months = new Map<string, ReceptionMonth>();
  for (const reception of [...receptions].sort(newestFirst)) {
    const month = reception.date.slice(0, 7);
    let entry = months.get(month);
    if (!entry) months.set(month, (entry = { month, log: [], receptions: 0, residents: 0, matters: 0 }));
    entry.log.push(reception);
    add(entry, reception);
  }
  return [...months.values()];
}

/**
 * Each station's receptions from `since` to `until` (both included), in the stations' order: a
 * station that held none is listed with zeros, so a quiet station shows as such.
 */
export function stationReceptions(stations: readonly string[], receptions: readonly Reception[], since: IsoDate, until: IsoDate): StationReceptions[] {
  const byStation = new Map<string, StationReceptions>(stations.map((station) => [station, { station, receptions: 0, residents: 0, matters: 0 }]));
  for (const reception of receptions) {
    const entry = byStation.get(reception.station);
    if (!entry || reception.date < since || reception.date > until) continue;
    add(entry, reception);
    if (!entry.last || reception.date > entry.last) entry.last = reception.date;
  }
  return [...byStation.values()];
}
