import { css } from 'lit';
import { dataStateStyles } from '../base/data-state.js';
import { buttonStyles, hostStyles, token } from '../base/theme.js';

export const stationMapStyles = [
  hostStyles,
  buttonStyles,
  dataStateStyles,
  css`
    :host {
      --renda-station-map-height: 420px;
      --renda-station-map-background: ${token('color-surface')};
      /* Marker colours follow the theme tokens, so dark and high-contrast themes keep them legible. */
      --renda-station-map-center-color: ${token('color-accent')};
      --renda-station-map-station-color: ${token('color-focus')};
      --renda-station-map-point-color: ${token('color-success')};
      --renda-station-map-mobile-color: ${token('color-warning')};
      --renda-station-map-road-color: ${token('color-border-strong')};
      --renda-station-map-label-size: ${token('font-size-sm')};

      display: block;
    }

    :host([compact]) {
      --renda-station-map-height: 300px;
    }

    .station-map {
      container-type: inline-size;
      display: flex;
      flex-direction: column;
      gap: ${token('space-3')};
    }

    /* Layout rules below set display; hidden must still hide. */
    [hidden] {
      display: none !important;
    }

    .visually-hidden,
    .skip:not(:focus) {
      position: absolute !important;
      width: 1px;
      height: 1px;
      min-height: 0;
      min-width: 0;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }

    .button svg,
    .kind-icon {
      width: 1.2em;
      height: 1.2em;
      flex: none;
    }

    .button svg {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
    }

    .button--quiet {
      border-color: transparent;
      background: transparent;
    }

    .button[disabled] {
      opacity: 0.7;
      cursor: progress;
    }

    .muted {
      color: ${token('color-text-muted')};
    }

    .heading {
      margin: 0;
      font-size: ${token('font-size-lg')};
      font-weight: ${token('font-weight-bold')};
      line-height: ${token('line-height-tight')};
    }

    /* ── toolbar ─────────────────────────────────────────── */

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: ${token('space-3')} ${token('space-5')};
      margin-top: ${token('space-3')};
    }

    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')};
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    .filters__legend,
    .theme > span {
      padding: 0;
      margin-bottom: ${token('space-1')};
      font-size: ${token('font-size-sm')};
      font-weight: ${token('font-weight-bold')};
    }

    .chip {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-2')};
      min-height: ${token('target-size')};
      padding: 0 ${token('space-3')};
      border: 1px solid ${token('color-border-strong')};
      border-radius: 999px;
      background: ${token('color-bg')};
      cursor: pointer;
    }

    .chip input {
      width: 1.1em;
      height: 1.1em;
      margin: 0;
      accent-color: ${token('color-accent')};
    }

    .chip:has(input:focus-visible) {
      outline: ${token('focus-width')} solid ${token('color-focus')};
      outline-offset: ${token('focus-offset')};
    }

    .chip:has(input:not(:checked)) {
      border-style: dashed;
      color: ${token('color-text-muted')};
    }

    .chip__count {
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }

    .theme {
      display: flex;
      flex-direction: column;
    }

    .theme__select {
      min-height: ${token('target-size')};
      padding: 0 ${token('space-2')};
      border: 1px solid ${token('color-border-strong')};
      border-radius: ${token('radius')};
      background: ${token('color-bg')};
      color: ${token('color-text')};
      font: inherit;
    }

    .locate {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')};
    }

    .locate__icon circle {
      fill: currentColor;
    }

    .locate__icon circle + path + circle {
      fill: none;
    }

    .locate__note {
      flex-basis: 100%;
      margin: 0;
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }

    .locate__note--problem {
      color: ${token('color-danger')};
    }

    .notice {
      margin: 0;
      padding: ${token('space-2')} ${token('space-3')};
      border-inline-start: 4px solid ${token('color-warning')};
      background: ${token('color-surface')};
    }

    /* ── layout ──────────────────────────────────────────── */

    .station-map__layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: ${token('space-4')};
      align-items: start;
    }

    .station-map__main {
      min-width: 0;
    }

    @container (min-width: 52em) {
      .station-map:not(.station-map--compact) .station-map__layout {
        grid-template-columns: minmax(0, 3fr) minmax(18em, 2fr);
      }

      .list-area__scroller {
        max-height: calc(var(--renda-station-map-height) + 12em);
        overflow: auto;
        overscroll-behavior: contain;
      }
    }

    /* ── map ─────────────────────────────────────────────── */

    .map {
      position: relative;
      height: var(--renda-station-map-height);
      overflow: hidden;
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-lg')};
      background: var(--renda-station-map-background);
      font-size: var(--renda-station-map-label-size);
      touch-action: none;
      user-select: none;
      -webkit-user-select: none;
      cursor: grab;
      /* Its size never depends on what it draws: redrawing markers restyles and lays out nothing outside. */
      contain: strict;
    }

    .map:active {
      cursor: grabbing;
    }

    .map__pane {
      position: absolute;
      inset: 0;
      transform-origin: 0 0;
      will-change: transform;
    }

    .map__svg,
    .map__tiles {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      display: block;
    }

    .map__tile {
      position: absolute;
      max-width: none;
      pointer-events: none;
      user-select: none;
    }

    .layer path {
      fill: none;
      vector-effect: non-scaling-stroke;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    .layer .layer__area {
      fill: color-mix(in srgb, ${token('color-text')} 6%, transparent);
    }

    .layer .layer__village {
      fill: color-mix(in srgb, var(--renda-station-map-point-color) 9%, transparent);
      stroke: color-mix(in srgb, var(--renda-station-map-point-color) 45%, transparent);
      stroke-width: 1;
    }

    .layer .layer__water {
      fill: color-mix(in srgb, ${token('color-focus')} 22%, var(--renda-station-map-background));
    }

    .layer .layer__water.is-line {
      fill: none;
      stroke: color-mix(in srgb, ${token('color-focus')} 35%, var(--renda-station-map-background));
      stroke-width: 6;
    }

    .layer .layer__road {
      stroke: var(--renda-station-map-road-color);
      stroke-width: 2.5;
    }

    .layer .layer__boundary {
      stroke: ${token('color-text')};
      stroke-width: 2;
      stroke-dasharray: 10 4 2 4;
    }

    .marker,
    .cluster {
      cursor: pointer;
      outline: none;
    }

    .marker__shape {
      fill: var(--kind-color);
      stroke: ${token('color-bg')};
      stroke-width: 2;
      stroke-linejoin: round;
    }

    .marker--center {
      --kind-color: var(--renda-station-map-center-color);
    }
    .marker--station {
      --kind-color: var(--renda-station-map-station-color);
    }
    .marker--point {
      --kind-color: var(--renda-station-map-point-color);
    }
    .marker--mobile {
      --kind-color: var(--renda-station-map-mobile-color);
    }

    /* An invisible 44 px target around small markers, for thumbs. */
    .marker__hit {
      fill: transparent;
    }

    .marker__ring,
    .cluster__ring {
      fill: none;
      stroke: none;
      stroke-width: 3;
    }

    .marker.is-selected .marker__ring {
      stroke: ${token('color-text')};
      fill: color-mix(in srgb, ${token('color-bg')} 70%, transparent);
    }

    .marker:focus-visible .marker__ring,
    .cluster:focus-visible .cluster__ring {
      stroke: ${token('color-focus')};
      stroke-width: 4;
    }

    .cluster__disc {
      fill: ${token('color-text')};
      fill-opacity: 0.86;
      stroke: ${token('color-bg')};
      stroke-width: 2;
    }

    .cluster__count {
      fill: ${token('color-bg')};
      font-weight: ${token('font-weight-bold')};
      text-anchor: middle;
    }

    .label {
      fill: ${token('color-text')};
      stroke: var(--renda-station-map-background);
      stroke-width: 3px;
      stroke-linejoin: round;
      paint-order: stroke;
      pointer-events: none;
    }

    .map--tiles .label {
      stroke: ${token('color-bg')};
    }

    .label--place {
      fill: ${token('color-text-muted')};
      font-size: 0.9em;
    }

    .label--selected {
      font-weight: ${token('font-weight-bold')};
    }

    .user__halo {
      fill: color-mix(in srgb, ${token('color-focus')} 22%, transparent);
    }

    .user__dot {
      fill: ${token('color-focus')};
      stroke: ${token('color-bg')};
      stroke-width: 2;
    }

    .map__controls {
      position: absolute;
      top: ${token('space-2')};
      right: ${token('space-2')};
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
      cursor: auto;
    }

    .map__control {
      padding: 0;
      width: ${token('target-size')};
      box-shadow: 0 1px 3px rgb(0 0 0 / 0.25);
    }

    .map__notes {
      position: absolute;
      left: 0;
      bottom: 0;
      max-width: calc(100% - ${token('target-size')} - 16px);
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-3')};
      padding: 2px ${token('space-2')};
      border-top-right-radius: ${token('radius')};
      background: color-mix(in srgb, ${token('color-bg')} 88%, transparent);
      color: ${token('color-text')};
      font-size: 12px;
      line-height: 1.4;
      cursor: auto;
      user-select: text;
    }

    .map-hint {
      margin: ${token('space-1')} 0 0;
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }

    .skip {
      margin-bottom: ${token('space-2')};
    }

    /* ── details ─────────────────────────────────────────── */

    .details {
      margin-top: ${token('space-3')};
      padding: ${token('space-4')};
      border: 1px solid ${token('color-border')};
      border-inline-start: 4px solid ${token('color-accent')};
      border-radius: ${token('radius-lg')};
      background: ${token('color-bg')};
    }

    .details__head {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: ${token('space-2')};
    }

    .details__close {
      padding: 0;
      flex: none;
    }

    .details__kind {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: ${token('space-1')};
      margin: ${token('space-1')} 0 ${token('space-3')};
      color: ${token('color-text-muted')};
    }

    .details__facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: ${token('space-1')} ${token('space-3')};
      margin: 0 0 ${token('space-3')};
    }

    .details__facts dt {
      color: ${token('color-text-muted')};
    }

    .details__facts dd {
      margin: 0;
    }

    .details a {
      color: ${token('color-accent')};
      text-underline-offset: 0.15em;
    }

    .details__deputies {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-4')};
      margin: ${token('space-1')} 0 ${token('space-3')};
      padding: 0;
      list-style: none;
    }

    .details__deputies a {
      display: inline-block;
      padding: ${token('space-1')} 0;
    }

    .details__bottom {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: ${token('space-4')};
    }

    .details__code {
      margin: 0;
      text-align: center;
      font-size: ${token('font-size-sm')};
    }

    .details__actions {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: ${token('space-2')};
      flex: 1 1 12em;
    }

    .details__actions a.button {
      text-decoration: none;
    }

    .details__hint {
      margin: 0;
      font-size: ${token('font-size-sm')};
    }

    /* ── list ────────────────────────────────────────────── */

    .list-area {
      min-width: 0;
    }

    .list-area__count {
      margin: ${token('space-1')} 0 ${token('space-2')};
      color: ${token('color-text-muted')};
    }

    .list-area__scroller:focus-visible {
      outline-offset: -${token('focus-width')};
    }

    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      border-top: 1px solid ${token('color-border')};
    }

    .station {
      /* Entries scrolled out of the list's box are not styled or laid out until they come near (still read by assistive technology). */
      content-visibility: auto;
      contain-intrinsic-size: auto 7.5em;
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: start;
      gap: ${token('space-2')} ${token('space-3')};
      padding: ${token('space-3')} ${token('space-2')};
      border-bottom: 1px solid ${token('color-border')};
    }

    .station > .kind-icon {
      margin-top: 0.2em;
    }

    .station.is-selected {
      background: ${token('color-accent-subtle')};
      box-shadow: inset 4px 0 0 ${token('color-accent')};
    }

    .station__text {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }

    .station__name {
      font-weight: ${token('font-weight-bold')};
      color: ${token('color-text')};
      overflow-wrap: anywhere;
    }

    a.station__name {
      color: ${token('color-accent')};
      text-underline-offset: 0.15em;
    }

    .station__meta,
    .station__address,
    .station__next {
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }

    .station__meta strong {
      color: ${token('color-text')};
    }

    .station__show {
      padding: 0 ${token('space-3')};
    }

    .station__show[aria-pressed='true'] {
      background: ${token('color-accent')};
      border-color: ${token('color-accent')};
      color: ${token('color-on-accent')};
    }

    .list-area__more {
      margin-top: ${token('space-3')};
      width: 100%;
    }

    @container (max-width: 30em) {
      .station__show {
        padding: 0;
      }
      .station__show-text {
        display: none;
      }
      .toolbar {
        gap: ${token('space-3')};
      }
      .details {
        padding: ${token('space-3')};
      }
      .details__facts {
        grid-template-columns: minmax(0, 1fr);
        gap: 0;
      }
      .details__facts dd {
        margin-bottom: ${token('space-2')};
      }
    }

    @media print {
      .map__controls,
      .toolbar,
      .station__show,
      .list-area__more,
      .details__actions {
        display: none;
      }
    }
  `,
];
