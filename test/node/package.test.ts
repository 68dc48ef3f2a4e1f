import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { repoRoot } from '../support/content-fixture.js';
import { Ajv } from 'ajv';
import { readLoader } from '../support/page-scripts.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

/** What the package promises webmasters and app developers, checked on the built files. */
describe('the package', () => {
  const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:^|[;\n])\s*(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]!);

  /** A module and every chunk it imports relatively, transitively. */
  function moduleGraph(entry: string): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) if (spec.startsWith('.')) visit(join(dirname(file), spec));
    };
    visit(entry);
    return [...seen];
  }

  it('builds one ES module per component with Lit kept external', () => {
    const dir = join(repoRoot, 'dist/components');
    const modules = readdirSync(dir).filter((f) => f.endsWith('.js'));
    assert.ok(modules.includes('qr-code.js'));
    const graph = moduleGraph(join(dir, 'qr-code.js'));
    const bare = graph.flatMap(importsOf).filter((s) => !s.startsWith('.'));
    assert.ok(bare.some((s) => s === 'lit' || s.startsWith('lit/')), `qr-code.js imports lit: ${bare.join(', ')}`);
    for (const file of graph) assert.ok(!readFileSync(file, 'utf8').includes('class ReactiveElement'), `Lit is not bundled into ${file}`);
  });

  it('builds the embed: a small loader that imports each widget’s chunk, and together they are self-contained', () => {
    const loader = join(repoRoot, 'dist/renda-embed.js');
    const text = readFileSync(loader, 'utf8');
    // The loader itself carries no widget and no Lit: it only imports them.
    assert.ok(!text.includes('class ReactiveElement') && !text.includes('customElements.define'), 'renda-embed.js is a loader, not a bundle');
    const dynamic = [...text.matchAll(/import\(\s*["'`](\.\/chunks\/[^"'`]+)["'`]\s*\)/g)].map((m) => join(repoRoot, 'dist', m[1]!));
    assert.ok(dynamic.length >= 7, `the loader imports the runtime and every widget: ${dynamic.join(', ')}`);
    const graph = [...new Set([loader, ...dynamic.flatMap(moduleGraph)])];
    const bare = graph.flatMap(importsOf).filter((s) => !s.startsWith('.') && !s.startsWith('/'));
    assert.deepEqual(bare, [], 'the loader and its chunks import nothing from outside themselves');
    const all = graph.map((file) => readFileSync(file, 'utf8')).join('\n');
    // Lit registers its version once per copy (the chunks are minified: no class names to look for).
    const withLit = graph.filter((file) => readFileSync(file, 'utf8').includes('litElementVersions'));
    assert.deepEqual(withLit.map((file) => /runtime-[\w-]+\.js$/.test(file)), [true], `Lit is in the one shared runtime chunk: ${withLit.join(', ')}`);
    const runtime = readFileSync(withLit[0]!, 'utf8');
    // The loader fetches a widget's chunk beside the runtime, not after it: safe only because each
    // widget's chunk imports the runtime, which ES modules then evaluate first.
    // The declarative shadow DOM ponyfill runs before any widget, alone: it needs no Lit.
    const ponyfill = dynamic.filter((file) => /declarative-shadow-dom-[\w-]+\.js$/.test(file));
    assert.equal(ponyfill.length, 1, 'the loader imports the ponyfill, for browsers without the feature');
    assert.ok(!moduleGraph(ponyfill[0]!).includes(withLit[0]!), 'the ponyfill does not load Lit');
    for (const chunk of dynamic.filter((file) => !/runtime-[\w-]+\.js$/.test(file) && !ponyfill.includes(file))) assert.ok(moduleGraph(chunk).includes(withLit[0]!), `${chunk} imports the runtime chunk`);
    assert.ok(runtime.indexOf('litElementHydrateSupport=') >= 0 && runtime.indexOf('litElementHydrateSupport=') < runtime.indexOf('litElementHydrateSupport?.('), 'the hydration support is installed before LitElement is evaluated');
    for (const dir of readdirSync(join(repoRoot, 'components')).filter((d) => existsSync(join(repoRoot, 'components', d, 'define.ts')))) {
      const tag = /customElements\.define\(\s*['"]([^'"]+)['"]/.exec(readFileSync(join(repoRoot, 'components', dir, 'define.ts'), 'utf8'))?.[1] ?? `renda-${dir}`;
      assert.match(text, new RegExp(`["'\`]${tag}["'\`]\\s*:\\s*\\(\\)\\s*=>\\s*import\\(`), `the loader knows <${tag}>`);
      assert.ok(all.includes(`customElements.define(\`${tag}\``) || all.includes(`customElements.define("${tag}"`), `a chunk defines <${tag}>`);
    }
  });

  it('the embed keeps each widget’s words out of its chunks: one file per language beside them, which the loader names', async () => {
    const dist = join(repoRoot, 'dist');
    const { wordsOfTag, chunkOfTag } = readLoader(dist);
    const files = readdirSync(join(dist, 'chunks')).map((name) => join(dist, 'chunks', name));
    const wordsFiles = new Set([...wordsOfTag.values()].flatMap((byLocale) => Object.values(byLocale)));
    // The widgets' own sections, by tag: each file in each language holds its widget's words.
    const own: Record<string, keyof typeof ZH> = { 'renda-deputy-card': 'deputyCard', 'renda-qr-code': 'qrCode', 'renda-site-search': 'siteSearch', 'renda-station-map': 'stationMap', 'renda-suggestion-tracker': 'suggestionTracker', 'renda-vote': 'vote' };
    assert.deepEqual([...wordsOfTag.keys()].sort(), [...chunkOfTag.keys()].sort(), 'every widget has its words files');
    for (const [tag, byLocale] of wordsOfTag) {
      assert.deepEqual(Object.keys(byLocale).sort(), ['en', 'zh-CN'], tag);
      for (const [locale, file] of Object.entries(byLocale)) {
        assert.ok(files.includes(file), `${file} is built`);
        const words = ((await import(file)) as { default: Record<string, unknown> }).default;
        assert.deepEqual(words[own[tag]!], (locale === 'en' ? EN : ZH)[own[tag]!], `${tag} in ${locale}`);
      }
    }
    // No other file of the embed carries a widget's words, in either language: a page loads only its language's file.
    const phrases = Object.values(own).flatMap((section) => [ZH, EN].flatMap((catalogue) => Object.values(catalogue[section] as Record<string, string>)))
      .flatMap((phrase) => phrase.split(/\{\w+\}/))
      // Long enough not to be code by chance: English with a space, Chinese of five characters or more.
      .filter((piece) => !/[`"'\\]/.test(piece) && (/[^\x00-\x7f]/.test(piece) ? piece.length >= 5 : piece.length >= 12 && / /.test(piece)));
    assert.ok(phrases.length > 100);
    for (const file of [join(dist, 'renda-embed.js'), ...files.filter((f) => !wordsFiles.has(f))]) {
      const code = readFileSync(file, 'utf8');
      assert.deepEqual(phrases.filter((piece) => code.includes(piece)), [], `${file} holds no widget's words`);
    }
  });

  it('ships a Custom Elements Manifest that documents every component', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    assert.ok(tags.includes('renda-qr-code'), tags.join(', '));
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(pkg.customElements, 'custom-elements.json');
  });

  it('the manifest is valid against the custom-elements-manifest schema, and names the modules the package ships', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(join(repoRoot, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(manifest as object), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const shippedPath = (path: string) => pkg.exports['./components/*'].default === './dist/components/*.js' && /^dist\/components\/[a-z-]+\.js$/.test(path) && existsSync(join(repoRoot, path));
    const paths = [...JSON.stringify(manifest).matchAll(/"(?:path|module)":"([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(paths.length >= 12);
    for (const path of paths) assert.ok(shippedPath(path), `${path} is a file the package exports`);
    const definitions = manifest.modules.flatMap((m: { exports?: { kind: string; name: string }[] }) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
    assert.deepEqual(definitions.sort(), ['renda-deputy-card', 'renda-qr-code', 'renda-site-search', 'renda-station-map', 'renda-suggestion-tracker', 'renda-vote']);
  });

  it('the manifest is the public API: no private members, every event named and typed as its JSDoc declares', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8'));
    type Declaration = { tagName?: string; members?: { name: string; privacy?: string }[]; events?: { name?: string; type?: { text: string } }[] };
    const elements = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.tagName) as Declaration[];
    assert.equal(elements.length, 6);
    for (const element of elements) {
      const hidden = (element.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('_'));
      assert.deepEqual(hidden.map((m) => m.name), [], `${element.tagName} lists private members`);
      for (const event of element.events ?? []) assert.match(event.name ?? '', /^renda-[a-z-]+$/, `${element.tagName} has an event without a proper name`);
    }
    const tracker = elements.find((e) => e.tagName === 'renda-suggestion-tracker')!;
    assert.deepEqual(
      tracker.events!.map((e) => [e.name, e.type?.text]),
      [
        ['renda-suggestion-select', 'RendaSuggestionSelectEvent'],
        ['renda-view-change', 'RendaViewChangeEvent'],
      ],
    );
  });

  it('every content file names a schema that exists, so editors can check it while typing', () => {
    const files = readdirSync(join(repoRoot, 'content'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.geojson'));
    assert.ok(files.length >= 5);
    for (const file of files) {
      const path = join(repoRoot, 'content', file);
      const { $schema } = JSON.parse(readFileSync(path, 'utf8'));
      assert.equal(typeof $schema, 'string', `${file} has a $schema`);
      const target = resolve(dirname(path), $schema);
      assert.ok(existsSync(target), `${file}: ${$schema} exists`);
      assert.ok(target.startsWith(join(repoRoot, 'site/schemas')), `${file}: points into site/schemas`);
    }
  });
});
