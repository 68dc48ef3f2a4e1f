import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dutyScore, isScoreMeasure, measureOf, type ScoringRule } from './scoring.js';
import type { DutyPeriod } from './duty-record.js';

const period: DutyPeriod = {
  period: 2026,
  receptions: 7,
  residentsMet: 41,
  raised: 3,
  received: 5,
  done: { part: 4, whole: 8 },
  satisfied: { part: 2, whole: 3 },
  activities: { group: 2, 'team-meeting': 1, class: 1, consultation: 0, inspection: 1, 'assembly-meeting': 0 },
};

const rule: ScoringRule = {
  title: '代表履职积分办法',
  categories: [
    { name: '联系群众', items: [{ name: '进站接待', measure: 'receptions', points: 2, max: 10 }, { name: '接待群众', measure: 'residentsMet', points: 0.1, max: 5 }] },
    { name: '提出建议', items: [{ name: '提出建议', measure: 'raised', points: 3 }, { name: '建议办成', measure: 'done', points: 1.5, max: 6 }] },
    { name: '参加活动', items: [{ name: '代表小组活动', measure: 'activities:group', points: 1, max: 4 }, { name: '视察', measure: 'activities:inspection', points: 2, max: 4 }] },
  ],
};

describe('the scoring rule', () => {
  it('reads every measure from the period', () => {
    assert.equal(measureOf(period, 'receptions'), 7);
    assert.equal(measureOf(period, 'done'), 4, 'a rate counts what was done');
    assert.equal(measureOf(period, 'satisfied'), 2);
    assert.equal(measureOf(period, 'activities'), 5);
    assert.equal(measureOf(period, 'activities:group'), 2);
    assert.ok(isScoreMeasure('activities:class'));
    assert.equal(isScoreMeasure('activities:party'), false);
  });

  it('gives each item count × points up to its cap, sums categories and the total, and keeps the parts', () => {
    const score = dutyScore(period, rule);
    const items = score.categories.flatMap((c) => c.items.map((i) => [i.name, i.count, i.score]));
    assert.deepEqual(items, [
      ['进站接待', 7, 10], // 14 capped at 10
      ['接待群众', 41, 4.1], // 41 × 0.1 without floating-point dust
      ['提出建议', 3, 9],
      ['建议办成', 4, 6],
      ['代表小组活动', 2, 2],
      ['视察', 1, 2],
    ]);
    assert.deepEqual(score.categories.map((c) => [c.name, c.score, c.max]), [['联系群众', 14.1, 15], ['提出建议', 15, undefined], ['参加活动', 4, 8]]);
    assert.equal(score.total, 33.1);
    assert.equal(score.max, undefined, 'no maximum when an item has no cap');
    assert.equal(score.period, 2026);
  });

  it('gives a maximum when every item is capped, and zero for an empty period', () => {
    const capped: ScoringRule = { title: 'x', categories: [{ name: 'a', items: [{ name: 'b', measure: 'receptions', points: 1, max: 12 }] }] };
    const empty = { ...period, receptions: 0 };
    assert.deepEqual([dutyScore(empty, capped).total, dutyScore(empty, capped).max], [0, 12]);
  });
});
