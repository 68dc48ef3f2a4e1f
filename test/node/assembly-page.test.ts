/**
 * A 街道's 议政代表会 and the deputies' activities as files to follow (issue 17 items 4 and 5): the
 * assembly page in both languages (members, whether its decisions bind, meetings and decisions,
 * never called a congress), the activities' calendar and Atom feed, and the checks that keep
 * meetings to towns with an assembly and decisions to meetings.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../site/content/loader.js';
import { escapeHtml } from '../../domain/text/html.js';
import type { LoadedTown } from '../../domain/model.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';
import { copyContent, editJson, FIXTURE_TODAY } from '../support/content-fixture.js';

let out: string;
let chunlan: LoadedTown;
const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('the 议政代表会 page and the activities calendar and feed', () => {
  before(async () => {
    out = await demoSite();
    chunlan = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!.towns.find((t) => t.town.slug === 'chunlan')!;
  });

  it('lists the assembly members, says its decisions bind, and shows every meeting with its decisions', () => {
    const html = read('chunlan/assembly/index.html');
    assert.match(html, /<h1>春澜街道议政代表会<\/h1>/);
    assert.match(html, /不是一级人民代表大会/, 'it says what it is not');
    assert.doesNotMatch(html.replace('不是一级人民代表大会', ''), /春澜街道人民代表大会|人民代表大会会议/, 'never called a congress');
    assert.match(html, /街道已承诺执行会议的票决结果/);
    const members = chunlan.deputies.filter((d) => d.kind === 'assembly-member');
    assert.equal(members.length, 3);
    for (const m of members) assert.ok(html.includes(`href="../deputies/${m.id}/">${m.name}</a> · 议政代表`), m.name);
    const meetings = chunlan.activities.filter((a) => a.kind === 'assembly-meeting');
    assert.equal(meetings.length, 3);
    const shown = [...html.matchAll(/<li class="card" id="([^"]+)"><h3><time datetime="([\d-]+)">/g)].map((m) => m[1]);
    assert.deepEqual(shown, meetings.map((m) => m.id), 'newest first');
    for (const decision of meetings.flatMap((m) => m.decisions ?? [])) assert.ok(html.includes(`<li>${escapeHtml(decision)}</li>`), decision);
    assert.ok(meetings.every((m) => m.decisions?.length), 'the demo records decisions for every meeting');
  });

  it('is in English too, linked from the town home and the receptions page; a 镇 has none', () => {
    const en = read('en/chunlan/assembly/index.html');
    assert.match(en, /<html lang="en"/);
    assert.match(en, /not a people's congress|not a people&#39;s congress/);
    assert.match(en, /carries out the meeting/);
    assert.match(read('chunlan/index.html'), /<a href="assembly\/">春澜街道议政代表会：议政代表、会议和决定<\/a>/);
    assert.match(read('chunlan/receptions/index.html'), /<a href="\.\.\/assembly\/">春澜街道议政代表会/);
    assert.equal(existsSync(join(out, 'fengquan/assembly/index.html')), false);
  });

  it('publishes the activities as an iCalendar file: one all-day event per activity, lines folded at 75 bytes', () => {
    const ics = read('chunlan/activities.ics');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, line);
    const unfolded = ics.replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    assert.equal(events.length, chunlan.activities.length);
    const uids = events.map((e) => /UID:([^\r]+)/.exec(e)![1]);
    assert.equal(new Set(uids).size, uids.length, 'unique UIDs');
    const meeting = chunlan.activities.find((a) => a.kind === 'assembly-meeting')!;
    const event = events.find((e) => e.includes(`UID:chunlan-${meeting.id}@`))!;
    assert.match(event, new RegExp(`DTSTART;VALUE=DATE:${meeting.date.replaceAll('-', '')}`));
    assert.match(event, /SUMMARY:议政代表会会议 · /);
    assert.match(event, /URL:https:\/\/renda\.example\.gov\.cn\/chunlan\/assembly\/#/);
    assert.ok(event.includes(meeting.decisions![0]!.replace(/,/g, '\\,').replace(/;/g, '\\;')), 'decisions in the description');
    assert.match(read('chunlan/receptions/index.html'), /href="\.\.\/activities\.ics" download="chunlan-activities\.ics"/);
  });

  it('publishes the activities as an Atom feed, one entry each', () => {
    const feed = read('chunlan/activities/feed.xml');
    assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    assert.equal([...feed.matchAll(/<entry>/g)].length, chunlan.activities.length);
    assert.match(feed, /<title>春澜街道代表活动<\/title>/);
    assert.match(feed, /<link rel="alternate" type="text\/html" href="https:\/\/renda\.example\.gov\.cn\/chunlan\/receptions\/#a-/);
  });

  it('refuses a meeting in a town without an assembly, and decisions on anything but a meeting', () => {
    const dir = copyContent(demoContentDir);
    editJson(dir, 'towns/fengquan/activities.json', (file) => {
      file.activities[0].kind = 'assembly-meeting';
      file.activities[1].decisions = ['一项决定'];
    });
    const { content, problems } = loadContent(dir, { today: FIXTURE_TODAY });
    assert.equal(content, undefined);
    const ours = problems.filter((p) => p.file === 'towns/fengquan/activities.json');
    assert.ok(ours.some((p) => p.path?.startsWith('activities[0]') && p.path.endsWith('.kind') && /有议政代表会的街道/.test(p.message)), JSON.stringify(ours));
    assert.ok(ours.some((p) => p.path?.startsWith('activities[1]') && p.path.endsWith('.decisions') && /只有议政代表会会议/.test(p.message)), JSON.stringify(ours));
  });
});
