import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadContent } from './content/loader.js';
import { ContentError } from './content/problems.js';
import { todayInChina } from '../domain/calendar/dates.js';
import type { LoadedContent } from '../domain/model.js';
import { townHomePage, townIndexPage } from './pages/home.js';
import { deputiesPage, deputyPage } from './pages/deputies.js';
import { deputyPosterPage, deputyPostersPage } from './pages/print.js';
import { stationPage, stationPostersPage, stationReceptionsIcs, stationsPage } from './pages/stations.js';
import { suggestionPage, suggestionsCsvFile, suggestionsFeed, suggestionsPage } from './pages/suggestions.js';
import { votesPage } from './pages/votes.js';
import { articlePage, newsPage } from './pages/articles.js';
import { dataPage, townDataFiles } from './pages/data.js';
import { notFoundPage } from './pages/not-found.js';
import { searchIndex, searchPage } from './pages/search.js';
import { newsFeed, robots, sitemap } from './pages/feeds.js';
import { embedPage } from './pages/embed.js';
import { townDataPath, townPath, type TownContext } from './pages/context.js';
import { ALL_LOCALES, localePrefix } from './i18n.js';
import { contentSecurityPolicy, withSecurityMeta } from './render/security.js';

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
}

/** One output file: its site path and how to render it. */
export interface OutputPage {
  url: string;
  render: () => string;
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
  '/assets/renda-embed.js': join(packageRoot, 'dist/renda-embed.js'),
};

/** A town's pages in one language. */
function townPages(ctx: TownContext): OutputPage[] {
  const { loaded } = ctx;
  const base = townPath(ctx);
  return [
    { url: base, render: () => townHomePage(ctx) },
    { url: `${base}deputies/`, render: () => deputiesPage(ctx) },
    ...loaded.deputies.map((d) => ({ url: `${base}deputies/${d.id}/`, render: () => deputyPage(ctx, d) })),
    { url: `${base}print/deputies/`, render: () => deputyPostersPage(ctx) },
    ...loaded.deputies.map((d) => ({ url: `${base}print/deputies/${d.id}/`, render: () => deputyPosterPage(ctx, d) })),
    { url: `${base}stations/`, render: () => stationsPage(ctx) },
    ...loaded.stations.map((s) => ({ url: `${base}stations/${s.id}/`, render: () => stationPage(ctx, s) })),
    { url: `${base}print/stations/`, render: () => stationPostersPage(ctx) },
    { url: `${base}suggestions/`, render: () => suggestionsPage(ctx) },
    ...loaded.suggestions.map((s) => ({ url: `${base}suggestions/${s.id}/`, render: () => suggestionPage(ctx, s) })),
    { url: `${base}votes/`, render: () => votesPage(ctx) },
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
    { url: `${base}suggestions/feed.xml`, render: () => suggestionsFeed(ctx) },
    { url: `${base}news/feed.xml`, render: () => newsFeed(ctx) },
    { url: `${base}data/suggestions.csv`, render: () => suggestionsCsvFile(ctx) },
    ...townDataFiles(ctx).map((file) => ({ url: file.url, render: () => file.body })),
  ];
}

/** Every page and data file of the sites, in a stable order. */
export function sitePages(content: LoadedContent, today: string): OutputPage[] {
  const pages: OutputPage[] = [{ url: '/404.html', render: () => notFoundPage(content) }];
  // Every page in every language: the default at the root, the other under its prefix.
  for (const locale of ALL_LOCALES) {
    pages.push({ url: `${localePrefix(content.site, locale)}/`, render: () => townIndexPage(content, locale) });
    for (const loaded of content.towns) pages.push(...townPages({ site: content.site, loaded, today, locale }));
  }
  // Data, feeds and calendars exist once, whatever the language.
  for (const loaded of content.towns) pages.push(...townFiles({ site: content.site, loaded, today }));
  const htmlPages = pages.map((p) => p.url);
  // Every HTML page carries the site's security policy.
  const policy = contentSecurityPolicy(content);
  const output = pages.map((page) => (/(\/|\.html)$/.test(page.url) ? { url: page.url, render: () => withSecurityMeta(page.render(), policy) } : page));
  output.push({ url: '/sitemap.xml', render: () => sitemap(content, htmlPages) }, { url: '/robots.txt', render: () => robots(content) });
  for (const [url, path] of Object.entries(ASSETS)) {
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

/** Deputies' photos that are files in the town's folder (not web addresses), to publish beside the pages. */
export function localPhotos(deputies: readonly { photo?: string }[]): string[] {
  return [...new Set(deputies.flatMap((d) => (d.photo && !/^(https?:)?\/\//.test(d.photo) ? [d.photo] : [])))];
}

/** A page URL as Eleventy's permalink: directories get their index.html. */
export const permalinkOf = (url: string) => (url.endsWith('/') ? `${url}index.html` : url);

/**
 * The generator as an Eleventy plugin: `eleventyConfig.addPlugin(rendaPlugin, options)` adds
 * every town page to any Eleventy site. Content problems throw a `ContentError` listing them all.
 */
export default function rendaPlugin(eleventyConfig: EleventyConfigLike, options: RendaPluginOptions = {}): void {
  let content = options.content;
  if (!content) {
    const result = loadContent(options.contentDir ?? 'content', { ...(options.towns ? { towns: options.towns } : {}), ...(options.today ? { today: options.today } : {}) });
    if (!result.content) throw new ContentError(result.problems);
    content = result.content;
  }
  const pages = options.pages ?? sitePages(content, options.today ?? todayInChina());
  eleventyConfig.addTemplate(
    'renda-kit/pages.11ty.js',
    {
      data: {
        pagination: { data: 'rendaPages', size: 1, alias: 'rendaPage' },
        permalink: (data: { rendaPage: OutputPage }) => permalinkOf(data.rendaPage.url),
        eleventyExcludeFromCollections: true,
      },
      render: (data: { rendaPage: OutputPage }) => data.rendaPage.render(),
    },
    { rendaPages: pages },
  );
  if (options.copyPhotos === false) return;
  for (const town of content.towns) {
    for (const photo of localPhotos(town.deputies)) eleventyConfig.addPassthroughCopy({ [join(options.contentDir ?? 'content', 'towns', town.town.slug, photo)]: `${town.town.slug}/${photo}` });
  }
}

/** The part of Eleventy's config API the plugin uses. */
export interface EleventyConfigLike {
  addTemplate(path: string, content: unknown, data?: unknown): void;
  addPassthroughCopy(copy: Record<string, string>): void;
}
