/**
 * The content fuzzer (issue 11, part 9): malformations of a copy of the demo town chunlan, each
 * checked for a clear answer. Broken input must give problems that name the file, with no stack
 * trace and no `TypeError`; acceptable input must load (and, for a few, build correctly). A
 * handful of real builds check that nothing is written outside `--out` and that a failed build
 * leaves the previous output as it was. Loads only chunlan, so the whole file stays fast.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent, type LoadResult } from '../../site/content/loader.js';
import { formatProblems, type Problem } from '../../site/content/problems.js';
import { buildSites } from '../../site/build.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';

const TOWN = 'towns/chunlan';
const work = mkdtempSync(join(tmpdir(), 'renda-fuzz-'));
/** The pristine copy every case starts from: site.json and the one small town. */
const base = join(work, 'base');
/** Files outside the content that a hostile path or link aims at; they must never be read or published. */
const outside = join(work, 'outside');
const SECRET = 'SECRET-OUTSIDE-THE-CONTENT-7f3a';

before(() => {
  mkdirSync(join(base, 'towns'), { recursive: true });
  cpSync(join(repoRoot, 'content/site.json'), join(base, 'site.json'));
  cpSync(join(repoRoot, 'content', TOWN), join(base, TOWN), { recursive: true });
  mkdirSync(join(outside, 'photos'), { recursive: true });
  writeFileSync(join(outside, 'secret.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><text>${SECRET}</text></svg>`);
  writeFileSync(join(outside, 'photos', 'cj-001.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><text>${SECRET}</text></svg>`);
  writeFileSync(join(outside, 'secret.md'), `---\ntitle: ${SECRET}\ndate: 2026-01-01\n---\n${SECRET}\n`);
  writeFileSync(join(outside, 'town.json'), readFileSync(join(base, TOWN, 'town.json')));
});
after(() => rmSync(work, { recursive: true, force: true }));

let copies = 0;
function freshCopy(): string {
  const dir = join(work, `case-${++copies}`);
  cpSync(base, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

// --- editing helpers --------------------------------------------------------------------------

type Edit = (dir: string) => void;
type Json = Record<string, unknown>;
/** The object at a path inside parsed JSON; the fuzzer breaks files on purpose, so no schema types here. */
const obj = (value: unknown, ...path: (string | number)[]): Json => path.reduce<unknown>((o, key) => (o as Json)[String(key)], value) as Json;
const list = (value: unknown, ...path: (string | number)[]): Json[] => obj(value, ...path) as unknown as Json[];

const readJson = (dir: string, file: string): Json => JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '')) as Json;
const json = (file: string, edit: (value: Json) => void): Edit => (dir) => {
  const value = readJson(dir, file);
  edit(value);
  writeFileSync(join(dir, file), JSON.stringify(value, null, 2));
};
const text = (file: string, edit: (source: string) => string): Edit => (dir) => writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
const bytes = (file: string, content: Uint8Array | string): Edit => (dir) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
};
const replaceWithFolder = (file: string): Edit => (dir) => {
  rmSync(join(dir, file), { recursive: true, force: true });
  mkdirSync(join(dir, file), { recursive: true });
};
const link = (file: string, target: (dir: string) => string): Edit => (dir) => {
  rmSync(join(dir, file), { recursive: true, force: true });
  symlinkSync(target(dir), join(dir, file));
};
const photo = (value: string): Edit => json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['photo'] = value));
const news = (name: string, source: string): Edit => bytes(`${TOWN}/news/${name}`, source);
/** Chunlan (a 街道) has no deputies' ballot: borrow fengquan's first one, edited. */
const withBallot = (edit: (ballot: Json) => void): Edit =>
  json(`${TOWN}/votes.json`, (v) => {
    const ballot = list(JSON.parse(readFileSync(join(repoRoot, 'content/towns/fengquan/votes.json'), 'utf8')), 'votes').find((x) => x['kind'] === 'project-ballot')!;
    // Its progress photos are files of the other town's folder: not this case's subject.
    for (const candidate of list(ballot, 'candidates')) for (const entry of (candidate['progress'] as Json[] | undefined) ?? []) delete entry['photos'];
    edit(ballot);
    list(v, 'votes').push(ballot);
  });
const firstNews = `${TOWN}/news/2026-loop-report.md`;

/** GBK bytes of "春澜街道" (as Notepad on a Chinese Windows saves it). */
const GBK_CHUNLAN = Uint8Array.from([0xb4, 0xba, 0xc0, 0xbd, 0xbd, 0xd6, 0xb5, 0xc0]);

// --- the cases --------------------------------------------------------------------------------

interface Case {
  name: string;
  edit: Edit;
  /** A problem is expected in this file (relative to the content folder) and, if given, with this message. */
  problemIn?: RegExp;
  message?: RegExp;
  /** The content is acceptable: it loads. */
  ok?: true;
  /** It loads, with a warning in this file. */
  warningIn?: RegExp;
  /** Checked on the loaded content. */
  loaded?: (result: LoadResult) => void;
}

const F = {
  site: /^site\.json$/,
  town: /^towns\/chunlan\/town\.json$/,
  deputies: /^towns\/chunlan\/deputies\.json$/,
  stations: /^towns\/chunlan\/stations\.json$/,
  suggestions: /^towns\/chunlan\/suggestions\.json$/,
  votes: /^towns\/chunlan\/votes\.json$/,
  news: /^towns\/chunlan\/news\//,
};

const cases: Case[] = [
  // truncated, empty and wrong-typed files
  { name: 'truncated town.json', edit: text(`${TOWN}/town.json`, (s) => s.slice(0, s.length / 2)), problemIn: F.town, message: /not valid JSON/ },
  { name: 'truncated deputies.json', edit: text(`${TOWN}/deputies.json`, (s) => s.slice(0, 777)), problemIn: F.deputies, message: /not valid JSON/ },
  { name: 'truncated inside a string', edit: text(`${TOWN}/stations.json`, (s) => s.slice(0, s.indexOf('"name"') + 10)), problemIn: F.stations },
  { name: 'empty town.json', edit: bytes(`${TOWN}/town.json`, ''), problemIn: F.town, message: /empty|not valid JSON/ },
  { name: 'empty suggestions.json', edit: bytes(`${TOWN}/suggestions.json`, ''), problemIn: F.suggestions },
  { name: 'only blanks in votes.json', edit: bytes(`${TOWN}/votes.json`, '  \n\t\n'), problemIn: F.votes },
  { name: 'town.json is a list', edit: bytes(`${TOWN}/town.json`, '[]'), problemIn: F.town, message: /wrong type/ },
  { name: 'town.json is null', edit: bytes(`${TOWN}/town.json`, 'null'), problemIn: F.town },
  { name: 'deputies is an object', edit: json(`${TOWN}/deputies.json`, (v) => (v['deputies'] = {})), problemIn: F.deputies, message: /wrong type/ },
  { name: 'a name is a number', edit: json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['name'] = 123)), problemIn: F.deputies, message: /wrong type/ },
  { name: 'levels is a string', edit: json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['levels'] = 'township')), problemIn: F.deputies },
  { name: 'a coordinate in quotes', edit: json(`${TOWN}/stations.json`, (v) => (obj(v, 'stations', 0, 'location')['lng'] = '120.1')), problemIn: F.stations },
  { name: 'history is null', edit: json(`${TOWN}/suggestions.json`, (v) => (obj(v, 'suggestions', 0)['history'] = null)), problemIn: F.suggestions },
  { name: 'comments in JSON', edit: text(`${TOWN}/town.json`, (s) => `// 春澜\n${s}`), problemIn: F.town, message: /not valid JSON/ },
  { name: 'a trailing comma', edit: text(`${TOWN}/town.json`, (s) => s.replace(/\}\s*$/, ',}')), problemIn: F.town },
  { name: 'NaN as a number', edit: text(`${TOWN}/stations.json`, (s) => s.replace(/"lng": [\d.]+/, '"lng": NaN')), problemIn: F.stations },
  { name: 'a number beyond a double', edit: text(`${TOWN}/stations.json`, (s) => s.replace(/"lng": [\d.]+/, `"lng": 1${'0'.repeat(400)}`)), problemIn: F.stations, message: /too large/ },
  { name: 'an unknown field', edit: json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['nmae'] = 'x')), problemIn: F.deputies, message: /unknown field/ },
  { name: 'an unknown kind', edit: json(`${TOWN}/town.json`, (v) => (v['kind'] = 'twon')), problemIn: F.town, message: /unknown value/ },
  { name: 'the slug differs from the folder', edit: json(`${TOWN}/town.json`, (v) => (v['slug'] = 'chunlan2')), problemIn: F.town },
  { name: 'site.json missing', edit: (dir) => rmSync(join(dir, 'site.json')), problemIn: F.site, message: /missing/ },
  { name: 'a javascript: baseUrl', edit: json('site.json', (v) => (v['baseUrl'] = 'javascript:alert(1)//')), problemIn: F.site },
  { name: 'an unknown JSON file', edit: bytes(`${TOWN}/deputy.json`, '{}'), problemIn: /^towns\/chunlan\/deputy\.json$/, message: /unknown file/ },

  // sizes, nesting, encodings, control characters
  { name: 'a file over the size bound', edit: bytes(`${TOWN}/votes.json`, `{"votes": []}${' '.repeat(11 * 1024 * 1024)}`), problemIn: F.votes, message: /too large/ },
  { name: '200,000 nested lists', edit: bytes(`${TOWN}/suggestions.json`, `${'['.repeat(200_000)}${']'.repeat(200_000)}`), problemIn: F.suggestions, message: /nested too deeply/ },
  { name: '100 nested objects', edit: bytes(`${TOWN}/votes.json`, `{"votes": [${'{"a":'.repeat(100)}1${'}'.repeat(100)}]}`), problemIn: F.votes, message: /nested too deeply/ },
  { name: 'deep nesting in front matter', edit: news('2026-deep.md', `---\ntitle: ${'['.repeat(50_000)}\ndate: 2026-01-01\n---\n正文\n`), problemIn: F.news },
  { name: 'GBK-encoded town.json', edit: text(`${TOWN}/town.json`, (s) => s) /* replaced below */, problemIn: F.town, message: /not UTF-8/ },
  { name: 'a Latin-1 byte in news', edit: (dir) => writeFileSync(join(dir, firstNews), Buffer.concat([readFileSync(join(dir, firstNews)), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])])), problemIn: F.news, message: /not UTF-8/ },
  { name: 'UTF-16 with its BOM', edit: (dir) => writeFileSync(join(dir, TOWN, 'stations.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(join(dir, TOWN, 'stations.json'), 'utf8'), 'utf16le')])), problemIn: F.stations, message: /not UTF-8/ },
  { name: 'a raw null byte in a title', edit: text(`${TOWN}/suggestions.json`, (s) => s.replace('"title": "', '"title": "\u0000')), problemIn: F.suggestions, message: /control character/ },
  { name: 'an escaped null in a title', edit: json(`${TOWN}/suggestions.json`, (v) => (obj(v, 'suggestions', 0)['title'] = 'a\u0000b')), problemIn: F.suggestions, message: /control character/ },
  { name: 'a bell in a news body', edit: text(firstNews, (s) => `${s}\n响铃\u0007\n`), problemIn: F.news, message: /control character/ },
  { name: 'an escape character in a bio', edit: json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['bio'] = '\u001b[31m红色')), problemIn: F.deputies, message: /control character/ },
  { name: 'duplicate keys in town.json', edit: text(`${TOWN}/town.json`, (s) => s.replace('"name":', '"name": "甲",\n  "name":')), problemIn: F.town, message: /written twice/ },
  { name: 'duplicate keys inside a deputy', edit: text(`${TOWN}/deputies.json`, (s) => s.replace('"levels":', '"gender": "male", "gender": "female", "levels":')), problemIn: F.deputies, message: /written twice/ },

  // folders and files in each other's place, links
  { name: 'town.json is a folder', edit: replaceWithFolder(`${TOWN}/town.json`), problemIn: F.town, message: /folder where a file belongs/ },
  { name: 'deputies.json is a folder', edit: replaceWithFolder(`${TOWN}/deputies.json`), problemIn: F.deputies, message: /folder where a file belongs/ },
  { name: 'news is a file', edit: (dir) => (rmSync(join(dir, TOWN, 'news'), { recursive: true }), writeFileSync(join(dir, TOWN, 'news'), 'x')), problemIn: /^towns\/chunlan\/news\/$/, message: /file where a folder belongs/ },
  { name: 'a news article is a folder', edit: replaceWithFolder(`${TOWN}/news/2026-folder.md`), problemIn: F.news, message: /folder where a file belongs/ },
  { name: 'towns is a file', edit: (dir) => (rmSync(join(dir, 'towns'), { recursive: true }), writeFileSync(join(dir, 'towns'), 'x')), problemIn: /^towns\/$/, message: /file where a folder belongs/ },
  { name: 'a stray file among the towns', edit: bytes('towns/notes.txt', 'x'), problemIn: /^towns\/notes\.txt$/ },
  { name: 'a town folder that is a link', edit: (dir) => symlinkSync(join(dir, TOWN), join(dir, 'towns', 'linked')), problemIn: /^towns\/linked$/, message: /symbolic link/ },
  { name: 'town.json linked outside', edit: link(`${TOWN}/town.json`, () => join(outside, 'town.json')), problemIn: F.town, message: /outside the content/ },
  { name: 'a news article linked outside', edit: (dir) => symlinkSync(join(outside, 'secret.md'), join(dir, TOWN, 'news', '2026-secret.md')), problemIn: F.news, message: /outside the content/ },
  { name: 'deputies.json is a pipe', edit: (dir) => (rmSync(join(dir, TOWN, 'deputies.json')), execFileSync('mkfifo', [join(dir, TOWN, 'deputies.json')])), problemIn: F.deputies, message: /not a regular file/ },
  { name: 'a hidden file among the towns is ignored', edit: bytes('towns/.DS_Store', 'x'), ok: true },

  // paths in content
  { name: 'a photo path with ../', edit: photo('../../../../../../etc/passwd'), problemIn: F.deputies, message: /leaves the town/ },
  { name: 'a photo path with ../ to a neighbour', edit: photo('../chunlan/photos/cj-001.svg'), problemIn: F.deputies, message: /leaves the town/ },
  { name: 'an absolute photo path', edit: photo('/etc/passwd'), problemIn: F.deputies, message: /absolute path/ },
  { name: 'a Windows photo path', edit: photo('C:\\photos\\a.jpg'), problemIn: F.deputies, message: /absolute path/ },
  { name: 'a photo path with backslashes', edit: photo('photos\\cj-001.svg'), problemIn: F.deputies, message: /backslashes/ },
  { name: 'a file: photo address', edit: photo('file:///etc/passwd'), problemIn: F.deputies, message: /scheme/ },
  { name: 'a photo linked outside', edit: (dir) => (symlinkSync(join(outside, 'secret.svg'), join(dir, TOWN, 'photos', 'evil.svg')), photo('photos/evil.svg')(dir)), problemIn: F.deputies, message: /outside the town/ },
  { name: 'the photos folder linked outside', edit: link(`${TOWN}/photos`, () => join(outside, 'photos')), problemIn: F.deputies, message: /outside the town/ },
  { name: 'a photo that is a folder', edit: photo('photos'), problemIn: F.deputies, message: /folder/ },
  { name: 'a photo that is missing', edit: photo('photos/nobody.jpg'), problemIn: F.deputies, message: /does not exist/ },
  { name: 'a photo linked inside the town is fine', edit: (dir) => (symlinkSync('cj-001.svg', join(dir, TOWN, 'photos', 'alias.svg')), photo('photos/alias.svg')(dir)), ok: true },
  { name: 'an https photo is fine', edit: photo('https://img.example.cn/cj-001.jpg'), ok: true },

  // references and ids
  { name: 'a dangling station reference', edit: json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['stations'] = ['no-such-station'])), problemIn: F.deputies, message: /no station/ },
  { name: 'a dangling deputy reference', edit: json(`${TOWN}/suggestions.json`, (v) => (obj(v, 'suggestions', 0)['deputies'] = ['zz-999'])), problemIn: F.suggestions, message: /no deputy/ },
  { name: 'swapped ids: a station id where a deputy belongs', edit: json(`${TOWN}/stations.json`, (v) => (obj(v, 'stations', 0)['deputies'] = [obj(v, 'stations', 1)['id']])), problemIn: F.stations, message: /no deputy/ },
  { name: 'duplicate deputy ids', edit: json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 1)['id'] = obj(v, 'deputies', 0)['id'])), problemIn: F.deputies, message: /duplicate id/ },
  { name: 'duplicate station ids', edit: json(`${TOWN}/stations.json`, (v) => (obj(v, 'stations', 1)['id'] = obj(v, 'stations', 0)['id'])), problemIn: F.stations, message: /duplicate id/ },
  { name: 'duplicate suggestion ids', edit: json(`${TOWN}/suggestions.json`, (v) => (obj(v, 'suggestions', 1)['id'] = obj(v, 'suggestions', 0)['id'])), problemIn: F.suggestions, message: /duplicate id/ },
  { name: 'a rating of a missing suggestion', edit: json(`${TOWN}/votes.json`, (v) => list(v, 'votes').filter((x) => x['kind'] === 'rating').forEach((x) => (x['subject'] = { type: 'suggestion', id: 'nope-1' }))), problemIn: F.votes },

  // dates
  { name: 'a poll closing on 30 February at 25:61', edit: json(`${TOWN}/votes.json`, (v) => list(v, 'votes').filter((x) => x['kind'] === 'poll').forEach((x) => (x['closes'] = '2026-02-30T25:61:00+08:00'))), problemIn: F.votes, message: /does not exist/ },
  { name: 'an offset beyond 14 hours', edit: json(`${TOWN}/votes.json`, (v) => list(v, 'votes').filter((x) => x['kind'] === 'poll').forEach((x) => (x['opens'] = '2026-01-01T08:00:00+15:00'))), problemIn: F.votes, message: /does not exist/ },
  { name: 'a completion month 13', edit: withBallot((ballot) => (obj(ballot, 'candidates', 0)['completion'] = '2026-13')), problemIn: F.votes, message: /does not exist/ },
  { name: 'a term starting on 30 February', edit: json(`${TOWN}/town.json`, (v) => (obj(v, 'congress')['termStart'] = '2026-02-30')), problemIn: F.town, message: /does not exist/ },
  { name: 'a history date of 31 April', edit: json(`${TOWN}/suggestions.json`, (v) => (obj(v, 'suggestions', 0, 'history', 0)['date'] = '2025-04-31')), problemIn: F.suggestions, message: /does not exist/ },
  { name: 'a reception at 25:00', edit: json(`${TOWN}/stations.json`, (v) => (obj(v, 'stations', 0)['reception'] = [{ kind: 'monthly', day: 10, time: '25:00' }])), problemIn: F.stations, message: /does not exist/ },
  { name: 'a news date in month 13', edit: news('2026-bad-date.md', '---\ntitle: 坏日期\ndate: 2025-13-01\n---\n正文\n'), problemIn: F.news, message: /does not exist/ },
  { name: 'a news date of 29 February 2025', edit: news('2026-bad-leap.md', '---\ntitle: 坏日期\ndate: 2025-02-29\n---\n正文\n'), problemIn: F.news, message: /does not exist/ },
  { name: 'a news date as a number', edit: news('2026-number-date.md', '---\ntitle: 数字日期\ndate: 20260101\n---\n正文\n'), problemIn: F.news },

  // odd Markdown front matter
  { name: 'front matter not closed', edit: news('2026-open.md', '---\ntitle: 没有结尾\ndate: 2026-01-01\n正文\n'), problemIn: F.news, message: /not closed/ },
  { name: 'no front matter', edit: news('2026-none.md', '正文而已\n'), problemIn: F.news, message: /no front matter/ },
  { name: 'invalid YAML', edit: news('2026-yaml.md', '---\ntitle: [未闭合\ndate: 2026-01-01\n---\n正文\n'), problemIn: F.news, message: /not valid YAML/ },
  { name: 'front matter that is a list', edit: news('2026-list.md', '---\n- a\n- b\n---\n正文\n'), problemIn: F.news },
  { name: 'news without a date', edit: news('2026-nodate.md', '---\ntitle: 无日期\n---\n正文\n'), problemIn: F.news, message: /date/ },
  { name: 'an empty title', edit: news('2026-empty-title.md', '---\ntitle: ""\ndate: 2026-01-01\n---\n正文\n'), problemIn: F.news },
  { name: 'an empty Markdown file', edit: news('2026-empty.md', ''), problemIn: F.news },
  { name: 'a file name with capitals and a blank', edit: news('Bad Name.md', '---\ntitle: 名字\ndate: 2026-01-01\n---\n正文\n'), problemIn: F.news, message: /URL-safe/ },
  { name: 'YAML aliases in front matter', edit: news('2026-alias.md', '---\ntitle: &t 标题\nsummary: *t\ndate: 2026-01-01\n---\n正文\n'), ok: true },
  { name: 'front matter only, no body', edit: news('2026-no-body.md', '---\ntitle: 只有标题\ndate: 2026-01-01\n---\n'), ok: true },

  // acceptable oddities
  { name: 'a BOM in town.json', edit: text(`${TOWN}/town.json`, (s) => `\uFEFF${s}`), ok: true },
  { name: 'a BOM in a news article', edit: text(firstNews, (s) => `\uFEFF${s}`), ok: true },
  { name: 'CRLF line endings in JSON', edit: text(`${TOWN}/deputies.json`, (s) => s.replace(/\n/g, '\r\n')), ok: true },
  { name: 'CRLF line endings in Markdown', edit: text(firstNews, (s) => s.replace(/\n/g, '\r\n')), ok: true },
  {
    name: 'emoji and RTL marks in text',
    edit: json(`${TOWN}/suggestions.json`, (v) => (obj(v, 'suggestions', 0)['title'] = '路灯🚦不亮\u200F\u202Eأ')),
    ok: true,
    loaded: (r) => assert.ok(r.content!.towns[0]!.suggestions.some((s) => s.title.includes('🚦'))),
  },
  { name: 'a lone surrogate escape', edit: json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['bio'] = 'a\uD800b')), ok: true },
  { name: 'a 2 MB string', edit: json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['bio'] = '长'.repeat(700_000))), ok: true },
  {
    name: 'a mobile in a deputy bio: a warning',
    edit: json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['bio'] = '手机138 1234 5678')),
    warningIn: F.deputies,
    loaded: (r) => assert.equal(r.content!.towns[0]!.deputies[0]!.bio, '手机138 1234 5678'),
  },
  {
    name: 'an ID number in news: masked',
    edit: text(firstNews, (s) => `${s}\n身份证330183198506122134\n`),
    ok: true,
    loaded: (r) => assert.ok(r.content!.towns[0]!.news.every((n) => !n.html.includes('330183198506122134'))),
  },
  {
    name: 'a bank card in a vote description: masked',
    edit: withBallot((ballot) => (obj(ballot, 'candidates', 0)['description'] = '汇款6212261202012345678')),
    ok: true,
    loaded: (r) => assert.ok(!JSON.stringify(r.content!.towns[0]!.votes).includes('6212261202012345678')),
  },
];

// The GBK case needs bytes, not text: "春澜街道" in GBK where the name is.
cases.find((c) => c.name === 'GBK-encoded town.json')!.edit = (dir) => {
  const source = readFileSync(join(dir, TOWN, 'town.json'), 'utf8');
  const at = source.indexOf('春澜街道');
  writeFileSync(join(dir, TOWN, 'town.json'), Buffer.concat([Buffer.from(source.slice(0, at)), GBK_CHUNLAN, Buffer.from(source.slice(at + 4))]));
};

const load = (dir: string) => loadContent(dir, { towns: ['chunlan'], today: FIXTURE_TODAY, locale: 'en' });

/** A message a webmaster can act on: no stack, no JavaScript error names, every problem names its file. */
function assertClear(problems: readonly Problem[]): void {
  const printed = formatProblems(problems);
  assert.doesNotMatch(printed, /TypeError|RangeError|ReferenceError|SyntaxError|\bundefined\b|\[object Object\]|\n\s+at .+:\d+:\d+/);
  for (const p of problems) {
    assert.equal(typeof p.file, 'string');
    assert.ok(p.file.length > 0 && !p.file.startsWith('/') && !p.file.includes(work), `a file relative to the content: ${p.file}`);
    assert.ok(p.message.length > 0);
  }
}

describe('the content fuzzer: every malformation gets a clear answer', () => {
  it('has at least 60 malformations', () => assert.ok(cases.length >= 60, String(cases.length)));

  it('starts from content that loads', () => {
    const result = load(base);
    assert.deepEqual(result.problems, []);
  });

  for (const c of cases) {
    it(c.name, () => {
      const dir = freshCopy();
      c.edit(dir);
      let result: LoadResult;
      try {
        result = load(dir);
      } catch (error) {
        assert.fail(`the loader threw instead of reporting: ${error instanceof Error ? error.stack : String(error)}`);
      }
      assertClear([...result.problems, ...result.warnings]);
      if (c.problemIn) {
        assert.equal(result.content, undefined, 'broken content must not load');
        const named = result.problems.filter((p) => c.problemIn!.test(p.file));
        assert.ok(named.length > 0, `a problem in ${c.problemIn}; got:\n${formatProblems(result.problems)}`);
        if (c.message) assert.ok(named.some((p) => c.message!.test(p.message)), `a message like ${c.message}; got:\n${formatProblems(named)}`);
      } else {
        assert.deepEqual(result.problems, [], formatProblems(result.problems));
        assert.ok(result.content);
        if (c.warningIn) assert.ok(result.warnings.some((w) => c.warningIn!.test(w.file)), formatProblems(result.warnings));
      }
      assert.ok(!JSON.stringify(result.content ?? {}).includes(SECRET), 'nothing from outside the content is loaded');
      c.loaded?.(result);
      rmSync(dir, { recursive: true, force: true });
    });
  }
});

/** Every file under a folder with its size and content hash-ish: enough to see any change. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else out.push(`${prefix}${entry.name} ${statSync(path).size} ${statSync(path).mtimeMs}`);
    }
  };
  walk(dir, '');
  return out;
}

function allText(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else parts.push(readFileSync(path, 'latin1'));
    }
  };
  walk(dir);
  return parts.join('\n');
}

describe('the content fuzzer: builds', () => {
  const site = join(work, 'site-parent');
  const out = join(site, '_site');

  it('builds acceptable oddities correctly (BOM, CRLF, emoji, a linked photo inside the town, an ID in news)', async () => {
    const dir = freshCopy();
    text(`${TOWN}/town.json`, (s) => `\uFEFF${s.replace(/\n/g, '\r\n')}`)(dir);
    text(firstNews, (s) => `\uFEFF${s.replace(/\n/g, '\r\n')}\r\n身份证330183198506122134\r\n`)(dir);
    json(`${TOWN}/suggestions.json`, (v) => (obj(v, 'suggestions', 0)['title'] = '路灯🚦不亮'))(dir);
    symlinkSync('cj-001.svg', join(dir, TOWN, 'photos', 'alias.svg'));
    photo('photos/alias.svg')(dir);
    mkdirSync(site, { recursive: true });
    const result = await buildSites({ contentDir: dir, outDir: out, towns: ['chunlan'], today: FIXTURE_TODAY });
    assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
    const published = allText(out);
    assert.ok(Buffer.from(published, 'latin1').toString('utf8').includes('🚦'), 'the emoji is published');
    assert.ok(!published.includes('330183198506122134'), 'the ID number is masked');
    const copied = join(out, 'chunlan', 'photos', 'alias.svg');
    assert.ok(statSync(copied).isFile(), 'the linked photo is copied as a file');
    assert.deepEqual(readdirSync(site), ['_site'], 'nothing beside the output');
  });

  it('a failed build leaves the previous output, the content and everything around untouched', async () => {
    const before = snapshot(out);
    const outsideBefore = snapshot(outside);
    for (const edit of [photo('../../../outside/secret.svg'), (d: string) => (symlinkSync(join(outside, 'secret.svg'), join(d, TOWN, 'photos', 'evil.svg')), photo('photos/evil.svg')(d)), bytes(`${TOWN}/town.json`, '{')]) {
      const dir = freshCopy();
      edit(dir);
      const contentBefore = snapshot(dir);
      const result = await buildSites({ contentDir: dir, outDir: out, towns: ['chunlan'], today: FIXTURE_TODAY });
      assert.equal(result.ok, false);
      if (!result.ok) assertClear(result.problems);
      assert.deepEqual(snapshot(out), before, 'the previous output is untouched');
      assert.deepEqual(snapshot(dir), contentBefore, 'the content is untouched');
      assert.deepEqual(readdirSync(site), ['_site'], 'nothing written beside the output');
    }
    assert.deepEqual(snapshot(outside), outsideBefore);
    assert.ok(!allText(out).includes(SECRET));
  });

  it('renda check prints a clear message and exits 1, without a stack trace', () => {
    const dir = freshCopy();
    photo('../../../../etc/passwd')(dir);
    bytes(`${TOWN}/votes.json`, `${'['.repeat(200_000)}`)(dir);
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'check', '--content', dir, '--town', 'chunlan', '--lang', 'zh-CN'], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    // In Chinese by default: the place in words beside the file:line:column an editor opens.
    assert.match(run.stderr, /towns\/chunlan\/deputies\.json:\d+:\d+（第 \d+ 行第 \d+ 列） +deputies\[0\] \(\S+\)\.photo/);
    assert.match(run.stderr, /路径跑出了本镇的文件夹/);
    assert.match(run.stderr, /towns\/chunlan\/votes\.json:1:\d+/);
    assert.doesNotMatch(run.stderr, /TypeError|RangeError|\n\s+at /);
  });

  it('renda check prints warnings and exits 0', () => {
    const dir = freshCopy();
    json(`${TOWN}/deputies.json`, (v) => (obj(v, 'deputies', 0)['bio'] = '值班手机13812345678'))(dir);
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), 'check', '--content', dir, '--town', 'chunlan', '--lang', 'zh-CN'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /towns\/chunlan\/deputies\.json:\d+:\d+（第 \d+ 行第 \d+ 列） +deputies\[0\] \(\S+\)\.bio\n +正文里有手机号码/);
    assert.match(run.stderr, /1 条提醒/);
  });
});
