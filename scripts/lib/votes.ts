/**
 * Votes: the deputies' binding ballot on livelihood projects (民生实事项目票决), residents'
 * advisory polls, and satisfaction ratings. Counts are drawn so that the arithmetic a reader can
 * check holds: for + against + abstain never exceeds the ballots returned, returned never exceeds
 * issued, issued never exceeds the electorate, and every chosen project has more than half of all
 * deputies' votes.
 */
import type { BallotCandidate, Poll, PollCandidate, ProjectBallot, Rating, Satisfaction } from '../../domain/model.js';
import type { IsoDate } from './dates.js';
import type { Rng } from './random.js';

export interface ProjectIdea {
  name: string;
  /** 万元, as a range to draw from. */
  investment: [number, number];
  description: string;
  /** Months after the vote the project should be finished. */
  months: number;
  urban?: boolean;
  rural?: boolean;
}

/** Candidate projects: what towns in the source articles actually vote on. */
export const PROJECT_IDEAS: ProjectIdea[] = [
  { name: '{short}集镇道路提升改造工程', investment: [600, 1500], description: '对集镇主要道路进行路面翻新、人行道改造和雨污管网完善。', months: 11 },
  { name: '农村公路安全生命防护工程', investment: [200, 600], description: '对临水临崖、急弯陡坡路段增设护栏和警示标志。', months: 10, rural: true },
  { name: '{short}卫生院发热门诊和夜间门诊建设', investment: [150, 420], description: '改造发热门诊，开设夜间门诊，医共体专家定期下沉坐诊。', months: 9 },
  { name: '老年食堂（助餐点）扩面提质', investment: [80, 260], description: '新建和提升老年助餐点，高龄、独居老人送餐上门。', months: 8 },
  { name: '农村饮用水提标改造', investment: [300, 900], description: '更换老化管网，新建加压泵站，实现城乡同质供水。', months: 12, rural: true },
  { name: '中小学校园安全和食堂提升', investment: [120, 380], description: '校门口交通安全设施、食堂明厨亮灶和塑胶跑道翻新。', months: 8 },
  { name: '{river}美丽河湖综合治理', investment: [400, 1200], description: '清淤疏浚、生态护岸和沿河慢行步道建设。', months: 12 },
  { name: '农贸市场改造提升', investment: [300, 800], description: '市场功能分区改造，新增停车泊位和智慧监管系统。', months: 10 },
  { name: '公共停车场和新能源充电设施建设', investment: [200, 650], description: '新建公共停车场，增设新能源汽车充电桩和电动自行车集中充电棚。', months: 9 },
  { name: '村级公厕提档升级', investment: [60, 180], description: '改造提升村级公厕，增设无障碍设施，落实长效保洁。', months: 6, rural: true },
  { name: '全域路灯亮化工程', investment: [120, 360], description: '补装和更换路灯，实现主要村道夜间照明全覆盖。', months: 7 },
  { name: '居家养老服务照料中心提升', investment: [100, 300], description: '引入专业机构运营，增设日间照料和康复理疗服务。', months: 9 },
  { name: '防汛排涝能力提升工程', investment: [350, 1000], description: '新建排涝泵站，疏浚排水沟渠，提升低洼区域防汛能力。', months: 12 },
  { name: '文化礼堂和健身场地提升', investment: [80, 240], description: '提升文化礼堂设施，新建健身广场和篮球场。', months: 8 },
  { name: '高标准农田和灌溉设施建设', investment: [300, 900], description: '修复灌溉渠道，硬化机耕路，提升农田灌排能力。', months: 11, rural: true },
  { name: '共富工坊建设', investment: [50, 150], description: '利用闲置用房建设共富工坊，带动留守群众家门口就业。', months: 6, rural: true },
  { name: '老旧小区综合改造', investment: [800, 2600], description: '雨污分流、外立面整治、加装电梯和消防设施改造。', months: 12, urban: true },
  { name: '老旧住宅加装电梯', investment: [300, 900], description: '推进多层住宅加装电梯，落实财政补助和代办服务。', months: 12, urban: true },
  { name: '社区“一老一小”服务综合体', investment: [200, 600], description: '建设集老年照料、助餐和托育于一体的社区服务综合体。', months: 10, urban: true },
  { name: '背街小巷整治提升', investment: [150, 500], description: '路面、立面、管线和绿化一体整治。', months: 9, urban: true },
  { name: '口袋公园建设', investment: [60, 200], description: '利用边角地建设口袋公园，增加休闲健身空间。', months: 7, urban: true },
  { name: '社区嵌入式托育点建设', investment: [80, 220], description: '在社区建设普惠托育点，提供全日托和临时托。', months: 8, urban: true },
  { name: '电动自行车集中充电棚建设', investment: [60, 180], description: '在小区和集镇建设集中充电棚，配备智能充电和消防设施。', months: 6 },
];

export function ideasFor(rng: Rng, urban: boolean, n: number): ProjectIdea[] {
  const pool = PROJECT_IDEAS.filter((p) => (urban ? !p.rural : !p.urban));
  return rng.sample(pool, n);
}

export interface BallotOptions {
  id: string;
  title: string;
  date: IsoDate;
  session?: string;
  electorate: number;
  seats: number;
  ideas: ProjectIdea[];
  /** Fills `{short}`, `{river}` in idea names. */
  words: { short: string; river: string };
  candidatePrefix: string;
}

function addMonthsToMonth(date: IsoDate, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

export function projectBallot(rng: Rng, o: BallotOptions): ProjectBallot {
  if (o.seats >= o.ideas.length) throw new Error('a project ballot needs more candidates than seats (差额)');
  const issued = o.electorate - rng.int(1, Math.max(1, Math.round(o.electorate * 0.07)));
  const returned = issued - rng.int(0, 1);
  // Chosen projects get most votes; the last ones fall short, some of them below half.
  const ranks = rng.shuffle(o.ideas.map((_, i) => i));
  const candidates: BallotCandidate[] = o.ideas.map((idea, i) => {
    const rank = ranks.indexOf(i);
    const chosen = rank < o.seats;
    const valid = returned - (rng.chance(0.3) ? 1 : 0);
    const forShare = chosen ? 0.97 - rank * 0.018 - rng.next() * 0.02 : 0.5 - (rank - o.seats) * 0.06 - rng.next() * 0.05;
    const forVotes = Math.max(0, Math.min(valid, Math.round(valid * forShare)));
    const rest = valid - forVotes;
    const against = Math.round(rest * (0.3 + rng.next() * 0.4));
    const name = idea.name.replace('{short}', o.words.short).replace('{river}', o.words.river);
    return {
      id: `${o.candidatePrefix}${String(i + 1).padStart(2, '0')}`,
      name,
      investment: Math.round((idea.investment[0] + rng.next() * (idea.investment[1] - idea.investment[0])) / 5) * 5,
      description: idea.description,
      completion: addMonthsToMonth(o.date, idea.months),
      for: forVotes,
      against,
      abstain: rest - against,
    };
  });
  // Keep the winners strictly ahead of the losers and above half of all deputies.
  const half = Math.floor(o.electorate / 2) + 1;
  const sorted = [...candidates].sort((a, b) => b.for - a.for);
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as BallotCandidate;
    if (i < o.seats && c.for < half) {
      const move = half - c.for;
      c.for = half;
      c.abstain = Math.max(0, c.abstain - move);
      c.against = Math.max(0, Math.min(c.against, returned - c.for - c.abstain));
    }
  }
  return {
    id: o.id,
    kind: 'project-ballot',
    title: o.title,
    date: o.date,
    ...(o.session ? { session: o.session } : {}),
    electorate: o.electorate,
    ballotsIssued: issued,
    ballotsReturned: returned,
    seats: o.seats,
    candidates,
  };
}

/** The candidates a ballot chose: the top `seats` by votes in favour. */
export function chosen(ballot: ProjectBallot): BallotCandidate[] {
  return [...ballot.candidates].sort((a, b) => b.for - a.for).slice(0, ballot.seats);
}

/** Polls open and close at a time of day, Beijing time: morning opening, evening closing. */
export function chinaTime(date: IsoDate, time: string): string {
  return `${date}T${time}:00+08:00`;
}

export function poll(
  rng: Rng,
  o: { id: string; title: string; description?: string; opens: IsoDate; closes: IsoDate; maxPicks: number; showResults: Poll['showResults']; candidates: { id: string; name: string; description?: string }[]; voters: number },
): Poll {
  const weights = o.candidates.map(() => 0.3 + rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const picks = o.voters * Math.min(o.maxPicks, o.candidates.length) * 0.8;
  const candidates: PollCandidate[] = o.candidates.map((c, i) => ({
    id: c.id,
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    votes: Math.round((picks * (weights[i] as number)) / total),
  }));
  return {
    id: o.id,
    kind: 'poll',
    title: o.title,
    ...(o.description ? { description: o.description } : {}),
    opens: chinaTime(o.opens, '08:00'),
    closes: chinaTime(o.closes, '20:00'),
    maxPicks: o.maxPicks,
    showResults: o.showResults,
    candidates,
  };
}

export function rating(
  rng: Rng,
  o: { id: string; title: string; subject: Rating['subject']; opens?: IsoDate; closes?: IsoDate; voters: number; mood?: number },
): Rating {
  const mood = o.mood ?? 0.8;
  const satisfied = Math.round(o.voters * (mood + (rng.next() - 0.5) * 0.1));
  const unsatisfied = Math.round((o.voters - satisfied) * (0.1 + rng.next() * 0.25));
  const results: Record<Satisfaction, number> = {
    satisfied,
    'basically-satisfied': o.voters - satisfied - unsatisfied,
    unsatisfied,
  };
  return {
    id: o.id,
    kind: 'rating',
    title: o.title,
    subject: o.subject,
    ...(o.opens ? { opens: chinaTime(o.opens, '08:00') } : {}),
    ...(o.closes ? { closes: chinaTime(o.closes, '20:00') } : {}),
    results,
  };
}
