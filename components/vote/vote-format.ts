/**
 * Dates, times and shares for the vote widget, the same on the server and in any browser:
 * built from numbers, not from a locale's long format, so server-rendered text hydrates unchanged.
 */
import { formatDate, type Locale } from '../base/localize.js';

/** Polls open and close on Beijing time, wherever the phone is. */
const CHINA_OFFSET_MS = 8 * 3600_000;

/** `2026年11月30日 20:00` / `November 30, 2026, 20:00`, in Beijing time. Unparseable input comes back as is. */
export function formatDateTime(iso: string, locale: Locale): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const china = new Date(ms + CHINA_OFFSET_MS).toISOString();
  const time = china.slice(11, 16);
  return locale === 'zh-CN' ? `${formatDate(china, locale)} ${time}` : `${formatDate(china, locale)}, ${time}`;
}

/** `2025-11` → 2025年11月 / November 2025; full dates as formatDate. */
export function formatMonth(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(date);
  if (!match) return formatDate(date, locale);
  const [y, m] = [Number(match[1]), Number(match[2])];
  if (locale === 'zh-CN') return `${y}年${m}月`;
  return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A share as text with one decimal: `75.5%`; `—` when there is nothing to share. */
export function formatShare(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '—';
}

/** A share for a bar's width, 0–100, kept visible (≥ 0.5) when the count is not zero. */
export function barWidth(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  return Math.max(0.5, Math.min(100, (part / whole) * 100));
}
