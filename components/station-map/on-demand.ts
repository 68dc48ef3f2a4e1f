/**
 * Parts of the map that only some visits use: a station's details (after a station is chosen) and
 * the tile layer (only with `tiles`). Here they are imported at once: on the server, in the
 * per-component build, in Storybook and in the tests. The embed build (vite.config.ts,
 * `--mode embed`) puts on-demand.lazy.ts in this module's place, which imports each part the first
 * time it is asked for, so the station pages' first screen does not carry them.
 */
import * as details from './station-details.js';
import * as tiles from './tile-layer.js';

const PARTS = { details, tiles };

export type OnDemandParts = typeof PARTS;
export type OnDemandPart = keyof OnDemandParts;

/**
 * The part's module, or `undefined` while it loads (never here): `loaded` is called once it has,
 * so the caller draws again.
 */
export function onDemand<K extends OnDemandPart>(name: K, _loaded: () => void): OnDemandParts[K] | undefined {
  return PARTS[name];
}

/** Resolves once the parts are ready: a render that must match the server's waits for it. */
export function preload(_names: readonly OnDemandPart[]): Promise<void> {
  return Promise.resolve();
}
