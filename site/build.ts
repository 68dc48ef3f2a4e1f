import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Piscina } from 'piscina';
import { checkOutputFolder, markerText, OUTPUT_MARKER, OutputRefusedError, readMarker } from './output-folder.js';
import { loadContent, townSlugs } from './content/loader.js';
import { todayInChina } from '../domain/calendar/dates.js';
import { buildStamp, townKey } from './building/fingerprint.js';
import { readRecords, recordIntact, RECORDS_FOLDER, writeRecord, type TownRecord } from './building/records.js';
import { ALL_LOCALES, localePrefix } from './i18n.js';
import { buildTown, type TownOutcome, type TownTask } from './building/town-renderer.js';
import { inShard, type Shard } from './building/shards.js';
import { writeSiteWideFiles } from './building/site-wide.js';
import { buildWords } from './building/words.js';
import type { Problem } from './content/problems.js';
import type { LoadedContent, Locale, SiteConfig } from '../domain/model.js';

/** Pages per Eleventy run: enough to amortise its start, few enough to keep memory flat. */
const PAGES_PER_BATCH = 20_000;

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  towns?: string[];
  /** The day the site is built for; else `SOURCE_DATE_EPOCH`'s day in China; else today in China. */
  today?: string;
  /** Settings that win over `site.json` for this build, e.g. the local API under `renda serve`. */
  siteOverrides?: Partial<SiteConfig>;
  /** Pages per Eleventy run (default 20,000). */
  pagesPerBatch?: number;
  /** The language of content problems and refusals; zh-CN by default. */
  locale?: Locale;
  /** Towns rendered at once, each in a worker thread; default: one per core. 1 renders in this thread. */
  jobs?: number;
  /** Render every town, even those the previous output already holds unchanged. */
  fresh?: boolean;
  /** Build only this machine's share of the towns, and no site-wide file (`finishSites` writes those). */
  shard?: Shard;
}

export type BuildResult =
  | {
      ok: true;
      outDir: string;
      files: number;
      towns: number;
      /** The towns built, in the site's order. */
      slugs: string[];
      /** Towns rendered by this build, and towns whose unchanged output was kept from the previous one. */
      rendered: string[];
      reused: string[];
      seconds: number;
      /** The site's settings the pages were built with (overrides included). */
      site: SiteConfig;
      warnings: Problem[];
    }
  | { ok: false; problems: Problem[] };

/** The day a build renders for: given, else `SOURCE_DATE_EPOCH` (seconds, as reproducible-builds.org sets it), else today in China. */
export function buildDay(today: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (today) return today;
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d{1,12}$/.test(epoch)) return todayInChina(new Date(Number(epoch) * 1000));
  return todayInChina();
}

/** The default number of jobs: one per core the process may use. */
export const defaultJobs = (): number => availableParallelism();

/**
 * Checks all content, builds every page into a fresh folder beside the output, and only then
 * swaps it in: a content mistake or a crash leaves the previous output exactly as it was.
 * Towns are loaded, checked and rendered in a pool of worker threads (`jobs`); a town whose
 * content, settings, day and renda-kit are those of its previous output is neither loaded nor
 * rendered again: its files stay in place and its warnings come from its build record. Throws `OutputRefusedError`, touching nothing, when the output folder is not renda's
 * to replace (the content, the project, home, `/`, or a folder of other files).
 */
export async function buildSites(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const today = buildDay(options.today);
  const contentDir = resolve(options.contentDir);
  const outDir = resolve(options.outDir);
  checkOutputFolder({ outDir, contentDir, ...(options.locale ? { locale: options.locale } : {}) });
  // Here only the site's settings and the towns' folders are checked; each town is loaded and
  // checked where it is rendered, on every core, and a shard reads its own towns only.
  const shareOf = (slugs: string[]) => (options.shard ? slugs.filter((slug) => inShard(slug, options.shard!)) : slugs);
  const asked = options.towns?.length ? options.towns : undefined;
  const siteLoad = loadContent(contentDir, { today, siteOnly: true, ...(asked ? { towns: asked } : {}), ...(options.locale ? { locale: options.locale } : {}) });
  if (!siteLoad.content) return { ok: false, problems: siteLoad.problems };
  const site = { ...siteLoad.content.site, ...options.siteOverrides };
  const slugs = shareOf(townSlugs(contentDir).filter((slug) => !asked || asked.includes(slug)));

  const stamp = buildStamp(site, today);
  const previous = options.fresh || !readMarker(outDir) ? new Map<string, TownRecord>() : readRecords(outDir);
  const keys = new Map(slugs.map((slug) => [slug, townKey(stamp, join(contentDir, 'towns', slug))]));
  const kept = (slug: string) => {
    const record = previous.get(slug);
    return record !== undefined && record.key === keys.get(slug) && recordIntact(outDir, record);
  };
  const toRender = slugs.filter((slug) => !kept(slug));
  const toKeep = slugs.filter(kept);

  // Beside the output, so the final renames stay on one file system.
  const run = `${process.pid}-${Date.now()}`;
  const staging = join(dirname(outDir), `.${basename(outDir)}.building-${run}`);
  const trash = join(dirname(outDir), `.${basename(outDir)}.previous-${run}`);
  try {
    mkdirSync(staging, { recursive: true });
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const task = (slug: string): TownTask => ({ slug, site, today, contentDir, outDir: staging, pagesPerBatch: options.pagesPerBatch ?? PAGES_PER_BATCH, stop, ...(options.locale ? { locale: options.locale } : {}) });
    const outcomes = await buildInPool(toRender.map(task), options.jobs ?? defaultJobs());
    const problems = outcomes.flatMap((o) => o.problems);
    if (problems.length > 0) return { ok: false, problems };
    const rendered = new Map(outcomes.map((o) => [o.slug, o]));
    const records: TownRecord[] = slugs.map((slug) => {
      const done = rendered.get(slug)?.rendered;
      return done ? { slug, key: keys.get(slug)!, stamp, summary: done.summary, pages: done.pages, files: done.files, warnings: rendered.get(slug)!.warnings } : previous.get(slug)!;
    });
    const warnings = records.flatMap((r) => r.warnings);
    // Everything is rendered: only now is the output touched.
    if (toKeep.length > 0) {
      // Some towns are unchanged: the output is updated in place, town by town, each town's
      // folders replaced by one rename; the unchanged towns' files are not touched at all.
      const gone = [...previous.values()].filter((r) => !keys.has(r.slug));
      const localeFolders = new Set(ALL_LOCALES.map((l) => localePrefix(site, l).slice(1)).filter(Boolean));
      for (const record of [...records.filter((r) => rendered.has(r.slug)), ...gone]) {
        const before = previous.get(record.slug);
        const folders = new Set([...townFolders(record.files, localeFolders), ...(before ? townFolders(before.files, localeFolders) : [])]);
        for (const folder of folders) {
          if (existsSync(join(outDir, folder))) moveInto(join(outDir, folder), join(trash, folder));
          if (rendered.has(record.slug) && existsSync(join(staging, folder))) moveInto(join(staging, folder), join(outDir, folder));
        }
        if (rendered.has(record.slug)) writeRecord(outDir, record);
        else rmSync(join(outDir, RECORDS_FOLDER, `${record.slug}.json`), { force: true });
      }
      const files = records.reduce((sum, r) => sum + r.files.length, 0) + (options.shard ? 0 : writeSiteWideFiles(outDir, site, records));
      return done(files, warnings);
    }
    for (const record of records) writeRecord(staging, record);
    let files = records.reduce((sum, r) => sum + r.files.length, 0);
    if (options.shard) writeFileSync(join(staging, OUTPUT_MARKER), markerText(site.baseUrl));
    else files += writeSiteWideFiles(staging, site, records);
    if (existsSync(outDir)) renameSync(outDir, trash);
    renameSync(staging, outDir);
    return done(files, warnings);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(trash, { recursive: true, force: true });
  }

  function done(files: number, warnings: Problem[]): BuildResult {
    return {
      ok: true,
      outDir,
      files,
      towns: slugs.length,
      slugs,
      rendered: toRender,
      reused: toKeep,
      seconds: (performance.now() - started) / 1000,
      site,
      warnings,
    };
  }
}

/**
 * The content a build of these options rendered, loaded again in this thread (the build itself
 * loads each town in its worker): what `renda serve` and the desk give the API.
 */
export function loadBuiltContent(options: BuildOptions): LoadedContent | undefined {
  const today = buildDay(options.today);
  const wanted = options.towns?.length ? options.towns : undefined;
  const shared = options.shard ? townSlugs(resolve(options.contentDir)).filter((slug) => (!wanted || wanted.includes(slug)) && inShard(slug, options.shard!)) : wanted;
  const { content } = loadContent(resolve(options.contentDir), { today, ...(shared ? { towns: shared } : {}), ...(options.locale ? { locale: options.locale } : {}) });
  return content && { ...content, site: { ...content.site, ...options.siteOverrides } };
}

/** The folders a town's files live in: `<slug>/`, and `<locale>/<slug>/` for the other language. */
function townFolders(files: readonly string[], localeFolders: ReadonlySet<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    if (parts.length < 2) continue;
    folders.add(localeFolders.has(parts[0]!) && parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!);
  }
  return folders;
}

/** Renames `from` to `to`, making `to`'s parent first. */
function moveInto(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

/**
 * Runs the towns' tasks: in this thread when there is one task or one job, else in a pool of
 * worker threads (piscina), at most `jobs` at once. The outcomes come back in the tasks' order.
 */
async function buildInPool(tasks: TownTask[], jobs: number): Promise<TownOutcome[]> {
  if (tasks.length === 0) return [];
  if (jobs <= 1 || tasks.length === 1) {
    const out: TownOutcome[] = [];
    for (const task of tasks) out.push(await buildTown(task));
    return out;
  }
  const threads = Math.min(jobs, tasks.length);
  const pool = new Piscina<TownTask, TownOutcome>({ filename: new URL('./building/worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  try {
    return await Promise.all(tasks.map((task) => pool.run(task)));
  } finally {
    await pool.destroy();
  }
}

/** A list for a message: a province's thousands of towns are cut after the first few dozen. */
const listed = (items: readonly string[], most = 30) => (items.length > most ? `${items.slice(0, most).join(', ')} … (+${items.length - most})` : items.join(', '));

export interface FinishOptions {
  contentDir: string;
  /** The folder holding every town's output, gathered from the shards. */
  outDir: string;
  locale?: Locale;
}

export type FinishResult = { ok: true; outDir: string; files: number; towns: number; seconds: number } | { ok: false; problems: Problem[] };

/**
 * `renda build --finish`: over a folder holding the output of every shard, writes the site-wide
 * files (front pages, 404, sitemap, robots, assets) from the towns' build records, without
 * rendering or loading any town. Refuses, writing nothing, when a town's output is missing, left
 * over from a town no longer in the content, or was built with other settings, another day or
 * another renda-kit than the others.
 */
export function finishSites(options: FinishOptions): FinishResult {
  const started = performance.now();
  const contentDir = resolve(options.contentDir);
  const outDir = resolve(options.outDir);
  const locale = options.locale;
  const say = buildWords(locale);
  checkOutputFolder({ outDir, contentDir, ...(locale ? { locale } : {}) });
  if (!readMarker(outDir)) throw new OutputRefusedError(say('finishNotBuilt', { out: outDir }));
  const loaded = loadContent(contentDir, { siteOnly: true, ...(locale ? { locale } : {}) });
  if (!loaded.content) return { ok: false, problems: loaded.problems };
  const site = loaded.content.site;
  const slugs = townSlugs(contentDir);
  const records = readRecords(outDir);
  const problems: Problem[] = [];
  const missing = slugs.filter((slug) => !records.has(slug) || !recordIntact(outDir, records.get(slug)!));
  if (missing.length) problems.push({ file: outDir, message: say('finishMissing', { count: missing.length }), expected: say('finishMissingExpected'), found: listed(missing), fix: say('finishMissingFix') });
  const extra = [...records.keys()].filter((slug) => !slugs.includes(slug)).sort();
  if (extra.length) problems.push({ file: outDir, message: say('finishExtra'), expected: say('finishExtraExpected'), found: listed(extra), fix: say('finishExtraFix') });
  const present = slugs.flatMap((slug) => records.get(slug) ?? []);
  const days = new Set(present.map((r) => r.stamp.today));
  const current = buildStamp(site, present[0]?.stamp.today ?? '');
  const differs = (r: TownRecord) => r.stamp.version !== current.version || r.stamp.code !== current.code || r.stamp.site !== current.site;
  if (days.size > 1 || present.some(differs)) {
    const settings = (r: TownRecord) => (r.stamp.site === current.site ? '' : ', site.json ≠');
    const code = (r: TownRecord) => (r.stamp.code === current.code ? '' : ' *');
    problems.push({ file: outDir, message: say('finishMixed'), expected: say('finishMixedExpected', { version: current.version }), found: listed(present.map((r) => `${r.slug} (${r.stamp.today}, ${r.stamp.version}${code(r)}${settings(r)})`)), fix: say('finishMixedFix') });
  }
  if (problems.length) return { ok: false, problems };
  const files = writeSiteWideFiles(outDir, site, present);
  return { ok: true, outDir, files, towns: present.length, seconds: (performance.now() - started) / 1000 };
}
