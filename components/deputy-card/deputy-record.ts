/**
 * The deputy as `<renda-deputy-card>` reads it: the town's open-data record
 * (`<town>/data/deputies/<id>.json`), a property, or a few attributes of a hand-written embed.
 * Everything that arrives here is untrusted: it is checked, trimmed to what a card shows, and
 * links that are not web links are dropped.
 */
import { DEPUTY_LEVELS, type Deputy, type DeputyLevel, type MobileStop, type ReceptionRule, type StationKind } from '../../domain/model.js';
import type { DutySummary } from '../../domain/deputies/duty-record.js';

/** A station as a card shows it: where the deputy meets residents, and when. */
export interface CardStation {
  id: string;
  name: string;
  kind?: StationKind;
  address?: string;
  phone?: string;
  reception?: ReceptionRule[];
  /** Mobile stations: dated stops. */
  stops?: MobileStop[];
  /** The station's page. In a JSON file, a relative link is relative to that file. */
  url?: string;
}

/** The town the deputy serves in, for the poster's heading and slogan. */
export interface CardTown {
  slug: string;
  name?: string;
  /** The congress or working committee, e.g. 枫泉镇第十八届人民代表大会. */
  congress?: string;
  /** The town's own words for posters; the card defaults to “有事找代表 扫码说”. */
  posterSlogan?: string;
}

/**
 * A deputy record: the content model's `Deputy` plus what a card needs beyond it. In a JSON
 * file, relative `photo` and `url` links are relative to that file.
 */
export interface DeputyCardRecord extends Omit<Deputy, 'stations'> {
  /** Station ids, in the deputy's order. */
  stations?: string[];
  /** The stations named in `stations`, with names and reception rules. */
  stationDetails?: CardStation[];
  /** The absolute URL the 代表码 encodes. */
  contactUrl?: string;
  /** The deputy's page. */
  url?: string;
  town?: CardTown;
  /**
   * Whether the code's page takes a message (the site has a participation API). `false`: the
   * card says the code leads to the stations' phones and hours, and promises no message.
   */
  messages?: boolean;
  /** One year of the 履职档案 in a few numbers (domain/deputies/duty-record.ts `dutySummary`); the card links to the whole record. */
  dutySummary?: DutySummary;
}

const KINDS: readonly StationKind[] = ['center', 'station', 'point', 'mobile'];

/** Why a record was refused; the card shows a plain sentence, developers get this message. */
export class DeputyRecordError extends TypeError {
  constructor(message: string) {
    super(`deputy record: ${message}`);
    this.name = 'DeputyRecordError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const texts = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.flatMap((v) => text(v) ?? []) : undefined);

/**
 * A link a card may render: a web URL, or a relative one resolved against `base` (the JSON's own
 * URL) when given. `javascript:`, `data:` and any other scheme are refused.
 */
export function safeLink(value: unknown, base?: string): string | undefined {
  const link = text(value);
  if (!link) return undefined;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(link)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return undefined;
  if (!base || scheme) return link;
  try {
    return new URL(link, base).href;
  } catch {
    return undefined;
  }
}

/** A photo: a web link, a relative one, or an inline `data:image/…` (an image cannot run script). */
export function safeImage(value: unknown, base?: string): string | undefined {
  const link = text(value);
  if (link && /^data:image\/[a-z+.-]+[;,]/i.test(link)) return link;
  return safeLink(link, base);
}

/** Levels in the order of the hierarchy, national first; unknown values dropped. */
export function orderLevels(levels: readonly unknown[]): DeputyLevel[] {
  return DEPUTY_LEVELS.filter((level) => levels.includes(level));
}

function receptionRules(value: unknown): ReceptionRule[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((rule): rule is ReceptionRule => {
    if (!isObject(rule)) return false;
    switch (rule.kind) {
      case 'monthly':
        return Number.isInteger(rule.day) && (rule.day as number) >= 1 && (rule.day as number) <= 31;
      case 'weekly':
        return Number.isInteger(rule.weekday) && (rule.weekday as number) >= 1 && (rule.weekday as number) <= 7;
      case 'quarterly-last-week':
        return true;
      case 'once':
        return typeof rule.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(rule.date);
      default:
        return false;
    }
  });
}

function stops(value: unknown): MobileStop[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((stop): stop is MobileStop => isObject(stop) && typeof stop.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(stop.date) && !!text(stop.place));
}

function station(value: unknown, base?: string): CardStation | undefined {
  if (!isObject(value)) return undefined;
  const id = text(value.id);
  const name = text(value.name);
  if (!id || !name) return undefined;
  const kind = KINDS.includes(value.kind as StationKind) ? (value.kind as StationKind) : undefined;
  const result: CardStation = { id, name };
  if (kind) result.kind = kind;
  const address = text(value.address);
  if (address) result.address = address;
  const phone = text(value.phone);
  if (phone) result.phone = phone;
  const rules = receptionRules(value.reception);
  if (rules) result.reception = rules;
  const dated = stops(value.stops);
  if (dated) result.stops = dated;
  const url = safeLink(value.url, base);
  if (url) result.url = url;
  return result;
}

/**
 * Checks a parsed JSON value (or a property) and returns a clean record. `base` is the URL of
 * the JSON file, against which relative links are resolved.
 * @throws DeputyRecordError when it is not a deputy (no object, no id or no name).
 */
export function parseDeputyRecord(json: unknown, base?: string): DeputyCardRecord {
  if (!isObject(json)) throw new DeputyRecordError('expected an object');
  const id = text(json.id);
  const name = text(json.name);
  if (!id) throw new DeputyRecordError('"id" (the deputy’s number) is missing');
  if (!name) throw new DeputyRecordError('"name" is missing');
  const record: DeputyCardRecord = {
    id,
    name,
    levels: Array.isArray(json.levels) ? orderLevels(json.levels) : [],
    constituency: text(json.constituency) ?? '',
  };
  if (json.kind === 'assembly-member') record.kind = 'assembly-member';
  const stationIds = texts(json.stations);
  if (stationIds) record.stations = stationIds;
  const details = Array.isArray(json.stationDetails) ? json.stationDetails.flatMap((s) => station(s, base) ?? []) : undefined;
  if (details) record.stationDetails = details;
  for (const key of ['title', 'occupation', 'bio', 'term'] as const) {
    const value = text(json[key]);
    if (value) record[key] = value;
  }
  const roles = texts(json.roles);
  if (roles?.length) record.roles = roles;
  if (json.gender === 'male' || json.gender === 'female') record.gender = json.gender;
  const photo = safeImage(json.photo, base);
  if (photo) record.photo = photo;
  const url = safeLink(json.url, base);
  if (url) record.url = url;
  // The code must hold an absolute web address: a relative one means nothing on paper.
  const contactUrl = safeLink(json.contactUrl, base);
  if (contactUrl && /^https?:\/\//i.test(contactUrl)) record.contactUrl = contactUrl;
  if (typeof json.messages === 'boolean') record.messages = json.messages;
  const summary = dutySummaryOf(json.dutySummary);
  if (summary) record.dutySummary = summary;
  if (isObject(json.town) && text(json.town.slug)) {
    const town: CardTown = { slug: text(json.town.slug)! };
    for (const key of ['name', 'congress', 'posterSlogan'] as const) {
      const value = text(json.town[key]);
      if (value) town[key] = value;
    }
    record.town = town;
  }
  return record;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** A record summary the card can show: a year and four whole, non-negative counts; else none. */
function dutySummaryOf(value: unknown): DutySummary | undefined {
  if (!isObject(value)) return undefined;
  const { year, receptions, residentsMet, suggestions, activities } = value;
  if (!isCount(year) || year < 1949 || year > 9999 || ![receptions, residentsMet, suggestions, activities].every(isCount)) return undefined;
  return { year, receptions: receptions as number, residentsMet: residentsMet as number, suggestions: suggestions as number, activities: activities as number };
}

/**
 * The stations a card shows, in the deputy's order: from `stations` (any list, e.g. a town's
 * whole stations.json) when given, else from the record's own `stationDetails`.
 */
export function stationsOf(record: DeputyCardRecord, stations?: readonly unknown[]): CardStation[] {
  const pool = stations ? stations.flatMap((s) => station(s) ?? []) : record.stationDetails ?? [];
  const ids = record.stations;
  if (!ids) return pool;
  const byId = new Map(pool.map((s) => [s.id, s]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** What a hand-written embed says in attributes. */
export interface DeputyAttributes {
  name: string;
  number: string;
  levels: string;
  constituency: string;
  occupation: string;
  photo: string;
  station: string;
  stationHref: string;
  reception: string;
}

/**
 * A record from attributes (`name="张三" number="018" levels="township county"
 * station="白泉镇联络中心站" reception="每月10日 接待日"`); `undefined` without a name.
 */
export function recordFromAttributes(attributes: DeputyAttributes): DeputyCardRecord | undefined {
  const name = text(attributes.name);
  if (!name) return undefined;
  const record: DeputyCardRecord = {
    id: text(attributes.number) ?? '',
    name,
    levels: orderLevels(attributes.levels.split(/[\s,，、]+/)),
    constituency: text(attributes.constituency) ?? '',
  };
  const occupation = text(attributes.occupation);
  if (occupation) record.title = occupation;
  const photo = safeImage(attributes.photo);
  if (photo) record.photo = photo;
  const stationName = text(attributes.station);
  if (stationName) {
    const detail: CardStation = { id: 'station', name: stationName, reception: parseReceptionText(attributes.reception) };
    const url = safeLink(attributes.stationHref);
    if (url) detail.url = url;
    record.stations = ['station'];
    record.stationDetails = [detail];
  }
  return record;
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };
const TIME_RANGE = /(\d{1,2}[:：]\d{2})\s*(?:[-—–~～至到]\s*(\d{1,2}[:：]\d{2}))?/;

/**
 * Reception rules from a webmaster's words, one per `；`-separated part: “每月10日”, “每周二上午”,
 * “每季度最后一周”, “2026-12-01”, each with an optional time (“9:00-11:30”) and the rest kept as
 * the rule's label. Words that match no rule are dropped: the card then shows no next date.
 */
export function parseReceptionText(words: string): ReceptionRule[] {
  return words.split(/[;；\n]/).flatMap((part): ReceptionRule[] => {
    let rest = part.trim();
    if (!rest) return [];
    let rule: ReceptionRule | undefined;
    let match: RegExpExecArray | null;
    if ((match = /每月\s*(\d{1,2})\s*[日号]/.exec(rest)) && Number(match[1]) >= 1 && Number(match[1]) <= 31) {
      rule = { kind: 'monthly', day: Number(match[1]) };
    } else if ((match = /每(?:周|星期|礼拜)([一二三四五六日天1-7])\s*(上午|下午|全天)?/.exec(rest))) {
      rule = { kind: 'weekly', weekday: WEEKDAYS[match[1]!]! };
      if (match[2]) rule.halfDay = match[2] === '上午' ? 'morning' : match[2] === '下午' ? 'afternoon' : 'all-day';
    } else if ((match = /每(?:个)?季(?:度)?(?:的)?最后一周/.exec(rest))) {
      rule = { kind: 'quarterly-last-week' };
    } else if ((match = /(\d{4})-(\d{2})-(\d{2})/.exec(rest))) {
      rule = { kind: 'once', date: match[0] };
    }
    if (!rule || !match) return [];
    rest = rest.replace(match[0], ' ');
    const time = TIME_RANGE.exec(rest);
    if (time) {
      rule.time = time[2] ? `${time[1]!.replace('：', ':')}-${time[2].replace('：', ':')}` : time[1]!.replace('：', ':');
      rest = rest.replace(time[0], ' ');
    }
    const label = rest.replace(/^[\s,，、:：]+|[\s,，、。]+$/g, '').replace(/\s+/g, ' ');
    if (label) rule.label = label;
    return [rule];
  });
}
