import { defineConfig, type Plugin } from 'vite';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Two library builds from one file:
 * - default: one ES module per component under dist/components/, Lit kept external, for apps that
 *   bundle renda-kit themselves (the whole JS API, components/index.ts, is `renda-kit/embed`);
 * - `--mode embed`: dist/renda-embed.js, the loader a webmaster pastes with a single
 *   <script type="module"> (components/autoloader.ts), and beside it dist/chunks/: one chunk per
 *   widget, one shared chunk with Lit, the hydration support and the theme, and one with the
 *   declarative shadow DOM ponyfill. The loader imports only the chunks of the widgets on the page.
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

/**
 * The message catalogues are one file per language (domain/text/translations/), each a list of
 * `export const section = {…}`: one section per widget or page. A module lands in one chunk whole,
 * so a catalogue would put every widget's words (and the pages' and the CLI's) into a chunk every
 * widget loads. For the embed, each section becomes a module of its own, and the catalogue only
 * re-exports them: a widget's chunk carries its own words.
 */
const catalogueSections = (): Plugin => {
  const sections = new Map<string, string>();
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
      const file = CATALOGUE.exec(id);
      if (!file) return undefined;
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
        const module = `${SECTION_PREFIX}${file[1]}:${name}`;
        sections.set(module, `export const ${name} = ${initializer};\n`);
        lines.push(`export { ${name} } from ${JSON.stringify(module)};`);
      });
      return { code: lines.join('\n'), map: null };
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
        plugins: [removeStaleChunks(), catalogueSections(), minifyCssLiterals()],
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
              // Library mode keeps whitespace; pages load these files, so minify them fully.
              minify: true,
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
