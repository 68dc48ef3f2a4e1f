/**
 * The published figures of a set of suggestions, each defined here and nowhere else: the home
 * page, the suggestions page, the tracker, the open data and the feeds all call these functions.
 * Each rate keeps its part and its whole, so the reader sees “82.1% (124/151)” and can check it,
 * and an empty whole shows “—”, not 0 %.
 *
 * - **办成率** (done rate): suggestions solved or being solved among those with a result. Solved
 *   means outcome A (已解决) or B (正在解决), or resolved on the spot (现场解决, counted as A even
 *   when no department classified it). The whole is every suggestion with an outcome or resolved
 *   on the spot. See DONE_RATE_DEFINITION for the words printed beside the figure.
 * - **满意率** (satisfaction rate): 满意 + 基本满意 among the residents' verdicts.
 * - **按时答复率** (on-time rate): reply rounds answered by their due date, among rounds answered
 *   or past their due date.
 * - **逾期** (overdue): open suggestions whose current round is past due without an answer.
 *
 * 办成率 and 满意率 are two different questions and stay two figures: whether the matter got done
 * and whether the person was pleased. A town can score high on one and low on the other.
 */
import type { Locale, Outcome, Satisfaction, Stage, Suggestion } from '../model.js';
import { OUTCOMES, SATISFACTIONS, STAGES } from '../model.js';
import { standing, type LoopRecord, type SuggestionStanding } from './loop.js';
import type { IsoDate } from '../calendar/dates.js';
import { formatShare } from '../text/format.js';
import * as ZH from '../text/translations/zh-CN.js';
import * as EN from '../text/translations/en.js';

export interface Rate {
  part: number;
  whole: number;
}

export interface TrackerStats {
  total: number;
  /** By current stage. */
  byStage: Record<Stage, number>;
  finished: number;
  open: number;
  /** Open items whose reply is past due. */
  overdue: number;
  /** Suggestions reopened at least once after 不满意. */
  reopened: number;
  resolvedOnSite: number;
  /** Rounds answered by their due date, among rounds whose due date has passed or that were answered. */
  onTime: Rate;
  /** Rounds answered late. */
  late: number;
  /** 办成率: A or B (or solved on the spot) among those with an outcome. */
  done: Rate;
  byOutcome: Record<Outcome, number>;
  /** 满意率: 满意 + 基本满意 among those rated. */
  satisfied: Rate;
  bySatisfaction: Record<Satisfaction, number>;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Whether a suggestion counts as done for 办成率: `undefined` when it has no result yet (not in the whole). */
export function isDone(suggestion: Pick<Suggestion, 'outcome'>, standing: Pick<SuggestionStanding, 'resolvedOnSite'>): boolean | undefined {
  // Solved on the spot is solved (A), whether or not a department classified it afterwards.
  if (standing.resolvedOnSite) return true;
  if (suggestion.outcome) return suggestion.outcome === 'A' || suggestion.outcome === 'B';
  return undefined;
}

/**
 * Figures over `indices` of `suggestions` (the current view), or over all of them.
 * Linear in the view's size and allocation-free per item: it runs on every keystroke.
 */
export function trackerStats(
  suggestions: readonly Pick<Suggestion, 'outcome' | 'satisfaction'>[],
  standings: readonly SuggestionStanding[],
  indices?: ArrayLike<number>,
): TrackerStats {
  const stats: TrackerStats = {
    total: 0,
    byStage: zeroes(STAGES),
    finished: 0,
    open: 0,
    overdue: 0,
    reopened: 0,
    resolvedOnSite: 0,
    onTime: { part: 0, whole: 0 },
    late: 0,
    done: { part: 0, whole: 0 },
    byOutcome: zeroes(OUTCOMES),
    satisfied: { part: 0, whole: 0 },
    bySatisfaction: zeroes(SATISFACTIONS),
  };
  const count = indices ? indices.length : suggestions.length;
  for (let k = 0; k < count; k++) {
    const i = indices ? indices[k]! : k;
    const s = suggestions[i]!;
    const st = standings[i]!;
    stats.total++;
    stats.byStage[st.stage]++;
    if (st.finished) stats.finished++;
    else stats.open++;
    if (st.overdue) stats.overdue++;
    if (st.reopenedCount > 0) stats.reopened++;
    if (st.resolvedOnSite) stats.resolvedOnSite++;
    stats.onTime.part += st.roundsOnTime;
    stats.onTime.whole += st.roundsOnTime + st.roundsLate + st.roundsOverdue;
    stats.late += st.roundsLate;
    const done = isDone(s, st);
    if (done !== undefined) {
      stats.done.whole++;
      if (done) stats.done.part++;
    }
    if (s.outcome) stats.byOutcome[s.outcome]++;
    if (s.satisfaction) {
      stats.bySatisfaction[s.satisfaction]++;
      stats.satisfied.whole++;
      if (s.satisfaction !== 'unsatisfied') stats.satisfied.part++;
    }
  }
  return stats;
}

/** The figures of a whole set of suggestions (a town, a deputy, a station) read on `today`. */
export function suggestionFigures(suggestions: readonly (LoopRecord & Pick<Suggestion, 'outcome'>)[], today: IsoDate): TrackerStats {
  return trackerStats(suggestions, suggestions.map((s) => standing(s, today)));
}

/** Each figure's name, the same on every page and widget. */
export const FIGURE_NAMES: Record<Locale, Record<'done' | 'satisfied' | 'onTime' | 'overdue', string>> = { 'zh-CN': ZH.figureNames, en: EN.figureNames };

/** The words printed beside each figure, so a reader knows what was counted. */
export const FIGURE_DEFINITIONS: Record<Locale, Record<'done' | 'satisfied' | 'onTime' | 'overdue', string>> = { 'zh-CN': ZH.figureDefinitions, en: EN.figureDefinitions };

export interface PublishedRate extends Rate {
  /** part / whole, or null when nothing was counted. */
  value: number | null;
  /** As printed on the pages: `78.6%` or `—`. */
  text: string;
}

/** The figures as the open data publishes them (`figures` of `data/suggestions.json`), with their definitions. */
export interface PublishedFigures {
  asOf: IsoDate;
  total: number;
  open: number;
  overdue: number;
  done: PublishedRate;
  satisfied: PublishedRate;
  onTime: PublishedRate;
  definitions: Record<Locale, Record<'done' | 'satisfied' | 'onTime' | 'overdue', string>>;
}

export function publishedFigures(suggestions: readonly (LoopRecord & Pick<Suggestion, 'outcome'>)[], today: IsoDate): PublishedFigures {
  const stats = suggestionFigures(suggestions, today);
  const rate = (r: Rate): PublishedRate => ({ part: r.part, whole: r.whole, value: rateValue(r) ?? null, text: formatRate(r) });
  return {
    asOf: today,
    total: stats.total,
    open: stats.open,
    overdue: stats.overdue,
    done: rate(stats.done),
    satisfied: rate(stats.satisfied),
    onTime: rate(stats.onTime),
    definitions: FIGURE_DEFINITIONS,
  };
}

/** A rate as text with one decimal, `75.5%`, or `—` when nothing was counted. */
export function formatRate(rate: Rate): string {
  return formatShare(rate.part, rate.whole);
}

/** A rate as a fraction 0–1, or `undefined` when nothing was counted. */
export function rateValue(rate: Rate): number | undefined {
  return rate.whole === 0 ? undefined : rate.part / rate.whole;
}
