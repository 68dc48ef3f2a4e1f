/**
 * The theme stylesheet (`themeCss`, written to theme.css) and what it needs beyond the default
 * tokens of theme.ts: the dark, high-contrast and large-text values. A module of its own, so the
 * embed's shared chunk (Lit, hydration, the tokens the widgets' styles read) does not carry it: the
 * town sites link theme.css, and the loader (components/autoloader.ts) imports this only on a page
 * without the tokens (a CMS page) and adopts it there.
 */
import { lightColors, scaleTokens, type ColorSet, type ScaleToken } from './theme.js';

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
  '/* renda-kit design tokens. Generated from components/base/theme.ts and theme-sheet.ts: edit those, not this file. */',
  '/* Themes: data-renda-theme="light | dark | contrast | auto" and data-renda-text="large" on any ancestor. */',
  // `--renda-theme` says the sheet is on the page (the embed loader asks): a site may set any other token itself.
  rule(':where(:root)', `${declarations({ ...lightColors, ...scaleTokens })}\n  --renda-theme: 1;`),
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
