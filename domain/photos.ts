/**
 * Photos of activities and of projects' progress: which image files a page may show (the rule the
 * loader checks and the build copies by), and what a file's first bytes say it is. Pure.
 */
import type { Activity, Photo, VoteEvent } from './model.js';
import type { IsoDate } from './calendar/dates.js';
import { ballotOutcome } from './votes/ballot-rules.js';

export const IMAGE_TYPES = ['jpeg', 'png', 'gif', 'webp', 'avif', 'svg'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** File name endings for each type, as a webmaster writes them. */
export const IMAGE_EXTENSIONS: Readonly<Record<string, ImageType>> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', gif: 'gif', webp: 'webp', avif: 'avif', svg: 'svg' };

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/**
 * What an image file is, from its first bytes (at least the first 512): JPEG, PNG, GIF, WebP, AVIF
 * or SVG; `undefined` for anything else (a document renamed `.jpg` is not a photo).
 */
export function imageTypeOf(bytes: Uint8Array): ImageType | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 12))) return 'avif';
  const start = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(start)) return 'svg';
  return undefined;
}

/** The type a file's name promises, from its ending. */
export function imageTypeOfName(name: string): ImageType | undefined {
  return IMAGE_EXTENSIONS[/\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''];
}

/**
 * The photos a town's pages show: every published activity's, and the progress photos of chosen
 * projects up to today (an entry dated later is not shown, so its photo is not published either).
 */
export function shownPhotos(town: { activities: readonly Activity[]; votes: readonly VoteEvent[] }, today: IsoDate): Photo[] {
  const fromActivities = town.activities.filter((a) => a.date <= today).flatMap((a) => a.photos ?? []);
  const fromProgress = town.votes.flatMap((vote) => {
    if (vote.kind !== 'project-ballot' || vote.date > today) return [];
    const { chosen } = ballotOutcome(vote);
    return vote.candidates.filter((c) => chosen.has(c.id)).flatMap((c) => (c.progress ?? []).filter((p) => p.date <= today).flatMap((p) => p.photos ?? []));
  });
  return [...fromActivities, ...fromProgress];
}
