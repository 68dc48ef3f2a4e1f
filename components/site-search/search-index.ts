/**
 * Static site search over one town: an index of short entries built with the site, matched in
 * the browser. Chinese has no spaces between words, so matching is by substring on normalised
 * text — no word segmentation, hence no segmentation errors: “路灯” finds “东村路灯损坏”.
 */

/** One searchable page. Short keys: the index is downloaded by phones. */
export interface SearchEntry {
  /** Title. */
  t: string;
  /** URL, relative to the search page. */
  u: string;
  /** Kind of page, e.g. 代表, 联络站, 建议, 动态. */
  k: string;
  /** Searchable text besides the title (already plain, already masked). */
  x: string;
}

/** Full-width letters and digits to half-width, lowercase, one space between words. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface SearchHit {
  entry: SearchEntry;
  /** Higher first: title matches outrank body matches. */
  score: number;
}

/** The query's terms: space-separated, each must match (AND). */
export function queryTerms(query: string): string[] {
  return normalizeForSearch(query).split(' ').filter(Boolean);
}

/** Entries prepared once for repeated queries. */
export interface PreparedIndex {
  entries: readonly SearchEntry[];
  titles: readonly string[];
  texts: readonly string[];
}

export function prepareIndex(entries: readonly SearchEntry[]): PreparedIndex {
  return { entries, titles: entries.map((e) => normalizeForSearch(e.t)), texts: entries.map((e) => normalizeForSearch(`${e.k} ${e.x}`)) };
}

export function search(index: PreparedIndex, query: string): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (let i = 0; i < index.entries.length; i++) {
    const title = index.titles[i]!;
    const text = index.texts[i]!;
    let score = 0;
    let all = true;
    for (const term of terms) {
      if (title.includes(term)) score += title === term ? 4 : title.startsWith(term) ? 3 : 2;
      else if (text.includes(term)) score += 1;
      else {
        all = false;
        break;
      }
    }
    if (all) hits.push({ entry: index.entries[i]!, score });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** Splits text into runs to show matches with <mark> — as text, never as HTML. */
export function highlight(text: string, query: string): { text: string; match: boolean }[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [{ text, match: false }];
  // Matching is on the normalised form; NFKC can change lengths, so map back per character.
  const chars = [...text];
  const normalised = chars.map((c) => normalizeForSearch(c) || ' ');
  const marked = new Array<boolean>(chars.length).fill(false);
  const joined = normalised.join('');
  const starts: number[] = [];
  let offset = 0;
  for (const piece of normalised) {
    starts.push(offset);
    offset += piece.length;
  }
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = joined.indexOf(term, from);
      if (at === -1) break;
      for (let i = 0; i < chars.length; i++) if (starts[i]! < at + term.length && starts[i]! + normalised[i]!.length > at) marked[i] = true;
      from = at + term.length;
    }
  }
  const runs: { text: string; match: boolean }[] = [];
  chars.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.match === marked[i]) last.text += c;
    else runs.push({ text: c, match: marked[i]! });
  });
  return runs;
}
