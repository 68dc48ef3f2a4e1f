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
import type { Activity, ActivityKind, Reception, ReceptionMatter, ScoringRule, Station, Suggestion } from '../../domain/model.js';

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
    // A mobile station receives at its stops.
    for (const stop of station.stops ?? []) if (stop.date >= yearAgo && stop.date <= today) days.add(`${stop.date}|${station.id}`);
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

export interface ActivityPlan {
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

/**
 * A town's usual year of activities, for generated towns: the centre station's deputies' group
 * every quarter, a 代表课堂 and a 视察 each year, a 进站会商 and a 小队会 at other stations, and —
 * where the town has a 议政代表会 — its meetings twice a year with their decisions.
 */
export function typicalActivityPlans(stations: readonly Station[], year: number, assembly?: string): ActivityPlan[] {
  const years = [year - 1, year];
  const centre = stations.find((s) => s.kind === 'center') ?? stations[0];
  const others = stations.filter((s) => s !== centre);
  const plans: ActivityPlan[] = [];
  if (centre) plans.push({ kind: 'group', title: `${centre.name}代表小组季度活动：听取民生实事项目进展`, station: centre.id, count: 12, dates: years.flatMap((y) => [`${y}-03-19`, `${y}-06-18`, `${y}-09-17`, `${y}-12-17`]), outcome: '代表小组对项目推进提出意见，交政府研究落实。' });
  plans.push({ kind: 'class', title: '代表课堂：代表建议怎么写、怎么跟踪', ...(centre ? { station: centre.id } : {}), count: 20, dates: years.map((y) => `${y}-05-14`), outcome: '代表学习建议撰写和办理跟踪方法。' });
  plans.push({ kind: 'inspection', title: '视察年度民生实事项目推进情况', count: 8, dates: years.map((y) => `${y}-10-15`), outcome: '形成视察报告，督办进度滞后的项目。' });
  if (others[0]) plans.push({ kind: 'consultation', title: `进站会商一件事：${others[0].name}周边停车难`, station: others[0].id, dates: [`${year}-04-10`], outcome: '明确整改时间表，每月在联络站公开进度。' });
  if (others[1]) plans.push({ kind: 'team-meeting', title: `${others[1].name}小队会：听取群众对环境整治的意见`, station: others[1].id, dates: years.map((y) => `${y}-08-13`), outcome: '整理意见建议，交村（居）委会落实。' });
  if (assembly)
    plans.push({
      kind: 'assembly-meeting',
      title: `${assembly}会议：审议民生实事项目，问政环节`,
      dates: years.flatMap((y) => [`${y}-06-19`, `${y}-12-11`]),
      outcome: '确定年度民生实事项目，问政事项列入交办清单。',
      decisions: Object.fromEntries(years.flatMap((y) => [
        [`${y}-06-19`, [`听取${y}年民生实事项目半年进展报告，对滞后项目提出督办意见。`, '问政事项列入交办清单，下次会议报告办理情况。']],
        [`${y}-12-11`, [`票决产生${y + 1}年民生实事项目，按得票多少排序交办事处实施。`, `对${y}年民生实事项目进行满意度测评，结果向居民公开。`]],
      ])),
    });
  return plans;
}

/** A 履职积分 rule of the usual shape (categories × items × points, each capped), for generated towns. */
export function typicalScoringRule(townName: string): ScoringRule {
  return {
    title: `${townName}人大代表履职积分办法（试行）`,
    adopted: '主席团会议通过。按自然年计算；“本届以来”一行按同一办法计算整个任期的记录。',
    note: '积分只反映公开记录中可以计数的履职活动，不是对代表的全面评价。',
    categories: [
      { name: '联系群众', items: [{ name: '进站接待', measure: 'receptions', points: 2, max: 24 }, { name: '接待群众', measure: 'residentsMet', points: 0.2, max: 10 }] },
      { name: '提出建议', items: [{ name: '提出建议', measure: 'raised', points: 3, max: 15 }, { name: '建议办成', measure: 'done', points: 1, max: 10 }] },
      { name: '参加活动', items: [{ name: '代表小组活动', measure: 'activities:group', points: 2, max: 8 }, { name: '视察', measure: 'activities:inspection', points: 2, max: 4 }] },
      { name: '群众评价', items: [{ name: '群众满意的建议', measure: 'satisfied', points: 1, max: 10 }] },
    ],
  };
}
