/**
 * Suggestions and their closed loop (递交 → 受理 → 审核 → 转办 → 答复 → 反馈 → 评议 → 销号).
 * Each item is simulated forward from the day it was raised, with its fate drawn up front (solved
 * on the spot, a hard matter, a slow department, a dissatisfied resident…), then cut off at
 * “today”. Whatever stage an item has reached by then is its current stage, so the mix of stages
 * comes out the way it does in a real town: old items closed, recent ones still moving.
 */
import type {
  HistoryEntry, Outcome, Satisfaction, Station, Suggestion, SuggestionSource, Town,
} from '../../domain/model.js';
import { addDays, addMonths, daysBetween, nextMonthDay, nextQuarterLastWeek, nextWeekday, toTime, fromTime, year, zhMonth, type IsoDate } from './dates.js';
import type { DeputyDraft } from './deputies.js';
import { departmentName, fill, pickIssue, type DeptKey, type Fill, type IssueTemplate } from './issues.js';
import { mobileNumber, residentId, residentName } from './names.js';
import type { Locale, Place } from './places.js';
import type { Rng, Weighted } from './random.js';

/** Items raised at one sitting: a congress session, 大会问政, or a 乡长有约 meeting. */
export interface SessionEvent {
  date: IsoDate;
  source: 'session' | 'questioning' | 'meet-the-head';
  count: number;
  /** Where it was raised, as the history note says it: “镇第十八届人大第五次会议”. */
  label: string;
  /** Station where the meeting was held, if any. */
  station?: string;
  /** Deputies of these levels raise these items (township deputies at a town session). */
  levels?: Array<DeputyDraft['levels'][number]>;
}

export interface SuggestionOptions {
  town: Town;
  places: Place[];
  locale: Locale;
  stations: Station[];
  deputies: DeputyDraft[];
  /** First possible submission date and the build date; no history entry goes past `today`. */
  start: IsoDate;
  today: IsoDate;
  /** Items raised day to day (scan, reception, visit, recess, other). */
  count: number;
  events: SessionEvent[];
  /** Items marked `public: false`. */
  privateCount: number;
  /** Items whose body carries a phone number, ID number or e-mail address for the loader to strip. */
  personalDataCount: number;
  /** Six-digit county code, for invented ID numbers. */
  areaCode: string;
  /** Telephone area code, for invented landlines. */
  phoneArea: string;
  /** Share of 2026 items a department never answers (they show as overdue). */
  stallShare?: number;
  /** Share of items from six weeks to four months ago whose first answer is rated 不满意. */
  reopenShare?: number;
  /** Share of day-to-day items raised in the last two weeks, so early stages are never empty. */
  recentShare?: number;
  /** Items whose story is set, counted within `count`: a demo shows every stage at least once. */
  scripts?: Partial<Record<ScriptName, number>>;
}

const DAILY_SOURCES: Weighted<SuggestionSource> = [
  ['scan', 40], ['reception', 26], ['visit', 16], ['recess', 8], ['other', 3],
];

const OUTCOMES: Weighted<Outcome> = [['A', 45], ['B', 25], ['C', 20], ['D', 10]];
const HARD_OUTCOMES: Weighted<Outcome> = [['A', 20], ['B', 35], ['C', 30], ['D', 15]];

function satisfactionFor(rng: Rng, outcome: Outcome): Satisfaction {
  const table: Record<Outcome, Weighted<Satisfaction>> = {
    A: [['satisfied', 86], ['basically-satisfied', 12], ['unsatisfied', 2]],
    B: [['satisfied', 58], ['basically-satisfied', 34], ['unsatisfied', 8]],
    C: [['satisfied', 42], ['basically-satisfied', 42], ['unsatisfied', 16]],
    D: [['satisfied', 22], ['basically-satisfied', 44], ['unsatisfied', 34]],
  };
  return rng.weighted(table[outcome]);
}

const SATISFACTION_ZH: Record<Satisfaction, string> = {
  satisfied: '满意',
  'basically-satisfied': '基本满意',
  unsatisfied: '不满意',
};

/** Submission dates grow denser towards today, as more residents learn to scan the codes. */
function dailyDate(rng: Rng, start: IsoDate, today: IsoDate): IsoDate {
  const span = daysBetween(start, today);
  for (;;) {
    const x = rng.next();
    if (rng.next() < 0.5 + 0.5 * x) return addDays(start, Math.floor(x * (span + 1)));
  }
}

/** The nearest reception day of a station on or after `from` (else the one before it). */
function receptionDay(rng: Rng, station: Station, from: IsoDate, today: IsoDate): IsoDate {
  if (station.kind === 'mobile') {
    const past = (station.stops ?? []).filter((s) => s.date <= today);
    return past.length > 0 ? rng.pick(past).date : from;
  }
  const after = (d: IsoDate): IsoDate | undefined => {
    const days = station.reception.map((r) => {
      switch (r.kind) {
        case 'monthly': return nextMonthDay(d, r.day);
        // Content counts 1 = Monday … 7 = Sunday; Date counts 0 = Sunday.
        case 'weekly': return nextWeekday(d, r.weekday % 7);
        case 'quarterly-last-week': return addDays(nextQuarterLastWeek(d), rng.int(0, 4));
        case 'once': return r.date >= d ? r.date : '9999-12-31';
      }
    });
    return days.sort()[0];
  };
  const next = after(from);
  if (next && next <= today) return next;
  const before = after(addDays(from, -35));
  return before && before <= today ? before : from;
}

class Timeline {
  readonly entries: HistoryEntry[] = [];
  constructor(public date: IsoDate) {}
  step(stage: HistoryEntry['stage'], gap: number, extra: Omit<HistoryEntry, 'stage' | 'date'> = {}): void {
    this.date = addDays(this.date, gap);
    this.entries.push({ stage, date: this.date, ...extra });
  }
}

/**
 * A set story: keep the first `cut` steps of an ordinary resident's item (submitted, accepted,
 * reviewed, assigned, replied, fed-back, rated, reopened, assigned, …) and end it `lastAgo` days
 * before today.
 */
interface Script {
  cut: number;
  lastAgo: [number, number];
  complex?: boolean;
  unsatisfied?: boolean;
}

export type ScriptName =
  | 'just-submitted' | 'accepted' | 'reviewed' | 'assigned-waiting' | 'overdue' | 'complex-waiting'
  | 'just-replied' | 'just-reopened' | 'reopened-waiting' | 'second-reply';

const SCRIPTS: Record<ScriptName, Script> = {
  'just-submitted': { cut: 1, lastAgo: [0, 3] },
  accepted: { cut: 2, lastAgo: [0, 4] },
  reviewed: { cut: 3, lastAgo: [0, 5] },
  'assigned-waiting': { cut: 4, lastAgo: [5, 80] },
  // Past the three-month deadline with no reply.
  overdue: { cut: 4, lastAgo: [100, 220] },
  // Past three months but inside the six allowed for a hard matter.
  'complex-waiting': { cut: 4, lastAgo: [95, 170], complex: true },
  'just-replied': { cut: 5, lastAgo: [0, 2] },
  'just-reopened': { cut: 8, lastAgo: [0, 1], unsatisfied: true },
  // Reassigned after 不满意, the one-month deadline still running.
  'reopened-waiting': { cut: 9, lastAgo: [3, 25], unsatisfied: true },
  'second-reply': { cut: 10, lastAgo: [0, 3], unsatisfied: true },
};

interface FirstRound {
  reply: string | undefined;
  outcome: Outcome;
  satisfaction: Satisfaction;
}

interface Draft {
  s: Suggestion;
  submitted: IsoDate;
}

export function generateSuggestions(rng: Rng, opt: SuggestionOptions): Suggestion[] {
  const { town, locale, today } = opt;
  const dept = (k: DeptKey): string => departmentName(k, town.kind, town.county);
  const byId = new Map(opt.deputies.map((d) => [d.id, d]));
  const fixed = opt.stations.filter((s) => s.deputies.length > 0);
  const center = opt.stations.find((s) => s.kind === 'center');
  const seenTitles = new Set<string>();
  // A subdistrict has no presidium: its deputies' items go through the county congress.
  const office = town.congress.kind === 'congress' ? '人大办' : '人大工委';
  const assigner = town.congress.kind === 'congress' ? '主席团' : `${town.county.slice(-1)}人大常委会`;
  const stallShare = opt.stallShare ?? 0.05;
  const drafts: Draft[] = [];

  const placeFor = (station: Station | undefined, deputies: DeputyDraft[]): Place => {
    const homes = deputies.map((d) => d.home);
    if (station) {
      const ofStation = station.deputies.map((id) => byId.get(id)?.home).filter((p): p is Place => !!p);
      if (ofStation.length > 0 && rng.chance(0.8)) return rng.pick(ofStation);
    }
    return homes.length > 0 && rng.chance(0.85) ? rng.pick(homes) : rng.pick(opt.places);
  };

  const make = (source: SuggestionSource, submitted: IsoDate, event?: SessionEvent, eventNo?: number, script?: Script): void => {
    // Who received it, and where.
    let station: Station | undefined;
    let deputies: DeputyDraft[];
    const ofLevels = (levels: SessionEvent['levels']): DeputyDraft[] => {
      const pool = opt.deputies.filter((d) => !levels || d.levels.some((l) => levels.includes(l)));
      return pool.length > 0 ? pool : opt.deputies;
    };
    const stationDeputies = (s: Station, n: number): DeputyDraft[] =>
      rng.sample(s.deputies, n).map((id) => byId.get(id)).filter((d): d is DeputyDraft => !!d);
    switch (source) {
      case 'scan':
        if (rng.chance(0.65) && fixed.length > 0) {
          station = rng.weighted(fixed.filter((s) => s.kind !== 'mobile').map((s) => [s, Math.sqrt(s.deputies.length)] as const));
          deputies = stationDeputies(station, 1);
        } else {
          deputies = [rng.pick(opt.deputies)];
        }
        break;
      case 'reception':
        station = rng.weighted(fixed.map((s) => [s, s.kind === 'center' ? 3 : s.kind === 'mobile' ? 1.5 : 1.2] as const));
        submitted = receptionDay(rng, station, submitted, today);
        deputies = stationDeputies(station, rng.chance(0.7) ? 1 : 2);
        break;
      case 'visit': {
        const d = rng.pick(opt.deputies);
        deputies = [d];
        if (d.stations[0] && rng.chance(0.5)) station = opt.stations.find((s) => s.id === d.stations[0]);
        break;
      }
      case 'recess':
        deputies = rng.sample(opt.deputies, rng.int(1, 2));
        break;
      case 'session':
        deputies = rng.sample(ofLevels(event?.levels), rng.weighted([[1, 3], [2, 3], [3, 2], [5, 1]]));
        break;
      case 'questioning':
        deputies = rng.sample(ofLevels(event?.levels), 1);
        break;
      case 'meet-the-head':
        station = opt.stations.find((s) => s.id === event?.station) ?? center;
        deputies = rng.sample(ofLevels(event?.levels), rng.int(1, 3));
        break;
      default:
        deputies = [rng.pick(opt.deputies)];
    }
    if (deputies.length === 0) deputies = [rng.pick(opt.deputies)];

    // What it is about: a matter typical of the place, worded as nobody in the town has yet.
    let place!: Place;
    let tpl!: IssueTemplate;
    let values!: Fill;
    let subject = '';
    let title = '';
    const text = (t: string): string => fill(rng, t, values);
    const formal = source === 'session' || source === 'recess' || rng.chance(0.2);
    for (let tries = 0; tries < 12; tries++) {
      place = placeFor(station, deputies);
      tpl = pickIssue(rng, place.kind, station?.theme);
      values = {
        place: place.name,
        unit: place.kind === 'village' ? `第${rng.int(1, 12)}村民小组` : `${rng.int(1, 36)}幢`,
        road: rng.pick(locale.roads),
        town: town.name,
        short: locale.short,
        school: rng.pick(locale.schools),
        clinic: locale.clinic,
        river: rng.pick(locale.rivers),
        firm: rng.pick(locale.firms),
        crop: rng.pick(locale.crops),
        project: locale.project ?? `${locale.short}重点工程`,
        year: '',
        dept: dept(tpl.dept),
      };
      subject = text(tpl.subject);
      // Residents' own words repeat across a town, but five identical titles read as a template:
      // each casual title is used once, later ones take the formal form.
      const casual = formal ? undefined : rng.shuffle(tpl.casual.map(text)).find((c) => !seenTitles.has(c));
      title =
        source === 'questioning' ? `${subject}何时能落实？`
          : source === 'meet-the-head' ? `约见议题：${subject}`
            : casual ?? `关于${subject}的建议`;
      if (!seenTitles.has(title)) break;
    }
    seenTitles.add(title);
    let body = `${text(rng.pick(tpl.problem))}${text(rng.pick(tpl.ask))}`;
    if (source === 'session' || source === 'recess') body = `${place.name}群众多次反映：${body}`;
    if (source === 'questioning') body = `代表在${event?.label ?? '大会问政环节'}提问：${body}请问${town.kind === 'subdistrict' ? '街道' : '政府'}何时能够解决？`;

    const s: Suggestion = {
      id: '',
      title,
      body,
      category: tpl.category,
      source,
      deputies: deputies.map((d) => d.id),
      history: [],
    };
    if (['scan', 'reception', 'visit', 'other'].includes(source) && rng.chance(0.9)) {
      const who = residentName(rng);
      s.submitter = who.name;
      s.submitterGender = who.gender;
    }
    if (station) s.station = station.id;
    if (event && event.source !== 'session') s.meeting = event.label;

    // Its fate, drawn before any date is laid down.
    const t = new Timeline(submitted);
    const lead = deputies[0] as DeputyDraft;
    const recent = daysBetween(submitted, today) < 21;
    const intake = (lo: number, hi: number): number => rng.int(lo, recent ? hi + 4 : hi);
    t.entries.push({
      stage: 'submitted',
      date: submitted,
      ...(event ? { note: event.source === 'session' ? `${event.label}期间提出，第${eventNo}号建议` : `${event.label}提出` } : {}),
    });

    const resident = ['scan', 'reception', 'visit', 'other'].includes(source);
    if (!script && resident && tpl.onSite && rng.chance(source === 'reception' || station?.kind === 'mobile' ? 0.65 : 0.4)) {
      t.step('resolved-on-site', rng.int(0, 3), { actor: lead.id, note: text(rng.pick(tpl.onSite)) });
      const tail = rng.next();
      if (tail < 0.4) {
        const sat = rng.weighted<Satisfaction>([['satisfied', 85], ['basically-satisfied', 15]]);
        t.step('rated', rng.int(2, 10), { note: `群众评议：${SATISFACTION_ZH[sat]}` });
        s.satisfaction = sat;
        t.step('closed', rng.int(1, 7), station ? { actor: station.id } : {});
      } else if (tail < 0.7) {
        t.step('closed', rng.int(3, 12), station ? { actor: station.id } : {});
      }
      return finish(s, t, submitted);
    }

    if (resident) {
      t.step('accepted', intake(0, 3), { actor: lead.id, note: '代表受理' });
      t.step('reviewed', intake(1, 4), station ? { actor: station.id, note: '联络站审核通过' } : { note: `${office}审核通过` });
    } else if (source === 'recess') {
      t.step('reviewed', intake(2, 7), { note: `${office}审核，报${assigner}交办` });
    }

    const hard = !!tpl.hard && rng.chance(0.6);
    const complex = script ? !!script.complex : hard || rng.chance(0.03);
    const stall = !script && submitted >= '2026-01-01' && rng.chance(stallShare);
    const late = !script && !complex && rng.chance(0.08);
    const primary = dept(tpl.dept);
    const co = tpl.co && rng.chance(0.55) ? rng.sample(tpl.co, rng.int(1, tpl.co.length)).map(dept).filter((d) => d !== primary) : [];
    if (co.length > 0) s.coDepartments = co;
    s.department = primary;

    const assignGap = source === 'session' ? rng.int(10, 25) : source === 'questioning' ? rng.int(5, 12) : source === 'meet-the-head' ? rng.int(2, 7) : intake(1, 5);
    t.step('assigned', assignGap, {
      department: primary,
      ...(complex ? { complex: true } : {}),
      note: source === 'session' || source === 'recess' ? `经${assigner}研究交办` : `转交${primary}办理`,
    });
    if (stall) return finish(s, t, submitted);

    const replyGap = script ? rng.int(12, 40) : complex ? rng.int(70, 170) : late ? rng.int(95, 130) : source === 'meet-the-head' ? rng.int(15, 45) : rng.int(12, 80);
    let outcome = rng.weighted(hard ? HARD_OUTCOMES : OUTCOMES);
    let first: FirstRound | undefined;
    const reply = (o: Outcome, replyDate: IsoDate, again: boolean): string => {
      const later = addMonths(replyDate, rng.int(2, 5));
      values.year = String(year(replyDate) + (Number(replyDate.slice(5, 7)) >= 10 ? 1 : 0));
      const head = again ? `针对反映人不满意的意见，${primary}重新研究办理：` : '';
      switch (o) {
        case 'A': return `${head}经${primary}${rng.pick(['实地踏勘', '调查核实', '会同相关单位研究'])}，已${text(tpl.fix)}。感谢您对${locale.short}发展的关心和支持。`;
        case 'B': return `${head}${primary}高度重视，${text(tpl.progress)}，预计${zhMonth(later)}底前完成，届时将及时反馈。`;
        case 'C': return `${head}经研究，${text(tpl.plan)}，届时统一组织实施，我们将及时向代表和群众通报进展。`;
        case 'D': return `${head}经调查核实，${text(tpl.why)}。已向反映人作了解释说明，相关意见留作今后工作参考。`;
      }
    };
    t.step('replied', replyGap, { actor: primary, note: `${primary}书面答复` });
    s.outcome = outcome;
    s.reply = reply(outcome, t.date, false);
    const fedBackBy = station ? { actor: station.id } : {};
    t.step('fed-back', rng.int(3, 14), { ...fedBackBy, note: resident ? '联络站答复反馈反映人' : '答复送达代表' });

    const rates = !!script || rng.chance(resident ? 0.82 : 0.95);
    if (!rates) {
      if (rng.chance(0.6)) t.step('closed', rng.int(20, 45), { ...fedBackBy, note: '逾期未评议，销号' });
      return finish(s, t, submitted);
    }
    // A share of the items answered a few months ago are rated 不满意, so that the demo always has
    // some reopened items still waiting for their second answer.
    const forced = script ? !!script.unsatisfied : daysBetween(submitted, today) > 40 && daysBetween(submitted, today) < 120 && rng.chance(opt.reopenShare ?? 0.1);
    let sat = forced ? 'unsatisfied' : satisfactionFor(rng, outcome);
    const rater = resident ? '群众评议' : '代表评议';
    t.step('rated', rng.int(2, 18), { note: `${rater}：${SATISFACTION_ZH[sat]}` });
    s.satisfaction = sat;

    if (sat === 'unsatisfied' && (forced || rng.chance(0.85))) {
      first = { reply: s.reply, outcome, satisfaction: sat };
      t.step('reopened', rng.int(1, 5), { ...fedBackBy, note: '评议不满意，重新办理' });
      const again = t.date;
      t.step('assigned', rng.int(0, 3), {
        department: primary,
        deadline: addMonths(again, 1),
        note: `重新交${primary}办理，限一个月内再次答复`,
      });
      t.step('replied', rng.int(7, 27), { actor: primary, note: `${primary}再次答复` });
      outcome = outcome === 'D' ? rng.weighted<Outcome>([['B', 2], ['C', 2], ['D', 1]]) : outcome === 'C' ? rng.pick<Outcome>(['A', 'B']) : 'A';
      s.reply = reply(outcome, t.date, true);
      s.outcome = outcome;
      t.step('fed-back', rng.int(1, 4), { ...fedBackBy, note: '再次答复反馈' });
      sat = rng.weighted<Satisfaction>([['satisfied', 55], ['basically-satisfied', 38], ['unsatisfied', 7]]);
      t.step('rated', rng.int(3, 12), { note: `${rater}：${SATISFACTION_ZH[sat]}` });
      s.satisfaction = sat;
    }
    if (rng.chance(0.85)) t.step('closed', rng.int(5, 40), { ...fedBackBy, note: '办结销号' });
    return finish(s, t, submitted, first, script);
  };

  /** Cut the story at today, and keep only the fields the remaining history justifies. */
  function finish(s: Suggestion, t: Timeline, submitted: IsoDate, first?: FirstRound, script?: Script): void {
    const count = (list: HistoryEntry[], stage: HistoryEntry['stage']): number => list.filter((e) => e.stage === stage).length;
    const plannedReplies = count(t.entries, 'replied');
    const plannedRatings = count(t.entries, 'rated');
    if (script) {
      // Keep the scripted steps and slide them in time so the last one lands `lastAgo` days ago.
      t.entries.splice(script.cut);
      const last = t.entries[t.entries.length - 1] as HistoryEntry;
      const shift = daysBetween(last.date, addDays(today, -rng.int(script.lastAgo[0], script.lastAgo[1])));
      for (const e of t.entries) {
        e.date = addDays(e.date, shift);
        if (e.deadline) e.deadline = addDays(e.deadline, shift);
      }
      submitted = (t.entries[0] as HistoryEntry).date;
    }
    const kept = t.entries.filter((e) => e.date <= today);
    s.history = kept;
    if (count(kept, 'assigned') === 0) {
      delete s.department;
      delete s.coDepartments;
    }
    // Cut between a reopening and the second answer: the first reply and rating still stand.
    if (first && count(kept, 'replied') === 1 && plannedReplies === 2) {
      s.reply = first.reply;
      s.outcome = first.outcome;
    }
    if (first && count(kept, 'rated') === 1 && plannedRatings === 2) s.satisfaction = first.satisfaction;
    if (count(kept, 'replied') === 0) {
      delete s.outcome;
      delete s.reply;
    }
    if (count(kept, 'rated') === 0) delete s.satisfaction;
    drafts.push({ s, submitted });
  }

  const scripted = Object.entries(opt.scripts ?? {}).flatMap(([name, n]) => Array.from({ length: n ?? 0 }, () => SCRIPTS[name as ScriptName]));
  for (const script of scripted) make(rng.pick<SuggestionSource>(['scan', 'scan', 'reception', 'visit']), addDays(today, -120), undefined, undefined, script);
  const ordinary = Math.max(0, opt.count - scripted.length);
  const recent = Math.round(ordinary * (opt.recentShare ?? 0.05));
  for (let i = 0; i < ordinary; i++) {
    const date = i < recent ? addDays(today, -rng.int(0, 14)) : dailyDate(rng, opt.start, today);
    make(rng.weighted(DAILY_SOURCES), date);
  }
  for (const ev of opt.events) {
    if (ev.date > today) continue;
    for (let k = 0; k < ev.count; k++) make(ev.source, ev.date, ev, k + 1);
  }

  drafts.sort((a, b) => (a.submitted < b.submitted ? -1 : a.submitted > b.submitted ? 1 : 0));
  const perYear = new Map<number, number>();
  for (const { s, submitted } of drafts) {
    const y = year(submitted);
    const n = (perYear.get(y) ?? 0) + 1;
    perYear.set(y, n);
    s.id = `${y}-${String(n).padStart(4, '0')}`;
  }
  const all = drafts.map((d) => d.s);
  markPrivateAndPersonal(rng, all, opt);
  return all.map(order);
}

/** Field order as a webmaster would write it, so the committed JSON reads top-down. */
function order(s: Suggestion): Suggestion {
  return {
    id: s.id, title: s.title, body: s.body, category: s.category, source: s.source,
    ...(s.meeting ? { meeting: s.meeting } : {}),
    ...(s.submitter ? { submitter: s.submitter } : {}),
    ...(s.submitterGender ? { submitterGender: s.submitterGender } : {}),
    ...(s.public === false ? { public: false } : {}),
    deputies: s.deputies,
    ...(s.station ? { station: s.station } : {}),
    ...(s.department ? { department: s.department } : {}),
    ...(s.coDepartments ? { coDepartments: s.coDepartments } : {}),
    ...(s.outcome ? { outcome: s.outcome } : {}),
    ...(s.satisfaction ? { satisfaction: s.satisfaction } : {}),
    ...(s.reply ? { reply: s.reply } : {}),
    history: s.history,
  };
}

/**
 * Personal data the loader must strip, planted on purpose: the demo doubles as a test that the
 * published site never shows a phone number or an ID number.
 */
function markPrivateAndPersonal(rng: Rng, all: Suggestion[], opt: SuggestionOptions): void {
  const residents = all.filter((s) => s.submitter);
  const withData = rng.sample(residents, opt.personalDataCount);
  const email = (): string => `${rng.pick(['wang', 'chen', 'zhang', 'li', 'xu', 'zhou', 'shen', 'lu'])}${rng.int(60, 99)}${rng.pick(['', '_', '.'])}${rng.pick(['hz', 'zj', 'home', 'jia'])}@${rng.pick(['163.com', 'qq.com', '126.com', 'example.com'])}`;
  withData.forEach((s, i) => {
    const born = fromTime(toTime('1948-01-01') + rng.int(0, 365 * 50) * 86_400_000);
    const lines = [
      '联系电话13812345678，有进展请打这个电话。',
      `我的手机号是${mobileNumber(rng)}，方便的话请回个电话。`,
      `（反映人身份证号：${residentId(rng, opt.areaCode, born)}，如需核实请联系。）`,
      `也可以发邮件到${email()}联系我。`,
      `家里座机${opt.phoneArea}-${rng.int(6, 8)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}，白天有人。`,
      `联系方式：${mobileNumber(rng)}，邮箱${email()}。`,
      `另外，之前申请的补贴一直没到账，我的银行卡号是6222${String(rng.int(0, 999_999_999)).padStart(9, '0')}${String(rng.int(0, 999_999)).padStart(6, '0')}，麻烦帮忙问一下。`,
    ];
    s.body = `${s.body}${lines[i % lines.length]}`;
  });
  // Private items: mostly personal matters raised by residents, never published.
  for (const s of rng.sample(residents.filter((r) => !withData.includes(r)), opt.privateCount)) s.public = false;
}
