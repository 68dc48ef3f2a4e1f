/**
 * Which web pages may call the API: the site's own origin, origins allowed for every town, and a
 * town's own list (the government CMS that embeds its widgets). Answers CORS and refuses the rest.
 */
import type { IncomingMessage } from 'node:http';
import type { Catalogue } from './catalogue.js';
import { HttpError } from './http.js';

/** The origin of a URL, or undefined for anything that has none. */
export function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

const origins = (list: readonly string[]) => new Set(list.map(originOf).filter((o): o is string => !!o));

export class OriginPolicy {
  private readonly everywhere: ReadonlySet<string>;
  private readonly perTown: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(
    allowed: readonly string[],
    perTown: Readonly<Record<string, readonly string[]>>,
    private readonly catalogue: () => Catalogue,
  ) {
    this.everywhere = origins(allowed);
    this.perTown = new Map(Object.entries(perTown).map(([town, list]) => [town, origins(list)]));
  }

  /** Whether a page at `origin` may call the API (for `town`, or for any town when none is named). */
  allows(origin: string, request: IncomingMessage, town: string | undefined): boolean {
    const normalised = originOf(origin);
    if (!normalised) return false;
    // Same host: the API mounted under the site's own origin by a reverse proxy.
    if (request.headers.host && new URL(normalised).host === request.headers.host.toLowerCase()) return true;
    if (this.everywhere.has(normalised)) return true;
    const { baseUrl } = this.catalogue();
    if (baseUrl && originOf(baseUrl) === normalised) return true;
    if (town !== undefined) return this.perTown.get(town)?.has(normalised) ?? false;
    return [...this.perTown.values()].some((set) => set.has(normalised));
  }

  /** Refuses (403) a request sent by a page the town does not allow; requests without `Origin` pass. */
  check(request: IncomingMessage, town: string | undefined): void {
    const origin = request.headers.origin;
    if (origin !== undefined && !this.allows(origin, request, town))
      throw new HttpError(403, 'origin-not-allowed', `pages at ${originOf(origin) ?? 'this origin'} may not call this API${town ? ` for ${town.slice(0, 40)}` : ''}; the town lists its allowed origins`);
  }

  /** The CORS headers of an answer to this request. */
  corsHeaders(request: IncomingMessage, town: string | undefined): Record<string, string> {
    const origin = request.headers.origin;
    if (origin === undefined) return {};
    if (this.allows(origin, request, town)) return { 'access-control-allow-origin': originOf(origin)!, vary: 'Origin' };
    return { vary: 'Origin' };
  }
}
