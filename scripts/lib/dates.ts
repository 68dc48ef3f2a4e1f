/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Everything is done in UTC so that a generator run
 * in Beijing and one run on a CI machine in Frankfurt write the same dates.
 */

export type IsoDate = string;

const DAY = 86_400_000;

export function toTime(date: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function fromTime(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

export function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  return fromTime(toTime(date)) === date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromTime(toTime(date) + days * DAY);
}

/** Calendar months, clamped to the month's end: 3 months after 11-30 is 02-28 (or 29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const t = new Date(toTime(date));
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + months;
  const d = t.getUTCDate();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromTime(Date.UTC(y, m, Math.min(d, last)));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toTime(to) - toTime(from)) / DAY);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekday(date: IsoDate): number {
  return new Date(toTime(date)).getUTCDay();
}

export function year(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function month(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

/** “2026年3月12日”, as Chinese notices write dates. */
export function zhDate(date: IsoDate): string {
  return `${year(date)}年${month(date)}月${Number(date.slice(8, 10))}日`;
}

/** “2026年3月” */
export function zhMonth(date: IsoDate): string {
  return `${year(date)}年${month(date)}月`;
}

/** The first date on or after `from` that is the given day of a month (skipping short months). */
export function nextMonthDay(from: IsoDate, day: number): IsoDate {
  let cursor = `${from.slice(0, 7)}-${String(day).padStart(2, '0')}`;
  for (let i = 0; i < 24; i++) {
    if (isRealDate(cursor) && cursor >= from) return cursor;
    cursor = `${addMonths(`${cursor.slice(0, 7)}-01`, 1).slice(0, 7)}-${String(day).padStart(2, '0')}`;
  }
  throw new Error(`no day ${day} after ${from}`);
}

/** The first date on or after `from` falling on the weekday (0 = Sunday). */
export function nextWeekday(from: IsoDate, day: number): IsoDate {
  return addDays(from, (day - weekday(from) + 7) % 7);
}

/** Monday of the last full-or-partial week that ends a quarter, at or after `from`. */
export function nextQuarterLastWeek(from: IsoDate): IsoDate {
  let y = year(from);
  let q = Math.floor((month(from) - 1) / 3);
  for (let i = 0; i < 8; i++) {
    const lastDay = fromTime(Date.UTC(y, q * 3 + 3, 0));
    const monday = addDays(lastDay, -((weekday(lastDay) + 6) % 7));
    if (monday >= from) return monday;
    q += 1;
    if (q === 4) {
      q = 0;
      y += 1;
    }
  }
  throw new Error(`no quarter end after ${from}`);
}
