import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatReceptionRules, parseReceptionRules } from './reception-text.js';
import type { ReceptionRule } from '../model.js';

describe('reception rules in one cell', () => {
  const rules: ReceptionRule[] = [
    { kind: 'monthly', day: 10, time: '09:00-11:30', label: '代表接待日' },
    { kind: 'weekly', weekday: 2, halfDay: 'morning', time: '08:30-11:30', onHoliday: 'skip', label: '每周二上午代表值班' },
    { kind: 'quarterly-last-week', label: '履职周' },
    { kind: 'once', date: '2026-06-12', time: '19:00-21:30', onHoliday: 'keep', label: '“小队会”夜谈' },
    { kind: 'weekly', weekday: 7 },
  ];

  it('reads back what it writes', () => {
    const text = formatReceptionRules(rules);
    assert.equal(text, '每月10日 09:00-11:30 代表接待日；每周二 上午 08:30-11:30（节假日取消） 每周二上午代表值班；每季最后一周 履职周；2026-06-12 19:00-21:30（节假日照常） “小队会”夜谈；每周日');
    assert.deepEqual(parseReceptionRules(text), { rules });
  });

  it('reads what a clerk types: 号, 周天, a dash of any width, half-width brackets', () => {
    assert.deepEqual(parseReceptionRules('每月 20 号 14:00—17:00 代表集中活动日; 每周天 下午'), {
      rules: [
        { kind: 'monthly', day: 20, time: '14:00-17:00', label: '代表集中活动日' },
        { kind: 'weekly', weekday: 7, halfDay: 'afternoon' },
      ],
    });
    assert.deepEqual(parseReceptionRules('每季度最后一周(节假日顺延)'), { rules: [{ kind: 'quarterly-last-week', onHoliday: 'next-working-day' }] });
  });

  it('names the part it cannot read', () => {
    assert.deepEqual(parseReceptionRules('每月10日 接待；逢集日'), { unreadable: '逢集日' });
  });
});
