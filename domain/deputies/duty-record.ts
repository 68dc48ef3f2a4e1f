/**
 * A deputy's 履职档案: what the record shows they did, for the term and for each year, computed only
 * from the content (receptions attended, suggestions raised or received and how they ended, the
 * activities taken part in). The Deputies Law (art. 58) asks that deputies' performance be made
 * public; a number without its parts is not shown anywhere.
 */
import { ACTIVITY_KINDS, type Activity, type ActivityKind, type Reception, type Suggestion, type SuggestionSource } from '../model.js';
import type { IsoDate } from '../calendar/dates.js';
import { suggestionFigures, type Rate } from '../suggestions/figures.js';
import { raisedOn } from '../suggestions/meetings.js';
import { compareText } from '../text/compare.js';

/** Sources where a deputy raises a matter themselves; the rest are residents' matters a deputy received. */
export const DEPUTY_RAISED_SOURCES: ReadonlySet<SuggestionSource> = new Set(['session', 'recess', 'questioning', 'meet-the-head']);

/** One period of the record: a year, or the whole term so far. */
export interface DutyPeriod {
  /** `2026`, or `term`. */
  period: number | 'term';
  /** Receptions the deputy was present at, and the residents met there. */
  receptions: number;
  residentsMet: number;
  /** Suggestions the deputy raised (at a session, in recess, questioning, meeting the head of government). */
  raised: number;
  /** Residents' matters the deputy received (scan, reception, visit, other). */
  received: number;
  /** 办成率 and 满意率 of all of them, by the one definition (domain/suggestions/figures.ts). */
  done: Rate;
  satisfied: Rate;
  /** Activities taken part in, by kind. */
  activities: Record<ActivityKind, number>;
}

export interface DutyRecordInput {
  receptions: readonly Reception[];
  suggestions: readonly (Pick<Suggestion, 'id' | 'source' | 'deputies' | 'history' | 'department' | 'satisfaction' | 'outcome'>)[];
  activities: readonly Activity[];
}

const yearOf = (date: IsoDate | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

function period(deputy: string, input: DutyRecordInput, today: IsoDate, inPeriod: (date: IsoDate | undefined) => boolean, label: number | 'term'): DutyPeriod {
  const receptions = input.receptions.filter((r) => r.deputies.includes(deputy) && inPeriod(r.date) && r.date <= today);
  const theirs = input.suggestions.filter((s) => s.deputies.includes(deputy) && inPeriod(raisedOn(s)));
  const raised = theirs.filter((s) => DEPUTY_RAISED_SOURCES.has(s.source)).length;
  const figures = suggestionFigures(theirs, today);
  const activities = Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, 0])) as Record<ActivityKind, number>;
  for (const activity of input.activities) if (activity.deputies.includes(deputy) && inPeriod(activity.date) && activity.date <= today) activities[activity.kind]++;
  return {
    period: label,
    receptions: receptions.length,
    residentsMet: receptions.reduce((sum, r) => sum + r.residents, 0),
    raised,
    received: theirs.length - raised,
    done: figures.done,
    satisfied: figures.satisfied,
    activities,
  };
}

/**
 * The deputy's record: one period per year with anything in it (newest first), then the term.
 * `since` is the term's first day: nothing before it counts.
 */
export function dutyRecord(deputy: string, input: DutyRecordInput, today: IsoDate, since?: IsoDate): DutyPeriod[] {
  const inTerm = (date: IsoDate | undefined) => !!date && (!since || date >= since);
  const years = new Set<number>();
  for (const r of input.receptions) if (r.deputies.includes(deputy) && inTerm(r.date)) years.add(yearOf(r.date)!);
  for (const s of input.suggestions) if (s.deputies.includes(deputy) && inTerm(raisedOn(s))) years.add(yearOf(raisedOn(s))!);
  for (const a of input.activities) if (a.deputies.includes(deputy) && inTerm(a.date)) years.add(yearOf(a.date)!);
  const thisYear = yearOf(today)!;
  return [
    ...[...years].filter((y) => y <= thisYear).sort((a, b) => b - a).map((year) => period(deputy, input, today, (d) => inTerm(d) && yearOf(d) === year, year)),
    period(deputy, input, today, inTerm, 'term'),
  ];
}

/** Activities a deputy took part in, newest first. */
export function activitiesOf(deputy: string, activities: readonly Activity[]): Activity[] {
  return activities.filter((a) => a.deputies.includes(deputy)).sort((a, b) => compareText(b.date, a.date));
}

/**
 * The few words a deputy's card shows of the record: one year (the build's), summed from that
 * year's period. The card links to the whole record; it never shows a score.
 */
export interface DutySummary {
  year: number;
  receptions: number;
  residentsMet: number;
  /** Raised and received together. */
  suggestions: number;
  activities: number;
}

/** The year's summary from the record's periods (zeros when that year has nothing yet). */
export function dutySummary(periods: readonly DutyPeriod[], year: number): DutySummary {
  const p = periods.find((period) => period.period === year);
  if (!p) return { year, receptions: 0, residentsMet: 0, suggestions: 0, activities: 0 };
  return {
    year,
    receptions: p.receptions,
    residentsMet: p.residentsMet,
    suggestions: p.raised + p.received,
    activities: Object.values(p.activities).reduce((sum, n) => sum + n, 0),
  };
}

/** A station's last reception as the map's details show it: the day, who was there, how many came. */
export interface LastReception {
  date: IsoDate;
  deputies: string[];
  residents: number;
}

/** The latest reception at `station` on or before today (the last listed wins a tie), if any. */
export function lastReception(receptions: readonly Reception[], station: string, today: IsoDate): LastReception | undefined {
  let last: Reception | undefined;
  for (const r of receptions) if (r.station === station && r.date <= today && (!last || r.date >= last.date)) last = r;
  return last ? { date: last.date, deputies: [...last.deputies], residents: last.residents } : undefined;
}
