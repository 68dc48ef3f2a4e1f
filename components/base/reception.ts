/**
 * Reception rules (“每月10日”, “每周二上午”, “每季最后一周”, a dated event) as words and as the
 * next date they fall on. Pure functions on `YYYY-MM-DD` strings in the town's calendar.
 */
import type { MobileStop, ReceptionRule } from '../../site/content/types.js';
import { WEEKDAY_LABELS, type LabelLocale } from './labels.js';

const HALF_DAY: Record<LabelLocale, Record<'morning' | 'afternoon' | 'all-day', string>> = {
  'zh-CN': { morning: '上午', afternoon: '下午', 'all-day': '全天' },
  en: { morning: 'morning', afternoon: 'afternoon', 'all-day': 'all day' },
};

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** “每月10日 09:00-11:30 接待日” / “Every month on the 10th, 09:00-11:30 (接待日)”. */
export function describeReception(rule: ReceptionRule, locale: LabelLocale = 'zh-CN'): string {
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

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The first date on or after `from` when the rule applies. A monthly day that a month lacks
 * (the 31st in April) falls on that month's last day: stations keep a reception every month.
 * A quarterly last week gives its Monday (or `from` when inside it). `undefined` when a dated
 * event has passed.
 */
export function nextReceptionDate(rule: ReceptionRule, from: string): string | undefined {
  const [year, month, day] = parts(from);
  switch (rule.kind) {
    case 'monthly': {
      const thisMonth = Math.min(rule.day, daysIn(year, month));
      if (thisMonth >= day) return format(year, month, thisMonth);
      const [ny, nm] = month === 12 ? [year + 1, 1] : [year, month + 1];
      return format(ny, nm, Math.min(rule.day, daysIn(ny, nm)));
    }
    case 'weekly': {
      const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
      return addDays(from, (rule.weekday - weekday + 7) % 7);
    }
    case 'quarterly-last-week': {
      for (let q = 0; q < 2; q++) {
        const quarterEndMonth = (Math.floor((month - 1) / 3) + 1 + q) * 3;
        const y = year + Math.floor((quarterEndMonth - 1) / 12);
        const m = ((quarterEndMonth - 1) % 12) + 1;
        const lastDay = format(y, m, daysIn(y, m));
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
