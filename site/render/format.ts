/** Small pure formatting helpers for pages. */
import type { PublicSuggestion, Stage } from '../content/types.js';

/** `2025-03-10` → `2025年3月10日`. */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return d ? `${y}年${Number(m)}月${Number(d)}日` : `${y}年${Number(m)}月`;
}

/** The stage a suggestion is at: its latest step. */
export function currentStage(suggestion: Pick<PublicSuggestion, 'history'>): Stage {
  return suggestion.history[suggestion.history.length - 1]!.stage;
}

export function submittedOn(suggestion: Pick<PublicSuggestion, 'history'>): string {
  return suggestion.history[0]!.date;
}

/** `1234.5` 万元 → `1,234.5万元`. */
export function formatWan(amount: number | undefined): string {
  return amount === undefined ? '' : `${amount.toLocaleString('zh-CN')}万元`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}
