/**
 * Where the component gets its encoder. Here, at once: on the server (a server render is
 * synchronous), in the per-component build and in the component's tests. The embed build
 * (vite.config.ts, `--mode embed`) puts qr-encoder.lazy.ts in this module's place, which imports the
 * encoder only when a code must be drawn that the server has not drawn already: a server-rendered
 * code hydrates from its own SVG, and uqr stays off the first load of a deputy's page.
 */
import { qrPath } from './qr-path.js';

export type Encode = typeof qrPath;

/** The encoder if it is loaded, else `undefined` (then call `loadEncoder`). */
export const encoderNow = (): Encode | undefined => qrPath;

export const loadEncoder = (): Promise<Encode> => Promise.resolve(qrPath);
