import { encode } from 'uqr';
import { DEFAULT_ECC, DEFAULT_QUIET_ZONE, isQrEcc, QrTooLongError, type QrEcc, type QrPath } from './qr-options.js';

export { DEFAULT_ECC, DEFAULT_QUIET_ZONE, isQrEcc, QR_ECC_LEVELS, QrTooLongError, type QrEcc, type QrPath } from './qr-options.js';

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
