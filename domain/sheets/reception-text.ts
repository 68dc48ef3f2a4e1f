/**
 * A station's reception rules as a clerk writes them in one cell, and back:
 * `每月10日 09:00-11:30 代表接待日；每周二 上午 08:30-11:30（节假日取消）代表值班；每季最后一周 履职周；2026-06-12 19:00-21:30 夜谈会`.
 * Rules are separated by “；”; each is its day, then an optional half day and time, an optional
 * holiday note (顺延 is the default and not written), and the rest is its label.
 */
import type { ReceptionRule } from '../model.js';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'] as const;
const HALF_DAYS = { morning: '上午', afternoon: '下午', 'all-day': '全天' } as const;
const HOLIDAY_NOTES = { skip: '（节假日取消）', keep: '（节假日照常）', 'next-working-day': '（节假日顺延）' } as const;

function day(rule: ReceptionRule): string {
  switch (rule.kind) {
    case 'monthly':
      return `每月${rule.day}日`;
    case 'weekly':
      return `每周${WEEKDAYS[rule.weekday - 1] ?? rule.weekday}${rule.halfDay ? ` ${HALF_DAYS[rule.halfDay]}` : ''}`;
    case 'quarterly-last-week':
      return '每季最后一周';
    case 'once':
      return rule.date;
  }
}

export function formatReceptionRules(rules: readonly ReceptionRule[]): string {
  return rules
    .map((rule) => `${day(rule)}${rule.time ? ` ${rule.time}` : ''}${rule.onHoliday && rule.onHoliday !== 'next-working-day' ? HOLIDAY_NOTES[rule.onHoliday] : rule.onHoliday ? HOLIDAY_NOTES['next-working-day'] : ''}${rule.label ? ` ${rule.label}` : ''}`)
    .join('；');
}

const RULE = /^(?:每月\s*(\d{1,2})\s*[日号]|每周\s*([一二三四五六日天1-7])(?:\s*(上午|下午|全天))?|(每季(?:度)?最后一周)|(\d{4}-\d{2}-\d{2}))\s*(\d{2}:\d{2}(?:\s*[-–—~～至]\s*\d{2}:\d{2})?)?\s*(（节假日(?:顺延|取消|照常)）|\(节假日(?:顺延|取消|照常)\))?\s*(.*)$/u;

/** The rules a cell says, or the part that could not be read. */
export function parseReceptionRules(text: string): { rules: ReceptionRule[] } | { unreadable: string } {
  const rules: ReceptionRule[] = [];
  for (const part of text.split(/[；;\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const m = RULE.exec(part);
    if (!m) return { unreadable: part };
    const [, monthDay, weekday, halfDay, quarterly, date, time, holiday, label] = m;
    const extra = {
      ...(time ? { time: time.replace(/\s*[-–—~～至]\s*/, '-') } : {}),
      ...(holiday ? { onHoliday: holiday.includes('取消') ? ('skip' as const) : holiday.includes('照常') ? ('keep' as const) : ('next-working-day' as const) } : {}),
      ...(label?.trim() ? { label: label.trim() } : {}),
    };
    if (monthDay) rules.push({ kind: 'monthly', day: Number(monthDay), ...extra });
    else if (weekday) {
      const n = '一二三四五六日'.indexOf(weekday) + 1 || (weekday === '天' ? 7 : Number(weekday));
      const half = halfDay ? (Object.entries(HALF_DAYS).find(([, word]) => word === halfDay)![0] as keyof typeof HALF_DAYS) : undefined;
      rules.push({ kind: 'weekly', weekday: n, ...(half ? { halfDay: half } : {}), ...extra });
    } else if (quarterly) rules.push({ kind: 'quarterly-last-week', ...extra });
    else rules.push({ kind: 'once', date: date!, ...extra });
  }
  return { rules };
}
