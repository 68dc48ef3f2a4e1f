/**
 * The embed build's on-demand.ts (see there): each part is a chunk of its own, imported the first
 * time it is asked for. A failed import is tried again the next time.
 */
import type { OnDemandPart, OnDemandParts } from './on-demand.js';

const LOADERS: { [K in OnDemandPart]: () => Promise<OnDemandParts[K]> } = {
  details: () => import('./station-details.js'),
  tiles: () => import('./tile-layer.js'),
};

const modules: Partial<OnDemandParts> = {};
const loading = new Map<OnDemandPart, Promise<void>>();

function load(name: OnDemandPart): Promise<void> {
  let promise = loading.get(name);
  if (!promise) {
    promise = LOADERS[name]().then(
      (module) => {
        (modules as Record<OnDemandPart, unknown>)[name] = module;
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, promise);
  }
  return promise;
}

export function onDemand<K extends OnDemandPart>(name: K, loaded: () => void): OnDemandParts[K] | undefined {
  const module = modules[name];
  if (module) return module;
  load(name).then(loaded, (error: unknown) => console.error(`renda-station-map: could not load its ${name}`, error));
  return undefined;
}

export function preload(names: readonly OnDemandPart[]): Promise<void> {
  return Promise.all(names.map((name) => load(name))).then(
    () => undefined,
    // Drawn without it then, and asked for again on the next render.
    () => undefined,
  );
}
