/**
 * A town's records ↔ the rows of its workbook, by the column definitions of
 * domain/sheets/columns.ts. Reading keeps where each record came from (sheet and row), so the
 * checks `renda check` runs can be reported by sheet, row and column.
 */
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';
import { createMsg, type MessageParams } from '../../domain/text/messages.js';
import { columnFor, OTHER_COLUMN, SHEETS, sheetColumns, sheetFor, type Column, type SheetSpec } from '../../domain/sheets/columns.js';
import { closest } from '../content/schemas.js';
import { wordsFor } from '../content/problem-words.js';
import { fromCell, toCell, type CellValue } from './cells.js';
import type { Locale } from '../../domain/model.js';

export type SheetRecord = Record<string, unknown>;
export type RecordList = 'deputies' | 'stations' | 'suggestions' | 'votes' | 'receptions' | 'activities';
export const RECORD_LISTS: readonly RecordList[] = ['deputies', 'stations', 'suggestions', 'votes', 'receptions', 'activities'];
export type TownRecords = Record<RecordList, SheetRecord[]>;

const sheetMsg = createMsg<keyof typeof EN.sheets>({ 'zh-CN': ZH.sheets, en: EN.sheets });
export type SheetSay = (key: keyof typeof EN.sheets, params?: MessageParams) => string;
export const sheetWords = (locale: Locale): SheetSay => (key, params) => sheetMsg(locale, key, params);

/** A sheet as written: its spec, its columns in order, a row of cells per record (or per child). */
export interface SheetTable {
  spec: SheetSpec;
  columns: Column[];
  rows: CellValue[][];
}

function getPath(record: SheetRecord, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as SheetRecord)[key] : undefined), record);
}

function setPath(record: SheetRecord, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as SheetRecord;
  target[keys[keys.length - 1]!] = value;
}

/** The fields no column holds (and not the child list, which has its own sheet): kept as JSON. */
function otherFields(record: SheetRecord, spec: SheetSpec, childField?: string): SheetRecord | undefined {
  const rest = structuredClone(record);
  if (childField) delete rest[childField];
  for (const column of spec.columns) {
    const keys = column.field.split('.');
    const parent = keys.slice(0, -1).reduce<SheetRecord | undefined>((value, key) => value?.[key] as SheetRecord | undefined, rest);
    if (parent) delete parent[keys[keys.length - 1]!];
    if (keys.length > 1 && parent && Object.keys(parent).length === 0) delete rest[keys[0]!];
  }
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** The child list that has its own sheet, for a list: a suggestion's history, a vote's candidates. */
const childFieldOf = (list: RecordList) => SHEETS.find((s) => s.list === list && s.child)?.child?.field;

/** A town's records as the sheets of its workbook: every sheet, with a header even when empty (a template). */
export function townToSheets(records: TownRecords): SheetTable[] {
  return SHEETS.map((spec) => {
    const columns = sheetColumns(spec);
    const rows: CellValue[][] = [];
    for (const record of records[spec.list]) {
      if (spec.child) {
        const children = record[spec.child.field];
        if (!Array.isArray(children)) continue;
        for (const child of children as SheetRecord[])
          rows.push(columns.map((c) => (c.field === '^' ? String(record['id']) : c === OTHER_COLUMN ? toCell(c, otherFields(child, spec)) : toCell(c, getPath(child, c.field)))));
      } else rows.push(columns.map((c) => (c === OTHER_COLUMN ? toCell(c, otherFields(record, spec, childFieldOf(spec.list))) : toCell(c, getPath(record, c.field)))));
    }
    return { spec, columns, rows };
  });
}

/** A sheet as read: its name and its rows with their numbers in the workbook (the first is the header). */
export interface SheetInput {
  name: string;
  rows: { number: number; cells: CellValue[] }[];
}

/** A problem of the workbook, by sheet, row and column. */
export interface SheetProblem {
  sheet: string;
  row?: number;
  column?: string;
  message: string;
  expected?: string;
  found?: string;
  fix?: string;
}

export interface Position {
  sheet: string;
  row: number;
  /** Column headers by field, as the clerk wrote them. */
  headers: ReadonlyMap<string, string>;
}

/** Where each record and child came from: `deputies/3` → 代表 row 5; `suggestions/2/history/1` → 建议进程 row 9. */
export type Positions = Map<string, Position>;

export interface SheetsRead {
  /** Only the lists whose sheet the workbook has. */
  records: Partial<TownRecords>;
  problems: SheetProblem[];
  positions: Positions;
  /** The sheets the workbook had, by their names in the column definitions (代表, 建议进程…). */
  sheets: Set<string>;
  /** Sheets whose name is none of ours: not read (a sheet of notes, or a misspelt name). */
  ignored: string[];
}

/** Reads a workbook's sheets back into records; every cell's problem is reported, none thrown. */
export function sheetsToTown(inputs: readonly SheetInput[], locale: Locale): SheetsRead {
  const say = sheetWords(locale);
  const problems: SheetProblem[] = [];
  const positions: Positions = new Map();
  const records: Partial<TownRecords> = {};
  const children = new Map<string, { parentId: string; record: SheetRecord; position: Position; parentColumn: string }[]>();
  const sheets = new Set<string>();
  const ignored: string[] = [];

  for (const input of inputs) {
    const spec = sheetFor(input.name);
    if (!spec) {
      ignored.push(input.name);
      continue;
    }
    sheets.add(spec.name);
    const sheet = input.name;
    const [header, ...body] = input.rows.filter((row) => row.cells.some((cell) => cell !== undefined && String(cell).trim() !== ''));
    if (!header) continue;
    const known = sheetColumns(spec);
    const byIndex: (Column | undefined)[] = [];
    const headers = new Map<string, string>();
    header.cells.forEach((cell, i) => {
      const text = cell === undefined ? '' : String(cell).trim();
      if (!text) return;
      const column = columnFor(text, known);
      if (!column) {
        const near = closest(text, known.map((c) => c.header));
        problems.push({ sheet, row: header.number, column: text, message: say('unknownColumn', { header: text }), expected: say('unknownColumnExpected', { headers: known.map((c) => `“${c.header}”`).join('、') }), ...(near ? { fix: wordsFor(locale)('didYouMean', { name: near }) } : {}) });
      } else if (headers.has(column.field)) problems.push({ sheet, row: header.number, column: text, message: say('duplicateColumn', { header: text }) });
      else {
        byIndex[i] = column;
        headers.set(column.field, text);
      }
    });
    const idField = spec.child ? '^' : 'id';
    if (!headers.has(idField)) {
      problems.push({ sheet, message: say('missingColumn', { header: (spec.child ? spec.child.parentColumn : known.find((c) => c.field === 'id')!).header }) });
      continue;
    }
    const list: SheetRecord[] = [];
    for (const row of body) {
      const record: SheetRecord = {};
      let parentId = '';
      byIndex.forEach((column, i) => {
        if (!column) return;
        const result = fromCell(column, row.cells[i]);
        const at = { sheet, row: row.number, column: headers.get(column.field)! };
        if (result.problem) {
          const { key, params } = result.problem;
          problems.push({
            ...at,
            message: say(key, params),
            ...(key === 'unknownValue' ? { expected: say('unknownValueExpected', params), ...(params['near'] ? { fix: wordsFor(locale)('didYouMean', { name: params['near'] }) } : {}) } : key === 'notJson' ? { expected: say('notJsonExpected') } : { expected: say(`${key}Expected` as 'notDateExpected') }),
          });
          return;
        }
        if (result.value === undefined) return;
        if (column.field === '^') parentId = String(result.value);
        else if (column === OTHER_COLUMN) {
          if (!result.value || typeof result.value !== 'object' || Array.isArray(result.value)) problems.push({ ...at, message: say('otherNotObject') });
          else for (const [key, value] of Object.entries(result.value as SheetRecord)) if (!(key in record)) record[key] = value;
        } else setPath(record, column.field, result.value);
      });
      const position = { sheet, row: row.number, headers };
      if (spec.child) {
        if (!parentId) problems.push({ sheet, row: row.number, message: say('noId') });
        else children.set(spec.list, [...(children.get(spec.list) ?? []), { parentId, record, position, parentColumn: headers.get('^')! }]);
      } else {
        positions.set(`${spec.list}/${list.length}`, position);
        list.push(record);
      }
    }
    if (!spec.child) records[spec.list] = list;
  }

  // Child rows join their parent, in the order they were written.
  for (const spec of SHEETS.filter((s) => s.child)) {
    const rows = children.get(spec.list) ?? [];
    if (rows.length === 0) continue;
    const parents = records[spec.list] ?? [];
    const parentSheet = SHEETS.find((s) => s.list === spec.list && !s.child)!.name;
    for (const { parentId, record, position, parentColumn } of rows) {
      const index = parents.findIndex((parent) => parent['id'] === parentId);
      if (index === -1) {
        problems.push({ sheet: position.sheet, row: position.row, column: parentColumn, message: say('noParent', { parent: parentSheet, id: parentId, sheet: parentSheet }), expected: say('noParentExpected', { sheet: parentSheet }) });
        continue;
      }
      const list = ((parents[index]![spec.child!.field] as SheetRecord[] | undefined) ??= []);
      positions.set(`${spec.list}/${index}/${spec.child!.field}/${list.length}`, position);
      list.push(record);
    }
  }
  return { records, problems, positions, sheets, ignored };
}

/** The sheet, row and column of a content problem's path (`suggestions[2] (x).history[1].stage`), when the record came from a sheet. */
export function positionOf(list: RecordList, path: string | undefined, positions: Positions): { sheet: string; row: number; column?: string } | undefined {
  const m = /^(\w+)\[(\d+)\](?: \([^)]*\))?(.*)$/.exec(path ?? '');
  if (!m || m[1] !== list) return undefined;
  let rest = m[3]!.replace(/^\./, '');
  let key = `${list}/${m[2]}`;
  const child = /^(history|candidates)\[(\d+)\]\.?(.*)$/.exec(rest);
  if (child && positions.has(`${key}/${child[1]}/${child[2]}`)) {
    key = `${key}/${child[1]}/${child[2]}`;
    rest = child[3]!;
  }
  const position = positions.get(key);
  if (!position) return undefined;
  const field = [...position.headers.keys()].filter((f) => f !== '^' && f !== '*').find((f) => rest === f || rest.startsWith(`${f}.`) || rest.startsWith(`${f}[`))
    ?? [...position.headers.keys()].find((f) => rest.split(/[.[]/)[0] === f.split('.')[0]);
  return { sheet: position.sheet, row: position.row, ...(field ? { column: position.headers.get(field)! } : rest && position.headers.has('*') ? { column: position.headers.get('*')! } : {}) };
}
