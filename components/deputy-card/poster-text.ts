/**
 * Fitting the poster's big words to its width. The poster is sized in `cqi` (hundredths of its
 * own width), so the same numbers print true on A4 and A6; these rules pick sizes so that a long
 * slogan or name steps down instead of spilling off the paper.
 */

const WIDE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** How wide a text prints, in ems: CJK characters are square, Latin letters about 0.6 em. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text.trim()) width += WIDE.test(char) ? 1 : /\s/.test(char) ? 0.3 : 0.6;
  return width;
}

export interface FittedText {
  lines: string[];
  /** Font size in cqi (percent of the poster's width). */
  size: number;
}

const round = (n: number) => Math.floor(n * 10) / 10;

/**
 * The slogan on one line at `maxSize` when it fits in `width`; else on two lines, split at the
 * space that balances them best (“有事码上说 / 代表在身边”), at the size the wider line allows.
 * Below `minSize` it keeps that size and wraps where it must.
 */
export function fitSlogan(slogan: string, width = 84, maxSize = 8.4, minSize = 4.5): FittedText {
  const text = slogan.trim().replace(/\s+/g, ' ');
  if (textWidthEm(text) * maxSize <= width) return { lines: [text], size: maxSize };
  let best: { lines: string[]; widest: number } | undefined;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    const lines = [text.slice(0, i), text.slice(i + 1)];
    const widest = Math.max(...lines.map(textWidthEm));
    if (!best || widest < best.widest) best = { lines, widest };
  }
  if (!best) return { lines: [text], size: minSize };
  const size = Math.min(maxSize, round(width / best.widest));
  return size >= minSize ? { lines: best.lines, size } : { lines: [text], size: minSize };
}

/** The name's size: as large as `maxSize`, smaller as the name grows, never below `minSize` (then it wraps). */
export function fitName(name: string, width = 66, maxSize = 11, minSize = 4.6): number {
  const em = textWidthEm(name);
  return em === 0 ? maxSize : Math.max(minSize, Math.min(maxSize, round(width / em)));
}
