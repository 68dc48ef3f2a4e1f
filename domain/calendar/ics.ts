/**
 * “Add to calendar”: a station's upcoming receptions as an iCalendar file (RFC 5545) that phone
 * calendars import. Dates come from the same rules as “next reception” (`reception.ts`);
 * times are the town's (China Standard Time, no daylight saving), declared in a VTIMEZONE so
 * a phone set to another zone still shows the right hour.
 */
import type { Locale, MobileStop, ReceptionRule, Station } from '../model.js';
import { describeReception, heldReceptions } from './reception.js';
import { CHINA_WORK_CALENDAR, type WorkCalendar } from './holidays.js';
import { pointIn } from '../geo/coordinates.js';
import * as ZH from '../text/translations/zh-CN.js';
import * as EN from '../text/translations/en.js';
import { compareText } from '../text/compare.js';

export interface ReceptionOccurrence {
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day when it lasts several days (a quarter's last week). */
  lastDate?: string;
  /** Days between `date` and `lastDate` it is not held: a holiday inside a 履职周. */
  exceptDates?: string[];
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

/**
 * Every reception of a station from `from` to `to` (inclusive), in date order, on the days it is
 * held: moved off or skipped on weekends and public holidays as each rule says.
 */
export function receptionOccurrences(station: Pick<Station, 'reception' | 'stops'>, from: string, to: string, calendar: WorkCalendar = CHINA_WORK_CALENDAR): ReceptionOccurrence[] {
  // A station's receptions go into its own calendar, the town's and each of its deputies': computed once.
  const key = `${from}|${to}`;
  const known = occurrences.get(station)?.get(calendar)?.get(key);
  if (known && known.reception === station.reception && known.stops === station.stops) return known.list;
  const list = computeOccurrences(station, from, to, calendar);
  const byCalendar = occurrences.get(station) ?? new WeakMap();
  occurrences.set(station, byCalendar);
  const byRange = byCalendar.get(calendar) ?? new Map();
  byCalendar.set(calendar, byRange);
  byRange.set(key, { reception: station.reception, stops: station.stops, list });
  return list;
}

type OccurrenceCache = WeakMap<WorkCalendar, Map<string, { reception: Station['reception']; stops: Station['stops']; list: ReceptionOccurrence[] }>>;
const occurrences = new WeakMap<Pick<Station, 'reception' | 'stops'>, OccurrenceCache>();

function computeOccurrences(station: Pick<Station, 'reception' | 'stops'>, from: string, to: string, calendar: WorkCalendar): ReceptionOccurrence[] {
  const out: ReceptionOccurrence[] = [];
  for (const rule of station.reception) {
    for (const held of heldReceptions(rule, from, calendar, 400, to)) {
      const days = held.days.filter((d) => d <= to);
      if (!days.length) break;
      const first = days[0]!;
      const last = days[days.length - 1]!;
      const occurrence: ReceptionOccurrence = { date: first, rule, ...times(rule.time) };
      if (rule.kind === 'quarterly-last-week' && last > first) {
        occurrence.lastDate = last;
        const except: string[] = [];
        for (let d = first; d < last; d = addDays(d, 1)) if (!days.includes(d)) except.push(d);
        if (except.length) occurrence.exceptDates = except;
      }
      out.push(occurrence);
    }
  }
  for (const stop of station.stops ?? []) {
    if (stop.date >= from && stop.date <= to) out.push({ date: stop.date, stop, ...times(stop.time) });
  }
  return out.sort((a, b) => compareText(a.date, b.date) || compareText(a.start ?? '', b.start ?? ''));
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 length of one code point. */
const utf8Size = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Lines longer than 75 octets fold onto continuation lines starting with a space (§3.1),
 * counting UTF-8 bytes and never splitting a character: Chinese text is 3 bytes a character.
 */
export function foldLine(line: string): string {
  // Short lines (most of them) are returned at once: at most 3 bytes per UTF-16 unit.
  if (line.length * 3 <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Size(char.codePointAt(0)!);
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
  /** Days off (national holidays and the town's own); default the national calendar. */
  calendar?: WorkCalendar;
}

/** One station in a calendar of several (a town's, a deputy's). */
export interface CalendarStation {
  station: Station;
  /** The station's page. */
  url?: string;
  deputyNames?: readonly string[];
}

export interface ReceptionsIcsOptions extends Omit<StationIcsOptions, 'url' | 'deputyNames'> {
  /** The calendar's name, as a phone lists it. */
  name: string;
}

const TEXT = { 'zh-CN': ZH.calendarFile, en: EN.calendarFile } as const;

/** The station's receptions from `from` for `days` days, as one `.ics` file (CRLF line ends). */
export function stationIcs(station: Station, options: StationIcsOptions): string {
  const { url, deputyNames, ...rest } = options;
  return receptionsIcs([{ station, url, deputyNames }], { ...rest, name: station.name });
}

/** The start of every renda calendar: its name, China's time zone. */
function calendarHead(name: string): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//renda-kit//station-map//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
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
}

/** The receptions of several stations in one `.ics` file: a town's, or a deputy's stations'. */
export function receptionsIcs(stations: readonly CalendarStation[], options: ReceptionsIcsOptions): string {
  const locale = options.locale ?? 'zh-CN';
  const to = addDays(options.from, (options.days ?? 183) - 1);
  const parts = [calendarHead(options.name).map(foldLine).join('\r\n')];
  for (const entry of stations) {
    const events = stationEventsText(entry, options, locale, to);
    if (events) parts.push(events);
  }
  parts.push('END:VCALENDAR');
  return `${parts.join('\r\n')}\r\n`;
}

/**
 * A station's events, folded, as one block of lines. A site writes each station's events into
 * several calendars (the station's, the town's, each of its deputies'), so the block is made once
 * per station and settings: keyed by the station and calendar objects, which a build never changes.
 */
function stationEventsText(entry: CalendarStation, options: ReceptionsIcsOptions, locale: Locale, to: string): string {
  const key = [locale, options.from, to, utcStamp(options.now), options.uidDomain ?? '', entry.url ?? '', (entry.deputyNames ?? []).join('\u0000')].join('\u0001');
  let byCalendar = eventBlocks.get(entry.station);
  if (!byCalendar) eventBlocks.set(entry.station, (byCalendar = new WeakMap()));
  const calendarKey = options.calendar ?? CHINA_WORK_CALENDAR;
  let blocks = byCalendar.get(calendarKey);
  if (!blocks) byCalendar.set(calendarKey, (blocks = new Map()));
  let text = blocks.get(key);
  if (text === undefined) {
    text = stationEvents(entry, options, locale, to).map(foldLine).join('\r\n');
    // A page open for days makes a calendar at each click, each at its own moment: the oldest go.
    if (blocks.size >= EVENT_BLOCKS_PER_STATION) blocks.delete(blocks.keys().next().value!);
    blocks.set(key, text);
  }
  return text;
}

/** Settings kept per station and calendar: a build uses a few (languages, pages); a map, one per click. */
const EVENT_BLOCKS_PER_STATION = 16;

const eventBlocks = new WeakMap<Station, WeakMap<WorkCalendar, Map<string, string>>>();

/** A China (UTC+8) date and `HH:MM` as a UTC date-time: RRULE's UNTIL must be UTC when DTSTART has a zone (RFC 5545 §3.3.10). */
function utcOfChinaTime(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d, Number(time.slice(0, 2)) - 8, Number(time.slice(3, 5)));
  return utcStamp(new Date(ms));
}

function stationEvents({ station, url, deputyNames }: CalendarStation, options: ReceptionsIcsOptions, locale: Locale, to: string): string[] {
  const text = TEXT[locale];
  const domain = options.uidDomain ?? 'renda-kit';
  const [lng, lat] = pointIn(station.location, 'wgs84');
  const lines: string[] = [];
  const seen = new Map<string, number>();
  for (const occurrence of receptionOccurrences(station, options.from, to, options.calendar)) {
    const n = (seen.get(occurrence.date) ?? 0) + 1;
    seen.set(occurrence.date, n);
    const title = occurrence.stop
      ? `${station.name} · ${occurrence.stop.place}`
      : `${occurrence.rule?.label ?? text.reception} · ${station.name}`;
    const description = [
      occurrence.rule ? `${text.rule}: ${describeReception(occurrence.rule, locale)}` : `${text.stop}: ${occurrence.stop!.place}`,
      deputyNames?.length ? `${text.deputies}: ${deputyNames.join(locale === 'zh-CN' ? '、' : ', ')}` : '',
      station.phone ?? '',
      url ?? '',
    ].filter(Boolean);
    const halfDay = occurrence.rule?.kind === 'weekly' ? occurrence.rule.halfDay : undefined;
    lines.push('BEGIN:VEVENT', `UID:${station.id}-${compactDate(occurrence.date)}-${n}@${domain}`, `DTSTAMP:${utcStamp(options.now)}`);
    if (occurrence.start) {
      lines.push(`DTSTART;TZID=Asia/Shanghai:${compactDate(occurrence.date)}T${compactTime(occurrence.start)}`);
      if (occurrence.end) lines.push(`DTEND;TZID=Asia/Shanghai:${compactDate(occurrence.date)}T${compactTime(occurrence.end)}`);
      // A week-long 履职周 with daily hours repeats each day rather than running day and night.
      if (occurrence.lastDate) {
        lines.push(`RRULE:FREQ=DAILY;UNTIL=${utcOfChinaTime(occurrence.lastDate, occurrence.start)}`);
        for (const d of occurrence.exceptDates ?? []) lines.push(`EXDATE;TZID=Asia/Shanghai:${compactDate(d)}T${compactTime(occurrence.start)}`);
      }
    } else if (occurrence.lastDate) {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(occurrence.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(occurrence.date, 1))}`);
      lines.push(`RRULE:FREQ=DAILY;UNTIL=${compactDate(occurrence.lastDate)}`);
      for (const d of occurrence.exceptDates ?? []) lines.push(`EXDATE;VALUE=DATE:${compactDate(d)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(occurrence.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(occurrence.date, 1))}`);
    }
    lines.push(
      `SUMMARY:${escapeText(halfDay && !occurrence.start ? `${title}（${describeHalfDay(halfDay, locale)}）` : title)}`,
      `LOCATION:${escapeText(occurrence.stop?.place ?? station.address)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      ...(occurrence.stop?.location || !occurrence.stop ? [`GEO:${geo(occurrence.stop?.location ? pointIn(occurrence.stop.location, 'wgs84') : [lng, lat])}`] : []),
      ...(url ? [`URL:${url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  return lines;
}

/** One day's event of a record calendar (the deputies' activities): what happened, where, and its page. */
export interface DayEvent {
  /** Unique within the calendar and stable across builds, e.g. the record's id. */
  id: string;
  date: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
}

/**
 * Dated events as one `.ics` file of all-day events (a town's 代表活动: group meetings, classes,
 * inspections, 议政代表会 meetings), so a resident or a clerk can follow them in a phone's calendar.
 */
export function dayEventsIcs(events: readonly DayEvent[], options: { name: string; now: Date; uidDomain?: string }): string {
  const domain = options.uidDomain ?? 'renda-kit';
  const lines = calendarHead(options.name);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${domain}`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
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
