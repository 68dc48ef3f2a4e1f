/**
 * Photos on activities and on projects' progress entries (issue 17): files in the town's folder,
 * checked by `renda check` (there, inside, an image whose name ends as its type does, with alt
 * text), copied beside the pages and shown as figures in both languages, without script; an entry
 * the pages do not show (dated after today) publishes no photo.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSites } from '../../site/build.js';
import { loadContent } from '../../site/content/loader.js';
import { copyContent, editJson, FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"><rect width="40" height="30" fill="#8a6"/></svg>\n';

/** The fixture town with photos on an activity and on two progress entries of the chosen project, one dated after today. */
function withPhotos(): string {
  const dir = copyContent(writeFixtureContent());
  const town = join(dir, 'towns/hexi');
  mkdirSync(join(town, 'photos'), { recursive: true });
  writeFileSync(join(town, 'photos/class.png'), PNG);
  writeFileSync(join(town, 'photos/road-may.svg'), SVG);
  writeFileSync(join(town, 'photos/road-december.svg'), SVG);
  writeFileSync(join(town, 'activities.json'), `${JSON.stringify({
    activities: [{ id: 'a-class', kind: 'class', title: '代表课堂：垃圾分类', date: '2026-05-10', deputies: ['hx-001'], station: 'center', photos: [{ src: 'photos/class.png', alt: '代表在联络站给居民讲垃圾分类', caption: '5月10日代表课堂' }] }],
  }, null, 2)}\n`);
  editJson(dir, 'towns/hexi/votes.json', (v) => {
    const road = v.votes[0].candidates[0];
    road.progress = [
      { date: '2026-05-01', percent: 30, milestone: '开工', photos: [{ src: 'photos/road-may.svg', alt: '道路改造开工现场' }] },
      { date: '2026-12-01', percent: 60, milestone: '铺设路面', photos: [{ src: 'photos/road-december.svg', alt: '还没到的日子' }] },
    ];
  });
  return dir;
}

describe('photos on activities and progress entries', () => {
  let out: string;

  before(async () => {
    out = join(mkdtempSync(join(tmpdir(), 'renda-photos-')), '_site');
    const result = await buildSites({ contentDir: withPhotos(), outDir: out, today: FIXTURE_TODAY });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 3)));
  });

  it('an activity’s photo is a figure with its alt and caption wherever the activity is listed, in both languages', () => {
    for (const [page, src] of [
      ['hexi/receptions/index.html', '../photos/class.png'],
      ['en/hexi/receptions/index.html', '../../../hexi/photos/class.png'],
      ['hexi/stations/center/index.html', '../../photos/class.png'],
      ['hexi/deputies/hx-001/index.html', '../../photos/class.png'],
    ]) {
      const html = readFileSync(join(out, page), 'utf8');
      assert.ok(html.includes(`<figure class="photo"><img src="${src}" alt="代表在联络站给居民讲垃圾分类" loading="lazy" decoding="async"><figcaption>5月10日代表课堂</figcaption></figure>`), page);
    }
    assert.deepEqual([...readFileSync(join(out, 'hexi/photos/class.png'))], [...PNG], 'the file is published once, beside the pages');
  });

  it('a progress entry’s photo on the votes page; an entry dated after today shows no photo and publishes no file', () => {
    const html = readFileSync(join(out, 'hexi/votes/index.html'), 'utf8');
    assert.ok(html.includes('<figure class="photo"><img src="../photos/road-may.svg" alt="道路改造开工现场" loading="lazy" decoding="async"></figure>'));
    assert.ok(readFileSync(join(out, 'en/hexi/votes/index.html'), 'utf8').includes('<img src="../../../hexi/photos/road-may.svg" alt="道路改造开工现场"'));
    assert.ok(existsSync(join(out, 'hexi/photos/road-may.svg')));
    assert.ok(!/<img src="[^"]*road-december/.test(html), 'no figure for an entry the page does not show');
    assert.ok(!existsSync(join(out, 'hexi/photos/road-december.svg')), 'not published before its day');
  });
});

describe('renda check on photos', () => {
  it('refuses, each at its field with a fix: a web address, a missing file, a way out of the folder, a file that is no image, a name that lies about the type, no alt', () => {
    const dir = withPhotos();
    const town = join(dir, 'towns/hexi');
    writeFileSync(join(town, 'photos/notes.jpg'), '会议记录，不是图片\n');
    writeFileSync(join(town, 'photos/really-png.jpg'), PNG);
    writeFileSync(join(dir, 'outside.png'), PNG);
    editJson(dir, 'towns/hexi/activities.json', (v) => {
      v.activities[0].photos = [
        { src: 'https://img.example.com/a.jpg', alt: 'a' },
        { src: 'photos/missing.jpg', alt: 'b' },
        { src: '../../outside.png', alt: 'c' },
        { src: 'photos/notes.jpg', alt: 'd' },
        { src: 'photos/really-png.jpg', alt: 'e' },
        { src: 'photos/class.png' },
      ];
    });
    const { content, problems } = loadContent(dir, { today: FIXTURE_TODAY });
    assert.equal(content, undefined);
    const at = (m: number) => problems.filter((p) => p.file === 'towns/hexi/activities.json' && p.path?.includes(`photos[${m}]`));
    assert.match(at(0)[0]!.message, /照片要放在本镇（街道）文件夹里，不写网址/);
    assert.match(at(0)[0]!.fix!, /photos\//);
    assert.match(at(1)[0]!.message, /^照片：/);
    assert.match(at(2)[0]!.message, /^照片：/);
    assert.ok(at(2)[0]!.fix, 'says how to stay inside the folder');
    assert.match(at(3)[0]!.message, /“photos\/notes\.jpg”不是图片文件/);
    assert.match(at(4)[0]!.message, /其实是 png 图片/);
    assert.match(at(4)[0]!.fix!, /\.png/);
    assert.ok(at(5).some((p) => /alt/.test(`${p.path} ${p.message} ${p.expected}`)), JSON.stringify(at(5)));
    for (const m of [0, 1, 2, 3, 4]) assert.ok(at(m)[0]!.line! > 1, `photos[${m}] is located`);
  });

  it('the same on a progress entry in votes.json', () => {
    const dir = withPhotos();
    editJson(dir, 'towns/hexi/votes.json', (v) => (v.votes[0].candidates[0].progress[0].photos[0].src = 'photos/nothing-here.png'));
    const { problems } = loadContent(dir, { today: FIXTURE_TODAY });
    const problem = problems.find((p) => p.file === 'towns/hexi/votes.json' && /progress\[0\].*photos\[0\]/.test(p.path ?? ''))!;
    assert.match(problem.message, /^照片：/);
  });
});
