/**
 * Suggestions for staff: personal data intact, for internal handling only (PIPL: it was given
 * with consent for this purpose, not for publication). Never served over HTTP.
 */
import ExcelJS from 'exceljs';
import type { SubmissionRecord } from './storage.js';
import * as ZH from '../domain/text/translations/zh-CN.js';
import * as EN from '../domain/text/translations/en.js';
import type { Locale } from '../domain/model.js';

export type ExportFormat = 'json' | 'csv' | 'xlsx';

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

/**
 * The same as an Excel/WPS workbook: headers in the staff's language, the time received as a date
 * cell, every other value as text (a text cell is never run as a formula).
 */
export async function submissionsWorkbook(submissions: readonly SubmissionRecord[], locale: Locale): Promise<Buffer> {
  const words = locale === 'en' ? EN.submissionColumns : ZH.submissionColumns;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'renda-kit';
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({ header: words[column], key: column, width: column === 'body' ? 60 : column === 'receivedAt' ? 18 : 14, ...(column === 'receivedAt' ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for (const submission of submissions) {
    const received = Date.parse(submission.receivedAt);
    // Shown as China time: the clock the staff read.
    sheet.addRow({ ...Object.fromEntries(COLUMNS.map((c) => [c, submission[c] ?? null])), receivedAt: Number.isNaN(received) ? submission.receivedAt : new Date(received + 8 * 3_600_000) });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
