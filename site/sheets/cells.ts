/**
 * One cell's value both ways, by its column's kind: a record's field → what the cell shows, and
 * what a clerk typed (or Excel stored) → the field, or a problem in plain words.
 */
import type { Column } from '../../domain/sheets/columns.js';
import { closest } from '../content/schemas.js';
import { formatReceptionRules, parseReceptionRules } from '../../domain/sheets/reception-text.js';
import type { ReceptionRule } from '../../domain/model.js';

/** What a cell holds once read: Excel's own types, or nothing. */
export type CellValue = string | number | boolean | Date | undefined;

export type CellResult = { value?: unknown; problem?: { key: CellProblem; params: Record<string, string> } };
export type CellProblem = 'notNumber' | 'notDate' | 'notBool' | 'unknownValue' | 'notJson' | 'notReception';

const LIST_SEPARATOR = '、';

/** The field's value → the cell: dates as date cells, lists joined with “、”, values by their Chinese label. */
export function toCell(column: Column, value: unknown): CellValue {
  if (value === undefined || value === null) return undefined;
  switch (column.kind) {
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : String(value);
    }
    case 'list':
      return Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : String(value);
    case 'enum':
      return column.labels?.[String(value)] ?? String(value);
    case 'enum-list':
      return Array.isArray(value) ? value.map((v) => column.labels?.[String(v)] ?? String(v)).join(LIST_SEPARATOR) : String(value);
    case 'bool':
      return value ? '是' : '否';
    case 'json':
      return JSON.stringify(value);
    case 'reception':
      return Array.isArray(value) ? formatReceptionRules(value as ReceptionRule[]) : JSON.stringify(value);
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value : String(value);
    default:
      return String(value);
  }
}

/** Full-width digits and signs a Chinese input method types, as ASCII. */
const halfWidth = (text: string) => text.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function isoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

function enumValue(column: Column, text: string): string | undefined {
  const labels = column.labels ?? {};
  if (text in labels) return text;
  const byLabel = Object.entries(labels).find(([, label]) => label === text)?.[0];
  return byLabel ?? column.aliases?.[text] ?? column.aliases?.[text.replace(/（/g, '(').replace(/）/g, ')')];
}

function unknown(column: Column, text: string): CellResult {
  const labels = Object.values(column.labels ?? {});
  const near = closest(text, labels);
  return { problem: { key: 'unknownValue', params: { value: text, values: labels.map((l) => `“${l}”`).join('、'), ...(near ? { near } : {}) } } };
}

/** The cell → the field's value; an empty cell is an absent field (or an empty list where the list is required). */
export function fromCell(column: Column, cell: CellValue): CellResult {
  const text = cell instanceof Date ? isoDate(cell) : cell === undefined ? '' : String(cell).trim();
  if (text === '') return (column.kind === 'list' || column.kind === 'enum-list' || column.kind === 'reception') && column.keepEmpty ? { value: [] } : {};
  switch (column.kind) {
    case 'text':
      return { value: text };
    case 'integer':
    case 'number': {
      const n = typeof cell === 'number' ? cell : Number(halfWidth(text).replace(/,/g, ''));
      if (!Number.isFinite(n) || (column.kind === 'integer' && !Number.isInteger(n))) return { problem: { key: 'notNumber', params: { value: text } } };
      return { value: n };
    }
    case 'date': {
      if (typeof cell === 'number') return { value: isoDate(new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000)) }; // an Excel serial day
      const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(halfWidth(text));
      if (!m) return { problem: { key: 'notDate', params: { value: text } } };
      return { value: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` };
    }
    case 'list':
      return { value: text.split(/[、,，;；\n]+/).map((part) => part.trim()).filter(Boolean) };
    case 'enum': {
      const value = enumValue(column, text);
      return value === undefined ? unknown(column, text) : { value };
    }
    case 'enum-list': {
      const values: string[] = [];
      for (const part of text.split(/[、,，;；\n]+/).map((p) => p.trim()).filter(Boolean)) {
        const value = enumValue(column, part);
        if (value === undefined) return unknown(column, part);
        values.push(value);
      }
      return { value: values };
    }
    case 'bool': {
      if (cell === true || /^(是|true|yes|y|1|公开)$/i.test(text)) return { value: true };
      if (cell === false || /^(否|false|no|n|0|不公开)$/i.test(text)) return { value: false };
      return { problem: { key: 'notBool', params: { value: text } } };
    }
    case 'reception': {
      if (text.startsWith('[')) return fromCell({ ...column, kind: 'json' }, text);
      const read = parseReceptionRules(text);
      return 'rules' in read ? { value: read.rules } : { problem: { key: 'notReception', params: { part: read.unreadable } } };
    }
    case 'json':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch (error) {
        return { problem: { key: 'notJson', params: { reason: (error as Error).message } } };
      }
  }
}
