/**
 * Names of the domain's values, in zh-CN and en: one place for the words that components and
 * the generator both print, so a level or a stage is called the same everywhere.
 */
import type { DeputyLevel, Outcome, Satisfaction, Stage, StationKind, SuggestionSource, TownKind } from '../../site/content/types.js';

export type LabelLocale = 'zh-CN' | 'en';

type Labels<K extends string> = Record<LabelLocale, Record<K, string>>;

export const LEVEL_LABELS: Labels<DeputyLevel> = {
  'zh-CN': { national: '全国人大代表', provincial: '省人大代表', city: '市人大代表', county: '县（区）人大代表', township: '乡镇人大代表' },
  en: { national: 'National', provincial: 'Provincial', city: 'City', county: 'County/district', township: 'Township' },
};

export const STATION_KIND_LABELS: Labels<StationKind> = {
  'zh-CN': { center: '联络中心站', station: '联络站', point: '联络点', mobile: '流动联络站' },
  en: { center: 'Liaison centre', station: 'Liaison station', point: 'Liaison point', mobile: 'Mobile station' },
};

export const STAGE_LABELS: Labels<Stage> = {
  'zh-CN': {
    submitted: '递交',
    accepted: '受理',
    reviewed: '审核',
    assigned: '转办',
    replied: '答复',
    'fed-back': '反馈',
    rated: '评议',
    closed: '办结',
    'resolved-on-site': '现场解决',
    reopened: '重新办理',
  },
  en: {
    submitted: 'Submitted',
    accepted: 'Accepted',
    reviewed: 'Reviewed',
    assigned: 'Assigned',
    replied: 'Replied',
    'fed-back': 'Fed back',
    rated: 'Rated',
    closed: 'Closed',
    'resolved-on-site': 'Resolved on the spot',
    reopened: 'Reopened',
  },
};

export const OUTCOME_LABELS: Labels<Outcome> = {
  'zh-CN': { A: 'A类 已解决', B: 'B类 正在解决', C: 'C类 列入计划', D: 'D类 留作参考' },
  en: { A: 'A · Solved', B: 'B · Being solved', C: 'C · Planned', D: 'D · Kept for reference' },
};

export const SATISFACTION_LABELS: Labels<Satisfaction> = {
  'zh-CN': { satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' },
  en: { satisfied: 'Satisfied', 'basically-satisfied': 'Basically satisfied', unsatisfied: 'Unsatisfied' },
};

export const SOURCE_LABELS: Labels<SuggestionSource> = {
  'zh-CN': {
    scan: '扫码递交',
    reception: '接待日',
    visit: '走访',
    session: '大会期间',
    recess: '闭会期间',
    questioning: '大会问政',
    'meet-the-head': '乡长有约',
    other: '其他',
  },
  en: {
    scan: 'QR code',
    reception: 'Reception day',
    visit: 'Visit',
    session: 'During the session',
    recess: 'Between sessions',
    questioning: 'Questioning session',
    'meet-the-head': 'Meet the town head',
    other: 'Other',
  },
};

export const TOWN_KIND_LABELS: Labels<TownKind> = {
  'zh-CN': { town: '镇', township: '乡', subdistrict: '街道' },
  en: { town: 'Town', township: 'Township', subdistrict: 'Subdistrict' },
};

export const WEEKDAY_LABELS: Record<LabelLocale, readonly string[]> = {
  'zh-CN': ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  en: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
