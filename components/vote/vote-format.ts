/** The vote widget's bars; dates and shares come from domain/format.ts like everywhere else. */

/** A share for a bar's width, 0–100, kept visible (≥ 0.5) when the count is not zero. */
export function barWidth(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  return Math.max(0.5, Math.min(100, (part / whole) * 100));
}
