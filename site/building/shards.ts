/**
 * `renda build --shard K/N`: a stable share of the towns for machine K of N. A town's share depends
 * on its slug alone, so adding a town never moves the others between machines.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1 … count. */
  index: number;
  count: number;
}

/** `3/8` → shard 3 of 8; undefined when it is not of that form. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/** The shard (1 … count) that builds a town. */
export function shardOfTown(slug: string, count: number): number {
  return (createHash('sha256').update(slug).digest().readUInt32BE(0) % count) + 1;
}

export const inShard = (slug: string, shard: Shard): boolean => shardOfTown(slug, shard.count) === shard.index;
