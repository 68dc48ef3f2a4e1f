/**
 * Where a suggestion stands on its closed loop (递交 → 受理 → 审核 → 转办 → 答复 → 反馈 → 评议):
 * its current stage, its handling rounds (a 不满意 verdict starts a new one), each round's reply
 * clock, whether it is finished and how long it has been open. Pure functions, read on a given day.
 */
import type { HistoryEntry, PublicSuggestion, Stage, Suggestion } from '../model.js';
import { STAGES } from '../model.js';
import { daysBetween, type IsoDate } from '../calendar/dates.js';
import { readClock, replyDue, type ClockStatus, type DeadlineBasis } from './deadline.js';

/** What the loop's rules read of a suggestion: published or not, masked or not. */
export type LoopRecord = Pick<Suggestion, 'history' | 'department' | 'satisfaction'>;

/** The seven steps of the loop as the seeds name them, in order. */
export const LOOP_STAGES = ['submitted', 'accepted', 'reviewed', 'assigned', 'replied', 'fed-back', 'rated'] as const satisfies readonly Stage[];

/**
 * Steps that mean the suggestion has an answer: they stop a round's clock when no `replied` step
 * was recorded before them, and from the first of them the public may rate it (群众评议).
 */
export const ANSWERING_STAGES: ReadonlySet<Stage> = new Set(['replied', 'fed-back', 'rated', 'closed', 'resolved-on-site']);

/** The first step at which a suggestion had an answer, if it has one. */
export function firstAnswer(history: readonly HistoryEntry[]): HistoryEntry | undefined {
  return history.find((step) => ANSWERING_STAGES.has(step.stage));
}

/** One handling round: the first, or one started by a `reopened` step after 不满意. */
export interface HandlingRound {
  /** 1 for the first handling, 2 for the first reopening, … */
  round: number;
  reopened: boolean;
  /** The round's steps are `history.slice(from, to)`. */
  from: number;
  to: number;
  /** The day the reply clock started; absent when the round was never assigned (solved on the spot, still at the station). */
  startedOn?: IsoDate;
  assignedOn?: IsoDate;
  /** The department handling it (主办) in this round. */
  department?: string;
  complex: boolean;
  due?: IsoDate;
  basis?: DeadlineBasis;
  /** The first reply of the round, or the step that closed it without one. */
  answeredOn?: IsoDate;
  status?: ClockStatus;
  /** Days left (running), late (overdue, late) or to spare (on-time). */
  days?: number;
}

interface RoundDraft extends HandlingRound {
  deadline?: IsoDate;
}

function finishRound(draft: RoundDraft, today: IsoDate): HandlingRound {
  const { deadline, ...round } = draft;
  if (round.startedOn === undefined) return round;
  const { due, basis } = replyDue({ startedOn: round.startedOn, reopened: round.reopened, complex: round.complex, ...(deadline ? { deadline } : {}) });
  const { status, days } = readClock(due, round.answeredOn, today);
  return { ...round, due, basis, status, days };
}

/**
 * Splits the history into rounds and runs each round's clock.
 *
 * The clock starts at the first assignment of the first round, and at the `reopened` step of a
 * later one. A second `assigned` step in an unanswered round (handed to another department)
 * changes the department, and its `deadline` or `complex` apply, but does not restart the clock:
 * passing a matter on must not buy a department three more months.
 */
export function handlingRounds(history: readonly HistoryEntry[], today: IsoDate, fallbackDepartment?: string): HandlingRound[] {
  const rounds: HandlingRound[] = [];
  let current: RoundDraft = { round: 1, reopened: false, from: 0, to: 0, complex: false };
  history.forEach((entry, index) => {
    if (entry.stage === 'reopened') {
      current.to = index;
      rounds.push(finishRound(current, today));
      current = {
        round: current.round + 1,
        reopened: true,
        from: index,
        to: index,
        startedOn: entry.date,
        complex: false,
        ...(current.department ? { department: current.department } : {}),
        ...(entry.deadline ? { deadline: entry.deadline } : {}),
      };
      return;
    }
    if (entry.stage === 'assigned') {
      const department = entry.department ?? current.department ?? fallbackDepartment;
      if (current.answeredOn === undefined) {
        if (current.startedOn === undefined) current.startedOn = entry.date;
        current.assignedOn ??= entry.date;
        if (department) current.department = department;
        if (entry.deadline) current.deadline = entry.deadline;
        if (entry.complex) current.complex = true;
      }
      return;
    }
    if (ANSWERING_STAGES.has(entry.stage) && current.startedOn !== undefined && current.answeredOn === undefined) current.answeredOn = entry.date;
  });
  current.to = history.length;
  rounds.push(finishRound(current, today));
  return rounds;
}

/** The stage a suggestion is at: its latest step. */
export function currentStage(suggestion: Pick<PublicSuggestion, 'history'>): Stage {
  return suggestion.history[suggestion.history.length - 1]?.stage ?? 'submitted';
}

/**
 * The date each stage was first reached (the first round's, for stages a reopening repeats);
 * the export's one column per stage.
 */
export function stageDates(history: readonly HistoryEntry[]): Record<Stage, IsoDate | undefined> {
  const dates = Object.fromEntries(STAGES.map((stage) => [stage, undefined])) as Record<Stage, IsoDate | undefined>;
  for (const entry of history) dates[entry.stage] ??= entry.date;
  return dates;
}

/** Everything the tracker shows, counts, filters and sorts by, computed once per suggestion and day. */
export interface SuggestionStanding {
  stage: Stage;
  submittedOn: IsoDate;
  year: string;
  /** Closed (销号), solved on the spot, or rated without 不满意. */
  finished: boolean;
  finishedOn?: IsoDate;
  /** From submission to the finishing step, or to today while open. */
  daysOpen: number;
  rounds: HandlingRound[];
  /** The latest round that has a clock. */
  clock?: HandlingRound;
  /** The latest round's reply is past due and has not come. */
  overdue: boolean;
  reopenedCount: number;
  resolvedOnSite: boolean;
  /** The department in charge now. */
  department?: string;
  /** Rounds answered by their due date, answered late, and past due without an answer. */
  roundsOnTime: number;
  roundsLate: number;
  roundsOverdue: number;
}

/**
 * A suggestion is finished when it is closed, solved on the spot, or rated by a resident who was
 * not unsatisfied (an unsatisfied rating waits for the reopening). Closing takes precedence.
 */
function finishing(suggestion: LoopRecord): IsoDate | undefined {
  const last = suggestion.history[suggestion.history.length - 1];
  if (!last) return undefined;
  if (last.stage === 'closed' || last.stage === 'resolved-on-site') return last.date;
  if (last.stage === 'rated' && suggestion.satisfaction !== 'unsatisfied') return last.date;
  return undefined;
}

/**
 * Where the suggestion stands on `today`. Computed once per suggestion and day: a site shows one
 * suggestion on many pages (the town's list, each deputy's, the station's, the figures). A record
 * given a new history, department or rating since is computed again.
 */
export function standing(suggestion: LoopRecord, today: IsoDate): SuggestionStanding {
  const known = standings.get(suggestion);
  if (known && known.today === today && known.history === suggestion.history && known.steps === suggestion.history.length && known.department === suggestion.department && known.satisfaction === suggestion.satisfaction)
    return known.standing;
  const computed = computeStanding(suggestion, today);
  standings.set(suggestion, { today, history: suggestion.history, steps: suggestion.history.length, department: suggestion.department, satisfaction: suggestion.satisfaction, standing: computed });
  return computed;
}

const standings = new WeakMap<LoopRecord, { today: IsoDate; history: LoopRecord['history']; steps: number; department: LoopRecord['department']; satisfaction: LoopRecord['satisfaction']; standing: SuggestionStanding }>();

function computeStanding(suggestion: LoopRecord, today: IsoDate): SuggestionStanding {
  const submittedOn = suggestion.history[0]?.date ?? today;
  const finishedOn = finishing(suggestion);
  const rounds = handlingRounds(suggestion.history, today, suggestion.department);
  let clock: HandlingRound | undefined;
  let roundsOnTime = 0;
  let roundsLate = 0;
  let roundsOverdue = 0;
  for (const round of rounds) {
    if (round.due !== undefined) clock = round;
    if (round.status === 'on-time') roundsOnTime++;
    else if (round.status === 'late') roundsLate++;
    else if (round.status === 'overdue') roundsOverdue++;
  }
  const department = clock?.department ?? suggestion.department;
  return {
    stage: currentStage(suggestion),
    submittedOn,
    year: submittedOn.slice(0, 4),
    finished: finishedOn !== undefined,
    ...(finishedOn ? { finishedOn } : {}),
    daysOpen: Math.max(0, daysBetween(submittedOn, finishedOn ?? today)),
    rounds,
    ...(clock ? { clock } : {}),
    overdue: clock?.status === 'overdue',
    reopenedCount: rounds.length - 1,
    resolvedOnSite: suggestion.history.some((entry) => entry.stage === 'resolved-on-site'),
    ...(department ? { department } : {}),
    roundsOnTime,
    roundsLate,
    roundsOverdue,
  };
}
