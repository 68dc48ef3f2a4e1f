import { css } from 'lit';
import { dataStateStyles } from '../base/data-state.js';
import { buttonStyles, hostStyles, token } from '../base/theme.js';

export const suggestionTrackerStyles = [
  hostStyles,
  buttonStyles,
  dataStateStyles,
  css`
    :host {
      --renda-tracker-gap: ${token('space-4')};
      --renda-tracker-tile-min: 9em;
      --renda-tracker-bar: ${token('color-accent')};

      display: block;
    }

    .tracker {
      container: tracker / inline-size;
      display: flex;
      flex-direction: column;
      gap: var(--renda-tracker-gap);
    }

    h2,
    h3,
    h4,
    h5,
    h6 {
      margin: 0;
      line-height: ${token('line-height-tight')};
    }

    .section-title {
      font-size: ${token('font-size-xl')};
    }

    .subsection-title {
      font-size: ${token('font-size-lg')};
    }

    p {
      margin: 0;
    }

    .note,
    .hint,
    .hints {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-sm')};
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    /* Overview */

    .overview {
      display: flex;
      flex-direction: column;
      gap: ${token('space-3')};
    }

    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--renda-tracker-tile-min)), 1fr));
      gap: ${token('space-2')};
      margin: 0;
    }

    .tiles--rates {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    }

    .tile {
      padding: ${token('space-2')} ${token('space-3')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
    }

    .tile dt {
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }

    .tile dd {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 ${token('space-2')};
    }

    .tile__value {
      font-size: ${token('font-size-xl')};
      font-weight: ${token('font-weight-bold')};
      font-variant-numeric: tabular-nums;
    }

    .tile__of {
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
      font-variant-numeric: tabular-nums;
    }

    .tile--alert {
      border-color: ${token('color-danger')};
      border-inline-start-width: 4px;
    }

    .tile--alert .tile__value {
      color: ${token('color-danger')};
    }

    .hints {
      margin: 0;
      padding-inline-start: 1.2em;
    }

    .callout {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')} ${token('space-3')};
      padding: ${token('space-2')} ${token('space-3')};
      border: 1px solid ${token('color-danger')};
      border-inline-start-width: 4px;
      border-radius: ${token('radius')};
      color: ${token('color-text')};
    }

    .stages {
      display: grid;
      /* The stage's name wraps before the row outgrows a phone's screen. */
      grid-template-columns: fit-content(60%) minmax(2em, 1fr) max-content;
      gap: ${token('space-1')} ${token('space-3')};
      margin: 0;
      padding: 0;
      list-style: none;
    }

    @container tracker (min-width: 40em) {
      .stages {
        grid-template-columns: max-content 1fr max-content max-content 1fr max-content;
        column-gap: ${token('space-4')};
      }
    }

    .stages__item {
      display: contents;
    }

    .stages__bar {
      align-self: center;
      height: 0.6em;
      background: ${token('color-surface')};
      border-radius: ${token('radius-sm')};
      overflow: hidden;
    }

    .stages__bar > span {
      display: block;
      height: 100%;
      background: var(--renda-tracker-bar);
    }

    .stages__count {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }

    /* Filters */

    .filters {
      display: flex;
      flex-direction: column;
      gap: ${token('space-3')};
      padding: ${token('space-3')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-lg')};
    }

    .filters__row {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
      gap: ${token('space-3')};
      align-items: end;
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
      min-width: 0;
    }

    .field label {
      font-weight: ${token('font-weight-bold')};
    }

    .field--check {
      flex-direction: row;
      align-items: center;
      min-height: ${token('target-size')};
    }

    .field--check label {
      font-weight: normal;
    }

    input[type='search'],
    select {
      min-height: ${token('target-size')};
      width: 100%;
      padding: 0 ${token('space-3')};
      border: 1px solid ${token('color-border-strong')};
      border-radius: ${token('radius')};
      background: ${token('color-bg')};
      color: ${token('color-text')};
      font: inherit;
    }

    input[type='checkbox'] {
      width: 1.25em;
      height: 1.25em;
      margin: 0 ${token('space-2')} 0 0;
      accent-color: ${token('color-accent')};
    }

    .more summary {
      min-height: ${token('target-size')};
      display: flex;
      align-items: center;
      gap: ${token('space-2')};
      list-style: none;
      cursor: pointer;
      color: ${token('color-accent')};
      font-weight: ${token('font-weight-bold')};
    }

    .more summary::-webkit-details-marker {
      display: none;
    }

    .more summary::before {
      content: '';
      width: 0;
      height: 0;
      border-block: 0.35em solid transparent;
      border-inline-start: 0.5em solid currentColor;
      transition: transform 0.15s;
    }

    .more[open] summary::before {
      transform: rotate(90deg);
    }

    @media (prefers-reduced-motion: reduce) {
      .more summary::before {
        transition: none;
      }
    }

    .more[open] summary {
      margin-bottom: ${token('space-2')};
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')};
    }

    /* List */

    .results {
      display: flex;
      flex-direction: column;
      gap: ${token('space-2')};
    }

    .count {
      font-weight: ${token('font-weight-bold')};
    }

    .list {
      margin: 0;
      padding-inline: 0;
      list-style: none;
      /* The padding stands in for rows not rendered; it must not animate or anchor oddly. */
      overflow-anchor: none;
    }

    .row {
      /* A border, not a margin, between rows: measured heights then add up exactly. */
      border-bottom: 1px solid ${token('color-border')};
      padding: ${token('space-3')} 0;
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
    }

    .row__head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: ${token('space-1')} ${token('space-3')};
    }

    .row__title {
      font-size: ${token('font-size-lg')};
      font-weight: ${token('font-weight-bold')};
      flex: 1 1 16em;
      min-width: 0;
    }

    .row__link {
      color: ${token('color-accent')};
      text-decoration: underline;
      text-underline-offset: 0.15em;
      overflow-wrap: anywhere;
    }

    .row__link:hover {
      color: ${token('color-accent-hover')};
    }

    .row__badges {
      display: inline-flex;
      gap: ${token('space-1')};
      flex-wrap: wrap;
    }

    .row__meta,
    .row__dates,
    .row__result {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-3')};
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }

    .row__id {
      font-family: ${token('font-family-mono')};
    }

    .row__result {
      color: ${token('color-text')};
    }

    .row__overdue {
      color: ${token('color-danger')};
      font-weight: ${token('font-weight-bold')};
    }

    .badge {
      display: inline-block;
      padding: 0 ${token('space-2')};
      border: 1px solid ${token('color-border-strong')};
      border-radius: ${token('radius')};
      font-size: ${token('font-size-sm')};
      line-height: ${token('line-height')};
      white-space: nowrap;
    }

    .badge--finished {
      border-color: ${token('color-success')};
      color: ${token('color-success')};
    }

    .badge--overdue {
      border-color: ${token('color-danger')};
      border-width: 2px;
      color: ${token('color-danger')};
      font-weight: ${token('font-weight-bold')};
    }

    .badge--reopened {
      border-color: ${token('color-warning')};
      color: ${token('color-warning')};
    }

    .no-match {
      padding: ${token('space-3')};
      border: 1px dashed ${token('color-border-strong')};
      border-radius: ${token('radius')};
    }

    /* One suggestion */

    .detail {
      display: flex;
      flex-direction: column;
      gap: ${token('space-3')};
    }

    .back {
      align-self: flex-start;
    }

    .detail__title {
      font-size: ${token('font-size-xl')};
    }

    .detail__title:focus {
      outline: none;
    }

    .detail__title:focus-visible {
      outline: ${token('focus-width')} solid ${token('color-focus')};
    }

    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
      gap: ${token('space-2')} ${token('space-4')};
      margin: 0;
    }

    .facts dt {
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }

    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .clock {
      padding: ${token('space-3')};
      border: 1px solid ${token('color-border-strong')};
      border-inline-start-width: 4px;
      border-radius: ${token('radius')};
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
    }

    .clock--overdue {
      border-color: ${token('color-danger')};
    }

    .clock__state {
      font-weight: ${token('font-weight-bold')};
    }

    .clock--overdue .clock__state {
      color: ${token('color-danger')};
    }

    .prose {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }

    .round {
      display: flex;
      flex-direction: column;
      gap: ${token('space-2')};
    }

    .round--reopened {
      padding-inline-start: ${token('space-3')};
      border-inline-start: 4px solid ${token('color-warning')};
    }

    .round__title {
      font-size: ${token('font-size-base')};
    }

    .round__clock {
      font-size: ${token('font-size-sm')};
    }

    .timeline {
      margin: 0;
      padding: 0;
      list-style: none;
      border-inline-start: 2px solid ${token('color-border')};
    }

    .timeline__step {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-2')};
      padding: 0 0 ${token('space-3')} ${token('space-4')};
    }

    .timeline__step::before {
      content: '';
      position: absolute;
      inset-inline-start: -7px;
      top: 0.45em;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: ${token('color-accent')};
    }

    .timeline__stage {
      font-weight: ${token('font-weight-bold')};
    }

    .timeline__who {
      color: ${token('color-text-muted')};
    }

    .timeline__note {
      flex-basis: 100%;
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }

    @media print {
      .filters,
      .actions,
      .back {
        display: none;
      }
    }
  
  .more-rows {
    margin: var(--tracker-gap, 1rem) 0 0;
    text-align: center;
  }
`,
];
