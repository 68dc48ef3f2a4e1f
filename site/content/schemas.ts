import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { describeValue, formatJsonPath, type Problem } from './problems.js';
import type { JsonFile } from './json-file.js';

/** The file kinds of `content/`, each with a schema in `site/schemas/<kind>.schema.json`. */
export const SCHEMA_KINDS = ['site', 'town', 'deputies', 'stations', 'suggestions', 'suggestion', 'votes', 'article', 'map', 'receptions', 'activities'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** Where the schemas live, for `$schema` references and for tools. */
export const schemasDir = fileURLToPath(new URL('../../../site/schemas/', import.meta.url));

let validators: Map<SchemaKind, ValidateFunction> | undefined;

function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${schemasDir}${name}.schema.json`, 'utf8')) as Record<string, unknown>;
}

/** Compiled once per process: compiling is the slow part of ajv. */
function getValidators(): Map<SchemaKind, ValidateFunction> {
  if (validators) return validators;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  ajv.addSchema(readSchema('common'));
  validators = new Map(SCHEMA_KINDS.map((kind) => [kind, ajv.compile(readSchema(kind))]));
  return validators;
}

function pointerToSegments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The closest known word, so `levles` suggests `levels`. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function schemaDescription(schema: unknown): string | undefined {
  return schema && typeof schema === 'object' && 'description' in schema ? String(schema.description) : undefined;
}

function propertySchema(parentSchema: unknown, key: string): unknown {
  const properties = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties?.[key];
}

/** Labels a list item by its id, so `deputies[41]` reads `deputies[41] (bq-042)`. */
export function labelPath(value: unknown, segments: readonly (string | number)[]): string {
  let path = formatJsonPath(segments);
  if (segments.length >= 2 && typeof segments[1] === 'number' && value && typeof value === 'object') {
    const list = (value as Record<string, unknown>)[String(segments[0])];
    const item = Array.isArray(list) ? list[segments[1]] : undefined;
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && id) {
      const head = formatJsonPath(segments.slice(0, 2));
      path = `${head} (${id})${path.slice(head.length)}`;
    }
  }
  return path;
}

function toProblem(json: JsonFile, error: ErrorObject): Problem | undefined {
  const segments = pointerToSegments(error.instancePath);
  const base = { file: json.file };
  const at = (path: (string | number)[]) => ({ path: labelPath(json.value, path) || '(top level)', ...json.locate(path) });
  switch (error.keyword) {
    case 'if':
      return undefined; // the `then` branch reports what is actually wrong
    case 'required': {
      const field = String(error.params.missingProperty);
      const description = schemaDescription(propertySchema(error.parentSchema, field));
      return { ...base, ...at(segments), message: `missing required field "${field}"`, expected: description ?? `a value for "${field}"`, found: 'nothing' };
    }
    case 'additionalProperties': {
      const field = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      const suggestion = closest(field, known);
      return {
        ...base,
        ...at([...segments, field]),
        message: `unknown field "${field}"`,
        expected: `one of the fields ${known.map((k) => `"${k}"`).join(', ')}`,
        found: `"${field}"`,
        fix: suggestion ? `did you mean "${suggestion}"?` : 'remove it, or check its spelling',
      };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        ...base,
        ...at(segments),
        message: 'unknown value',
        expected: `one of ${allowed.map((v) => `"${v}"`).join(', ')}`,
        found: describeValue(error.data),
        ...(suggestion ? { fix: `did you mean "${suggestion}"?` } : {}),
      };
    }
    case 'const':
      return { ...base, ...at(segments), message: 'wrong value', expected: JSON.stringify(error.params.allowedValue), found: describeValue(error.data) };
    case 'type': {
      const expected = String(error.params.type);
      const described = schemaDescription(error.parentSchema);
      return {
        ...base,
        ...at(segments),
        message: 'wrong type',
        expected: `${expected === 'integer' ? 'a whole number' : expected === 'array' ? 'a list [ … ]' : expected === 'object' ? 'an object { … }' : `a ${expected}`}${described ? `: ${described}` : ''}`,
        found: describeValue(error.data),
        ...(expected === 'number' || expected === 'integer' ? { fix: 'write numbers without quotes' } : {}),
      };
    }
    case 'pattern':
    case 'format':
      return { ...base, ...at(segments), message: 'wrong format', expected: schemaDescription(error.parentSchema) ?? `text matching ${String(error.params.pattern)}`, found: describeValue(error.data) };
    case 'minItems':
      return { ...base, ...at(segments), message: 'the list is too short', expected: `at least ${String(error.params.limit)} item(s)`, found: describeValue(error.data) };
    case 'uniqueItems':
      return { ...base, ...at(segments), message: 'the list repeats a value', expected: 'each value once', found: `items ${String(error.params.j)} and ${String(error.params.i)} are the same` };
    case 'minLength':
      return { ...base, ...at(segments), message: 'this text is empty', expected: schemaDescription(error.parentSchema) ?? 'some text', found: describeValue(error.data) };
    case 'minimum':
    case 'maximum':
      return {
        ...base,
        ...at(segments),
        message: 'number out of range',
        expected: `${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(error.params.limit)}${schemaDescription(error.parentSchema) ? ` (${schemaDescription(error.parentSchema)})` : ''}`,
        found: describeValue(error.data),
      };
    default:
      return { ...base, ...at(segments), message: error.message ?? 'invalid value', found: describeValue(error.data) };
  }
}

/** Validates a parsed file against its kind's schema; every problem, with line and column. */
export function validateAgainstSchema(kind: SchemaKind, json: JsonFile): Problem[] {
  const validate = getValidators().get(kind)!;
  if (validate(json.value)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const problem = toProblem(json, error);
    if (!problem) continue;
    // `allOf` branches can report one mistake twice.
    const key = `${problem.path}|${problem.message}|${problem.found}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
