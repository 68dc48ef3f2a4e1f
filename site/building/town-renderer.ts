/**
 * Loads, checks and renders one town into a folder with Eleventy: its pages in every language,
 * data files and deputies' photos. Runs in the build's own thread or in a worker of its pool
 * (`worker.ts`), so towns are read and checked on every core, not only rendered there. It reads
 * the content folder and writes only under `outDir`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import rendaPlugin, { localPhotos, permalinkOf, townOutput } from '../plugin.js';
import { isInside, realFolder } from '../content/files.js';
import { loadContent } from '../content/loader.js';
import { townSummary, type TownSummary } from '../pages/home.js';
import type { Problem } from '../content/problems.js';
import type { Locale, LoadedTown, SiteConfig } from '../../domain/model.js';

export interface TownTask {
  slug: string;
  /** The site's settings, with the build's overrides: what the pages are rendered with. */
  site: SiteConfig;
  today: string;
  contentDir: string;
  outDir: string;
  locale?: Locale;
  /** Pages per Eleventy run: Eleventy keeps what it renders in memory until the run ends. */
  pagesPerBatch: number;
  /**
   * Set (to 1) by the build once any town has a problem: the towns after it are still checked,
   * so every problem is reported at once, but no longer rendered.
   */
  stop?: Int32Array;
}

export interface RenderedTown {
  /** Its HTML pages' site paths, in order. */
  pages: string[];
  /** The files written, relative to `outDir`, sorted. */
  files: string[];
  /** What the site's front page says of it. */
  summary: TownSummary;
}

export interface TownOutcome {
  slug: string;
  problems: Problem[];
  warnings: Problem[];
  /** Present when the town had no problem and was rendered. */
  rendered?: RenderedTown;
}

/** Loads and checks one town; renders it when it is sound and the build has not been stopped. */
export async function buildTown(task: TownTask): Promise<TownOutcome> {
  const { slug } = task;
  const loaded = loadContent(task.contentDir, { towns: [slug], today: task.today, ...(task.locale ? { locale: task.locale } : {}) });
  const town = loaded.content?.towns[0];
  if (!town) {
    if (task.stop) Atomics.store(task.stop, 0, 1);
    return { slug, problems: loaded.problems, warnings: loaded.warnings };
  }
  if (task.stop && Atomics.load(task.stop, 0) === 1) return { slug, problems: [], warnings: loaded.warnings };
  const rendered = await renderTown(task, town);
  return { slug, problems: [], warnings: loaded.warnings, rendered };
}

const isHtmlPage = (url: string) => /(\/|\.html)$/.test(url);

async function renderTown(task: TownTask, loaded: LoadedTown): Promise<RenderedTown> {
  const { site, today, contentDir, outDir } = task;
  const pages = townOutput(site, loaded, today);
  // Eleventy needs an input folder; ours holds no templates (they are the plugin's), and an
  // empty config of our own keeps a webmaster's eleventy.config.js in the working folder out.
  // It is made in the build's own staging folder (gone before the output is in place), not the
  // system's temporary one: Eleventy searches for templates from the nearest folder its input and
  // the working folder share, reading every folder on the way, and a busy /tmp cost 0.1 s a town.
  const emptyInput = mkdtempSync(join(outDir, '.renda-input-'));
  const emptyConfig = join(emptyInput, 'renda.config.mjs');
  writeFileSync(emptyConfig, 'export default function () {}\n');
  try {
    for (let start = 0; start < pages.length; start += task.pagesPerBatch) {
      const batch = pages.slice(start, start + task.pagesPerBatch);
      const eleventy = new Eleventy(emptyInput, outDir, {
        quietMode: true,
        configPath: emptyConfig,
        config(eleventyConfig) {
          eleventyConfig.addPlugin(rendaPlugin, { content: { site, towns: [loaded] }, contentDir, today, pages: batch, copyPhotos: false });
        },
      });
      await eleventy.write();
    }
  } finally {
    rmSync(emptyInput, { recursive: true, force: true });
  }
  const slug = loaded.town.slug;
  const townDir = join(contentDir, 'towns', slug);
  const photos: string[] = [];
  // Deputies', activities' and progress photos, one file at a time: Eleventy's passthrough opens them all at once, which
  // runs out of file handles with thousands of deputies.
  for (const photo of localPhotos(loaded, today)) {
    const target = resolve(outDir, slug, photo);
    const source = resolve(townDir, photo);
    // The loader refused these already; checked again here because a build must never read
    // outside the content nor write outside the output, whatever reached it.
    if (!isInside(resolve(outDir, slug), target) || !isInside(realFolder(townDir), realFolder(source)))
      throw new Error(`refusing to copy the photo "${photo}" of ${slug}: it leads outside the town's folder`);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    photos.push(target.slice(resolve(outDir).length + 1).split('\\').join('/'));
  }
  const files = [...new Set([...pages.map((p) => permalinkOf(p.url).slice(1)), ...photos])].sort();
  return { pages: pages.map((p) => p.url).filter(isHtmlPage), files, summary: townSummary(loaded) };
}
