/**
 * China's official public holidays and make-up workdays (调休上班), as the State Council's yearly
 * notice (国务院办公厅关于××年部分节假日安排的通知) sets them. Webmasters: add next year's notice
 * here each December (it is usually published in November), and a town's own days off or extra
 * working days in `town.json` → `calendar` (see README, “Reception schedules”).
 *
 * Why a file and not a package: the maintained npm package `chinese-days` (1.5.7, May 2026) stops
 * at 2026, and the widgets carry this calendar to the browser, where a dozen lines of dates are
 * cheaper than a dependency.
 */
import { addDays, isoWeekday, type IsoDate } from './dates.js';

export interface HolidayYear {
  /** Each break, first to last day inclusive, named as the notice names it. */
  breaks: readonly { name: string; from: IsoDate; to: IsoDate }[];
  /** Weekend days that are working days (调休上班). */
  workdays: readonly IsoDate[];
  /** The notice the dates come from. */
  source: string;
  /**
   * True while the notice is not yet entered: the breaks are the statutory days of the 2024
   * holiday regulation (全国年节及纪念日放假办法, 2024 revision) plus the usual compensation for
   * statutory days on a weekend; replace them with the notice's dates.
   */
  provisional?: boolean;
}

export const CHINA_HOLIDAYS: Readonly<Record<number, HolidayYear>> = {
  2025: {
    source: '国办发明电〔2024〕12号',
    breaks: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    source: '国办发明电〔2025〕7号',
    breaks: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  2027: {
    source: '全国年节及纪念日放假办法 (2024); check against the 2027 notice',
    provisional: true,
    breaks: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
      // 除夕 5 Feb (Fri) to 初三 8 Feb (Mon); the Saturday and Sunday among them are made up on 9 and 10 Feb.
      { name: '春节', from: '2027-02-05', to: '2027-02-10' },
      { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
      { name: '劳动节', from: '2027-05-01', to: '2027-05-04' },
      { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
      { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
      { name: '国庆节', from: '2027-10-01', to: '2027-10-05' },
    ],
    workdays: [],
  },
};

/** A town's departures from the national calendar (`town.json` → `calendar`). */
export interface CalendarExceptions {
  /** Extra days off, e.g. a local festival (三月三). */
  holidays?: readonly IsoDate[];
  /** Days that are working days though the national calendar says otherwise. */
  workdays?: readonly IsoDate[];
}

/** Which days are days off: public holidays and weekends, less make-up workdays. */
export interface WorkCalendar {
  holidays: ReadonlySet<IsoDate>;
  workdays: ReadonlySet<IsoDate>;
}

function expand(years: Readonly<Record<number, HolidayYear>>): { holidays: Set<IsoDate>; workdays: Set<IsoDate> } {
  const holidays = new Set<IsoDate>();
  const workdays = new Set<IsoDate>();
  for (const year of Object.values(years)) {
    for (const { from, to } of year.breaks) for (let d = from; d <= to; d = addDays(d, 1)) holidays.add(d);
    for (const d of year.workdays) workdays.add(d);
  }
  return { holidays, workdays };
}

/** The national calendar. */
export const CHINA_WORK_CALENDAR: WorkCalendar = expand(CHINA_HOLIDAYS);

/** The national calendar with a town's exceptions on top (a town's word wins). */
export function workCalendar(exceptions?: CalendarExceptions, base: WorkCalendar = CHINA_WORK_CALENDAR): WorkCalendar {
  if (!exceptions?.holidays?.length && !exceptions?.workdays?.length) return base;
  // The same town's calendar is the same object on every page, so what is computed from it can be kept.
  const known = combined.get(exceptions);
  if (known?.base === base && known.holidayCount === exceptions.holidays?.length && known.workdayCount === exceptions.workdays?.length) return known.calendar;
  const calendar = combine(exceptions, base);
  combined.set(exceptions, { base, holidayCount: exceptions.holidays?.length, workdayCount: exceptions.workdays?.length, calendar });
  return calendar;
}

const combined = new WeakMap<CalendarExceptions, { base: WorkCalendar; holidayCount: number | undefined; workdayCount: number | undefined; calendar: WorkCalendar }>();

function combine(exceptions: CalendarExceptions, base: WorkCalendar): WorkCalendar {
  const holidays = new Set(base.holidays);
  const workdays = new Set(base.workdays);
  for (const d of exceptions.holidays ?? []) {
    holidays.add(d);
    workdays.delete(d);
  }
  for (const d of exceptions.workdays ?? []) {
    workdays.add(d);
    holidays.delete(d);
  }
  return { holidays, workdays };
}

/** True on a public holiday (and a town's own day off). */
export function isPublicHoliday(date: IsoDate, calendar: WorkCalendar = CHINA_WORK_CALENDAR): boolean {
  return calendar.holidays.has(date);
}

/** A weekday that is not a holiday, or a make-up workday. */
export function isWorkingDay(date: IsoDate, calendar: WorkCalendar = CHINA_WORK_CALENDAR): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return isoWeekday(date) <= 5;
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: IsoDate, calendar: WorkCalendar = CHINA_WORK_CALENDAR): IsoDate {
  let d = date;
  for (let guard = 0; guard < 60 && !isWorkingDay(d, calendar); guard++) d = addDays(d, 1);
  return d;
}

/** The years the national calendar covers, and whether the last is only provisional. */
export function holidayCoverage(): { first: number; last: number; provisional: number[] } {
  const years = Object.keys(CHINA_HOLIDAYS).map(Number).sort((a, b) => a - b);
  return { first: years[0]!, last: years[years.length - 1]!, provisional: years.filter((y) => CHINA_HOLIDAYS[y]!.provisional) };
}
