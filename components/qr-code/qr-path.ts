import { encode } from 'uqr';

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

/**
 * Encodes text (UTF-8, byte mode for anything but digits and upper-case alphanumerics) and draws
 * every row's runs of dark modules as rectangles in one path: a few hundred path commands instead
 * of thousands of `<rect>`s, and no hairline seams between neighbouring modules.
 */
export function qrPath(text: string, ecc: QrEcc = DEFAULT_ECC, quietZone: number = DEFAULT_QUIET_ZONE): QrPath {
  // A site prints each deputy's code on several pages (the card in both languages, the poster,
  // the sheet): the same text is encoded once. Bounded, oldest out first.
  const key = `${ecc}\u0000${quietZone}\u0000${text}`;
  const known = drawn.get(key);
  if (known) return known;
  const path = drawQr(text, ecc, quietZone);
  if (drawn.size >= DRAWN_LIMIT) drawn.delete(drawn.keys().next().value!);
  drawn.set(key, path);
  return path;
}

const DRAWN_LIMIT = 2048;
const drawn = new Map<string, Readonly<QrPath>>();

function drawQr(text: string, ecc: QrEcc, quietZone: number): QrPath {
  const margin = Math.max(0, Math.floor(quietZone));
  let qr: ReturnType<typeof encode>;
  try {
    qr = encode(text, { ecc: isQrEcc(ecc) ? ecc : DEFAULT_ECC, border: 0 });
  } catch (e) {
    if (e instanceof RangeError) throw new QrTooLongError(new TextEncoder().encode(text).length, ecc);
    throw e;
  }
  const commands: string[] = [];
  qr.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      commands.push(`M${start + margin} ${y + margin}h${x - start}v1h-${x - start}z`);
    }
  });
  return Object.freeze({ size: qr.size + 2 * margin, version: qr.version, path: commands.join('') });
}
