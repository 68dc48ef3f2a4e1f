import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens, `--renda-*`, in one place.
 *
 * The same values reach the page two ways:
 * - `themeCss` / `theme.css` (theme-sheet.ts, with the dark, high-contrast and large-text values): a
 *   stylesheet a page loads (or `installTheme()` adopts) that sets the tokens on `:root` and switches
 *   them under `data-renda-theme` / `data-renda-text`;
 * - `token()`: `var(--renda-x, <light value>)` for component styles, so a widget pasted into a CMS
 *   page that never loaded the theme still looks right.
 *
 * `theme.css` is generated from `themeCss` (theme.test.ts fails when they differ):
 *   npx tsc -p tsconfig.build.json && node --input-type=module -e "import { themeCss } from
 *   './build/components/base/theme-sheet.js'; import { writeFileSync } from 'node:fs';
 *   writeFileSync('components/base/theme.css', themeCss);"
 *
 * Sizes are in px, not rem: the widgets are pasted into government CMS pages, many of which set
 * `html { font-size }` to 62.5 % or to a viewport-based value for their own rem layouts.
 * Browser zoom still scales px.
 */

/** Colours of the default (light) theme. Every text/background pair is ≥ 4.5:1 (tested). */
export const lightColors = {
  'color-bg': '#ffffff',
  'color-surface': '#f6f4f1',
  'color-text': '#1f1f1f',
  'color-text-muted': '#5c5c5c',
  'color-accent': '#a4161a',
  'color-accent-hover': '#7d1418',
  'color-on-accent': '#ffffff',
  'color-accent-subtle': '#f9ecec',
  'color-border': '#d9d5cf',
  'color-border-strong': '#767676',
  'color-focus': '#1a5fb4',
  'color-danger': '#b3261e',
  'color-success': '#1d6b36',
  'color-warning': '#8a5300',
  // QR codes stay dark-on-light in every theme: many phone scanners cannot read inverted codes.
  'color-qr-dark': '#000000',
  'color-qr-light': '#ffffff',
} as const;

export type ColorToken = keyof typeof lightColors;
export type ColorSet = Record<ColorToken, string>;

/** Only system fonts: a web font would be a multi-megabyte CJK download on a phone. */
export const scaleTokens = {
  'font-family':
    '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, sans-serif',
  'font-family-mono': 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  'font-size-sm': '14px',
  'font-size-base': '16px',
  'font-size-lg': '20px',
  'font-size-xl': '24px',
  'font-weight-bold': '600',
  'line-height': '1.6',
  'line-height-tight': '1.3',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '24px',
  'space-6': '32px',
  'radius-sm': '2px',
  radius: '4px',
  'radius-lg': '8px',
  'focus-width': '3px',
  'focus-offset': '2px',
  'target-size': '44px',
} as const;

export type ScaleToken = keyof typeof scaleTokens;

export type TokenName = ColorToken | ScaleToken;

const defaults: Record<TokenName, string> = { ...lightColors, ...scaleTokens };

/** `var(--renda-<name>, <default>)` for component styles. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--renda-${name}, ${defaults[name]})`);
}

/** Defaults every component's `:host` shares: font, colour, focus ring, box model. */
/**
 * Every widget's base. Government CMS pages often style everything with `* { … !important }`;
 * such a rule matches the host and its inherited values would flow into the widget. For important
 * declarations the shadow tree wins over the page, so the inherited basics are set `!important`
 * here. Theme through the `--renda-*` tokens (a variant overrides a token, not these properties):
 * the tokens still apply.
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box !important;
    font-family: ${token('font-family')} !important;
    font-size: ${token('font-size-base')} !important;
    font-style: normal !important;
    font-weight: normal !important;
    line-height: ${token('line-height')} !important;
    color: ${token('color-text')} !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    visibility: visible !important;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Set, not inherited: what a <details> holds inherits through the browser's own slot inside it,
     which is content-box, and a menu of width 100% grew past the form's edge by its padding. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-offset')};
  }
`;

/** A plain, quiet button: outlined, accent text, large enough to hit with a thumb. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('space-2')};
    min-height: ${token('target-size')};
    min-width: ${token('target-size')};
    padding: 0 ${token('space-4')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius')};
    background: ${token('color-bg')};
    color: ${token('color-accent')};
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    cursor: pointer;
  }

  .button:hover {
    background: ${token('color-accent-subtle')};
    color: ${token('color-accent-hover')};
  }
`;
