import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { installTheme } from '../base/theme-sheet.js';
import type { Poll, ProjectBallot, Rating } from '../../domain/model.js';
import './define.js';
import type { RendaVote } from './vote.component.js';
import { ParticipationClient, randomToken } from './participation-client.js';

// What the component does on its own, with no server. Casting ballots against the real API is
// proven in test/node/vote-browser.test.ts (Chromium + the real server + SQLite).

const BALLOT: ProjectBallot = {
  id: 'projects',
  kind: 'project-ballot',
  title: '2026年民生实事项目票决',
  date: '2026-01-15',
  electorate: 50,
  ballotsIssued: 48,
  ballotsReturned: 48,
  seats: 2,
  candidates: [
    { id: 'road', name: '道路改造', investment: 300, completion: '2026-10', for: 40, against: 5, abstain: 3 },
    { id: 'lights', name: '路灯亮化', for: 30, against: 10, abstain: 8 },
    { id: 'canteen', name: '老年食堂', for: 30, against: 12, abstain: 6 },
    { id: 'clinic', name: '卫生室改造', for: 20, against: 20, abstain: 8 },
  ],
};

const POLL: Poll = {
  id: 'poll',
  kind: 'poll',
  title: '群众票选',
  opens: '2026-10-20T08:00:00+08:00',
  closes: '2026-11-30T20:00:00+08:00',
  maxPicks: 2,
  showResults: 'after-close',
  candidates: [
    { id: 'a', name: '口袋公园', votes: 120 },
    { id: 'b', name: '充电棚', votes: 340 },
  ],
};

const RATING: Rating = { id: 'rating', kind: 'rating', title: '满意度测评', subject: { type: 'project', id: 'road' }, results: { satisfied: 30, 'basically-satisfied': 15, unsatisfied: 5 } };

const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);

describe('renda-vote without a server', () => {
  before(() => installTheme());

  it('shows a 票决 as binding, with the all-deputies rule, the chosen, and a tie at the cut flagged', async () => {
    const el = await fixture<RendaVote>(html`<renda-vote .vote=${BALLOT}></renda-vote>`);
    expect(text(part(el, 'badge'))).to.equal('人大代表票决 · 具有法定效力');
    expect(text(shadow(el))).to.contain('赞成票超过全体代表半数（26 票）方为通过，按全体50名代表计算');
    const projects = [...shadow(el).querySelectorAll('[part="project"]')].map((p) => text(p));
    expect(projects[0]).to.match(/^道路改造 ?当选 赞成40票 · 反对5票 · 弃权3票 投资300万元 · 计划2026年10月完成/);
    expect(projects.filter((p) => p.includes('票数相同，待定'))).to.have.length(2);
    expect(projects[3]).to.contain('未通过');
    expect(text(part(el, 'notice'))).to.contain('“路灯亮化”、“老年食堂”票数相同');
    await expect(el).to.be.accessible();
  });

  it('shows each chosen project’s progress through the year: latest percentage and milestone, late, or completed', async () => {
    const ballot: ProjectBallot = {
      ...BALLOT,
      seats: 3,
      candidates: [
        { ...BALLOT.candidates[0]!, progress: [{ date: '2026-04-01', percent: 30, milestone: '完成招标' }, { date: '2026-09-10', percent: 80, milestone: '主体完工' }, { date: '2026-12-20', percent: 95, milestone: '还没到的日子' }] },
        { ...BALLOT.candidates[1]!, for: 31, completion: '2026-06', completed: '2026-06-28', progress: [{ date: '2026-06-28', percent: 100, milestone: '竣工' }] },
        { ...BALLOT.candidates[2]!, completion: '2026-08' },
        BALLOT.candidates[3]!,
      ],
    };
    const el = await fixture<RendaVote>(html`<renda-vote .vote=${ballot} now="2026-11-20T10:00:00+08:00"></renda-vote>`);
    const byName = (name: string) => [...shadow(el).querySelectorAll('[part="project"]')].find((p) => text(p).startsWith(name))!;
    // Late: planned for October, no completion by 20 November; the entry after today is not shown.
    expect(text(byName('道路改造').querySelector('[part="progress"]'))).to.equal('项目进展 进度80% · 2026年9月10日：主体完工');
    expect(text(byName('道路改造'))).to.contain('计划2026年10月完成，尚未完成');
    expect(byName('道路改造').querySelector('[part="progress"]')!.classList.contains('progress--late')).to.equal(true);
    expect(text(byName('路灯亮化'))).to.contain('已于2026年6月28日完成');
    expect(text(byName('路灯亮化').querySelector('[part="progress"]'))).to.equal('项目进展 进度100% · 2026年6月28日：竣工');
    expect(text(byName('老年食堂').querySelector('[part="progress"]'))).to.equal('项目进展 尚无进展记录');
    // Not chosen: no progress.
    expect(byName('卫生室改造').querySelector('[part="progress"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const wrapper = await fixture(html`<div lang="en"><renda-vote .vote=${ballot} now="2026-11-20T10:00:00+08:00"></renda-vote></div>`);
    const english = wrapper.querySelector('renda-vote')!;
    await english.updateComplete;
    const road = [...shadow(english).querySelectorAll('[part="project"]')].find((p) => text(p).startsWith('道路改造'))!;
    expect(text(road.querySelector('[part="progress"]'))).to.equal('Progress 80% done · September 10, 2026: 主体完工');
  });

  it('follows the phase of a poll at `now`, and keeps after-close results hidden until it closes', async () => {
    const el = await fixture<RendaVote>(html`<renda-vote .vote=${POLL} now="2026-10-01T00:00:00+08:00"></renda-vote>`);
    expect(text(part(el, 'notice'))).to.equal('投票还没有开始，2026年10月20日 08:00开始。');
    expect(text(shadow(el))).to.contain('结果将在投票结束后公布。');
    el.now = '2026-11-01T00:00:00+08:00';
    await el.updateComplete;
    expect(text(part(el, 'notice'))).to.equal('本页没有开通网上投票。');
    el.now = '2026-11-30T20:00:00+08:00';
    await el.updateComplete;
    expect(text(part(el, 'notice'))).to.equal('投票已于2026年11月30日 20:00结束。');
    const rows = [...shadow(el).querySelectorAll('.chart__row')].map((r) => text(r));
    expect(rows).to.deep.equal(['充电棚 340票', '口袋公园 120票'], 'most votes first, the numbers as text');
    expect(text(part(el, 'results'))).to.contain('公布的结果');
    await expect(el).to.be.accessible();
  });

  it('shows a rating as advisory with shares and the satisfaction rate', async () => {
    const el = await fixture<RendaVote>(html`<renda-vote .vote=${RATING}></renda-vote>`);
    expect(text(part(el, 'badge'))).to.equal('满意度测评 · 结果供参考');
    expect([...shadow(el).querySelectorAll('.chart__row')].map((r) => text(r))).to.deep.equal(['满意 30票（60.0%）', '基本满意 15票（30.0%）', '不满意 5票（10.0%）']);
    expect(text(part(el, 'results'))).to.contain('满意率（满意与基本满意）：90.0%');
    await expect(el).to.be.accessible();
  });

  it('shows the deputies’ year-end rating of a project as counted at the session: its own badge, the counts, no ballot to cast even with an API', async () => {
    const deputies: Rating = { id: 'road-deputies', kind: 'rating', title: '道路改造代表满意度测评', raters: 'deputies', subject: { type: 'project', id: 'road', ballot: 'projects' }, results: { satisfied: 40, 'basically-satisfied': 6, unsatisfied: 2 } };
    const el = await fixture<RendaVote>(html`<renda-vote .vote=${deputies} town="hexi" api="http://127.0.0.1:9/api/"></renda-vote>`);
    expect(text(part(el, 'badge'))).to.equal('人大代表年终满意度测评 · 会上计票');
    expect(text(part(el, 'results'))).to.contain('代表测评结果').and.contain('满意率（满意与基本满意）：95.8%');
    expect(part(el, 'form')).to.equal(null);
    expect(part(el, 'notice')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loads the town’s votes.json and picks by vote-id or by kind', async () => {
    const src = `data:application/json,${encodeURIComponent(JSON.stringify({ votes: [POLL, BALLOT, RATING] }))}`;
    const byId = await fixture<RendaVote>(html`<renda-vote src=${src} vote-id="rating"></renda-vote>`);
    await waitUntil(() => part(byId, 'title'), 'loaded');
    expect(text(part(byId, 'title'))).to.equal('满意度测评');
    const byKind = await fixture<RendaVote>(html`<renda-vote src=${src} kind="project-ballot"></renda-vote>`);
    await waitUntil(() => part(byKind, 'title'));
    expect(text(part(byKind, 'title'))).to.equal('2026年民生实事项目票决');
    const missing = await fixture<RendaVote>(html`<renda-vote src=${src} vote-id="nothing"></renda-vote>`);
    await waitUntil(() => part(missing, 'empty'));
    expect(text(part(missing, 'empty'))).to.equal('没有找到这项投票。');
  });

  it('says plainly when the data is broken, and offers to try again', async () => {
    const el = await fixture<RendaVote>(html`<renda-vote src="data:application/json,%7B%22nope%22%3A1%7D"></renda-vote>`);
    await waitUntil(() => part(el, 'error'));
    expect(text(part(el, 'error'))).to.contain('数据格式有误');
    expect(shadow(el).querySelector('[part="retry-button"]')).to.exist;
  });

  it('speaks English under an English ancestor, and takes its heading level', async () => {
    const wrapper = await fixture(html`<div lang="en"><renda-vote .vote=${BALLOT} heading-level="3"></renda-vote></div>`);
    const el = wrapper.querySelector('renda-vote')!;
    await el.updateComplete;
    expect(text(part(el, 'badge'))).to.equal("Deputies' vote · binding");
    expect(text(shadow(el))).to.contain('at least 26 of 50, not half of those present');
    expect(text(shadow(el))).to.contain('Investment ¥3,000,000');
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
  });

  it('gives every option a 60 px target in large-text mode, and says when the server cannot be reached', async () => {
    const open = { ...POLL, showResults: 'live' as const, opens: '2020-01-01T00:00:00+08:00', closes: '2099-01-01T00:00:00+08:00' };
    const wrapper = await fixture(html`<div data-renda-text="large"><renda-vote .vote=${open} town="hexi" api="http://127.0.0.1:9/api/"></renda-vote></div>`);
    const el = wrapper.querySelector('renda-vote')!;
    await waitUntil(() => text(part(el, 'notice')).includes('无法连接投票服务器'), 'unreachable', { timeout: 15_000 });
    const options = [...shadow(el).querySelectorAll('[part="option"]')];
    expect(options).to.have.length(2);
    for (const option of options) expect(option.getBoundingClientRect().height).to.be.at.least(60);
    expect((shadow(el).querySelector('[part="cast-button"]') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('ParticipationClient (no server)', () => {
  it('makes unguessable URL-safe tokens', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => randomToken()));
    expect(tokens.size).to.equal(100);
    for (const token of tokens) expect(token).to.match(/^[A-Za-z0-9_-]{22}$/);
  });

  it('keeps the voter token and an unconfirmed ballot across pages (localStorage), and in memory where storage fails', async () => {
    const a = new ParticipationClient('https://api.example/api/', 'hexi', 'poll-x');
    const b = new ParticipationClient('https://api.example/api/', 'hexi', 'poll-x');
    expect(a.voter()).to.equal(b.voter());
    expect(a.voteUrl).to.equal('https://api.example/api/hexi/votes/poll-x');
    const result = await a.cast(['a'], { retryDelays: [] });
    expect(result.kind).to.equal('offline');
    const kept = b.pending();
    expect(kept?.picks).to.deep.equal(['a']);
    // The same picks are the same ballot: the key does not change between attempts.
    await b.cast(['a'], { retryDelays: [] });
    expect(a.pending()?.idempotencyKey).to.equal(kept!.idempotencyKey);
    a.clearPending();
    const memoryOnly = new ParticipationClient('https://api.example/api/', 'hexi', 'poll-y', { storage: null });
    expect(memoryOnly.voter()).to.match(/^[A-Za-z0-9_-]{16,}$/);
    expect(memoryOnly.voter()).to.equal(memoryOnly.voter());
  });
});
