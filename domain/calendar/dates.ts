/**
 * The town's calendar: dates are `YYYY-MM-DD` strings in China's time (UTC+8, no daylight saving),
 * and all arithmetic is done on UTC midnights so a build in Beijing and one on a CI machine in
 * Frankfurt agree. The one place that knows what "today" is in China.
 */

export type IsoDate = string;

const DAY_MS = 86_400_000;
/** China Standard Time: UTC+8 all year. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day of a `YYYY-MM-DD` date; throws a RangeError on anything else. */
export function dateParts(date: IsoDate): [year: number, month: number, day: number] {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a date that exists: `2025-02-29` is not one. */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Today's date in China (UTC+8), as `YYYY-MM-DD`, whatever the machine's or phone's time zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The UTC midnight of a date, in milliseconds. */
export function toTime(date: IsoDate): number {
  const [y, m, d] = dateParts(date);
  return Date.UTC(y, m - 1, d);
}

/** The date of a UTC time. */
export function fromTime(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` from numbers; month 1–12. Out-of-range parts roll over as `Date.UTC` does. */
export function makeDate(year: number, month: number, day: number): IsoDate {
  return fromTime(Date.UTC(year, month - 1, day));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = dateParts(date);
  return fromTime(Date.UTC(y, m - 1, d + days));
}

/** `date` plus `months` calendar months, ending on the month's last day when the day is missing (Civil Code art. 202). */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = dateParts(date);
  const monthIndex = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();
  return fromTime(Date.UTC(y, monthIndex, Math.min(d, lastDay)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return ((new Date(toTime(date)).getUTCDay() + 6) % 7) + 1;
}
