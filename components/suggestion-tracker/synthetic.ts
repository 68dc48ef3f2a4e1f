/**
 * Large and skewed suggestion sets for stories, tests and benchmarks, made from published
 * (already masked) suggestions: copies with new numbers, a place in the title, and the whole
 * history moved back in time together, so every copy still passes the content rules.
 */
import type { HistoryEntry, PublicSuggestion } from '../../domain/model.js';
import { addCalendarMonths, daysBetween } from '../../domain/calendar/dates.js';

const PLACES = ['东村', '西岙', '南塘', '北山', '石桥村', '泉口社区', '新河社区', '枫林村', '湖滨小区', '工业园区', '老街', '中学路', '火车站片区', '菜市场'];

/** A small deterministic generator (mulberry32), so a story shows the same list every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shift(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export interface SyntheticOptions {
  count: number;
  /** No step after this day. */
  today: string;
  seed?: number;
  /** How far back copies may be moved, in days (default about five years). */
  spreadDays?: number;
}

/** `count` suggestions cloned round-robin from `base`, each moved back by a random number of days. */
export function syntheticSuggestions(base: readonly PublicSuggestion[], options: SyntheticOptions): PublicSuggestion[] {
  if (base.length === 0) return [];
  const next = random(options.seed ?? 20250310);
  const spread = options.spreadDays ?? 1800;
  const out: PublicSuggestion[] = [];
  for (let n = 0; n < options.count; n++) {
    const source = base[n % base.length]!;
    const last = source.history[source.history.length - 1]!.date;
    // Never past today: the latest step lands between `spread` days ago and today.
    const room = Math.max(0, daysBetween(last, options.today));
    const days = room - Math.floor(next() * spread);
    const move = (d: string) => shift(d, Math.min(days, room));
    const place = PLACES[Math.floor(next() * PLACES.length)]!;
    out.push({
      ...source,
      id: `S${String(n + 1).padStart(5, '0')}`,
      title: `${source.title}（${place}）`,
      deputies: [...source.deputies],
      history: source.history.map((h): HistoryEntry => ({ ...h, date: move(h.date), ...(h.deadline ? { deadline: move(h.deadline) } : {}) })),
    });
  }
  return out;
}

/**
 * A town where departments stall: about `share` of the suggestions stop at their assignment,
 * assigned long enough ago to be past the 3-month deadline on `today`.
 */
export function overdueHeavy(base: readonly PublicSuggestion[], today: string, share = 0.6, seed = 7): PublicSuggestion[] {
  const next = random(seed);
  return base.map((s) => {
    const assigned = s.history.findIndex((h) => h.stage === 'assigned');
    if (assigned === -1 || next() >= share) return s;
    // Assigned 4 to 10 months before today: every stalled item is past its 3-month clock.
    const assignedOn = addCalendarMonths(today, -(4 + Math.floor(next() * 7)));
    const days = daysBetween(s.history[assigned]!.date, assignedOn);
    const history = s.history.slice(0, assigned + 1).map((h) => ({ ...h, date: shift(h.date, days) }));
    const { outcome: _o, satisfaction: _s, reply: _r, ...rest } = s;
    return { ...rest, history: history.map(({ deadline: _d, complex: _c, ...h }) => h) };
  });
}
