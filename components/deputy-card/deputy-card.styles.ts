import { css } from 'lit';
import { dataStateStyles } from '../base/data-state.js';
import { hostStyles, token } from '../base/theme.js';

export const deputyCardStyles = [
  hostStyles,
  dataStateStyles,
  css`
    :host {
      --renda-deputy-card-accent: ${token('color-accent')};
      --renda-deputy-card-background: ${token('color-bg')};
      --renda-deputy-card-border: ${token('color-border')};
      --renda-deputy-card-radius: ${token('radius-lg')};
      --renda-deputy-card-avatar-size: 96px;
      --renda-deputy-card-qr-size: 176px;

      display: block;
      /* The card lays itself out by its own width (a sidebar, a page, a printed sheet), not the viewport's. */
      container-type: inline-size;
      /* That containment gives the card no width of its own: in a CMS's flex row it would shrink to nothing. */
      min-width: min(100%, 280px);
    }

    p,
    ul,
    dl,
    dd,
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      margin: 0;
    }

    a {
      color: var(--renda-deputy-card-accent);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    a:hover {
      text-decoration-thickness: 2px;
    }

    .muted {
      color: ${token('color-text-muted')};
    }

    .card {
      border: 1px solid var(--renda-deputy-card-border);
      border-radius: var(--renda-deputy-card-radius);
      background: var(--renda-deputy-card-background);
      color: ${token('color-text')};
      overflow-wrap: anywhere;
    }

    /* ── avatar ───────────────────────────────────────────── */
    .avatar {
      --size: var(--renda-deputy-card-avatar-size);
      position: relative;
      flex: none;
      width: var(--size);
      height: var(--size);
      border-radius: 50%;
      overflow: hidden;
      background: var(--avatar-colour, #4a5560);
      color: #ffffff;
      display: grid;
      place-items: center;
    }

    .avatar__initials {
      font-size: calc(var(--size) * 0.34);
      font-weight: ${token('font-weight-bold')};
      line-height: 1;
      letter-spacing: 0.02em;
      white-space: nowrap;
    }

    .avatar__photo {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: cover;
      background: ${token('color-surface')};
    }

    .name {
      font-size: ${token('font-size-xl')};
      line-height: ${token('line-height-tight')};
      font-weight: ${token('font-weight-bold')};
    }

    .title,
    .meta {
      color: ${token('color-text-muted')};
    }

    /* ── full ─────────────────────────────────────────────── */
    .card--full {
      display: grid;
      gap: ${token('space-5')};
      padding: ${token('space-5')};
    }

    .card__main {
      display: grid;
      gap: ${token('space-4')};
      align-content: start;
      min-width: 0;
    }

    .identity {
      display: flex;
      gap: ${token('space-4')};
      align-items: center;
    }

    .identity__text {
      display: grid;
      gap: ${token('space-1')};
      min-width: 0;
    }

    ::slotted([slot='name']) {
      margin: 0;
      font-size: ${token('font-size-xl')};
      line-height: ${token('line-height-tight')};
    }

    .number__value {
      font-family: ${token('font-family-mono')};
    }

    .levels {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')};
      padding: 0;
      list-style: none;
    }

    .level {
      padding: ${token('space-1')} ${token('space-3')};
      border: 1px solid var(--renda-deputy-card-accent);
      border-radius: 999px;
      color: var(--renda-deputy-card-accent);
      font-size: ${token('font-size-sm')};
      line-height: ${token('line-height-tight')};
    }

    .facts {
      display: grid;
      gap: ${token('space-2')};
    }

    .facts > div {
      display: grid;
      grid-template-columns: 5.5em minmax(0, 1fr);
      gap: ${token('space-3')};
    }

    .facts dt {
      color: ${token('color-text-muted')};
    }

    .stations {
      display: grid;
      gap: ${token('space-1')};
      padding: 0;
      list-style: none;
    }

    .stations li {
      padding-block: ${token('space-1')};
    }

    .stations .muted {
      font-size: ${token('font-size-sm')};
      white-space: nowrap;
    }

    .next {
      padding: ${token('space-3')} ${token('space-4')};
      border-inline-start: 4px solid var(--renda-deputy-card-accent);
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
    }

    .next__label {
      font-weight: ${token('font-weight-bold')};
      margin-inline-end: ${token('space-2')};
    }

    .next time {
      font-weight: ${token('font-weight-bold')};
    }

    .next__station::before {
      content: '· ';
    }

    .record__label {
      font-weight: ${token('font-weight-bold')};
      margin-inline-end: ${token('space-2')};
    }

    .record__link {
      color: var(--renda-deputy-card-accent);
      white-space: nowrap;
    }

    .bio {
      color: ${token('color-text')};
    }

    .code {
      display: grid;
      justify-items: center;
      align-content: start;
      gap: ${token('space-2')};
      text-align: center;
    }

    .code__title {
      font-weight: ${token('font-weight-bold')};
      font-size: ${token('font-size-lg')};
    }

    .code renda-qr-code {
      --renda-qr-size: var(--renda-deputy-card-qr-size);
    }

    .code__hint {
      max-width: 16em;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-sm')};
    }

    @container (min-width: 38em) {
      .card--full {
        grid-template-columns: minmax(0, 1fr) auto;
      }

      .code {
        padding-inline-start: ${token('space-5')};
        border-inline-start: 1px solid var(--renda-deputy-card-border);
      }
    }

    @container (max-width: 22em) {
      .facts > div {
        grid-template-columns: minmax(0, 1fr);
        gap: 0;
      }

      .card--full {
        padding: ${token('space-4')};
      }
    }

    /* ── compact ──────────────────────────────────────────── */
    .card--compact {
      display: flex;
      gap: ${token('space-3')};
      align-items: flex-start;
      padding: ${token('space-3')};
    }

    .card--compact .avatar {
      --size: calc(var(--renda-deputy-card-avatar-size) / 2);
    }

    .card__body {
      display: grid;
      gap: ${token('space-1')};
      min-width: 0;
    }

    .card--compact .name {
      font-size: ${token('font-size-lg')};
    }

    .card--compact .meta,
    .card--compact .title,
    .card--compact .next,
    .card--compact .record {
      font-size: ${token('font-size-sm')};
    }

    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-3')};
    }

    .card--compact .next {
      padding: ${token('space-1')} ${token('space-2')};
      border-inline-start-width: 3px;
    }

    /* ── poster: paper, so always dark on white; sized by its own width (cqi) to print true ── */
    .card--poster {
      --ink: #000000;
      --paper: #ffffff;
      --poster-accent: var(--renda-deputy-card-accent-print, #a4161a);
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: space-between;
      gap: 1.2cqi;
      width: 100%;
      aspect-ratio: 210 / 297;
      padding: 6cqi 7cqi 5cqi;
      border: 0.5cqi solid var(--poster-accent);
      border-radius: 0;
      background: var(--paper);
      color: var(--ink);
      text-align: center;
      line-height: 1.3;
      font-size: 3.6cqi;
    }

    .poster__town {
      font-size: 3.4cqi;
      letter-spacing: 0.1em;
    }

    .poster__slogan {
      color: var(--poster-accent);
      font-size: 8.4cqi;
      font-weight: 700;
      line-height: 1.15;
      letter-spacing: 0.06em;
    }

    .poster__who {
      display: grid;
      gap: 0.8cqi;
    }

    .card--poster .name {
      font-size: 5cqi;
      line-height: 1.15;
    }

    .poster__name {
      font-weight: 700;
    }

    .poster__line {
      display: block;
    }

    .poster__role {
      font-weight: 400;
    }

    .poster__meta {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0 3cqi;
    }

    .card--poster renda-qr-code::part(caption) {
      max-width: 84cqi;
      font-size: 2.6cqi;
      color: var(--ink);
    }

    .card--poster renda-qr-code::part(caption) a {
      color: var(--ink);
    }

    .card--poster renda-qr-code {
      --renda-qr-gap: 1cqi;
      --renda-color-text: var(--ink);
      --renda-color-accent: var(--ink);
    }

    .poster__hint {
      font-size: 3.2cqi;
    }

    .poster__station {
      display: grid;
      gap: 0.6cqi;
      width: 100%;
      padding-top: 2cqi;
      border-top: 0.3cqi solid var(--ink);
    }

    .poster__label {
      font-weight: 700;
      margin-inline-end: 1.5cqi;
    }

    .poster__more {
      font-size: 0.85em;
    }

    /* ── states ───────────────────────────────────────────── */
    .state {
      display: block;
    }

    @media print {
      .card--full,
      .card--compact {
        border-color: #000000;
        break-inside: avoid;
      }

      .card--poster {
        break-inside: avoid;
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
    }

    @media (forced-colors: active) {
      .avatar {
        border: 1px solid CanvasText;
      }
    }
  `,
];
