import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { suggestionsOfDeputy, suggestionsOfStation } from './scope.js';

const records = [
  { id: 'a', deputies: ['d1', 'd2'], station: 's1' },
  { id: 'b', deputies: [], station: 's2' },
  { id: 'c', deputies: ['d2'] },
  { id: 'd', deputies: ['d1'], station: 's1' },
];

describe('a deputy’s and a station’s suggestions (scope.ts)', () => {
  it('keeps those the deputy took part in, in order', () => {
    assert.deepEqual(suggestionsOfDeputy(records, 'd1').map((s) => s.id), ['a', 'd']);
    assert.deepEqual(suggestionsOfDeputy(records, 'd2').map((s) => s.id), ['a', 'c']);
    assert.deepEqual(suggestionsOfDeputy(records, 'nobody'), []);
  });
  it('keeps those received at the station, none without a station', () => {
    assert.deepEqual(suggestionsOfStation(records, 's1').map((s) => s.id), ['a', 'd']);
    assert.deepEqual(suggestionsOfStation(records, 's2').map((s) => s.id), ['b']);
  });
});
