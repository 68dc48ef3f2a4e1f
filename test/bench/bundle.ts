/**
 * One widget bundled as an app's build would bundle it (Vite, minified ES module), for the
 * benchmarks' size figures and the pages they open in Chromium.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { build } from 'vite';
import { repoRoot } from '../support/content-fixture.js';

/** Lit left out: what a widget adds to an app that has Lit already. */
export const LIT_EXTERNAL = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//];

export interface Bundled {
  /** The entry's own file. */
  code: string;
  /** It and every chunk it may import later (lazy parts), joined. */
  all: string;
}

/**
 * Bundles `entry` (relative to the repository, or absolute) into `outDir` as `fileName`, with Lit
 * external or included; the chunks it imports lazily are written beside it.
 */
export async function bundleEntry(entry: string, options: { litExternal: boolean; outDir?: string; fileName?: string }): Promise<Bundled> {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'renda-bench-bundle-'));
  const fileName = options.fileName ?? 'bundle.js';
  const before = new Set(readdirSync(outDir));
  await build({
    root: repoRoot,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      lib: { entry: isAbsolute(entry) ? entry : join(repoRoot, entry), formats: ['es'], fileName: () => fileName },
      rolldownOptions: { external: options.litExternal ? LIT_EXTERNAL : [] },
    },
  });
  const code = readFileSync(join(outDir, fileName), 'utf8');
  const lazy = readdirSync(outDir).filter((name) => name.endsWith('.js') && name !== fileName && !before.has(name));
  return { code, all: [code, ...lazy.map((name) => readFileSync(join(outDir, name), 'utf8'))].join('\n') };
}
