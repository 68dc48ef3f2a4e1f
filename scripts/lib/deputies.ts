/**
 * Invented deputies. A town's list holds its own township deputies plus the county, city and
 * provincial deputies elected there or stationed at its liaison stations, several of them serving
 * at two or three levels at once (“四级代表进站”). A subdistrict has no congress, so its list
 * starts at the county level.
 */
import type { Deputy, DeputyLevel, Town } from '../../domain/model.js';
import { uniquePersonName, type Gender } from './names.js';
import type { Locale, Place } from './places.js';
import type { Rng, Weighted } from './random.js';

export interface DeputyPlan {
  /** Letters before the number in the deputy's id (代表编号): “bq” gives bq-001. */
  idPrefix: string;
  /** Deputies of the town congress; 0 for a subdistrict. */
  township: number;
  /** Of the township deputies, how many also sit in the county (district) congress. */
  townshipAlsoCounty: number;
  /** County deputies who are not township deputies. */
  countyOnly: number;
  /** City deputies; `cityAlsoCounty` of them are county deputies too. */
  city: number;
  cityAlsoCounty: number;
  provincial: number;
  /** Share of deputies with a photo. */
  photoShare: number;
  /** Printed term of the township or county congress, e.g. 2022—2026. */
  term: string;
  /** Printed term of the city and provincial congresses, e.g. 2023—2027. */
  upperTerm: string;
}

/** A deputy while the town is being built: where they live decides their home station. */
export interface DeputyDraft extends Deputy {
  home: Place;
}

type Occupation =
  | '村党组织书记' | '社区党组织书记' | '村（居）委会干部' | '企业负责人' | '企业职工' | '农民' | '合作社负责人'
  | '教师' | '医生' | '个体工商户' | '民宿经营者' | '机关干部' | '退休干部' | '网格员' | '律师';

const RURAL_MIX: Weighted<Occupation> = [
  ['村（居）委会干部', 6], ['企业负责人', 12], ['企业职工', 8], ['农民', 10], ['合作社负责人', 4], ['教师', 5],
  ['医生', 4], ['个体工商户', 6], ['民宿经营者', 2], ['机关干部', 4], ['退休干部', 2], ['网格员', 2],
];
const URBAN_MIX: Weighted<Occupation> = [
  ['企业负责人', 12], ['企业职工', 8], ['教师', 6], ['医生', 6], ['个体工商户', 5], ['机关干部', 5],
  ['律师', 3], ['网格员', 3], ['退休干部', 2],
];
const UPPER_MIX: Weighted<Occupation> = [
  ['企业负责人', 10], ['机关干部', 4], ['医生', 2], ['教师', 2], ['合作社负责人', 2], ['律师', 1],
];

const OFFICES = ['社会事务办', '农业农村办', '经济发展办', '建设办', '平安办'];

function titleFor(rng: Rng, occupation: Occupation, home: Place, town: Town, locale: Locale): string {
  const p = home.name;
  switch (occupation) {
    case '村党组织书记':
      return rng.chance(0.6) ? `${p}党总支书记、村委会主任` : `${p}党支部书记`;
    case '社区党组织书记':
      return `${p}党委书记、居委会主任`;
    case '村（居）委会干部':
      return home.kind === 'village' ? `${p}村委会${rng.pick(['主任', '副主任', '委员'])}` : `${p}居委会${rng.pick(['主任', '副主任', '委员'])}`;
    case '企业负责人':
      return `${rng.pick(locale.firms)}${rng.pick(['董事长', '总经理', '董事长、总经理'])}`;
    case '企业职工':
      return `${rng.pick(locale.firms)}${rng.pick(['车间主任', '技术员', '质检员', '班组长', '工会主席'])}`;
    case '农民':
      return `${p}${rng.pick(locale.crops)}种植户`;
    case '合作社负责人':
      return `${locale.short}${rng.pick(locale.crops)}专业合作社理事长`;
    case '教师':
      return `${rng.pick(locale.schools)}${rng.pick(['教师', '教师', '副校长', '教导主任'])}`;
    case '医生':
      return `${locale.clinic}${rng.pick(['全科医生', '副院长', '护士长', '公共卫生科医生'])}`;
    case '个体工商户':
      return `${p}${rng.pick(['超市', '农资店', '五金店', '早餐店', '药店'])}经营者`;
    case '民宿经营者':
      return `${p}民宿经营者`;
    case '机关干部':
      return town.kind === 'subdistrict'
        ? `${town.name}${rng.pick(['社区建设办', '平安办', '经济服务办'])}主任`
        : `${town.name}${rng.pick(OFFICES)}主任`;
    case '退休干部':
      return `${p}退休${rng.pick(['教师', '干部', '职工'])}`;
    case '网格员':
      return `${p}专职网格员`;
    case '律师':
      return `${town.county}${rng.pick(['明理', '正和', '春澜', '天衡'])}律师事务所律师`;
  }
}

function bioFor(rng: Rng, occupation: Occupation, home: Place, locale: Locale, startYear: number): string {
  const p = home.name;
  const crop = rng.pick(locale.crops);
  switch (occupation) {
    case '社区党组织书记':
      return rng.pick([
        `${startYear - rng.int(2, 12)}年起在${p}工作，坚持每周走访楼道和网格，推动老旧小区改造、加装电梯等民生实事落地。`,
        `扎根${p}多年，牵头办好“邻里议事会”，让居民的事居民商量着办。`,
        `长期在社区一线工作，推动${p}建成居家养老服务站和社区食堂。`,
      ]);
    case '村党组织书记':
      return rng.pick([
        `${startYear - rng.int(2, 12)}年起在${p}工作，熟悉村情民情，坚持每周走访农户，推动村集体经济持续增收。`,
        `扎根${p}多年，带领群众发展${crop}产业，牵头办好村里的“小队会”。`,
        `长期在基层一线工作，推动${p}完成道路硬化、污水治理等一批民生项目。`,
      ]);
    case '村（居）委会干部':
      return `负责${p}日常事务，常年调解邻里纠纷，群众有事爱找她（他）商量。`.replace('她（他）', rng.chance(0.5) ? '他' : '她');
    case '企业负责人':
      return rng.pick([
        `在${locale.short}创业${rng.int(8, 30)}年，企业吸纳本地就业${rng.int(60, 600)}人，热心村企结对和助学。`,
        `企业扎根本地，带动周边群众就业，积极参与“进站会商一件事”，为优化营商环境建言。`,
      ]);
    case '企业职工':
      return `一线技术骨干，关注职工技能培训和权益保障。`;
    case '农民':
      return `种植${crop}${rng.int(20, 300)}亩，带动周边农户增收，关注农田水利和农产品销路。`;
    case '合作社负责人':
      return `领办${crop}专业合作社，带动社员${rng.int(40, 260)}户，推动农产品品牌化销售。`;
    case '教师':
      return `从教${rng.int(8, 32)}年，长期担任班主任，关注农村留守儿童教育和校园安全。`;
    case '医生':
      return `在基层从医${rng.int(6, 30)}年，常年参与家庭医生签约和送医下乡。`;
    case '个体工商户':
      return `在${p}经营${rng.int(5, 25)}年，熟悉商户和邻里诉求，积极参与集镇环境整治。`;
    case '民宿经营者':
      return `返乡创业经营民宿，关注乡村旅游和村庄环境提升。`;
    case '机关干部':
      return `长期从事基层服务工作，熟悉${locale.short}民生事务办理流程。`;
    case '退休干部':
      return `退休后热心公益，组织老年志愿服务队，常年收集邻里意见。`;
    case '网格员':
      return `负责${p}网格日常走访，群众的大事小情第一时间上报、跟进。`;
    case '律师':
      return `执业${rng.int(6, 25)}年，长期为群众提供免费法律咨询，参与矛盾纠纷调解。`;
  }
}

/** Village secretaries are usually elected; upper levels lean to entrepreneurs and officials. */
function occupationFor(rng: Rng, home: Place, level: 'township' | 'county' | 'upper', secretaryTaken: Set<string>): Occupation {
  if (level !== 'upper' && !secretaryTaken.has(home.id) && rng.chance(level === 'township' ? 0.9 : 0.5)) {
    secretaryTaken.add(home.id);
    return home.kind === 'village' ? '村党组织书记' : '社区党组织书记';
  }
  if (level === 'upper') return rng.weighted(UPPER_MIX);
  return rng.weighted(home.kind === 'village' ? RURAL_MIX : URBAN_MIX);
}

/**
 * Share `total` seats among places, at least one each where possible, bigger places (earlier in
 * the list: the town's seat comes first) getting a few more.
 */
function shareSeats(rng: Rng, places: Place[], total: number): Map<string, number> {
  const seats = new Map<string, number>();
  const weights = places.map((_, i) => 1.6 - i / Math.max(1, places.length) + rng.next() * 0.6);
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  places.forEach((p, i) => {
    const n = Math.max(1, Math.floor((total * (weights[i] as number)) / sum));
    seats.set(p.id, n);
    given += n;
  });
  // Trim or top up one seat at a time so the sum is exact.
  let i = 0;
  while (given !== total && places.length > 0) {
    const p = places[i % places.length] as Place;
    const n = seats.get(p.id) as number;
    if (given > total && n > 1) {
      seats.set(p.id, n - 1);
      given--;
    } else if (given < total) {
      seats.set(p.id, n + 1);
      given++;
    }
    i++;
    if (i > total * 10 + 100) break;
  }
  return seats;
}

export function generateDeputies(rng: Rng, town: Town, places: Place[], locale: Locale, plan: DeputyPlan): DeputyDraft[] {
  const taken = new Set<string>();
  const secretary = new Set<string>();
  const startYear = Number((plan.term.match(/\d{4}/) ?? ['2022'])[0]);
  const drafts: DeputyDraft[] = [];

  const make = (home: Place, levels: DeputyLevel[], occupation: Occupation, constituency: string): DeputyDraft => {
    const gender: Gender = rng.chance(occupation === '村党组织书记' ? 0.22 : 0.38) ? 'female' : 'male';
    const upper = !levels.includes('township') && !levels.includes('county');
    const d: DeputyDraft = {
      id: '',
      name: uniquePersonName(rng, gender, taken),
      levels,
      constituency,
      stations: [],
      title: titleFor(rng, occupation, home, town, locale),
      occupation,
      term: upper ? plan.upperTerm : plan.term,
      gender,
      home,
    };
    if (rng.chance(0.85)) d.bio = bioFor(rng, occupation, home, locale, startYear);
    drafts.push(d);
    return d;
  };

  // Township deputies by constituency: one 选区 per village or community.
  const seats = shareSeats(rng, places, plan.township);
  const districtNo = new Map(places.map((p, i) => [p.id, i + 1]));
  if (plan.township > 0) {
    for (const p of places) {
      for (let k = 0; k < (seats.get(p.id) ?? 0); k++) {
        make(p, ['township'], occupationFor(rng, p, 'township', secretary), `第${districtNo.get(p.id)}选区（${p.name}）`);
      }
    }
  }
  const township = drafts.slice();

  // County constituencies cover two or three villages each.
  const firstCountyDistrict = rng.int(6, 40);
  const countyDistrict = (p: Place): string => {
    const i = places.indexOf(p);
    const group = places.slice(i - (i % 3), i - (i % 3) + 3).map((q) => q.name).join('、');
    return `${town.county}第${firstCountyDistrict + Math.floor(i / 3)}选区（${town.name}${group}）`;
  };

  // Some township deputies are county deputies too.
  const alsoCounty = rng.sample(
    township.filter((d) => d.occupation !== '网格员'),
    plan.townshipAlsoCounty,
  );
  for (const d of alsoCounty) {
    d.levels = ['county', 'township'];
    d.constituency = `${d.constituency}；${countyDistrict(d.home)}`;
  }
  const countyPeople: DeputyDraft[] = [...alsoCounty];
  for (let k = 0; k < plan.countyOnly; k++) {
    const home = rng.pick(places);
    countyPeople.push(make(home, ['county'], occupationFor(rng, home, 'county', secretary), countyDistrict(home)));
  }

  // City deputies are elected by the county congress, so their constituency is the county.
  const cityFromCounty = rng.sample(countyPeople, plan.cityAlsoCounty);
  for (const d of cityFromCounty) {
    d.levels = ['city', ...d.levels];
    d.term = `${d.term}（${d.levels.includes('township') ? '区、镇' : '区'}）；${plan.upperTerm}（市）`;
  }
  for (let k = 0; k < plan.city - cityFromCounty.length; k++) {
    const home = rng.pick(places);
    make(home, ['city'], occupationFor(rng, home, 'upper', secretary), `${town.county}（选举单位）`);
  }
  for (let k = 0; k < plan.provincial; k++) {
    const pool = drafts.filter((d) => d.levels.includes('city') && !d.levels.includes('provincial'));
    if (pool.length > 0 && rng.chance(0.5)) {
      const d = rng.pick(pool);
      d.levels = ['provincial', ...d.levels];
    } else {
      const home = rng.pick(places);
      make(home, ['provincial'], occupationFor(rng, home, 'upper', secretary), `${town.city}（选举单位）`);
    }
  }

  assignLeaders(rng, town, drafts);

  // Number deputies by constituency so that a village's deputies sit together on the poster wall.
  const order = (d: DeputyDraft): number => {
    if (d.roles?.some((r) => LEADER_ROLES.includes(r))) return 0;
    if (d.roles?.some((r) => DEPUTY_LEADER_ROLES.includes(r))) return 1;
    return 2;
  };
  const sorted = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => order(a.d) - order(b.d) || places.indexOf(a.d.home) - places.indexOf(b.d.home) || a.i - b.i)
    .map(({ d }) => d);
  sorted.forEach((d, i) => {
    d.id = `${plan.idPrefix}-${String(i + 1).padStart(3, '0')}`;
    if (rng.chance(plan.photoShare)) d.photo = `photos/${d.id}.svg`;
  });
  return sorted;
}

const LEADER_ROLES = ['镇人大主席', '乡人大主席', '街道人大工委主任'];
const DEPUTY_LEADER_ROLES = ['镇人大副主席', '乡人大副主席', '街道人大工委副主任'];

function addRole(d: Deputy, role: string): void {
  d.roles = [...(d.roles ?? []), role];
}

/** The presidium of a town congress, or the officers of a subdistrict's working committee. */
function assignLeaders(rng: Rng, town: Town, drafts: DeputyDraft[]): void {
  if (town.congress.kind === 'congress') {
    const township = drafts.filter((d) => d.levels.includes('township'));
    const chair = township.find((d) => d.levels.includes('county')) ?? township[0];
    if (!chair) return;
    chair.title = `${town.name}人大主席`;
    chair.occupation = '机关干部';
    chair.bio = `${town.name}人大主席，主持主席团日常工作，牵头代表联络站建设和代表建议督办。`;
    addRole(chair, '镇人大主席');
    addRole(chair, '主席团成员');
    const rest = township.filter((d) => d !== chair);
    const vice = rest.find((d) => d.occupation === '机关干部') ?? rest[0];
    if (vice) {
      vice.title = `${town.name}人大副主席`;
      vice.occupation = '机关干部';
      vice.bio = `${town.name}人大副主席，分管代表联络站和民生实事项目票决工作。`;
      addRole(vice, '镇人大副主席');
      addRole(vice, '主席团成员');
    }
    const presidium = rng.sample(
      rest.filter((d) => d !== vice && (d.occupation === '村党组织书记' || d.occupation === '社区党组织书记' || d.occupation === '企业负责人' || d.occupation === '教师')),
      7,
    );
    for (const d of presidium) addRole(d, '主席团成员');
    if (town.kind === 'township') {
      for (const d of drafts) d.roles = d.roles?.map((r) => r.replace('镇人大', '乡人大'));
      chair.title = chair.title?.replace('镇人大', '乡人大');
    }
  } else {
    const county = drafts.filter((d) => d.levels.includes('county'));
    const head = county[0];
    if (!head) return;
    head.title = `${town.name}人大工委主任`;
    head.occupation = '机关干部';
    head.bio = `${town.name}人大工委主任，负责议政代表会和代表联络站日常工作。`;
    addRole(head, '街道人大工委主任');
    const deputyHead = county[1];
    if (deputyHead) {
      deputyHead.title = `${town.name}人大工委副主任`;
      deputyHead.occupation = '机关干部';
      deputyHead.bio = `${town.name}人大工委副主任，负责代表建议督办和民生实事项目居民票选。`;
      addRole(deputyHead, '街道人大工委副主任');
    }
    for (const d of rng.sample(county.slice(2), 3)) addRole(d, '街道人大工委委员');
    for (const d of rng.sample(county.slice(2), 6)) addRole(d, '议政代表会召集人');
  }
}
