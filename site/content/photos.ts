/**
 * The checks of photos on activities (`activities.json`) and on projects' progress entries
 * (`votes.json`): each a file inside the town's folder (no web address, no way out of it), and an
 * image by its first bytes (JPEG, PNG, GIF, WebP, AVIF or SVG) whose name ends as its type does.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { imageTypeOf, imageTypeOfName } from '../../domain/photos.js';
import type { Photo } from '../../domain/model.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import { contentPathProblem } from './files.js';
import { problemAt, sayFor } from './rules.js';

type Path = (string | number)[];

const ENDINGS = { jpeg: 'jpg', png: 'png', gif: 'gif', webp: 'webp', avif: 'avif', svg: 'svg' } as const;

function firstBytes(path: string): Uint8Array {
  const buffer = new Uint8Array(512);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

function checkPhoto(json: JsonFile, townDir: string, path: Path, photo: Partial<Photo> | undefined): Problem[] {
  const say = sayFor(json);
  const at = [...path, 'src'];
  if (typeof photo?.src !== 'string' || !photo.src) return [];
  if (/^(https?:)?\/\//i.test(photo.src)) return [problemAt(json, at, { message: say('photoWebAddress'), expected: say('pathExpected'), found: JSON.stringify(photo.src), fix: say('photoWebAddressFix') })];
  const wrong = contentPathProblem(townDir, photo.src, say);
  if (wrong) return [problemAt(json, at, { ...wrong, message: say('photo', { message: wrong.message }) })];
  const type = imageTypeOf(firstBytes(join(townDir, ...photo.src.split('/'))));
  if (!type) return [problemAt(json, at, { message: say('photoNotImage', { src: photo.src }), expected: say('photoNotImageExpected'), found: JSON.stringify(photo.src) })];
  const named = imageTypeOfName(photo.src);
  if (named !== type) return [problemAt(json, at, { message: say('photoWrongEnding', { src: photo.src, type: ENDINGS[type] }), found: JSON.stringify(photo.src), fix: say('photoWrongEndingFix', { ending: ENDINGS[type] }) })];
  return [];
}

const each = (json: JsonFile, townDir: string, path: Path, photos: unknown): Problem[] =>
  Array.isArray(photos) ? photos.flatMap((photo, m) => checkPhoto(json, townDir, [...path, 'photos', m], photo && typeof photo === 'object' ? (photo as Partial<Photo>) : undefined)) : [];

const list = (value: unknown, key: string): Record<string, unknown>[] => {
  const items = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(items) ? items.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>) : {})) : [];
};

/** Read from the parsed file, valid or not, so photo problems come in the same run as the schema's. */
export function checkActivityPhotos(json: JsonFile, townDir: string): Problem[] {
  return list(json.value, 'activities').flatMap((activity, i) => each(json, townDir, ['activities', i], activity['photos']));
}

export function checkProgressPhotos(json: JsonFile, townDir: string): Problem[] {
  return list(json.value, 'votes').flatMap((vote, i) =>
    vote['kind'] === 'project-ballot'
      ? list(vote, 'candidates').flatMap((candidate, j) => list(candidate, 'progress').flatMap((entry, k) => each(json, townDir, ['votes', i, 'candidates', j, 'progress', k], entry['photos'])))
      : [],
  );
}
