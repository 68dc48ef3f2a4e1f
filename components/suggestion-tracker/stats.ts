/**
 * The overview's figures for a set of suggestions. Each rate keeps its part and its whole, so the
 * reader sees “82.1% (124/151)” and can check it, and so an empty whole shows “—”, not 0 %.
 *
 * 办成率 and 满意率 are two different questions and stay two figures: whether the matter got done
 * (outcome class A 已解决 or B 正在解决, or solved on the spot) and whether the person was pleased
 * (满意 or 基本满意 among those who rated). A town can score high on one and low on the other.
 */
import type { Outcome, PublicSuggestion, Satisfaction, Stage } from '../../site/content/types.js';
import { OUTCOMES, SATISFACTIONS, STAGES } from '../../site/content/types.js';
import type { SuggestionStanding } from './stages.js';

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

/** Whether a suggestion counts as done for 办成率: `undefined` when it has no outcome yet. */
export function isDone(suggestion: Pick<PublicSuggestion, 'outcome'>, standing: Pick<SuggestionStanding, 'resolvedOnSite'>): boolean | undefined {
  if (suggestion.outcome) return suggestion.outcome === 'A' || suggestion.outcome === 'B';
  // Solved on the spot is solved, though no department classified it.
  return standing.resolvedOnSite ? true : undefined;
}

/**
 * Figures over `indices` of `suggestions` (the current view), or over all of them.
 * Linear in the view's size and allocation-free per item: it runs on every keystroke.
 */
export function trackerStats(
  suggestions: readonly PublicSuggestion[],
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

/** A rate as a fraction 0–1, or `undefined` when nothing was counted. */
export function rateValue(rate: Rate): number | undefined {
  return rate.whole === 0 ? undefined : rate.part / rate.whole;
}
