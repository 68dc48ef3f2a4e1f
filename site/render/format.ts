/** Small pure formatting helpers for pages. */
import type { Locale, PublicSuggestion, Stage } from '../content/types.js';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-03-10` → `2025年3月10日` / `March 10, 2025`; `2025-03` → `2025年3月` / `March 2025`. */
export function formatDate(date: string | undefined, locale: Locale = 'zh-CN'): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  if (locale === 'en') return d ? `${EN_MONTHS[Number(m) - 1]} ${Number(d)}, ${y}` : `${EN_MONTHS[Number(m) - 1]} ${y}`;
  return d ? `${y}年${Number(m)}月${Number(d)}日` : `${y}年${Number(m)}月`;
}

/** The stage a suggestion is at: its latest step. */
export function currentStage(suggestion: Pick<PublicSuggestion, 'history'>): Stage {
  return suggestion.history[suggestion.history.length - 1]!.stage;
}

export function submittedOn(suggestion: Pick<PublicSuggestion, 'history'>): string {
  return suggestion.history[0]!.date;
}

/** `1234.5` 万元 → `1,234.5万元` / `¥12.345 million`. */
export function formatWan(amount: number | undefined, locale: Locale = 'zh-CN'): string {
  if (amount === undefined) return '';
  return locale === 'en' ? `¥${(amount / 100).toLocaleString('en', { maximumFractionDigits: 3 })} million` : `${amount.toLocaleString('zh-CN')}万元`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}
