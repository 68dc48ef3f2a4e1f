import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { constituenciesOf, constituencyChoices, constituencyKey, constituencyLabel, constituencyText, parseConstituency, type ConstituencyUnit } from './constituencies.js';

describe('parseConstituency', () => {
  const cases: [text: string, units: ConstituencyUnit[]][] = [
    ['第1选区', [{ number: 1 }]],
    ['第1选区（枫泉社区）', [{ number: 1, areas: ['枫泉社区'] }]],
    ['第 12 选区 (春澜社区, 东湖村)', [{ number: 12, areas: ['春澜社区', '东湖村'] }]],
    ['富春区第39选区（枫泉镇枫泉社区、泉湖社区、泉口村）', [{ body: '富春区', number: 39, areas: ['枫泉镇枫泉社区', '泉湖社区', '泉口村'] }]],
    ['杭州市（选举单位）', [{ body: '杭州市', electoralUnit: true }]],
    ['富春区选举单位', [{ body: '富春区', electoralUnit: true }]],
    ['第1选区（枫泉社区）；富春区第39选区（枫泉镇枫泉社区、泉湖社区）', [{ number: 1, areas: ['枫泉社区'] }, { body: '富春区', number: 39, areas: ['枫泉镇枫泉社区', '泉湖社区'] }]],
    ['第3选区;第4选区', [{ number: 3 }, { number: 4 }]],
  ];
  for (const [text, units] of cases) it(`reads “${text}”`, () => assert.deepEqual(parseConstituency(text), { units, unread: [] }));

  it('keeps what it cannot read as written, and says so', () => {
    assert.deepEqual(parseConstituency('枫泉社区一带；第2选区'), { units: [{ text: '枫泉社区一带' }, { number: 2 }], unread: ['枫泉社区一带'] });
  });
});

describe('constituency labels and keys', () => {
  it('writes a unit the usual way, and reads back to the same unit', () => {
    for (const text of ['第3选区（白泉村、东岙村）', '富春区第39选区', '杭州市（选举单位）']) {
      const [unit] = parseConstituency(text).units;
      assert.equal(constituencyLabel(unit!), text);
      assert.deepEqual(parseConstituency(constituencyLabel(unit!)).units, [unit]);
    }
    assert.equal(constituencyText([{ number: 1, areas: ['枫泉社区'] }, { body: '富春区', electoralUnit: true }]), '第1选区（枫泉社区）；富春区（选举单位）');
  });

  it('names a unit by body and number, whatever areas a mention lists; keys have no spaces', () => {
    assert.equal(constituencyKey({ number: 1 }), constituencyKey({ number: 1, areas: ['枫泉社区'] }));
    assert.notEqual(constituencyKey({ number: 39 }), constituencyKey({ body: '富春区', number: 39 }));
    assert.notEqual(constituencyKey({ body: '富春区', electoralUnit: true }), constituencyKey({ body: '富春区', number: 1 }));
    assert.doesNotMatch(constituencyKey({ text: '枫泉 社区' }), /\s/);
  });
});

describe('constituencyChoices', () => {
  const deputies = [
    { constituency: '第1选区（枫泉社区）；富春区第39选区（枫泉镇枫泉社区、泉湖社区、泉口村）' },
    { constituency: '第1选区' },
    { constituency: '第10选区（新塘村）' },
    { constituency: '第2选区（泉湖社区）' },
    { constituency: '杭州市（选举单位）' },
    { constituencies: [{ body: '富春区', number: 39 }] },
  ];
  it('offers every unit once, the fullest label, the town’s own first by number', () => {
    assert.deepEqual(
      constituencyChoices(deputies).map((c) => c.label),
      ['第1选区（枫泉社区）', '第2选区（泉湖社区）', '第10选区（新塘村）', '富春区第39选区（枫泉镇枫泉社区、泉湖社区、泉口村）', '杭州市（选举单位）'],
    );
  });
  it('a deputy in two units belongs to both', () => {
    const keys = constituenciesOf(deputies[0]!).map(constituencyKey);
    assert.deepEqual(keys, [constituencyKey({ number: 1 }), constituencyKey({ body: '富春区', number: 39 })]);
    assert.equal(deputies.filter((d) => constituenciesOf(d).some((u) => constituencyKey(u) === keys[1])).length, 2);
  });
  it('the list form wins over the text; a member without either has no unit', () => {
    assert.deepEqual(constituenciesOf({ constituency: '第9选区', constituencies: [{ number: 2 }] }), [{ number: 2 }]);
    assert.deepEqual(constituenciesOf({}), []);
  });
});
