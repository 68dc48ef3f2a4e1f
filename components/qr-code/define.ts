import { RendaQrCode } from './qr-code.component.js';

export { RendaQrCode };

// A page may load both the embed bundle and a per-component module; the second define would throw.
if (!customElements.get('renda-qr-code')) customElements.define('renda-qr-code', RendaQrCode);

declare global {
  interface HTMLElementTagNameMap {
    'renda-qr-code': RendaQrCode;
  }
}
