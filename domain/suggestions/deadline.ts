/**
 * The reply clock of a suggestion: when the handling body's answer is due, and whether it came in
 * time. Pure functions on `YYYY-MM-DD` strings in the town's own calendar (no time zones).
 *
 * The rules (Deputies Law art. 51 as amended in 2025, and the Zhejiang rules the seeds follow):
 * - the body a suggestion is assigned to (交办) replies within **3 months** of the assignment;
 * - **6 months** for a wide or hard matter (`complex: true` on the `assigned` step);
 * - after a 不满意 verdict the matter is handled again and a new reply is due within **1 month**,
 *   counted from the `reopened` step (the day the dissatisfaction was acted on);
 * - a `deadline` written on the `assigned` (or `reopened`) step overrides all of that, for
 *   extensions granted by the congress's presidium or a shorter limit set for an urgent matter.
 *
 * Calendar months, not working days. The statutes speak in months; holidays move a deadline only
 * when it falls on one (Civil Code art. 203), which needs the State Council's yearly holiday
 * calendar — not worth publishing a wrong clock for a day's difference, so it is not applied.
 * The month rule is Civil Code art. 202: a period in months ends on the corresponding day of the
 * last month, or on that month's last day when it has none. 31 January + 1 month = 28 February
 * (29 in a leap year); 30 November + 3 months = 28/29 February. The start day is not counted
 * (art. 201), which is why the due date is the same day number and a reply *on* it is in time.
 */

import { addCalendarMonths, daysBetween, type IsoDate } from '../calendar/dates.js';

/** Months allowed for a reply, by the kind of round. */
export const REPLY_MONTHS = { standard: 3, complex: 6, reopened: 1 } as const;

/** Why a round's reply is due when it is: the legal default for its kind, or a written deadline. */
export type DeadlineBasis = keyof typeof REPLY_MONTHS | 'override';

export interface ReplyDueInput {
  /** The day the clock starts: the assignment, or for a reopened round the `reopened` step. */
  startedOn: IsoDate;
  /** A round after 不满意: 1 month. */
  reopened?: boolean;
  /** A wide or hard matter: 6 months (ignored for reopened rounds, which the law gives 1 month). */
  complex?: boolean;
  /** A deadline written in the content: it wins. */
  deadline?: IsoDate;
}

/**
 * The deadline clock's one rule: when a round's reply is due, and on what basis.
 * A written `deadline` wins; otherwise 1 month for a reopened round, 6 for a complex matter, 3.
 */
export function replyDue(input: ReplyDueInput): { due: IsoDate; basis: DeadlineBasis } {
  if (input.deadline) return { due: input.deadline, basis: 'override' };
  const basis: DeadlineBasis = input.reopened ? 'reopened' : input.complex ? 'complex' : 'standard';
  return { due: addCalendarMonths(input.startedOn, REPLY_MONTHS[basis]), basis };
}

/**
 * `running`: no answer yet, due date not passed (a reply on the due date is in time);
 * `overdue`: no answer and the due date has passed; `on-time` / `late`: answered, before or after.
 */
export type ClockStatus = 'running' | 'overdue' | 'on-time' | 'late';

/** The clock read on `today`: its status, and the days left (running), past (overdue, late) or to spare (on-time). */
export function readClock(due: IsoDate, answeredOn: IsoDate | undefined, today: IsoDate): { status: ClockStatus; days: number } {
  if (answeredOn !== undefined) {
    return answeredOn <= due ? { status: 'on-time', days: daysBetween(answeredOn, due) } : { status: 'late', days: daysBetween(due, answeredOn) };
  }
  return today <= due ? { status: 'running', days: daysBetween(today, due) } : { status: 'overdue', days: daysBetween(due, today) };
}
