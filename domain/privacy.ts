/**
 * Privacy masking applied once, at the loader, before anything is rendered (PIPL art. 25:
 * personal information is not made public without separate consent).
 *
 * Everything here is pure and synchronous so the loader, the build and the tests share one
 * behaviour. The rule of thumb when in doubt: mask. A wrongly hidden number costs a reader a
 * little context; a wrongly published one cannot be taken back.
 *
 * Public office phones and e-mails live in structured fields (`Contact`, `Station.phone`), which
 * are not scrubbed. Every number that looks like a phone inside resident-written free text is
 * masked, whoever it belongs to.
 */

import type { HistoryEntry, PublicSuggestion, Suggestion } from './model.js';

export type Gender = 'male' | 'female';

/** Shown for a submitter without a usable name. */
export const ANONYMOUS = '某';

export const LABELS = {
  mobile: '[手机号已隐藏]',
  landline: '[电话已隐藏]',
  idNumber: '[身份证号已隐藏]',
  email: '[邮箱已隐藏]',
  bankCard: '[银行卡号已隐藏]',
  qq: '[QQ号已隐藏]',
  wechat: '[微信号已隐藏]',
  plate: '[车牌号已隐藏]',
  room: '[门牌号已隐藏]',
} as const;

export type PiiKind = keyof typeof LABELS;

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Two-character surnames. A three-or-four-character name starting with one of these keeps both
 * characters. Two-character names never do: "单于" is far more often 单 + 于 than the old surname,
 * and showing one character too few is the safe side.
 */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '诸葛', '上官', '皇甫', '令狐', '东方', '尉迟', '公孙', '慕容', '长孙', '宇文',
  '司徒', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '百里', '呼延', '万俟', '澹台', '公冶',
  '太史', '申屠', '闻人', '赫连', '司空', '钟离', '宗政', '濮阳', '淳于', '单于', '仲孙', '第五',
  '公羊', '太叔', '鲜于', '闾丘', '司寇', '亓官', '巫马', '公西', '颛孙', '壤驷', '公良', '漆雕',
  '乐正', '宰父', '谷梁', '拓跋', '夹谷', '段干', '东郭', '南门', '羊舌', '微生', '梁丘', '左丘',
  '东门', '即墨', '达奚', '褚师', '呼衍', '贺兰', '欧侯',
]);

/** Words people type in the name box instead of a name. */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  '匿名', '匿名用户', '匿名群众', '群众', '热心群众', '村民', '居民', '市民', '网友', '业主', '住户',
  '租户', '商户', '家长', '游客', '佚名', '无名氏', '某', '某某', '某人', '不详', '未知', '无', '暂无',
  '保密', '不公开', '不愿透露', '本人', 'anonymous', 'anon', 'unknown', 'none', 'null', 'n/a', 'na',
  '-', '--', '—', '/', '?', '？',
]);

/** A descriptor ending such as "张家村村民" or "3幢业主" is a description, not a name. */
const DESCRIPTOR_SUFFIX = /(?:村民|居民|群众|网友|市民|业主|住户|租户|商户|家长|职工|员工|老人|师生|代表们)$/u;

const HAN_ONLY = /^\p{Script=Han}+$/u;
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}.,'’ -]*$/u;
/** 先生/女士/某 after a surname: already masked by whoever typed it. */
const MASKED_TAIL = /^(.{0,2}?)(先生|女士|某某|某)$/u;
const LATIN_HONORIFIC = /^(mr|mrs|ms|miss|dr|prof)\.?\s+/i;

function suffixFor(gender: Gender | undefined): string {
  return gender === 'male' ? '先生' : gender === 'female' ? '女士' : '某';
}

function anonymous(gender: Gender | undefined): string {
  // Gender alone identifies no one, and 某女士 reads better than a bare 某.
  return gender ? ANONYMOUS + suffixFor(gender) : ANONYMOUS;
}

/** Strips remarks in brackets ("张三（退休教师）") and surrounding or inner blanks. */
function cleanName(name: string): string {
  return name
    .replace(/[（(【\[［][^）)】\]］]*[）)】\]］]/gu, '')
    .replace(/[\s\u3000]+/gu, ' ')
    .trim();
}

function isSurnamePrefix(prefix: string): boolean {
  return prefix === ANONYMOUS || (prefix.length === 1 && HAN_ONLY.test(prefix)) || COMPOUND_SURNAMES.has(prefix);
}

function hanSurname(name: string): string {
  if (name.length >= 3 && COMPOUND_SURNAMES.has(name.slice(0, 2))) return name.slice(0, 2);
  return name.slice(0, 1);
}

function latinFamilyName(name: string): { family: string; gender?: Gender } {
  let rest = name;
  let gender: Gender | undefined;
  const honorific = LATIN_HONORIFIC.exec(rest);
  if (honorific) {
    const word = honorific[1]!.toLowerCase();
    if (word === 'mr') gender = 'male';
    else if (word === 'mrs' || word === 'ms' || word === 'miss') gender = 'female';
    rest = rest.slice(honorific[0].length);
    // "Mr. John Smith": the honorific goes with the family name, which comes last.
    const tokens = rest.split(/[\s,]+/u).filter(Boolean);
    return { family: tokens[tokens.length - 1] ?? '', ...(gender ? { gender } : {}) };
  }
  if (rest.includes(',')) return { family: rest.split(',')[0]!.trim() };
  const tokens = rest.split(/\s+/u).filter(Boolean);
  // Forms often write the family name in capitals ("Ming LI").
  const upper = tokens.filter((t) => t.length >= 2 && t === t.toUpperCase() && t !== t.toLowerCase());
  if (tokens.length > 1 && upper.length === 1) return { family: upper[0]! };
  // Otherwise Chinese order, which is what pinyin names on these sites use: family name first.
  return { family: tokens[0] ?? '' };
}

interface NameResult {
  masked: string;
  /** The name as it may appear in free text, when it is a real name that was hidden. */
  fullName?: string;
}

function maskNameDetailed(name: string | undefined, gender?: Gender): NameResult {
  const none = { masked: anonymous(gender) };
  if (name === undefined) return none;
  const cleaned = cleanName(name);
  if (cleaned === '' || NOT_A_NAME.has(cleaned.toLowerCase())) return none;
  if (/匿名|保密|不愿/u.test(cleaned) || DESCRIPTOR_SUFFIX.test(cleaned)) return none;

  const compact = cleaned.replace(/ /gu, '');
  if (HAN_ONLY.test(compact)) {
    const masked = MASKED_TAIL.exec(compact);
    // Only a bare surname may precede 先生/女士/某: "张三先生" still carries the given name.
    if (masked && (masked[1] === '' || isSurnamePrefix(masked[1]!))) return { masked: compact };
    // Longer than any Han name: a description or an organization, not a person to address.
    if (compact.length > 4) return none;
    const fullName = compact.length >= 2 ? compact : undefined;
    const result = (m: string): NameResult => (fullName ? { masked: m, fullName } : { masked: m });
    // 老张 / 小王: the surname is the second character. 阿强: there is no surname at all.
    if (compact.length === 2 && /^[老小]/u.test(compact)) return result(compact.slice(1) + suffixFor(gender));
    if (compact.length === 2 && compact.startsWith('阿')) return result(anonymous(gender));
    return result(hanSurname(compact) + suffixFor(gender));
  }

  // Transliterated minority names ("阿不都·热合曼") have no surname to keep.
  if (/^[\p{Script=Han}·•・.]+$/u.test(compact)) return { masked: anonymous(gender), fullName: compact };

  if (LATIN_NAME.test(cleaned)) {
    const { family, gender: implied } = latinFamilyName(cleaned);
    if (family === '' || NOT_A_NAME.has(family.toLowerCase())) return { masked: anonymous(gender ?? implied) };
    const masked = `${family} ${suffixFor(gender ?? implied)}`;
    return cleaned.includes(' ') ? { masked, fullName: cleaned } : { masked };
  }

  // Digits, e-mail addresses, mixed scripts: a phone number or handle typed into the name box.
  return none;
}

/**
 * The submitter as published: surname + 先生/女士 when the gender is known, surname + 某 when
 * not, 某 when there is no usable name (某先生/某女士 if the gender is known). Names already
 * masked (张先生, 李某) are kept as typed.
 */
export function maskName(name: string | undefined, gender?: Gender): string {
  return maskNameDetailed(name, gender).masked;
}

// ---------------------------------------------------------------------------------------------
// Free text

/**
 * Maps the full-width ASCII block (１３８, ＠, （, －, ＋) and the ideographic space to ASCII, one
 * UTF-16 unit for one, so offsets found in the normalized copy are valid in the original. Runs of
 * seven or more Chinese numerals (一三八 一二三四 …, 幺 for 1, 〇/零 for 0) become digits too: that
 * is how a number is written to slip past a filter, while 一二 in a sentence stays a word.
 */
function normalizeForMatching(text: string): string {
  const ascii = text.replace(/[\uFF01-\uFF5E\u3000]/gu, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  return ascii.replace(CHINESE_NUMERAL_RUN, (run) => run.replace(/[〇零○一幺二三四五六七八九]/gu, (c) => CHINESE_DIGITS[c] ?? c));
}

const CHINESE_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', '○': '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const CHINESE_NUMERAL_RUN = /[〇零○一幺二三四五六七八九](?:[ \t\-.·]{0,2}[〇零○一幺二三四五六七八九]){6,}/gu;

export interface PiiSpan {
  start: number;
  end: number;
  kind: PiiKind;
}

// Blanks are bounded ({0,3}) wherever a pattern may be tried at every position: an unbounded
// run inside a lookbehind makes a long run of spaces cost quadratic time.
// A number must not be a piece of a longer number: no digit (or digit + decimal point) touching it.
const L = String.raw`(?<!\d)(?<!\d\.)`;
const R = String.raw`(?!\d)(?!\.\d)`;
/** Separators people put inside numbers: spaces and dashes (full-width ones already normalized). */
const SEP = String.raw`[ \t\u00A0\u2010-\u2015\u2212-]?`;
/**
 * A separator inside a phone number as people type them to be read (or to slip past a filter):
 * one to three blanks, or a dot, dash, slash, middle dot, underscore or tilde with blanks around.
 */
const PS = String.raw`(?:[ \t\u00A0]{1,3}|[ \t\u00A0]{0,2}[./·_~\u2010-\u2015\u2212-][ \t\u00A0]{0,2})`;
const CC = String.raw`(?:\(?(?:\+|00) ?86\)?[ \t./-]{0,3})`;
/** Mobiles are also written 86-138… or 86138… without the plus. */
const MOBILE_CC = String.raw`(?:${CC}|86[ -]?)`;

/**
 * The local part starts where a run of its characters starts and is taken whole (a lookahead
 * and a back-reference make it atomic): a long run of letters or digits without "@" then costs
 * one pass, not one pass per character.
 */
const LOCAL_PART = String.raw`(?<![A-Za-z0-9._%+-])[._%+-]*(?=([A-Za-z0-9][A-Za-z0-9._%+-]*))\1`;
const EMAIL = new RegExp(String.raw`${LOCAL_PART}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}`, 'gu');

/** "zhang at 163 dot com", "zhang[at]163.com", "zhang(at)qq(dot)com", "zhang艾特qq点com". */
const AT = String.raw`(?:[ \t]{0,3}(?:\[at\]|\(at\)|\{at\}|（at）|【at】|<at>|艾特|圈a|#)[ \t]{0,3}|[ \t]+at[ \t]+)`;
const DOT = String.raw`(?:[ \t]{0,3}(?:\[dot\]|\(dot\)|\{dot\}|（dot）|【dot】|<dot>|点)[ \t]{0,3}|[ \t]+dot[ \t]+|\.)`;
const SPELLED_EMAIL = new RegExp(
  String.raw`${LOCAL_PART}${AT}[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*?${DOT}(?:com|cn|net|org|edu|gov|info|top|vip|cc|me|io|hk|tw)(?![A-Za-z0-9])`,
  'giu',
);

/** 18 characters, optionally 6-8-4 grouped; whether it is an ID is decided in `isIdNumber`. */
const ID18 = new RegExp(String.raw`${L}[1-9]\d{5}${SEP}\d{8}${SEP}\d{3}[\dXx](?![\dXx])${R}`, 'gu');
const ID15 = new RegExp(String.raw`${L}[1-9]\d{14}${R}`, 'gu');

/** 16 or more digits, contiguous or in groups of four. */
const CARD = new RegExp(String.raw`${L}(?:\d{16,}|\d{4}(?:${SEP}\d{4}){3}(?:${SEP}\d{1,4})?)${R}`, 'gu');

/**
 * 1[3-9]x and eight more digits, grouped as people write them: 3-4-4, 3-8, 3-3-5, 4-3-4, 7-4, or
 * one digit at a time; +86 / 0086 / (+86) in front optional. 4-4-3 is left out on purpose: it is
 * also how a list of amounts reads ("1500 1200 800万元").
 */
const MOBILE_BODY = [
  String.raw`1[3-9]\d${PS}?\d{4}${PS}?\d{4}`,
  String.raw`1[3-9]\d${PS}\d{3}${PS}\d{5}`,
  String.raw`1[3-9]\d{2}${PS}\d{3}${PS}\d{4}`,
  String.raw`1[3-9]\d{5}${PS}\d{4}`,
  String.raw`1${PS}[3-9](?:${PS}\d){9}`,
].join('|');
const MOBILE = new RegExp(String.raw`${L}${MOBILE_CC}?(?:${MOBILE_BODY})${R}`, 'gu');

/** An extension (-801, 转801) goes with the number, so no stray digits are left behind. */
const EXT = String.raw`(?:(?:-|转|ext\.? ?)\d{1,5})?`;

/** Area code 0xx / 0xxx (or without the 0 after +86), then a 7-8 digit local number. */
const LANDLINE = new RegExp(
  String.raw`${L}(?:${CC}\(?0?[1-9]\d{1,2}\)?|\(0[1-9]\d{1,2}\)|0[1-9]\d{1,2})${PS}?[1-9]\d{2,3}${PS}?\d{4}${EXT}${R}`,
  'gu',
);

/** A bare 7-8 digit local number only counts after a word that says it is a phone. */
const LOCAL_LANDLINE = new RegExp(
  String.raw`(?<=(?:电话|座机|固话|手机|联系方式|联系|号码|拨打|致电|打|tel|phone)(?:号码|号)?(?:是|为)?[:：\s]{0,4})[1-9]\d{2,3}${PS}?\d{4}${R}`,
  'giu',
);

/** A QQ number or group after its keyword. */
const QQ = /(?<=(?<![A-Za-z])(?:qq|扣扣|企鹅号)[ \t]{0,3}(?:群)?(?:号码|号)?[ \t]{0,3}(?:是|为)?[:：]?[ \t]{0,3})[1-9]\d{4,11}(?!\d)/giu;

/** A WeChat id after its keyword: 6-20 letters, digits, "_" or "-", starting with a letter or digit. */
const WECHAT =
  /(?<=(?<![A-Za-z])(?:微信|威信|薇信|v信|vx|wx|weixin|wechat)[ \t]{0,3}(?:号码|号|id)?[ \t]{0,3}(?:是|为)?[:：]?[ \t]{0,3})[A-Za-z0-9][A-Za-z0-9_-]{5,19}(?![A-Za-z0-9_-])/giu;

/**
 * A licence plate: the province's character, the city letter, then five (six for new-energy
 * cars) letters and digits with at least two digits, optionally with a middle dot or 挂/学/警.
 */
const PLATE =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][ ·•・]?(?=(?:[A-Za-z]*\d){2})[A-Za-z0-9]{4,6}[挂学警港澳]?(?![A-Za-z0-9])/gu;

/**
 * The private part of an address: the unit and room (2单元401室, 302室, 3-2-401), a 门牌 number.
 * The building (3幢, 5号楼) and the street stay: they are what a suggestion is about.
 */
const ROOM = new RegExp(
  [
    String.raw`(?<!\d)\d{1,3}[ \t]{0,3}单元(?:[ \t]{0,3}\d{1,3}[ \t]{0,3}(?:层|楼))?(?:[ \t]{0,3}\d{2,5}[ \t]{0,3}(?:室|号房|房|号)?)?`,
    String.raw`(?<!\d)\d{2,5}[ \t]{0,3}(?:室|号房)`,
    String.raw`房间号?[ \t]{0,3}(?:是|为)?[:：]?[ \t]{0,3}\d{2,5}`,
    String.raw`门牌(?:号码|号)?[ \t]{0,3}(?:是|为)?[:：]?[ \t]{0,3}[A-Za-z]?\d[\dA-Za-z-]{0,9}号?`,
    String.raw`(?<![\d-])\d{1,3}-\d{1,2}-\d{3,4}(?![\d-])`,
  ].join('|'),
  'gu',
);

function digitsOf(s: string): string {
  return s.replace(/[^\dXx]/gu, '');
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * An 18-character number is an ID when it ends in X (nothing else does) or carries a real birth
 * date from 1900 on. The check digit is not required: a mistyped ID is still someone's ID.
 */
function isIdNumber(match: string): boolean {
  const id = digitsOf(match);
  if (/[Xx]$/u.test(id)) return true;
  const y = Number(id.slice(6, 10));
  return y >= 1900 && y <= 2099 && validDate(y, Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** Old 15-digit IDs: area code, YYMMDD, sequence. The date keeps other 15-digit numbers out. */
function isOldIdNumber(match: string): boolean {
  return validDate(1900 + Number(match.slice(6, 8)), Number(match.slice(8, 10)), Number(match.slice(10, 12)));
}

/** "2021 2022 2023 2024" is a list of years, not a card in groups of four. */
function isYearList(match: string): boolean {
  const groups = match.split(/[^\d]+/u).filter(Boolean);
  return groups.length > 1 && groups.every((g) => /^(?:19|20)\d\d$/u.test(g));
}

function collect(spans: PiiSpan[], re: RegExp, text: string, kind: PiiKind, accept?: (m: string) => boolean): void {
  for (const m of text.matchAll(re)) {
    if (accept && !accept(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Earlier, more specific kinds win: a card number is not also three phone numbers.
    if (spans.some((s) => start < s.end && s.start < end)) continue;
    spans.push({ start, end, kind });
  }
}

/** Every kind `findPii` knows, in the order they are looked for (the order is the priority). */
export const PII_KINDS: readonly PiiKind[] = ['email', 'idNumber', 'bankCard', 'mobile', 'landline', 'qq', 'wechat', 'plate', 'room'];

/**
 * What `scrubText` masks by default: every kind but `room`. A room number is personal only in a
 * resident's own words; in other text "401室" is usually an office.
 */
export const CONTACT_KINDS: readonly PiiKind[] = PII_KINDS.filter((kind) => kind !== 'room');

/** What staff-written text (deputies, stations, news, pages, votes) has masked everywhere. */
export const STAFF_MASKED_KINDS: readonly PiiKind[] = ['idNumber', 'bankCard'];

/**
 * Where the personal data in `text` is, and of which kind. Offsets index the original text.
 * `kinds` narrows the search; the default is `CONTACT_KINDS`.
 */
export function findPii(text: string, kinds: readonly PiiKind[] = CONTACT_KINDS): PiiSpan[] {
  const n = normalizeForMatching(text);
  const spans: PiiSpan[] = [];
  const want = new Set(kinds);
  // Order is priority: an e-mail's local part is often a phone number, an ID is 18 digits long.
  if (want.has('email')) {
    collect(spans, EMAIL, n, 'email');
    collect(spans, SPELLED_EMAIL, n, 'email');
  }
  // IDs and cards are looked for even when not wanted, so a card is never read as a phone.
  collect(spans, ID18, n, 'idNumber', isIdNumber);
  collect(spans, ID15, n, 'idNumber', isOldIdNumber);
  collect(spans, CARD, n, 'bankCard', (m) => !isYearList(m));
  if (want.has('mobile')) collect(spans, MOBILE, n, 'mobile');
  if (want.has('landline')) {
    collect(spans, LANDLINE, n, 'landline');
    collect(spans, LOCAL_LANDLINE, n, 'landline');
  }
  if (want.has('qq')) collect(spans, QQ, n, 'qq');
  if (want.has('wechat')) collect(spans, WECHAT, n, 'wechat');
  if (want.has('plate')) collect(spans, PLATE, n, 'plate');
  if (want.has('room')) collect(spans, ROOM, n, 'room');
  return spans.filter((span) => want.has(span.kind)).sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Other people's names in a resident's text

/** Common single-character surnames; characters that are also everyday words (和, 向, 区) are left out. */
const COMMON_SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤高施邢郁柯骆楼应单俞裘虞屠翁竺倪盛茅童葛章'],
);

/** Characters that do not end or fill a given name but a phrase: 的王先生, 老王师傅, 某某. */
const NOT_IN_GIVEN_NAME = new Set([...'的了是在和与跟找叫问让给被请向对把说位户区村组楼号室镇街路家里邻居们这那个老小大阿某一二三四五六七八九十几多每各本该其名姓先女师同']);

/** Forms of address that follow a name: 张伟先生, 李桂兰阿姨, 王建国大爷. */
const FORM_OF_ADDRESS = /(?:先生|女士|小姐|阿姨|大爷|大妈|大娘|大叔|大姐|大哥|奶奶|爷爷|师傅|伯伯|叔叔|婶婶|婆婆|阿婆|老伯|老太|同学|老人家)/gu;

/**
 * A full name before a form of address loses its given name: 张伟先生 → 张先生, 欧阳娜娜女士 →
 * 欧阳女士. A surname alone (李阿姨, 刘大爷) and an already masked 王某某 stay as written.
 */
export function maskNamesBeforeAddress(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(FORM_OF_ADDRESS)) {
    const p = m.index;
    if (p < at) continue;
    const name = nameEndingAt(text, p);
    if (!name) continue;
    out += text.slice(at, p - name.length) + name.surname;
    at = p;
  }
  return out + text.slice(at);
}

function nameEndingAt(text: string, end: number): { surname: string; length: number } | undefined {
  const given = (chars: string) => [...chars].every((c) => /\p{Script=Han}/u.test(c) && !NOT_IN_GIVEN_NAME.has(c));
  // Compound surname + one or two characters (欧阳娜娜), then surname + two (王建国), then + one (张伟).
  for (const length of [4, 3]) {
    const candidate = text.slice(end - length, end);
    if (candidate.length === length && COMPOUND_SURNAMES.has(candidate.slice(0, 2)) && given(candidate.slice(2))) return { surname: candidate.slice(0, 2), length };
  }
  for (const length of [3, 2]) {
    const candidate = text.slice(end - length, end);
    if (candidate.length === length && COMMON_SURNAMES.has(candidate[0]!) && given(candidate.slice(1))) return { surname: candidate[0]!, length };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Policies

export interface ScrubOptions {
  /** Full names to replace wherever they occur, each by its masked form (the submitter's own). */
  names?: readonly { name: string; masked: string }[];
  /** The kinds to mask; `CONTACT_KINDS` by default. */
  kinds?: readonly PiiKind[];
}

/**
 * Replaces mobile and landline numbers, ID numbers, e-mail addresses, bank card numbers, QQ and
 * WeChat ids and licence plates with a visible label such as [手机号已隐藏]; nothing of the
 * original value is kept. Text around them is returned exactly as written (full-width digits
 * are only normalized for matching).
 */
export function scrubText(text: string, options: ScrubOptions = {}): string {
  let out = '';
  let at = 0;
  for (const span of findPii(text, options.kinds)) {
    out += text.slice(at, span.start) + LABELS[span.kind];
    at = span.end;
  }
  out += text.slice(at);
  for (const { name, masked } of options.names ?? []) {
    if (name !== '' && name !== masked) out = out.split(name).join(masked);
  }
  return out;
}

/**
 * The policy for residents' words (a suggestion's title, body, reply and history notes, a rating's
 * comment, a message): every kind of `PII_KINDS`, room numbers included, and other people's full
 * names before a form of address.
 */
export function maskResidentText(text: string, options: Omit<ScrubOptions, 'kinds'> = {}): string {
  return maskNamesBeforeAddress(scrubText(text, { ...options, kinds: PII_KINDS }));
}

/**
 * The policy for staff-written text (a deputy's bio, stations, news, pages, votes): ID and bank
 * card numbers are masked everywhere; public contact numbers are left to the webmaster, who gets
 * a warning from `renda check` for a mobile number in free text (see `findMobiles`).
 */
export function maskStaffText(text: string): string {
  return scrubText(text, { kinds: STAFF_MASKED_KINDS });
}

/** The mobile numbers in a text, for the warning on staff-written content. */
export function findMobiles(text: string): string[] {
  return findPii(text, ['mobile']).map((span) => text.slice(span.start, span.end));
}

/** A shallow copy of `obj` with the given string fields scrubbed; other fields are shared. */
export function scrubFields<T extends object>(obj: T, keys: readonly (keyof T)[], options?: ScrubOptions, mask: (text: string, options?: ScrubOptions) => string = scrubText): T {
  const copy = { ...obj };
  for (const key of keys) {
    const value = copy[key];
    if (typeof value === 'string') copy[key] = mask(value, options) as T[keyof T];
  }
  return copy;
}

const SUGGESTION_TEXT_FIELDS = ['title', 'body', 'reply'] as const satisfies readonly (keyof Suggestion)[];

/**
 * A suggestion as it may be published, or null when it must not leave the build. Returns new
 * objects all the way down; the input is not touched. Every text field is a resident's words or
 * a reply to them, so all get the resident policy.
 */
export function maskSuggestion(s: Suggestion): PublicSuggestion | null {
  if (s.public === false) return null;
  const { submitter, submitterGender, public: _public, ...rest } = s;
  const { masked, fullName } = maskNameDetailed(submitter, submitterGender);
  // A resident who signs the body "张三" would otherwise be published by name under "张先生".
  const options: ScrubOptions = { names: fullName ? [{ name: fullName, masked }] : [] };
  const history: HistoryEntry[] = rest.history.map((h) => scrubFields(h, ['note'], options, maskResidentText));
  return {
    ...scrubFields(rest, SUGGESTION_TEXT_FIELDS, options, maskResidentText),
    submitter: masked,
    deputies: [...rest.deputies],
    history,
    ...(rest.coDepartments ? { coDepartments: [...rest.coDepartments] } : {}),
  };
}
