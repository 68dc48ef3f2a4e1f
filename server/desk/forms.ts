/** Reading a desk form's fields: each mistake names the field and says what is wanted. */
import { isRealDate } from '../../domain/calendar/dates.js';
import type { DeskKey } from './layout.js';

export class FieldError extends Error {
  constructor(
    /** The field's label (a catalogue key). */
    readonly label: DeskKey,
    readonly reason: DeskKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${label}: ${reason}`);
    this.name = 'FieldError';
  }
}

/** Line ends made uniform, control characters dropped, trimmed. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
}

export function textField(fields: Record<string, string>, name: string, label: DeskKey, options: { required?: boolean; max: number; oneLine?: boolean }): string | undefined {
  let value = clean(fields[name] ?? '');
  if (options.oneLine) value = value.replace(/\s+/g, ' ');
  if (!value) {
    if (options.required) throw new FieldError(label, 'required');
    return undefined;
  }
  if ([...value].length > options.max) throw new FieldError(label, 'tooLong', { max: options.max });
  return value;
}

export function choiceField<T extends string>(fields: Record<string, string>, name: string, label: DeskKey, options: readonly T[]): T {
  const value = fields[name];
  if (!value) throw new FieldError(label, 'required');
  if (!(options as readonly string[]).includes(value)) throw new FieldError(label, 'badChoice');
  return value as T;
}

export function dateField(fields: Record<string, string>, name: string, label: DeskKey, required: boolean): string | undefined {
  const value = (fields[name] ?? '').trim();
  if (!value) {
    if (required) throw new FieldError(label, 'required');
    return undefined;
  }
  if (!isRealDate(value)) throw new FieldError(label, 'badDateField');
  return value;
}

export const checkboxField = (fields: Record<string, string>, name: string): boolean => ['on', 'true', '1', 'yes'].includes((fields[name] ?? '').toLowerCase());

/** "镇建设办，镇财政所、镇交通办" → each name; Chinese and ASCII commas and 、 all separate. */
export function listField(fields: Record<string, string>, name: string, label: DeskKey, max: { items: number; each: number }): string[] {
  const value = textField(fields, name, label, { max: max.items * (max.each + 1), oneLine: true });
  if (!value) return [];
  const items = value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
  if (items.length > max.items || items.some((item) => [...item].length > max.each)) throw new FieldError(label, 'tooLong', { max: max.each });
  return items;
}
