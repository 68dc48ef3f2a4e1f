import { expect, fixture, html } from '@open-wc/testing';
import { lightColors, type ColorSet, type ColorToken } from './theme.js';
import { contrastColors, darkColors, installTheme, themeCss } from './theme-sheet.js';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text colour on background colour, as components pair them. */
const TEXT_PAIRS: [ColorToken, ColorToken][] = [
  ['color-text', 'color-bg'],
  ['color-text', 'color-surface'],
  ['color-text', 'color-accent-subtle'],
  ['color-text-muted', 'color-bg'],
  ['color-text-muted', 'color-surface'],
  ['color-accent', 'color-bg'],
  ['color-accent', 'color-surface'],
  ['color-accent-hover', 'color-accent-subtle'],
  ['color-on-accent', 'color-accent'],
  ['color-on-accent', 'color-accent-hover'],
  ['color-danger', 'color-bg'],
  ['color-danger', 'color-surface'],
  ['color-success', 'color-bg'],
  ['color-warning', 'color-bg'],
];

const THEMES: [string, ColorSet, number][] = [
  ['light', lightColors, 4.5],
  ['dark', darkColors, 4.5],
  ['contrast', contrastColors, 7],
];

describe('theme tokens', () => {
  for (const [name, colors, minimum] of THEMES) {
    it(`${name}: every text pair reaches ${minimum}:1, focus and strong borders 3:1`, () => {
      for (const [fg, bg] of TEXT_PAIRS) {
        expect(contrast(colors[fg], colors[bg]), `${fg} on ${bg}`).to.be.at.least(minimum);
      }
      expect(contrast(colors['color-focus'], colors['color-bg'])).to.be.at.least(3);
      expect(contrast(colors['color-border-strong'], colors['color-bg'])).to.be.at.least(3);
      expect(contrast(colors['color-qr-dark'], colors['color-qr-light'])).to.be.at.least(15);
    });
  }

  it('theme.css is the generated themeCss (regenerate it after editing theme.ts)', async () => {
    const file = await (await fetch('/components/base/theme.css')).text();
    expect(file).to.equal(themeCss);
  });

  it('requests no web fonts', () => {
    expect(themeCss).not.to.match(/@font-face|@import|url\(/);
  });

  describe('in a page', () => {
    before(() => installTheme());

    const tokenAt = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(`--renda-${name}`).trim();

    it('sets the light tokens on :root, and installs only once', () => {
      installTheme();
      expect(document.adoptedStyleSheets.filter((s) => s.cssRules.length > 0 && [...s.cssRules].some((r) => r.cssText.includes('--renda-color-accent')))).to.have.length(1);
      expect(tokenAt(document.documentElement, 'color-accent')).to.equal('#a4161a');
      expect(tokenAt(document.documentElement, 'font-size-base')).to.equal('16px');
    });

    it('switches tokens under data-renda-theme and data-renda-text on any ancestor, nesting', async () => {
      const outer = await fixture(html`
        <section data-renda-theme="dark" data-renda-text="large">
          <p id="dark">x</p>
          <div data-renda-theme="contrast"><p id="contrast">y</p></div>
        </section>
      `);
      const dark = outer.querySelector('#dark')!;
      const nested = outer.querySelector('#contrast')!;
      expect(tokenAt(dark, 'color-bg')).to.equal(darkColors['color-bg']);
      expect(tokenAt(dark, 'font-size-base')).to.equal('24px');
      expect(tokenAt(dark, 'target-size')).to.equal('60px');
      expect(getComputedStyle(outer).backgroundColor).to.equal('rgb(22, 22, 24)');
      expect(tokenAt(nested, 'color-text')).to.equal('#000000');
      expect(tokenAt(nested, 'font-size-base')).to.equal('24px');
    });

    it('lets page styles override tokens whatever the load order', async () => {
      const el = await fixture(html`<div><style>.brand { --renda-color-accent: #00529b; }</style><p class="brand">x</p></div>`);
      expect(tokenAt(el.querySelector('.brand')!, 'color-accent')).to.equal('#00529b');
    });
  });
});
