import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyStep, nextSteps, stepOrderProblem, stepProblem } from './steps.js';
import { standing } from './loop.js';
import type { HistoryEntry, Suggestion } from '../model.js';

const h = (...stages: HistoryEntry['stage'][]): HistoryEntry[] => stages.map((stage, i) => ({ stage, date: `2026-01-${String(10 + i).padStart(2, '0')}` }));

describe('the loop’s order (steps.ts)', () => {
  it('accepts first, then reviews before assigning, replies only once assigned', () => {
    assert.equal(stepOrderProblem(h('submitted'), 'reviewed'), 'not-accepted');
    assert.deepEqual(nextSteps(h('submitted', 'accepted')), ['reviewed', 'assigned', 'resolved-on-site']);
    assert.equal(stepOrderProblem(h('submitted', 'accepted'), 'replied'), 'reply-needs-assignment');
    assert.equal(stepOrderProblem(h('submitted', 'accepted', 'assigned'), 'reviewed'), 'review-after-assignment');
    assert.deepEqual(nextSteps(h('submitted', 'accepted', 'reviewed', 'assigned')), ['assigned', 'replied']);
    assert.deepEqual(nextSteps(h('submitted', 'accepted', 'assigned', 'replied')), ['fed-back', 'rated', 'closed']);
    assert.equal(stepOrderProblem(h('submitted', 'accepted', 'assigned', 'replied'), 'replied'), 'already-replied');
    assert.equal(stepOrderProblem(h('submitted', 'accepted', 'assigned', 'replied', 'rated'), 'rated'), 'already-rated');
  });
  it('finished suggestions take no step; on-the-spot only before any assignment', () => {
    assert.deepEqual(nextSteps(h('submitted', 'accepted', 'resolved-on-site')), []);
    assert.deepEqual(nextSteps(h('submitted', 'accepted', 'assigned', 'replied', 'closed')), []);
    assert.equal(stepOrderProblem(h('submitted', 'accepted', 'assigned'), 'resolved-on-site'), 'on-site-after-assignment');
  });
  it('a reopened round keeps its department: a reply may follow at once', () => {
    assert.deepEqual(nextSteps(h('submitted', 'accepted', 'assigned', 'replied', 'rated', 'reopened')), ['assigned', 'replied']);
  });
  it('dates never go back and never into the future', () => {
    assert.equal(stepProblem(h('submitted', 'accepted'), { stage: 'assigned', date: '2026-01-01' }, '2026-02-01'), 'date-before-previous');
    assert.equal(stepProblem(h('submitted', 'accepted'), { stage: 'assigned', date: '2026-03-01' }, '2026-02-01'), 'date-in-future');
    assert.equal(stepProblem(h('submitted', 'accepted'), { stage: 'assigned', date: '2026-02-30' }, '2026-03-01'), 'bad-date');
    assert.equal(stepProblem(h('submitted', 'accepted'), { stage: 'assigned', date: '2026-01-11' }, '2026-03-01'), undefined);
  });
  it('不满意 reopens the same day with the 1-month clock', () => {
    let s: Suggestion = { id: 'x', title: 't', body: 'b', category: 'c', source: 'scan', deputies: [], history: h('submitted', 'accepted') };
    s = applyStep(s, { stage: 'assigned', date: '2026-01-20', department: '镇建设办', coDepartments: ['镇财政所'] });
    s = applyStep(s, { stage: 'replied', date: '2026-02-01', reply: '已处理', outcome: 'B' });
    s = applyStep(s, { stage: 'rated', date: '2026-02-05', satisfaction: 'unsatisfied' });
    assert.deepEqual(s.history.slice(-2).map((e) => e.stage), ['rated', 'reopened']);
    assert.equal(s.department, '镇建设办');
    assert.deepEqual(s.coDepartments, ['镇财政所']);
    const now = standing(s, '2026-02-10');
    assert.equal(now.clock?.due, '2026-03-05');
    assert.equal(now.clock?.basis, 'reopened');
  });
});
