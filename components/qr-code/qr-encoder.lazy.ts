/** The embed build's qr-encoder.ts (see there): the encoder, imported on first need. */
import type { Encode } from './qr-encoder.js';

let encoder: Encode | undefined;
let loading: Promise<Encode> | undefined;

export const encoderNow = (): Encode | undefined => encoder;

export function loadEncoder(): Promise<Encode> {
  loading ??= import('./qr-path.js').then(
    (module) => (encoder = module.qrPath),
    (error: unknown) => {
      loading = undefined; // a later attempt may succeed (the reader is back online)
      throw error;
    },
  );
  return loading;
}
