/**
 * Content with every kind and phase of vote, for the participation API's tests, the browser
 * tests and the benchmark: the shared fixture town (河西镇) plus polls and ratings whose times
 * are far enough in the past or future to hold for decades.
 */
import { editJson, writeFixtureContent } from './content-fixture.js';
import type { Poll, Rating } from '../../domain/model.js';

export const OPEN_POLL: Poll = {
  id: 'open-poll',
  kind: 'poll',
  title: '2027年民生实事候选项目群众投票',
  description: '每人最多选2项，结果实时公布。',
  opens: '2020-01-01T08:00:00+08:00',
  closes: '2099-12-31T20:00:00+08:00',
  maxPicks: 2,
  showResults: 'live',
  candidates: [
    { id: 'lights', name: '全域路灯亮化', description: '补装和更换路灯。', votes: 40 },
    { id: 'canteen', name: '老年食堂扩面', description: '新建助餐点，送餐上门。', votes: 25 },
    { id: 'chargers', name: '电动自行车充电棚' },
  ],
};

export const SEALED_POLL: Poll = { ...OPEN_POLL, id: 'sealed-poll', title: '结果封存的投票', showResults: 'after-close' };
export const CLOSED_POLL: Poll = { ...OPEN_POLL, id: 'closed-poll', title: '已结束的投票', opens: '2020-01-01T08:00:00+08:00', closes: '2021-01-01T08:00:00+08:00', showResults: 'after-close' };
export const FUTURE_POLL: Poll = { ...OPEN_POLL, id: 'future-poll', title: '尚未开始的投票', opens: '2098-01-01T08:00:00+08:00', closes: '2099-01-01T08:00:00+08:00' };
export const OPEN_RATING: Rating = {
  id: 'road-rating',
  kind: 'rating',
  title: '道路改造项目满意度测评',
  subject: { type: 'project', id: 'road' },
  opens: '2020-01-01T08:00:00+08:00',
  closes: '2099-12-31T20:00:00+08:00',
  results: { satisfied: 10, 'basically-satisfied': 3, unsatisfied: 1 },
};

/** The deputies' year-end rating of the chosen project: counted at the session, never cast online. */
export const DEPUTIES_RATING: Rating = {
  id: 'road-deputies-rating',
  kind: 'rating',
  title: '道路改造项目代表满意度测评',
  raters: 'deputies',
  subject: { type: 'project', id: 'road', ballot: 'projects-2026' },
  results: { satisfied: 40, 'basically-satisfied': 6, unsatisfied: 2 },
};

/** The fixture content folder with the polls and the ratings added. */
export function writeVoteFixture(): string {
  const dir = writeFixtureContent();
  editJson(dir, 'towns/hexi/votes.json', (v) => v.votes.push(OPEN_POLL, SEALED_POLL, CLOSED_POLL, FUTURE_POLL, OPEN_RATING, DEPUTIES_RATING));
  return dir;
}
