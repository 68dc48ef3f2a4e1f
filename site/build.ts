import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import rendaPlugin from './plugin.js';
import { loadContent } from './content/loader.js';
import { todayInChina } from './content/dates.js';
import type { Problem } from './content/problems.js';
import type { SiteConfig } from './content/types.js';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  towns?: string[];
  today?: string;
  /** Settings that win over `site.json` for this build, e.g. the local API under `renda serve`. */
  siteOverrides?: Partial<SiteConfig>;
}

export type BuildResult =
  | { ok: true; outDir: string; files: number; towns: number; seconds: number }
  | { ok: false; problems: Problem[] };

/**
 * Checks all content, builds every page into a fresh folder beside the output, and only then
 * swaps it in: a content mistake or a crash leaves the previous output exactly as it was.
 */
export async function buildSites(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const today = options.today ?? todayInChina();
  const contentDir = resolve(options.contentDir);
  const outDir = resolve(options.outDir);
  const loaded = loadContent(contentDir, { ...(options.towns?.length ? { towns: options.towns } : {}), today });
  if (!loaded.content) return { ok: false, problems: loaded.problems };
  const content = options.siteOverrides ? { ...loaded.content, site: { ...loaded.content.site, ...options.siteOverrides } } : loaded.content;

  // Beside the output, so the final rename stays on one file system.
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(dirname(outDir), `.${basename(outDir)}.building-${stamp}`);
  // Eleventy needs an input folder; ours holds no templates (they are the plugin's).
  const emptyInput = mkdtempSync(join(tmpdir(), 'renda-input-'));
  const emptyConfig = join(emptyInput, 'renda.config.mjs');
  writeFileSync(emptyConfig, 'export default function () {}\n');
  try {
    const eleventy = new Eleventy(emptyInput, staging, {
      quietMode: true,
      // An empty config of our own: a webmaster's eleventy.config.js in the working folder must not leak in.
      configPath: emptyConfig,
      config(eleventyConfig) {
        eleventyConfig.addPlugin(rendaPlugin, { content, contentDir, today });
      },
    });
    const written = (await eleventy.write()) as unknown as [unknown[], unknown[]] | unknown[];
    const files = Array.isArray(written[1]) ? (written[1] as unknown[]).length : (written as unknown[]).flat().length;
    const previous = `${join(dirname(outDir), `.${basename(outDir)}.previous-${stamp}`)}`;
    const hadPrevious = existsSync(outDir);
    if (hadPrevious) renameSync(outDir, previous);
    renameSync(staging, outDir);
    if (hadPrevious) rmSync(previous, { recursive: true, force: true });
    return { ok: true, outDir, files, towns: content.towns.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(emptyInput, { recursive: true, force: true });
  }
}
