import { RendaQrCode } from './qr-code.component.js';

export { RendaQrCode };
// For widgets that print or download a code of their own (the deputy's poster, a station's code).
export { DEFAULT_ECC, type QrEcc } from './qr-options.js';
export { downloadBlob } from './qr-export.js';

// A page may load both the embed bundle and a per-component module; the second define would throw.
if (!customElements.get('renda-qr-code')) customElements.define('renda-qr-code', RendaQrCode);

declare global {
  interface HTMLElementTagNameMap {
    'renda-qr-code': RendaQrCode;
  }
}
