import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.js';
import type { Poll, ProjectBallot, Rating, VoteEvent } from '../../domain/model.js';
import { storySrc } from '../base/story-fetch.fixtures.js';
import { installMockParticipationApi, mockApi, registerMockVote, type MockBehaviour } from './mock-participation-api.js';

// Designers see every state without a server: the API in these stories is a mock in the page.
installMockParticipationApi();

const BALLOT: ProjectBallot = {
  id: '2025-projects',
  kind: 'project-ballot',
  title: '枫泉镇2025年民生实事项目票决',
  date: '2025-01-16',
  session: '枫泉镇第十八届人民代表大会第四次会议',
  electorate: 78,
  ballotsIssued: 76,
  ballotsReturned: 76,
  seats: 4,
  candidates: [
    { id: 'p1', name: '农村公路安全生命防护工程', investment: 520, description: '对临水临崖、急弯陡坡路段增设护栏和警示标志。', completion: '2025-11', progress: [{ date: '2025-05-10', percent: 40, milestone: '完成招标' }, { date: '2025-10-15', percent: 85, milestone: '护栏安装完成' }], for: 65, against: 4, abstain: 7 },
    { id: 'p2', name: '中小学校园安全和食堂提升', investment: 250, description: '校门口交通安全设施、食堂明厨亮灶和塑胶跑道翻新。', completion: '2025-09', completed: '2025-08-28', progress: [{ date: '2025-08-28', percent: 100, milestone: '竣工验收' }], for: 66, against: 5, abstain: 5 },
    { id: 'p3', name: '全域路灯亮化工程', investment: 150, description: '补装和更换路灯，实现主要村道夜间照明全覆盖。', completion: '2025-08', completed: '2025-07-30', for: 67, against: 4, abstain: 5 },
    { id: 'p4', name: '防汛排涝能力提升工程', investment: 600, description: '新建排涝泵站，疏浚排水沟渠。', completion: '2026-01', progress: [{ date: '2025-06-01', percent: 20, milestone: '泵站开工' }], for: 70, against: 4, abstain: 2 },
    { id: 'p5', name: '共富工坊建设', investment: 100, description: '利用闲置用房建设共富工坊。', completion: '2025-07', for: 61, against: 9, abstain: 6 },
    { id: 'p6', name: '高标准农田和灌溉设施建设', investment: 780, description: '修复灌溉渠道，硬化机耕路。', completion: '2025-12', for: 33, against: 21, abstain: 22 },
  ],
};

/** Two projects tie for the last seat: the vote does not decide between them. */
const TIED: ProjectBallot = {
  ...BALLOT,
  id: '2025-projects-tie',
  title: '票决出现同票（示例）',
  candidates: BALLOT.candidates.map((c) => (c.id === 'p2' || c.id === 'p5' ? { ...c, for: 65 } : c)),
};

const POLL: Poll = {
  id: '2027-projects-poll',
  kind: 'poll',
  title: '2027年春澜街道民生实事项目居民票选',
  description: '街道—社区—网格三级征集，每人最多选3项。结果实时公布。',
  opens: '2026-10-20T08:00:00+08:00',
  closes: '2099-11-30T20:00:00+08:00',
  maxPicks: 3,
  showResults: 'live',
  candidates: [
    { id: 'c1', name: '社区“一老一小”服务综合体', description: '老年照料、助餐和托育于一体。', votes: 430 },
    { id: 'c2', name: '老旧住宅加装电梯', description: '落实财政补助和代办服务。', votes: 234 },
    { id: 'c3', name: '电动自行车集中充电棚建设', description: '配备智能充电和消防设施。', votes: 868 },
    { id: 'c4', name: '春澜集镇道路提升改造工程', votes: 979 },
    { id: 'c5', name: '全域路灯亮化工程', votes: 695 },
  ],
};

const SEALED: Poll = { ...POLL, id: 'sealed-poll', title: '结果在投票结束后公布的票选', description: '为免影响后来的投票人，投票期间不公布票数。', showResults: 'after-close' };
const FUTURE: Poll = { ...POLL, id: 'future-poll', title: '2028年民生实事项目居民票选', description: '', opens: '2099-10-20T08:00:00+08:00', closes: '2099-11-30T20:00:00+08:00' };
const CLOSED: Poll = { ...POLL, id: 'closed-poll', title: '2026年民生实事项目居民票选', opens: '2025-10-15T08:00:00+08:00', closes: '2025-11-15T20:00:00+08:00', showResults: 'after-close' };

const RATING: Rating = {
  id: '2026-projects-rating',
  kind: 'rating',
  title: '春澜美丽河湖综合治理：群众满意度测评',
  subject: { type: 'project', id: 'c7' },
  opens: '2026-11-10T08:00:00+08:00',
  closes: '2099-12-10T20:00:00+08:00',
  results: { satisfied: 311, 'basically-satisfied': 82, unsatisfied: 19 },
};

/** The year-end rating of the 2025 batch by the deputies: counted at the session, nothing to cast online. */
const DEPUTIES_RATING: Rating = {
  id: '2025-projects-deputies-p4',
  kind: 'rating',
  title: '2025年民生实事项目代表满意度测评：防汛排涝能力提升工程',
  raters: 'deputies',
  subject: { type: 'project', id: 'p4', ballot: BALLOT.id },
  results: { satisfied: 63, 'basically-satisfied': 10, unsatisfied: 3 },
};

for (const vote of [BALLOT, TIED, POLL, SEALED, FUTURE, CLOSED, RATING, DEPUTIES_RATING]) registerMockVote(vote);

interface VoteArgs {
  vote: VoteEvent;
  api: MockBehaviour | 'none';
  /** Seeds an unconfirmed ballot, as if the page had been closed mid-send: the widget resends it on load. */
  pending?: string[];
}

const TOWN = 'chunlan';

function seedPending(args: VoteArgs): void {
  if (!args.pending || args.api === 'none') return;
  const url = new URL(`${TOWN}/votes/${args.vote.id}`, mockApi(args.api)).href;
  localStorage.setItem(`renda-vote:pending:${url}`, JSON.stringify({ idempotencyKey: `story-${Math.random().toString(36).slice(2)}-pending`, picks: args.pending }));
}

const meta: Meta<VoteArgs> = {
  title: 'Components/Vote',
  component: 'renda-vote',
  args: { vote: POLL, api: 'live' },
  argTypes: {
    api: { control: 'select', options: ['live', 'voted', 'slow', 'cast-offline', 'cast-server-error', 'status-server-error', 'unreachable', 'loading', 'none'] },
    vote: { control: 'object' },
  },
  render: (args) => {
    seedPending(args);
    return html`<renda-vote
      .vote=${args.vote}
      town=${TOWN}
      api=${args.api === 'none' ? nothing : mockApi(args.api)}
      .retryDelays=${[]}
    ></renda-vote>`;
  },
};

export default meta;
type Story = StoryObj<VoteArgs>;

/** 票决: the deputies' binding vote. Passing needs more than half of ALL 78 deputies (40), then the top 4 are chosen; each chosen project shows its progress (percentage, latest milestone, completed or late). */
export const ProjectBallotResults: Story = { args: { vote: BALLOT, api: 'none' } };

/** Two projects tie for the last seat: flagged, not broken; the rules of procedure decide. */
export const ProjectBallotTie: Story = { args: { vote: TIED, api: 'none' } };

/** A residents' poll, open, results live: pick up to 3 and cast. Cast twice to see “already voted”. */
export const PollOpen: Story = {};

/** Results hidden until the poll closes, so early counts do not sway later voters. */
export const PollResultsAfterClose: Story = { args: { vote: SEALED } };

export const PollNotYetOpen: Story = { args: { vote: FUTURE } };

export const PollClosed: Story = { args: { vote: CLOSED } };

/** This browser's voter has voted already: no second ballot. */
export const PollAlreadyVoted: Story = { args: { api: 'voted' } };

/** Waiting for the server: the ballot is shown but cannot be sent yet. */
export const PollLoading: Story = { args: { api: 'loading' } };

/** Sending takes a while: “sending…” until the server has stored it. Pick and cast to see it. */
export const PollSlowServer: Story = { args: { api: 'slow' } };

/** The network dropped while sending: the ballot is kept and can be sent again, never counted twice. */
export const PollCastOffline: Story = { args: { api: 'cast-offline', pending: ['c3', 'c4'] } };

/** The server failed to store the ballot: nothing counted, send again later. */
export const PollCastServerError: Story = { args: { api: 'cast-server-error', pending: ['c1'] } };

/** The voting server cannot be reached at all. */
export const PollServerUnreachable: Story = { args: { api: 'unreachable' } };

export const PollServerError: Story = { args: { api: 'status-server-error' } };

/** A page without a participation API: the published results only. */
export const PollWithoutApi: Story = { args: { vote: CLOSED, api: 'none' } };

/** 满意 / 基本满意 / 不满意: one grade, with the satisfaction rate. */
export const RatingOpen: Story = { args: { vote: RATING } };

export const RatingAlreadyRated: Story = { args: { vote: RATING, api: 'voted' } };

/** The deputies' year-end rating of one project of the batch (`raters: "deputies"`): its own badge and the counts from the session; no ballot form. */
export const RatingByDeputies: Story = { args: { vote: DEPUTIES_RATING, api: 'none' } };

/** The votes' data (`src`) is still loading. */
export const DataLoading: Story = { render: () => html`<renda-vote src=${storySrc('loading', 'votes.json')} vote-id=${POLL.id}></renda-vote>` };

/** The votes' data is not there (404): an error with a retry. */
export const DataMissing: Story = { render: () => html`<renda-vote src=${storySrc('missing', 'votes.json')} vote-id=${POLL.id}></renda-vote>` };

/** No network: the votes' data never arrived. */
export const DataOffline: Story = { render: () => html`<renda-vote src=${storySrc('offline', 'votes.json')} vote-id=${POLL.id}></renda-vote>` };

/** No such vote in the data. */
export const NotFound: Story = { render: () => html`<renda-vote .vote=${undefined} src="data:application/json,%7B%22votes%22%3A%5B%5D%7D"></renda-vote>` };

export const English: Story = { globals: { locale: 'en' } };

export const EnglishBallot: Story = { args: { vote: BALLOT, api: 'none' }, globals: { locale: 'en' } };

export const DarkTheme: Story = { args: { vote: BALLOT, api: 'none' }, globals: { theme: 'dark' } };

/** 适老化: high contrast and large text, 60 px targets. */
export const HighContrastLargeText: Story = { globals: { theme: 'contrast', text: 'large' } };
