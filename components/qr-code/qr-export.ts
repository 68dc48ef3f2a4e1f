import type { QrPath } from './qr-path.js';

export interface QrSvgOptions {
  /** Colour of dark modules; default black. */
  dark?: string;
  /** Colour of light modules and the quiet zone; default white. */
  light?: string;
  /** Becomes the SVG's `<title>`, its accessible name when opened on its own. */
  title?: string;
  /** Pixels per module for the `width`/`height` attributes; default 10. */
  moduleSize?: number;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** A standalone SVG document of a code, for print shops and poster layouts. */
export function qrSvgString(qr: QrPath, options: QrSvgOptions = {}): string {
  const { dark = '#000000', light = '#ffffff', title, moduleSize = 10 } = options;
  const px = qr.size * moduleSize;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qr.size} ${qr.size}" width="${px}" height="${px}" shape-rendering="crispEdges">` +
    (title ? `<title>${escapeXml(title)}</title>` : '') +
    `<rect width="${qr.size}" height="${qr.size}" fill="${escapeXml(light)}"/>` +
    `<path fill="${escapeXml(dark)}" d="${qr.path}"/>` +
    `</svg>`
  );
}

/**
 * Rasterises an SVG document to PNG by drawing it on a canvas at `width` × `width` pixels.
 * Browser only.
 */
export async function svgToPngBlob(svg: string, width: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.round(width);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  context.imageSmoothingEnabled = false;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

// Moved to components/base/download.ts (the map saves its calendar file with it); kept here for importers.
export { downloadBlob } from '../base/download.js';
