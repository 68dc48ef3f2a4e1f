/**
 * Writing a town folder: JSON files that name their schema (editors then validate and complete
 * them as the webmaster types), Markdown with YAML front matter, and placeholder portraits.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Deputy } from '../../domain/model.js';
import type { Rng } from './random.js';

export function writeText(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
}

/** `key` wraps an array in an object, because a bare JSON array has nowhere to put `$schema`. */
export function writeJson(file: string, schema: string, data: unknown, key?: string): void {
  const body = key ? { $schema: schema, [key]: data } : { $schema: schema, ...(data as object) };
  writeText(file, JSON.stringify(body, null, 2));
}

/** Schema path as seen from a town folder (`content/towns/<slug>/`). */
export const TOWN_SCHEMA = (kind: string): string => `../../../site/schemas/${kind}.schema.json`;

export interface FrontMatter {
  title: string;
  date?: string;
  summary?: string;
  order?: number;
}

/**
 * JSON strings are valid YAML double-quoted scalars, so quoting every value this way is safe
 * for colons, quotes and full-width punctuation alike.
 */
export function markdown(front: FrontMatter, body: string): string {
  const lines = ['---', `title: ${JSON.stringify(front.title)}`];
  if (front.date) lines.push(`date: ${front.date}`);
  if (front.summary) lines.push(`summary: ${JSON.stringify(front.summary)}`);
  if (front.order !== undefined) lines.push(`order: ${front.order}`);
  lines.push('---', '', body.trim(), '');
  return lines.join('\n');
}

/** Remove a generated town folder first, so renamed news files do not linger from a previous run. */
export function resetDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

const BACKGROUNDS = ['#dfe8f1', '#e7eadf', '#f1e6dc', '#e4e0ee', '#dcebe8', '#efe3e6'];
const CLOTHES = ['#2f4a6d', '#3b3b3b', '#5a4636', '#29524a', '#4a3f5e', '#6b2f2f'];

/**
 * A neutral head-and-shoulders silhouette standing in for a portrait. No text, so it needs no
 * fonts and prints the same everywhere; it only has to look like a photo slot.
 */
export function avatarSvg(rng: Rng, deputy: Deputy): string {
  const bg = rng.pick(BACKGROUNDS);
  const cloth = rng.pick(CLOTHES);
  const skin = rng.pick(['#e9c6a8', '#e2b894', '#d9ab86', '#f0cfb4']);
  const hair = rng.pick(['#1f1a17', '#2b2420', '#3a302a', '#55504c']);
  const long = deputy.gender === 'female' && rng.chance(0.7);
  const hairShape = long
    ? '<path d="M58 70c0-26 14-40 42-40s42 14 42 40v44c-8 6-16 8-22 8V78c-10 4-30 4-40 0v44c-6 0-14-2-22-8z"/>'
    : '<path d="M62 72c0-24 14-38 38-38s38 14 38 38c-4-8-14-14-38-14s-34 6-38 14z"/>';
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 240" width="200" height="240" role="img">',
    `<rect width="200" height="240" fill="${bg}"/>`,
    `<path d="M24 240c4-46 34-70 76-70s72 24 76 70z" fill="${cloth}"/>`,
    `<path d="M86 150h28v26c-8 6-20 6-28 0z" fill="${skin}"/>`,
    `<ellipse cx="100" cy="96" rx="36" ry="44" fill="${skin}"/>`,
    `<g fill="${hair}">${hairShape}</g>`,
    '</svg>',
  ].join('');
}

export function writeAvatars(rng: Rng, townDir: string, deputies: Deputy[]): void {
  for (const d of deputies) {
    if (d.photo?.endsWith('.svg')) writeText(join(townDir, d.photo), avatarSvg(rng, d));
  }
}
