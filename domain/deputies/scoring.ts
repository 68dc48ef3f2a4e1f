/**
 * A town's optional scoring rule for the 履职档案 (some districts publish a 履职活力指数: categories
 * × items × points), applied to a period of the record. The score is never shown alone: every
 * item carries what was counted, the points per unit, its cap and what it earned, and the page
 * shows the rule itself.
 */
import { SCORE_MEASURES, type ActivityKind, type ScoreMeasure, type ScoringItem, type ScoringRule } from '../model.js';
import type { DutyPeriod } from './duty-record.js';

export { SCORE_MEASURES, type ScoreMeasure, type ScoringCategory, type ScoringItem, type ScoringRule } from '../model.js';

export const isScoreMeasure = (value: unknown): value is ScoreMeasure => (SCORE_MEASURES as readonly unknown[]).includes(value);


export interface ScoredItem extends ScoringItem {
  /** What was counted in the period. */
  count: number;
  score: number;
}

export interface ScoredCategory {
  name: string;
  items: ScoredItem[];
  score: number;
  /** The most the category can give, when every item has a cap. */
  max?: number;
}

export interface DutyScore {
  period: DutyPeriod['period'];
  categories: ScoredCategory[];
  total: number;
  max?: number;
}

/** How many of `measure` the period holds. */
export function measureOf(period: DutyPeriod, measure: ScoreMeasure): number {
  switch (measure) {
    case 'receptions':
    case 'residentsMet':
    case 'raised':
    case 'received':
      return period[measure];
    case 'done':
    case 'satisfied':
      return period[measure].part;
    case 'activities':
      return Object.values(period.activities).reduce((a, b) => a + b, 0);
    default:
      return period.activities[measure.slice('activities:'.length) as ActivityKind];
  }
}

/** Points are given to a tenth, so that 0.5 a reception adds up without floating-point dust. */
const tenth = (n: number) => Math.round(n * 10) / 10;

/** The rule applied to one period: each item's count, points and cap, each category's sum, the total. */
export function dutyScore(period: DutyPeriod, rule: ScoringRule): DutyScore {
  const categories = rule.categories.map((category): ScoredCategory => {
    const items = category.items.map((item): ScoredItem => {
      const count = measureOf(period, item.measure);
      const earned = tenth(count * item.points);
      return { ...item, count, score: item.max === undefined ? earned : Math.min(earned, item.max) };
    });
    const capped = items.every((i) => i.max !== undefined);
    return { name: category.name, items, score: tenth(items.reduce((sum, i) => sum + i.score, 0)), ...(capped ? { max: tenth(items.reduce((sum, i) => sum + i.max!, 0)) } : {}) };
  });
  const capped = categories.every((c) => c.max !== undefined);
  return { period: period.period, categories, total: tenth(categories.reduce((sum, c) => sum + c.score, 0)), ...(capped ? { max: tenth(categories.reduce((sum, c) => sum + c.max!, 0)) } : {}) };
}
