/**
 * Writes the committed demo content: two invented towns of an invented district, modelled on the
 * source articles (a 镇 with a railway land-acquisition liaison point, a 民生小铺 and a mobile
 * station; a 街道 with a 人大工委, an 议政代表会 and a building point).
 *
 *   node build/scripts/demo-content.js [outDir]      (default: content)
 *
 * Deterministic: the same code writes the same bytes, so a diff of `content/` shows only what a
 * change to the generator meant to change.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Activity, Deputy, Poll, ProjectBallot, Rating, ScoringRule, Station, Town, TownMapLayer, VoteEvent } from '../domain/model.js';
import { schematicMap } from './lib/base-map.js';
import { activityLog, receptionLogs } from './lib/duty-records.js';
import { withProgress } from './lib/projects.js';
import { ballotNews, layoutFormula, loopReport, loopStats, loopSummary } from './lib/articles.js';
import type { DeputyDraft } from './lib/deputies.js';
import { offsetMetres } from './lib/geo.js';
import type { Locale, Place } from './lib/places.js';
import { Rng } from './lib/random.js';
import { landline, type StationPlan } from './lib/stations.js';
import { buildTown, DEMO_TODAY, publishDeputy, writeSite, writeTown, type Article, type BuiltTown } from './lib/town.js';
import { chosen, ideasFor, poll, projectBallot, rating } from './lib/votes.js';

const TODAY = DEMO_TODAY;
const START = '2025-01-02';
const COUNTY = '富春区';
/** An unused county code in Hangzhou, so no real town's code is reused. */
const COUNTY_CODE = '330119';
const PHONE_AREA = '0571';

function place(id: string, name: string, kind: Place['kind'], centre: [number, number], east: number, north: number): Place {
  return { id, name, kind, at: offsetMetres(centre, east, north) };
}

// ———————————————————————————————— 枫泉镇 ————————————————————————————————

const BQ_CENTRE: [number, number] = [119.952, 30.048];

function fengquan(rng: Rng): { built: BuiltTown; votes: VoteEvent[]; news: Article[]; pages: Article[]; members?: Omit<Deputy, 'constituency'>[]; map?: TownMapLayer } {
  const c = BQ_CENTRE;
  const places: Place[] = [
    place('fengquan-shequ', '枫泉社区', 'community', c, 0, 0),
    place('quanhu', '泉湖社区', 'community', c, 900, -600),
    place('quankou', '泉口村', 'village', c, -1800, 1200),
    place('shiqiao', '石桥村', 'village', c, -2600, 2500),
    place('meiao', '梅岙村', 'village', c, 2400, 2600),
    place('zhuwu', '竹坞村', 'village', c, 3300, 3900),
    place('yangmeiling', '杨梅岭村', 'village', c, 3900, 1800),
    place('jintang', '金塘村', 'village', c, 1500, -2600),
    place('xifan', '西畈村', 'village', c, -1200, -2800),
    place('xintang', '新塘村', 'village', c, 2800, -1500),
    place('shangxi', '上溪村', 'village', c, -3600, -800),
    place('houpu', '后浦村', 'village', c, -4200, -2400),
  ];
  const at = (id: string, east = 0, north = 0): [number, number] => {
    const p = places.find((q) => q.id === id);
    if (!p) throw new Error(id);
    return offsetMetres(p.at, east, north);
  };
  const locale: Locale = {
    short: '枫泉',
    roads: ['人民路', '枫泉大道', '兴业路', '梅林路', '泉湖街', '环镇北路'],
    schools: ['枫泉镇中心小学', '枫泉镇初级中学', '枫泉镇中心幼儿园'],
    clinic: '枫泉镇卫生院',
    rivers: ['枫泉溪', '后浦港', '梅溪'],
    firms: ['泉湖精密机械有限公司', '枫泉新材料科技有限公司', '金塘食品有限公司', '梅岙竹木制品有限公司'],
    crops: ['杨梅', '茶叶', '竹笋'],
    project: '钱塘湾城际铁路',
  };
  const town: Town = {
    slug: 'fengquan',
    code: `${COUNTY_CODE}102000`,
    name: '枫泉镇',
    kind: 'town',
    province: '浙江省',
    city: '杭州市',
    county: COUNTY,
    congress: {
      name: '枫泉镇第十八届人民代表大会',
      kind: 'congress',
      term: 18,
      termStart: '2022-01-08',
      termEnd: '2027-01-07',
      deputies: 78,
    },
    contacts: [
      {
        name: '枫泉镇人大办',
        phone: '0571-63218806',
        address: '浙江省杭州市富春区枫泉镇人民路88号',
        email: 'rendaban@fengquan.example.gov.cn',
        hours: '工作日 8:30—12:00，13:30—17:00',
      },
      { name: '枫泉镇人大代表联络中心站', phone: '0571-63218812', address: '枫泉镇人民路88号便民服务中心一楼', hours: '每月10日、20日全天' },
    ],
    posterSlogan: '有事码上说 代表在身边',
  };

  const built = buildTown(rng.fork('fengquan'), {
    town,
    places,
    locale,
    deputies: {
      idPrefix: 'bq',
      township: 78,
      townshipAlsoCounty: 12,
      countyOnly: 8,
      city: 5,
      cityAlsoCounty: 3,
      provincial: 2,
      photoShare: 0.9,
      term: '2022—2026',
      upperTerm: '2023—2027',
    },
    stations: (): StationPlan[] => [
      {
        id: 'center', name: '枫泉镇人大代表联络中心站', kind: 'center', address: '枫泉镇人民路88号便民服务中心一楼',
        at: offsetMetres(c, 120, 80), crs: 'gcj02', phone: '0571-63218812',
        reception: [
          { kind: 'monthly', day: 10, time: '09:00-11:30', label: '代表接待日' },
          { kind: 'monthly', day: 20, time: '14:00-17:00', label: '代表集中活动日' },
          { kind: 'quarterly-last-week', time: '09:00-17:00', label: '履职周' },
        ],
        allOfLevels: ['county', 'city', 'provincial'], allWithRoles: true, leaderRole: '联络中心站站长',
        description: '省、市、区、镇四级人大代表在此进站履职。群众可扫代表码、联络站码“有事码上说”，意见建议经代表受理、联络站审核后转交部门办理，办理结果在本站公开并接受群众评议。',
      },
      {
        id: 'quankou', name: '泉口片区人大代表联络站', kind: 'station', theme: 'village', address: '枫泉镇泉口村文化礼堂二楼',
        at: at('quankou', 60, -40), crs: 'wgs84', phone: landline(rng, PHONE_AREA),
        reception: [{ kind: 'weekly', weekday: 2, halfDay: 'morning', time: '08:30-11:30', label: '代表值班接待' }],
        home: ['quankou', 'shiqiao'], leaderRole: '联络站站长',
      },
      {
        id: 'meiao', name: '梅岙片区人大代表联络站', kind: 'station', theme: 'village', address: '枫泉镇梅岙村党群服务中心',
        at: at('meiao', -50, 30), crs: 'gcj02', phone: landline(rng, PHONE_AREA),
        reception: [
          { kind: 'monthly', day: 10, time: '09:00-11:30', label: '片区接待日' },
          { kind: 'quarterly-last-week', label: '履职周' },
        ],
        home: ['meiao', 'zhuwu'], leaderRole: '联络站站长',
      },
      {
        id: 'jintang', name: '金塘片区人大代表联络站', kind: 'station', theme: 'village', address: '枫泉镇金塘村村民服务中心一楼',
        at: at('jintang', 30, 70), crs: 'bd09', phone: landline(rng, PHONE_AREA),
        reception: [{ kind: 'weekly', weekday: 4, halfDay: 'afternoon', time: '14:00-17:00', label: '代表值班接待' }],
        home: ['jintang', 'xintang'], leaderRole: '联络站站长',
      },
      {
        id: 'shangxi', name: '上溪片区人大代表联络站', kind: 'station', theme: 'village', address: '枫泉镇上溪村文化礼堂',
        at: at('shangxi', -40, -20), crs: 'gcj02', phone: landline(rng, PHONE_AREA),
        reception: [
          { kind: 'monthly', day: 20, time: '09:00-11:30', label: '代表集中活动日' },
          { kind: 'weekly', weekday: 2, halfDay: 'morning', time: '08:30-11:00', label: '代表值班接待' },
        ],
        home: ['shangxi', 'houpu', 'xifan'], leaderRole: '联络站站长',
      },
      {
        id: 'fengquan-shequ', name: '枫泉社区人大代表联络点', kind: 'point', theme: 'community', address: '枫泉镇人民路126号枫泉社区党群服务中心',
        at: at('fengquan-shequ', -150, 60), crs: 'gcj02',
        reception: [{ kind: 'weekly', weekday: 2, halfDay: 'morning', time: '09:00-11:30', label: '每周二上午代表值班' }],
        home: ['fengquan-shequ'],
      },
      {
        id: 'quanhu', name: '泉湖社区人大代表联络点', kind: 'point', theme: 'community', address: '枫泉镇泉湖街58号泉湖社区服务中心',
        at: at('quanhu', 40, 40), crs: 'wgs84',
        reception: [{ kind: 'monthly', day: 10, time: '14:00-16:30', label: '代表接待日' }],
        home: ['quanhu'],
      },
      {
        id: 'yangmeiling', name: '杨梅岭村人大代表联络点', kind: 'point', theme: 'village', address: '枫泉镇杨梅岭村文化礼堂',
        at: at('yangmeiling', 20, -30), crs: 'gcj02',
        reception: [{ kind: 'monthly', day: 15, time: '19:00-20:30', label: '“小队会”夜谈' }],
        home: ['yangmeiling'],
      },
      {
        id: 'railway', name: '钱塘湾城际铁路枫泉段征迁人大代表联络点', kind: 'point', theme: 'project',
        address: '枫泉镇西畈村村委会东侧征迁指挥部板房', at: at('xifan', 380, 260), crs: 'gcj02', phone: landline(rng, PHONE_AREA),
        reception: [
          { kind: 'weekly', weekday: 4, time: '19:00-21:00', label: '征迁政策夜谈' },
          { kind: 'once', date: '2026-06-12', time: '19:00-21:30', label: '征迁区块选民夜谈会' },
          { kind: 'once', date: '2026-12-05', time: '09:00-16:00', label: '征地补偿安置政策集中答疑日' },
        ],
        extra: {
          count: 13,
          prefer: (d: DeputyDraft) => d.levels.includes('city') || d.levels.includes('county') || ['xifan', 'jintang'].includes(d.home.id),
        },
        leaderRole: '联络点点长',
        description: '设在重大项目上的人大代表联络点：市、区、镇三级代表进驻，主席团成员参与征迁工作专班，围绕征收补偿、地类划分、果树移栽和施工影响听取群众意见。',
      },
      {
        id: 'minsheng-shop', name: '梅岙村民生小铺人大代表联络点', kind: 'point', theme: 'shop', address: '枫泉镇梅岙村梅岙街12号民生小铺',
        at: at('meiao', 180, -120), crs: 'gcj02',
        reception: [{ kind: 'monthly', day: 15, time: '09:00-11:00', label: '代表当“店小二”' }],
        extra: { count: 3, prefer: (d: DeputyDraft) => ['meiao', 'zhuwu', 'yangmeiling'].includes(d.home.id) && (d.levels.includes('county') || d.levels.includes('township')) },
        leaderRole: '民生小铺铺长',
        description: '小铺平时为村民代办、代购、代缴、代寄；每月15日轮值的区、镇人大代表在铺里接待群众，拉家常、收意见。',
      },
      {
        id: 'industrial-park', name: '枫泉工业功能区企业人大代表联络点', kind: 'point', theme: 'enterprise',
        address: '枫泉镇兴业路6号工业功能区服务中心', at: at('quanhu', 1100, -500), crs: 'bd09',
        reception: [
          { kind: 'monthly', day: 25, time: '14:00-16:30', label: '进站会商一件事' },
          { kind: 'quarterly-last-week', label: '企业走访周' },
        ],
        extra: { count: 7, prefer: (d: DeputyDraft) => d.occupation === '企业负责人' || d.occupation === '企业职工' },
        description: '企业家代表和职工代表进站，围绕用工、审批、物流和政策兑现听取企业诉求，“就地受理、迅速交办、及时反馈”。',
      },
      {
        id: 'mobile', name: '枫泉镇流动人大代表联络站', kind: 'mobile', address: '枫泉镇人大办（流动服务车）',
        at: offsetMetres(c, 140, 60), crs: 'gcj02', phone: '0571-63218806', reception: [],
        stops: [
          { date: '2026-09-18', place: '泉口村文化礼堂', time: '09:00-11:30', at: at('quankou', 60, -40) },
          { date: '2026-10-16', place: '金塘村便民服务点', time: '14:00-16:30', at: at('jintang', -80, 40) },
          { date: '2026-11-13', place: '泉湖精密机械有限公司职工食堂', time: '11:30-13:00', at: at('quanhu', 1250, -620), crs: 'bd09' },
          { date: '2026-11-27', place: '竹坞村村委会', time: '09:00-11:30', at: at('zhuwu') },
          { date: '2026-12-11', place: '后浦村文化礼堂', time: '09:00-11:30', at: at('houpu', 30, 10) },
          { date: '2026-12-25', place: '石桥村老年活动中心', time: '14:00-16:00', at: at('shiqiao', -40, 20) },
          { date: '2027-01-15', place: '杨梅岭村文化礼堂', time: '09:00-11:30', at: at('yangmeiling', 20, -30) },
          { date: '2027-02-26', place: '新塘村农贸市场门口', time: '07:30-09:30', at: at('xintang', 50, 50) },
          { date: '2027-03-12', place: '泉湖社区广场', time: '18:30-20:30', at: at('quanhu', -60, 20) },
        ],
        extra: { count: 6, prefer: (d: DeputyDraft) => !!d.roles?.includes('主席团成员') },
        description: '“代表服务车”按月开进村庄、企业和集市，现场接待、现场受理，能当场解决的当场解决。',
      },
    ],
    suggestions: {
      start: START,
      today: TODAY,
      count: 243,
      events: [
        { date: '2025-01-16', source: 'session', count: 14, label: '枫泉镇第十八届人民代表大会第四次会议', levels: ['township'] },
        { date: '2026-01-15', source: 'session', count: 16, label: '枫泉镇第十八届人民代表大会第五次会议', levels: ['township'] },
        { date: '2025-07-10', source: 'questioning', count: 6, label: '镇人大年中会议大会问政环节', levels: ['township'] },
        { date: '2026-07-09', source: 'questioning', count: 7, label: '镇人大年中会议大会问政环节', levels: ['township'] },
        { date: '2025-04-18', source: 'meet-the-head', count: 3, label: '第一期“镇长有约”活动', station: 'center' },
        { date: '2025-09-12', source: 'meet-the-head', count: 4, label: '第二期“镇长有约”活动', station: 'center' },
        { date: '2026-04-17', source: 'meet-the-head', count: 4, label: '第三期“镇长有约”活动', station: 'railway' },
        { date: '2026-09-11', source: 'meet-the-head', count: 3, label: '第四期“镇长有约”活动', station: 'minsheng-shop' },
      ],
      privateCount: 5,
      personalDataCount: 8,
      areaCode: COUNTY_CODE,
      phoneArea: PHONE_AREA,
      scripts: {
        'just-submitted': 3, accepted: 3, reviewed: 2, 'assigned-waiting': 4, overdue: 3, 'complex-waiting': 3,
        'just-replied': 2, 'just-reopened': 1, 'reopened-waiting': 2, 'second-reply': 1,
      },
    },
  });

  town.intro = [
    `枫泉镇位于${COUNTY}西北部，辖10个行政村、2个社区，户籍人口约5万人。`,
    `镇第十八届人民代表大会有代表${town.congress.deputies}名，另有区、市、省人大代表在本镇联络站进站履职。`,
    `全镇建成${layoutFormula(built.stations)}的代表联络体系，群众扫代表码、联络站码即可“有事码上说”。`,
  ].join('');

  // Votes: two sessions' binding ballots, a residents' poll for next year, two ratings.
  const vr = rng.fork('fengquan-votes');
  const words = { short: locale.short, river: '枫泉溪' };
  const ballot2025 = projectBallot(vr, {
    id: '2025-projects', title: '枫泉镇2025年民生实事项目票决', date: '2025-01-16', session: '枫泉镇第十八届人民代表大会第四次会议',
    electorate: town.congress.deputies, seats: 10, ideas: ideasFor(vr, false, 12), words, candidatePrefix: '2025-p',
  });
  const ballot2026 = projectBallot(vr, {
    id: '2026-projects', title: '枫泉镇2026年民生实事项目票决', date: '2026-01-15', session: '枫泉镇第十八届人民代表大会第五次会议',
    electorate: town.congress.deputies, seats: 10, ideas: ideasFor(vr, false, 12), words, candidatePrefix: '2026-p',
  });
  const ideas2027 = ideasFor(vr, false, 12);
  const poll2027 = poll(vr, {
    id: '2027-project-ideas',
    title: '2027年民生实事候选项目群众意向投票',
    description: '“百姓讲、代表提、政府商、人大定”：请从下列候选项目中选出您最希望明年办的3件实事。投票结果供镇政府梳理候选项目参考，最终由镇人民代表大会票决确定。',
    opens: '2026-10-15', closes: '2026-12-10', maxPicks: 3, showResults: 'live',
    candidates: ideas2027.map((idea, i) => ({
      id: `2027-i${String(i + 1).padStart(2, '0')}`,
      name: idea.name.replace('{short}', words.short).replace('{river}', words.river),
      description: idea.description,
    })),
    voters: 1860,
  });
  const rated2025 = chosen(ballot2025)[0];
  const meetItems = built.suggestions.filter((s) => s.source === 'meet-the-head' && s.public !== false && s.satisfaction);
  const meetRated = meetItems[meetItems.length - 1];
  const votes: VoteEvent[] = [ballot2025, ballot2026, poll2027];
  if (rated2025) {
    votes.push(rating(vr, {
      id: '2025-projects-rating', title: `2025年民生实事项目满意度测评：${rated2025.name}`,
      subject: { type: 'project', id: rated2025.id, ballot: ballot2025.id }, opens: '2025-12-01', closes: '2025-12-20', voters: 74, mood: 0.78,
    }));
  }
  // The year-end rating of the whole 2025 batch: the deputies rate every project at the session
  // (recorded), residents online (advisory). Its own draws, so the rest of the demo stays as it was.
  votes.push(...yearEndRatings(rng.fork('fengquan-year-end'), ballot2025, {
    year: '2025', deputies: { voters: ballot2025.ballotsReturned }, residents: { opens: '2025-12-01', closes: '2025-12-20', voters: 260 }, skipResidents: rated2025?.id,
  }));
  if (meetRated) {
    votes.push(rating(vr, {
      id: 'meet-the-head-rating', title: `“镇长有约”约见事项办理满意度测评：${meetRated.title.replace('约见议题：', '')}`,
      subject: { type: 'suggestion', id: meetRated.id },
      opens: meetRated.history.find((e) => e.stage === 'fed-back')?.date,
      closes: meetRated.history.find((e) => e.stage === 'rated')?.date,
      voters: 21, mood: 0.72,
    }));
  }

  const news = fengquanNews(built, ballot2026);
  // The 大会问政 and 镇长有约 pages are computed from the suggestions (site/pages/meetings.ts).
  return { built, votes, news, pages: [], map: schematicMap(places, locale) };
}

/** Activities where people gather in one place come with a photo of it (a drawn scene in the demo). */
function withPhoto(activity: Activity): Activity {
  if (!['class', 'inspection', 'consultation', 'assembly-meeting'].includes(activity.kind)) return activity;
  return { ...activity, photos: [{ src: `photos/${activity.id}.svg`, alt: `${activity.title}现场` }] };
}

/**
 * The year-end rating of a batch: for each project the ballot chose, the deputies' rating (counted
 * at the session, results only) and the residents' (online, advisory), each naming the ballot.
 */
function yearEndRatings(
  rng: Rng,
  ballot: ProjectBallot,
  o: { year: string; deputies?: { voters: number }; residents?: { opens: string; closes: string; voters: number }; skipResidents?: string },
): Rating[] {
  return chosen(ballot).flatMap((project) => {
    const subject = { type: 'project' as const, id: project.id, ballot: ballot.id };
    const mood = 0.62 + rng.next() * 0.3;
    const ratings: Rating[] = [];
    if (o.deputies) {
      ratings.push({ ...rating(rng, { id: `${ballot.id}-deputies-${project.id}`, title: `${o.year}年民生实事项目代表满意度测评：${project.name}`, subject, voters: o.deputies.voters, mood: Math.min(0.95, mood + 0.08) }), raters: 'deputies' });
    }
    if (o.residents && project.id !== o.skipResidents) {
      ratings.push(rating(rng, { id: `${ballot.id}-rating-${project.id}`, title: `${o.year}年民生实事项目群众满意度测评：${project.name}`, subject, opens: o.residents.opens, closes: o.residents.closes, voters: o.residents.voters - rng.int(0, 80), mood }));
    }
    return ratings;
  });
}

/**
 * A 议政代表会's 票决 on the residents' poll's candidates: the poll's favourites come first, the
 * top `seats` pass with more than half of all members, the rest fall short.
 */
function assemblyBallot(rng: Rng, poll: Poll, o: { id: string; title: string; date: string; session: string; electorate: number; seats: number }): ProjectBallot {
  const returned = o.electorate - rng.int(0, 2);
  const ranked = [...poll.candidates].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  const ideas = ideasFor(rng, true, ranked.length);
  return {
    id: o.id,
    kind: 'project-ballot',
    title: o.title,
    date: o.date,
    session: o.session,
    electorate: o.electorate,
    ballotsIssued: returned,
    ballotsReturned: returned,
    seats: o.seats,
    candidates: ranked.map((c, rank) => {
      const idea = ideas[rank]!;
      const forVotes = rank < o.seats ? returned - rank * 2 - rng.int(0, 1) : Math.floor(o.electorate / 2) - (rank - o.seats) * 2 - rng.int(0, 1);
      const against = Math.min(returned - forVotes, rng.int(0, 2) + (rank >= o.seats ? 2 : 0));
      return {
        id: c.id,
        name: c.name,
        investment: Math.round((idea.investment[0] + rng.next() * (idea.investment[1] - idea.investment[0])) / 5) * 5,
        ...(c.description ? { description: c.description } : {}),
        completion: `2026-${String(Math.min(12, 5 + rank)).padStart(2, '0')}`,
        for: forVotes,
        against,
        abstain: returned - forVotes - against,
      };
    }),
  };
}

function fengquanNews(built: BuiltTown, ballot: ProjectBallot): Article[] {
  const { town, suggestions, stations } = built;
  const railway = stations.find((s) => s.id === 'railway') as Station;
  const railItems = suggestions.filter((s) => s.station === 'railway' && s.public !== false);
  const asked2026 = suggestions.filter((s) => s.source === 'questioning' && s.history[0]?.date === '2026-07-09');
  const stats = loopStats(suggestions, TODAY, (s) => s.public !== false);
  return [
    {
      slug: '2026-minsheng-piaojue',
      front: { title: '镇人代会票决产生2026年十大民生实事项目', date: ballot.date, summary: `${ballot.candidates.length}个候选项目差额票决，${ballot.seats}个项目当选。` },
      body: ballotNews(town, ballot),
    },
    {
      slug: '2026-railway-night-talk',
      front: { title: '铁路征迁联络点里的“夜谈会”', date: '2026-06-12', summary: '市、区、镇三级代表和征迁区块群众面对面，听意见、讲政策。' },
      body: [
        '6月12日晚，钱塘湾城际铁路枫泉段征迁人大代表联络点内灯火通明。镇人大主席团成员和进驻联络点的代表，围绕征收补偿、地类划分、果树移栽等问题，与西畈村、金塘村征迁区块的群众开展夜谈。',
        '',
        `联络点设在征迁指挥部旁，目前有${railway.deputies.length}名市、区、镇三级人大代表进驻，每周四晚上代表轮流值班。自设立以来，联络点共收集征迁相关意见建议${railItems.length}件，能当场解答的当场解答，需要研究的交镇征迁办和相关部门办理。`,
        '',
        '“征迁区块的杨梅树怎么处理？”“过渡安置期间租房补贴怎么算？”夜谈会上，大家的问题一个接一个。代表们逐一记录，能答复的当场答复，不能当场答复的明确办理时限。',
        '',
        '12月5日，联络点还将举办征地补偿安置政策集中答疑日，欢迎群众前来咨询。',
      ].join('\n'),
    },
    {
      slug: '2026-dahui-wenzheng',
      front: { title: '年中人代会上，代表当面问政', date: '2026-07-09', summary: `${asked2026.length}名代表就群众关心的问题当面问政，镇政府负责人逐一回应。` },
      body: [
        `7月9日，${town.congress.name}年中会议举行大会问政。${asked2026.length}名代表围绕道路交通、养老服务、生态环境等群众关心的问题当面提问，镇长和分管负责人逐一回应，明确办理单位和时限。`,
        '',
        '会后，问政事项全部列入交办清单，由镇人大主席团跟踪督办，办理结果向代表反馈并接受代表满意度测评。',
        '',
        '问政事项和办理情况见“大会问政记录”页面。',
      ].join('\n'),
    },
    {
      slug: '2026-loop-report',
      front: { title: '2025年以来代表建议和群众意见办理情况通报', date: TODAY, summary: `共收到意见建议${stats.total}件，${loopSummary(stats)}。` },
      body: loopReport(town, stats, TODAY),
    },
  ];
}

// ———————————————————————————————— 春澜街道 ————————————————————————————————

const CJ_CENTRE: [number, number] = [119.978, 30.069];

/**
 * The 议政代表会's members who are not deputies: residents chosen by the communities and villages,
 * stationed at their community's point. Written by hand (no draw), so the rest stays as it was.
 */
const CHUNLAN_ASSEMBLY_MEMBERS: Omit<Deputy, 'constituency'>[] = [
  { id: 'cj-y01', name: '应秀兰', gender: 'female', kind: 'assembly-member', levels: [], stations: ['chunhui'], title: '春晖社区居民议政代表', occupation: '退休教师', roles: ['议政代表会成员'], term: '2022—2026' },
  { id: 'cj-y02', name: '马国栋', gender: 'male', kind: 'assembly-member', levels: [], stations: ['xinsha'], title: '新沙社区居民议政代表', occupation: '个体工商户', roles: ['议政代表会成员'], term: '2022—2026' },
  { id: 'cj-y03', name: '钱丽', gender: 'female', kind: 'assembly-member', levels: [], stations: ['jiangkou'], title: '江口村村民议政代表', occupation: '村民小组长', roles: ['议政代表会成员'], term: '2022—2026' },
];

function chunlan(rng: Rng): { built: BuiltTown; votes: VoteEvent[]; news: Article[]; pages: Article[]; members?: Omit<Deputy, 'constituency'>[]; map?: TownMapLayer } {
  const c = CJ_CENTRE;
  const places: Place[] = [
    place('chunhui', '春晖社区', 'community', c, 0, 0),
    place('jinjiang', '锦江社区', 'community', c, 800, 400),
    place('wangjiang', '望江社区', 'community', c, -700, 900),
    place('guihua', '桂花社区', 'community', c, 500, -900),
    place('xinsha', '新沙社区', 'community', c, -1200, -600),
    place('jiangkou', '江口村', 'village', c, 2200, 1500),
  ];
  const at = (id: string, east = 0, north = 0): [number, number] => {
    const p = places.find((q) => q.id === id);
    if (!p) throw new Error(id);
    return offsetMetres(p.at, east, north);
  };
  const locale: Locale = {
    short: '春澜',
    roads: ['春澜路', '滨江大道', '锦江路', '桂花街', '望江路', '新沙路'],
    schools: ['春澜小学', '春澜第二小学', '春澜初级中学', '春澜幼儿园'],
    clinic: '春澜社区卫生服务中心',
    rivers: ['春澜', '新沙河', '锦溪'],
    firms: ['春澜数智科技有限公司', '锦江电子科技有限公司', '望江包装有限公司', '春晖医疗器械有限公司'],
    crops: ['蔬菜', '茶叶', '葡萄'],
  };
  const town: Town = {
    slug: 'chunlan',
    code: `${COUNTY_CODE}003000`,
    name: '春澜街道',
    kind: 'subdistrict',
    province: '浙江省',
    city: '杭州市',
    county: COUNTY,
    congress: {
      name: '春澜街道人大工委',
      kind: 'working-committee',
      assembly: '春澜街道议政代表会',
      assemblyDecisions: 'binding',
      term: 18,
      termStart: '2022-01-06',
      termEnd: '2027-01-05',
      deputies: 0,
    },
    contacts: [
      {
        name: '春澜街道人大工委',
        phone: '0571-63365208',
        address: '浙江省杭州市富春区春澜路168号',
        email: 'rdgw@chunlan.example.gov.cn',
        hours: '工作日 8:30—12:00，13:30—17:00',
      },
    ],
  };

  const built = buildTown(rng.fork('chunlan'), {
    town,
    places,
    locale,
    deputies: {
      idPrefix: 'cj',
      township: 0,
      townshipAlsoCounty: 0,
      countyOnly: 34,
      city: 7,
      cityAlsoCounty: 4,
      provincial: 1,
      photoShare: 0.88,
      term: '2022—2026',
      upperTerm: '2023—2027',
    },
    stations: (): StationPlan[] => [
      {
        id: 'center', name: '春澜街道人大代表联络中心站', kind: 'center', address: '春澜街道春澜路168号街道党群服务中心三楼',
        at: offsetMetres(c, 90, -60), crs: 'gcj02', phone: '0571-63365210',
        reception: [
          { kind: 'monthly', day: 10, time: '09:00-11:30', label: '代表接待日' },
          { kind: 'monthly', day: 20, time: '14:00-17:00', label: '代表集中活动日' },
          { kind: 'quarterly-last-week', label: '履职周' },
        ],
        allOfLevels: ['city', 'provincial'], allWithRoles: true, extra: { count: 6 }, leaderRole: '联络中心站站长',
        description: '数智联络中心站：群众扫码留言“一键”直达代表，意见建议线上流转、全程可查。',
      },
      {
        id: 'chunhui', name: '春晖社区人大代表联络站', kind: 'station', theme: 'community', address: '春澜街道春晖路21号春晖社区邻里中心二楼',
        at: at('chunhui', -40, 30), crs: 'gcj02', phone: landline(rng, PHONE_AREA),
        reception: [{ kind: 'weekly', weekday: 2, halfDay: 'morning', time: '09:00-11:30', label: '代表值班接待' }],
        home: ['chunhui', 'guihua'], leaderRole: '联络站站长',
      },
      {
        id: 'jinjiang', name: '锦江社区人大代表联络点', kind: 'point', theme: 'community', address: '春澜街道锦江路88号锦江社区服务中心',
        at: at('jinjiang', 20, -20), crs: 'wgs84',
        reception: [{ kind: 'monthly', day: 15, time: '19:00-20:30', label: '“江畔夜话”议事' }],
        home: ['jinjiang', 'wangjiang'],
      },
      {
        id: 'xinsha', name: '新沙社区人大代表联络点', kind: 'point', theme: 'community', address: '春澜街道新沙路9号新沙社区党群服务中心',
        at: at('xinsha', 30, 10), crs: 'gcj02',
        reception: [{ kind: 'weekly', weekday: 4, halfDay: 'afternoon', time: '14:00-16:30', label: '代表值班接待' }],
        home: ['xinsha'],
      },
      {
        id: 'jiangkou', name: '江口村人大代表联络点', kind: 'point', theme: 'village', address: '春澜街道江口村文化礼堂',
        at: at('jiangkou', -20, 40), crs: 'bd09',
        reception: [
          { kind: 'monthly', day: 20, time: '09:00-11:00', label: '代表集中活动日' },
          { kind: 'once', date: '2026-12-18', time: '19:00-21:00', label: '“小队会”议事：村道拓宽方案' },
        ],
        home: ['jiangkou'],
      },
      {
        id: 'digital-tower', name: '春澜数字经济大厦楼宇人大代表联络点', kind: 'point', theme: 'building',
        address: '春澜街道滨江大道1号春澜数字经济大厦1楼共享会客厅', at: at('jinjiang', 450, 300), crs: 'gcj02',
        reception: [{ kind: 'weekly', weekday: 3, time: '12:00-13:30', label: '“午间议事”' }],
        extra: { count: 5, prefer: (d: DeputyDraft) => d.occupation === '企业负责人' || d.occupation === '企业职工' || d.occupation === '律师' },
        leaderRole: '联络点点长',
        description: '设在商务楼宇的联络点，服务楼宇企业和上班族：午休时间代表值班，收集企业诉求和“青年议事会”的意见。',
      },
    ],
    suggestions: {
      start: START,
      today: TODAY,
      count: 43,
      events: [
        { date: '2025-01-08', source: 'session', count: 5, label: `${COUNTY}第十八届人民代表大会第四次会议`, levels: ['county'] },
        { date: '2026-01-07', source: 'session', count: 5, label: `${COUNTY}第十八届人民代表大会第五次会议`, levels: ['county'] },
        { date: '2025-06-20', source: 'questioning', count: 3, label: '春澜街道议政代表会问政环节' },
        { date: '2026-06-19', source: 'questioning', count: 4, label: '春澜街道议政代表会问政环节' },
      ],
      privateCount: 2,
      personalDataCount: 4,
      areaCode: COUNTY_CODE,
      phoneArea: PHONE_AREA,
      scripts: {
        'just-submitted': 1, accepted: 1, reviewed: 1, 'assigned-waiting': 2, overdue: 1, 'complex-waiting': 1,
        'just-replied': 1, 'reopened-waiting': 1,
      },
    },
  });
  town.congress.deputies = built.deputies.length;
  town.intro = [
    `春澜街道位于${COUNTY}城区，辖5个社区、1个行政村。街道不设人民代表大会，由春澜街道人大工委联系在本街道的区、市、省人大代表，并组织春澜街道议政代表会。`,
    `街道建成${layoutFormula(built.stations)}的代表联络体系，社区、楼宇都有代表值班，扫码即可找到代表。`,
  ].join('');

  const vr = rng.fork('chunlan-votes');
  const level = (i: number): string => (i < 3 ? '街道级' : i < 7 ? '社区级' : '网格级');
  const cands = (prefix: string, n: number) =>
    ideasFor(vr, true, n).map((idea, i) => ({
      id: `${prefix}${String(i + 1).padStart(2, '0')}`,
      name: idea.name.replace('{short}', '春澜').replace('{river}', '春澜'),
      description: `${level(i)}候选项目：${idea.description}`,
    }));
  const poll2026 = poll(vr, {
    id: '2026-projects-poll', title: '2026年春澜街道民生实事项目居民票选',
    description: '街道、社区、网格三级征集候选项目，居民投票结果提交议政代表会审议，作为确定年度民生实事项目的重要依据。',
    opens: '2025-10-15', closes: '2025-11-15', maxPicks: 5, showResults: 'after-close', candidates: cands('2026-c', 9), voters: 3120,
  });
  const poll2027 = poll(vr, {
    id: '2027-projects-poll', title: '2027年春澜街道民生实事项目居民票选',
    description: '街道—社区—网格三级征集，每人最多选5项。票选进行中，结果实时公布。',
    opens: '2026-10-20', closes: '2026-11-30', maxPicks: 5, showResults: 'live', candidates: cands('2027-c', 10), voters: 1480,
  });
  const top2026 = [...poll2026.candidates].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0))[0];
  const votes: VoteEvent[] = [poll2026, poll2027];
  // The 议政代表会 decided the 2026 projects from the residents' poll (binding, as town.json says).
  const ballot2026 = assemblyBallot(rng.fork('chunlan-assembly-ballot'), poll2026, {
    id: '2026-projects', title: '春澜街道2026年民生实事项目票决', date: '2025-12-18', session: '春澜街道议政代表会2025年第四次会议',
    electorate: built.deputies.length + CHUNLAN_ASSEMBLY_MEMBERS.length, seats: 5,
  });
  votes.unshift(ballot2026);
  if (top2026) {
    votes.push(rating(vr, {
      id: '2026-projects-rating', title: `2026年民生实事项目群众满意度测评：${top2026.name}`,
      subject: { type: 'project', id: top2026.id, ballot: ballot2026.id }, opens: '2026-11-10', closes: '2026-12-10', voters: 412, mood: 0.74,
    }));
  }
  // Residents rate the whole batch online while the year ends; the 议政代表 rate it at their January meeting.
  votes.push(...yearEndRatings(rng.fork('chunlan-year-end'), ballot2026, { year: '2026', residents: { opens: '2026-11-10', closes: '2026-12-10', voters: 380 }, skipResidents: top2026?.id }));

  const stats = loopStats(built.suggestions, TODAY, (s) => s.public !== false);
  const asked = built.suggestions.filter((s) => s.source === 'questioning' && s.public !== false);
  const tower = built.stations.find((s) => s.id === 'digital-tower') as Station;
  const askedTopics = [...new Set(asked.filter((s) => s.history[0]?.date === '2026-06-19').map((s) => s.category))].join('、');
  const rankedPoll = [...poll2026.candidates].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  const news: Article[] = [
    {
      slug: '2025-building-point',
      front: { title: '数字经济大厦楼宇联络点启用 代表“午间议事”', date: '2025-03-18', summary: '楼宇里的上班族午休时间就能找到人大代表。' },
      body: [
        `3月18日，春澜数字经济大厦楼宇人大代表联络点正式启用。${tower.deputies.length}名区、市人大代表轮流进驻，每周三中午在大厦一楼共享会客厅值班。`,
        '',
        '楼宇企业和上班族反映的停车、通勤、托育、政策兑现等问题，由代表受理后经街道人大工委审核，转交相关部门办理，办理结果在联络点和网上同步公开。',
      ].join('\n'),
    },
    {
      slug: '2026-poll-result',
      front: { title: '2026年民生实事项目居民票选结果揭晓', date: '2025-11-20', summary: `${poll2026.candidates.length}个候选项目，居民投票${rankedPoll.reduce((a, c) => a + (c.votes ?? 0), 0)}票。` },
      body: [
        '经街道、社区、网格三级征集，2026年春澜街道民生实事候选项目居民票选于11月15日结束。得票前五的项目如下：',
        '',
        ...rankedPoll.slice(0, 5).map((c, i) => `${i + 1}. ${c.name}（${c.votes}票）`),
        '',
        '票选结果已提交春澜街道议政代表会审议，作为确定年度民生实事项目的重要依据。',
      ].join('\n'),
    },
    {
      slug: '2026-yizheng-wenzheng',
      front: { title: '议政代表会上，代表问政街道', date: '2026-06-19', summary: `代表围绕${askedTopics}等问题当面提问。` },
      body: [
        `6月19日，春澜街道议政代表会召开会议，听取街道上半年民生实事项目推进情况报告。问政环节中，代表围绕${askedTopics}等问题当面提问，街道负责人逐一回应。`,
        '',
        '问政事项已列入交办清单，由街道人大工委跟踪督办。',
      ].join('\n'),
    },
    {
      slug: '2026-loop-report',
      front: { title: '2025年以来群众意见建议办理情况通报', date: TODAY, summary: `共收到意见建议${stats.total}件，${loopSummary(stats)}。` },
      body: loopReport(town, stats, TODAY),
    },
  ];
  const pages: Article[] = [
    {
      slug: 'yizheng-daibiaohui',
      front: { title: '春澜街道议政代表会', summary: '街道不设人大，议政代表会让居民和代表一起议街道的事。', order: 1 },
      body: [
        '街道是区政府的派出机关，不设人民代表大会。为了让“众人的事情由众人商量”，春澜街道人大工委组织召开议政代表会：由在街道的区、市人大代表，以及各社区、村推选的居民议政代表组成，每年召开两次会议。',
        '',
        '## 议政代表会做什么',
        '',
        '- 听取街道年度工作和民生实事项目推进情况报告，提出意见建议；',
        '- 审议街道—社区—网格三级征集、居民票选产生的民生实事候选项目；',
        '- 问政环节：代表当面向街道负责人提问，问政事项列入交办清单、跟踪督办；',
        '- 年底对民生实事项目实施情况进行满意度测评。',
        '',
        '## 问政事项办理情况',
        '',
        '每次问政的事项、答复、办理进程和代表评议，见[议政代表会问政记录](../../questioning/)。',
      ].join('\n'),
    },
  ];
  return { built, votes, news, pages, members: CHUNLAN_ASSEMBLY_MEMBERS, map: schematicMap(places, locale) };
}

/**
 * 枫泉镇's scoring rule for the 履职档案, modelled on the districts that publish a 履职活力指数
 * (categories × items × points, each item capped): only what the published record can count.
 */
const FENGQUAN_SCORING: ScoringRule = {
  title: '枫泉镇人大代表履职积分办法（试行）',
  adopted: '2024年3月镇人大主席团会议通过。按自然年计算；“本届以来”一行按同一办法计算整个任期的记录。',
  note: '积分只反映公开记录中可以计数的履职活动，不是对代表的全面评价；闭会期间的走访、调研等未记录的工作不计入。',
  categories: [
    { name: '联系群众', items: [{ name: '进站接待', measure: 'receptions', points: 2, max: 24 }, { name: '接待群众', measure: 'residentsMet', points: 0.2, max: 10 }] },
    { name: '反映意见', items: [{ name: '收到群众意见', measure: 'received', points: 1, max: 10 }] },
    { name: '提出建议', items: [{ name: '提出建议', measure: 'raised', points: 3, max: 15 }, { name: '建议办成', measure: 'done', points: 1, max: 10 }] },
    { name: '参加活动', items: [{ name: '代表小组活动', measure: 'activities:group', points: 2, max: 8 }, { name: '代表课堂', measure: 'activities:class', points: 1, max: 2 }, { name: '视察', measure: 'activities:inspection', points: 2, max: 4 }, { name: '进站会商', measure: 'activities:consultation', points: 2, max: 4 }, { name: '小队会', measure: 'activities:team-meeting', points: 1, max: 2 }] },
    { name: '群众评价', items: [{ name: '群众满意的建议', measure: 'satisfied', points: 1, max: 11 }] },
  ],
};

/** The towns' year of deputies' activities (dates only up to the demo's today are written). */
const ACTIVITY_PLANS: Record<string, Parameters<typeof activityLog>[0]> = {
  fengquan: [
    { kind: 'group', title: '联络中心站代表小组季度活动：听取民生实事项目进展', station: 'center', count: 12, dates: ['2025-03-20', '2025-06-19', '2025-09-18', '2025-12-18', '2026-03-19', '2026-06-18', '2026-09-17'], outcome: '代表小组对项目推进提出意见，交镇政府研究落实。' },
    { kind: 'class', title: '代表课堂：代表建议怎么写、怎么跟踪', station: 'center', count: 20, dates: ['2025-05-15', '2026-05-14'], outcome: '代表学习建议撰写和办理跟踪方法。' },
    { kind: 'inspection', title: '视察年度民生实事项目推进情况', count: 8, dates: ['2025-10-16', '2026-10-15'], outcome: '形成视察报告，提请镇人大主席团督办滞后项目。' },
    { kind: 'consultation', title: '进站会商一件事：城际铁路征迁安置房交付', station: 'railway', dates: ['2026-04-10'], outcome: '明确交付时间表，每月在联络点公开进度。' },
    { kind: 'team-meeting', title: '民生小铺小队会：商户和居民议停车', station: 'minsheng-shop', dates: ['2025-08-14', '2026-08-13'], outcome: '提出错时停车方案，交村委会试行。' },
  ],
  chunlan: [
    {
      kind: 'assembly-meeting',
      title: '议政代表会会议：审议民生实事候选项目，问政环节',
      dates: ['2025-06-20', '2025-12-12', '2026-06-19'],
      outcome: '确定年度民生实事项目，问政事项列入交办清单。',
      decisions: {
        '2025-06-20': ['听取街道上半年民生实事项目推进情况报告，要求老旧小区加装电梯项目在三季度开工。', '问政事项 4 件列入街道交办清单，年底前书面答复。'],
        '2025-12-12': ['票决产生 2026 年民生实事项目，按得票多少排序交街道办事处实施。', '对 2025 年民生实事项目进行满意度测评，结果向居民公开。'],
        '2026-06-19': ['听取 2026 年民生实事项目半年进展报告，对进度滞后的项目提出督办意见。', '问政事项 3 件列入交办清单，下次会议报告办理情况。'],
      },
    },
    { kind: 'team-meeting', title: '春晖社区小队会：老旧小区加装电梯', station: 'chunhui', dates: ['2025-04-17', '2026-04-16'], outcome: '整理居民意见，提交街道人大工委。' },
    { kind: 'group', title: '楼宇联络点午间议事：企业政策兑现', station: 'digital-tower', dates: ['2025-09-24', '2026-09-23'], outcome: '梳理企业反映的政策兑现问题，转交相关部门。' },
  ],
};

export function writeDemoContent(outDir: string): { towns: BuiltTown[] } {
  const rng = new Rng('renda-kit demo content v1');
  writeSite(outDir, {
    title: '人大代表履职公开平台',
    baseUrl: 'https://renda.example.gov.cn/',
    defaultLocale: 'zh-CN',
  });
  const towns: BuiltTown[] = [];
  for (const make of [fengquan, chunlan]) {
    const { built, votes, news, pages, members = [], map } = make(rng.fork(make.name));
    writeTown(rng.fork(`${make.name}-files`), outDir, {
      town: built.town,
      receptions: receptionLogs(built.suggestions, built.stations, TODAY),
      activities: activityLog(ACTIVITY_PLANS[built.town.slug] ?? [], built.stations, [...built.deputies, ...members], TODAY).map(withPhoto),
      ...(built.town.slug === 'fengquan' ? { scoring: FENGQUAN_SCORING } : {}),
      // Content may leave out a 议政代表's 选区; the loader gives everyone a 选区 line.
      deputies: [...built.deputies.map(publishDeputy), ...(members as Deputy[])],
      stations: built.stations,
      suggestions: built.suggestions,
      votes: votes.map((vote) => withProgress(vote, TODAY)),
      news,
      pages,
      ...(map ? { map } : {}),
    });
    towns.push(built);
  }
  return { towns };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = resolve(process.argv[2] ?? 'content');
  const { towns } = writeDemoContent(outDir);
  for (const t of towns) {
    const stats = loopStats(t.suggestions, TODAY);
    console.log(`${t.town.slug}: ${t.deputies.length} deputies, ${t.stations.length} stations, ${stats.total} suggestions (${stats.overdue} overdue, ${stats.reopened} reopened, ${stats.private} private)`);
  }
  console.log(`wrote ${outDir}`);
}
