/**
 * Where a 代表码 or 联络站码 leads: the deputy's or station's page on the town site, unless the site
 * sets its own pattern (`deputyUrlPattern`, `stationUrlPattern` in site.json). One function fills
 * and checks every pattern, for the printed codes, the pages, the widgets and the loader.
 */

export const DEFAULT_DEPUTY_URL_PATTERN = '{baseUrl}{town}/deputies/{id}/';
export const DEFAULT_STATION_URL_PATTERN = '{baseUrl}{town}/stations/{id}/';

export interface ContactUrlParts {
  /** The site's published address, e.g. `https://renda.example.gov.cn/`. */
  baseUrl?: string;
  /** The town's slug, e.g. `fengquan`. */
  town?: string;
  /** The deputy's or station's id. */
  id?: string;
}

/**
 * Fills `{baseUrl}`, `{town}` and `{id}` into the pattern (town and id URL-encoded) and returns
 * the URL only if it is an absolute http(s) address: a code that leads nowhere, or to a
 * `javascript:` URL, is worse than none. A `{town}` or `{id}` the pattern uses must be given.
 */
export function fillUrlPattern(pattern: string, parts: ContactUrlParts): string | undefined {
  const base = parts.baseUrl?.trim() ?? '';
  const filled = pattern.replace(/\{(baseUrl|town|id)\}/g, (_whole, name: 'baseUrl' | 'town' | 'id') => {
    if (name === 'baseUrl') return base === '' || base.endsWith('/') ? base : `${base}/`;
    return encodeURIComponent(parts[name]?.trim() ?? '');
  });
  const needs = (name: string) => pattern.includes(`{${name}}`);
  if ((needs('town') && !parts.town?.trim()) || (needs('id') && !parts.id?.trim()) || (needs('baseUrl') && !base)) return undefined;
  if (!/^https?:\/\//i.test(filled)) return undefined;
  try {
    return new URL(filled).href;
  } catch {
    return undefined;
  }
}

/** What a deputy's 代表码 encodes. */
export function deputyContactUrl(parts: ContactUrlParts, pattern?: string): string | undefined {
  return fillUrlPattern(pattern || DEFAULT_DEPUTY_URL_PATTERN, parts);
}

/** What a station's 联络站码 encodes. */
export function stationContactUrl(parts: ContactUrlParts, pattern?: string): string | undefined {
  return fillUrlPattern(pattern || DEFAULT_STATION_URL_PATTERN, parts);
}

/**
 * Why a site's URL pattern cannot be used, or undefined when it gives an http(s) address for a
 * town and an id: the loader's check, so a build never prints a code that leads nowhere.
 */
export function urlPatternProblem(pattern: string, baseUrl: string): string | undefined {
  if (!pattern.includes('{id}')) return 'the pattern has no {id}: every code would lead to the same place';
  return fillUrlPattern(pattern, { baseUrl, town: 'town', id: 'id' }) ? undefined : 'the pattern does not give an http:// or https:// address';
}
