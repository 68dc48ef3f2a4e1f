import { html, isServer, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { renderError, renderStatus } from '../base/data-state.js';
import { LocaleController } from '../base/localize.js';
import { createMsg } from '../../domain/text/messages.js';
import type { Locale } from '../../domain/model.js';
import { qrCodeStyles } from './qr-code.styles.js';
import { downloadBlob, qrSvgString, svgToPngBlob } from './qr-export.js';
import { DEFAULT_ECC, DEFAULT_QUIET_ZONE, isQrEcc, QrTooLongError, type QrEcc, type QrPath } from './qr-options.js';
import { encoderNow, loadEncoder } from './qr-encoder.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const msg = createMsg({ 'zh-CN': ZH.qrCode, en: EN.qrCode });

const DEFAULT_PNG_SCALE = 10;

/** Only web links become clickable; anything else (e.g. `javascript:`) stays plain text. */
const isWebLink = (value: string): boolean => /^https?:\/\//i.test(value);

/**
 * @summary A QR code for a link or text: 代表码 (one code per deputy), 联络站码 (station code),
 * drawn as a single SVG path so it prints sharp at any size and renders on the server.
 *
 * @tagname renda-qr-code
 *
 * @csspart base - The wrapper around the code, the value text and the buttons.
 * @csspart svg - The `<svg role="img">`; its accessible name is `label`.
 * @csspart background - The light square behind the code, quiet zone included.
 * @csspart modules - The path of dark modules.
 * @csspart caption - The visible value under the code (with `show-value`): the text alternative.
 * @csspart actions - The row of download buttons (with `downloadable`).
 * @csspart download-button - Each download button.
 * @csspart empty - The message shown when `value` is empty.
 * @csspart error - The message shown when `value` is too long to encode.
 *
 * @cssproperty [--renda-qr-size=160px] - Width and height of the code (quiet zone included).
 * @cssproperty [--renda-qr-color=var(--renda-color-qr-dark)] - Colour of the dark modules. Keep it dark: scanners need contrast.
 * @cssproperty [--renda-qr-background=var(--renda-color-qr-light)] - Colour of the light modules and quiet zone.
 * @cssproperty [--renda-qr-gap=var(--renda-space-2)] - Space between the code, the value and the buttons.
 */
export class RendaQrCode extends LitElement {
  static override styles = qrCodeStyles;

  /** The text or URL to encode, e.g. a deputy's contact page. */
  @property() value = '';

  /** Accessible name of the code, e.g. “代表码：张三”. Defaults to “二维码：” + value. */
  @property() label = '';

  /** Error correction level: `L`, `M`, `Q` or `H`. Higher survives dirt and damage on posters but makes a denser code. */
  @property() ecc: QrEcc = DEFAULT_ECC;

  /** Width and height as a CSS length (e.g. `12rem`, `240px`); overrides `--renda-qr-size`. */
  @property() size?: string;

  /** Shows the value under the code as text a visitor can read, copy or tap. */
  @property({ type: Boolean, attribute: 'show-value' }) showValue = false;

  /** Shows buttons to download the code as SVG and PNG. */
  @property({ type: Boolean }) downloadable = false;

  /** File name, without extension, for downloads. */
  @property() filename = 'qr-code';

  private readonly localeController = new LocaleController(this);
  private encoded?: { key: string; qr?: QrPath; tooLong: boolean };

  /**
   * The code for the current value and level, encoded once per change; `undefined` when empty, too
   * long, or while the encoder loads (embed build: see qr-encoder.ts).
   */
  private get qr(): QrPath | undefined {
    const ecc = isQrEcc(this.ecc) ? this.ecc : DEFAULT_ECC;
    const key = `${ecc}\u0000${this.value}`;
    if (this.encoded?.key !== key) {
      const encode = encoderNow();
      if (!encode) {
        // Hydrating a code the server drew for these very attributes: its path is in the shadow root.
        const drawn = this.hasUpdated ? undefined : this.serverDrawn();
        if (!drawn) {
          void this.whenEncoderLoaded();
          return undefined;
        }
        this.encoded = { key, qr: drawn, tooLong: false };
        return drawn;
      }
      try {
        this.encoded = { key, qr: this.value ? encode(this.value, ecc) : undefined, tooLong: false };
      } catch (e) {
        if (!(e instanceof QrTooLongError)) throw e;
        this.encoded = { key, qr: undefined, tooLong: true };
      }
    }
    return this.encoded.qr;
  }

  /** Whether the encoder is still loading for the current value (nothing to draw yet). */
  private get encoding(): boolean {
    return !!this.value && this.encoded?.key !== `${isQrEcc(this.ecc) ? this.ecc : DEFAULT_ECC}\u0000${this.value}` && !encoderNow();
  }

  /** The code in the server-rendered shadow root, before the first update. */
  private serverDrawn(): QrPath | undefined {
    if (isServer || !this.value) return undefined;
    const svg = this.shadowRoot?.querySelector('svg.qr__svg');
    const path = svg?.querySelector('path.qr__modules')?.getAttribute('d');
    const size = Number(svg?.getAttribute('viewBox')?.split(' ')[2]);
    if (!path || !Number.isInteger(size) || size <= 0) return undefined;
    return { size, version: (size - 2 * DEFAULT_QUIET_ZONE - 17) / 4, path };
  }

  private async whenEncoderLoaded(): Promise<void> {
    try {
      await loadEncoder();
      this.requestUpdate();
    } catch (error) {
      console.warn('renda-qr-code: could not load the encoder', error);
    }
  }

  private get locale(): Locale {
    return this.localeController.locale;
  }

  private get accessibleName(): string {
    return this.label || msg(this.locale, 'label', { value: this.value });
  }

  /**
   * The code as a standalone SVG document in the colours currently shown.
   * @throws when `value` is empty or too long to encode.
   */
  toSvg(moduleSize = DEFAULT_PNG_SCALE): string {
    const qr = this.qr;
    if (!qr) throw new Error(!this.value ? 'renda-qr-code: value is empty' : this.encoding ? 'renda-qr-code: the encoder is still loading' : 'renda-qr-code: value is too long to encode');
    return qrSvgString(qr, { ...this.shownColours(), title: this.accessibleName, moduleSize });
  }

  /**
   * The code as a PNG, `scale` pixels per module (quiet zone included): 10 gives about 330 px for
   * a short URL; use 20 or more for print.
   */
  async toPngBlob(scale = DEFAULT_PNG_SCALE): Promise<Blob> {
    const svg = this.toSvg(scale);
    return svgToPngBlob(svg, this.qr!.size * scale);
  }

  /** Colours as the browser resolved them, so exports match the themed code on screen. */
  private shownColours(): { dark?: string; light?: string } {
    if (isServer) return {};
    const modules = this.renderRoot?.querySelector?.('.qr__modules');
    const background = this.renderRoot?.querySelector?.('.qr__background');
    return {
      dark: modules ? getComputedStyle(modules).fill || undefined : undefined,
      light: background ? getComputedStyle(background).fill || undefined : undefined,
    };
  }

  private downloadSvg(): void {
    downloadBlob(new Blob([this.toSvg()], { type: 'image/svg+xml' }), `${this.filename}.svg`);
  }

  private async downloadPng(): Promise<void> {
    downloadBlob(await this.toPngBlob(), `${this.filename}.png`);
  }

  private renderValue(): TemplateResult | typeof nothing {
    if (!this.showValue) return nothing;
    return html`<p class="qr__caption" part="caption">
      ${isWebLink(this.value) ? html`<a href=${this.value}>${this.value}</a>` : this.value}
    </p>`;
  }

  private renderActions(): TemplateResult | typeof nothing {
    if (!this.downloadable) return nothing;
    return html`<div class="qr__actions" part="actions">
      <button class="button" part="download-button" type="button" aria-describedby="svg" @click=${this.downloadSvg}>
        ${msg(this.locale, 'downloadSvg')}
      </button>
      <button class="button" part="download-button" type="button" aria-describedby="svg" @click=${this.downloadPng}>
        ${msg(this.locale, 'downloadPng')}
      </button>
    </div>`;
  }

  override render(): TemplateResult {
    const sizeStyle = styleMap(this.size ? { '--renda-qr-size': this.size } : {});
    if (!this.value) {
      return html`<div class="qr qr--status" part="base" style=${sizeStyle}>
        ${renderStatus(msg(this.locale, 'empty'), 'empty')}
      </div>`;
    }
    const qr = this.qr;
    if (!qr && this.encoding) return html`<div class="qr qr--status" part="base" style=${sizeStyle} aria-busy="true"></div>`;
    if (!qr) {
      return html`<div class="qr qr--status" part="base" style=${sizeStyle}>
        ${renderError(msg(this.locale, 'tooLong'), this.locale)} ${this.renderValue()}
      </div>`;
    }
    // fill attributes are what a copied or serialised SVG falls back to; the CSS parts override them.
    return html`<div class="qr" part="base" style=${sizeStyle}>
      <svg
        id="svg"
        class="qr__svg"
        part="svg"
        viewBox="0 0 ${qr.size} ${qr.size}"
        shape-rendering="crispEdges"
        role="img"
        aria-label=${this.accessibleName}
      >
        <rect class="qr__background" part="background" width=${qr.size} height=${qr.size} fill="#ffffff"></rect>
        <path class="qr__modules" part="modules" d=${qr.path} fill="#000000"></path>
      </svg>
      ${this.renderValue()} ${this.renderActions()}
    </div>`;
  }
}
