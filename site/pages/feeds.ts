import { atomFeed } from '../render/atom.js';
import { absoluteUrl } from '../render/urls.js';
import type { LoadedContent } from '../../domain/model.js';
import { townPath, type TownContext } from './context.js';

/** `/<town>/news/feed.xml`: the town's news as Atom. */
export function newsFeed(ctx: TownContext): string {
  const { town, news } = ctx.loaded;
  const url = (rest: string) => absoluteUrl(ctx.site, townPath(ctx, rest));
  return atomFeed({
    self: url('news/feed.xml'),
    alternate: url('news/'),
    title: `${town.name}人大动态`,
    author: town.congress.name,
    entries: news.map((a) => ({
      id: url(`news/${a.slug}/`),
      title: a.title,
      link: url(`news/${a.slug}/`),
      updated: a.date ?? ctx.today,
      ...(a.summary ? { summary: a.summary } : {}),
      contentHtml: a.html,
    })),
  });
}

/** `/sitemap.xml`: every HTML page, for search engines. */
export function sitemap(content: Pick<LoadedContent, 'site'>, pageUrls: readonly string[], hostUrls: readonly string[] = [], mount = '/'): string {
  // Print sheets are for paper (and say noindex); the 404 page is no page.
  const page = (u: string) => (u.endsWith('/') || u.endsWith('.html')) && u !== '/404.html' && !u.includes('/print/');
  // The host's pages are addressed from the host's root: the base URL without the mount point.
  const base = new URL(content.site.baseUrl);
  const hostRoot = new URL(base.pathname.endsWith(mount) ? base.pathname.slice(0, base.pathname.length - mount.length + 1) : '/', base);
  const locs = [
    ...pageUrls.filter(page).map((u) => absoluteUrl(content.site, u === '/index.html' ? '/' : u)),
    ...hostUrls.filter(page).map((u) => new URL(u.replace(/^\//, ''), hostRoot).href),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${[...new Set(locs)].map((loc) => `  <url><loc>${loc.replace(/&/g, '&amp;')}</loc></url>`).join('\n')}
</urlset>
`;
}

/** `/robots.txt`: everything may be indexed; the sitemap says where it all is. */
export function robots(content: Pick<LoadedContent, 'site'>): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(content.site, '/sitemap.xml')}\n`;
}
