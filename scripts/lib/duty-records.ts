/**
 * The demo towns' reception logs and activities, derived from what the demo already holds so the
 * records agree with it: each reception is the day a station's deputies received the matters that
 * became its `reception` suggestions (an item settled on the spot carries its answer), and the
 * activities follow the calendar of a town's year. Deterministic: no draw.
 */
import type { Activity, ActivityKind, Reception, Station, Suggestion } from '../../domain/model.js';

/** A small number from a text, the same every time: how many more residents came than matters were raised. */
function spread(text: string, range: number): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.codePointAt(0)!) % 9973;
  return h % range;
}

export function receptionLogs(suggestions: readonly Suggestion[], stations: readonly Station[]): Reception[] {
  const byDay = new Map<string, Suggestion[]>();
  for (const s of suggestions) {
    const raised = s.history[0];
    if (s.source !== 'reception' || !s.station || !raised) continue;
    const key = `${raised.date}|${s.station}`;
    byDay.set(key, [...(byDay.get(key) ?? []), s]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, items]) => {
      const [date, stationId] = key.split('|') as [string, string];
      const station = stations.find((st) => st.id === stationId);
      const deputies = [...new Set(items.flatMap((s) => s.deputies))];
      // A colleague stationed there usually joins the one on duty.
      const colleague = station?.deputies.find((d) => !deputies.includes(d));
      if (colleague && spread(key, 2) === 0) deputies.push(colleague);
      return {
        id: `r-${date}-${stationId}`,
        station: stationId,
        date,
        deputies,
        residents: items.length + spread(key, 4),
        matters: items.map((s) => {
          const onSite = s.history.find((h) => h.stage === 'resolved-on-site');
          return { text: s.title.replace(/^关于(.*)的建议$/, '$1'), suggestion: s.id, ...(onSite?.note ? { answer: onSite.note } : {}) };
        }),
      };
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
