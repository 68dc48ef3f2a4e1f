/**
 * Names of the domain's values (levels, kinds, stages, outcomes…) in zh-CN and en: lookups by
 * value into the message catalogues (`translations/`), so a stage is called the same on every
 * page, widget, data file and feed. A suggestion's values are named in suggestion-labels.ts (re-exported
 * here).
 */
import type { ActivityKind, Deputy, DeputyLevel, Locale, StationKind, TownKind } from '../model.js';
import * as ZH from './translations/zh-CN.js';
import * as EN from './translations/en.js';

export { OUTCOME_LABELS, SATISFACTION_LABELS, SOURCE_LABELS, STAGE_LABELS } from './suggestion-labels.js';

type Labels<K extends string> = Record<Locale, Record<K, string>>;

export const LEVEL_LABELS: Labels<DeputyLevel> = { 'zh-CN': ZH.levels, en: EN.levels };

export const STATION_KIND_LABELS: Labels<StationKind> = { 'zh-CN': ZH.stationKinds, en: EN.stationKinds };

/**
 * Read from the section when asked, not copied when this module loads: in the embed build a
 * section's words arrive after its module has run (components/base/words.ts).
 */
const activityKinds = (words: typeof ZH.dutyRecord | typeof EN.dutyRecord): Record<ActivityKind, string> => ({
  get group() {
    return words.kindGroup;
  },
  get 'team-meeting'() {
    return words.kindTeamMeeting;
  },
  get class() {
    return words.kindClass;
  },
  get consultation() {
    return words.kindConsultation;
  },
  get inspection() {
    return words.kindInspection;
  },
  get 'assembly-meeting'() {
    return words.kindAssemblyMeeting;
  },
});

/** 代表小组活动, 小队会, 代表课堂…: what a deputies' activity is called. */
export const ACTIVITY_KIND_LABELS: Labels<ActivityKind> = { 'zh-CN': /* @__PURE__ */ activityKinds(ZH.dutyRecord), en: /* @__PURE__ */ activityKinds(EN.dutyRecord) };

export const TOWN_KIND_LABELS: Labels<TownKind> = { 'zh-CN': ZH.townKinds, en: EN.townKinds };

export const WEEKDAY_LABELS: Record<Locale, readonly string[]> = { 'zh-CN': ZH.weekdays, en: EN.weekdays };

/** What a person on a town's list is when not a deputy: 议政代表 (a 街道's assembly member). */
export const MEMBER_KIND_LABELS: Labels<'assembly-member'> = { 'zh-CN': ZH.memberKinds, en: EN.memberKinds };

/**
 * What a person serves as, in words, one per level: 县（区）人大代表, 乡镇人大代表…; for a
 * 议政代表 who is no deputy, that. Pages, the card, search and posters all say it this way.
 */
export function servingAs(person: Pick<Deputy, 'levels' | 'kind'>, locale: Locale): string[] {
  if (person.kind === 'assembly-member') return [MEMBER_KIND_LABELS[locale]['assembly-member']];
  return person.levels.map((level) => LEVEL_LABELS[locale][level]);
}
