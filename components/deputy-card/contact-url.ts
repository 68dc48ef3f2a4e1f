/** Where a 代表码 leads: the deputy's page on the town site unless the site sets its own pattern. */

export const DEFAULT_DEPUTY_URL_PATTERN = '{baseUrl}{town}/deputies/{id}/';

export interface ContactUrlParts {
  /** The site's published address, e.g. `https://renda.example.gov.cn/`. */
  baseUrl?: string;
  /** The town's slug, e.g. `fengquan`. */
  town?: string;
  /** The deputy's number. */
  id?: string;
}

/**
 * Fills `{baseUrl}`, `{town}` and `{id}` into the pattern, as the site generator does, and
 * returns the URL only if it is an absolute web address (a code that leads nowhere is worse
 * than none). A `{town}` or `{id}` the pattern uses must be given.
 */
export function deputyContactUrl(parts: ContactUrlParts, pattern: string = DEFAULT_DEPUTY_URL_PATTERN): string | undefined {
  const base = parts.baseUrl?.trim() ?? '';
  const filled = (pattern || DEFAULT_DEPUTY_URL_PATTERN).replace(/\{(baseUrl|town|id)\}/g, (_whole, name: 'baseUrl' | 'town' | 'id') => {
    if (name === 'baseUrl') return base === '' || base.endsWith('/') ? base : `${base}/`;
    return encodeURIComponent(parts[name]?.trim() ?? '');
  });
  const needs = (name: string) => (pattern || DEFAULT_DEPUTY_URL_PATTERN).includes(`{${name}}`);
  if ((needs('town') && !parts.town?.trim()) || (needs('id') && !parts.id?.trim()) || (needs('baseUrl') && !base)) return undefined;
  if (!/^https?:\/\//i.test(filled)) return undefined;
  try {
    return new URL(filled).href;
  } catch {
    return undefined;
  }
}
