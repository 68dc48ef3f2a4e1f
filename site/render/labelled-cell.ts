import { html, type SafeHtml } from '../../domain/text/html.js';
import type { Locale } from '../../domain/model.js';

/**
 * A cell of a `data-table--labelled` table: on a phone the rows stack and the header is hidden,
 * so each cell carries its column's name (shown before the value by the stylesheet).
 */
export const labelledCell = (label: string, value: string | SafeHtml, locale: Locale): SafeHtml => html`<td data-label="${label}${locale === 'zh-CN' ? '：' : ': '}">${value}</td>`;
