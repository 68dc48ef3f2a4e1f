import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import jsQRModule from 'jsqr';
import { installTheme } from '../base/theme-sheet.js';
import './define.js';
import type { RendaQrCode } from './qr-code.component.js';
import { qrSvgString } from './qr-export.js';
import { QR_ECC_LEVELS, qrPath, QrTooLongError, type QrPath } from './qr-path.js';

// jsqr is CommonJS with `exports.default`: TypeScript sees the exports object, the test runner's
// CommonJS interop may hand over the function itself.
type Decode = typeof jsQRModule.default;
const jsQR: Decode = (jsQRModule as { default?: Decode }).default ?? (jsQRModule as unknown as Decode);

const PX_PER_MODULE = 4;

function decodeCanvas(canvas: HTMLCanvasElement): string | null {
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

function canvasOf(width: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = width;
  return canvas;
}

/** Rasterises SVG markup the way a browser shows it, then reads it back like a phone would. */
async function decodeSvgMarkup(svg: string, modules: number): Promise<string | null> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = canvasOf(modules * PX_PER_MODULE);
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return decodeCanvas(canvas);
}

/** Draws the pure path straight onto a canvas: fast enough for hundreds of codes. */
function decodeQrPath(qr: QrPath): string | null {
  const canvas = canvasOf(qr.size * PX_PER_MODULE);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(PX_PER_MODULE, PX_PER_MODULE);
  context.fillStyle = '#000';
  context.fill(new Path2D(qr.path));
  return decodeCanvas(canvas);
}

/** The element's rendered SVG with the colours the browser computed for it. */
function shownSvg(el: RendaQrCode): { markup: string; modules: number } {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const modules = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const part of ['background', 'modules']) {
    const original = svg.querySelector(`[part="${part}"]`)!;
    copy.querySelector(`[part="${part}"]`)!.setAttribute('fill', getComputedStyle(original).fill);
  }
  return { markup: new XMLSerializer().serializeToString(copy), modules };
}

async function decodeElement(el: RendaQrCode): Promise<string | null> {
  const { markup, modules } = shownSvg(el);
  return decodeSvgMarkup(markup, modules);
}

const LONG_URL =
  'https://renda.example.gov.cn/zhejiang/ningbo/zhenhai/fengquan/deputies/330211-018-042/suggestions/new' +
  '?channel=qr&station=fengquan-center&utm_source=poster&utm_medium=door&topic=' +
  encodeURIComponent('老旧小区改造、停车和电动车充电、养老服务') +
  '&ref=2025-renda-qr-campaign';

const URLS = [
  'https://example.org/x',
  'https://renda.example.gov.cn/deputies/018',
  'https://renda.example.gov.cn/代表/张三?站=枫泉镇联络中心站&来源=扫码',
  'https://renda.example.gov.cn/stations/fengquan?from=qr&lang=zh-CN#reception',
  'HTTPS://RENDA.EXAMPLE.GOV.CN/D/018',
  LONG_URL,
];

describe('qrPath', () => {
  it('encodes one path of dark modules inside a 4-module quiet zone', () => {
    const qr = qrPath('https://example.org/x');
    expect(qr.version).to.equal(2);
    expect(qr.size).to.equal(25 + 8);
    expect(qr.path.match(/M/g)!.length).to.be.greaterThan(50);
    expect(qr.path).to.match(/^M4 4h7v1h-7z/, 'the top-left finder pattern starts at the quiet-zone edge');
  });

  it('honours the quiet zone it is given', () => {
    expect(qrPath('abc', 'M', 0).size).to.equal(21);
    expect(qrPath('abc', 'M', 2).path).to.match(/^M2 2h7/);
  });

  it('uses a version ≥ 10 for the long URL, and still decodes', () => {
    const qr = qrPath(LONG_URL);
    expect(LONG_URL.length).to.be.greaterThan(250);
    expect(qr.version).to.be.at.least(10);
    expect(decodeQrPath(qr)).to.equal(LONG_URL);
  });

  it('decodes at every error-correction level, denser as the level rises', () => {
    const versions = QR_ECC_LEVELS.map((ecc) => {
      const qr = qrPath(LONG_URL, ecc);
      expect(decodeQrPath(qr), `ecc ${ecc}`).to.equal(LONG_URL);
      return qr.version;
    });
    for (let i = 1; i < versions.length; i++) expect(versions[i]).to.be.at.least(versions[i - 1]!);
    expect(versions[3]).to.be.greaterThan(versions[0]!);
  });

  it('round-trips 240 generated URLs (ASCII, Chinese, query strings, all levels)', function () {
    this.timeout(20000);
    let seed = 20250310;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const towns = ['fengquan', 'zhenhai', 'xiaoshan', 'longgang', '枫泉镇', '城关街道', '新桥乡'];
    const paths = ['deputies', 'stations', 'suggestions', 'votes', '代表', '联络站'];
    const started = performance.now();
    for (let n = 0; n < 240; n++) {
      const id = Math.floor(random() * 10 ** (1 + Math.floor(random() * 8)));
      let url = `https://renda${n % 3 ? '' : '.example'}.gov.cn/${pick(towns)}/${pick(paths)}/${id}`;
      if (random() < 0.6) url += `?from=${pick(['qr', 'poster', '门牌', 'door'])}&n=${n}`;
      if (random() < 0.3) url += `&q=${encodeURIComponent(pick(['停车难', 'heating', '加装电梯', 'a b&c=d']))}`;
      if (random() < 0.2) url += `#${pick(['top', '接待日', 'contact'])}`;
      const ecc = QR_ECC_LEVELS[n % 4]!;
      expect(decodeQrPath(qrPath(url, ecc)), `${ecc} ${url}`).to.equal(url);
    }
    expect(performance.now() - started).to.be.below(20000);
  });

  it('throws QrTooLongError past version 40', () => {
    expect(() => qrPath('x'.repeat(3000), 'H')).to.throw(QrTooLongError);
  });

  it('qrSvgString makes a standalone SVG that decodes', async () => {
    const qr = qrPath(URLS[2]!, 'Q');
    const svg = qrSvgString(qr, { title: '代表码 <张三> & "李四"' });
    expect(svg).to.contain('<title>代表码 &lt;张三&gt; &amp; &quot;李四&quot;</title>');
    expect(await decodeSvgMarkup(svg, qr.size)).to.equal(URLS[2]);
  });
});

describe('<renda-qr-code>', () => {
  for (const url of URLS) {
    it(`renders a scannable code for ${url.slice(0, 60)}`, async () => {
      const el = await fixture<RendaQrCode>(html`<renda-qr-code .value=${url}></renda-qr-code>`);
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
      expect(svg.querySelectorAll('path')).to.have.length(1);
      expect(await decodeElement(el)).to.equal(url);
    });
  }

  it('re-encodes when value and ecc change', async () => {
    const el = await fixture<RendaQrCode>(html`<renda-qr-code value="https://example.org/a"></renda-qr-code>`);
    el.value = 'https://example.org/b';
    el.ecc = 'H';
    await el.updateComplete;
    expect(await decodeElement(el)).to.equal('https://example.org/b');
    const modules = Number(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
    expect(modules).to.equal(qrPath('https://example.org/b', 'H').size);
  });

  it('falls back to level M for an unknown ecc attribute', async () => {
    const el = await fixture<RendaQrCode>(html`<renda-qr-code value="https://example.org/a" ecc="Z"></renda-qr-code>`);
    expect(await decodeElement(el)).to.equal('https://example.org/a');
  });

  it('names the code: default “二维码：value”, or the label', async () => {
    const el = await fixture<RendaQrCode>(html`<renda-qr-code value="https://example.org/a"></renda-qr-code>`);
    const svg = () => el.shadowRoot!.querySelector('svg')!;
    expect(svg().getAttribute('aria-label')).to.equal('二维码：https://example.org/a');
    el.label = '代表码：张三';
    await el.updateComplete;
    expect(svg().getAttribute('aria-label')).to.equal('代表码：张三');
  });

  it('shows a clear empty state, not an empty SVG, when value is empty', async () => {
    const el = await fixture<RendaQrCode>(html`<renda-qr-code downloadable></renda-qr-code>`);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
    expect(empty.getAttribute('role')).to.equal('status');
    expect(empty.textContent!.trim()).to.equal('未设置二维码内容。');
    expect(() => el.toSvg()).to.throw(/empty/);
    await expect(el).to.be.accessible();
  });

  it('says so when the value is too long to encode', async () => {
    const el = await fixture<RendaQrCode>(html`<renda-qr-code .value=${'x'.repeat(4000)}></renda-qr-code>`);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('内容太长');
  });

  it('toSvg() returns a standalone SVG that decodes, in the colours shown', async () => {
    const el = await fixture<RendaQrCode>(
      html`<renda-qr-code value=${URLS[2]} label="代表码：张三" style="--renda-qr-color: #1a1a6e"></renda-qr-code>`,
    );
    const svg = el.toSvg();
    expect(svg).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('<title>代表码：张三</title>');
    expect(svg).to.contain('fill="rgb(26, 26, 110)"');
    const modules = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    expect(await decodeSvgMarkup(svg, modules)).to.equal(URLS[2]);
  });

  it('toPngBlob() returns a PNG that decodes', async () => {
    const el = await fixture<RendaQrCode>(html`<renda-qr-code value=${LONG_URL}></renda-qr-code>`);
    const blob = await el.toPngBlob(5);
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const modules = qrPath(LONG_URL).size;
    expect(bitmap.width).to.equal(modules * 5);
    const canvas = canvasOf(bitmap.width);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    expect(decodeCanvas(canvas)).to.equal(LONG_URL);
  });

  it('show-value prints the value as a link, and only web URLs become links', async () => {
    const el = await fixture<RendaQrCode>(html`<renda-qr-code show-value value="https://example.org/x?a=1"></renda-qr-code>`);
    const link = el.shadowRoot!.querySelector('[part="caption"] a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/x?a=1');
    expect(link.textContent).to.equal('https://example.org/x?a=1');
    el.value = 'javascript:alert(1)';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="caption"] a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent!.trim()).to.equal('javascript:alert(1)');
  });

  it('size sets the rendered width and height', async () => {
    const el = await fixture<RendaQrCode>(html`<renda-qr-code value="https://example.org/x" size="240px"></renda-qr-code>`);
    const box = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(box.width).to.equal(240);
    expect(box.height).to.equal(240);
  });

  it('is accessible with the value and download buttons shown', async () => {
    const el = await fixture<RendaQrCode>(
      html`<renda-qr-code value="https://example.org/x" label="代表码：张三" show-value downloadable></renda-qr-code>`,
    );
    await expect(el).to.be.accessible();
  });

  describe('localisation', () => {
    const buttonLabels = (el: RendaQrCode) =>
      [...el.shadowRoot!.querySelectorAll('[part="download-button"]')].map((b) => b.textContent!.trim());

    it('labels the download buttons in zh-CN by default', async () => {
      const el = await fixture<RendaQrCode>(html`<renda-qr-code value="https://example.org/x" downloadable></renda-qr-code>`);
      expect(buttonLabels(el)).to.deep.equal(['下载SVG', '下载PNG']);
    });

    it('follows the element’s lang, then the closest ancestor’s', async () => {
      const own = await fixture<RendaQrCode>(
        html`<renda-qr-code lang="en" value="https://example.org/x" downloadable></renda-qr-code>`,
      );
      expect(buttonLabels(own)).to.deep.equal(['Download SVG', 'Download PNG']);
      expect(own.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal('QR code: https://example.org/x');

      const wrapper = await fixture(
        html`<div lang="en-GB"><renda-qr-code value="https://example.org/x" downloadable></renda-qr-code></div>`,
      );
      expect(buttonLabels(wrapper.querySelector('renda-qr-code')!)).to.deep.equal(['Download SVG', 'Download PNG']);
    });

    it('falls back to zh-CN for unsupported languages', async () => {
      const el = await fixture<RendaQrCode>(
        html`<renda-qr-code lang="fr" value="https://example.org/x" downloadable></renda-qr-code>`,
      );
      expect(buttonLabels(el)).to.deep.equal(['下载SVG', '下载PNG']);
    });

    it('re-renders when lang changes', async () => {
      const el = await fixture<RendaQrCode>(html`<renda-qr-code value="https://example.org/x" downloadable></renda-qr-code>`);
      el.setAttribute('lang', 'en');
      await waitUntil(() => buttonLabels(el)[0] === 'Download SVG', 'labels did not switch to English');
      el.removeAttribute('lang');
      await aTimeout(0);
      await el.updateComplete;
      expect(buttonLabels(el)[0]).to.equal('下载SVG');
    });
  });

  describe('themes', () => {
    before(() => installTheme());

    for (const theme of ['dark', 'contrast']) {
      it(`stays dark-on-light and scannable under data-renda-theme="${theme}"`, async () => {
        const wrapper = await fixture(
          html`<div data-renda-theme=${theme}><renda-qr-code value=${URLS[1]} show-value></renda-qr-code></div>`,
        );
        const el = wrapper.querySelector('renda-qr-code')!;
        const modules = el.shadowRoot!.querySelector('[part="modules"]')!;
        expect(getComputedStyle(modules).fill).to.equal('rgb(0, 0, 0)');
        expect(await decodeElement(el)).to.equal(URLS[1]);
        await expect(wrapper).to.be.accessible();
      });
    }

    it('gives 60 px touch targets and 24 px text in large-text mode', async () => {
      const wrapper = await fixture(
        html`<div data-renda-text="large"><renda-qr-code value=${URLS[1]} downloadable show-value></renda-qr-code></div>`,
      );
      const el = wrapper.querySelector('renda-qr-code')!;
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        expect(box.height).to.be.at.least(60);
        expect(box.width).to.be.at.least(60);
      }
      expect(getComputedStyle(el).fontSize).to.equal('24px');
    });
  });
});
