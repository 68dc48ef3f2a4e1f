/**
 * The generators' own date steps (the next 10th of a month, the next Tuesday, the Monday of a
 * quarter's last week), for simulating a town's year. Arithmetic and "today" come from
 * domain/calendar.ts; what a published reception rule means is domain/reception.ts.
 */
import { addCalendarMonths, addDays, dateParts, fromTime, isRealDate, toTime, type IsoDate } from '../../domain/calendar/dates.js';
import { formatDate, formatMonth } from '../../domain/text/format.js';

export { addDays, daysBetween, fromTime, isRealDate, toTime, type IsoDate } from '../../domain/calendar/dates.js';

/** Calendar months, clamped to the month's end: 3 months after 11-30 is 02-28 (or 29). */
export const addMonths = addCalendarMonths;

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

export const year = (date: IsoDate): number => dateParts(date)[0];
export const month = (date: IsoDate): number => dateParts(date)[1];

/** “2026年3月12日”, as Chinese notices write dates. */
export const zhDate = (date: IsoDate): string => formatDate(date, 'zh-CN');

/** “2026年3月” */
export const zhMonth = (date: IsoDate): string => formatMonth(date.slice(0, 7), 'zh-CN');

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
