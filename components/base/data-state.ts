import { css, html, nothing, type TemplateResult } from 'lit';
import type { DataError, DataErrorKind, DataState } from './data-controller.js';
import { createMsg } from '../../domain/text/messages.js';
import type { Locale } from '../../domain/model.js';
import { buttonStyles, token } from './theme.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

export const dataStateMessages = createMsg({ 'zh-CN': ZH.dataState, en: EN.dataState });

/** A public, plain-words sentence for an error (never the technical detail). */
export function errorMessage(error: DataError, locale: Locale): string {
  const kind: DataErrorKind = error.kind;
  if (kind === 'http' && error.status === undefined) return dataStateMessages(locale, 'http-no-status');
  // Status codes are identifiers: no thousands separator.
  return dataStateMessages(locale, kind, { status: String(error.status ?? '') });
}

/** A status line: loading and empty are polite announcements, not alerts. */
export function renderStatus(message: string, part = 'status'): TemplateResult {
  return html`<div class="data-state" part=${part} role="status">${message}</div>`;
}

export function renderError(message: string, locale: Locale, onRetry?: () => void): TemplateResult {
  return html`<div class="data-state data-state--error" part="error" role="alert">
    <p class="data-state__message">${message}</p>
    ${onRetry
      ? html`<button class="button" part="retry-button" type="button" @click=${onRetry}>
          ${dataStateMessages(locale, 'retry')}
        </button>`
      : nothing}
  </div>`;
}

export interface DataStateView {
  readonly state: DataState;
  readonly error?: DataError;
  retry(): void;
}

export interface DataStateText {
  /** Replaces the generic empty sentence, e.g. 暂无代表信息。 */
  empty?: string;
  loading?: string;
}

/**
 * The template for every state but `ready` (and `idle`, which renders nothing): components render
 * `renderDataState(...) ?? content`.
 */
export function renderDataState(
  data: DataStateView,
  locale: Locale,
  text: DataStateText = {},
): TemplateResult | undefined {
  switch (data.state) {
    case 'loading':
      return renderStatus(text.loading ?? dataStateMessages(locale, 'loading'), 'loading');
    case 'empty':
      return renderStatus(text.empty ?? dataStateMessages(locale, 'empty'), 'empty');
    case 'error':
      return renderError(
        errorMessage(data.error ?? { kind: 'http' }, locale),
        locale,
        () => data.retry(),
      );
    default:
      return undefined;
  }
}

export const dataStateStyles = [
  buttonStyles,
  css`
    .data-state {
      padding: ${token('space-3')} ${token('space-4')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
    }

    .data-state--error {
      border-inline-start: 4px solid ${token('color-danger')};
    }

    .data-state__message {
      margin: 0 0 ${token('space-2')};
    }
  `,
];
