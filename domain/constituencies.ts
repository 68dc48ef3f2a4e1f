/**
 * A deputy's 选区 as data: the units a deputy was elected in (a township 选区, a county 选区, or an
 * electoral unit such as a county congress electing city deputies). Content may give the list
 * (`constituencies`) or the usual free text (`constituency`), which is read here, once, for every
 * consumer: the directory's filter, the card, open data and `renda check`.
 */

/** One unit a deputy was elected in. */
export interface ConstituencyUnit {
  /** The body whose 选区 this is when not the town's own, e.g. "富春区" (county), "杭州市". */
  body?: string;
  /** The 选区 number: 第3选区 → 3. */
  number?: number;
  /** The villages and communities it covers, e.g. ["白泉村", "东岙村"]. */
  areas?: string[];
  /** Elected by a congress as an electoral unit (选举单位), e.g. city deputies elected by the county. */
  electoralUnit?: boolean;
  /** Text renda could not read as a unit; shown as written and filtered as one unit. */
  text?: string;
}

/** The result of reading a free-text 选区: the units, and the parts that were not understood. */
export interface ParsedConstituency {
  units: ConstituencyUnit[];
  unread: string[];
}

const AREA_SEPARATORS = /[、，,]\s*/;
/** "富春区第39选区（枫泉镇枫泉社区、泉湖社区）", "第1选区", "第 1 选区 (x)". */
const NUMBERED = /^(?<body>[^第（(]*?)\s*第\s*(?<number>\d{1,4})\s*选区\s*(?:[（(](?<areas>[^（）()]*)[）)])?$/u;
/** "杭州市（选举单位）", "富春区选举单位". */
const ELECTORAL_UNIT = /^(?<body>[^（(]+?)\s*[（(]?\s*选举单位\s*[）)]?$/u;

/**
 * Reads a free-text 选区: units separated by "；" or ";" (or a line break). Each is either
 * "[body]第N选区[（areas）]" or "body（选举单位）"; anything else is kept as written (`text`) and
 * reported in `unread` so `renda check` can ask for the list form.
 */
export function parseConstituency(text: string): ParsedConstituency {
  const units: ConstituencyUnit[] = [];
  const unread: string[] = [];
  for (const part of text.split(/[；;\n]+/u).map((p) => p.trim()).filter(Boolean)) {
    const numbered = NUMBERED.exec(part);
    if (numbered?.groups) {
      const body = numbered.groups.body!.trim();
      const areas = numbered.groups.areas?.split(AREA_SEPARATORS).map((a) => a.trim()).filter(Boolean);
      units.push({ ...(body ? { body } : {}), number: Number(numbered.groups.number), ...(areas?.length ? { areas } : {}) });
      continue;
    }
    const electoral = ELECTORAL_UNIT.exec(part);
    if (electoral?.groups) {
      units.push({ body: electoral.groups.body!.trim(), electoralUnit: true });
      continue;
    }
    units.push({ text: part });
    unread.push(part);
  }
  return { units, unread };
}

/** A unit's identity, for filters and links: the body and number only (areas may be written two ways). */
export function constituencyKey(unit: ConstituencyUnit): string {
  if (unit.text !== undefined) return `text:${unit.text.replace(/\s+/g, '')}`;
  const body = (unit.body ?? '').replace(/\s+/g, '');
  return unit.electoralUnit ? `unit:${body}` : `${body}#${unit.number ?? ''}`;
}

/** The unit written the usual way: "第3选区（白泉村、东岙村）", "富春区第39选区", "杭州市（选举单位）". */
export function constituencyLabel(unit: ConstituencyUnit): string {
  if (unit.text !== undefined) return unit.text;
  if (unit.electoralUnit) return `${unit.body ?? ''}（选举单位）`;
  const areas = unit.areas?.length ? `（${unit.areas.join('、')}）` : '';
  return `${unit.body ?? ''}第${unit.number ?? ''}选区${areas}`;
}

/** The whole 选区 as one line, units joined by "；". */
export function constituencyText(units: readonly ConstituencyUnit[]): string {
  return units.map(constituencyLabel).join('；');
}

/**
 * The deputy's units: the list when content gives one, else the free text read. A deputy without
 * either (a 议政代表 who is no deputy) has none.
 */
export function constituenciesOf(deputy: { constituency?: string; constituencies?: readonly ConstituencyUnit[] }): ConstituencyUnit[] {
  if (deputy.constituencies?.length) return [...deputy.constituencies];
  return deputy.constituency ? parseConstituency(deputy.constituency).units : [];
}

/**
 * The filter's choices: every unit once (the label from its most complete mention), the town's
 * own 选区 first by number, then other bodies' 选区, then electoral units and unread text.
 */
export function constituencyChoices(deputies: readonly { constituency?: string; constituencies?: readonly ConstituencyUnit[] }[]): { key: string; label: string }[] {
  const best = new Map<string, ConstituencyUnit>();
  for (const deputy of deputies) {
    for (const unit of constituenciesOf(deputy)) {
      const key = constituencyKey(unit);
      const seen = best.get(key);
      if (!seen || (unit.areas?.length ?? 0) > (seen.areas?.length ?? 0)) best.set(key, unit);
    }
  }
  const rank = (u: ConstituencyUnit) => (u.text !== undefined ? 3 : u.electoralUnit ? 2 : u.body ? 1 : 0);
  return [...best.entries()]
    .sort(([, a], [, b]) => rank(a) - rank(b) || (a.body ?? '').localeCompare(b.body ?? '', 'zh-CN') || (a.number ?? 0) - (b.number ?? 0) || constituencyLabel(a).localeCompare(constituencyLabel(b), 'zh-CN'))
    .map(([key, unit]) => ({ key, label: constituencyLabel(unit) }));
}
