/**
 * The workbook file, through exceljs: sheets written with Chinese headers, date cells and column
 * widths; sheets read back as plain cell values, whatever Excel or WPS stored (rich text,
 * formulas, links).
 */
import ExcelJS from 'exceljs';
import type { CellValue } from './cells.js';
import type { SheetInput, SheetTable } from './records.js';

/** Writes the sheets to an .xlsx file; the header row stays in view and is bold. */
export async function writeWorkbook(tables: readonly SheetTable[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'renda-kit';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width ?? 14, ...(column.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null));
  }
  await workbook.xlsx.writeFile(file);
}

/** A cell's value as plain text, number, truth value or date. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return plain(value.result as ExcelJS.CellValue);
    if ('text' in value) return plain((value as { text: ExcelJS.CellValue }).text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Reads every sheet of an .xlsx file: its name and its rows with their numbers. */
export async function readWorkbook(file: string): Promise<SheetInput[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const rows: SheetInput['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => (cells[column - 1] = plain(cell.value)));
      rows.push({ number, cells });
    });
    return { name: sheet.name, rows };
  });
}
