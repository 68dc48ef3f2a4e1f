/**
 * Liaison stations and who is stationed where. The link is written on both sides (a deputy's
 * `stations`, a station's `deputies`), so it is built here once and copied to both.
 */
import type { Crs, DeputyLevel, MobileStop, ReceptionRule, Station } from '../../domain/model.js';
import type { DeputyDraft } from './deputies.js';
import { inCrs } from './geo.js';
import type { Rng } from './random.js';

export interface StationPlan {
  id: string;
  name: string;
  kind: Station['kind'];
  theme?: string;
  address: string;
  /** GCJ-02; written in `crs`. */
  at: [number, number];
  crs: Crs;
  phone?: string;
  reception: ReceptionRule[];
  stops?: (Omit<MobileStop, 'location'> & { at?: [number, number]; crs?: Crs })[];
  description?: string;
  /** Places whose constituency deputies are based here. */
  home?: string[];
  /** Every deputy at these levels is also stationed here (“四级代表进站” at the centre). */
  allOfLevels?: DeputyLevel[];
  /** Every deputy holding a role (the presidium) is also stationed here. */
  allWithRoles?: boolean;
  /** More deputies drawn in, those matching `prefer` first. */
  extra?: { count: number; prefer?: (d: DeputyDraft) => boolean };
  /** A role given to one of the station's deputies: 站长, 铺长, 点长. */
  leaderRole?: string;
}

export function buildStations(rng: Rng, plans: StationPlan[], deputies: DeputyDraft[]): Station[] {
  const at = new Map<string, Set<DeputyDraft>>(plans.map((p) => [p.id, new Set()]));
  const count = (d: DeputyDraft): number => plans.filter((p) => at.get(p.id)?.has(d)).length;

  for (const plan of plans) {
    const set = at.get(plan.id) as Set<DeputyDraft>;
    for (const d of deputies) {
      if (plan.home?.includes(d.home.id)) set.add(d);
      if (plan.allOfLevels && d.levels.some((l) => plan.allOfLevels?.includes(l))) set.add(d);
      if (plan.allWithRoles && d.roles && d.roles.length > 0) set.add(d);
    }
  }
  for (const plan of plans) {
    if (!plan.extra) continue;
    const set = at.get(plan.id) as Set<DeputyDraft>;
    const candidates = deputies.filter((d) => !set.has(d));
    const preferred = rng.shuffle(candidates.filter((d) => plan.extra?.prefer?.(d)));
    // Among the rest, spread the load: deputies with fewer stations first.
    const others = rng.shuffle(candidates.filter((d) => !plan.extra?.prefer?.(d))).sort((a, b) => count(a) - count(b));
    for (const d of [...preferred, ...others].slice(0, plan.extra.count)) set.add(d);
  }
  // No station is left empty: a place with no deputy of its own borrows two or three.
  for (const plan of plans) {
    const set = at.get(plan.id) as Set<DeputyDraft>;
    if (set.size > 0) continue;
    const spare = rng.shuffle(deputies).sort((a, b) => count(a) - count(b));
    for (const d of spare.slice(0, rng.int(2, 3))) set.add(d);
  }
  // Nobody is left without a station: they join the first fixed station, the centre.
  const fallback = plans.find((p) => p.kind === 'center') ?? plans[0];
  for (const d of deputies) {
    if (fallback && count(d) === 0) at.get(fallback.id)?.add(d);
  }

  for (const d of deputies) d.stations = plans.filter((p) => at.get(p.id)?.has(d)).map((p) => p.id);

  return plans.map((plan) => {
    const members = deputies.filter((d) => at.get(plan.id)?.has(d));
    if (plan.leaderRole) {
      const leader = members.find((d) => d.levels.includes('county')) ?? members[0];
      if (leader) leader.roles = [...(leader.roles ?? []), plan.leaderRole];
    }
    const station: Station = {
      id: plan.id,
      name: plan.name,
      kind: plan.kind,
      ...(plan.theme ? { theme: plan.theme } : {}),
      address: plan.address,
      location: inCrs(plan.at, plan.crs),
      ...(plan.phone ? { phone: plan.phone } : {}),
      reception: plan.kind === 'mobile' ? [] : plan.reception,
      deputies: members.map((d) => d.id),
    };
    if (plan.kind === 'mobile') {
      station.stops = (plan.stops ?? []).map((s) => ({
        date: s.date,
        place: s.place,
        ...(s.time ? { time: s.time } : {}),
        ...(s.at ? { location: inCrs(s.at, s.crs ?? 'gcj02') } : {}),
      }));
    }
    if (plan.description) station.description = plan.description;
    return station;
  });
}

/** A landline in the town's area code: invented digits, plausible shape. */
export function landline(rng: Rng, areaCode: string): string {
  return `${areaCode}-${rng.int(5, 8)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`.slice(0, areaCode.length + 9);
}
