/**
 * `renda export-sheet` and `renda import-sheet`: a town's records as one workbook, and a workbook
 * (exported, or filled in by staff from the template) back into the town's files. An import is
 * checked exactly as `renda check` checks, on a copy of the town; the files are written only
 * when nothing at all is wrong.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../site/content/loader.js';
import { formatProblems, type Problem } from '../site/content/problems.js';
import { wordsFor } from '../site/content/problem-words.js';
import { SHEETS, sheetFor } from '../domain/sheets/columns.js';
import { closest } from '../site/content/schemas.js';
import { positionOf, RECORD_LISTS, sheetsToTown, sheetWords, townToSheets, type RecordList, type SheetProblem, type SheetRecord, type SheetSay, type TownRecords } from '../site/sheets/records.js';
import { readWorkbook, writeWorkbook } from '../site/sheets/workbook.js';
import type { CommandContext } from './cli.js';
import { cliWords, counted } from './words.js';
import type { Locale } from '../domain/model.js';

export interface SheetValues {
  content: string;
  town?: string[];
  out?: string;
  today?: string;
}

/** The town's folder, or a message saying what is missing. */
function townDir(say: SheetSay, command: string, values: SheetValues): string | undefined {
  if (values.town?.length !== 1) {
    console.error(say('noTown', { command }));
    return undefined;
  }
  const dir = join(values.content, 'towns', values.town[0]!);
  if (!existsSync(join(dir, 'town.json'))) {
    console.error(say('noTownFolder', { command, dir }));
    return undefined;
  }
  return dir;
}

/** The records of a town as written in its files (unmasked, private ones included): what the clerk keeps. */
export function readTownRecords(dir: string): TownRecords {
  const read = (list: RecordList): SheetRecord[] => {
    const path = join(dir, `${list}.json`);
    try {
      const records = (JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>)[list];
      return Array.isArray(records) ? (records as SheetRecord[]) : [];
    } catch {
      return []; // missing, or broken: an import may be how it gets fixed
    }
  };
  return { deputies: read('deputies'), stations: read('stations'), suggestions: read('suggestions'), votes: read('votes'), receptions: read('receptions'), activities: read('activities') };
}

const counts = (say: SheetSay, records: Partial<TownRecords>) =>
  say('counts', { deputies: records.deputies?.length ?? 0, stations: records.stations?.length ?? 0, suggestions: records.suggestions?.length ?? 0, votes: records.votes?.length ?? 0, receptions: records.receptions?.length ?? 0, activities: records.activities?.length ?? 0 });

export async function exportSheetCommand({ locale }: CommandContext, values: SheetValues): Promise<number> {
  const say = sheetWords(locale);
  const dir = townDir(say, 'export-sheet', values);
  if (!dir) return 2;
  if (!values.out?.endsWith('.xlsx')) {
    console.error(say('needsOut'));
    return 2;
  }
  // Only content that passes its checks is exported: the workbook is then right to import back.
  const { content, problems } = loadContent(values.content, { towns: values.town!, locale, ...(values.today ? { today: values.today } : {}) });
  if (!content) {
    console.error(`${formatProblems(problems, locale)}\n\n${counted(cliWords(locale), problems.length, 'problemsOne', 'problemsMany', { command: 'export-sheet', dir: values.content })}`);
    return 1;
  }
  const records = readTownRecords(dir);
  await writeWorkbook(townToSheets(records), values.out);
  console.log(say('exported', { file: values.out, counts: counts(say, records) }));
  return 0;
}

/** A sheet problem as printed: where, what, then expected and the fix on their own lines, as `renda check` prints. */
function formatSheetProblem(problem: SheetProblem, say: SheetSay, locale: Locale): string {
  const words = wordsFor(locale);
  const head = problem.row === undefined ? say('sheetOnly', { sheet: problem.sheet, message: problem.message }) : problem.column ? say('cell', { sheet: problem.sheet, row: String(problem.row), column: problem.column, message: problem.message }) : say('row', { sheet: problem.sheet, row: String(problem.row), message: problem.message });
  return [head, ...(problem.expected ? [`  ${words('expectedLabel')}${problem.expected}`] : []), ...(problem.found ? [`  ${words('foundLabel')}${problem.found}`] : []), ...(problem.fix ? [`  ${words('fixLabel')}${problem.fix}`] : [])].join('\n');
}

/** The `$schema` a written file carries: the one it had, or the one beside town.json's. */
function schemaFor(dir: string, list: RecordList): string | undefined {
  const read = (file: string) => {
    try {
      return (JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '')) as { $schema?: string }).$schema;
    } catch {
      return undefined;
    }
  };
  return read(`${list}.json`) ?? read('town.json')?.replace(/town\.schema\.json$/, `${list}.schema.json`);
}

export async function importSheetCommand({ positionals, locale }: CommandContext, values: SheetValues): Promise<number> {
  const say = sheetWords(locale);
  const file = positionals[1];
  const dir = townDir(say, 'import-sheet', values);
  if (!dir) return 2;
  if (!file || !existsSync(file)) {
    console.error(say('noFile', { file: file ?? '' }));
    return 2;
  }
  let inputs;
  try {
    inputs = await readWorkbook(file);
  } catch (error) {
    console.error(say('notXlsx', { file, reason: (error as Error).message }));
    return 1;
  }
  const read = sheetsToTown(inputs, locale);
  for (const sheet of read.ignored) {
    const near = closest(sheet, SHEETS.flatMap((s) => [s.name, ...s.variants]));
    const name = near ? sheetFor(near)!.name : undefined;
    console.warn(say('ignoredSheet', { sheet, sheets: SHEETS.map((s) => `“${s.name}”`).join('、'), near: name ? say('ignoredNear', { name }) : '' }));
  }
  const lists = RECORD_LISTS.filter((list) => read.records[list] !== undefined);
  if (lists.length === 0) {
    console.error(say('noSheets', { file, sheets: SHEETS.map((s) => `“${s.name}”`).join('、') }));
    return 1;
  }
  const slug = values.town![0]!;
  // A workbook with 建议 but without 建议进程 (or 票决 without 候选项目) keeps each record's steps from its file.
  const current = readTownRecords(dir);
  for (const spec of SHEETS.filter((s) => s.child && !read.sheets.has(s.name))) {
    const field = spec.child!.field;
    for (const record of read.records[spec.list] ?? []) {
      const kept = current[spec.list].find((old) => old['id'] === record['id'])?.[field];
      if (record[field] === undefined && kept !== undefined) record[field] = kept;
    }
  }
  const files = Object.fromEntries(lists.map((list) => [list, `${JSON.stringify({ ...(schemaFor(dir, list) ? { $schema: schemaFor(dir, list) } : {}), [list]: read.records[list] }, null, 2)}\n`]));

  // The same checks as renda check, on a copy of the town with the new files in it.
  const scratch = mkdtempSync(join(tmpdir(), 'renda-import-'));
  let checked: Problem[];
  try {
    cpSync(join(values.content, 'site.json'), join(scratch, 'site.json'));
    cpSync(dir, join(scratch, 'towns', slug), { recursive: true });
    for (const list of lists) writeFileSync(join(scratch, 'towns', slug, `${list}.json`), files[list]!);
    checked = loadContent(scratch, { towns: [slug], locale, ...(values.today ? { today: values.today } : {}) }).problems;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const cellProblems = new Set(read.problems.map((p) => `${p.sheet}|${p.row}|${p.column}`));
  const printed: string[] = read.problems.map((p) => formatSheetProblem(p, say, locale));
  for (const problem of checked) {
    const list = lists.find((l) => problem.file === `towns/${slug}/${l}.json`);
    const at = list ? positionOf(list, problem.path, read.positions) : undefined;
    // A field missing from a row: name the column it belongs in.
    if (at && !at.column) {
      const column = sheetFor(at.sheet)?.columns.find((c) => problem.message === wordsFor(locale)('missingField', { field: c.field.split('.')[0]! }));
      if (column) at.column = column.header;
    }
    if (!at) printed.push(formatProblems([problem], locale));
    else if (!cellProblems.has(`${at.sheet}|${at.row}|${at.column}`))
      printed.push(formatSheetProblem({ ...at, message: problem.message, ...(problem.expected ? { expected: problem.expected } : {}), ...(problem.found ? { found: problem.found } : {}), ...(problem.fix ? { fix: problem.fix } : {}) }, say, locale));
  }
  if (printed.length > 0) {
    console.error(`${printed.join('\n\n')}\n\n${say('refused', { count: printed.length, dir })}`);
    return 1;
  }
  for (const list of lists) writeFileSync(join(dir, `${list}.json`), files[list]!);
  console.log(say('imported', { dir, files: lists.map((l) => `${l}.json`).join('、'), counts: counts(say, read.records) }));
  return 0;
}
