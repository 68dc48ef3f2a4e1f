/**
 * The card's “next reception” line: the soonest date, over all of the deputy's stations, on
 * which one of them receives residents, in words a resident reads at a glance (今天, 明天,
 * 12月10日（周四）). Dates are `YYYY-MM-DD` in the town's calendar (China, UTC+8).
 */
import { nextReception } from '../base/reception.js';
import { WEEKDAY_LABELS } from '../base/labels.js';
import type { Locale } from '../base/localize.js';
import type { MobileStop, ReceptionRule } from '../../site/content/types.js';
import type { CardStation } from './deputy-record.js';

export interface DeputyNextReception {
  date: string;
  station: CardStation;
  rule?: ReceptionRule;
  stop?: MobileStop;
}

/** Today's date in China, whatever the visitor's device time zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The soonest reception on or after `from` at any of the stations; ties go to the first station. */
export function nextDeputyReception(stations: readonly CardStation[], from: string): DeputyNextReception | undefined {
  let best: DeputyNextReception | undefined;
  for (const station of stations) {
    const next = nextReception(station.reception ?? [], station.stops, from);
    if (next && (!best || next.date < best.date)) best = { ...next, station };
  }
  return best;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))) / 86_400_000);
}

function weekday(date: string): number {
  return ((new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10))).getUTCDay() + 6) % 7) + 1;
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
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  const day = WEEKDAY_LABELS[locale][weekday(date)]!;
  if (zh) return `${sameYear ? '' : `${y}年`}${m}月${d}日（${day}）`;
  return `${day}, ${EN_MONTHS[m - 1]} ${d}${sameYear ? '' : `, ${y}`}`;
}

const HALF_DAY = {
  'zh-CN': { morning: '上午', afternoon: '下午', 'all-day': '全天' },
  en: { morning: 'morning', afternoon: 'afternoon', 'all-day': 'all day' },
} as const;

export interface NextReceptionWords {
  /** 今天 / 明天 / 12月10日（周四）, with 起 when a reception week starts that day. */
  day: string;
  /** What happens: time, half day, the rule's label or the mobile stop's place. */
  detail: string;
}

/** The line's words, apart from the station's name (a link) and the date's machine form. */
export function describeNextReception(next: DeputyNextReception, today: string, locale: Locale, relative = true): NextReceptionWords {
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
