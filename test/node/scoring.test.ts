/**
 * A town's scoring rule for the 履职档案 (issue 17 item 2), as readers meet it: each deputy's page
 * shows the score of every period with all its parts (never a bare number), computed by the
 * domain's one function; the rule has its own page in both languages; the open data carries the
 * breakdown; a town without a rule shows none; a wrong rule is refused with file and field.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../site/content/loader.js';
import { dutyRecord } from '../../domain/deputies/duty-record.js';
import { dutyScore } from '../../domain/deputies/scoring.js';
import { escapeHtml } from '../../domain/text/html.js';
import type { LoadedTown } from '../../domain/model.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { copyContent, editJson, FIXTURE_TODAY } from '../support/content-fixture.js';

let out: string;
let fengquan: LoadedTown;
const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('the scoring rule of the 履职档案 on the built site', () => {
  before(async () => {
    out = await demoSite();
    fengquan = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns.find((t) => t.town.slug === 'fengquan')!;
  });

  it("shows every period's score with each item's count, points, cap and result, as the domain computes it", () => {
    assert.ok(fengquan.scoring, 'the demo town has a rule');
    const deputy = fengquan.deputies.find((d) => fengquan.receptions.some((r) => r.deputies.includes(d.id)))!;
    const periods = dutyRecord(deputy.id, fengquan, FIXTURE_TODAY, fengquan.town.congress.termStart);
    const html = read(`fengquan/deputies/${deputy.id}/index.html`);
    const section = /<section class="duty-score"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    assert.ok(section.includes(escapeHtml(fengquan.scoring!.title)), 'names the rule');
    assert.match(section, /<a href="\.\.\/\.\.\/scoring\/">积分办法全文<\/a>/);
    const summaries = [...section.matchAll(/<summary>([^<]+)<\/summary>/g)].map((m) => m[1]);
    assert.equal(summaries.length, periods.length);
    periods.forEach((period, i) => {
      const score = dutyScore(period, fengquan.scoring!);
      assert.match(summaries[i]!, new RegExp(`：${score.total} 分（满分 ${score.max}）$`), summaries[i]);
    });
    const term = dutyScore(periods.at(-1)!, fengquan.scoring!);
    const rows = [...section.split('<details>').at(-1)!.matchAll(/<tr><th scope="row">([^<]+)<\/th><td data-label="项目：">([^<]+)<\/td><td data-label="计数：">(\d+)<\/td><td data-label="每次分值：">([\d.]+)<\/td><td data-label="上限：">([^<]+)<\/td><td data-label="得分：">([\d.]+)<\/td><\/tr>/g)].map((m) => m.slice(1));
    assert.deepEqual(
      rows,
      term.categories.flatMap((c) => c.items.map((item) => [c.name, item.name, String(item.count), String(item.points), item.max === undefined ? '不设上限' : String(item.max), String(item.score)])),
    );
    assert.ok(term.total > 0, 'the demo deputy has a record to score');
  });

  it('publishes the rule itself in both languages, and the breakdown in the open data', () => {
    const page = read('fengquan/scoring/index.html');
    assert.ok(page.includes(`<h1>${escapeHtml(fengquan.scoring!.title)}</h1>`));
    for (const item of fengquan.scoring!.categories.flatMap((c) => c.items)) assert.ok(page.includes(`<th scope="row">${escapeHtml(item.name)}</th>`), item.name);
    assert.match(page, /参加“代表小组活动”的次数/);
    assert.match(read('en/fengquan/scoring/index.html'), /times at &quot;Group activity&quot;|times at "[^"]+"|times at &quot;/);
    const deputy = fengquan.deputies[0]!;
    const data = JSON.parse(read(`fengquan/data/deputies/${deputy.id}.json`));
    assert.equal(data.dutyScore.rule, fengquan.scoring!.title);
    assert.equal(data.dutyScore.periods.length, data.dutyRecord.length);
    assert.ok(data.dutyScore.periods.every((p: { categories: { items: { count: number; score: number }[] }[] }) => p.categories.every((c) => c.items.every((i) => typeof i.count === 'number'))));
  });

  it('shows no score where the town has no rule', () => {
    const chunlan = read('chunlan/deputies/cj-001/index.html');
    assert.doesNotMatch(chunlan, /duty-score/);
    assert.equal(existsSync(join(out, 'chunlan/scoring/index.html')), false);
    assert.equal(JSON.parse(read('chunlan/data/deputies/cj-001.json')).dutyScore, undefined);
  });

  it('refuses a rule that counts something the record does not hold, naming the file and field', () => {
    const dir = copyContent(demoContentDir);
    editJson(dir, 'towns/fengquan/scoring.json', (rule) => {
      rule.categories[0].items[0].measure = 'visits';
      rule.categories[1].items[0].points = 0;
    });
    const { content, problems } = loadContent(dir, { today: FIXTURE_TODAY });
    assert.equal(content, undefined);
    const ours = problems.filter((p) => p.file === 'towns/fengquan/scoring.json');
    assert.ok(ours.some((p) => /categories\[0\].*items\[0\].*measure/.test(p.path ?? '')), JSON.stringify(ours));
    assert.ok(ours.some((p) => /categories\[1\].*items\[0\].*points/.test(p.path ?? '')), JSON.stringify(ours));
  });
});
