import { createHash } from 'node:crypto';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { transform } from 'esbuild';
import { resolve } from 'node:path';

/**
 * Two library builds from one file:
 * - default: one ES module per component under dist/components/, Lit kept external, for apps that
 *   bundle renda-kit themselves (the whole JS API, components/index.ts, is `renda-kit/embed`);
 * - `--mode embed`: dist/renda-embed.js, the loader a webmaster pastes with a single
 *   <script type="module"> (components/autoloader.ts), and beside it dist/chunks/: one chunk per
 *   widget, one shared chunk with Lit, the hydration support and the theme, and one with the
 *   declarative shadow DOM ponyfill. The loader imports only the chunks of the widgets on the page.
 *   Beside them, each widget's words per language (`chunks/*-words-*`) and the site's own script
 *   minified (dist/site.js).
 */
const componentsDir = resolve(import.meta.dirname, 'components');
const componentEntries = Object.fromEntries(
  readdirSync(componentsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(componentsDir, d.name, 'define.ts')))
    .map((d) => [d.name, resolve(componentsDir, d.name, 'define.ts')]),
);

/**
 * Lit and what must run before any LitElement is defined: one chunk every widget shares. Lit's
 * directives (`repeat`, `styleMap`, `live`, `guard`) are not in it: each goes with the widgets
 * that use it, so a page without them does not load them. Nor is the declarative shadow DOM
 * ponyfill: a chunk of its own, which the loader imports only where the browser lacks the feature.
 */
const RUNTIME = /node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs[\\/]ssr-client)[\\/](?!(?:development[\\/])?directives[\\/])|components[\\/]base[\\/](runtime|theme)\.ts$/;

/**
 * A widget's chunk is named for its folder (`deputy-card`), not its file (`define`), also when
 * another widget imports it too (the card's QR code); the chunk of the widgets' common plumbing
 * (components/base/) is `base`.
 */
function chunkName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const widgets = chunk.moduleIds.flatMap((id) => /[\\/]components[\\/]([a-z-]+)[\\/]define\.ts$/.exec(id)?.[1] ?? []);
  if (widgets.length === 1) return widgets[0]!;
  if (chunk.moduleIds.some((id) => /[\\/]components[\\/]base[\\/]localize\.ts$/.test(id))) return 'base';
  return chunk.name;
}

const CATALOGUE = /[\\/]domain[\\/]text[\\/]translations[\\/](zh-CN|en)\.ts$/;
const SECTION_PREFIX = '\0renda-words:';
const WORDS_MODULE = resolve(componentsDir, 'base/words.ts');

/**
 * The languages whose words a page loads only when it is in that language (components/base/words.ts).
 * Both: with zh-CN's words kept in the chunks (`['en']`), a Chinese deputy page's first screen was
 * 0.06 kB lighter and an English one 1.1 kB heavier (it loaded both languages), in the same build.
 */
const WORDS_ON_DEMAND: readonly string[] = ['zh-CN', 'en'];

/** A section's slot in a minified chunk: the call `wordsSlot("en", "vote", {})`, its name mangled. */
const SLOT_CALL = /\(\s*["'`](zh-CN|en)["'`]\s*,\s*["'`](\w+)["'`]\s*,\s*(?:\{\}|\[\])\s*\)/g;

/** The loader's stand-in for its table of words files, which the build writes in (components/autoloader.ts). */
const WORDS_TABLE_TOKEN = '{"__renda_words__":{}}';

/** A value of the catalogues (strings, lists and objects of them) as a JavaScript literal: JSON with bare keys where it can. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}:${literal(item)}`).join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The message catalogues are one file per language (domain/text/translations/), each a list of
 * `export const section = {…}`: one section per widget or page. A module lands in one chunk whole,
 * so a catalogue would put every widget's words (and the pages' and the CLI's) into a chunk every
 * widget loads. For the embed, each section becomes a module of its own, and the catalogue only
 * re-exports them: a widget's chunk carries its own words.
 *
 * Then each page loads words in its own language only: in a language of `WORDS_ON_DEMAND`, a
 * section module is an empty object of the section's shape (`wordsSlot`, components/base/words.ts),
 * and once the chunks are made, each widget's sections (those its chunks and the chunks they import
 * still read once minified) are written, per language, to a file beside them (`chunks/<widget>-words-<language>-<hash>.js`)
 * whose name the loader learns. The loader imports the file for the language a widget is shown in
 * and fills the objects before the widget's element is defined: each `define.ts` here waits for it.
 */
const catalogueSections = (): Plugin => {
  const sections = new Map<string, string>();
  /** Each on-demand section's words, as written in the catalogue: `locale:section` → initializer. */
  const onDemand = new Map<string, string>();
  return {
    name: 'renda-catalogue-sections',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(SECTION_PREFIX) ? id : undefined;
    },
    load(id) {
      const body = sections.get(id);
      return body === undefined ? undefined : { code: body, moduleType: 'ts' };
    },
    transform(code, id) {
      const define = /[\\/]components[\\/]([a-z-]+)[\\/]define\.ts$/.exec(id);
      if (define) {
        // The element is defined (and hydrates) once the loader has brought its words.
        const statement = /^if \(!customElements\.get\(('renda-[a-z-]+')\)\) customElements\.define\(\1, \w+\);$/m;
        const found = statement.exec(code);
        if (!found) throw new Error(`${id}: expected "if (!customElements.get('renda-…')) customElements.define('renda-…', Class);"`);
        return {
          code: `import { defineWhenWordsArrive } from ${JSON.stringify(WORDS_MODULE)};\n${code.replace(statement, (line) => `defineWhenWordsArrive(${found[1]}, () => { ${line} });`)}`,
          map: null,
        };
      }
      const file = CATALOGUE.exec(id);
      if (!file) return undefined;
      const locale = file[1]!;
      const starts = [...code.matchAll(/^export const (\w+)\b[^=\n]*= /gm)];
      const exported = code.match(/^export /gm)?.length ?? 0;
      if (starts.length === 0 || starts.length !== exported) throw new Error(`${id}: expected only "export const section = …" declarations (${starts.length} of ${exported})`);
      // A section module holds its initializer only: a top-level helper it used would be missing.
      const helper = /^(?:const|let|var|function|class|enum|import(?! type)) [^\n]*/m.exec(code);
      if (helper) throw new Error(`${id}: a top-level declaration other than a section: ${helper[0]}`);
      const lines: string[] = [];
      starts.forEach((start, i) => {
        const name = start[1]!;
        const end = i + 1 < starts.length ? starts[i + 1]!.index : code.length;
        // The initializer up to its closing semicolon; comments between sections are dropped.
        const initializer = code.slice(start.index + start[0].length, end).replace(/;\s*(\/\*\*[\s\S]*?\*\/\s*|\/\/[^\n]*\s*)*$/, '');
        const module = `${SECTION_PREFIX}${locale}:${name}`;
        const shape = /^\s*([[{])/.exec(initializer)?.[1];
        if (WORDS_ON_DEMAND.includes(locale) && shape) {
          onDemand.set(`${locale}:${name}`, initializer);
          sections.set(module, `import { wordsSlot } from ${JSON.stringify(WORDS_MODULE)};\nexport const ${name} = /* @__PURE__ */ wordsSlot(${JSON.stringify(locale)}, ${JSON.stringify(name)}, ${shape === '[' ? '[]' : '{}'});\n`);
        } else sections.set(module, `export const ${name} = ${initializer};\n`);
        lines.push(`export { ${name} } from ${JSON.stringify(module)};`);
      });
      return { code: lines.join('\n'), map: null };
    },
    generateBundle(_options, bundle) {
      const loader = bundle['renda-embed.js'];
      if (loader?.type !== 'chunk') throw new Error('no renda-embed.js in the embed build');
      const table: Record<string, Record<string, string>> = {};
      for (const chunk of Object.values(bundle)) {
        const widget = chunk.type === 'chunk' ? /[\\/]components[\\/]([a-z-]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] : undefined;
        if (!widget) continue;
        // The widget's chunk and every chunk it imports, now or on demand: the sections they read.
        const seen = new Set<string>();
        const visit = (fileName: string) => {
          const next = bundle[fileName];
          if (seen.has(fileName) || next?.type !== 'chunk') return;
          seen.add(fileName);
          [...next.imports, ...next.dynamicImports].forEach(visit);
        };
        visit(chunk.fileName);
        // A section the chunks still read after minifying: its slot, `wordsSlot("en","vote",{})`.
        const used = new Map<string, string[]>();
        for (const fileName of seen) {
          for (const [, locale, name] of (bundle[fileName] as Rolldown.OutputChunk).code.matchAll(SLOT_CALL)) {
            if (onDemand.has(`${locale}:${name}`)) used.set(locale!, [...(used.get(locale!) ?? []), name!]);
          }
        }
        for (const [locale, names] of used) {
          // The catalogues are plain data (strings, lists and objects of them; the test of the
          // catalogues checks their shape): evaluated here, written as JSON.
          const words = Object.fromEntries([...new Set(names)].sort().map((name) => [name, new Function(`return (${onDemand.get(`${locale}:${name}`)});`)()]));
          const source = `export default ${literal(words)};\n`;
          const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
          const fileName = `chunks/${widget}-words-${locale.toLowerCase()}-${hash}.js`;
          this.emitFile({ type: 'asset', fileName, source });
          (table[`renda-${widget}`] ??= {})[locale] = `./${fileName}`;
        }
      }
      if (!loader.code.includes(WORDS_TABLE_TOKEN)) throw new Error(`renda-embed.js: no ${WORDS_TABLE_TOKEN} to write the words files into`);
      loader.code = loader.code.replace(WORDS_TABLE_TOKEN, JSON.stringify(table));
    },
  };
};

/**
 * The widgets' styles are `css\`…\`` literals, which the minifier keeps as written: comments,
 * indentation, a declaration a line. For the embed, each literal's text between its `${…}`s loses
 * its comments and the white space that CSS ignores (runs become one space; none beside `{`, `}`
 * and `;`). A literal whose strings or `url()`s hold a brace, a semicolon, `/*` or two spaces is
 * left as written.
 */
const CSS_LITERAL = /\bcss`([^`]*)`/g;
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1');
}
const minifyCssLiterals = (): Plugin => ({
  name: 'renda-minify-css-literals',
  transform(code, id) {
    if (!/[\\/]components[\\/][\w-]+[\\/][\w.-]+\.ts$/.test(id) || !code.includes('css`')) return undefined;
    return {
      code: code.replace(CSS_LITERAL, (literal, body: string) => {
        const pieces = body.split(/(\$\{[^{}]*\})/);
        // A literal with an interpolation holding braces, or a string or url() holding what the
        // minifier touches, stays as written.
        const unsafe = (piece: string) => /\$\{/.test(piece) || [...piece.matchAll(/(["'])[^\n]*?\1|url\([^)]*\)/g)].some((m) => /[{};]|\/\*|\s\s/.test(m[0]));
        if (pieces.some((piece) => !piece.startsWith('${') && unsafe(piece))) return literal;
        return `css\`${pieces.map((piece) => (piece.startsWith('${') ? piece : minifyCssText(piece))).join('')}\``;
      }),
      map: null,
    };
  },
});

/**
 * The town sites' own script (site/assets/site.js), which every page loads, minified beside the
 * embed build as dist/site.js; the site publishes it in the source's place (site/plugin.ts,
 * `widgetAssets`). It is a classic script for browsers older than the widgets need, so it stays ES5.
 */
const minifiedSiteScript = (): Plugin => ({
  name: 'renda-minified-site-script',
  apply: 'build',
  async generateBundle() {
    const source = readFileSync(resolve(import.meta.dirname, 'site/assets/site.js'), 'utf8');
    const { code } = await transform(source, { minify: true, target: 'es5', charset: 'utf8', legalComments: 'none' });
    this.emitFile({ type: 'asset', fileName: 'site.js', source: code });
  },
});

/**
 * Hashed chunk names accumulate: after writing, the embed build removes the chunks of earlier
 * builds from dist/chunks/. (After, not before: a site build reading dist/ meanwhile finds the
 * files it listed.)
 */
const removeStaleChunks = (): Plugin => ({
  name: 'renda-remove-stale-chunks',
  apply: 'build',
  writeBundle(options, bundle) {
    const dir = resolve(options.dir ?? 'dist', 'chunks');
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir)) if (!(`chunks/${file}` in bundle)) rmSync(resolve(dir, file), { force: true });
  },
});

export default defineConfig(({ mode }) =>
  mode === 'embed'
    ? {
        plugins: [removeStaleChunks(), catalogueSections(), minifyCssLiterals(), minifiedSiteScript()],
        resolve: {
          // The QR encoder (uqr) on first need, not in the code's chunk: components/qr-code/qr-encoder.ts.
          alias: [
            { find: /^\.\/qr-encoder\.js$/, replacement: resolve(componentsDir, 'qr-code/qr-encoder.lazy.ts') },
            // A code nested in the card or the map: its element when it must be drawn or is used (base/nested-qr-code.ts).
            { find: /^\.\.\/base\/nested-qr-code\.js$/, replacement: resolve(componentsDir, 'base/nested-qr-code.lazy.ts') },
            // A station's details and the tile layer on first use (components/station-map/on-demand.ts).
            { find: /^\.\/on-demand\.js$/, replacement: resolve(componentsDir, 'station-map/on-demand.lazy.ts') },
          ],
        },
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2021',
          minify: true,
          copyPublicDir: false,
          // Library mode: no preload helper, whose absolute `/` paths would break on another origin.
          lib: { entry: { 'renda-embed': resolve(componentsDir, 'autoloader.ts') }, formats: ['es'] },
          rolldownOptions: {
            output: {
              // Library mode keeps whitespace; pages load these files, so minify them fully, and drop
              // comments: also the bundler's annotations (`@__PURE__`, `@vite-ignore`), which only a bundler reads.
              minify: true,
              comments: false,
              // The loader's URL is what webmasters paste: stable. The chunks are named by their
              // content, so a server may cache them for ever, and the same sources give the same files.
              entryFileNames: '[name].js',
              chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
              codeSplitting: { groups: [{ name: 'runtime', test: RUNTIME }] },
            },
          },
        },
      }
    : {
        build: {
          outDir: 'dist/components',
          emptyOutDir: true,
          target: 'es2021',
          lib: { entry: componentEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//] },
        },
      },
);
