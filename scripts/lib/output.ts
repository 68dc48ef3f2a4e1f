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

/**
 * A plain scene standing in for a photo of an activity or a building site: sky, ground, a
 * building, a few people. No text, like the avatars; the content's `alt` says what it shows.
 */
export function sceneSvg(rng: Rng, site: boolean): string {
  const sky = rng.pick(['#dfe8f1', '#e6eef3', '#eef0e6']);
  const ground = site ? '#c9b48f' : rng.pick(['#cfd8c4', '#d8d2c4']);
  const wall = rng.pick(['#f3efe7', '#e9e2d6', '#dfe3e8']);
  const x = rng.int(20, 120);
  const people = Array.from({ length: rng.int(3, 6) }, (_, i) => {
    const px = 40 + i * 40 + rng.int(0, 14);
    const cloth = rng.pick(CLOTHES);
    return `<circle cx="${px}" cy="150" r="9" fill="#e2b894"/><path d="M${px - 13} 196c0-22 6-34 13-34s13 12 13 34z" fill="${cloth}"/>`;
  }).join('');
  const building = site
    ? `<path d="M${x} 150V70h150v80" fill="none" stroke="#8a7a5c" stroke-width="5"/><path d="M${x} 95h150M${x} 120h150M${x + 50} 70v80M${x + 100} 70v80" stroke="#a3946f" stroke-width="3"/><rect x="${x + 170}" y="40" width="6" height="110" fill="#d1a22b"/><path d="M${x + 120} 40h90" stroke="#d1a22b" stroke-width="6"/>`
    : `<rect x="${x}" y="70" width="170" height="80" fill="${wall}"/><path d="M${x - 10} 72l95-36 95 36z" fill="#9b3b32"/><rect x="${x + 70}" y="105" width="30" height="45" fill="#6b5a48"/>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200" role="img">',
    `<rect width="320" height="200" fill="${sky}"/>`,
    `<rect y="150" width="320" height="50" fill="${ground}"/>`,
    building,
    people,
    '</svg>',
  ].join('');
}
