/**
 * renda-kit as a plugin of another Eleventy site: towns mounted under a path beside the host's own
 * pages, the root files left to the host when it asks, one sitemap with both, and a rebuild under
 * `--watch` when the content changes.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import Eleventy from '@11ty/eleventy';
import { normaliseMount } from '../../site/plugin.js';
import { editJson, FIXTURE_TODAY, repoRoot, writeFixtureContent } from '../support/content-fixture.js';

const pluginUrl = pathToFileURL(join(repoRoot, 'build/site/plugin.js')).href;
const work = mkdtempSync(join(tmpdir(), 'renda-host-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A host Eleventy site with its own home page (and more), using the plugin with `options`. */
function hostSite(name: string, options: Record<string, unknown>, files: Record<string, string>): { dir: string; out: string; content: string } {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const content = writeFixtureContent(join(work, `${name}-content`));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  writeFileSync(
    join(dir, 'eleventy.config.mjs'),
    `import rendaPlugin from ${JSON.stringify(pluginUrl)};
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(rendaPlugin, ${JSON.stringify({ contentDir: content, today: FIXTURE_TODAY, ...options })});
  eleventyConfig.ignores.add('_site/**');
}
`,
  );
  return { dir, out: join(dir, '_site'), content };
}

async function build(site: { dir: string; out: string }): Promise<void> {
  const eleventy = new Eleventy(site.dir, site.out, { quietMode: true, configPath: join(site.dir, 'eleventy.config.mjs') });
  await eleventy.write();
}

const read = (path: string) => readFileSync(path, 'utf8');

describe('the Eleventy plugin in a host site', () => {
  it('mounts the towns under a path beside the host’s own home page, with one sitemap of both', async () => {
    const site = hostSite('mounted', { mount: '/renda/' }, { 'index.md': '# 某区人民政府\n', 'about.md': '---\npermalink: /about/\n---\n# 关于我们\n' });
    editJson(site.content, 'site.json', (s) => (s.baseUrl = 'https://www.example.gov.cn/renda/'));
    await build(site);
    assert.match(read(join(site.out, 'index.html')), /某区人民政府/, 'the host keeps its home page');
    assert.match(read(join(site.out, 'renda/hexi/index.html')), /河西镇/);
    assert.ok(existsSync(join(site.out, 'renda/index.html')), 'the index of towns at the mount point');
    assert.ok(existsSync(join(site.out, 'renda/assets/site.css')), 'assets under the mount, where the relative links lead');
    assert.match(read(join(site.out, 'renda/hexi/index.html')), /href="\.\.\/assets\/site\.css"/);
    const sitemap = read(join(site.out, 'sitemap.xml'));
    assert.match(sitemap, /<loc>https:\/\/www\.example\.gov\.cn\/about\/<\/loc>/, 'the host’s pages');
    assert.match(sitemap, /<loc>https:\/\/www\.example\.gov\.cn\/renda\/hexi\/<\/loc>/, 'the towns’ pages');
    assert.doesNotMatch(sitemap, /renda\/about/);
  });

  it('leaves /, 404, robots and the sitemap to a host that owns them, and gives it the towns’ addresses', async () => {
    const site = hostSite(
      'host-root',
      { hostOwnsRoot: true },
      {
        'index.md': '# 某镇人民政府\n',
        '404.md': '---\npermalink: /404.html\n---\n# 找不到\n',
        'sitemap.njk': '---\npermalink: /sitemap.xml\neleventyExcludeFromCollections: true\n---\n<urlset>{% for url in rendaSitemapUrls %}<url><loc>https://host.example{{ url }}</loc></url>{% endfor %}{% for page in collections.all %}<url><loc>https://host.example{{ page.url }}</loc></url>{% endfor %}</urlset>\n',
      },
    );
    await build(site); // a DuplicatePermalinkOutputError would throw here
    assert.match(read(join(site.out, 'index.html')), /某镇人民政府/);
    assert.match(read(join(site.out, '404.html')), /找不到/);
    assert.ok(existsSync(join(site.out, 'hexi/deputies/index.html')));
    assert.ok(!existsSync(join(site.out, 'robots.txt')), 'no robots.txt of renda’s');
    const sitemap = read(join(site.out, 'sitemap.xml'));
    assert.match(sitemap, /https:\/\/host\.example\/hexi\/deputies\//);
    assert.match(sitemap, /https:\/\/host\.example\/<\/loc>/, 'the host’s home page');
  });

  it('rebuilds under --watch when the content changes', async () => {
    const site = hostSite('watched', {}, { 'about.md': '---\npermalink: /about/\n---\n# 关于\n' });
    const child = spawn(process.execPath, [join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs'), '--watch', '--quiet', '--config=eleventy.config.mjs', '--input=.', '--output=_site'], { cwd: site.dir, stdio: 'pipe' });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    const home = join(site.out, 'hexi/index.html');
    const waitFor = async (what: string, ok: () => boolean) => {
      for (let i = 0; i < 150 && !ok(); i++) await sleep(200);
      assert.ok(ok(), `${what}\n${log}`);
    };
    try {
      await waitFor('the first build', () => existsSync(home) && /河西镇/.test(read(home)));
      await sleep(500);
      editJson(site.content, 'towns/hexi/town.json', (town) => (town.name = '河西新镇'));
      await waitFor('a rebuild with the new name', () => /河西新镇/.test(read(home)));
    } finally {
      child.kill();
    }
  });

  it('accepts a mount written loosely and refuses one that is not a path', () => {
    assert.equal(normaliseMount(undefined), '/');
    assert.equal(normaliseMount('renda'), '/renda/');
    assert.equal(normaliseMount('/a/b'), '/a/b/');
    assert.throws(() => normaliseMount('https://x/'), /mount must be a path/);
    assert.throws(() => normaliseMount('/../x/'), /mount must be a path/);
  });
});
