/** What every route handler of the API shares: the store, the clock, the content it serves, the rules at the door. */
import type { IncomingMessage } from 'node:http';
import type { VoteEvent } from '../domain/model.js';
import type { Catalogue, TownCatalogue } from './catalogue.js';
import { HttpError } from './http.js';
import type { OriginPolicy } from './origins.js';
import type { RateLimits } from './rate-limit.js';
import type { ParticipationStore } from './storage.js';

export interface ApiContext {
  store: ParticipationStore;
  /** The clock (ms since the epoch). */
  now: () => number;
  /** How long a request body may take to arrive. */
  bodyTimeout: number;
  /** The content being served; swapped whole on reload. */
  catalogue: () => Catalogue;
  origins: OriginPolicy;
  /** Throws a 429 when the client's address has used up its allowance of this kind. */
  limit: (kind: keyof RateLimits, request: IncomingMessage) => void;
  /** A resident's message was stored (not a replay): the desk tells the staff. Ids only, no personal data. */
  onNewMessage?: (message: { reference: string; town: string; deputy?: string; station?: string }) => void;
}

export function townOf(ctx: ApiContext, slug: string): TownCatalogue {
  const town = ctx.catalogue().towns.get(slug);
  if (!town) throw new HttpError(404, 'unknown-town', `no town "${slug.slice(0, 40)}" here`);
  return town;
}

export function voteOf(town: TownCatalogue, id: string): VoteEvent {
  const vote = town.votes.get(id);
  if (!vote) throw new HttpError(404, 'unknown-vote', `no vote "${id.slice(0, 64)}" in ${town.slug}`);
  return vote;
}
