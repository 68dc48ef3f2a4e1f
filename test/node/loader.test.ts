import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renameSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../site/content/loader.js';
import type { Problem } from '../../site/content/problems.js';
import { copyContent, editJson, FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

const valid = writeFixtureContent();
const load = (dir: string) => loadContent(dir, { today: FIXTURE_TODAY, locale: 'en' });

/** Breaks a copy of the fixture and returns the problems the loader reports. */
function problemsAfter(edit: (dir: string) => void): Problem[] {
  const dir = copyContent(valid);
  edit(dir);
  const result = load(dir);
  assert.equal(result.content, undefined, 'content with a problem must not load');
  assert.ok(result.problems.length > 0);
  return result.problems;
}

type ProblemMatch = { [K in keyof Problem]?: Problem[K] | RegExp };

function findProblem(problems: Problem[], match: ProblemMatch): Problem {
  const found = problems.find((p) =>
    Object.entries(match).every(([key, expected]) =>
      expected instanceof RegExp ? expected.test(String(p[key as keyof Problem] ?? '')) : p[key as keyof Problem] === (expected as unknown),
    ),
  );
  assert.ok(found, `no problem like ${JSON.stringify(match, (_k, v) => (v instanceof RegExp ? String(v) : v))} in:\n${JSON.stringify(problems, null, 2)}`);
  return found;
}

describe('loadContent on valid content', () => {
  it('loads, links deputies and stations both ways, masks and drops private items', () => {
    const { content, problems } = load(valid);
    assert.deepEqual(problems, []);
    const town = content!.towns[0]!;
    assert.equal(town.town.slug, 'hexi');
    // hx-002 is listed only by the station; hx-001 only lists the station.
    assert.deepEqual(town.deputies.find((d) => d.id === 'hx-002')!.stations, ['center']);
    assert.ok(town.stations.find((s) => s.id === 'center')!.deputies.includes('hx-001'));
    assert.deepEqual(town.suggestions.map((s) => s.id), ['s-001', 's-002']);
    const first = town.suggestions[0]!;
    assert.equal(first.submitter, '王先生');
    assert.ok(!first.body.includes('13812345678'));
    assert.ok(!('public' in first) && !('submitterGender' in first));
  });

  it('renders Markdown without raw HTML', () => {
    const article = load(valid).content!.towns[0]!.news[0]!;
    assert.match(article.html, /<strong>民生实事项目<\/strong>/);
    assert.ok(!article.html.includes('<script>'));
    assert.equal(article.date, '2026-01-15');
  });
});

describe('a deputy’s 选区 as text or as a list', () => {
  it('reads the text into units, writes the list into text, and warns about text it cannot read', () => {
    const dir = copyContent(valid);
    editJson(dir, 'towns/hexi/deputies.json', (v) => {
      v.deputies[0].constituency = '第1选区（河西社区）；富春区第39选区（河西镇河西社区、东村）';
      delete v.deputies[1].constituency;
      v.deputies[1].constituencies = [{ number: 2, areas: ['北村', '南村'] }, { body: '杭州市', electoralUnit: true }];
    });
    const before = load(dir);
    assert.deepEqual(before.problems, []);
    assert.deepEqual(before.warnings, []);
    const [first, second] = before.content!.towns[0]!.deputies;
    assert.deepEqual(first!.constituencies, [{ number: 1, areas: ['河西社区'] }, { body: '富春区', number: 39, areas: ['河西镇河西社区', '东村'] }]);
    assert.equal(second!.constituency, '第2选区（北村、南村）；杭州市（选举单位）');

    editJson(dir, 'towns/hexi/deputies.json', (v) => (v.deputies[0].constituency = '河西社区一带'));
    const after = load(dir);
    assert.ok(after.content, 'unread text is a warning, not an error');
    findProblem(after.warnings, { file: 'towns/hexi/deputies.json', path: 'deputies[0] (hx-001).constituency', message: /河西社区一带/, fix: /constituencies/ });
  });

  it('a deputy needs one of the two, and a unit needs a number or to be an electoral unit', () => {
    const problems = problemsAfter((dir) =>
      editJson(dir, 'towns/hexi/deputies.json', (v) => {
        delete v.deputies[0].constituency;
        delete v.deputies[1].constituency;
        v.deputies[1].constituencies = [{ areas: ['北村'] }];
      }),
    );
    findProblem(problems, { path: 'deputies[0] (hx-001)', message: 'missing required field "constituency"', expected: /or give constituencies as a list/ });
    findProblem(problems, { path: 'deputies[1] (hx-002).constituencies[0]', message: 'missing required field "number"', expected: /第3选区 → 3/ });
    assert.equal(problems.length, 2, JSON.stringify(problems, null, 2));
  });
});

describe('议政代表 who are not deputies', () => {
  it('need a 议政代表会, serve at no level, and may have no 选区', () => {
    const problems = problemsAfter((dir) =>
      editJson(dir, 'towns/hexi/deputies.json', (v) => {
        v.deputies.push({ id: 'hx-y01', name: '应秀兰', kind: 'assembly-member', levels: [], stations: [] });
        v.deputies[1].kind = 'assembly-member';
      }),
    );
    findProblem(problems, { path: 'deputies[2] (hx-y01).kind', message: /needs a 议政代表会/, fix: /"assembly": "…议政代表会" to congress in town.json/ });
    findProblem(problems, { path: 'deputies[1] (hx-002).levels', message: 'a 议政代表 who is not a deputy serves at no level', expected: '"levels": []' });
    const deputyWithoutLevel = problemsAfter((dir) => editJson(dir, 'towns/hexi/deputies.json', (v) => (v.deputies[0].levels = [])));
    findProblem(deputyWithoutLevel, { path: 'deputies[0] (hx-001).levels', message: 'the list is too short' });
  });

  it('load in a town with a 议政代表会', () => {
    const dir = copyContent(valid);
    editJson(dir, 'towns/hexi/town.json', (t) => {
      t.kind = 'subdistrict';
      t.congress = { ...t.congress, kind: 'working-committee', assembly: '河西街道议政代表会' };
    });
    editJson(dir, 'towns/hexi/deputies.json', (v) => v.deputies.push({ id: 'hx-y01', name: '应秀兰', kind: 'assembly-member', levels: [], stations: ['center'] }));
    const { content, problems, warnings } = load(dir);
    assert.deepEqual(problems, []);
    assert.deepEqual(warnings, []);
    const member = content!.towns[0]!.deputies.find((d) => d.id === 'hx-y01')!;
    assert.equal(member.constituency, '');
    assert.deepEqual(member.constituencies, []);
    assert.ok(content!.towns[0]!.stations.find((s) => s.id === 'center')!.deputies.includes('hx-y01'));
  });
});

describe('loadContent on bad input names the file, the place and the fix', () => {
  it('malformed JSON: line and column', () => {
    const problems = problemsAfter((dir) => {
      const path = join(dir, 'towns/hexi/deputies.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"constituency": "第1选区",', '"constituency": "第1选区",,'));
    });
    const p = findProblem(problems, { file: 'towns/hexi/deputies.json', message: /not valid JSON/ });
    assert.equal(typeof p.line, 'number');
    assert.ok(p.line! > 1 && p.column! > 1);
  });

  it('a trailing comma is explained', () => {
    const problems = problemsAfter((dir) => writeFileSync(join(dir, 'site.json'), '{\n  "title": "x",\n  "baseUrl": "https://a.cn/",\n  "defaultLocale": "zh-CN",\n}\n'));
    // Named at the comma itself, not at the "}" where the parser stumbles.
    const p = findProblem(problems, { file: 'site.json', line: 4, column: 27 });
    assert.match(p.message, /comma after the last item/);
    assert.equal(problems.length, 1, 'no follow-on errors');
  });

  it('missing required field', () => {
    const problems = problemsAfter((dir) => editJson(dir, 'towns/hexi/deputies.json', (v) => delete v.deputies[1].name));
    const p = findProblem(problems, { file: 'towns/hexi/deputies.json', message: 'missing required field "name"' });
    assert.equal(p.path, 'deputies[1] (hx-002)');
    assert.equal(typeof p.line, 'number');
  });

  it('wrong type', () => {
    const problems = problemsAfter((dir) => editJson(dir, 'towns/hexi/town.json', (v) => (v.congress.deputies = '50')));
    const p = findProblem(problems, { path: 'congress.deputies', message: 'wrong type' });
    assert.match(p.expected!, /whole number/);
    assert.match(p.found!, /"50"/);
    assert.match(p.fix!, /without quotes/);
  });

  for (const [label, file, edit, path, suggestion] of [
    ['stage', 'towns/hexi/suggestions.json', (v: any) => (v.suggestions[0].history[1].stage = 'acepted'), 'suggestions[0] (s-001).history[1].stage', 'accepted'],
    ['level', 'towns/hexi/deputies.json', (v: any) => (v.deputies[0].levels = ['township', 'contry']), 'deputies[0] (hx-001).levels[1]', 'county'],
    ['station kind', 'towns/hexi/stations.json', (v: any) => (v.stations[0].kind = 'centre'), 'stations[0] (center).kind', 'center'],
    ['crs', 'towns/hexi/stations.json', (v: any) => (v.stations[0].location.crs = 'GCJ02'), 'stations[0] (center).location.crs', 'gcj02'],
    ['outcome', 'towns/hexi/suggestions.json', (v: any) => (v.suggestions[0].outcome = 'E'), 'suggestions[0] (s-001).outcome', undefined],
    ['town kind', 'towns/hexi/town.json', (v: any) => (v.kind = 'village'), 'kind', undefined],
  ] as const) {
    it(`unknown enum value: ${label}`, () => {
      const problems = problemsAfter((dir) => editJson(dir, file, edit));
      const p = findProblem(problems, { file, path, message: 'unknown value' });
      assert.match(p.expected!, /^one of /);
      if (suggestion) assert.equal(p.fix, `did you mean "${suggestion}"?`);
    });
  }

  it('unknown field suggests the right spelling', () => {
    const problems = problemsAfter((dir) => editJson(dir, 'towns/hexi/deputies.json', (v) => (v.deputies[0].constituncy = v.deputies[0].constituency)));
    findProblem(problems, { message: 'unknown field "constituncy"', fix: 'did you mean "constituency"?' });
  });

  it('duplicate ids', () => {
    const problems = problemsAfter((dir) => editJson(dir, 'towns/hexi/deputies.json', (v) => (v.deputies[1].id = 'hx-001')));
    const p = findProblem(problems, { file: 'towns/hexi/deputies.json', message: 'duplicate id "hx-001"' });
    assert.equal(p.path, 'deputies[1] (hx-001).id');
    assert.match(p.found!, /deputies\[0\]/);
  });

  it('duplicate candidate ids inside a vote', () => {
    const problems = problemsAfter((dir) => editJson(dir, 'towns/hexi/votes.json', (v) => (v.votes[0].candidates[1].id = 'road')));
    findProblem(problems, { path: 'votes[0] (projects-2026).candidates[1].id', message: 'duplicate id "road"' });
  });

  it('reference to a deputy or station that does not exist', () => {
    const problems = problemsAfter((dir) => {
      editJson(dir, 'towns/hexi/suggestions.json', (v) => {
        v.suggestions[0].deputies = ['hx-009'];
        v.suggestions[0].station = 'centre';
      });
      editJson(dir, 'towns/hexi/deputies.json', (v) => (v.deputies[0].stations = ['centre']));
    });
    findProblem(problems, { path: 'suggestions[0] (s-001).deputies[0]', message: 'no deputy with id "hx-009"' });
    findProblem(problems, { path: 'suggestions[0] (s-001).station', message: 'no station with id "centre"' });
    findProblem(problems, { path: 'deputies[0] (hx-001).stations[0]', message: 'no station with id "centre"' });
  });

  it('a town’s own holidays and working days: real dates, each in one list', () => {
    const problems = problemsAfter((dir) => editJson(dir, 'towns/hexi/town.json', (v) => (v.calendar = { holidays: ['2027-02-30', '2027-04-09'], workdays: ['2027-04-09'] })));
    findProblem(problems, { path: 'calendar.holidays[0]', message: 'this date does not exist' });
    findProblem(problems, { path: 'calendar.workdays[0]', message: 'the day is both a day off and a working day' });
  });

  it('impossible date', () => {
    const problems = problemsAfter((dir) => editJson(dir, 'towns/hexi/suggestions.json', (v) => (v.suggestions[0].history[2].date = '2025-02-30')));
    findProblem(problems, { path: 'suggestions[0] (s-001).history[2].date', message: 'this date does not exist', found: '"2025-02-30"' });
  });

  it('out-of-order and future dates in a history', () => {
    const problems = problemsAfter((dir) =>
      editJson(dir, 'towns/hexi/suggestions.json', (v) => {
        v.suggestions[0].history[3].date = '2025-03-03';
        v.suggestions[1].history[0].date = '2027-01-01';
      }),
    );
    const p = findProblem(problems, { path: 'suggestions[0] (s-001).history[3].date', message: 'the history goes back in time' });
    assert.match(p.expected!, /2025-03-05/);
    findProblem(problems, { path: 'suggestions[1] (s-002).history[0].date', message: 'a step dated in the future' });
  });

  it('a history that does not start with submission, and a reopening with no rating', () => {
    const problems = problemsAfter((dir) =>
      editJson(dir, 'towns/hexi/suggestions.json', (v) => {
        v.suggestions[1].history = [
          { stage: 'accepted', date: '2026-10-01' },
          { stage: 'reopened', date: '2026-10-02' },
        ];
      }),
    );
    findProblem(problems, { path: 'suggestions[1] (s-002).history[0].stage', message: /starts when the suggestion is submitted/ });
    findProblem(problems, { path: 'suggestions[1] (s-002).history[1].stage', message: 'only a rated suggestion can be reopened' });
  });

  it('coordinates outside China, with a hint when swapped', () => {
    const problems = problemsAfter((dir) =>
      editJson(dir, 'towns/hexi/stations.json', (v) => {
        v.stations[0].location = { lng: 30.05, lat: 119.95, crs: 'gcj02' };
        v.stations[1].location = { lng: -0.12, lat: 51.5, crs: 'wgs84' };
      }),
    );
    const swapped = findProblem(problems, { path: 'stations[0] (center).location', message: 'coordinates outside China' });
    assert.match(swapped.fix!, /swapped/);
    findProblem(problems, { path: 'stations[1] (bus).location', message: 'coordinates outside China' });
  });

  it('a slug that is not URL-safe', () => {
    const problems = problemsAfter((dir) => {
      renameSync(join(dir, 'towns/hexi'), join(dir, 'towns/He Xi'));
      editJson(dir, 'towns/He Xi/town.json', (v) => (v.slug = 'He Xi'));
    });
    findProblem(problems, { file: 'towns/He Xi/', message: 'the town folder name is not URL-safe' });
    findProblem(problems, { file: 'towns/He Xi/town.json', path: 'slug', message: 'wrong format' });
  });

  it('a slug that differs from its folder', () => {
    const problems = problemsAfter((dir) => editJson(dir, 'towns/hexi/town.json', (v) => (v.slug = 'hedong')));
    findProblem(problems, { path: 'slug', message: 'the slug differs from the folder name' });
  });

  it('a subdistrict with a congress', () => {
    const problems = problemsAfter((dir) => editJson(dir, 'towns/hexi/town.json', (v) => (v.kind = 'subdistrict')));
    findProblem(problems, { path: 'congress.kind', message: 'a subdistrict (街道) has no congress' });
  });

  it('Markdown with broken front matter', () => {
    const problems = problemsAfter((dir) => {
      writeFileSync(join(dir, 'towns/hexi/news/2026-01-session.md'), '---\ntitle: 会议: 第四次\ndate: 2026-01-15\n---\n正文\n');
      writeFileSync(join(dir, 'towns/hexi/pages/questioning.md'), '---\ntitle: 大会问政\n正文没有结束线\n');
    });
    const yaml = findProblem(problems, { file: 'towns/hexi/news/2026-01-session.md', message: 'the front matter is not valid YAML' });
    assert.equal(yaml.line, 2);
    findProblem(problems, { file: 'towns/hexi/pages/questioning.md', message: 'the front matter is not closed' });
  });

  it('news without a date, and an unknown front matter field', () => {
    const problems = problemsAfter((dir) => writeFileSync(join(dir, 'towns/hexi/news/2026-01-session.md'), '---\ntitle: 会议\ntags: 会议\n---\n正文\n'));
    findProblem(problems, { file: 'towns/hexi/news/2026-01-session.md', message: 'news needs a date' });
    findProblem(problems, { file: 'towns/hexi/news/2026-01-session.md', message: 'unknown field "tags"', line: 3 });
  });

  it('vote counts that do not add up', () => {
    const problems = problemsAfter((dir) =>
      editJson(dir, 'towns/hexi/votes.json', (v) => {
        v.votes[0].ballotsReturned = 49;
        v.votes[0].candidates[0].for = 45;
      }),
    );
    findProblem(problems, { path: 'votes[0] (projects-2026).ballotsReturned', message: 'more ballots returned than issued' });
    findProblem(problems, { path: 'votes[0] (projects-2026).candidates[0]', message: 'more votes than ballots returned' });
  });

  it('a misnamed file in a town folder', () => {
    const problems = problemsAfter((dir) => renameSync(join(dir, 'towns/hexi/votes.json'), join(dir, 'towns/hexi/vote.json')));
    findProblem(problems, { file: 'towns/hexi/vote.json', message: 'unknown file', fix: 'rename it to votes.json' });
  });

  it('reports every problem at once, across files', () => {
    const problems = problemsAfter((dir) => {
      editJson(dir, 'site.json', (v) => (v.baseUrl = 'renda.example.gov.cn'));
      editJson(dir, 'towns/hexi/deputies.json', (v) => (v.deputies[0].levels = []));
      editJson(dir, 'towns/hexi/stations.json', (v) => (v.stations[0].location.lat = 3));
      editJson(dir, 'towns/hexi/suggestions.json', (v) => (v.suggestions[0].source = 'phone'));
    });
    const files = new Set(problems.map((p) => p.file));
    for (const file of ['site.json', 'towns/hexi/deputies.json', 'towns/hexi/stations.json', 'towns/hexi/suggestions.json']) assert.ok(files.has(file), `no problem reported for ${file}`);
  });

  it('asks for a town that does not exist', () => {
    const result = loadContent(valid, { towns: ['hexl'], today: FIXTURE_TODAY, locale: 'en' });
    findProblem(result.problems, { message: 'no town "hexl"', fix: 'did you mean "hexi"?' });
  });
});
