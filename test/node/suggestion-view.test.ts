import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPinyinInitials, normalizeText, searchTerms, termNarrows } from '../../components/suggestion-tracker/search.js';
import { EMPTY_FILTERS, TrackerModel, type TrackerFilters } from '../../components/suggestion-tracker/view.js';
import { readViewState, writeViewState } from '../../components/suggestion-tracker/url-state.js';
import { isDone, rateValue, trackerStats } from '../../domain/suggestions/figures.js';
import { csvCell, suggestionsCsv, suggestionsJson } from '../../domain/suggestions/export.js';
import { emptyHeights, recordHeights, rowOffsets, visibleRange } from '../../components/suggestion-tracker/virtual-range.js';
import { standing } from '../../domain/suggestions/loop.js';
import { syntheticSuggestions, overdueHeavy } from '../../components/suggestion-tracker/synthetic.js';
import { maskSuggestion } from '../../domain/privacy.js';
import type { HistoryEntry, PublicSuggestion, Suggestion } from '../../domain/model.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';

const TODAY = FIXTURE_TODAY;
const town: PublicSuggestion[] = (JSON.parse(readFileSync(join(repoRoot, 'content/towns/fengquan/suggestions.json'), 'utf8')).suggestions as Suggestion[]).flatMap((s) => maskSuggestion(s) ?? []);
const text = (s: PublicSuggestion) => `${s.id}\n${s.title}\n${s.body}\n${s.reply ?? ''}`;

const step = (stage: HistoryEntry['stage'], date: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ stage, date, ...extra });
const item = (id: string, extra: Partial<PublicSuggestion>): PublicSuggestion => ({ id, title: id, body: '', category: '其他', source: 'scan', submitter: '某', deputies: [], history: [step('submitted', '2025-01-01')], ...extra });

describe('search: normalisation, terms, pinyin initials', () => {
  const table: [string, string, string[]][] = [
    ['停车', '停车', ['停车']],
    ['  小区　停车 ', ' 小区 停车 ', ['小区', '停车']],
    ['ＡＢＣ１２３', 'abc123', ['abc123']],
    ['路灯，电梯、停车', '路灯,电梯、停车', ['路灯', '电梯', '停车']],
    ['2025-0001', '2025-0001', ['2025-0001']],
  ];
  for (const [query, normal, terms] of table) {
    it(`“${query}” → ${JSON.stringify(terms)}`, () => {
      assert.equal(normalizeText(query), normal);
      assert.deepEqual(searchTerms(query), terms);
    });
  }

  it('gives pinyin initials from the zh collation (Node’s ICU as in the browser)', () => {
    const initials = createPinyinInitials();
    assert.ok(initials, 'this Node has full ICU');
    const table: [string, string][] = [
      ['停车难', 'tcn'], ['路灯', 'ld'], ['加装电梯', 'jzdt'], ['老旧小区改造', 'ljxqgz'], ['养老服务', 'ylfw'],
      ['医保报销', 'ybbx'], ['垃圾分类', 'ljfl'], ['农贸市场', 'nmsc'], ['噢', 'o'], ['阿姨', 'ay'], ['仨', 's'],
      ['他她它', 'ttt'], ['昨天', 'zt'], ['EV充电桩 3 个', 'evcdz3g'], ['《》！', ''],
    ];
    for (const [word, expected] of table) assert.equal(initials(word), expected, word);
  });

  it('narrows from a previous query only when that is safe', () => {
    assert.equal(termNarrows('停', '停车'), true);
    assert.equal(termNarrows('停车', '停'), false);
    assert.equal(termNarrows('t', 'tc'), false, '“tc” may newly match initials that “t” did not');
    assert.equal(termNarrows('tc', 'tcn'), true);
  });
});

describe('TrackerModel: scope, filters, search, sort', () => {
  const model = new TrackerModel(town, TODAY);
  const ids = (result: Int32Array) => Array.from(result, (i) => town[i]!.id);
  const filter = (f: Partial<TrackerFilters>) => model.apply({}, { ...EMPTY_FILTERS, ...f });

  it('search matches substrings of title, body and reply; every word must match', () => {
    for (const query of ['停车', '路灯', '答复', '建议', '小区 停车', '医保 报销 窗口']) {
      const words = query.split(' ');
      const expected = town.filter((s) => words.every((w) => text(s).toLowerCase().includes(w))).map((s) => s.id);
      assert.deepEqual(ids(filter({ q: query })).sort(), expected.sort(), query);
    }
  });

  it('narrowing a growing query gives what a fresh search gives', () => {
    const fresh = new TrackerModel(town, TODAY);
    for (const q of ['停', '停车', '停车位', '停车位 小', '停车位 小区']) {
      const narrowed = ids(model.apply({}, { ...EMPTY_FILTERS, q }));
      const direct = ids(new TrackerModel(town, TODAY).apply({}, { ...EMPTY_FILTERS, q }));
      assert.deepEqual(narrowed, direct, q);
    }
    for (const q of ['t', 'tc', 'tcw']) assert.deepEqual(ids(fresh.apply({}, { ...EMPTY_FILTERS, q })), ids(new TrackerModel(town, TODAY).apply({}, { ...EMPTY_FILTERS, q })), q);
  });

  it('filters by every field, and by the widget’s scope', () => {
    const deputy = town.find((s) => s.deputies.length)!.deputies[0]!;
    const station = town.find((s) => s.station)!.station!;
    const table: [Partial<TrackerFilters>, (s: PublicSuggestion) => boolean][] = [
      [{ stage: 'assigned' }, (s) => s.history.at(-1)!.stage === 'assigned'],
      [{ category: '道路交通' }, (s) => s.category === '道路交通'],
      [{ source: 'session' }, (s) => s.source === 'session'],
      [{ outcome: 'C' }, (s) => s.outcome === 'C'],
      [{ satisfaction: 'unsatisfied' }, (s) => s.satisfaction === 'unsatisfied'],
      [{ deputy }, (s) => s.deputies.includes(deputy)],
      [{ station }, (s) => s.station === station],
      [{ year: '2026' }, (s) => s.history[0]!.date.startsWith('2026')],
      [{ overdue: true }, (s) => standing(s, TODAY).overdue],
    ];
    for (const [filters, keep] of table) {
      const expected = town.filter(keep).map((s) => s.id);
      assert.ok(expected.length > 0, JSON.stringify(filters));
      assert.deepEqual(ids(filter(filters)).sort(), expected.sort(), JSON.stringify(filters));
    }
    assert.deepEqual(ids(model.apply({ deputy }, EMPTY_FILTERS)).sort(), town.filter((s) => s.deputies.includes(deputy)).map((s) => s.id).sort());
    assert.deepEqual(ids(model.apply({ station, year: '2025' }, EMPTY_FILTERS)).sort(), town.filter((s) => s.station === station && s.history[0]!.date.startsWith('2025')).map((s) => s.id).sort());
  });

  it('sorts by date both ways, by days open, and by deadline with open clocks first', () => {
    const newest = ids(model.apply({}, EMPTY_FILTERS, 'newest'));
    const oldest = ids(model.apply({}, EMPTY_FILTERS, 'oldest'));
    const submitted = (id: string) => town.find((s) => s.id === id)!.history[0]!.date;
    for (let k = 1; k < newest.length; k++) assert.ok(submitted(newest[k - 1]!) >= submitted(newest[k]!));
    for (let k = 1; k < oldest.length; k++) assert.ok(submitted(oldest[k - 1]!) <= submitted(oldest[k]!));
    const days = Array.from(model.apply({}, EMPTY_FILTERS, 'days-open'), (i) => model.standings[i]!.daysOpen);
    for (let k = 1; k < days.length; k++) assert.ok(days[k - 1]! >= days[k]!);
    const byDeadline = Array.from(model.apply({}, EMPTY_FILTERS, 'deadline'), (i) => model.standings[i]!.clock);
    const open = byDeadline.findIndex((c) => !c || c.answeredOn !== undefined);
    assert.ok(open > 0, 'some open clocks');
    for (let k = 1; k < open; k++) assert.ok(byDeadline[k - 1]!.due! <= byDeadline[k]!.due!);
    assert.ok(byDeadline.slice(open).every((c) => !c || c.answeredOn !== undefined), 'answered and clockless items after the open ones');
  });

  it('counts facets for the menus', () => {
    const facets = model.facets({});
    assert.equal(facets.category.reduce((n, f) => n + f.count, 0), town.length);
    assert.equal(facets.year.reduce((n, f) => n + f.count, 0), town.length);
    assert.deepEqual(facets.year.map((f) => f.value), ['2026', '2025']);
  });
});

describe('trackerStats: 办成率 beside 满意率, on-time rate, overdue', () => {
  it('keeps the two rates apart and counts each from its own base', () => {
    const list = [
      item('a', { outcome: 'A', satisfaction: 'unsatisfied', history: [step('submitted', '2025-01-01'), step('assigned', '2025-01-02', { department: '甲' }), step('replied', '2025-02-01'), step('rated', '2025-02-05')] }),
      item('b', { outcome: 'D', satisfaction: 'satisfied', history: [step('submitted', '2025-01-01'), step('assigned', '2025-01-02', { department: '甲' }), step('replied', '2025-05-01'), step('rated', '2025-05-05')] }),
      item('c', { outcome: 'B', history: [step('submitted', '2025-01-01'), step('assigned', '2025-01-02', { department: '甲' }), step('replied', '2025-03-01')] }),
      item('d', { history: [step('submitted', '2025-01-01'), step('resolved-on-site', '2025-01-01')] }),
      item('e', { history: [step('submitted', '2025-01-01'), step('assigned', '2025-01-02', { department: '甲' })] }),
      item('f', { satisfaction: 'basically-satisfied', history: [step('submitted', '2025-06-01'), step('assigned', '2025-06-02', { department: '甲' }), step('replied', '2025-06-10'), step('rated', '2025-06-11')] }),
    ];
    const standings = list.map((s) => standing(s, '2025-06-20'));
    const stats = trackerStats(list, standings);
    assert.deepEqual(stats.done, { part: 3, whole: 4 }, 'A, B and on the spot out of A, D, B, on the spot');
    assert.deepEqual(stats.satisfied, { part: 2, whole: 3 }, 'satisfied + basically out of three rated');
    assert.deepEqual(stats.onTime, { part: 3, whole: 5 }, 'a, c, f on time; b late; e overdue');
    assert.equal(stats.late, 1);
    assert.equal(stats.overdue, 1);
    assert.equal(stats.byStage.rated, 3);
    assert.equal(stats.finished, 3, 'b and f rated without 不满意, d solved on the spot');
    assert.equal(rateValue({ part: 0, whole: 0 }), undefined);
    assert.equal(isDone({ outcome: 'C' }, { resolvedOnSite: false }), false);
    assert.equal(isDone({}, { resolvedOnSite: false }), undefined);
  });

  it('sums the same over a view as over its items', () => {
    const model = new TrackerModel(town, TODAY);
    const view = model.apply({}, { ...EMPTY_FILTERS, category: '道路交通' });
    const sub = town.filter((s) => s.category === '道路交通');
    assert.deepEqual(trackerStats(town, model.standings, view), trackerStats(sub, sub.map((s) => standing(s, TODAY))));
  });
});

describe('URL state', () => {
  const table: [string, string][] = [
    ['', ''],
    ['?q=停车&stage=assigned', '?q=%E5%81%9C%E8%BD%A6&stage=assigned'],
    ['?overdue=1&sort=deadline&suggestion=2025-0005', '?overdue=1&sort=deadline&suggestion=2025-0005'],
    ['?sort=newest', ''],
    ['?stage=bogus&outcome=e&year=25&satisfaction=happy', ''],
    ['?outcome=b', '?outcome=B'],
  ];
  for (const [input, output] of table) {
    it(`${input || '(none)'} → ${output || '(none)'}`, () => assert.equal(writeViewState(readViewState(input)), output));
  }
  it('keeps foreign parameters and uses a prefix', () => {
    const state = readViewState('?id=7&d-q=路灯&q=other', 'd-');
    assert.equal(state.filters.q, '路灯');
    assert.equal(writeViewState({ ...state, filters: { ...state.filters, stage: 'replied' } }, '?id=7&d-q=路灯&q=other', 'd-'), '?id=7&q=other&d-q=%E8%B7%AF%E7%81%AF&d-stage=replied');
  });
});

describe('export', () => {
  it('guards spreadsheet formulas and quotes per RFC 4180', () => {
    const table: [string | number | undefined, string][] = [
      ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'],
      ['=SUM(A1)', "'=SUM(A1)"], ['+86 138', "'+86 138"], ['-1', "'-1"], ['@cmd', "'@cmd"], [12, '12'], [undefined, ''],
    ];
    for (const [value, cell] of table) assert.equal(csvCell(value), cell, String(value));
  });

  it('writes one row per suggestion and one date column per stage; JSON carries the clock', () => {
    const model = new TrackerModel(town, TODAY);
    const view = model.apply({}, { ...EMPTY_FILTERS, q: '路灯' });
    const csv = suggestionsCsv(town, model.standings, view, { locale: 'en' });
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.ok(lines[0]!.includes('Submitted on,Accepted on,Reviewed on,Assigned on,Replied on,Fed back on,Rated on,Closed on,Resolved on the spot on,Reopened on'));
    assert.equal(lines.length, view.length + 1);
    const json = JSON.parse(suggestionsJson(town, model.standings, view, { asOf: TODAY }));
    assert.equal(json.count, view.length);
    for (const s of json.suggestions) {
      const original = town.find((o) => o.id === s.id)!;
      assert.equal(s.stageDates.submitted, original.history[0]!.date);
      assert.equal(s.rounds.length, 1 + original.history.filter((h) => h.stage === 'reopened').length);
    }
  });
});

describe('virtual list arithmetic', () => {
  it('renders the rows in view plus overscan, estimating unmeasured heights', () => {
    const heights = emptyHeights(100);
    const rows = Int32Array.from({ length: 1000 }, (_v, i) => i);
    let offsets = rowOffsets(rows, heights);
    assert.equal(offsets[1000], 100_000);
    assert.deepEqual(visibleRange(offsets, 0, 800, 0), { start: 0, end: 8 });
    assert.deepEqual(visibleRange(offsets, 5000, 5800, 200), { start: 48, end: 60 });
    assert.deepEqual(visibleRange(offsets, 99_950, 100_750, 0), { start: 999, end: 1000 });
    assert.deepEqual(visibleRange(offsets, -3000, -2000, 500), { start: 0, end: 1 }, 'list below the viewport: one row');
    assert.deepEqual(visibleRange(rowOffsets(new Int32Array(0), heights), 0, 800, 0), { start: 0, end: 0 });
    assert.equal(recordHeights(heights, [[0, 150], [1, 50]]), true);
    assert.equal(recordHeights(heights, [[0, 150.2]]), false, 'sub-pixel noise is not a change');
    assert.equal(heights.estimate, 100);
    offsets = rowOffsets(rows, heights);
    assert.equal(offsets[2], 200);
    assert.equal(offsets[1000], 100_000);
  });
});

describe('synthetic sets', () => {
  it('makes 10,000 valid copies with histories in order and nothing after today', () => {
    const many = syntheticSuggestions(town, { count: 10_000, today: TODAY });
    assert.equal(many.length, 10_000);
    assert.equal(new Set(many.map((s) => s.id)).size, 10_000);
    for (const s of many) {
      assert.ok(s.history.at(-1)!.date <= TODAY, s.id);
      for (let k = 1; k < s.history.length; k++) assert.ok(s.history[k - 1]!.date <= s.history[k]!.date, s.id);
    }
  });

  it('an overdue-heavy town is mostly overdue', () => {
    const stalled = overdueHeavy(town, TODAY);
    const overdue = stalled.filter((s) => standing(s, TODAY).overdue).length;
    assert.ok(overdue > town.length * 0.4, `${overdue} overdue`);
  });
});
