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
import { projectPage, projectStatusLine, projectsSection } from '../../site/pages/projects.js';
import type { TownContext } from '../../site/pages/context.js';
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
      const item = new RegExp(`<li class="card project[^"]*" id="project-${p.ballot.id}--${p.project.id}">[\\s\\S]*?</li>\\s*(?=<li class="card project|</ul>)`).exec(html)?.[0];
      assert.ok(item, p.project.id);
      assert.ok(item.includes(escapeHtml(projectStatusLine(p, 'zh-CN'))), `${p.project.name}: ${projectStatusLine(p, 'zh-CN')}`);
    }
    assert.match(html, /已于2025年11月24日完成/);
    // Two ballots may each have a candidate p1: the cards' anchors carry the ballot, so every id on
    // the page is unique and every link within it lands on one.
    for (const path of ['fengquan/votes/index.html', 'en/fengquan/votes/index.html']) {
      // Ids inside a widget's shadow root are its own; the page's are those outside them.
      let page = readFileSync(join(out, path), 'utf8');
      for (let before = ''; before !== page; ) [before, page] = [page, page.replace(/<template shadowroot[^>]*>(?:(?!<template)[\s\S])*?<\/template>/g, '')];
      const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      assert.equal(new Set(ids).size, ids.length, `${path}: ids used twice: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
      for (const [, target] of page.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(target!), `${path}: #${target} lands nowhere`);
    }
    assert.match(readFileSync(join(out, 'fengquan/index.html'), 'utf8'), /进度 \d+%|已于\d{4}年\d+月\d+日完成/);
  });

  it('each chosen project has its own page in both languages: status, facts, every progress entry to the day, linked from its card', () => {
    const votes = readFileSync(join(out, 'fengquan/votes/index.html'), 'utf8');
    for (const p of chosenProjects(town.votes, FIXTURE_TODAY)) {
      const path = `fengquan/projects/${p.ballot.id}/${p.project.id}/index.html`;
      const page = readFileSync(join(out, path), 'utf8');
      assert.ok(votes.includes(`<h3><a href="../projects/${p.ballot.id}/${p.project.id}/">${escapeHtml(p.project.name)}</a></h3>`), `the card links ${path}`);
      assert.match(page, new RegExp(`<h1>${escapeHtml(p.project.name)}</h1>`));
      assert.ok(page.includes(escapeHtml(projectStatusLine(p, 'zh-CN'))), path);
      const shown = [...page.matchAll(/<li><time datetime="([\d-]+)">/g)].map((m) => m[1]);
      assert.deepEqual(shown, (p.project.progress ?? []).filter((e) => e.date <= FIXTURE_TODAY).map((e) => e.date), `${path}: every entry to the day, none after`);
      assert.ok(page.includes(`<a href="../../../votes/#project-${p.ballot.id}--${p.project.id}">${escapeHtml(p.ballot.title)}</a>`), `${path} names the vote that chose it`);
      const en = readFileSync(join(out, 'en', path), 'utf8');
      assert.ok(en.includes(escapeHtml(projectStatusLine(p, 'en'))) && en.includes('Chosen by'), `en/${path}`);
    }
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

describe('two years’ ballots reusing a candidate’s id', () => {
  it('give each project its own card anchor and page, and the page links to its own card', () => {
    // A clerk copies last year's votes.json entry for this year's ballot: candidates p1, p2… again.
    const dir = copyContent(writeFixtureContent());
    editJson(dir, 'towns/hexi/votes.json', (v) => {
      const ballot = v.votes.find((x: { kind: string }) => x.kind === 'project-ballot');
      v.votes.push({ ...structuredClone(ballot), id: `${ballot.id}-next`, title: `${ballot.title}（次年）` });
    });
    const { content, problems } = loadContent(dir, { today: FIXTURE_TODAY });
    assert.deepEqual(problems, []);
    const ctx: TownContext = { site: content!.site, loaded: content!.towns[0]!, today: FIXTURE_TODAY };
    const projects = chosenProjects(ctx.loaded.votes, FIXTURE_TODAY);
    const ids = projects.map((p) => p.project.id);
    assert.ok(ids.some((id, i) => ids.indexOf(id) !== i), 'the fixture has one candidate id in two ballots');
    const section = String(projectsSection(ctx));
    const anchors = [...section.matchAll(/<li class="card project[^"]*" id="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(anchors.length, projects.length);
    assert.equal(new Set(anchors).size, anchors.length, `one anchor per card: ${anchors.join(', ')}`);
    for (const p of projects) {
      const page = projectPage(ctx, p);
      const target = /votes\/#(project-[^"]+)">/.exec(page)?.[1];
      assert.equal(target, anchors[projects.indexOf(p)], `${p.ballot.id}/${p.project.id} links to its own card`);
    }
  });
});

describe('the year-end satisfaction rating of a batch', () => {
  const RESULTS = { satisfied: 40, 'basically-satisfied': 6, unsatisfied: 2 };
  const withRatings = (ratings: object[]) => {
    const dir = copyContent(writeFixtureContent());
    editJson(dir, 'towns/hexi/votes.json', (v) => v.votes.push(...ratings));
    return loadContent(dir, { today: FIXTURE_TODAY });
  };
  const deputies = { id: 'road-deputies', kind: 'rating', title: '道路改造代表测评', raters: 'deputies', subject: { type: 'project', id: 'road', ballot: 'projects-2026' }, results: RESULTS };
  const residents = { id: 'road-residents', kind: 'rating', title: '道路改造群众测评', subject: { type: 'project', id: 'road', ballot: 'projects-2026' }, opens: '2026-12-01T08:00:00+08:00', closes: '2026-12-20T20:00:00+08:00' };

  it('loads a deputies’ and a residents’ rating of a chosen project', () => {
    const { content, problems } = withRatings([deputies, residents]);
    assert.deepEqual(problems, []);
    const votes = content!.towns[0]!.votes;
    assert.equal(votes.find((v) => v.id === 'road-deputies' && v.kind === 'rating' && v.raters === 'deputies')?.id, 'road-deputies');
  });

  it('refuses, each where it is with a fix in Chinese: an unknown ballot, a project it did not choose, a deputies’ rating cast online or without counts, a second rating, a ballot on a suggestion’s rating', () => {
    const { content, problems } = withRatings([
      { ...deputies, id: 'a', subject: { type: 'project', id: 'road', ballot: 'projects-2062' } },
      { ...residents, id: 'b', subject: { type: 'project', id: 'clinic', ballot: 'projects-2026' } },
      { ...deputies, id: 'c', opens: '2026-12-01T08:00:00+08:00' },
      { ...deputies, id: 'd', subject: { type: 'project', id: 'road', ballot: 'projects-2026' }, results: undefined },
      { ...residents, id: 'e' },
      { ...residents, id: 'f' },
      { id: 'g', kind: 'rating', title: '建议测评', subject: { type: 'suggestion', id: 'hx-2026-001', ballot: 'projects-2026' } },
    ]);
    assert.equal(content, undefined);
    const at = (path: RegExp) => problems.filter((p) => p.file === 'towns/hexi/votes.json' && path.test(p.path ?? ''));
    const unknown = at(/votes\[1\].*subject.*ballot/)[0]!;
    assert.match(unknown.message, /测评指向的票决“projects-2062”在 votes.json 里没有/);
    assert.equal(unknown.fix, '是不是想写“projects-2026”？');
    assert.ok(unknown.line! > 1);
    assert.match(at(/votes\[2\].*subject.*id/)[0]!.message, /项目“clinic”不是票决“projects-2026”选出的项目/);
    assert.match(at(/votes\[2\].*subject.*id/)[0]!.expected!, /road/);
    assert.match(at(/votes\[3\].*opens/)[0]!.message, /代表年终测评在会上计票，不在网上投票/);
    assert.match(at(/votes\[3\].*opens/)[0]!.fix!, /删除 opens 和 closes/);
    assert.match(at(/votes\[4\]/).map((p) => p.message).join('\n'), /代表年终测评没有计票结果/);
    // d repeats c's deputies' rating of road (a names another ballot); f repeats e's residents' rating.
    assert.match(at(/votes\[6\].*subject.*id/)[0]!.message, /项目“road”的群众测评已经写在 e/);
    assert.match(at(/votes\[7\].*subject.*ballot/)[0]!.message, /subject\.ballot 只用于项目的年终测评/);
  });

  it('the schema refuses raters other than deputies and residents', () => {
    const { problems } = withRatings([{ ...deputies, raters: 'leaders' }]);
    assert.ok(problems.some((p) => /raters/.test(p.path ?? '') && p.file === 'towns/hexi/votes.json'), JSON.stringify(problems.slice(0, 3)));
  });
});
