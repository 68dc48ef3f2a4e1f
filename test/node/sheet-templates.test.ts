/**
 * The blank templates on every town's data page: published by the build, linked from the data
 * page, in step with the column definitions (the committed files hold exactly the sheets and
 * headers `renda export-sheet` writes, which `renda import-sheet` reads back).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SHEETS, sheetColumns } from '../../domain/sheets/columns.js';
import { TEMPLATE_FILES, templatesDir } from '../../site/sheets/template-files.js';
import { demoSite } from '../support/demo-site.js';

describe('the blank record templates', () => {
  let site: string;
  before(async () => {
    site = await demoSite();
  });

  for (const [list, file] of Object.entries(TEMPLATE_FILES))
    it(`${file}: the sheets and headers of the column definitions, and no rows`, async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(templatesDir, file));
      const specs = SHEETS.filter((sheet) => sheet.list === list);
      assert.deepEqual(workbook.worksheets.map((s) => s.name), specs.map((s) => s.name), 'run npm run build:templates after changing domain/sheets/columns.ts');
      for (const spec of specs) {
        const sheet = workbook.getWorksheet(spec.name)!;
        assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), sheetColumns(spec).map((c) => c.header), 'run npm run build:templates after changing domain/sheets/columns.ts');
        assert.equal(sheet.rowCount, 1);
      }
    });

  it('are published by the build and linked from each town’s data page', () => {
    for (const file of Object.values(TEMPLATE_FILES)) assert.deepEqual(readFileSync(join(site, 'assets/templates', file)), readFileSync(join(templatesDir, file)));
    const page = readFileSync(join(site, 'fengquan/data/index.html'), 'utf8');
    for (const file of Object.values(TEMPLATE_FILES)) assert.ok(page.includes(`href="../../assets/templates/${file}" download`), file);
  });
});
