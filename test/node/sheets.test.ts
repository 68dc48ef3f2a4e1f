/**
 * Spreadsheets in and out, from the outside: `renda export-sheet` writes a workbook with Chinese
 * headers, date cells and lists joined with “、”; `renda import-sheet` reads it back into an
 * empty town with the same records (both demo towns), reads a workbook staff made by hand
 * (columns in any order, the usual header variants), and reports problems by sheet, row and
 * column while writing nothing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';

const renda = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), ...args, '--today', FIXTURE_TODAY], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' } });

const LISTS = ['deputies', 'stations', 'suggestions', 'votes', 'receptions', 'activities'] as const;
const records = (dir: string, list: string): unknown[] => {
  try {
    return (JSON.parse(readFileSync(join(dir, `${list}.json`), 'utf8')) as Record<string, unknown[]>)[list]!;
  } catch {
    return [];
  }
};

/** A copy of the demo content with an empty town beside `slug`: its town.json and photos, no records. */
function withEmptyTown(slug: string): { content: string; empty: string } {
  const content = join(mkdtempSync(join(tmpdir(), 'renda-sheets-')), 'content');
  cpSync(join(repoRoot, 'content'), content, { recursive: true });
  const empty = join(content, 'towns', `${slug}-copy`);
  mkdirSync(empty);
  const town = JSON.parse(readFileSync(join(content, 'towns', slug, 'town.json'), 'utf8')) as { slug: string };
  writeFileSync(join(empty, 'town.json'), JSON.stringify({ ...town, slug: `${slug}-copy` }, null, 2));
  cpSync(join(content, 'towns', slug, 'photos'), join(empty, 'photos'), { recursive: true });
  return { content, empty };
}

describe('renda export-sheet and import-sheet', () => {
  for (const slug of ['fengquan', 'chunlan'])
    it(`round trip: ${slug} exported and imported into an empty town gives the same records`, () => {
      const { content, empty } = withEmptyTown(slug);
      const file = join(content, '..', `${slug}.xlsx`);
      const exported = renda('export-sheet', '--content', content, '--town', slug, '--out', file);
      assert.equal(exported.status, 0, exported.stderr);
      const imported = renda('import-sheet', file, '--content', content, '--town', `${slug}-copy`);
      assert.equal(imported.status, 0, imported.stderr);
      assert.match(imported.stdout, /已写入/);
      for (const list of LISTS) assert.deepEqual(records(empty, list), records(join(content, 'towns', slug), list), list);
      assert.equal(renda('check', '--content', content).status, 0);
    });

  it('writes Chinese headers, dates as date cells and lists joined with “、”', async () => {
    const { content } = withEmptyTown('fengquan');
    const file = join(content, '..', 'fengquan.xlsx');
    assert.equal(renda('export-sheet', '--content', content, '--town', 'fengquan', '--out', file).status, 0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ['代表', '联络站', '建议', '建议进程', '票决', '候选项目', '接待记录', '接待事项', '代表活动']);
    const matters = workbook.getWorksheet('接待事项')!;
    assert.deepEqual((matters.getRow(1).values as unknown[]).slice(1, 5), ['接待编号', '事项', '转为建议', '当场答复']);
    const activities = workbook.getWorksheet('代表活动')!;
    assert.ok(activities.getColumn(2).values.slice(2).map(String).includes('代表小组活动'), "an activity's kind by its Chinese name");
    const deputies = workbook.getWorksheet('代表')!;
    assert.deepEqual((deputies.getRow(1).values as unknown[]).slice(1, 6), ['编号', '姓名', '性别', '代表层级', '选区']);
    const levels = deputies.getColumn(4).values.slice(2).map(String);
    assert.ok(levels.some((cell) => /^(乡镇、县（区）|县（区）、乡镇)$/.test(cell)), levels.slice(0, 5).join(' | '));
    const stations = workbook.getWorksheet('联络站')!;
    const reception = (stations.getRow(1).values as unknown[]).indexOf('接待安排');
    assert.equal(stations.getRow(2).getCell(reception).value, '每月10日 09:00-11:30 代表接待日；每月20日 14:00-17:00 代表集中活动日；每季最后一周 09:00-17:00 履职周');
    const history = workbook.getWorksheet('建议进程')!;
    assert.deepEqual((history.getRow(1).values as unknown[]).slice(1, 4), ['建议编号', '日期', '阶段']);
    assert.ok(history.getCell('B2').value instanceof Date, 'a date cell');
    assert.equal(history.getCell('B2').numFmt, 'yyyy-mm-dd');
  });

  /** A town made with renda init, and a workbook written as staff would, cell by cell. */
  async function handMade(rows: Record<string, unknown[][]>): Promise<{ content: string; town: string; file: string }> {
    const work = mkdtempSync(join(tmpdir(), 'renda-handmade-'));
    const content = join(work, 'content');
    assert.equal(renda('init', content, '--town', 'baiquan', '--name', '白泉镇').status, 0);
    const workbook = new ExcelJS.Workbook();
    for (const [name, sheetRows] of Object.entries(rows)) workbook.addWorksheet(name).addRows(sheetRows);
    const file = join(work, '台账.xlsx');
    await workbook.xlsx.writeFile(file);
    return { content, town: join(content, 'towns/baiquan'), file };
  }

  it('reads a hand-made workbook: sheets and columns named the usual ways, in any order', async () => {
    const { content, town, file } = await handMade({
      代表名册: [
        ['代表姓名', '所在选区', '代表编号', '级别', '联系电话备注', '所属联络站'].filter((h) => h !== '联系电话备注'),
        ['王建华', '第1选区', 'ba-001', '乡镇、县', 'center'],
        ['李秀英', '第2选区', 'ba-002', '镇', ''],
      ],
      '建议台账': [
        ['案由', '建议编号', '具体内容', '分类', '建议来源', '领衔代表', '受理联络站', '是否公开'],
        ['村口路灯不亮', '2026-001', '村口三盏路灯坏了。', '基础设施', '接待日', 'ba-001', 'center', '是'],
      ],
      说明: [['本表由镇人大办填写']],
      办理进程: [
        ['办理阶段', '建议编号', '时间', '备注'],
        ['递交', '2026-001', new Date(Date.UTC(2026, 2, 1)), ''],
        ['受理', '2026-001', '2026年3月2日', '代表当场受理'],
      ],
    });
    const result = renda('import-sheet', file, '--content', content, '--town', 'baiquan');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /没有读取表格“说明”/, 'a sheet of notes is named as not read');
    const deputies = records(town, 'deputies') as { id: string; levels: string[]; stations: string[] }[];
    assert.deepEqual(deputies.map((d) => [d.id, d.levels, d.stations]), [['ba-001', ['township', 'county'], ['center']], ['ba-002', ['township'], []]]);
    const [suggestion] = records(town, 'suggestions') as { source: string; public: boolean; history: { stage: string; date: string; note?: string }[] }[];
    assert.equal(suggestion!.source, 'reception');
    assert.equal(suggestion!.public, true);
    assert.deepEqual(suggestion!.history, [{ stage: 'submitted', date: '2026-03-01' }, { stage: 'accepted', date: '2026-03-02', note: '代表当场受理' }]);
    // The stations sheet was not in the workbook: stations.json is left as it was.
    assert.equal((records(town, 'stations') as { id: string }[])[0]!.id, 'center');
    assert.equal(renda('check', '--content', content).status, 0);
  });

  it('reports every problem by sheet, row and column, and writes nothing', async () => {
    const { content, town, file } = await handMade({
      代表: [
        ['编号', '姓名', '代表层级', '选区', '联络站'],
        ['ba-001', '王建华', '乡镇', '第1选区', 'centre'],
        ['ba-002', '李秀英', '村级', '第2选区', 'center'],
      ],
      建议: [
        ['编号', '标题', '内容', '类别', '来源', '代表'],
        ['2026-001', '路灯', '路灯坏了。', '基础设施', '走访', 'ba-001'],
      ],
      建议进程: [
        ['建议编号', '日期', '阶段'],
        ['2026-001', '2026-03-01', '递交'],
        ['2026-001', '三月二日', '已答复了'],
        ['2026-009', '2026-03-03', '受理'],
      ],
    });
    const files = ['deputies', 'stations', 'suggestions'];
    const before = files.map((list) => readFileSync(join(town, `${list}.json`), 'utf8'));
    const result = renda('import-sheet', file, '--content', content, '--town', 'baiquan');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /代表 第 3 行 “代表层级” 列：不认识的值“村级”/);
    assert.match(result.stderr, /建议进程 第 3 行 “日期” 列：不是日期：“三月二日”/);
    assert.match(result.stderr, /建议进程 第 3 行 “阶段” 列：不认识的值“已答复了”/);
    assert.match(result.stderr, /建议进程 第 4 行 “建议编号” 列：表格“建议”里没有编号为“2026-009”的建议/);
    assert.match(result.stderr, /代表 第 2 行 “联络站” 列：没有编号为“centre”的联络站\n  应为：stations\.json 里某个联络站的编号\n  实际："centre"\n  改法：是不是想写“center”？/);
    assert.match(result.stderr, /没有写入任何文件/);
    assert.deepEqual(files.map((list) => readFileSync(join(town, `${list}.json`), 'utf8')), before);
  });

  it("imports a station's receptions and their matters, and names a matter's unknown reception by sheet and row", async () => {
    // The same records twice: first with a matter whose reception is not in the workbook (and the
    // sheets and columns under other usual names), then as they should be.
    const workbook = (receptionsSheet: string, extraMatter: unknown[][]) => ({
      代表: [
        ['编号', '姓名', '代表层级', '选区', '联络站'],
        ['ba-001', '王建华', '乡镇', '第1选区', 'center'],
      ],
      [receptionsSheet]: [
        ['编号', '联络站', '接待日期', '进站代表', receptionsSheet === '接待记录' ? '来访群众' : '来访人数'],
        ['r-2026-03-10', 'center', '2026-03-10', 'ba-001', 4],
      ],
      接待事项: [['接待编号', '事项', '当场答复'], ['r-2026-03-10', '询问医保缴费', '现场讲解缴费渠道'], ...extraMatter],
      代表活动: [
        ['编号', receptionsSheet === '接待记录' ? '类型' : '活动类型', '名称', '日期', '参加代表'],
        ['a-2026-04-01', '视察', '视察民生实事项目', '2026-04-01', 'ba-001'],
      ],
    });
    const { content, town, file } = await handMade(workbook('进站接待', [['r-2026-03-11', '路灯不亮', '']]));
    const refused = renda('import-sheet', file, '--content', content, '--town', 'baiquan');
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /接待事项 第 3 行 “接待编号” 列：表格“接待记录”里没有编号为“r-2026-03-11”的接待记录/);
    assert.equal(existsSync(join(town, 'receptions.json')), false, 'nothing written');

    const fixed = await handMade(workbook('接待记录', []));
    const imported = renda('import-sheet', fixed.file, '--content', fixed.content, '--town', 'baiquan', '--today', '2026-11-20');
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /接待记录 1 次，代表活动 1 项/);
    assert.deepEqual(records(fixed.town, 'receptions'), [{ id: 'r-2026-03-10', station: 'center', date: '2026-03-10', deputies: ['ba-001'], residents: 4, matters: [{ text: '询问医保缴费', answer: '现场讲解缴费渠道' }] }]);
    assert.deepEqual(records(fixed.town, 'activities'), [{ id: 'a-2026-04-01', kind: 'inspection', title: '视察民生实事项目', date: '2026-04-01', deputies: ['ba-001'] }]);
  });

  it('keeps each suggestion’s steps when the workbook has no 建议进程, and names a missing field’s column', async () => {
    const year = FIXTURE_TODAY.slice(0, 4);
    const { content, town, file } = await handMade({
      建议: [
        ['编号', '标题', '内容', '类别', '来源', '代表'],
        [`${year}-001`, '村口路灯不亮（已核实）', '三盏路灯不亮。', '基础设施', '接待日', 'ba-001'],
      ],
    });
    const result = renda('import-sheet', file, '--content', content, '--town', 'baiquan');
    assert.equal(result.status, 0, result.stderr);
    const [suggestion] = records(town, 'suggestions') as { title: string; history: { stage: string }[] }[];
    assert.equal(suggestion!.title, '村口路灯不亮（已核实）');
    assert.deepEqual(suggestion!.history.map((step) => step.stage), ['submitted', 'accepted']);

    const missing = await handMade({ 建议: [['编号', '标题', '内容', '来源', '代表'], [`${year}-001`, '路灯', '路灯坏了。', '接待日', 'ba-001']] });
    const refused = renda('import-sheet', missing.file, '--content', missing.content, '--town', 'baiquan');
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /建议 第 2 行 “类别” 列：缺少必填字段“category”/);
  });

  it('says what is missing in plain words', () => {
    assert.match(renda('export-sheet', '--content', join(repoRoot, 'content'), '--out', 'x.xlsx').stderr, /--town/);
    assert.match(renda('import-sheet', '/no/such.xlsx', '--content', join(repoRoot, 'content'), '--town', 'fengquan').stderr, /没有文件/);
  });
});
