/**
 * Livelihood projects followed through the year (issue 17, item 3): the votes page and the home
 * page show where each chosen project stands, the open data lists them, and `renda check` warns
 * when a project's planned completion has passed without a completion.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../site/content/loader.js';
import { chosenProjects } from '../../domain/votes/projects.js';
import { projectStatusLine } from '../../site/pages/projects.js';
import { escapeHtml } from '../../domain/text/html.js';
import type { LoadedTown } from '../../domain/model.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { copyContent, editJson, FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

let out: string;
let town: LoadedTown;

describe('livelihood projects through the year', () => {
  before(async () => {
    out = await demoSite();
    town = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns.find((t) => t.town.slug === 'fengquan')!;
  });

  it('the votes page shows every chosen project with its status, progress and the ballot it came from', () => {
    const html = readFileSync(join(out, 'fengquan/votes/index.html'), 'utf8');
    const projects = chosenProjects(town.votes, FIXTURE_TODAY);
    assert.ok(projects.some((p) => p.completed) && projects.some((p) => !p.completed), 'the demo has finished and running projects');
    for (const p of projects) {
      const item = new RegExp(`<li class="card project[^"]*" id="project-${p.project.id}">[\\s\\S]*?</li>\\s*(?=<li class="card project|</ul>)`).exec(html)?.[0];
      assert.ok(item, p.project.id);
      assert.ok(item.includes(escapeHtml(projectStatusLine(p, 'zh-CN'))), `${p.project.name}: ${projectStatusLine(p, 'zh-CN')}`);
    }
    assert.match(html, /已于2025年11月24日完成/);
    assert.match(readFileSync(join(out, 'fengquan/index.html'), 'utf8'), /进度 \d+%|已于\d{4}年\d+月\d+日完成/);
  });

  it('open data: data/projects.json, as the domain computes it', () => {
    const published = JSON.parse(readFileSync(join(out, 'fengquan/data/projects.json'), 'utf8'));
    const projects = chosenProjects(town.votes, FIXTURE_TODAY);
    assert.equal(published.asOf, FIXTURE_TODAY);
    assert.deepEqual(published.projects.map((p: { id: string; late: boolean }) => [p.id, p.late]), projects.map((p) => [p.project.id, p.late]));
  });

  it('renda check warns about a chosen project past its planned completion, where it is; the site still builds', () => {
    const dir = copyContent(writeFixtureContent());
    const setBallot = (edit: (ballot: { candidates: { completion?: string; completed?: string }[] }) => void) =>
      editJson(dir, 'towns/hexi/votes.json', (v) => edit(v.votes.find((x: { kind: string }) => x.kind === 'project-ballot')));
    setBallot((ballot) => ballot.candidates.forEach((c) => (c.completion = '2026-05')));
    const { content, warnings } = loadContent(dir, { today: FIXTURE_TODAY });
    assert.ok(content);
    const late = warnings.filter((w) => /已过期，还没有完成记录/.test(w.message));
    // Only the chosen project (道路改造); the one the vote did not choose is nobody's to finish.
    assert.equal(late.length, 1, JSON.stringify(warnings));
    assert.equal(late[0]!.file, 'towns/hexi/votes.json');
    assert.match(late[0]!.path!, /candidates\[0\] \(road\)/);
    assert.ok(late[0]!.line! > 1);
    assert.match(late[0]!.message, /项目“道路改造”计划2026年5月完成/);
    setBallot((ballot) => (ballot.candidates[0]!.completed = '2026-05-20'));
    assert.equal(loadContent(dir, { today: FIXTURE_TODAY }).warnings.filter((w) => /已过期/.test(w.message)).length, 0, 'a completed project is not late');
  });
});
