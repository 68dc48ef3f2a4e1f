import { css } from 'lit';
import { hostStyles, token } from '../base/theme.js';
import { dataStateStyles } from '../base/data-state.js';

export const siteSearchStyles = [
  hostStyles,
  ...dataStateStyles,
  css`
    :host {
      --renda-search-accent: ${token('color-accent')};
    }
    [part='base'] {
      display: grid;
      gap: ${token('space-3')};
    }
    label {
      font-weight: ${token('font-weight-bold')};
    }
    input {
      box-sizing: border-box;
      width: 100%;
      min-height: ${token('target-size')};
      padding: 0 ${token('space-3')};
      font: inherit;
      color: ${token('color-text')};
      background: ${token('color-bg')};
      border: 2px solid ${token('color-border-strong')};
      border-radius: ${token('radius')};
    }
    input:focus-visible {
      outline: ${token('focus-width')} solid ${token('color-focus')};
      outline-offset: ${token('focus-offset')};
    }
    [part='count'] {
      color: ${token('color-text-muted')};
      margin: 0;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token('space-3')};
    }
    li {
      padding-block-end: ${token('space-3')};
      border-block-end: 1px solid ${token('color-border')};
    }
    a {
      color: var(--renda-search-accent);
      font-size: ${token('font-size-lg')};
      text-underline-offset: 0.2em;
    }
    .kind {
      display: inline-block;
      margin-inline-end: ${token('space-2')};
      padding: 0 ${token('space-2')};
      font-size: ${token('font-size-sm')};
      border: 1px solid ${token('color-border-strong')};
      border-radius: ${token('radius-sm')};
    }
    .snippet {
      margin: ${token('space-1')} 0 0;
      color: ${token('color-text-muted')};
    }
    mark {
      background: ${token('color-accent-subtle')};
      color: inherit;
      font-weight: ${token('font-weight-bold')};
    }
  `,
];
