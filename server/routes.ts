/** The API's endpoints: which path is which route, the method each takes, and how a request is named in the log. */
import type { IncomingMessage } from 'node:http';
import type { Catalogue } from './catalogue.js';
import { HttpError } from './http.js';

export type Route =
  | { name: 'health' }
  | { name: 'votes'; town: string }
  | { name: 'vote'; town: string; vote: string }
  | { name: 'ballots'; town: string; vote: string }
  | { name: 'submissions' }
  | { name: 'baseline'; town: string; vote: string };

export const ROUTE_METHODS: Record<Route['name'], 'GET' | 'POST'> = { health: 'GET', votes: 'GET', vote: 'GET', ballots: 'POST', submissions: 'POST', baseline: 'POST' };

const ROUTE_PATTERNS: Record<Route['name'], string> = {
  health: 'health',
  submissions: 'submissions',
  baseline: '_baseline/:town/:vote',
  votes: ':town/votes',
  vote: ':town/votes/:vote',
  ballots: ':town/votes/:vote/ballots',
};

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'bad-path', 'the path has a malformed %-escape');
  }
}

function matchSegments(segments: string[], baseline: boolean): Route | undefined {
  const [a, b, c, d, ...rest] = segments;
  if (rest.length) return undefined;
  if (a === 'health' && b === undefined) return { name: 'health' };
  if (a === 'submissions' && b === undefined) return { name: 'submissions' };
  if (baseline && a === '_baseline' && b && c && d === undefined) return { name: 'baseline', town: b, vote: c };
  if (a && b === 'votes' && c === undefined) return { name: 'votes', town: a };
  if (a && b === 'votes' && c && d === undefined) return { name: 'vote', town: a, vote: c };
  if (a && b === 'votes' && c && d === 'ballots') return { name: 'ballots', town: a, vote: c };
  return undefined;
}

/** The route a request asks for; a 400 for a malformed target, a 404 for a path that is no endpoint. */
export function matchRoute(request: IncomingMessage, basePath: string, baseline: boolean): Route {
  let pathname: string;
  try {
    pathname = new URL(request.url ?? '/', 'http://api.invalid').pathname;
  } catch {
    throw new HttpError(400, 'bad-path', 'the request target is not a valid path');
  }
  if (!pathname.startsWith(basePath)) throw new HttpError(404, 'not-found', `the API lives under ${basePath}`);
  const segments = pathname.slice(basePath.length).split('/').map(decodeSegment);
  if (segments.at(-1) === '' && segments.length > 1) segments.pop();
  const route = matchSegments(segments, baseline);
  if (!route) throw new HttpError(404, 'not-found', `no endpoint at ${pathname.slice(0, 120)}`);
  return route;
}

/** How the log names a route: its pattern, with the town's and vote's ids only when they are ours (a path is client text). */
export function routeLabel(basePath: string, route: Route, catalogue: Catalogue): string {
  let label = `${basePath}${ROUTE_PATTERNS[route.name]}`;
  const town = 'town' in route ? catalogue.towns.get(route.town) : undefined;
  if (town) label = label.replace(':town', town.slug);
  if (town && 'vote' in route && town.votes.has(route.vote)) label = label.replace(':vote', route.vote);
  return label;
}
