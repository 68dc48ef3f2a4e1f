/**
 * The loop's order, as a rule a form can ask before it writes: which step may come next, and
 * when one may not, which rule it breaks. The message desk, a spreadsheet import or any other
 * tool that moves a suggestion on asks here, so a step is never recorded out of order.
 *
 * The order (the seeds' 受理 → 审核 → 转办 → 答复 → 反馈 → 评议, with 现场解决 and 销号):
 * - a suggestion is accepted before anything else is done with it;
 * - it is reviewed (联络站审核) at most once per round, and before it is assigned;
 * - it is replied to only once a department has it (assigned, or a reopened round, which keeps
 *   its department), once per round;
 * - feedback and the rating follow a reply of the same round, once each;
 * - it is solved on the spot only before it was ever assigned;
 * - it is closed (销号) only once answered in the current round;
 * - closed and solved-on-the-spot suggestions are finished: nothing follows;
 * - a step is never dated before the step before it.
 * A 不满意 rating reopens the suggestion the same day: the new round's 1-month clock
 * (`deadline.ts`) starts at the `reopened` step.
 */
import { isRealDate, type IsoDate } from '../calendar/dates.js';
import type { HistoryEntry, Outcome, Satisfaction, Stage, Suggestion } from '../model.js';

/** The steps a person records by hand after acceptance. */
export const DESK_STEPS = ['reviewed', 'assigned', 'replied', 'fed-back', 'rated', 'resolved-on-site', 'closed'] as const satisfies readonly Stage[];
export type DeskStep = (typeof DESK_STEPS)[number];

/** The rule a step breaks; each has its words in the catalogues (`desk.rule.*`). */
export type StepRule =
  | 'finished'
  | 'not-accepted'
  | 'review-after-assignment'
  | 'already-reviewed'
  | 'reply-needs-assignment'
  | 'already-replied'
  | 'needs-reply'
  | 'already-fed-back'
  | 'already-rated'
  | 'on-site-after-assignment'
  | 'date-before-previous'
  | 'date-in-future'
  | 'deadline-before-step'
  | 'bad-date';

/** The steps of the current handling round: since the last `reopened` step, or all. */
function currentRound(history: readonly HistoryEntry[]): readonly HistoryEntry[] {
  const start = history.findLastIndex((entry) => entry.stage === 'reopened');
  return start === -1 ? history : history.slice(start);
}

/** Which rule recording `stage` next would break, if any (dates aside). */
export function stepOrderProblem(history: readonly HistoryEntry[], stage: DeskStep): StepRule | undefined {
  const last = history[history.length - 1]?.stage;
  if (last === 'closed' || last === 'resolved-on-site') return 'finished';
  if (!history.some((entry) => entry.stage === 'accepted')) return 'not-accepted';
  const round = currentRound(history);
  const has = (s: Stage) => round.some((entry) => entry.stage === s);
  const reopened = round[0]?.stage === 'reopened';
  switch (stage) {
    case 'reviewed':
      if (has('assigned') || reopened) return 'review-after-assignment';
      return has('reviewed') ? 'already-reviewed' : undefined;
    case 'assigned':
      return has('replied') ? 'already-replied' : undefined;
    case 'replied':
      if (!has('assigned') && !reopened) return 'reply-needs-assignment';
      return has('replied') ? 'already-replied' : undefined;
    case 'fed-back':
      if (!has('replied')) return 'needs-reply';
      return has('fed-back') ? 'already-fed-back' : undefined;
    case 'rated':
      if (!has('replied')) return 'needs-reply';
      return has('rated') ? 'already-rated' : undefined;
    case 'resolved-on-site':
      return history.some((entry) => entry.stage === 'assigned') || reopened ? 'on-site-after-assignment' : undefined;
    case 'closed':
      return has('replied') ? undefined : 'needs-reply';
  }
}

/** The steps that may be recorded next, in the loop's order. */
export function nextSteps(history: readonly HistoryEntry[]): DeskStep[] {
  return DESK_STEPS.filter((stage) => stepOrderProblem(history, stage) === undefined);
}

/** What a step's form carries: exactly the fields of its stage. */
export type StepInput =
  | { stage: 'reviewed'; date: IsoDate; actor?: string; note?: string }
  | { stage: 'assigned'; date: IsoDate; department: string; coDepartments?: string[]; deadline?: IsoDate; complex?: boolean }
  | { stage: 'replied'; date: IsoDate; reply: string; outcome: Outcome }
  | { stage: 'fed-back'; date: IsoDate; note?: string }
  | { stage: 'rated'; date: IsoDate; satisfaction: Satisfaction }
  | { stage: 'resolved-on-site'; date: IsoDate; reply: string }
  | { stage: 'closed'; date: IsoDate; note?: string };

/** Which rule the step breaks, dates included, on `today`. */
export function stepProblem(history: readonly HistoryEntry[], input: Pick<StepInput, 'stage' | 'date'> & { deadline?: IsoDate }, today: IsoDate): StepRule | undefined {
  if (!isRealDate(input.date)) return 'bad-date';
  if (input.date > today) return 'date-in-future';
  const previous = history[history.length - 1]?.date;
  if (previous && input.date < previous) return 'date-before-previous';
  if ('deadline' in input && input.deadline !== undefined && input.deadline < input.date) return 'deadline-before-step';
  return stepOrderProblem(history, input.stage);
}

/**
 * The suggestion with the step recorded. Assumes `stepProblem` found nothing. A 不满意 rating
 * appends `rated` and `reopened` on the same day: the matter is handled again, a reply due in a month.
 */
export function applyStep(suggestion: Suggestion, input: StepInput): Suggestion {
  const next: Suggestion = { ...suggestion, history: [...suggestion.history] };
  const entry: HistoryEntry = { stage: input.stage, date: input.date };
  switch (input.stage) {
    case 'reviewed':
      if (input.actor) entry.actor = input.actor;
      if (input.note) entry.note = input.note;
      break;
    case 'assigned':
      entry.department = input.department;
      if (input.deadline) entry.deadline = input.deadline;
      if (input.complex) entry.complex = true;
      next.department = input.department;
      if (input.coDepartments?.length) next.coDepartments = [...input.coDepartments];
      else delete next.coDepartments;
      break;
    case 'replied':
      next.reply = input.reply;
      next.outcome = input.outcome;
      break;
    case 'resolved-on-site':
      next.reply = input.reply;
      next.outcome = 'A';
      break;
    case 'rated':
      next.satisfaction = input.satisfaction;
      break;
    case 'fed-back':
    case 'closed':
      if (input.note) entry.note = input.note;
      break;
  }
  next.history.push(entry);
  if (input.stage === 'rated' && input.satisfaction === 'unsatisfied') next.history.push({ stage: 'reopened', date: input.date });
  return next;
}
