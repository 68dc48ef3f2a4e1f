/**
 * Blank workbooks, one per kind of record, for staff who keep records offline: the same sheets
 * and headers as `renda export-sheet`, so a filled-in template imports with `renda import-sheet`.
 * Written once into site/assets/templates/ (`npm run build:templates`) and published by every
 * build under /assets/templates/: an xlsx file carries the time it was written, and a build must
 * stay byte for byte the same.
 */
import { join } from 'node:path';
import { SHEETS } from '../../domain/sheets/columns.js';
import { townToSheets, type RecordList } from './records.js';
import { writeWorkbook } from './workbook.js';
import { TEMPLATE_FILES } from './template-files.js';

export { TEMPLATE_FILES, templatesDir } from './template-files.js';

/** Writes the templates, one per kind of record, into `dir`. */
export async function writeTemplates(dir: string): Promise<void> {
  const blank = townToSheets({ deputies: [], stations: [], suggestions: [], votes: [], receptions: [], activities: [] });
  for (const [list, file] of Object.entries(TEMPLATE_FILES)) await writeWorkbook(blank.filter((table) => table.spec.list === list), join(dir, file));
}

/** The sheets each template holds, for the data page and the test that keeps the files in step. */
export const templateSheets = (list: RecordList) => SHEETS.filter((sheet) => sheet.list === list).map((sheet) => sheet.name);
