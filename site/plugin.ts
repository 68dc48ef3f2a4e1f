import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { loadContent } from './content/loader.js';
import { ContentError } from './content/problems.js';
import { todayInChina } from '../domain/calendar/dates.js';
import { shownPhotos } from '../domain/photos.js';
import type { LoadedContent, LoadedTown, SiteConfig } from '../domain/model.js';
import { townHomePage, townIndexPage, townSummary, type TownSummary } from './pages/home.js';
import { deputiesPage, deputyCalendarFile, deputyPage, hasDeputyCalendar } from './pages/deputies.js';
import { deputyPosterPage, deputyPostersPage, posterPageCount, posterPagePath } from './pages/print.js';
import { stationPage, stationPostersPage, stationPosterPage, stationReceptionsIcs, stationsPage, townReceptionsIcs } from './pages/stations.js';
import { suggestionPage, suggestionsCsvFile, suggestionsFeed, suggestionsPage } from './pages/suggestions.js';
import { votesPage } from './pages/votes.js';
import { MEETING_PATHS, meetingSources, meetingsPage } from './pages/meetings.js';
import { receptionsPage } from './pages/receptions.js';
import { assemblyPage, hasAssembly } from './pages/assembly.js';
import { scoringRulePage } from './pages/scoring.js';
import { activitiesCalendarPath, activitiesFeed, activitiesFeedPath, activitiesIcs } from './pages/activities.js';
import { articlePage, newsPage } from './pages/articles.js';
import { dataPage, townDataFiles } from './pages/data.js';
import { notFoundPage } from './pages/not-found.js';
import { searchIndex, searchPage } from './pages/search.js';
import { newsFeed, robots, sitemap } from './pages/feeds.js';
import { embedPage } from './pages/embed.js';
import { townDataPath, townPath, type TownContext } from './pages/context.js';
import { ALL_LOCALES, localePrefix } from './i18n.js';
import { contentSecurityPolicy, withSecurityMeta } from './render/security.js';
import { projectPage, projectPath } from './pages/projects.js';
import { chosenProjects } from '../domain/votes/projects.js';

export interface RendaPluginOptions {
  /** Already loaded content (the CLI loads once and checks before building). */
  content?: LoadedContent;
  /** Otherwise, the folder to load: `content/` by default. */
  contentDir?: string;
  /** Only these towns. */
  towns?: string[];
  /** The build's date for next receptions and days open; today in China by default. */
  today?: string;
  /** Render only these pages (a batch of `sitePages()`), and copy photos only when `copyPhotos`. */
  pages?: OutputPage[];
  copyPhotos?: boolean;
  /**
   * Where the town sites go in the host site, e.g. `/renda/` (default `/`). Links between the
   * generated pages are relative, so they work under any prefix; set `baseUrl` in site.json to the
   * same address so codes, feeds and the sitemap point there.
   */
  mount?: string;
  /**
   * The host site keeps `/404.html`, `/robots.txt` and `/sitemap.xml` (and `/` when mounted at the
   * root): the plugin writes none of them, and gives the host its page addresses as the global
   * data `rendaSitemapUrls` for the host's own sitemap. Default false: the plugin writes them, the
   * sitemap listing the host's pages too.
   */
  hostOwnsRoot?: boolean;
}

/** The files at the root of a site that belong to whoever owns the root. */
const ROOT_FILES = new Set(['/404.html', '/robots.txt', '/sitemap.xml']);

/** Eleventy's view of a page of the host site (from `collections.all`). */
interface HostPage {
  url?: string | false;
}

/** A mount point as `/prefix/`, or `/`. */
export function normaliseMount(mount: string | undefined): string {
  const trimmed = (mount ?? '/').trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  if (!/^\/([a-z0-9._~-]+\/)*$/i.test(trimmed) || /\/\.\.?\//.test(trimmed)) throw new Error(`renda plugin: mount must be a path like "/renda/", not ${JSON.stringify(mount)}`);
  return trimmed;
}

/** One output file: its site path and how to render it (given Eleventy's data, for the host's pages). */
export interface OutputPage {
  url: string;
  render: (data?: { collections?: { all?: HostPage[] } }) => string;
}

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The kit's own assets, published under `/assets/`. */
export const ASSETS: Record<string, string> = {
  '/assets/theme.css': join(packageRoot, 'components/base/theme.css'),
  '/assets/site.css': join(packageRoot, 'site/assets/site.css'),
  '/assets/favicon.svg': join(packageRoot, 'site/assets/favicon.svg'),
  '/assets/deputy.css': join(packageRoot, 'site/assets/deputy.css'),
  '/assets/print.css': join(packageRoot, 'site/assets/print.css'),
  '/assets/site.js': join(packageRoot, 'site/assets/site.js'),
};

/**
 * The widgets' files, published under `/assets/` too: the loader `renda-embed.js` and every chunk
 * it may import (`chunks/`), read from the embed build's output (all of `dist/` but the
 * per-component library build in `dist/components/`). Walked, not listed: chunk names carry a hash
 * of their content.
 */
export function widgetAssets(dist = join(packageRoot, 'dist')): Record<string, string> {
  const files: Record<string, string> = { '/assets/renda-embed.js': join(dist, 'renda-embed.js') };
  if (!existsSync(dist)) return files;
  const found = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of found) {
    const rel = relative(dist, path).split(sep).join('/');
    // The minified site.js stands in for site/assets/site.js while it is not older than its source.
    if (rel === 'site.js' && statSync(path).mtimeMs < statSync(ASSETS['/assets/site.js']!).mtimeMs) continue;
    if (rel.endsWith('.js') && !rel.startsWith('components/')) files[`/assets/${rel}`] = path;
  }
  return files;
}

/** 1, 2, … `count`: the pages of a paginated print sheet. */
const pageNumbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/** A town's pages in one language. */
function townPages(ctx: TownContext): OutputPage[] {
  const { loaded } = ctx;
  const base = townPath(ctx);
  return [
    { url: base, render: () => townHomePage(ctx) },
    { url: `${base}deputies/`, render: () => deputiesPage(ctx) },
    ...loaded.deputies.map((d) => ({ url: `${base}deputies/${d.id}/`, render: () => deputyPage(ctx, d) })),
    ...pageNumbers(posterPageCount(loaded.deputies.length)).map((page) => ({ url: posterPagePath(`${base}print/deputies/`, page), render: () => deputyPostersPage(ctx, page) })),
    ...loaded.deputies.map((d) => ({ url: `${base}print/deputies/${d.id}/`, render: () => deputyPosterPage(ctx, d) })),
    { url: `${base}stations/`, render: () => stationsPage(ctx) },
    ...(loaded.receptions.length || loaded.activities.length ? [{ url: `${base}receptions/`, render: () => receptionsPage(ctx) }] : []),
    ...(hasAssembly(ctx) ? [{ url: `${base}assembly/`, render: () => assemblyPage(ctx) }] : []),
    ...(loaded.scoring ? [{ url: `${base}scoring/`, render: () => scoringRulePage(ctx) }] : []),
    ...loaded.stations.map((s) => ({ url: `${base}stations/${s.id}/`, render: () => stationPage(ctx, s) })),
    ...pageNumbers(posterPageCount(loaded.stations.length)).map((page) => ({ url: posterPagePath(`${base}print/stations/`, page), render: () => stationPostersPage(ctx, page) })),
    ...loaded.stations.map((s) => ({ url: `${base}print/stations/${s.id}/`, render: () => stationPosterPage(ctx, s) })),
    { url: `${base}suggestions/`, render: () => suggestionsPage(ctx) },
    ...loaded.suggestions.map((s) => ({ url: `${base}suggestions/${s.id}/`, render: () => suggestionPage(ctx, s) })),
    ...meetingSources(ctx).map((source) => ({ url: `${base}${MEETING_PATHS[source]}`, render: () => meetingsPage(ctx, source) })),
    { url: `${base}votes/`, render: () => votesPage(ctx) },
    ...chosenProjects(loaded.votes, ctx.today).map((standing) => ({ url: projectPath(ctx, standing), render: () => projectPage(ctx, standing) })),
    { url: `${base}news/`, render: () => newsPage(ctx) },
    ...loaded.news.map((a) => ({ url: `${base}news/${a.slug}/`, render: () => articlePage(ctx, a, 'news') })),
    ...loaded.pages.map((a) => ({ url: `${base}pages/${a.slug}/`, render: () => articlePage(ctx, a, 'pages') })),
    { url: `${base}data/`, render: () => dataPage(ctx) },
    { url: `${base}search/`, render: () => searchPage(ctx) },
    { url: `${base}search/index.json`, render: () => JSON.stringify(searchIndex(ctx)) },
    { url: `${base}embed/`, render: () => embedPage(ctx) },
  ];
}

/** A town's open data, feeds and calendars: one copy, in the site's default language. */
function townFiles(ctx: TownContext): OutputPage[] {
  const { loaded } = ctx;
  const base = townDataPath(ctx);
  return [
    ...loaded.stations.map((s) => ({ url: `${base}stations/${s.id}/receptions.ics`, render: () => stationReceptionsIcs(ctx, s) })),
    { url: `${base}receptions.ics`, render: () => townReceptionsIcs(ctx) },
    ...(loaded.activities.length
      ? [
          { url: activitiesCalendarPath(ctx), render: () => activitiesIcs(ctx) },
          { url: activitiesFeedPath(ctx), render: () => activitiesFeed(ctx) },
        ]
      : []),
    ...loaded.deputies.filter((d) => hasDeputyCalendar(ctx, d)).map((d) => ({ url: `${base}deputies/${d.id}/receptions.ics`, render: () => deputyCalendarFile(ctx, d) })),
    { url: `${base}suggestions/feed.xml`, render: () => suggestionsFeed(ctx) },
    { url: `${base}news/feed.xml`, render: () => newsFeed(ctx) },
    { url: `${base}data/suggestions.csv`, render: () => suggestionsCsvFile(ctx) },
    ...townDataFiles(ctx).map((file) => ({ url: file.url, render: () => file.body })),
  ];
}

const isHtmlPage = (url: string) => /(\/|\.html)$/.test(url);

/**
 * One town's output: its pages in every language, then its open data, feeds and calendars, each
 * HTML page under the town's own security policy. It depends on the site's settings, the town
 * and the day only, so towns build apart (in workers, shards, or not at all when unchanged).
 */
export function townOutput(site: SiteConfig, loaded: LoadedTown, today: string): OutputPage[] {
  const pages: OutputPage[] = [];
  for (const locale of ALL_LOCALES) pages.push(...townPages({ site, loaded, today, locale }));
  pages.push(...townFiles({ site, loaded, today }));
  const policy = contentSecurityPolicy({ site, towns: [loaded] });
  return pages.map((page) => (isHtmlPage(page.url) ? { url: page.url, render: () => withSecurityMeta(page.render(), policy) } : page));
}

/**
 * The files of the site as a whole, written after its towns: the 404 page, the front page in
 * each language, the sitemap (of these and `townHtmlUrls`), robots.txt and the kit's assets.
 */
export function siteWidePages(site: SiteConfig, towns: readonly TownSummary[], townHtmlUrls: readonly string[], mount = '/'): OutputPage[] {
  const pages: OutputPage[] = [{ url: '/404.html', render: () => notFoundPage({ site }) }];
  for (const locale of ALL_LOCALES) pages.push({ url: `${localePrefix(site, locale)}/`, render: () => townIndexPage(site, towns, locale) });
  const policy = contentSecurityPolicy({ site, towns: [] });
  const output: OutputPage[] = pages.map((page) => ({ url: page.url, render: () => withSecurityMeta(page.render(), policy) }));
  const htmlPages = [...pages.map((p) => p.url), ...townHtmlUrls];
  // The host's own pages (when renda is a plugin of a bigger site) join the sitemap; renda's are
  // excluded from Eleventy's collections, so `collections.all` holds only the host's.
  const hostPages = (data?: { collections?: { all?: HostPage[] } }) => (data?.collections?.all ?? []).flatMap((p) => (typeof p.url === 'string' ? [p.url] : []));
  output.push({ url: '/sitemap.xml', render: (data) => sitemap({ site }, htmlPages, hostPages(data), mount) }, { url: '/robots.txt', render: () => robots({ site }) });
  for (const [url, path] of Object.entries({ ...ASSETS, ...widgetAssets() })) {
    output.push({
      url,
      render: () => {
        if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" in renda-kit first`);
        return readFileSync(path, 'utf8');
      },
    });
  }
  return output;
}

/** Every page and data file of the sites, in a stable order: each town's, then the site's own. */
export function sitePages(content: LoadedContent, today: string, mount = '/'): OutputPage[] {
  const towns = content.towns.flatMap((loaded) => townOutput(content.site, loaded, today));
  return [...towns, ...siteWidePages(content.site, content.towns.map(townSummary), towns.map((p) => p.url).filter(isHtmlPage), mount)];
}

/**
 * The town's photos that are files in its folder (not web addresses), to publish beside the pages:
 * deputies' photos, and the photos the pages show of activities and projects' progress
 * (domain/photos.ts: never an entry dated after the build's today).
 */
export function localPhotos(town: Pick<LoadedTown, 'deputies' | 'activities' | 'votes'>, today: string): string[] {
  const paths = [...town.deputies.flatMap((d) => (d.photo ? [d.photo] : [])), ...shownPhotos(town, today).map((p) => p.src)];
  return [...new Set(paths.filter((path) => !/^(https?:)?\/\//.test(path)))];
}

/** A page URL as Eleventy's permalink: directories get their index.html. */
export const permalinkOf = (url: string) => (url.endsWith('/') ? `${url}index.html` : url);

/**
 * The generator as an Eleventy plugin: `eleventyConfig.addPlugin(rendaPlugin, options)` adds
 * every town page to any Eleventy site. Content problems throw a `ContentError` listing them all.
 */
export default function rendaPlugin(eleventyConfig: EleventyConfigLike, options: RendaPluginOptions = {}): void {
  const mount = normaliseMount(options.mount);
  const contentDir = options.contentDir ?? 'content';
  const load = (): LoadedContent => {
    if (options.content) return options.content;
    const result = loadContent(contentDir, { ...(options.towns ? { towns: options.towns } : {}), ...(options.today ? { today: options.today } : {}) });
    if (!result.content) throw new ContentError(result.problems);
    return result.content;
  };
  const pagesOf = (content: LoadedContent): OutputPage[] => {
    const all = options.pages ?? sitePages(content, options.today ?? todayInChina(), mount);
    // A site path → the output path under the mount; the root files stay with the host when it owns them.
    const mine = options.hostOwnsRoot ? all.filter((p) => !ROOT_FILES.has(p.url) && !(mount === '/' && /^\/([a-z]{2}\/)?$/.test(p.url))) : all;
    return mount === '/' ? mine : mine.map((p) => (ROOT_FILES.has(p.url) && !options.hostOwnsRoot ? p : { ...p, url: `${mount}${p.url.slice(1)}` }));
  };
  let content = load();
  let pages = pagesOf(content);
  // Under `--watch` (or `--serve`) a change in the content folder rebuilds with the new content.
  if (!options.content && !options.pages) {
    eleventyConfig.addWatchTarget?.(contentDir);
    let first = true;
    eleventyConfig.on?.('eleventy.before', () => {
      if (first) {
        first = false;
        return;
      }
      content = load();
      pages = pagesOf(content);
    });
  }
  // Global data, not template data: Eleventy asks for it again on every rebuild under --watch.
  eleventyConfig.addGlobalData('rendaPages', () => pages);
  eleventyConfig.addGlobalData('rendaSitemapUrls', () => pages.filter((p) => /(\/|\.html)$/.test(p.url) && !p.url.includes('/print/')).map((p) => p.url));
  eleventyConfig.addTemplate(
    'renda-kit/pages.11ty.js',
    {
      data: {
        pagination: { data: 'rendaPages', size: 1, alias: 'rendaPage' },
        permalink: (data: { rendaPage: OutputPage }) => permalinkOf(data.rendaPage.url),
        eleventyExcludeFromCollections: true,
      },
      render: (data: { rendaPage: OutputPage; collections?: { all?: HostPage[] } }) => data.rendaPage.render(data),
    },
  );
  if (options.copyPhotos === false) return;
  for (const town of content.towns) {
    for (const photo of localPhotos(town, options.today ?? todayInChina())) eleventyConfig.addPassthroughCopy({ [join(contentDir, 'towns', town.town.slug, photo)]: `${mount.slice(1)}${town.town.slug}/${photo}` });
  }
}

/** The part of Eleventy's config API the plugin uses. */
export interface EleventyConfigLike {
  addTemplate(path: string, content: unknown, data?: unknown): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addWatchTarget?(path: string): void;
  addGlobalData(name: string, value: unknown): void;
  on?(event: 'eleventy.before', callback: () => void | Promise<void>): void;
}
