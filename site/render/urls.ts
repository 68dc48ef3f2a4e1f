import type { SiteConfig } from '../../domain/model.js';
import { deputyContactUrl as domainDeputyUrl, stationContactUrl as domainStationUrl } from '../../domain/addresses.js';

/**
 * Links between pages are relative, so a built site works wherever it is copied: a
 * sub-folder of the town's web server, a CMS's static area, or opened from disk.
 * Page URLs here are site-absolute paths like `/baiquan/deputies/bq-001/`.
 */
export function relativeHref(fromPage: string, to: string): string {
  const fromDir = fromPage.endsWith('/') ? fromPage : fromPage.slice(0, fromPage.lastIndexOf('/') + 1);
  const fromParts = fromDir.split('/').filter(Boolean);
  const [toPath, suffix = ''] = splitSuffix(to);
  const toParts = toPath.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length - (toPath.endsWith('/') ? 0 : 1) && fromParts[common] === toParts[common]) common++;
  const up = '../'.repeat(fromParts.length - common);
  const down = toParts.slice(common).join('/');
  const trailing = toPath.endsWith('/') && down ? '/' : '';
  const result = `${up}${down}${trailing}` || './';
  return result + suffix;
}

function splitSuffix(url: string): [string, string] {
  const index = url.search(/[?#]/);
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}

/** The absolute public URL of a site path, for QR codes, feeds and sitemaps. */
export function absoluteUrl(site: Pick<SiteConfig, 'baseUrl'>, path: string): string {
  return new URL(path.replace(/^\//, ''), site.baseUrl).href;
}

/** A URL pattern with its `{id}` placeholder kept: URL encoding would turn it into `%7Bid%7D`, a link that leads nowhere. */
export function keepIdPlaceholder(url: string): string {
  return url.replaceAll('%7Bid%7D', '{id}');
}

/** What a deputy's 代表码 encodes (the loader has checked the site's pattern). */
export function deputyContactUrl(site: SiteConfig, town: string, id: string): string {
  return domainDeputyUrl({ baseUrl: site.baseUrl, town, id }, site.deputyUrlPattern) ?? absoluteUrl(site, `/${encodeURIComponent(town)}/deputies/${encodeURIComponent(id)}/`);
}

/** What a station's 联络站码 encodes. */
export function stationContactUrl(site: SiteConfig, town: string, id: string): string {
  return domainStationUrl({ baseUrl: site.baseUrl, town, id }, site.stationUrlPattern) ?? absoluteUrl(site, `/${encodeURIComponent(town)}/stations/${encodeURIComponent(id)}/`);
}
