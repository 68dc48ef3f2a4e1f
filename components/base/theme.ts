import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens, `--renda-*`, in one place.
 *
 * The same values reach the page two ways:
 * - `themeCss` / `theme.css`: a stylesheet a page loads (or `installTheme()` adopts) that sets the
 *   tokens on `:root` and switches them under `data-renda-theme` / `data-renda-text`;
 * - `token()`: `var(--renda-x, <light value>)` for component styles, so a widget pasted into a CMS
 *   page that never loaded the theme still looks right.
 *
 * `theme.css` is generated from `themeCss` (theme.test.ts fails when they differ):
 *   npx tsc -p tsconfig.build.json && node --input-type=module -e "import { themeCss } from
 *   './build/components/base/theme.js'; import { writeFileSync } from 'node:fs';
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

export const darkColors: ColorSet = {
  'color-bg': '#161618',
  'color-surface': '#232326',
  'color-text': '#ececec',
  'color-text-muted': '#b5b5b5',
  'color-accent': '#f28b82',
  'color-accent-hover': '#ffb4ab',
  'color-on-accent': '#1f1f1f',
  'color-accent-subtle': '#3a1d1d',
  'color-border': '#3c3c41',
  'color-border-strong': '#8e8e93',
  'color-focus': '#8ab4f8',
  'color-danger': '#ffb4ab',
  'color-success': '#81c995',
  'color-warning': '#fdd663',
  'color-qr-dark': '#000000',
  'color-qr-light': '#ffffff',
};

/** High contrast for 适老化 mode: text pairs ≥ 7:1, borders black. */
export const contrastColors: ColorSet = {
  'color-bg': '#ffffff',
  'color-surface': '#ffffff',
  'color-text': '#000000',
  'color-text-muted': '#1f1f1f',
  'color-accent': '#7d1418',
  'color-accent-hover': '#5c0e11',
  'color-on-accent': '#ffffff',
  'color-accent-subtle': '#ffffff',
  'color-border': '#000000',
  'color-border-strong': '#000000',
  'color-focus': '#0040c1',
  'color-danger': '#8c1d18',
  'color-success': '#0b4d1f',
  'color-warning': '#5c3700',
  'color-qr-dark': '#000000',
  'color-qr-light': '#ffffff',
};

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

/** 适老化 large text (MIIT 2021): body ≥ 18 pt ≈ 24 px, line spacing ≥ 1.3, targets ≥ 60 × 60. */
export const largeTextScale: Partial<Record<ScaleToken, string>> = {
  'font-size-sm': '20px',
  'font-size-base': '24px',
  'font-size-lg': '28px',
  'font-size-xl': '32px',
  'line-height': '1.6',
  'line-height-tight': '1.35',
  'space-1': '6px',
  'space-2': '12px',
  'space-3': '16px',
  'space-4': '20px',
  'space-5': '32px',
  'space-6': '40px',
  'focus-width': '4px',
  'focus-offset': '3px',
  'target-size': '60px',
};

export type TokenName = ColorToken | ScaleToken;

const defaults: Record<TokenName, string> = { ...lightColors, ...scaleTokens };

/** `var(--renda-<name>, <default>)` for component styles. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--renda-${name}, ${defaults[name]})`);
}

function declarations(tokens: Partial<Record<string, string>>, indent = '  '): string {
  return Object.entries(tokens)
    .map(([name, value]) => `${indent}--renda-${name}: ${value};`)
    .join('\n');
}

function rule(selector: string, body: string, indent = ''): string {
  return `${indent}${selector} {\n${body}\n${indent}}`;
}

/**
 * The theme stylesheet. `:where()` keeps every selector at zero specificity, so whatever a page
 * writes about `--renda-*` wins, whatever order the sheets load in.
 */
export const themeCss: string = [
  '/* renda-kit design tokens. Generated from components/base/theme.ts: edit that file, not this one. */',
  '/* Themes: data-renda-theme="light | dark | contrast | auto" and data-renda-text="large" on any ancestor. */',
  rule(':where(:root)', declarations({ ...lightColors, ...scaleTokens })),
  // The element that picks a theme also paints it, so a dark widget never sits light-on-light.
  rule(
    ':where([data-renda-theme])',
    '  background-color: var(--renda-color-bg);\n  color: var(--renda-color-text);',
  ),
  rule(':where([data-renda-theme="light"])', `${declarations(lightColors)}\n  color-scheme: light;`),
  rule(':where([data-renda-theme="dark"])', `${declarations(darkColors)}\n  color-scheme: dark;`),
  rule(':where([data-renda-theme="contrast"])', `${declarations(contrastColors)}\n  color-scheme: light;`),
  // Following the OS is opt-in: a dark widget inside a light CMS page looks broken, not themed.
  `@media (prefers-color-scheme: dark) {\n${rule(
    ':where([data-renda-theme="auto"])',
    `${declarations(darkColors, '    ')}\n    color-scheme: dark;`,
    '  ',
  )}\n}`,
  // Asking the OS for more contrast is a clear wish; honour it unless the page chose a theme.
  `@media (prefers-contrast: more) {\n${rule(
    ':where(:root:not([data-renda-theme])), :where([data-renda-theme="auto"])',
    declarations(contrastColors, '    '),
    '  ',
  )}\n}`,
  rule(':where([data-renda-text="large"])', declarations(largeTextScale)),
  '',
].join('\n\n');

/**
 * Adopts the theme into a document once. The embed bundle calls it so a single `<script>` tag is
 * enough; pages that link `theme.css` themselves lose nothing (same values, zero specificity).
 */
export function installTheme(doc: Document | undefined = globalThis.document): void {
  if (!doc || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const marker = '__rendaThemeInstalled';
  const flagged = doc as Document & { [marker]?: boolean };
  if (flagged[marker]) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeCss);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
  flagged[marker] = true;
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

  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
