import { css } from 'lit';
import { dataStateStyles } from '../base/data-state.js';
import { buttonStyles, hostStyles, token } from '../base/theme.js';

export const voteStyles = [
  hostStyles,
  buttonStyles,
  dataStateStyles,
  css`
    :host {
      --renda-vote-gap: ${token('space-4')};
      --renda-vote-for: ${token('color-success')};
      --renda-vote-against: ${token('color-danger')};
      --renda-vote-abstain: ${token('color-text-muted')};
      --renda-vote-bar: ${token('color-accent')};
      --renda-vote-bar-track: ${token('color-surface')};
      --renda-vote-bar-height: 12px;

      display: block;
      max-width: 48rem;
    }

    .vote {
      display: flex;
      flex-direction: column;
      gap: var(--renda-vote-gap);
    }

    p {
      margin: 0;
    }

    .vote__header {
      display: flex;
      flex-direction: column;
      gap: ${token('space-2')};
    }

    .vote__badge {
      align-self: flex-start;
      padding: ${token('space-1')} ${token('space-2')};
      border: 1px solid currentColor;
      border-radius: ${token('radius-sm')};
      font-size: ${token('font-size-sm')};
      font-weight: ${token('font-weight-bold')};
      line-height: ${token('line-height-tight')};
    }

    .vote__badge--binding {
      color: ${token('color-accent')};
      background: ${token('color-accent-subtle')};
    }

    .vote__badge--advisory {
      color: ${token('color-text')};
      background: ${token('color-surface')};
    }

    .vote__title {
      font-size: ${token('font-size-lg')};
      font-weight: ${token('font-weight-bold')};
      line-height: ${token('line-height-tight')};
    }

    .vote__meta,
    .muted {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-sm')};
    }

    /* The one sentence that says where the vote stands and what just happened. */
    .notice {
      padding: ${token('space-3')} ${token('space-4')};
      border: 1px solid ${token('color-border')};
      border-inline-start: 4px solid ${token('color-border-strong')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
    }

    .notice:empty {
      display: none;
    }

    .notice--success {
      border-inline-start-color: ${token('color-success')};
    }

    .notice--warning {
      border-inline-start-color: ${token('color-warning')};
    }

    .notice--error {
      border-inline-start-color: ${token('color-danger')};
    }

    .notice__actions {
      margin-top: ${token('space-2')};
    }

    /* Facts of the 票决: electorate, ballots issued and returned, seats. */
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
      gap: ${token('space-2')};
      margin: 0;
    }

    .facts > div {
      padding: ${token('space-2')} ${token('space-3')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
    }

    .facts dt {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-sm')};
    }

    .facts dd {
      margin: 0;
      font-size: ${token('font-size-lg')};
      font-weight: ${token('font-weight-bold')};
    }

    .projects,
    .chart,
    .options {
      display: flex;
      flex-direction: column;
      gap: ${token('space-3')};
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .project {
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
      padding: ${token('space-3')} ${token('space-4')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
    }

    .project--chosen {
      border-inline-start: 4px solid ${token('color-success')};
    }

    .project--tied {
      border-inline-start: 4px solid ${token('color-warning')};
    }

    .project__head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: ${token('space-2')};
    }

    .project__name {
      font-weight: ${token('font-weight-bold')};
    }

    .progress {
      display: grid;
      gap: ${token('space-1')};
    }

    .progress__label {
      font-weight: ${token('font-weight-bold')};
      margin-inline-end: ${token('space-1')};
    }

    .progress__bar {
      display: block;
      block-size: 8px;
      border-radius: 4px;
      background: var(--renda-vote-bar-track);
      overflow: hidden;
    }

    .progress__fill {
      display: block;
      block-size: 100%;
      background: var(--renda-vote-bar);
    }

    .progress--done .progress__fill {
      background: var(--renda-vote-for);
    }

    .progress--late .progress__label {
      color: ${token('color-danger')};
    }

    .result {
      padding: 0 ${token('space-2')};
      border-radius: ${token('radius-sm')};
      font-size: ${token('font-size-sm')};
      font-weight: ${token('font-weight-bold')};
      white-space: nowrap;
    }

    .result--chosen {
      color: ${token('color-on-accent')};
      background: ${token('color-success')};
    }

    .result--tied {
      color: ${token('color-warning')};
      border: 1px solid currentColor;
    }

    .result--passed-not-chosen,
    .result--failed {
      color: ${token('color-text-muted')};
      border: 1px solid currentColor;
    }

    /* A stacked bar of all deputies: for, against, abstain, no vote; the line marks half. */
    .stack {
      position: relative;
      display: flex;
      height: var(--renda-vote-bar-height);
      margin: ${token('space-1')} 0;
      border-radius: ${token('radius-sm')};
      background: var(--renda-vote-bar-track);
      box-shadow: inset 0 0 0 1px ${token('color-border')};
      overflow: visible;
    }

    .stack__for {
      background: var(--renda-vote-for);
    }

    .stack__against {
      background: var(--renda-vote-against);
    }

    .stack__abstain {
      background: var(--renda-vote-abstain);
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-1')} ${token('space-2')};
    }

    .legend__item {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-1')};
      white-space: nowrap;
    }

    .swatch {
      display: inline-block;
      width: 1em;
      height: 0.75em;
      border-radius: ${token('radius-sm')};
    }

    .swatch--half {
      width: 2px;
      height: 1em;
      background: ${token('color-text')};
    }

    .swatch--for {
      background: var(--renda-vote-for);
    }

    .swatch--against {
      background: var(--renda-vote-against);
    }

    .swatch--abstain {
      background: var(--renda-vote-abstain);
    }

    .stack__half {
      position: absolute;
      inset-block: -4px;
      inset-inline-start: 50%;
      width: 2px;
      background: ${token('color-text')};
    }

    .chart__row {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: ${token('space-1')} ${token('space-3')};
      align-items: baseline;
    }

    .chart__value {
      font-weight: ${token('font-weight-bold')};
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .chart__bar {
      grid-column: 1 / -1;
      height: var(--renda-vote-bar-height);
      border-radius: ${token('radius-sm')};
      background: var(--renda-vote-bar-track);
      box-shadow: inset 0 0 0 1px ${token('color-border')};
    }

    .chart__fill {
      display: block;
      height: 100%;
      border-radius: inherit;
      background: var(--renda-vote-bar);
    }

    .results {
      display: flex;
      flex-direction: column;
      gap: ${token('space-3')};
      margin: 0;
    }

    .results__caption {
      font-weight: ${token('font-weight-bold')};
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    legend {
      margin-bottom: ${token('space-2')};
      padding: 0;
      font-weight: ${token('font-weight-bold')};
    }

    /* Whole rows are the targets: large enough for a thumb, and for 60 px in large-text mode. */
    .option {
      display: flex;
      align-items: flex-start;
      gap: ${token('space-3')};
      min-height: ${token('target-size')};
      padding: ${token('space-2')} ${token('space-3')};
      border: 1px solid ${token('color-border-strong')};
      border-radius: ${token('radius')};
      cursor: pointer;
    }

    .option:has(input:checked) {
      border-color: ${token('color-accent')};
      background: ${token('color-accent-subtle')};
    }

    .option:has(input:disabled) {
      cursor: not-allowed;
      color: ${token('color-text-muted')};
    }

    .option input {
      flex: none;
      font: inherit;
      width: 1.25em;
      height: 1.25em;
      margin: 0.2em 0 0;
      accent-color: ${token('color-accent')};
    }

    .option__text {
      display: flex;
      flex-direction: column;
    }

    .counter {
      margin-top: ${token('space-2')};
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-3')};
    }

    .button--primary {
      border-color: ${token('color-accent')};
      background: ${token('color-accent')};
      color: ${token('color-on-accent')};
    }

    .button--primary:hover {
      background: ${token('color-accent-hover')};
      color: ${token('color-on-accent')};
    }

    .button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }

    @media (forced-colors: active) {
      .stack__for,
      .stack__against,
      .stack__abstain,
      .swatch,
      .chart__fill {
        forced-color-adjust: none;
      }
    }

    @media print {
      form,
      .notice__actions {
        display: none;
      }
    }
  `,
];
