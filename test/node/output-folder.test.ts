/**
 * The output is renda's alone: `renda build` and `renda serve` refuse, touching nothing, an
 * output that is or holds the content, the project, home or `/`, or a folder of other files.
 * Every case runs in a throwaway folder with a neighbour file that must survive.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSites } from '../../site/build.js';
import { OUTPUT_MARKER, OutputRefusedError } from '../../site/output-folder.js';
import { FIXTURE_TODAY, repoRoot, writeFixtureContent } from '../support/content-fixture.js';

const fixture = writeFixtureContent();

/** A throwaway tree: root/home (HOME, with a .profile) and root/project (content/ and NOTES.txt). */
function throwaway() {
  const root = mkdtempSync(join(tmpdir(), 'renda-guard-'));
  const home = join(root, 'home');
  const project = join(root, 'project');
  mkdirSync(home);
  mkdirSync(project);
  writeFileSync(join(home, '.profile'), 'export PATH\n');
  cpSync(fixture, join(project, 'content'), { recursive: true });
  writeFileSync(join(project, 'NOTES.txt'), '会议记录：不要删除\n');
  writeFileSync(join(root, 'NEIGHBOUR.txt'), 'beside the project\n');
  return { root, home, project, content: join(project, 'content') };
}

/** Names, contents and modification times of every file and folder under `dir`. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const path = join(entry.parentPath, entry.name);
    hash.update(relative(dir, path)).update(String(statSync(path).mtimeMs));
    if (entry.isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

function renda(cwd: string, home: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), ...args, '--today', FIXTURE_TODAY, '--lang', 'en'], { cwd, encoding: 'utf8', env: { ...process.env, HOME: home }, timeout: 60_000 });
}

function assertRefused(result: ReturnType<typeof renda>, folder: string, reason: RegExp) {
  assert.equal(result.status, 1, `exit code (stdout: ${result.stdout}, stderr: ${result.stderr})`);
  assert.match(result.stderr, /refusing/);
  assert.match(result.stderr, reason);
  assert.ok(result.stderr.includes(folder), `the message names ${folder}: ${result.stderr}`);
  assert.doesNotMatch(result.stderr, /\n\s+at .*\.js:\d+/, 'no stack trace');
  assert.equal(result.stderr.trim().split('\n').length, 1, 'one sentence');
}

describe('renda build refuses an output that would destroy something, and touches nothing', () => {
  const cases: [string, (t: ReturnType<typeof throwaway>) => string, RegExp][] = [
    ['the content folder (--out equal to --content)', (t) => t.content, /is the content folder/],
    ['a folder inside the content', (t) => join(t.content, '_site'), /inside the content folder/],
    ['the project folder (--out .)', (t) => t.project, /holds the content folder/],
    ['the folder above the project', (t) => t.root, /holds the content folder/],
    ['the home folder', (t) => t.home, /is your home folder/],
    ['the root of the file system', () => '/', /root of the file system/],
  ];
  for (const [name, out, reason] of cases)
    it(`refuses ${name}`, () => {
      const t = throwaway();
      const before = fingerprint(t.root);
      const folder = out(t);
      assertRefused(renda(t.project, t.home, 'build', '--content', 'content', '--out', folder), folder, reason);
      assert.equal(fingerprint(t.root), before, 'every file, the content and NOTES.txt untouched; nothing added');
      assert.equal(readFileSync(join(t.project, 'NOTES.txt'), 'utf8'), '会议记录：不要删除\n');
    });

  it('refuses the project folder when the content lies elsewhere (--out .)', () => {
    const t = throwaway();
    const elsewhere = mkdtempSync(join(tmpdir(), 'renda-guard-content-'));
    cpSync(fixture, elsewhere, { recursive: true });
    const before = fingerprint(t.root);
    assertRefused(renda(t.project, t.home, 'build', '--content', elsewhere, '--out', '.'), t.project, /is the project folder/);
    assert.equal(fingerprint(t.root), before);
  });

  it('refuses a symbolic link that leads to the content', () => {
    const t = throwaway();
    symlinkSync(t.content, join(t.root, 'published'));
    const before = fingerprint(t.root);
    assertRefused(renda(t.project, t.home, 'build', '--content', 'content', '--out', join(t.root, 'published')), `${join(t.root, 'published')} (a link to ${t.content})`, /is the content folder/);
    assert.equal(fingerprint(t.root), before);
  });

  it('refuses a folder of other files that renda did not make, and says what to do', () => {
    const t = throwaway();
    const www = join(t.root, 'www');
    mkdirSync(www);
    writeFileSync(join(www, 'index.html'), '<p>the county’s own page</p>');
    const before = fingerprint(t.root);
    const result = renda(t.project, t.home, 'build', '--content', 'content', '--out', www);
    assertRefused(result, www, /was not made by renda/);
    assert.match(result.stderr, /choose an empty folder or one renda made/);
    assert.equal(fingerprint(t.root), before);
  });

  it('refuses a folder whose marker is not renda’s, and a file', () => {
    const t = throwaway();
    const fake = join(t.root, 'fake');
    mkdirSync(fake);
    writeFileSync(join(fake, OUTPUT_MARKER), 'not json');
    writeFileSync(join(fake, 'keep.txt'), 'keep');
    const file = join(t.root, 'out.txt');
    writeFileSync(file, 'a file');
    const before = fingerprint(t.root);
    assertRefused(renda(t.project, t.home, 'build', '--content', 'content', '--out', fake), fake, /was not made by renda/);
    assertRefused(renda(t.project, t.home, 'build', '--content', 'content', '--out', file), file, /is a file/);
    assert.equal(fingerprint(t.root), before);
  });

  it('renda serve refuses the same way before it starts anything', () => {
    const t = throwaway();
    const before = fingerprint(t.root);
    assertRefused(renda(t.project, t.home, 'serve', '--content', 'content', '--out', 'content', '--port', '38471'), t.content, /is the content folder/);
    assert.equal(fingerprint(t.root), before);
    assert.equal(existsSync(join(t.project, 'data')), false, 'the API did not start');
  });
});

describe('renda build replaces only folders it made', () => {
  it('builds into a missing or an empty folder, marks it, and rebuilds a marked one', async () => {
    const t = throwaway();
    const empty = join(t.root, 'empty');
    mkdirSync(empty);
    const built = renda(t.project, t.home, 'build', '--content', 'content', '--out', empty);
    assert.equal(built.status, 0, built.stderr);
    const marker = JSON.parse(readFileSync(join(empty, OUTPUT_MARKER), 'utf8'));
    assert.equal(marker.generator, 'renda-kit');
    assert.equal(marker.baseUrl, 'https://renda.example.gov.cn/');
    const again = renda(t.project, t.home, 'build', '--content', 'content', '--out', empty);
    assert.equal(again.status, 0, again.stderr);
    assert.ok(existsSync(join(empty, 'hexi/index.html')));
    const fresh = renda(t.project, t.home, 'build', '--content', 'content', '--out', '_site');
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.ok(existsSync(join(t.project, '_site', OUTPUT_MARKER)));
    assert.equal(readFileSync(join(t.project, 'NOTES.txt'), 'utf8'), '会议记录：不要删除\n');
  });

  it('buildSites throws OutputRefusedError, before reading content, for a folder it did not make', async () => {
    const t = throwaway();
    writeFileSync(join(t.root, 'NOTES.txt'), 'x');
    await assert.rejects(buildSites({ contentDir: join(t.root, 'no-such-content'), outDir: t.root, today: FIXTURE_TODAY }), OutputRefusedError);
    await assert.rejects(buildSites({ contentDir: t.content, outDir: join(t.root, 'NEIGHBOUR.txt'), today: FIXTURE_TODAY }), OutputRefusedError);
    assert.equal(readFileSync(join(t.root, 'NEIGHBOUR.txt'), 'utf8'), 'beside the project\n');
  });
});
