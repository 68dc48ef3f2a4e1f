/**
 * The generated avatar for a deputy without a photo: the given name's characters on a colour
 * picked from the deputy's number, so a list of deputies does not look like one repeated icon.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * What the avatar shows. Chinese names: the last two characters, as colleagues say them and as
 * work apps show them (楼雯颖 → 雯颖, 欧阳秀英 → 秀英, 王芳 → 王芳); a transliterated name with
 * “·” (阿依古丽·买买提明): the first two characters of the given name. Latin names: the first and
 * last words' initials (Zhang San → ZS).
 */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '';
  if (CJK.test(trimmed)) {
    const parts = trimmed.split(/[·•・.\s]+/).filter(Boolean);
    if (parts.length > 1) return [...parts[0]!].slice(0, 2).join('');
    const chars = [...parts[0] ?? trimmed];
    return chars.length <= 2 ? chars.join('') : chars.slice(-2).join('');
  }
  const words = trimmed.split(/[\s\-·.]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return [...trimmed].slice(0, 2).join('').toUpperCase();
  if (words.length === 1) {
    const [first = '', second = ''] = [...words[0]!];
    return (first.toUpperCase() + second.toLowerCase()).trim();
  }
  return ([...words[0]!][0]! + [...words[words.length - 1]!][0]!).toUpperCase();
}

/**
 * Avatar backgrounds. Each carries white text at ≥ 4.5:1 (tested), in every theme: the avatar
 * keeps its colours the way a photo does.
 */
export const AVATAR_COLOURS = ['#8c2f39', '#1d5a8a', '#2b6a3a', '#7a4b00', '#5b3f8c', '#00677a', '#8a3d1e', '#4a5560'] as const;

/** A stable colour for a seed (the deputy's number, else the name). */
export function avatarColour(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length]!;
}
