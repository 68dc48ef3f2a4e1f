import { css } from 'lit';
import { dataStateStyles } from '../base/data-state.js';
import { buttonStyles, hostStyles, token } from '../base/theme.js';

export const qrCodeStyles = [
  hostStyles,
  buttonStyles,
  dataStateStyles,
  css`
    :host {
      --renda-qr-size: 160px;
      --renda-qr-color: ${token('color-qr-dark')};
      --renda-qr-background: ${token('color-qr-light')};
      --renda-qr-gap: ${token('space-2')};

      display: inline-block;
      vertical-align: top;
    }

    .qr {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      gap: var(--renda-qr-gap);
      max-width: 100%;
    }

    .qr__svg {
      display: block;
      width: var(--renda-qr-size);
      height: var(--renda-qr-size);
      max-width: 100%;
    }

    .qr__background {
      fill: var(--renda-qr-background);
    }

    .qr__modules {
      fill: var(--renda-qr-color);
    }

    .qr__caption {
      margin: 0;
      /* No wider than the code itself, so a long URL wraps under it instead of stretching the card. */
      max-width: max(var(--renda-qr-size), 12em);
      font-size: ${token('font-size-sm')};
      line-height: ${token('line-height-tight')};
      color: ${token('color-text')};
      text-align: center;
      overflow-wrap: anywhere;
    }

    .qr__caption a {
      color: ${token('color-accent')};
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    .qr__actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: ${token('space-2')};
    }

    .qr--status {
      max-width: max(var(--renda-qr-size), 14em);
    }

    @media print {
      .qr__actions {
        display: none;
      }
    }
  `,
];
