/**
 * How long a resident's name and phone are kept (PIPL art. 47: no longer than the purpose needs).
 * The case needs them while it is open; they are erased a set time after it ended — the message
 * declined, or its suggestion finished (closed, solved on the spot, or rated without 不满意) —
 * 180 days unless the town sets another period. The text stays, masked as it is published.
 */
import { addDays, type IsoDate } from '../calendar/dates.js';

export const CONTACT_RETENTION_DAYS = 180;

/** The first day the contact data may be erased; undefined while the case is open. */
export function contactErasableOn(endedOn: IsoDate | undefined, days: number = CONTACT_RETENTION_DAYS): IsoDate | undefined {
  return endedOn === undefined ? undefined : addDays(endedOn, days);
}

/** Whether the contact data is due for erasure on `today`. */
export function contactDue(endedOn: IsoDate | undefined, today: IsoDate, days: number = CONTACT_RETENTION_DAYS): boolean {
  const from = contactErasableOn(endedOn, days);
  return from !== undefined && from <= today;
}
