/**
 * The security policy every page carries, and `renda serve` and the README's server snippets
 * send as headers: the policy the pages already satisfy, no wider.
 *
 * - Scripts: files of the site only (`site.js`, the loader `renda-embed.js` and the chunks it
 *   imports from `assets/chunks/`); no inline script, no `eval`.
 * - Styles: the site's files, plus inline `<style>`, because the server-rendered widgets carry
 *   their styles in declarative shadow DOM (`<template shadowrootmode><style>…`).
 * - Images: the site, `data:` (the 代表码 export, inline photos), the hosts of deputies' photos
 *   given as web addresses and of the towns' map tiles.
 * - Requests and forms: the site, and the participation API when the site has one.
 * `frame-ancestors` cannot be set in a `<meta>`; the server snippets set it.
 */
import type { LoadedContent } from '../../domain/model.js';

/**
 * Full URLs within the site, only the origin to other sites: the search page keeps the query in
 * its URL, which must not travel to a tile server or a CMS; the origin still does, because map
 * services such as 天地图 check the Referer against the key's registered domain.
 */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The CSP source of a web address: its origin, or its host when it is protocol-relative (`//host/…`). */
function sourceOf(url: string): string | undefined {
  if (/^\/\/[^/]/.test(url)) {
    const host = url.slice(2).split(/[/?#]/)[0]!;
    return /^[a-z0-9.:[\]-]+$/i.test(host) ? host.toLowerCase() : undefined;
  }
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The hosts a tile template loads from: `{s}` stands for each subdomain, else for any. */
export function tileSources(template: string, subdomains = ''): string[] {
  const match = /^(https?:)?\/\/([^/?#]+)/i.exec(template);
  if (!match) return [];
  const scheme = match[1] ? `${match[1].toLowerCase()}//` : '';
  const host = match[2]!.toLowerCase();
  if (!/^[a-z0-9.:{}-]+$/.test(host)) return [];
  if (!host.includes('{')) return [`${scheme}${host}`];
  if (host.includes('{s}') && !/\{(?!s\})/.test(host) && subdomains) return [...new Set([...subdomains].map((s) => `${scheme}${host.replaceAll('{s}', s.toLowerCase())}`))];
  // Another placeholder in the host, or {s} without subdomains: any subdomain of the rest.
  const labels = host.split('.');
  const fixed = labels.slice(labels.findLastIndex((label) => label.includes('{')) + 1);
  return fixed.length >= 2 ? [`${scheme}*.${fixed.join('.')}`] : [];
}

/** The site's Content-Security-Policy. */
export function contentSecurityPolicy(content: Pick<LoadedContent, 'site' | 'towns'>): string {
  const api = content.site.participationApi ? sourceOf(content.site.participationApi) : undefined;
  const images = new Set<string>();
  for (const { town, deputies } of content.towns) {
    if (town.map) for (const source of tileSources(town.map.tiles, town.map.tilesSubdomains)) images.add(source);
    for (const { photo } of deputies) {
      const source = photo ? sourceOf(photo) : undefined;
      if (source) images.add(source);
    }
  }
  const list = (...sources: (string | undefined)[]) => sources.filter((s): s is string => !!s).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${list("'self'", 'data:', ...[...images].sort())}`,
    `connect-src ${list("'self'", api)}`,
    `form-action ${list("'self'", api)}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** The `<meta>` elements of the policies, for a page's `<head>`. The quotes of `'self'` stay readable. */
export function securityMeta(policy: string): string {
  const attribute = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<meta http-equiv="Content-Security-Policy" content="${attribute}">\n<meta name="referrer" content="${REFERRER_POLICY}">`;
}

const CHARSET = '<meta charset="utf-8">';

/**
 * A page with the policies' `<meta>` elements right after its charset (a CSP in a `<meta>`
 * applies only to what follows it). Every page shell starts its head with the charset.
 */
export function withSecurityMeta(page: string, policy: string): string {
  const at = page.indexOf(CHARSET);
  if (at === -1 || at > 512) throw new Error(`a page without ${CHARSET} at the start of its <head>: its security policy would not apply`);
  return `${page.slice(0, at + CHARSET.length)}\n${securityMeta(policy)}${page.slice(at + CHARSET.length)}`;
}
