/**
 * The demo towns' reception logs and activities, derived from what the demo already holds so the
 * records agree with it: every reception a station's rules held in the year before the demo's
 * today is logged (deputies on duty in turn, residents who came, matters answered on the spot),
 * and the days its deputies received the matters that became its `reception` suggestions carry
 * those (an item settled on the spot carries its answer). The activities follow the calendar of a
 * town's year. Deterministic: no draw.
 */
import { heldReceptions } from '../../domain/calendar/reception.js';
import { addDays } from '../../domain/calendar/dates.js';
import type { Activity, ActivityKind, Reception, ReceptionMatter, Station, Suggestion } from '../../domain/model.js';

/** What residents most often bring to a reception and is answered there and then, as stations log it. */
const ON_THE_SPOT: readonly ReceptionMatter[] = [
  { text: '咨询城乡居民医保缴费时间和渠道', answer: '现场讲解缴费时间和线上缴费步骤，帮助两位老人在手机上办好' },
  { text: '询问高龄津贴申领条件', answer: '说明80周岁以上按月发放，现场告知到村（社区）便民服务点申领所需材料' },
  { text: '反映小区楼道灯不亮', answer: '当场联系物业，约定三天内修好，代表负责回访' },
  { text: '咨询孩子入学报名时间', answer: '告知教育部门公布的报名时间和网上报名入口' },
  { text: '询问养老保险补缴政策', answer: '讲解补缴条件，留下社保经办窗口电话' },
  { text: '反映村道边杂草影响视线', answer: '当场转告村委会，次日已安排清理' },
  { text: '咨询残疾人两项补贴怎么申请', answer: '说明申请条件和流程，代为预约残联工作人员上门' },
  { text: '询问垃圾分类积分兑换地点', answer: '告知每月兑换日和地点' },
];

/** A small number from a text, the same every time: how many more residents came than matters were raised. */
function spread(text: string, range: number): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.codePointAt(0)!) % 9973;
  return h % range;
}

/**
 * A year of receptions at each station, to `today`: each day a station's rules held a reception,
 * two of its deputies in turn, a few residents, and a matter or two settled on the spot; the days
 * residents raised what became `reception` suggestions carry those matters too (those may be older).
 */
export function receptionLogs(suggestions: readonly Suggestion[], stations: readonly Station[], today: string): Reception[] {
  const raisedOn = new Map<string, Suggestion[]>();
  for (const s of suggestions) {
    const raised = s.history[0];
    if (s.source !== 'reception' || !s.station || !raised) continue;
    const key = `${raised.date}|${s.station}`;
    raisedOn.set(key, [...(raisedOn.get(key) ?? []), s]);
  }
  const days = new Set(raisedOn.keys());
  const yearAgo = addDays(today, -365);
  for (const station of stations) {
    for (const rule of station.reception) {
      for (const held of heldReceptions(rule, yearAgo, undefined, 400, today)) {
        const day = held.days[0];
        if (day && day <= today) days.add(`${day}|${station.id}`);
      }
    }
  }
  return [...days]
    .sort((a, b) => b.localeCompare(a))
    .map((key, index) => {
      const [date, stationId] = key.split('|') as [string, string];
      const station = stations.find((st) => st.id === stationId);
      const items = raisedOn.get(key) ?? [];
      const deputies = [...new Set(items.flatMap((s) => s.deputies))];
      // Deputies of the station take their turn on duty; a colleague often joins the one who received a matter.
      const rota = station?.deputies ?? [];
      const onDuty = rota.length ? [rota[index % rota.length]!, rota[(index + 1) % rota.length]!] : [];
      for (const id of items.length ? onDuty.slice(0, spread(key, 2)) : onDuty) if (!deputies.includes(id)) deputies.push(id);
      const answered = items.length ? [] : ON_THE_SPOT.filter((_, i) => i === spread(key, ON_THE_SPOT.length) || (spread(key, 3) === 0 && i === (index + 3) % ON_THE_SPOT.length));
      const matters: ReceptionMatter[] = [
        ...items.map((s) => {
          const onSite = s.history.find((h) => h.stage === 'resolved-on-site');
          return { text: s.title.replace(/^关于(.*)的建议$/, '$1'), suggestion: s.id, ...(onSite?.note ? { answer: onSite.note } : {}) };
        }),
        ...answered.map((m) => ({ ...m })),
      ];
      return { id: `r-${date}-${stationId}`, station: stationId, date, deputies, residents: matters.length + spread(key, 5), matters };
    });
}

interface ActivityPlan {
  kind: ActivityKind;
  title: string;
  dates: string[];
  station?: string;
  /** Which deputies: those of `station`, or the first `count` of the list. */
  count?: number;
  outcome: string;
  /** A 议政代表会 meeting's decisions, by the meeting's date. */
  decisions?: Record<string, string[]>;
}

/** The year's activities from a plan: participants are the station's deputies (or the first of the town's). */
export function activityLog(plans: readonly ActivityPlan[], stations: readonly Station[], deputies: readonly { id: string }[], today: string): Activity[] {
  const activities: Activity[] = [];
  for (const plan of plans) {
    const station = plan.station ? stations.find((s) => s.id === plan.station) : undefined;
    const pool = station?.deputies.length ? station.deputies : deputies.map((d) => d.id);
    for (const date of plan.dates) {
      if (date > today) continue;
      activities.push({
        id: `a-${date}-${plan.kind}${plan.station ? `-${plan.station}` : ''}`,
        kind: plan.kind,
        title: plan.title,
        date,
        deputies: pool.slice(0, plan.count ?? pool.length),
        ...(station ? { station: station.id } : {}),
        outcome: plan.outcome,
        ...(plan.decisions?.[date] ? { decisions: plan.decisions[date] } : {}),
      });
    }
  }
  return activities.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
