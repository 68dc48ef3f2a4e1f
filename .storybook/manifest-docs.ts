import type { InputType, StrictArgTypes } from 'storybook/internal/types';

/**
 * The docs table and the controls from custom-elements.json, the components' public API.
 *
 * Storybook's own reader keys every row by its bare name, so a CSS part or a slot called like an
 * attribute (`name`, `number` on the deputy card) replaced the attribute's row and took its control
 * away, and a property and its attribute (`headingLevel`, `heading-level`) showed twice. Here:
 * - an attribute's row is keyed by its property name (what stories' args use) and titled with the
 *   attribute's name; a property without an attribute has a row of its own;
 * - events, slots, CSS parts and CSS custom properties are keyed `event:…`, `slot:…`, `part:…`,
 *   `--…`, and never have a control: they are documentation, not inputs.
 */

interface ManifestType {
  text?: string;
}
interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  type?: ManifestType;
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  name?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

let manifest: Manifest | undefined;

export function useManifest(value: unknown): void {
  manifest = value as Manifest;
}

export function declarationOf(tagName: unknown): Declaration | undefined {
  if (typeof tagName !== 'string') return undefined;
  for (const mod of manifest?.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName === tagName) return d;
  return undefined;
}

/** The class's JSDoc: the `@summary`, then any longer description. */
export function componentDescription(tagName: unknown): string {
  const d = declarationOf(tagName);
  return [d?.summary, d?.description].filter(Boolean).join('\n\n');
}

/** A control a designer can use for the declared type; objects as JSON. */
function controlFor(item: ManifestItem): InputType['control'] {
  const type = (item.type?.text ?? '').replace(/\s*\|\s*undefined$/, '').trim();
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'number') return { type: 'number' };
  const literals = type.split('|').map((part) => part.trim());
  if (literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part))) return { type: 'inline-radio' };
  if (type === 'string' || type === '' || /^'.*'$/.test(item.default ?? '')) return { type: 'text' };
  return { type: 'object' };
}

function literalOptions(item: ManifestItem): string[] | undefined {
  const literals = (item.type?.text ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  return literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part)) ? literals.map((part) => part.slice(1, -1)) : undefined;
}

function row(key: string, item: ManifestItem, category: string, control: InputType['control']): [string, InputType] {
  const options = control && typeof control === 'object' && control.type === 'inline-radio' ? literalOptions(item) : undefined;
  return [
    key,
    {
      name: category === 'attributes' ? item.name : category === 'slots' && !item.name ? '(default)' : item.name,
      description: item.description ?? item.summary ?? '',
      control,
      ...(options ? { options } : {}),
      table: {
        category,
        ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
        ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
      },
    },
  ];
}

export function manifestArgTypes(tagName: unknown): StrictArgTypes | null {
  const d = declarationOf(tagName);
  if (!d) return null;
  const rows: [string, InputType][] = [];
  const withAttribute = new Set<string>();
  for (const attribute of d.attributes ?? []) {
    const key = attribute.fieldName ?? attribute.name;
    withAttribute.add(key);
    rows.push(row(key, attribute, 'attributes', controlFor(attribute)));
  }
  for (const member of d.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy || withAttribute.has(member.name)) continue;
    rows.push(row(member.name, member, 'properties', member.readonly ? false : controlFor(member)));
  }
  for (const event of d.events ?? []) rows.push(row(`event:${event.name}`, event, 'events', false));
  for (const slot of d.slots ?? []) rows.push(row(`slot:${slot.name}`, slot, 'slots', false));
  for (const part of d.cssParts ?? []) rows.push(row(`part:${part.name}`, part, 'css shadow parts', false));
  for (const property of d.cssProperties ?? []) rows.push(row(property.name, property, 'css custom properties', false));
  return Object.fromEntries(rows) as StrictArgTypes;
}

const API_CATEGORIES = new Set(['attributes', 'properties']);

/**
 * A control only where it changes what the story shows: an API row whose arg the story's render
 * does not pass on keeps its row in the table but loses its control. Story-only args (a column
 * width, the mock API's behaviour) are filed under “story”, apart from the element's API.
 */
export function controlsForRenderedArgs({ argTypes, initialArgs }: { argTypes: StrictArgTypes; initialArgs?: Record<string, unknown> }): StrictArgTypes {
  const result: StrictArgTypes = {};
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (category && API_CATEGORIES.has(category) && !(initialArgs && key in initialArgs)) result[key] = { ...argType, control: false };
    else if (!category && !('action' in argType)) result[key] = { ...argType, table: { ...argType.table, category: 'story (not part of the element)' } };
    else result[key] = argType;
  }
  return result;
}
