/**
 * The package as a developer or webmaster installs it: `npm pack`, the tarball installed into an
 * empty folder, then `renda --help`, `renda init`, `renda check` and `renda build` on the demo content there, the
 * API's plain message when its optional database driver is missing, and a TypeScript consumer
 * compiled with `--strict` against the shipped types.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { repoRoot } from '../support/content-fixture.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' }, timeout: 300_000 });
}

function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

describe('the installed package (npm pack → npm install in an empty folder)', () => {
  const work = mkdtempSync(join(tmpdir(), 'renda-installed-'));
  const app = join(work, 'app');
  let tarball: string;
  let files: string[];
  const renda = (...args: string[]) => run(process.execPath, [join(app, 'node_modules/renda-kit/bin/renda.js'), ...args], app);

  before(() => {
    const packed = run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], repoRoot);
    assert.equal(packed.status, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, info!.filename);
    files = info!.files.map((f) => f.path);
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'town-site', private: true, type: 'module' }, null, 2)}\n`);
    const started = performance.now();
    const installed = run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
    assert.equal(installed.status, 0, installed.stderr);
    const seconds = (performance.now() - started) / 1000;
    console.log(`installed renda-kit and its dependencies in ${seconds.toFixed(1)} s, node_modules ${(folderSize(join(app, 'node_modules')) / 1e6).toFixed(1)} MB`);
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('ships the built code, the types and the schemas, and none of the tests', () => {
    for (const needed of ['bin/renda.js', 'build/cli/cli.js', 'build/server/api.js', 'build/domain/index.js', 'build/domain/index.d.ts', 'build/site/plugin.d.ts', 'build/components/deputy-card/define.d.ts', 'dist/renda-embed.js', 'dist/components/deputy-card.js', 'site/schemas/deputies.schema.json', 'custom-elements.json'])
      assert.ok(files.includes(needed), `the tarball has ${needed}`);
    assert.deepEqual(files.filter((f) => /\.test\.|(^|\/)test\/|\.stories\.|\.fixtures\.|test-fixtures|\.map$/.test(f)), []);
  });

  it('compiles nothing: the database drivers are optional', () => {
    assert.ok(!existsSync(join(app, 'node_modules/better-sqlite3')), 'better-sqlite3 is not installed');
    assert.ok(!existsSync(join(app, 'node_modules/pg')), 'pg is not installed');
    assert.ok(existsSync(join(app, 'node_modules/@11ty/eleventy')), 'Eleventy, a peer, is installed with it');
  });

  it('runs renda --help', () => {
    const help = renda('--help');
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /renda build/);
  });

  it('checks and builds the demo content', () => {
    cpSync(join(repoRoot, 'content'), join(app, 'content'), { recursive: true });
    const check = renda('check', '--content', 'content');
    assert.equal(check.status, 0, check.stderr || check.stdout);
    const build = renda('build', '--content', 'content', '--out', '_site');
    assert.equal(build.status, 0, build.stderr || build.stdout);
    for (const page of ['index.html', 'fengquan/index.html', 'fengquan/deputies/index.html', 'en/chunlan/suggestions/index.html', 'assets/renda-embed.js'])
      assert.ok(existsSync(join(app, '_site', page)), `built ${page}`);
  });

  it('starts a site with renda init whose $schema references resolve to the installed schemas', () => {
    const init = renda('init', 'town-site', '--town', 'baiquan', '--name', '白泉镇', '--lang', 'zh-CN');
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, /接下来：\n  renda check --content town-site/);
    const check = renda('check', '--content', 'town-site', '--lang', 'zh-CN');
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /内容检查通过/);
    for (const file of ['site.json', 'towns/baiquan/town.json', 'towns/baiquan/deputies.json', 'towns/baiquan/stations.json', 'towns/baiquan/suggestions.json']) {
      const path = join(app, 'town-site', file);
      const schema = resolve(dirname(path), (JSON.parse(readFileSync(path, 'utf8')) as { $schema: string }).$schema);
      assert.ok(existsSync(schema), `${file} → ${schema}`);
      assert.equal(readFileSync(schema, 'utf8'), readFileSync(join(app, 'node_modules/renda-kit/site/schemas', basename(schema)), 'utf8'));
    }
  });

  it('says which driver to install when the API has none', () => {
    const api = renda('api', '--content', 'content', '--data', 'data', '--port', '0');
    assert.notEqual(api.status, 0);
    assert.match(api.stderr, /npm install better-sqlite3@12/);
    assert.doesNotMatch(api.stderr, /\n\s+at /, 'no stack trace');
  });

  it('gives a TypeScript consumer the types of every entry under --strict', () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      `import 'renda-kit/components/deputy-card';
import type { RendaDeputyCard } from 'renda-kit/components/deputy-card';
import { suggestionFigures, formatRate, todayInChina, type PublicSuggestion } from 'renda-kit/domain';
import { loadContent } from 'renda-kit/loader';
import rendaPlugin from 'renda-kit/plugin';

const card: RendaDeputyCard = document.createElement('renda-deputy-card');
card.variant = 'compact';
const suggestions: PublicSuggestion[] = [];
const done: string = formatRate(suggestionFigures(suggestions, todayInChina()).done);
const loaded = loadContent('content');
export const summary = [done, loaded.problems.length, typeof rendaPlugin] as const;
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM'], types: [], noEmit: true, skipLibCheck: true }, files: ['consumer.ts'] }),
    );
    const tsc = run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    // And a mistake is caught: the types are real, not `any`.
    writeFileSync(join(app, 'wrong.ts'), `import 'renda-kit/components/deputy-card';\nconst card = document.createElement('renda-deputy-card');\nexport const n: number = card.variant;\n`);
    writeFileSync(join(app, 'tsconfig.wrong.json'), JSON.stringify({ extends: './tsconfig.json', files: ['wrong.ts'] }));
    const wrong = run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.wrong.json'], app);
    assert.notEqual(wrong.status, 0);
    assert.match(wrong.stdout, /TS2322/);
  });
});
