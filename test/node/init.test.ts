/**
 * `renda init` from the outside: a new site passes `renda check` and builds as written, every
 * `$schema` resolves from where the file is, the next three commands are printed in Chinese, and
 * nothing that exists is ever overwritten.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';

const renda = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/renda.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' } });

/** Every JSON file under `dir`, with the file its `$schema` points to, resolved from the file's folder. */
function schemaReferences(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json') && !file.startsWith('schemas'))
    .map((file) => {
      const schema = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { $schema?: string }).$schema;
      assert.ok(schema, `${file} has a $schema`);
      return [file, resolve(dirname(join(dir, file)), schema)];
    });
}

describe('renda init', () => {
  const work = mkdtempSync(join(tmpdir(), 'renda-init-'));

  it('writes a site that passes renda check and builds, and says the next three commands in Chinese', () => {
    const init = renda(work, 'init', 'site', '--town', 'baiquan', '--name', '白泉镇', '--today', FIXTURE_TODAY);
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, /接下来：\n  renda check --content site .*\n  renda serve --content site .*\n  renda build --content site --out _site .*\n$/);
    for (const file of ['site.json', 'towns/baiquan/town.json', 'towns/baiquan/deputies.json', 'towns/baiquan/stations.json', 'towns/baiquan/suggestions.json'])
      assert.ok(existsSync(join(work, 'site', file)), file);
    const check = renda(work, 'check', '--content', 'site', '--today', FIXTURE_TODAY);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /内容检查通过——白泉镇（代表 2 名，联络站 1 个，公开的建议 1 条）/);
    assert.equal(check.stderr, '', 'no warnings either');
    const build = renda(work, 'build', '--content', 'site', '--out', '_site', '--today', FIXTURE_TODAY);
    assert.equal(build.status, 0, build.stderr);
    assert.ok(existsSync(join(work, '_site/baiquan/deputies/index.html')));
  });

  it('gives every file a $schema that resolves to the schema shipped with renda-kit', () => {
    const references = schemaReferences(join(work, 'site'));
    assert.equal(references.length, 5);
    for (const [file, schema] of references) {
      assert.ok(existsSync(schema), `${file}: ${schema}`);
      assert.equal(readFileSync(schema, 'utf8'), readFileSync(join(repoRoot, 'site/schemas', schema.split('/').pop()!), 'utf8'));
    }
  });

  it('adds a subdistrict to an existing site without touching site.json', () => {
    const before = readFileSync(join(work, 'site/site.json'), 'utf8');
    writeFileSync(join(work, 'site/site.json'), before.replace('"title": "白泉镇人大代表履职公开平台"', '"title": "某县人大代表履职平台"'));
    const edited = readFileSync(join(work, 'site/site.json'), 'utf8');
    const init = renda(work, 'init', 'site', '--town', 'xiaoyu', '--name', '晓雨街道', '--kind', 'subdistrict', '--today', FIXTURE_TODAY);
    assert.equal(init.status, 0, init.stderr);
    assert.equal(readFileSync(join(work, 'site/site.json'), 'utf8'), edited);
    const town = JSON.parse(readFileSync(join(work, 'site/towns/xiaoyu/town.json'), 'utf8')) as { congress: { kind: string } };
    assert.equal(town.congress.kind, 'working-committee');
    assert.equal(renda(work, 'check', '--content', 'site', '--today', FIXTURE_TODAY).status, 0);
  });

  it('refuses to overwrite a town, and says so in Chinese (or English)', () => {
    const deputies = join(work, 'site/towns/baiquan/deputies.json');
    writeFileSync(deputies, readFileSync(deputies, 'utf8').replace('示例代表甲', '王建华'));
    const kept = readFileSync(deputies, 'utf8');
    const again = renda(work, 'init', 'site', '--town', 'baiquan', '--name', '白泉镇');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /已经存在；renda init 从不覆盖已有内容/);
    assert.equal(readFileSync(deputies, 'utf8'), kept);
    assert.match(renda(work, 'init', 'site', '--town', 'baiquan', '--name', '白泉镇', '--lang', 'en').stderr, /never overwrites/);
  });

  it('explains a wrong slug, a missing name and a wrong kind', () => {
    assert.match(renda(work, 'init', 'x', '--town', '白泉', '--name', '白泉镇').stderr, /小写拼音/);
    assert.match(renda(work, 'init', 'x', '--town', 'baiquan').stderr, /--name/);
    assert.match(renda(work, 'init', 'x', '--town', 'baiquan', '--name', '白泉镇', '--kind', 'village').stderr, /subdistrict（街道）/);
    assert.ok(!existsSync(join(work, 'x')), 'nothing written');
  });
});
