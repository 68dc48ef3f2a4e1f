import { defineConfig } from 'vite';
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Two library builds from one file:
 * - default: one ES module per component under dist/components/, Lit kept external,
 *   for apps that bundle renda-kit themselves;
 * - `--mode embed`: dist/renda-embed.js, one self-contained module a webmaster loads
 *   with a single <script type="module"> to get every widget.
 */
const componentsDir = resolve(import.meta.dirname, 'components');
const componentEntries = Object.fromEntries(
  readdirSync(componentsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(componentsDir, d.name, 'define.ts')))
    .map((d) => [d.name, resolve(componentsDir, d.name, 'define.ts')]),
);

export default defineConfig(({ mode }) =>
  mode === 'embed'
    ? {
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2021',
          lib: { entry: resolve(componentsDir, 'index.ts'), formats: ['es'], fileName: () => 'renda-embed.js' },
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
