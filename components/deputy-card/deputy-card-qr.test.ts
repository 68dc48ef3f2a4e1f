/**
 * The 代表码 is proven by reading it back: every demo deputy's card, and 1,000 generated URLs
 * (ASCII, Chinese, query strings, and URLs filled to the last byte their QR version holds),
 * each decoded with jsQR from what was drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import jsQRModule from 'jsqr';
import { qrPath } from '../qr-code/qr-path.js';
import './define.js';
import type { RendaDeputyCard } from './deputy-card.component.js';
import type { DeputyCardRecord } from './deputy-record.js';

type Decode = typeof jsQRModule.default;
const jsQR: Decode = (jsQRModule as { default?: Decode }).default ?? (jsQRModule as unknown as Decode);

const canvas = document.createElement('canvas');
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** Fills the path into a canvas at `px` pixels per module, then decodes it like a phone would. */
function decode(path: string, modules: number, px: number): string | null {
  canvas.width = canvas.height = modules * px;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.setTransform(px, 0, 0, px, 0, 0);
  context.fillStyle = '#000';
  context.fill(new Path2D(path));
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

// The demo towns (content/towns/*); the test runner serves the repository root.
const DEMO_TOWNS = ['fengquan', 'chunlan'];

describe('代表码 of every demo deputy', () => {
  it('decodes, from the rendered card, to the deputy’s contact URL', async function () {
    this.timeout(60_000);
    const site = (await (await fetch('/content/site.json')).json()) as { baseUrl: string };
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card base-url=${site.baseUrl}></renda-deputy-card>`);
    let checked = 0;
    for (const town of DEMO_TOWNS) {
      const response = await fetch(`/content/towns/${town}/deputies.json`);
      expect(response.ok, `${town}/deputies.json`).to.equal(true);
      const { deputies } = (await response.json()) as { deputies: DeputyCardRecord[] };
      expect(deputies.length).to.be.greaterThan(10);
      el.town = town;
      for (const { photo: _photo, ...deputy } of deputies) {
        el.deputy = deputy;
        await el.updateComplete;
        const qr = el.shadowRoot!.querySelector('renda-qr-code')!;
        await qr.updateComplete;
        const svg = qr.shadowRoot!.querySelector('svg')!;
        const modules = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
        const expected = `${site.baseUrl}${town}/deputies/${deputy.id}/`;
        expect(decode(svg.querySelector('path')!.getAttribute('d')!, modules, 4), `${town} ${deputy.id}`).to.equal(expected);
        checked++;
      }
    }
    expect(checked).to.be.at.least(100);
  });
});

describe('代表码 for 1,000 generated URLs', () => {
  let seed = 20261122;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const HOSTS = ['https://renda.example.gov.cn/', 'http://www.fq.gov.cn/rdzt/', 'https://rd.xiaoshan.gov.cn/', 'https://人大.example.cn/'];
  const TOWNS = ['fengquan', 'chunlan', 'baiquan', '枫泉镇', '城关街道', '新桥乡', 'xinqiao-xiang'];
  const KINDS = ['deputies', 'stations', 'suggestions', '代表', '联络站'];
  const WORDS = ['停车难', '加装电梯', '老旧小区改造', 'heating', 'road repair', '路灯', '养老服务', 'a b&c=d', '50%', '“引号”', '#井号'];

  function ordinaryUrl(n: number): string {
    let url = `${pick(HOSTS)}${pick(TOWNS)}/${pick(KINDS)}/${Math.floor(random() * 10 ** (1 + Math.floor(random() * 6)))}/`;
    if (random() < 0.7) url += `?from=${pick(['qr', 'poster', '门牌', 'door', 'shop'])}&n=${n}`;
    if (random() < 0.4) url += `${url.includes('?') ? '&' : '?'}q=${encodeURIComponent(pick(WORDS))}`;
    if (random() < 0.3) url += `${url.includes('?') ? '&' : '?'}raw=${pick(WORDS).replace(/[#&]/g, '')}`;
    if (random() < 0.15) url += `#${pick(['contact', '留言', 'reception'])}`;
    return url;
  }

  /**
   * Byte-mode capacity at level M, versions 1–40 (ISO/IEC 18004, table 7). The test checks the
   * encoder agrees: a URL of exactly this many bytes takes this version, one byte more does not.
   */
  const CAPACITY_M = [0, 14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331];
  const utf8 = (text: string) => new TextEncoder().encode(text).length;

  /** A URL of exactly the capacity of `version`: Chinese (3 bytes each) and ASCII padding. */
  function fullUrl(version: number, n: number): string {
    let url = `${pick(HOSTS)}${pick(TOWNS)}/suggestions/new?deputy=${n}&topic=`;
    const target = CAPACITY_M[version]!;
    for (let i = 0; utf8(url) < target; i++) {
      const chinese = (n + i) % 3 === 0 && utf8(url) + 3 <= target;
      url += chinese ? pick(['停', '车', '电', '梯', '路', '灯']) : String.fromCharCode(97 + ((n * 7 + i) % 26));
    }
    return url;
  }

  it('round-trips each one at error correction M', function () {
    this.timeout(120_000);
    const started = performance.now();
    const urls: string[] = [];
    for (let n = 0; urls.length < 900; n++) urls.push(ordinaryUrl(n));
    // Filled to capacity: every version a deputy's or a suggestion's link could need, up to 40.
    const full: { url: string; version: number }[] = [];
    for (let n = 0; full.length < 100; n++) {
      const version = 6 + (n % 35);
      full.push({ url: fullUrl(version, n), version });
    }
    urls.push(...full.map((f) => f.url));
    expect(new Set(urls).size).to.equal(1000);
    expect(urls.filter((u) => /[\u4e00-\u9fff]/.test(u)).length).to.be.greaterThan(300);
    expect(urls.filter((u) => u.includes('?') && u.includes('&')).length).to.be.greaterThan(300);

    for (const url of urls) {
      const qr = qrPath(url, 'M');
      // Two pixels per module are enough for jsQR on a clean drawing, and keep big codes quick.
      expect(decode(qr.path, qr.size, qr.size > 60 ? 2 : 4), url).to.equal(url);
    }
    for (const [i, { url, version }] of full.entries()) {
      expect(utf8(url)).to.equal(CAPACITY_M[version]);
      expect(qrPath(url, 'M').version, url).to.equal(version);
      // One more byte needs the next version (or does not fit at all past 40): the URL is at capacity.
      if (i < 35) {
        let next: number;
        try {
          next = qrPath(`${url}z`, 'M').version;
        } catch {
          next = 41;
        }
        expect(next, `${utf8(url)} bytes at version ${version}`).to.equal(version + 1);
      }
    }
    console.log(`1,000 URLs encoded and decoded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});
