/**
 * The inbox as a file, for staff only: CSV (Excel/WPS), xlsx or JSON, personal data intact.
 * Spreadsheet cells that start like a formula are kept as text.
 */
import ExcelJS from 'exceljs';
import type { DeskMessage } from './desk-store.js';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type DeskExportFormat = (typeof EXPORT_FORMATS)[number];

const COLUMNS = ['reference', 'receivedAt', 'status', 'suggestion', 'town', 'deputy', 'station', 'name', 'phone', 'body', 'reason', 'contactErasedFrom'] as const;

/** A message as exported: with the day its name and phone will be erased (`open`: 180 days after the case ends). */
type ExportRow = DeskMessage & { contactErasedFrom: string };

function csvCell(value: string | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function exportMessages(
  all: readonly DeskMessage[],
  format: DeskExportFormat,
  exportedAt: Date,
  erasure: { dates: ReadonlyMap<string, string | undefined>; days: number },
): Promise<{ body: Buffer; type: string; extension: string }> {
  const messages: ExportRow[] = all.map((m) => ({ ...m, contactErasedFrom: erasure.dates.get(m.reference) ?? 'open' }));
  if (format === 'json') {
    const notice = `Personal data: for internal handling only, never to be published. Names and phone numbers are erased on contactErasedFrom, ${erasure.days} days after the case ended ("open": the case is still open).`;
    const text = `${JSON.stringify({ exportedAt: exportedAt.toISOString(), notice, messages }, null, 2)}\n`;
    return { body: Buffer.from(text), type: 'application/json; charset=utf-8', extension: 'json' };
  }
  if (format === 'csv') {
    const lines = [COLUMNS.join(','), ...messages.map((m) => COLUMNS.map((c) => csvCell(m[c])).join(','))];
    return { body: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`), type: 'text/csv; charset=utf-8', extension: 'csv' };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.created = exportedAt;
  const sheet = workbook.addWorksheet('messages');
  sheet.columns = COLUMNS.map((key) => ({ header: key, key, width: key === 'body' ? 60 : 16 }));
  // Plain strings: exceljs writes them as text cells, never as formulas.
  for (const message of messages) sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c, message[c] ?? ''])));
  const buffer = await workbook.xlsx.writeBuffer();
  return { body: Buffer.from(buffer as ArrayBuffer), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
}
