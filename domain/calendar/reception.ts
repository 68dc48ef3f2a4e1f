/**
 * Reception rules (“每月10日”, “每周二上午”, “每季最后一周”, a dated event) as words and as the
 * dates they are held on. Pure functions on `YYYY-MM-DD` strings in the town's calendar; a day off
 * (weekend or official public holiday, `holidays.ts`) moves or drops a reception as its rule says.
 */
import { addDays, chinaMoment, dateParts, daysInMonth, isoWeekday, makeDate, type IsoDate } from './dates.js';
import { CHINA_WORK_CALENDAR, isPublicHoliday, isWorkingDay, nextWorkingDay, type WorkCalendar } from './holidays.js';
import type { Locale, MobileStop, ReceptionRule } from '../model.js';
import { WEEKDAY_LABELS } from '../text/labels.js';
import * as ZH from '../text/translations/zh-CN.js';
import * as EN from '../text/translations/en.js';

/** The half day of a weekly reception, in words. */
export const HALF_DAY: Record<Locale, Record<'morning' | 'afternoon' | 'all-day', string>> = { 'zh-CN': ZH.halfDays, en: EN.halfDays };

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** “每月10日 09:00-11:30 接待日” / “Every month on the 10th, 09:00-11:30 (接待日)”. */
export function describeReception(rule: ReceptionRule, locale: Locale = 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  let text: string;
  switch (rule.kind) {
    case 'monthly':
      text = zh ? `每月${rule.day}日` : `Every month on the ${ordinal(rule.day)}`;
      break;
    case 'weekly': {
      const day = WEEKDAY_LABELS[locale][rule.weekday] ?? '';
      const half = rule.halfDay ? HALF_DAY[locale][rule.halfDay] : '';
      text = zh ? `每${day}${half}` : `Every ${day}${half ? ` ${half}` : ''}`;
      break;
    }
    case 'quarterly-last-week':
      text = zh ? '每季度最后一周' : 'The last week of each quarter';
      break;
    case 'once':
      text = rule.date;
      break;
  }
  const time = rule.time ? (zh ? ` ${rule.time}` : `, ${rule.time}`) : '';
  const label = rule.label ? (zh ? ` ${rule.label}` : ` (${rule.label})`) : '';
  return `${text}${time}${label}`;
}

/** The Monday of the quarter's last Monday–Friday week that lies wholly in the quarter. */
export function quarterLastWeekMonday(year: number, quarterEndMonth: number): IsoDate {
  const lastDay = makeDate(year, quarterEndMonth, daysInMonth(year, quarterEndMonth));
  const lastFriday = addDays(lastDay, -((isoWeekday(lastDay) - 5 + 7) % 7));
  return addDays(lastFriday, -4);
}

/** The rule's own date on or after `from`, before any day off moves it. */
function ruleDate(rule: ReceptionRule, from: IsoDate): IsoDate | undefined {
  const [year, month, day] = dateParts(from);
  switch (rule.kind) {
    case 'monthly': {
      // A day the month lacks (the 31st in April) falls on its last day: a reception every month.
      const thisMonth = Math.min(rule.day, daysInMonth(year, month));
      if (thisMonth >= day) return makeDate(year, month, thisMonth);
      const [ny, nm] = month === 12 ? [year + 1, 1] : [year, month + 1];
      return makeDate(ny, nm, Math.min(rule.day, daysInMonth(ny, nm)));
    }
    case 'weekly':
      return addDays(from, (rule.weekday - isoWeekday(from) + 7) % 7);
    case 'quarterly-last-week': {
      for (let q = 0; q < 3; q++) {
        const endMonth = (Math.floor((month - 1) / 3) + 1 + q) * 3;
        const monday = quarterLastWeekMonday(year + Math.floor((endMonth - 1) / 12), ((endMonth - 1) % 12) + 1);
        if (monday >= from) return monday;
      }
      return undefined;
    }
    case 'once':
      return rule.date >= from ? rule.date : undefined;
  }
}

/** True when the rule's own date is a day off for it. */
function isDayOff(rule: ReceptionRule, date: IsoDate, calendar: WorkCalendar): boolean {
  // A rule that names a weekend day (每周六) or a date means it: only a public holiday is a day off.
  if (rule.kind === 'once' || (rule.kind === 'weekly' && rule.weekday >= 6)) return isPublicHoliday(date, calendar) && !calendar.workdays.has(date);
  return !isWorkingDay(date, calendar);
}

/** One reception of a rule: the days it is held on (several for a 履职周), after days off. */
export interface HeldReception {
  rule: ReceptionRule;
  /** The rule's own date (a 履职周's Monday). */
  scheduled: IsoDate;
  /** The days it is held, in order; a moved reception has one, a 履职周 its working days. */
  days: IsoDate[];
}

function heldDays(rule: ReceptionRule, scheduled: IsoDate, calendar: WorkCalendar): IsoDate[] {
  const policy = rule.onHoliday ?? 'next-working-day';
  if (rule.kind === 'quarterly-last-week') {
    const week = [0, 1, 2, 3, 4].map((n) => addDays(scheduled, n));
    if (policy === 'keep') return week;
    const open = week.filter((d) => isWorkingDay(d, calendar));
    if (open.length || policy === 'skip') return open;
    return [nextWorkingDay(addDays(scheduled, 5), calendar)];
  }
  if (policy === 'keep' || !isDayOff(rule, scheduled, calendar)) return [scheduled];
  return policy === 'skip' ? [] : [nextWorkingDay(scheduled, calendar)];
}

/** How far back a reception may have been scheduled and still be moved to `from` or later. */
const LOOKBACK_DAYS = 21;

/**
 * The rule's receptions that are held on or after `from`, in order (at most `limit`, and none
 * scheduled after `until` when given: a reception is never moved earlier than its own date).
 */
export function heldReceptions(rule: ReceptionRule, from: IsoDate, calendar: WorkCalendar = CHINA_WORK_CALENDAR, limit = 400, until?: IsoDate): HeldReception[] {
  const out: HeldReception[] = [];
  let cursor = addDays(from, -LOOKBACK_DAYS);
  for (let guard = 0; guard < limit + 60 && out.length < limit; guard++) {
    const scheduled = ruleDate(rule, cursor);
    if (!scheduled || (until !== undefined && scheduled > until)) break;
    cursor = addDays(scheduled, 1);
    const days = heldDays(rule, scheduled, calendar).filter((d) => d >= from);
    if (days.length && !out.some((r) => r.days.includes(days[0]!))) out.push({ rule, scheduled, days });
  }
  return out;
}

/** A clock time `HH:MM` in minutes after midnight. */
function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** When the day's offices close: a reception without an end time is over by then. */
export const OFFICE_CLOSES = '17:30';

/**
 * The minute of the day a reception is over: the end of its time span; else the end of its half
 * day (noon for a morning, the office's closing for the rest); else the office's closing.
 */
export function receptionEndMinutes(time: string | undefined, halfDay?: 'morning' | 'afternoon' | 'all-day'): number {
  // Hand-typed rules may say 9:00 for 09:00.
  const span = time ? /^(\d{1,2}:\d{2})(?:-(\d{1,2}:\d{2}))?$/.exec(time) : null;
  if (span?.[2]) return minutesOf(span[2]);
  if (span?.[1]) return minutesOf(span[1]) < 12 * 60 ? 12 * 60 : Math.max(minutesOf(span[1]) + 60, minutesOf(OFFICE_CLOSES));
  if (halfDay === 'morning') return 12 * 60;
  return minutesOf(OFFICE_CLOSES);
}

/**
 * The first day on or after `from` when the rule's reception is held, after weekends and public
 * holidays. A 履职周 gives its first day still to come (its Monday, or `from` inside it).
 * `minutes` (the time of day on `from`, China time) drops a reception on `from` that is over.
 * `undefined` when a dated event has passed or was skipped.
 */
export function nextReceptionDate(rule: ReceptionRule, from: IsoDate, calendar: WorkCalendar = CHINA_WORK_CALENDAR, minutes?: number): IsoDate | undefined {
  const halfDay = rule.kind === 'weekly' ? rule.halfDay : undefined;
  const over = minutes !== undefined && minutes >= receptionEndMinutes(rule.time, halfDay);
  // A site asks this of each station's rules on many pages (every card of its deputies, the
  // station's page, the map's data): the answer is kept per rule, calendar and day.
  let byCalendar = nextDates.get(rule);
  if (!byCalendar) nextDates.set(rule, (byCalendar = new WeakMap()));
  let byDay = byCalendar.get(calendar);
  if (!byDay) byCalendar.set(calendar, (byDay = new Map()));
  const key = over ? `${from}+` : from;
  if (byDay.has(key)) return byDay.get(key);
  let next: IsoDate | undefined;
  search: for (const held of heldReceptions(rule, from, calendar, 3)) {
    for (const day of held.days) {
      if (!(over && day === from)) {
        next = day;
        break search;
      }
    }
  }
  if (byDay.size >= NEXT_DATES_PER_RULE) byDay.delete(byDay.keys().next().value!);
  byDay.set(key, next);
  return next;
}

/** Days kept per rule and calendar: a build asks for one day; a page open for weeks, a few. */
const NEXT_DATES_PER_RULE = 64;
const nextDates = new WeakMap<ReceptionRule, WeakMap<WorkCalendar, Map<string, IsoDate | undefined>>>();

export interface NextReception {
  date: string;
  /** The rule that gives it, or the mobile stop. */
  rule?: ReceptionRule;
  stop?: MobileStop;
}

function soonest(rules: readonly ReceptionRule[], stops: readonly MobileStop[] | undefined, from: IsoDate, minutes: number | undefined, calendar: WorkCalendar): NextReception | undefined {
  let best: NextReception | undefined;
  for (const rule of rules) {
    const date = nextReceptionDate(rule, from, calendar, minutes);
    if (date && (!best || date < best.date)) best = { date, rule };
  }
  for (const stop of stops ?? []) {
    if (stop.date < from || (stop.date === from && minutes !== undefined && minutes >= receptionEndMinutes(stop.time))) continue;
    if (!best || stop.date < best.date) best = { date: stop.date, stop };
  }
  return best;
}

/** The soonest reception on or after the date `from` (a whole day: one held today counts). */
export function nextReception(rules: readonly ReceptionRule[], stops: readonly MobileStop[] | undefined, from: IsoDate, calendar: WorkCalendar = CHINA_WORK_CALENDAR): NextReception | undefined {
  return soonest(rules, stops, from, undefined, calendar);
}

/**
 * The soonest reception not yet over at the instant `now` (a `Date` or an ISO date-time), read
 * on China's clock: at 18:41 a 09:00-11:30 reception today is past, and the next one is given.
 * A bare `YYYY-MM-DD` is taken as the whole day, as `nextReception` does.
 */
export function nextReceptionAt(rules: readonly ReceptionRule[], stops: readonly MobileStop[] | undefined, now: Date | string, calendar: WorkCalendar = CHINA_WORK_CALENDAR): NextReception | undefined {
  const moment = chinaMoment(now);
  if (!moment) return undefined;
  return soonest(rules, stops, moment.date, moment.minutes, calendar);
}
