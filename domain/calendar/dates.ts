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

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * True for a date-time with its offset that exists on the calendar and the clock:
 * `2026-02-28T09:30:00+08:00`. Hours 0–23, minutes and seconds 0–59, offsets within ±14:00
 * (the widest on Earth). `2026-02-30T25:61:00+08:00` is not one.
 */
export function isRealDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match || !isRealDate(match[1]!)) return false;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (match[5] === 'Z') return true;
  const [offsetHours, offsetMinutes] = [Number(match[7]), Number(match[8])];
  return offsetMinutes <= 59 && offsetHours * 60 + offsetMinutes <= 14 * 60;
}

/** True for a `YYYY-MM` month that exists: month 1–12. */
export function isRealYearMonth(text: string): boolean {
  const match = YEAR_MONTH.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

/** True for a clock time `HH:MM` (00:00–23:59), or a span `HH:MM-HH:MM` of two that does not run backwards. */
export function isRealTimeOfDay(text: string): boolean {
  const match = /^(\d{2}):(\d{2})(?:-(\d{2}):(\d{2}))?$/.exec(text);
  if (!match) return false;
  const minutes = (h: string, m: string) => (Number(h) <= 23 && Number(m) <= 59 ? Number(h) * 60 + Number(m) : NaN);
  const from = minutes(match[1]!, match[2]!);
  if (Number.isNaN(from)) return false;
  if (match[3] === undefined) return true;
  const to = minutes(match[3], match[4]!);
  return !Number.isNaN(to) && to > from;
}

/** Today's date in China (UTC+8), as `YYYY-MM-DD`, whatever the machine's or phone's time zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The date in China of a `YYYY-MM-DD` date (itself) or of an ISO date-time with its offset
 * (`2026-11-30T23:30:00Z` is 1 December in China); undefined for anything else. Widgets take the
 * server's render time in either form (`rendered-at`).
 */
export function chinaDateOf(value: string): IsoDate | undefined {
  if (isRealDate(value)) return value;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : todayInChina(new Date(ms));
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

/**
 * The date and minute of the day in China of an instant (a `Date` or an ISO date-time with its
 * offset); a bare `YYYY-MM-DD` gives the date with no minute (the whole day). `undefined` for
 * anything else.
 */
export function chinaMoment(now: Date | string): { date: IsoDate; minutes?: number } | undefined {
  if (typeof now === 'string' && isRealDate(now)) return { date: now };
  const ms = typeof now === 'string' ? (/^\d{4}-\d{2}-\d{2}T/.test(now) ? Date.parse(now) : NaN) : now.getTime();
  if (Number.isNaN(ms)) return undefined;
  const local = new Date(ms + CHINA_OFFSET_MS);
  return { date: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}
