/**
 * Station names beside their markers, without overlaps: greedy placement in priority order
 * (the centre station before a village point), each label trying right, left, above and below
 * its marker, kept only where it overlaps no placed label, no marker and stays inside the map.
 * Widths are estimated from the characters, not measured, so this runs on the server too.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  id: string;
  text: string;
  /** The marker's centre on screen. */
  x: number;
  y: number;
  /** Half the marker's size, so the label clears it. */
  radius: number;
  /** Higher first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text starts (SVG `text-anchor: start`) and its baseline. */
  x: number;
  y: number;
  box: Box;
}

/** CJK characters are a full em wide; Latin letters and digits about half. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2e80 || (code >= 0x1100 && code <= 0x11ff)) ems += 1;
    else if (/[A-Z0-9mw]/.test(char)) ems += 0.66;
    else if (char === ' ') ems += 0.3;
    else ems += 0.55;
  }
  return ems * fontSize;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A coarse grid of boxes so each test looks at a few neighbours, not every label. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}
  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x / this.size); cx <= Math.floor((box.x + box.width) / this.size); cx++)
      for (let cy = Math.floor(box.y / this.size); cy <= Math.floor((box.y + box.height) / this.size); cy++) keys.push(`${cx},${cy}`);
    return keys;
  }
  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }
  hits(box: Box, except?: Box): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => other !== except && overlaps(box, other)));
  }
}

export interface PlaceOptions {
  fontSize: number;
  width: number;
  height: number;
  /** Boxes no label may cover (markers, clusters, controls). */
  obstacles?: readonly Box[];
  /** Gap between marker and text. */
  gap?: number;
}

export function placeLabels(candidates: readonly LabelCandidate[], options: PlaceOptions): PlacedLabel[] {
  const { fontSize, width, height } = options;
  const gap = options.gap ?? 4;
  const lineHeight = Math.round(fontSize * 1.25);
  const grid = new BoxGrid(Math.max(64, fontSize * 6));
  const markerBoxes = new Map<string, Box>();
  for (const obstacle of options.obstacles ?? []) grid.add(obstacle);
  for (const candidate of candidates) {
    const r = candidate.radius;
    const box = { x: candidate.x - r, y: candidate.y - r, width: 2 * r, height: 2 * r };
    markerBoxes.set(candidate.id, box);
    grid.add(box);
  }
  const order = candidates.map((candidate, i) => ({ candidate, i })).sort((a, b) => b.candidate.priority - a.candidate.priority || a.i - b.i);
  const placed: PlacedLabel[] = [];
  for (const { candidate } of order) {
    const w = estimateTextWidth(candidate.text, fontSize);
    const r = candidate.radius + gap;
    const positions: Box[] = [
      { x: candidate.x + r, y: candidate.y - lineHeight / 2, width: w, height: lineHeight },
      { x: candidate.x - r - w, y: candidate.y - lineHeight / 2, width: w, height: lineHeight },
      { x: candidate.x - w / 2, y: candidate.y - r - lineHeight, width: w, height: lineHeight },
      { x: candidate.x - w / 2, y: candidate.y + r, width: w, height: lineHeight },
    ];
    const own = markerBoxes.get(candidate.id);
    const box = positions.find((b) => b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height && !grid.hits(b, own));
    if (!box) continue;
    grid.add(box);
    // Baseline about 80 % down the line box: what a CJK font's ascent puts there.
    placed.push({ id: candidate.id, text: candidate.text, x: box.x, y: box.y + lineHeight * 0.8, box });
  }
  return placed;
}
