/**
 * “Add to calendar”: a station's upcoming receptions as an iCalendar file (RFC 5545) that phone
 * calendars import. Dates come from the same rules as “next reception” (`reception.ts`);
 * times are the town's (China Standard Time, no daylight saving), declared in a VTIMEZONE so
 * a phone set to another zone still shows the right hour.
 */
import type { Locale, MobileStop, ReceptionRule, Station } from '../model.js';
import { describeReception, nextReceptionDate } from './reception.js';
import { pointIn } from '../geo/coordinates.js';
import * as ZH from '../text/translations/zh-CN.js';
import * as EN from '../text/translations/en.js';

export interface ReceptionOccurrence {
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day when it lasts several days (a quarter's last week). */
  lastDate?: string;
  /** HH:MM, when the rule or stop gives one. */
  start?: string;
  end?: string;
  rule?: ReceptionRule;
  stop?: MobileStop;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** “09:00-11:30” → start and end; “09:00” → start only. */
function times(time: string | undefined): { start?: string; end?: string } {
  const match = time ? /^(\d{2}:\d{2})(?:-(\d{2}:\d{2}))?$/.exec(time) : null;
  if (!match) return {};
  return match[2] ? { start: match[1]!, end: match[2] } : { start: match[1]! };
}

/** Every reception of a station from `from` to `to` (inclusive), in date order. */
export function receptionOccurrences(station: Pick<Station, 'reception' | 'stops'>, from: string, to: string): ReceptionOccurrence[] {
  const out: ReceptionOccurrence[] = [];
  for (const rule of station.reception) {
    if (rule.kind === 'quarterly-last-week') {
      // The week is one event from Monday of the last seven days to the quarter's last day.
      let cursor = from;
      for (let guard = 0; guard < 12; guard++) {
        const start = nextReceptionDate(rule, cursor);
        if (!start) break;
        const quarterEnd = lastDayOfQuarter(start);
        const weekStart = addDays(quarterEnd, -6);
        if (weekStart > to) break;
        out.push({ date: weekStart, lastDate: quarterEnd, rule, ...times(rule.time) });
        cursor = addDays(quarterEnd, 1);
      }
      continue;
    }
    let cursor = from;
    for (let guard = 0; guard < 400; guard++) {
      const date = nextReceptionDate(rule, cursor);
      if (!date || date > to) break;
      out.push({ date, rule, ...times(rule.time) });
      cursor = addDays(date, 1);
    }
  }
  for (const stop of station.stops ?? []) {
    if (stop.date >= from && stop.date <= to) out.push({ date: stop.date, stop, ...times(stop.time) });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''));
}

function lastDayOfQuarter(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const endMonth = Math.ceil(m / 3) * 3;
  return new Date(Date.UTC(y, endMonth, 0)).toISOString().slice(0, 10);
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets fold onto continuation lines starting with a space (§3.1),
 * counting UTF-8 bytes and never splitting a character: Chinese text is 3 bytes a character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface StationIcsOptions {
  /** The first day to include, YYYY-MM-DD (the town's today). */
  from: string;
  /** Days ahead to include; default 183 (about six months). */
  days?: number;
  /** DTSTAMP: when the file was made. */
  now: Date;
  locale?: Locale;
  /** The station's page, added to each event. */
  url?: string;
  /** Right-hand side of each UID, e.g. the site's host; keeps UIDs stable across downloads. */
  uidDomain?: string;
  /** Names of the deputies stationed there. */
  deputyNames?: readonly string[];
}

const TEXT = { 'zh-CN': ZH.calendarFile, en: EN.calendarFile } as const;

/** The station's receptions from `from` for `days` days, as one `.ics` file (CRLF line ends). */
export function stationIcs(station: Station, options: StationIcsOptions): string {
  const locale = options.locale ?? 'zh-CN';
  const text = TEXT[locale];
  const to = addDays(options.from, (options.days ?? 183) - 1);
  const domain = options.uidDomain ?? 'renda-kit';
  const [lng, lat] = pointIn(station.location, 'wgs84');
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//renda-kit//station-map//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(station.name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const seen = new Map<string, number>();
  for (const occurrence of receptionOccurrences(station, options.from, to)) {
    const n = (seen.get(occurrence.date) ?? 0) + 1;
    seen.set(occurrence.date, n);
    const title = occurrence.stop
      ? `${station.name} · ${occurrence.stop.place}`
      : `${occurrence.rule?.label ?? text.reception} · ${station.name}`;
    const description = [
      occurrence.rule ? `${text.rule}: ${describeReception(occurrence.rule, locale)}` : `${text.stop}: ${occurrence.stop!.place}`,
      options.deputyNames?.length ? `${text.deputies}: ${options.deputyNames.join(locale === 'zh-CN' ? '、' : ', ')}` : '',
      station.phone ?? '',
      options.url ?? '',
    ].filter(Boolean);
    const halfDay = occurrence.rule?.kind === 'weekly' ? occurrence.rule.halfDay : undefined;
    lines.push('BEGIN:VEVENT', `UID:${station.id}-${compactDate(occurrence.date)}-${n}@${domain}`, `DTSTAMP:${utcStamp(options.now)}`);
    if (occurrence.start) {
      lines.push(`DTSTART;TZID=Asia/Shanghai:${compactDate(occurrence.date)}T${compactTime(occurrence.start)}`);
      if (occurrence.end) lines.push(`DTEND;TZID=Asia/Shanghai:${compactDate(occurrence.date)}T${compactTime(occurrence.end)}`);
      // A week-long 履职周 with daily hours repeats each day rather than running day and night.
      if (occurrence.lastDate) lines.push(`RRULE:FREQ=DAILY;UNTIL=${compactDate(occurrence.lastDate)}T235959`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(occurrence.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(occurrence.lastDate ?? occurrence.date, 1))}`);
    }
    lines.push(
      `SUMMARY:${escapeText(halfDay && !occurrence.start ? `${title}（${describeHalfDay(halfDay, locale)}）` : title)}`,
      `LOCATION:${escapeText(occurrence.stop?.place ?? station.address)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      ...(occurrence.stop?.location || !occurrence.stop ? [`GEO:${geo(occurrence.stop?.location ? pointIn(occurrence.stop.location, 'wgs84') : [lng, lat])}`] : []),
      ...(options.url ? [`URL:${options.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** GEO is WGS-84 latitude;longitude (§3.8.1.6); six decimals is 0.1 m. */
function geo([lng, lat]: readonly [number, number]): string {
  return `${lat.toFixed(6)};${lng.toFixed(6)}`;
}

function describeHalfDay(halfDay: 'morning' | 'afternoon' | 'all-day', locale: Locale): string {
  const words = { 'zh-CN': { morning: '上午', afternoon: '下午', 'all-day': '全天' }, en: { morning: 'morning', afternoon: 'afternoon', 'all-day': 'all day' } };
  return words[locale][halfDay];
}
