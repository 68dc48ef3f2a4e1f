/**
 * Full-text search over suggestions, built for Chinese: plain substring matching on normalised
 * text, so “停车” finds “小区停车难” and “加装电梯” finds “老旧小区加装电梯” without any word
 * segmentation (a segmenter would split “南京市长江大桥” wrongly and miss what a person typed).
 * Several words separated by spaces must all match. A query of Latin letters also matches the
 * pinyin initials of the title: “tc” finds “停车”.
 */
import type { PublicSuggestion } from '../../domain/model.js';

/**
 * Full-width ASCII (ＡＢＣ１２３, typed by Chinese input methods) to half-width, the ideographic
 * space to a space, lower case. Chinese text is unchanged.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, ' ')
    .toLowerCase();
}

/** The words of a query: split on spaces and on the separators people put between keywords. */
export function searchTerms(query: string): string[] {
  return normalizeText(query)
    .split(/[ ,，、;；]+/)
    .filter((term) => term !== '');
}

/** What one suggestion is searched by: its number, title, body and reply. */
export function haystackOf(suggestion: Pick<PublicSuggestion, 'id' | 'title' | 'body' | 'reply'>): string {
  // A newline between fields: a query cannot match across two of them.
  return normalizeText(`${suggestion.id}\n${suggestion.title}\n${suggestion.body}\n${suggestion.reply ?? ''}`);
}

// ------------------------------------------------------------------------------------------------
// Pinyin initials without a dictionary: the zh collation of ICU (in every browser and in Node)
// orders Han characters by pinyin, so the first character of each initial letter is a boundary
// and a character's initial is the last boundary not after it. The boundaries are the first
// characters of each letter in ICU's pinyin order (checked in Chromium against the characters
// next to each). Polyphones get ICU's first reading (重 → zhong); good enough for a hint.

const BOUNDARIES: readonly (readonly [string, string])[] = [
  ['a', '吖'], ['b', '丷'], ['c', '嚓'], ['d', '咑'], ['e', '妸'], ['f', '发'], ['g', '旮'], ['h', '哈'],
  ['j', '丌'], ['k', '咔'], ['l', '垃'], ['m', '呣'], ['n', '拏'], ['o', '喔'], ['p', '妑'], ['q', '七'],
  ['r', '呥'], ['s', '仨'], ['t', '他'], ['w', '屲'], ['x', '夕'], ['y', '丫'], ['z', '帀'],
];

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[a-z0-9]/;

export interface PinyinInitials {
  /** `停车难` → `tcn`; Latin letters and digits are kept, everything else dropped. */
  (text: string): string;
}

/**
 * A pinyin-initials function, or `undefined` where the runtime has no Chinese collation (a
 * small-ICU build): then no initials at all rather than wrong ones.
 */
export function createPinyinInitials(): PinyinInitials | undefined {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator('zh-Hans-CN', { sensitivity: 'base' });
  } catch {
    return undefined;
  }
  if (!collator.resolvedOptions().locale.startsWith('zh')) return undefined;
  const cache = new Map<string, string>();
  const initialOf = (char: string): string => {
    let initial = cache.get(char);
    if (initial !== undefined) return initial;
    initial = '';
    let low = 0;
    let high = BOUNDARIES.length - 1;
    // Last boundary ≤ char; characters before 吖 have no pinyin reading in the collation.
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (collator.compare(BOUNDARIES[mid]![1], char) <= 0) {
        initial = BOUNDARIES[mid]![0];
        low = mid + 1;
      } else high = mid - 1;
    }
    cache.set(char, initial);
    return initial;
  };
  const initials: PinyinInitials = (text) => {
    let out = '';
    for (const char of normalizeText(text)) {
      if (LATIN_OR_DIGIT.test(char)) out += char;
      else if (HAN.test(char)) out += initialOf(char);
    }
    return out;
  };
  // A collation that only claims to be Chinese sorts by code point: then 拼音 is not “py”.
  return initials('拼音停车') === 'pytc' ? initials : undefined;
}

const LETTERS = /^[a-z]{2,}$/;

/**
 * Whether every suggestion matching `next` also matches `previous`, so a search may narrow the
 * previous result: true when `next` contains `previous`, unless `next` is the first to be long
 * enough for pinyin initials (“t” → “tc” can newly match 停车).
 */
export function termNarrows(previous: string, next: string): boolean {
  return next.includes(previous) && (LETTERS.test(previous) || !LETTERS.test(next));
}

/**
 * The search index of a list of suggestions: one normalised haystack each, and the title's
 * pinyin initials where the runtime can compute them.
 */
export class SearchIndex {
  readonly haystacks: string[];
  private titleInitials?: string[];

  private pinyin?: PinyinInitials;

  /**
   * Haystacks now; pinyin initials on the first query that could use them, by the function
   * `makePinyin` returns then: its collator sets up the browser's locale data (about 100 ms on a
   * slow phone), which a search in Chinese characters never needs.
   */
  constructor(
    private readonly suggestions: readonly PublicSuggestion[],
    private makePinyin?: () => PinyinInitials | undefined,
  ) {
    this.haystacks = suggestions.map(haystackOf);
  }

  get initials(): string[] | undefined {
    if (this.makePinyin) {
      this.pinyin = this.makePinyin();
      this.makePinyin = undefined;
    }
    const pinyin = this.pinyin;
    if (!pinyin) return undefined;
    this.titleInitials ??= this.suggestions.map((s) => pinyin(s.title));
    return this.titleInitials;
  }

  /** Whether suggestion `i` matches every term. */
  matches(i: number, terms: readonly string[]): boolean {
    const haystack = this.haystacks[i]!;
    for (const term of terms) {
      if (haystack.includes(term)) continue;
      if (LETTERS.test(term) && this.initials?.[i]!.includes(term)) continue;
      return false;
    }
    return true;
  }
}
