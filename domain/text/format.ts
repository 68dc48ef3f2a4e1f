/**
 * Dates, numbers, amounts and rates as people read them, in zh-CN and en. Built from numbers, not
 * from the viewer's time zone, so server-rendered text and the browser's agree to the character.
 */
import { LOCALES, type Locale } from '../model.js';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Maps a BCP 47 tag to a supported locale; anything that is not English reads as zh-CN. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return DEFAULT_LOCALE;
}

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A calendar date for people: 2025年3月5日 / March 5, 2025; a year-month `2025-03` as 2025年3月 /
 * March 2025. ISO strings are read as written (the date part of `2025-03-05T23:30+08:00` is the
 * 5th), never shifted through the viewer's time zone. Unparseable input comes back unchanged;
 * `undefined` and invalid `Date`s as ''.
 */
export function formatDate(date: Date | string | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (date === undefined) return '';
  let y: number;
  let m: number;
  let d: number;
  if (typeof date === 'string') {
    const month = ISO_MONTH.exec(date);
    if (month) return formatMonth(date, locale);
    const match = ISO_DATE.exec(date);
    if (!match) return date;
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    if (Number.isNaN(date.getTime())) return '';
    [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  }
  if (locale === 'zh-CN') return `${y}年${m}月${d}日`;
  return (EN_DATE ??= new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(Date.UTC(y, m - 1, d)));
}

// Built once, on first use: a site formats tens of thousands of dates, and a formatter costs more
// than the date. Not when the module loads: the first formatter a page builds sets up the
// browser's locale data (about 100 ms on a slow phone), which a Chinese page never needs.
let EN_DATE: Intl.DateTimeFormat | undefined;
let EN_MONTH: Intl.DateTimeFormat | undefined;

/** `2025-11` → 2025年11月 / November 2025; full dates as formatDate. */
export function formatMonth(date: string, locale: Locale = DEFAULT_LOCALE): string {
  const match = ISO_MONTH.exec(date);
  if (!match) return formatDate(date, locale);
  const [y, m] = [Number(match[1]), Number(match[2])];
  if (locale === 'zh-CN') return `${y}年${m}月`;
  return (EN_MONTH ??= new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' })).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Polls open and close on Beijing time, wherever the phone is. */
const CHINA_OFFSET_MS = 8 * 3600_000;

/** `2026年11月30日 20:00` / `November 30, 2026, 20:00`, in Beijing time. Unparseable input comes back as is. */
export function formatDateTime(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const china = new Date(ms + CHINA_OFFSET_MS).toISOString();
  const time = china.slice(11, 16);
  return locale === 'zh-CN' ? `${formatDate(china, locale)} ${time}` : `${formatDate(china, locale)}, ${time}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to build and lists format thousands of numbers: one per locale and options. */
export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE, options?: Intl.NumberFormatOptions): string {
  // Whole numbers, as counts nearly always are, read the same in both languages (12,345): grouped
  // here, since the first formatter a page builds sets up the browser's locale data (about 100 ms
  // on a slow phone) for a page that may need nothing else of it. Tested against Intl.
  if (!options && Number.isSafeInteger(value) && !Object.is(value, -0)) return groupThousands(value);
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const groupThousands = (value: number): string => {
  const digits = String(Math.abs(value));
  const grouped = digits.length > 3 ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits;
  return value < 0 ? `-${grouped}` : grouped;
};

/** `1234.5` 万元 → `1,234.5万元` / `¥12.345 million`. */
export function formatWan(amount: number | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (amount === undefined) return '';
  return locale === 'en' ? `¥${(amount / 100).toLocaleString('en', { maximumFractionDigits: 3 })} million` : `${amount.toLocaleString('zh-CN')}万元`;
}

/** A share as text with one decimal: `75.5%`; `—` when there is nothing to share. */
export function formatShare(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '—';
}
