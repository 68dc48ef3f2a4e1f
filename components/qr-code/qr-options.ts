/**
 * What a QR code is made of, without the encoder: the levels, the drawn path's shape, the error a
 * too-long text gives. The component imports these at once and the encoder (qr-path.ts, uqr) only
 * when it must draw a code the server has not drawn already (see qr-encoder.ts).
 */
export const QR_ECC_LEVELS = ['L', 'M', 'Q', 'H'] as const;
/** Error correction: L ≈ 7 %, M ≈ 15 %, Q ≈ 25 %, H ≈ 30 % of the code may be damaged or dirty. */
export type QrEcc = (typeof QR_ECC_LEVELS)[number];

export const DEFAULT_ECC: QrEcc = 'M';
/** The QR standard asks for four light modules around the code; scanners need that margin. */
export const DEFAULT_QUIET_ZONE = 4;

export interface QrPath {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** QR version, 1–40. */
  version: number;
  /** One SVG path `d` of all dark modules, in module units, quiet zone already offset. */
  path: string;
}

/** Thrown when the text does not fit in a version-40 code at the chosen level. */
export class QrTooLongError extends RangeError {
  constructor(readonly length: number, readonly ecc: QrEcc) {
    super(`QR code data too long: ${length} UTF-8 bytes at error correction ${ecc}`);
    this.name = 'QrTooLongError';
  }
}

export function isQrEcc(value: unknown): value is QrEcc {
  return typeof value === 'string' && (QR_ECC_LEVELS as readonly string[]).includes(value);
}
