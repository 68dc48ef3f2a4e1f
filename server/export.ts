/**
 * Suggestions for staff: personal data intact, for internal handling only (PIPL: it was given
 * with consent for this purpose, not for publication). Never served over HTTP.
 */
import type { SubmissionRecord } from './storage.js';

export type ExportFormat = 'json' | 'csv';

const COLUMNS = ['reference', 'receivedAt', 'town', 'deputy', 'station', 'name', 'phone', 'body'] as const;

/** Spreadsheets run a cell that starts with = + - @ as a formula; a leading ' keeps it text. */
function csvCell(value: string | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatSubmissions(submissions: readonly SubmissionRecord[], format: ExportFormat, exportedAt = new Date()): string {
  if (format === 'json') return `${JSON.stringify({ exportedAt: exportedAt.toISOString(), notice: 'Personal data: for internal handling only, never to be published.', submissions }, null, 2)}\n`;
  // A byte-order mark and CRLF: what Excel and WPS need to open UTF-8 Chinese text correctly.
  const lines = [COLUMNS.join(','), ...submissions.map((s) => COLUMNS.map((c) => csvCell(s[c])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
