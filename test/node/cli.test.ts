import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyContent, editJson, FIXTURE_TODAY, repoRoot, writeFixtureContent } from '../support/content-fixture.js';

const renda = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), ...args, '--today', FIXTURE_TODAY], { encoding: 'utf8' });

describe('the renda command', () => {
  const valid = writeFixtureContent();

  it('check passes on valid content', () => {
    const result = renda('check', '--content', valid);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /content is valid/);
  });

  it('check prints every problem with file and place, exits 1, and shows no stack trace', () => {
    const broken = copyContent(valid);
    editJson(broken, 'towns/hexi/deputies.json', (v) => (v.deputies[0].levels = ['mayor']));
    editJson(broken, 'towns/hexi/stations.json', (v) => (v.stations[0].location.crs = 'baidu'));
    const result = renda('check', '--content', broken);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /towns\/hexi\/deputies\.json:\d+:\d+  deputies\[0\] \(hx-001\)\.levels\[0\]/);
    assert.match(result.stderr, /towns\/hexi\/stations\.json:\d+:\d+  stations\[0\] \(center\)\.location\.crs/);
    assert.match(result.stderr, /2 problems/);
    assert.doesNotMatch(result.stderr, /\n\s+at .*\.js:\d+/);
  });

  it('build writes the site; a failed build says the output is unchanged', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'renda-cli-')), 'out');
    const ok = renda('build', '--content', valid, '--out', out);
    assert.equal(ok.status, 0, ok.stderr);
    assert.ok(existsSync(join(out, 'hexi/index.html')));
    const broken = copyContent(valid);
    editJson(broken, 'site.json', (v) => delete v.title);
    const failed = renda('build', '--content', broken, '--out', out);
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /site\.json.*\n.*missing required field "title"/);
    assert.match(failed.stderr, /is unchanged/);
  });

  it('an unknown command or option is a usage error', () => {
    assert.equal(renda('publish').status, 2);
    assert.equal(renda('build', '--bogus').status, 2);
  });
});
