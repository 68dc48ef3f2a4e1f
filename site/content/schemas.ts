import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { describeValue, formatJsonPath, type Problem } from './problems.js';
import type { JsonFile } from './json-file.js';
import { wordsFor, type Say } from './problem-words.js';
import type { Locale } from '../../domain/model.js';

/** The file kinds of `content/`, each with a schema in `site/schemas/<kind>.schema.json`. */
export const SCHEMA_KINDS = ['site', 'town', 'deputies', 'stations', 'suggestions', 'suggestion', 'votes', 'article', 'map', 'receptions', 'activities', 'scoring'] as const;
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

export function editDistance(a: string, b: string): number {
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

/**
 * What a schema says a value is: its `description`, or in Chinese its `description:zh-CN` when it
 * has one (a keyword ajv ignores, kept beside the English so the two are edited together).
 */
function schemaDescription(schema: unknown, locale: Locale): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const words = schema as Record<string, unknown>;
  const text = words[`description:${locale}`] ?? words['description'];
  return text === undefined ? undefined : String(text);
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

const TYPE_WORDS = { integer: 'typeInteger', number: 'typeNumber', array: 'typeArray', object: 'typeObject', string: 'typeString', boolean: 'typeBoolean', null: 'typeNull' } as const;

function toProblem(json: JsonFile, error: ErrorObject, say: Say): Problem | undefined {
  const segments = pointerToSegments(error.instancePath);
  const base = { file: json.file };
  const describe = (schema: unknown) => schemaDescription(schema, json.locale);
  const found = describeValue(error.data, say);
  const at = (path: (string | number)[]) => ({ path: labelPath(json.value, path) || say('topLevel'), ...json.locate(path) });
  const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(json.locale === 'en' ? ', ' : '、');
  switch (error.keyword) {
    case 'if':
      return undefined; // the `then` branch reports what is actually wrong
    case 'required': {
      const field = String(error.params.missingProperty);
      const description = describe(propertySchema(error.parentSchema, field));
      return { ...base, ...at(segments), message: say('missingField', { field }), expected: description ?? say('missingFieldExpected', { field }), found: say('valueNothing') };
    }
    case 'additionalProperties': {
      const field = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      const suggestion = closest(field, known);
      return {
        ...base,
        ...at([...segments, field]),
        message: say('unknownField', { field }),
        expected: say('unknownFieldExpected', { fields: quoted(known) }),
        found: `"${field}"`,
        fix: suggestion ? say('didYouMean', { name: suggestion }) : say('unknownFieldFix'),
      };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        ...base,
        ...at(segments),
        message: say('unknownValue'),
        expected: say('oneOf', { values: quoted(allowed) }),
        found,
        ...(suggestion ? { fix: say('didYouMean', { name: suggestion }) } : {}),
      };
    }
    case 'const':
      return { ...base, ...at(segments), message: say('wrongValue'), expected: JSON.stringify(error.params.allowedValue), found };
    case 'type': {
      const expected = String(error.params.type);
      const typeWord = expected in TYPE_WORDS ? say(TYPE_WORDS[expected as keyof typeof TYPE_WORDS]) : expected;
      const described = describe(error.parentSchema);
      return {
        ...base,
        ...at(segments),
        message: say('wrongType'),
        expected: described ? say('typeWithDescription', { type: typeWord, description: described }) : typeWord,
        found,
        ...(expected === 'number' || expected === 'integer' ? { fix: say('numbersWithoutQuotes') } : {}),
      };
    }
    case 'pattern':
    case 'format':
      return { ...base, ...at(segments), message: say('wrongFormat'), expected: describe(error.parentSchema) ?? say('matching', { pattern: String(error.params.pattern) }), found };
    case 'minItems':
      return { ...base, ...at(segments), message: say('listTooShort'), expected: say('atLeastItems', { limit: String(error.params.limit) }), found };
    case 'maxItems':
      return { ...base, ...at(segments), message: say('listTooLong'), expected: say('atMostItems', { limit: String(error.params.limit) }), found };
    case 'maxLength':
      return { ...base, ...at(segments), message: say('textTooLong'), expected: say('atMostChars', { limit: String(error.params.limit) }), found };
    case 'uniqueItems':
      return { ...base, ...at(segments), message: say('listRepeats'), expected: say('eachValueOnce'), found: say('itemsSame', { first: String(error.params.j), second: String(error.params.i) }) };
    case 'minLength':
      return { ...base, ...at(segments), message: say('emptyText'), expected: describe(error.parentSchema) ?? say('someText'), found };
    case 'minimum':
    case 'maximum': {
      const bound = say(error.keyword === 'minimum' ? 'atLeast' : 'atMost', { limit: String(error.params.limit) });
      const described = describe(error.parentSchema);
      return { ...base, ...at(segments), message: say('outOfRange'), expected: described ? `${bound} (${described})` : bound, found };
    }
    default:
      // A keyword the schemas do not use today: said plainly, with ajv's words for the developer.
      return { ...base, ...at(segments), message: say('invalidValue'), expected: error.message ?? error.keyword, found };
  }
}

/** Validates a parsed file against its kind's schema; every problem, with line and column. */
export function validateAgainstSchema(kind: SchemaKind, json: JsonFile): Problem[] {
  const validate = getValidators().get(kind)!;
  if (validate(json.value)) return [];
  const problems: Problem[] = [];
  const say = wordsFor(json.locale);
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const problem = toProblem(json, error, say);
    if (!problem) continue;
    // `allOf` branches can report one mistake twice.
    const key = `${problem.path}|${problem.message}|${problem.found}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
