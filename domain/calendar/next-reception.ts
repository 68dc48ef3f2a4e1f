/**
 * The card's “next reception” line: the soonest date, over all of the deputy's stations, on
 * which one of them receives residents, in words a resident reads at a glance (今天, 明天,
 * 12月10日（周四）). Dates are `YYYY-MM-DD` in the town's calendar (China, UTC+8).
 */
import { dateParts, daysBetween, isoWeekday } from './dates.js';
import { HALF_DAY, nextReception, nextReceptionAt } from './reception.js';
import { CHINA_WORK_CALENDAR, type WorkCalendar } from './holidays.js';
import { WEEKDAY_LABELS } from '../text/labels.js';
import type { Locale, MobileStop, ReceptionRule } from '../model.js';

/** A place that receives residents: a station with its rules and mobile stops. */
export interface ReceptionPlace {
  reception?: readonly ReceptionRule[];
  stops?: readonly MobileStop[];
}

export interface DeputyNextReception<S extends ReceptionPlace = ReceptionPlace> {
  date: string;
  station: S;
  rule?: ReceptionRule;
  stop?: MobileStop;
}

/** The soonest reception on or after the date `from` at any of the stations; ties go to the first station. */
export function nextDeputyReception<S extends ReceptionPlace>(stations: readonly S[], from: string, calendar: WorkCalendar = CHINA_WORK_CALENDAR): DeputyNextReception<S> | undefined {
  return soonestAt(stations, (station) => nextReception(station.reception ?? [], station.stops, from, calendar));
}

/**
 * The soonest reception not yet over at the instant `now` (a `Date` or ISO date-time, read on
 * China's clock): what a phone shows; a page built ahead of time uses the date form.
 */
export function nextDeputyReceptionAt<S extends ReceptionPlace>(stations: readonly S[], now: Date | string, calendar: WorkCalendar = CHINA_WORK_CALENDAR): DeputyNextReception<S> | undefined {
  return soonestAt(stations, (station) => nextReceptionAt(station.reception ?? [], station.stops, now, calendar));
}

function soonestAt<S extends ReceptionPlace>(stations: readonly S[], next: (station: S) => ReturnType<typeof nextReception>): DeputyNextReception<S> | undefined {
  let best: DeputyNextReception<S> | undefined;
  for (const station of stations) {
    const found = next(station);
    if (found && (!best || found.date < best.date)) best = { ...found, station };
  }
  return best;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The date as a resident says it: 今天 / 明天 / 12月10日（周四） / 2027年1月10日（周日）;
 * Today / Tomorrow / Thursday, December 10 / Sunday, January 10, 2027. The year only when it is
 * not this year. `relative: false` never says today or tomorrow: for HTML that is read on later
 * days than it was made.
 */
export function describeDay(date: string, today: string, locale: Locale, relative = true): string {
  const diff = daysBetween(today, date);
  const zh = locale === 'zh-CN';
  if (relative && diff === 0) return zh ? '今天' : 'Today';
  if (relative && diff === 1) return zh ? '明天' : 'Tomorrow';
  const [y, m, d] = dateParts(date);
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  const day = WEEKDAY_LABELS[locale][isoWeekday(date)]!;
  if (zh) return `${sameYear ? '' : `${y}年`}${m}月${d}日（${day}）`;
  return `${day}, ${EN_MONTHS[m - 1]} ${d}${sameYear ? '' : `, ${y}`}`;
}

export interface NextReceptionWords {
  /** 今天 / 明天 / 12月10日（周四）, with 起 when a reception week starts that day. */
  day: string;
  /** What happens: time, half day, the rule's label or the mobile stop's place. */
  detail: string;
}

/** The line's words, apart from the station's name (a link) and the date's machine form. */
export function describeNextReception(next: DeputyNextReception<ReceptionPlace>, today: string, locale: Locale, relative = true): NextReceptionWords {
  const zh = locale === 'zh-CN';
  let day = describeDay(next.date, today, locale, relative);
  const details: string[] = [];
  if (next.rule) {
    // A quarter's reception week gives its first day; say it lasts a week.
    if (next.rule.kind === 'quarterly-last-week') day += zh ? '起' : ' (week starting)';
    if (next.rule.kind === 'weekly' && next.rule.halfDay) details.push(HALF_DAY[locale][next.rule.halfDay]);
    if (next.rule.time) details.push(next.rule.time);
    if (next.rule.label) details.push(next.rule.label);
  } else if (next.stop) {
    if (next.stop.time) details.push(next.stop.time);
    details.push(next.stop.place);
  }
  return { day, detail: details.join(zh ? ' ' : ', ') };
}
