/**
 * What a Chinese input method does to JSON and front matter, and what `renda check` says about it:
 * each typo named as such, at its exact line and column, once, with no follow-on errors. And every
 * problem at once: a wrong reference is reported in the same run as a broken file beside it, with
 * "did you mean" by id or by name.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonFile } from '../../site/content/json-file.js';
import { parseFrontMatter } from '../../site/content/markdown.js';
import { loadContent } from '../../site/content/loader.js';
import { copyContent, editJson, FIXTURE_TODAY, repoRoot, writeFixtureContent } from '../support/content-fixture.js';

/** [what was typed, the file's text, the one problem's line, column and message]. */
const JSON_TYPOS: [string, string, number, number, RegExp][] = [
  ['a full-width comma after a value', '{\n  "name": "张三"，\n  "id": "a"\n}', 2, 15, /^第 2 行第 15 列是全角逗号“，”，请改为半角逗号“,”$/],
  ['a full-width colon after a field name', '{\n  "name"："张三"\n}', 2, 9, /^第 2 行第 9 列是全角冒号“：”，请改为半角冒号“:”$/],
  ['an enumeration comma between list items', '{\n  "levels": ["township"、"county"]\n}', 2, 24, /^第 2 行第 24 列是全角顿号“、”，请改为半角逗号“,”$/],
  ['a text closed by a full-width quote', '{\n  "name": "张三”,\n  "id": "a"\n}', 2, 14, /^第 2 行第 11 列开始的文字用全角引号「”」结尾了$/],
  ['a list item closed by a full-width quote', '{\n  "levels": ["township”, "county"]\n}', 2, 23, /^第 2 行第 14 列开始的文字用全角引号「”」结尾了$/],
  ['a missing comma between two items of a list', '{\n  "levels": ["township" "county"]\n}', 2, 24, /^第 2 行第 23 列后面少了一个逗号$/],
  ['a missing comma between two objects on their own lines', '{\n  "deputies": [\n    {"id": "a"}\n    {"id": "b"}\n  ]\n}', 3, 16, /^第 3 行第 15 列后面少了一个逗号$/],
  ['a missing comma between two fields', '{\n  "id": "a"\n  "name": "张三"\n}', 2, 12, /^第 2 行第 11 列后面少了一个逗号$/],
  ['a trailing comma in a list', '{\n  "levels": ["township", "county",]\n}', 2, 34, /^第 2 行第 34 列：最后一项后面多了一个逗号$/],
  ['a trailing comma in an object', '{\n  "id": "a",\n}', 2, 12, /^第 2 行第 12 列：最后一项后面多了一个逗号$/],
];

/** Typos that are two characters, each named once. */
const PAIRED: [string, string, [number, number, RegExp][]][] = [
  ['Chinese quotes around a value', '{\n  "name": “张三”\n}', [[2, 11, /全角双引号「“」，请改为半角双引号「"」/], [2, 14, /全角双引号「”」/]]],
  ['full-width square brackets', '{\n  "levels": 【"township"】\n}', [[2, 13, /全角左方括号“【”，请改为半角左方括号“\[”/], [2, 24, /全角右方括号“】”/]]],
];

const FRONT_MATTER_TYPOS: [string, string, number, number, RegExp][] = [
  ['a full-width colon after the title', '---\ntitle：春季例会\ndate: 2026-01-01\n---\n正文\n', 2, 6, /^第 2 行第 6 列是全角冒号“：”，请改为半角冒号“:”$/],
  ['a full-width colon on the only line', '---\ntitle：春季例会\n---\n正文\n', 2, 6, /^第 2 行第 6 列是全角冒号“：”/],
  ['a full-width colon after the date', '---\ntitle: 春季例会\ndate：2026-01-01\n---\n正文\n', 3, 5, /^第 3 行第 5 列是全角冒号“：”/],
  ['no space after the colon', '---\ntitle:春季例会\ndate: 2026-01-01\n---\n正文\n', 2, 6, /^第 2 行第 6 列：“title”后面的冒号后要加一个空格$/],
];

describe('typo hints for Chinese input: typo → message', () => {
  for (const [name, text, line, column, message] of JSON_TYPOS)
    it(`JSON: ${name}`, () => {
      const { json, problems } = parseJsonFile('towns/x/deputies.json', text);
      assert.equal(json, undefined);
      assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
      assert.deepEqual([problems[0]!.line, problems[0]!.column], [line, column]);
      assert.match(problems[0]!.message, message);
    });

  for (const [name, text, expected] of PAIRED)
    it(`JSON: ${name}`, () => {
      const { problems } = parseJsonFile('towns/x/deputies.json', text);
      assert.equal(problems.length, expected.length, JSON.stringify(problems, null, 2));
      expected.forEach(([line, column, message], i) => {
        assert.deepEqual([problems[i]!.line, problems[i]!.column], [line, column]);
        assert.match(problems[i]!.message, message);
      });
    });

  for (const [name, text, line, column, message] of FRONT_MATTER_TYPOS)
    it(`front matter: ${name}`, () => {
      const { parsed, problems } = parseFrontMatter('towns/x/news/a.md', text);
      assert.equal(parsed, undefined);
      assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
      assert.deepEqual([problems[0]!.line, problems[0]!.column], [line, column]);
      assert.match(problems[0]!.message, message);
    });

  it('says the same in English', () => {
    const { problems } = parseJsonFile('a.json', '{\n  "name": "张三"，\n  "id": "a"\n}', 'en');
    assert.equal(problems[0]!.message, 'line 2, column 15 is a full-width comma "，"; write a half-width comma ","');
  });

  it('leaves full-width punctuation inside text alone', () => {
    const { json, problems } = parseJsonFile('a.json', '{\n  "bio": "他说：“好，就这么办【急】”、再见"\n}');
    assert.deepEqual(problems, []);
    assert.equal((json!.value as { bio: string }).bio, '他说：“好，就这么办【急】”、再见');
  });
});

describe('every problem at once, with did-you-mean for ids and names', () => {
  const valid = writeFixtureContent();

  function broken(): string {
    const dir = copyContent(valid);
    // stations.json fails its schema; deputies.json and suggestions.json refer to wrong ids.
    editJson(dir, 'towns/hexi/stations.json', (v) => (v.stations[0].location.crs = 'baidu'));
    editJson(dir, 'towns/hexi/deputies.json', (v) => (v.deputies[0].stations = ['centre']));
    editJson(dir, 'towns/hexi/suggestions.json', (v) => (v.suggestions[0].deputies = ['欧阳秀英']));
    // and a typo in a news article, in the same run
    const news = join(dir, 'towns/hexi/news');
    const first = readFileSync(join(dir, 'towns/hexi/news/2026-01-session.md'), 'utf8');
    writeFileSync(join(news, '2026-01-session.md'), first.replace(/^title: /m, 'title：'));
    return dir;
  }

  it('reports the schema problem, both references and the typo in one run', () => {
    const { content, problems } = loadContent(broken(), { today: FIXTURE_TODAY });
    assert.equal(content, undefined);
    const crs = problems.find((p) => p.path === 'stations[0] (center).location.crs');
    assert.ok(crs, JSON.stringify(problems, null, 2));
    const station = problems.find((p) => p.path === 'deputies[0] (hx-001).stations[0]');
    assert.equal(station?.message, '没有编号为“centre”的联络站');
    assert.equal(station?.fix, '是不是想写“center”？');
    const deputy = problems.find((p) => p.path === 'suggestions[0] (s-001).deputies[0]');
    assert.equal(deputy?.message, '没有编号为“欧阳秀英”的代表');
    assert.equal(deputy?.fix, '“欧阳秀英”是代表 hx-002 的姓名：这里请写编号 "hx-002"');
    assert.ok(problems.some((p) => p.file === 'towns/hexi/news/2026-01-session.md' && /全角冒号/.test(p.message)));
  });

  it('renda check prints them all, each with file, place and fix', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'check', '--content', broken(), '--today', FIXTURE_TODAY], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' } });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /deputies\.json:\d+:\d+（第 \d+ 行第 \d+ 列）  deputies\[0\] \(hx-001\)\.stations\[0\]\n  没有编号为“centre”的联络站\n  应为：stations\.json 里某个联络站的编号\n  实际："centre"\n  改法：是不是想写“center”？/);
    assert.match(run.stderr, /有 4 处问题/);
  });
});
