/**
 * Each town's build record, kept in the output beside its pages (`.renda-towns/<slug>.json`): the
 * key it was built with, the files it wrote, its HTML pages (for the sitemap) and what the front
 * page shows of it. The next build reuses a town whose key is unchanged; `renda build --finish`
 * writes the site-wide files of gathered shards from these records alone.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TownSummary } from '../pages/home.js';
import type { BuildStamp } from './fingerprint.js';
import type { Problem } from '../content/problems.js';

export const RECORDS_FOLDER = '.renda-towns';

export interface TownRecord {
  slug: string;
  /** `townKey()`: equal keys, equal output. */
  key: string;
  stamp: BuildStamp;
  summary: TownSummary;
  /** Its HTML pages' site paths, in the order they were rendered. */
  pages: string[];
  /** Every file of its output, relative to the output folder, sorted. */
  files: string[];
  /** What `renda check` would warn about in the town: a kept town is not loaded again. */
  warnings: Problem[];
}

const SLUG = /^[^./\\][^/\\]*$/;

/** The records found in an output folder, by slug; unreadable ones are left out (their towns are built again). */
export function readRecords(outDir: string): Map<string, TownRecord> {
  const records = new Map<string, TownRecord>();
  const dir = join(outDir, RECORDS_FOLDER);
  if (!existsSync(dir)) return records;
  for (const name of readdirSync(dir)) {
    const slug = name.replace(/\.json$/, '');
    if (!name.endsWith('.json') || !SLUG.test(slug)) continue;
    try {
      const record = JSON.parse(readFileSync(join(dir, name), 'utf8')) as TownRecord;
      if (record.slug === slug && typeof record.key === 'string' && Array.isArray(record.files) && Array.isArray(record.pages) && Array.isArray(record.warnings) && record.summary && record.stamp) records.set(slug, record);
    } catch {
      // A damaged record only costs that town a new render.
    }
  }
  return records;
}

export function writeRecord(outDir: string, record: TownRecord): void {
  mkdirSync(join(outDir, RECORDS_FOLDER), { recursive: true });
  writeFileSync(join(outDir, RECORDS_FOLDER, `${record.slug}.json`), `${JSON.stringify(record, null, 1)}\n`);
}

/** Whether every file a record lists is still in the output folder. */
export const recordIntact = (outDir: string, record: TownRecord): boolean => record.files.every((file) => existsSync(join(outDir, file)));
