import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { receptionMonths, stationReceptions } from './reception-log.js';
import type { Reception } from '../model.js';

const reception = (id: string, station: string, date: string, residents: number, matters = 0): Reception => ({
  id, station, date, deputies: ['d1'], residents, matters: Array.from({ length: matters }, (_, i) => ({ text: `事项${i}` })),
});

const log = [reception('a', 'center', '2026-10-10', 4, 1), reception('b', 'xinsha', '2026-11-03', 2), reception('c', 'center', '2026-11-10', 6, 2), reception('d', 'center', '2025-11-10', 1, 1)];

describe('receptionMonths', () => {
  it('groups by month, newest first, each month newest first, with its totals', () => {
    const months = receptionMonths(log);
    assert.deepEqual(months.map((m) => m.month), ['2026-11', '2026-10', '2025-11']);
    assert.deepEqual(months[0]!.log.map((r) => r.id), ['c', 'b']);
    assert.deepEqual({ ...months[0]!, log: undefined }, { month: '2026-11', log: undefined, receptions: 2, residents: 8, matters: 2 });
  });
  it('no receptions, no months', () => assert.deepEqual(receptionMonths([]), []));
});

describe('stationReceptions', () => {
  it("sums each station's receptions in the period, its last day, and lists a quiet station with zeros", () => {
    assert.deepEqual(stationReceptions(['center', 'xinsha', 'quiet'], log, '2025-11-21', '2026-11-20'), [
      { station: 'center', receptions: 2, residents: 10, matters: 3, last: '2026-11-10' },
      { station: 'xinsha', receptions: 1, residents: 2, matters: 0, last: '2026-11-03' },
      { station: 'quiet', receptions: 0, residents: 0, matters: 0 },
    ]);
  });
  it('leaves out receptions of unknown stations and outside the period', () => {
    assert.deepEqual(stationReceptions(['center'], [...log, reception('e', 'gone', '2026-11-01', 9)], '2026-11-01', '2026-11-09'), [{ station: 'center', receptions: 0, residents: 0, matters: 0 }]);
  });
});
