import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FIGURE_DEFINITIONS, FIGURE_NAMES, formatRate, isDone, publishedFigures, suggestionFigures } from './figures.js';
import type { HistoryEntry, Outcome, Satisfaction, Suggestion } from '../model.js';

const TODAY = '2026-11-20';
let n = 0;
function suggestion(steps: [HistoryEntry['stage'], string][], outcome?: Outcome, satisfaction?: Satisfaction): Pick<Suggestion, 'history' | 'outcome' | 'satisfaction' | 'department'> {
  n++;
  return {
    history: steps.map(([stage, date]) => ({ stage, date, ...(stage === 'assigned' ? { department: `部门${n}` } : {}) })),
    ...(outcome ? { outcome } : {}),
    ...(satisfaction ? { satisfaction } : {}),
  };
}

const assigned = (date: string): [HistoryEntry['stage'], string][] => [['submitted', date], ['accepted', date], ['reviewed', date], ['assigned', date]];

describe('办成率: solved (A), being solved (B) or resolved on the spot, among those with a result', () => {
  it('counts each case once', () => {
    assert.equal(isDone({ outcome: 'A' }, { resolvedOnSite: false }), true);
    assert.equal(isDone({ outcome: 'B' }, { resolvedOnSite: false }), true);
    assert.equal(isDone({ outcome: 'C' }, { resolvedOnSite: false }), false);
    assert.equal(isDone({ outcome: 'D' }, { resolvedOnSite: false }), false);
    assert.equal(isDone({}, { resolvedOnSite: true }), true, 'on the spot, no outcome: solved');
    assert.equal(isDone({ outcome: 'C' }, { resolvedOnSite: true }), true, 'on the spot counts as A whatever was written after');
    assert.equal(isDone({}, { resolvedOnSite: false }), undefined, 'no result yet: not in the whole');
  });

  it('is the same figure over a town, whatever the order', () => {
    const town = [
      suggestion([...assigned('2026-01-05'), ['replied', '2026-02-01']], 'A', 'satisfied'),
      suggestion([...assigned('2026-01-05'), ['replied', '2026-05-01']], 'B', 'basically-satisfied'),
      suggestion([...assigned('2026-01-05'), ['replied', '2026-02-01']], 'C', 'unsatisfied'),
      suggestion([['submitted', '2026-03-01'], ['resolved-on-site', '2026-03-01']]),
      suggestion(assigned('2026-10-01')),
      suggestion(assigned('2026-01-05')),
    ];
    const figures = suggestionFigures(town, TODAY);
    assert.deepEqual(figures.done, { part: 3, whole: 4 });
    assert.equal(formatRate(figures.done), '75.0%');
    assert.deepEqual(figures.satisfied, { part: 2, whole: 3 });
    assert.equal(figures.overdue, 1, 'assigned in January, no reply by November');
    assert.deepEqual(figures.onTime, { part: 2, whole: 4 }, 'two on time, one late, one overdue; the running round is not yet counted');
    assert.deepEqual(suggestionFigures([...town].reverse(), TODAY).done, figures.done);
  });

  it('shows — rather than 0% when nothing has a result', () => {
    const figures = suggestionFigures([suggestion(assigned('2026-11-01'))], TODAY);
    assert.equal(formatRate(figures.done), '—');
    assert.equal(publishedFigures([], TODAY).done.value, null);
  });

  it('is published with its definition, under the same name everywhere', () => {
    const published = publishedFigures([suggestion([...assigned('2026-01-05'), ['replied', '2026-02-01']], 'A')], TODAY);
    assert.deepEqual({ part: published.done.part, whole: published.done.whole, value: published.done.value, text: published.done.text }, { part: 1, whole: 1, value: 1, text: '100.0%' });
    for (const locale of ['zh-CN', 'en'] as const)
      for (const key of ['done', 'satisfied', 'onTime'] as const) assert.ok(FIGURE_DEFINITIONS[locale][key].includes(FIGURE_NAMES[locale][key].replace(/ \(.*\)$/, '')), `${locale} ${key}`);
    assert.match(FIGURE_DEFINITIONS['zh-CN'].done, /现场解决/);
  });
});
