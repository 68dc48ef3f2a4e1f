import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyContent, editJson, FIXTURE_TODAY, repoRoot, writeFixtureContent } from '../support/content-fixture.js';

const renda = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), ...args, '--today', FIXTURE_TODAY], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });

describe('the renda command', () => {
  const valid = writeFixtureContent();

  it('check passes on valid content', () => {
    const result = renda('check', '--content', valid);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /内容检查通过/);
  });

  it('check prints every problem with file and place, exits 1, and shows no stack trace', () => {
    const broken = copyContent(valid);
    editJson(broken, 'towns/hexi/deputies.json', (v) => (v.deputies[0].levels = ['mayor']));
    editJson(broken, 'towns/hexi/stations.json', (v) => (v.stations[0].location.crs = 'baidu'));
    const result = renda('check', '--content', broken);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /towns\/hexi\/deputies\.json:\d+:\d+（第 \d+ 行第 \d+ 列）  deputies\[0\] \(hx-001\)\.levels\[0\]/);
    assert.match(result.stderr, /towns\/hexi\/stations\.json:\d+:\d+（第 \d+ 行第 \d+ 列）  stations\[0\] \(center\)\.location\.crs/);
    assert.match(result.stderr, /有 2 处问题/);
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
    assert.match(failed.stderr, /site\.json.*\n.*缺少必填字段“title”/);
    assert.match(failed.stderr, /保持原样/);
  });

  it('an unknown command or option is a usage error', () => {
    assert.equal(renda('publish').status, 2);
    assert.equal(renda('build', '--bogus').status, 2);
  });
});

describe('the renda command speaks the webmaster’s language', () => {
  const run = (env: Record<string, string>, ...args: string[]) =>
    spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env } });

  it('helps in Chinese by default, in English with --lang en or an English locale', () => {
    assert.match(run({}, '--help').stdout, /用法：[\s\S]*检查全部内容/);
    assert.match(run({}, '--help', '--lang', 'en').stdout, /Usage:[\s\S]*check all content/);
    assert.match(run({ LANG: 'en_US.UTF-8' }, '--help').stdout, /Usage:/);
    assert.match(run({ LANG: 'en_US.UTF-8' }, '--help', '--lang', 'zh-CN').stdout, /用法：/);
  });

  it('says a usage mistake in the chosen language', () => {
    const zh = run({}, 'publish');
    assert.equal(zh.status, 2);
    assert.match(zh.stderr, /没有“publish”这个命令/);
    assert.match(run({}, 'publish', '--lang=en').stderr, /unknown command "publish"/);
    assert.match(run({}, 'build', '--bogus').stderr, /命令写得不对/);
  });

  it('names the file, the place, the field with its id, what was expected and the fix, in Chinese', () => {
    const valid = writeFixtureContent();
    const broken = copyContent(valid);
    editJson(broken, 'towns/hexi/deputies.json', (v) => (v.deputies[0].levels = ['townsip']));
    const result = run({}, 'check', '--content', broken, '--today', FIXTURE_TODAY);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /deputies\.json:\d+:\d+（第 \d+ 行第 \d+ 列）  deputies\[0\] \(hx-001\)\.levels\[0\]\n  不认识的值\n  应为："national"、"provincial"、"city"、"county"、"township" 之一\n  实际：文字 "townsip"\n  改法：是不是想写“township”？/);
  });
});
