/**
 * Renders a group of towns into a folder with Eleventy: their pages in every language, data files
 * and deputies' photos. Runs in the build's own thread or in a worker of its pool (`worker.ts`):
 * it reads nothing but the task and the photos, and writes only under `outDir`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import rendaPlugin, { localPhotos, permalinkOf, townOutput } from '../plugin.js';
import { isInside, realFolder } from '../content/files.js';
import type { LoadedTown, SiteConfig } from '../../domain/model.js';

export interface RenderTask {
  site: SiteConfig;
  towns: LoadedTown[];
  today: string;
  contentDir: string;
  outDir: string;
  /** Pages per Eleventy run: Eleventy keeps what it renders in memory until the run ends. */
  pagesPerBatch: number;
}

export interface RenderedTown {
  slug: string;
  /** Its HTML pages' site paths, in order. */
  pages: string[];
  /** The files written, relative to `outDir`, sorted. */
  files: string[];
}

const isHtmlPage = (url: string) => /(\/|\.html)$/.test(url);

export async function renderTowns(task: RenderTask): Promise<RenderedTown[]> {
  const { site, today, contentDir, outDir } = task;
  const outputs = task.towns.map((loaded) => ({ loaded, pages: townOutput(site, loaded, today) }));
  const pages = outputs.flatMap((o) => o.pages);
  // Eleventy needs an input folder; ours holds no templates (they are the plugin's), and an
  // empty config of our own keeps a webmaster's eleventy.config.js in the working folder out.
  const emptyInput = mkdtempSync(join(tmpdir(), 'renda-input-'));
  const emptyConfig = join(emptyInput, 'renda.config.mjs');
  writeFileSync(emptyConfig, 'export default function () {}\n');
  try {
    for (let start = 0; start < pages.length; start += task.pagesPerBatch) {
      const batch = pages.slice(start, start + task.pagesPerBatch);
      const eleventy = new Eleventy(emptyInput, outDir, {
        quietMode: true,
        configPath: emptyConfig,
        config(eleventyConfig) {
          eleventyConfig.addPlugin(rendaPlugin, { content: { site, towns: task.towns }, contentDir, today, pages: batch, copyPhotos: false });
        },
      });
      await eleventy.write();
    }
  } finally {
    rmSync(emptyInput, { recursive: true, force: true });
  }
  return outputs.map(({ loaded, pages: townPages }) => {
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
    const files = [...new Set([...townPages.map((p) => permalinkOf(p.url).slice(1)), ...photos])].sort();
    return { slug, pages: townPages.map((p) => p.url).filter(isHtmlPage), files };
  });
}
