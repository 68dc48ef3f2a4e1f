import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import rendaPlugin, { localPhotos, sitePages } from './plugin.js';
import { checkOutputFolder, markerText, OUTPUT_MARKER } from './output-folder.js';

/** Pages per Eleventy run: enough to amortise its start, few enough to keep memory flat. */
const PAGES_PER_BATCH = 20_000;
import { loadContent } from './content/loader.js';
import { TEMPLATE_FILES, templatesDir } from './sheets/template-files.js';
import { isInside, realFolder } from './content/files.js';
import { todayInChina } from '../domain/calendar/dates.js';
import type { Problem } from './content/problems.js';
import type { LoadedContent, Locale, SiteConfig } from '../domain/model.js';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  towns?: string[];
  today?: string;
  /** Settings that win over `site.json` for this build, e.g. the local API under `renda serve`. */
  siteOverrides?: Partial<SiteConfig>;
  /** Pages per Eleventy run (default 20,000). */
  pagesPerBatch?: number;
  /** The language of content problems and refusals; zh-CN by default. */
  locale?: Locale;
}

export type BuildResult =
  | { ok: true; outDir: string; files: number; towns: number; seconds: number; content: LoadedContent; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/**
 * Checks all content, builds every page into a fresh folder beside the output, and only then
 * swaps it in: a content mistake or a crash leaves the previous output exactly as it was.
 * Throws `OutputRefusedError`, touching nothing, when the output folder is not renda's to
 * replace (the content, the project, home, `/`, or a folder of other files).
 */
export async function buildSites(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const today = options.today ?? todayInChina();
  const contentDir = resolve(options.contentDir);
  const outDir = resolve(options.outDir);
  checkOutputFolder({ outDir, contentDir, ...(options.locale ? { locale: options.locale } : {}) });
  const loaded = loadContent(contentDir, { ...(options.towns?.length ? { towns: options.towns } : {}), today, ...(options.locale ? { locale: options.locale } : {}) });
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
    // Eleventy keeps every page it renders in memory: render in batches so a county's hundreds of
    // towns build in bounded memory. Each batch writes into the same staging folder.
    const pages = sitePages(content, today);
    let files = 0;
    const perBatch = options.pagesPerBatch ?? PAGES_PER_BATCH;
    for (let start = 0; start < pages.length; start += perBatch) {
      const batch = pages.slice(start, start + perBatch);
      const eleventy = new Eleventy(emptyInput, staging, {
        quietMode: true,
        // An empty config of our own: a webmaster's eleventy.config.js in the working folder must not leak in.
        configPath: emptyConfig,
        config(eleventyConfig) {
          eleventyConfig.addPlugin(rendaPlugin, { content, contentDir, today, pages: batch, copyPhotos: false });
        },
      });
      const written = (await eleventy.write()) as unknown as [unknown[], unknown[]] | unknown[];
      files += Array.isArray(written[1]) ? (written[1] as unknown[]).length : (written as unknown[]).flat().length;
    }
    // Deputies' photos, one file at a time: Eleventy's passthrough opens them all at once, which
    // runs out of file handles with thousands of deputies.
    for (const town of content.towns) {
      const townDir = join(contentDir, 'towns', town.town.slug);
      for (const photo of localPhotos(town.deputies)) {
        const target = resolve(staging, town.town.slug, photo);
        const source = resolve(townDir, photo);
        // The loader refused these already; checked again here because a build must never read
        // outside the content nor write outside the output, whatever reached it.
        if (!isInside(resolve(staging, town.town.slug), target) || !isInside(realFolder(townDir), realFolder(source)))
          throw new Error(`refusing to copy the photo "${photo}" of ${town.town.slug}: it leads outside the town's folder`);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(source, target);
        files++;
      }
    }
    // Blank workbooks for offline record keeping, linked from every town's data page; copied as
    // they are, since an xlsx file written now would differ from one written a second later.
    mkdirSync(join(staging, 'assets', 'templates'), { recursive: true });
    for (const file of Object.values(TEMPLATE_FILES)) {
      copyFileSync(join(templatesDir, file), join(staging, 'assets', 'templates', file));
      files++;
    }
    // The mark that makes the next build allowed to replace this folder.
    writeFileSync(join(staging, OUTPUT_MARKER), markerText(content.site.baseUrl));
    const previous = `${join(dirname(outDir), `.${basename(outDir)}.previous-${stamp}`)}`;
    const hadPrevious = existsSync(outDir);
    if (hadPrevious) renameSync(outDir, previous);
    renameSync(staging, outDir);
    if (hadPrevious) rmSync(previous, { recursive: true, force: true });
    return { ok: true, outDir, files, towns: content.towns.length, seconds: (performance.now() - started) / 1000, content, warnings: loaded.warnings };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(emptyInput, { recursive: true, force: true });
  }
}
