/**
 * A 街道 has no people's congress: its 人大工委 works with the deputies elected there and convenes
 * a 议政代表会. The built pages of the demo subdistrict (春澜街道) must say so, and the town (枫泉镇)
 * keep the words of a congress.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { buildSites } from '../../site/build.js';
import { demoSite } from '../support/demo-site.js';
import { editJson, FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

let out: string;
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

describe('words that fit the body: a subdistrict’s working committee and its 议政代表会', () => {
  before(async () => {
    out = await demoSite();
  });

  it('the votes page: the assembly’s vote, carried out by the subdistrict office, not a statutory vote of a congress', () => {
    const zh = page('chunlan/votes');
    assert.match(zh, /街道不设人民代表大会。春澜街道议政代表会由春澜街道人大工委组织召开/);
    assert.doesNotMatch(zh, /人大代表票决是法定表决/);
    const en = page('en/chunlan/votes');
    assert.match(en, /A subdistrict has no people’s congress\. The 春澜街道议政代表会 is convened by the 春澜街道人大工委/);
    assert.doesNotMatch(en, /is binding/);
  });

  it('a project ballot of a subdistrict: the home page and the vote’s badge name the 议政代表会', async () => {
    // The demo subdistrict holds no project ballot; the fixture town, turned into a 街道, does.
    const content = writeFixtureContent();
    editJson(content, 'towns/hexi/town.json', (town) => {
      town.kind = 'subdistrict';
      town.name = '河西街道';
      town.congress = { ...town.congress, name: '河西街道人大工委', kind: 'working-committee', assembly: '河西街道议政代表会' };
    });
    const built = join(mkdtempSync(join(tmpdir(), 'renda-subdistrict-')), '_site');
    const result = await buildSites({ contentDir: content, outDir: built, today: FIXTURE_TODAY });
    assert.ok(result.ok, JSON.stringify(result));
    const read = (path: string) => readFileSync(join(built, path, 'index.html'), 'utf8');
    assert.match(read('hexi'), /个项目由河西街道议政代表会票决产生（赞成票须超过全体议政代表半数/);
    assert.doesNotMatch(read('hexi'), /个项目由代表票决产生/);
    assert.match(read('en/hexi'), /projects chosen by the vote of the 河西街道议政代表会/);
    assert.match(read('hexi/votes'), /议政代表会票决 · 交街道办事处组织实施/);
    assert.doesNotMatch(read('hexi/votes'), /具有法定效力/);
    assert.match(read('en/hexi/votes'), /Assembly vote \(议政代表会\) · carried out by the subdistrict office/);
  });

  it('the deputies page: the committee works with the deputies; it has none of its own', () => {
    const zh = page('chunlan/deputies');
    assert.match(zh, /街道不设人民代表大会，春澜街道人大工委联系本街道选出的人大代表 \d+ 名/);
    assert.doesNotMatch(zh, /春澜街道人大工委共有代表/);
    assert.match(page('en/chunlan/deputies'), /A subdistrict has no people’s congress: 春澜街道人大工委 works with the \d+ deputies elected here/);
  });

  it('议政代表 who are not deputies are listed as such, counted apart, and their pages call them so', () => {
    const zh = page('chunlan/deputies');
    assert.match(zh, /本页列出在本街道履职的各级代表 38 名。 另有春澜街道议政代表会议政代表 3 名（不是人大代表，由社区、村推选），一并列出。/);
    assert.match(zh, /<option value="assembly-member">议政代表<\/option>/);
    assert.match(zh, /<tr data-level="assembly-member"[^>]*><td>cj-y01<\/td><td><a href="cj-y01\/">应秀兰<\/a><\/td><td>议政代表<\/td>/);
    const member = page('chunlan/deputies/cj-y01');
    assert.match(member, /<title>议政代表应秀兰 · /);
    assert.match(member, /<li class="level" part="level">(<!--[^>]*-->)*议政代表(<!--[^>]*-->)*<\/li>/);
    assert.doesNotMatch(member, /人大代表<\/li>/);
    assert.match(page('en/chunlan/deputies/cj-y01'), /<title>Assembly member 应秀兰 · /);
    assert.doesNotMatch(page('fengquan/deputies'), /assembly-member/);
  });

  it('a town keeps the words of its congress', () => {
    assert.match(page('fengquan/votes'), /人大代表票决是法定表决/);
    assert.match(page('fengquan/votes'), /人大代表票决 · 具有法定效力/);
    assert.match(page('fengquan'), /个项目由代表票决产生/);
    assert.match(page('fengquan/deputies'), /枫泉镇第十八届人民代表大会共有代表 \d+ 名/);
  });
});
