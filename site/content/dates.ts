/** Calendar-date helpers on `YYYY-MM-DD` strings, in the town's own calendar (no time zones involved). */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a date that exists: `2025-02-29` is not one. */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date in China (UTC+8), as `YYYY-MM-DD`. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
