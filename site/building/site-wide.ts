/**
 * The files of the site as a whole, written once all its towns are in the folder: the 404 page,
 * the front page in each language, the sitemap, robots.txt, the kit's assets, the blank
 * workbooks and the output marker. The same function ends a full build and `renda build
 * --finish` over gathered shards, so both write the same bytes.
 */
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { permalinkOf, siteWidePages } from '../plugin.js';
import { markerText, OUTPUT_MARKER } from '../output-folder.js';
import { TEMPLATE_FILES, templatesDir } from '../sheets/template-files.js';
import type { SiteConfig } from '../../domain/model.js';
import type { TownRecord } from './records.js';

/** Writes a file by renaming a finished copy over it: a reader never sees half a file. */
function replaceFile(path: string, write: (temporary: string) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.renda-${process.pid}.tmp`;
  write(temporary);
  renameSync(temporary, path);
}

/** Writes the site-wide files into `outDir` for these towns (in the site's order); returns how many. */
export function writeSiteWideFiles(outDir: string, site: SiteConfig, towns: readonly TownRecord[]): number {
  let files = 0;
  for (const page of siteWidePages(site, towns.map((t) => t.summary), towns.flatMap((t) => t.pages))) {
    replaceFile(join(outDir, permalinkOf(page.url)), (temporary) => writeFileSync(temporary, page.render()));
    files++;
  }
  // Blank workbooks for offline record keeping, linked from every town's data page; copied as
  // they are, since an xlsx file written now would differ from one written a second later.
  for (const file of Object.values(TEMPLATE_FILES)) {
    replaceFile(join(outDir, 'assets', 'templates', file), (temporary) => copyFileSync(join(templatesDir, file), temporary));
    files++;
  }
  // The mark that makes the next build allowed to replace this folder.
  replaceFile(join(outDir, OUTPUT_MARKER), (temporary) => writeFileSync(temporary, markerText(site.baseUrl)));
  return files;
}
