/**
 * Reception rules (“每月10日”, “每周二上午”, “每季最后一周”, a dated event) as words and as the
 * next date they fall on. Pure functions on `YYYY-MM-DD` strings in the town's calendar.
 */
import { addDays, dateParts, daysInMonth, isoWeekday, makeDate } from './dates.js';
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

/**
 * The first date on or after `from` when the rule applies. A monthly day that a month lacks
 * (the 31st in April) falls on that month's last day: stations keep a reception every month.
 * A quarterly last week gives its Monday (or `from` when inside it). `undefined` when a dated
 * event has passed.
 */
export function nextReceptionDate(rule: ReceptionRule, from: string): string | undefined {
  const [year, month, day] = dateParts(from);
  switch (rule.kind) {
    case 'monthly': {
      const thisMonth = Math.min(rule.day, daysInMonth(year, month));
      if (thisMonth >= day) return makeDate(year, month, thisMonth);
      const [ny, nm] = month === 12 ? [year + 1, 1] : [year, month + 1];
      return makeDate(ny, nm, Math.min(rule.day, daysInMonth(ny, nm)));
    }
    case 'weekly': {
      return addDays(from, (rule.weekday - isoWeekday(from) + 7) % 7);
    }
    case 'quarterly-last-week': {
      for (let q = 0; q < 2; q++) {
        const quarterEndMonth = (Math.floor((month - 1) / 3) + 1 + q) * 3;
        const y = year + Math.floor((quarterEndMonth - 1) / 12);
        const m = ((quarterEndMonth - 1) % 12) + 1;
        const lastDay = makeDate(y, m, daysInMonth(y, m));
        const start = addDays(lastDay, -6);
        if (from <= lastDay) return from >= start ? from : start;
      }
      return undefined;
    }
    case 'once':
      return rule.date >= from ? rule.date : undefined;
  }
}

export interface NextReception {
  date: string;
  /** The rule that gives it, or the mobile stop. */
  rule?: ReceptionRule;
  stop?: MobileStop;
}

/** The soonest reception over all of a station's rules and stops. */
export function nextReception(rules: readonly ReceptionRule[], stops: readonly MobileStop[] | undefined, from: string): NextReception | undefined {
  let best: NextReception | undefined;
  for (const rule of rules) {
    const date = nextReceptionDate(rule, from);
    if (date && (!best || date < best.date)) best = { date, rule };
  }
  for (const stop of stops ?? []) {
    if (stop.date >= from && (!best || stop.date < best.date)) best = { date: stop.date, stop };
  }
  return best;
}
