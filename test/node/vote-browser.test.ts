import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { voteWidget } from '../../site/render/vote.js';
import { launchChromium } from '../support/browser.js';
import { OPEN_POLL } from '../support/vote-fixture.js';
import { startVoteHarness, type VoteHarness } from '../support/vote-harness.js';

/**
 * `<renda-vote>` from the built embed bundle, in Chromium, against the real participation API
 * (SQLite in a temp folder), under a strict CSP: every kind and every state a resident meets.
 */
let harness: VoteHarness;
let browser: Browser;

before(async () => {
  harness = await startVoteHarness();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await harness?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A fresh browser profile (its own voter token) on a page holding `body`. */
async function open(name: string, body: string, options: { lang?: string; context?: BrowserContext; javaScriptEnabled?: boolean } = {}): Promise<Opened> {
  const context = options.context ?? (await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: options.javaScriptEnabled ?? true }));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // The favicon is not part of the test page.
    if (message.type() === 'error' && !/favicon|Failed to load resource: net::ERR_INTERNET_DISCONNECTED|Failed to load resource: net::ERR_FAILED|status of 503/.test(message.text() + (message.location().url ?? ''))) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`)));
  await page.goto(harness.page(name, body, options.lang ? { lang: options.lang } : {}));
  return { context, page, problems };
}

const widget = (voteId: string, extra = '') => `<renda-vote src="votes.json" vote-id="${voteId}" town="hexi" api="${harness.api.url}"${extra}></renda-vote>`;
const notice = (page: Page) => page.locator('renda-vote [part="notice"]');

/** axe-core on the whole page, shadow roots included. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${harness.site.url}/axe.min.js` });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

async function ballotCount(vote: string): Promise<number> {
  return (await harness.api.store.ballotKeys('hexi', vote)).length;
}

describe('<renda-vote> in Chromium against the real participation API', () => {
  it('project-ballot: the binding 票决 with the all-deputies rule, the chosen and the failed; axe clean', async () => {
    const { context, page, problems } = await open('ballot', '<renda-vote src="votes.json" vote-id="projects-2026"></renda-vote>');
    try {
      const vote = page.locator('renda-vote');
      await vote.getByText('人大代表票决 · 具有法定效力').waitFor();
      await vote.getByText('通过标准：赞成票超过全体代表半数（26 票）方为通过').waitFor();
      const road = vote.locator('[part="project"]').filter({ hasText: '道路改造' });
      assert.match(await road.innerText(), /当选[\s\S]*赞成40票 · 反对5票 · 弃权3票[\s\S]*投资300万元/);
      assert.match(await vote.locator('[part="project"]').filter({ hasText: '卫生室改造' }).innerText(), /未通过/);
      assert.match(await vote.locator('[part="facts"]').innerText(), /全体代表\s*50名[\s\S]*发出选票\s*48张[\s\S]*收回选票\s*48张/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('poll: a ballot is saved, the count comes from the server, and the same browser is told it has voted; axe clean', async () => {
    const before = await ballotCount('open-poll');
    const { context, page, problems } = await open('poll', widget('open-poll'));
    try {
      const vote = page.locator('renda-vote');
      await vote.getByText('群众投票 · 结果供参考，不是法定表决').waitFor();
      await notice(page).getByText('投票进行中，2099年12月31日 20:00截止。').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'the open ballot');
      const castButton = vote.getByRole('button', { name: '提交选票' });
      await castButton.click();
      await notice(page).getByText('请至少选择一项。').waitFor();
      assert.equal(await ballotCount('open-poll'), before, 'nothing is sent without a pick');

      await vote.getByRole('checkbox', { name: /全域路灯亮化/ }).check();
      await vote.getByRole('checkbox', { name: /老年食堂扩面/ }).check();
      assert.equal(await vote.getByRole('checkbox', { name: /电动自行车充电棚/ }).isDisabled(), true, 'a third pick is not possible');
      await vote.getByText('已选满2项。如要换选，请先取消一项。').waitFor();
      await castButton.click();
      await notice(page).getByText(/您的选票已保存（\d{4}年\d+月\d+日 \d\d:\d\d），感谢参与！/).waitFor();
      assert.equal(await ballotCount('open-poll'), before + 1);
      const online = (await harness.api.store.tally('hexi', 'open-poll')).counts['lights']!;
      const row = vote.locator('.chart__row').filter({ hasText: '全域路灯亮化' });
      assert.match(await row.innerText(), new RegExp(`${40 + online}票`), 'the recorded 40 plus what the server counted');
      assert.equal(await vote.locator('form').count(), 0, 'no second ballot');
      assert.deepEqual(await axeViolations(page), [], 'the saved state');

      // The same browser (same voter token) comes back later.
      const again = await context.newPage();
      await again.goto(page.url());
      await again.locator('renda-vote [part="notice"]').getByText(/您已经投过票了（.*），每人只能投一次。/).waitFor();
      assert.equal(await again.locator('renda-vote form').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('poll closed and poll not yet open: no ballot, the dates in plain words, results where allowed', async () => {
    const { context, page, problems } = await open('phases', `${widget('closed-poll')}${widget('future-poll')}`);
    try {
      const [closed, future] = [page.locator('renda-vote').nth(0), page.locator('renda-vote').nth(1)];
      await closed.getByText('投票已于2021年1月1日 08:00结束。').waitFor();
      await closed.getByText(/^最终结果 · 网上选票0张/).waitFor();
      await future.getByText('投票还没有开始，2098年1月1日 08:00开始。').waitFor();
      assert.equal(await page.locator('renda-vote form').count(), 0);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('after-close poll: no counts while open, not even after voting', async () => {
    const { context, page } = await open('sealed', widget('sealed-poll'));
    try {
      const vote = page.locator('renda-vote');
      await vote.getByText('结果将在投票结束后公布。').waitFor();
      await vote.getByRole('checkbox', { name: /老年食堂扩面/ }).check();
      await vote.getByRole('button', { name: '提交选票' }).click();
      await notice(page).getByText(/您的选票已保存/).waitFor();
      await vote.getByText('结果将在投票结束后公布。').waitFor();
      assert.equal(await vote.locator('.chart__row').count(), 0);
    } finally {
      await context.close();
    }
  });

  it('rating: one grade, shares and the satisfaction rate from the server; axe clean', async () => {
    const { context, page, problems } = await open('rating', widget('road-rating'));
    try {
      const vote = page.locator('renda-vote');
      await vote.getByText('满意度测评 · 结果供参考').waitFor();
      await vote.getByRole('radio', { name: '基本满意' }).check();
      await vote.getByRole('radio', { name: '满意', exact: true }).check();
      assert.equal(await vote.getByRole('radio', { name: '基本满意' }).isChecked(), false);
      assert.deepEqual(await axeViolations(page), []);
      await vote.getByRole('button', { name: '提交评价' }).click();
      await notice(page).getByText(/您的评价已保存/).waitFor();
      const keys = await harness.api.store.ballotKeys('hexi', 'road-rating');
      assert.deepEqual(keys.at(-1)!.picks, ['satisfied']);
      const counts = (await harness.api.store.tally('hexi', 'road-rating')).counts;
      const satisfied = 10 + (counts['satisfied'] ?? 0);
      const total = 14 + Object.values(counts).reduce((a, b) => a + b, 0);
      assert.match(await vote.locator('.chart__row').first().innerText(), new RegExp(`满意\\s*${satisfied}票（${((satisfied / total) * 100).toFixed(1)}%）`));
      await vote.getByText(/满意率（满意与基本满意）：\d+\.\d%/).waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('offline: the ballot is kept, the resident is told in plain words, and it is sent once when the network is back', async () => {
    const before = await ballotCount('open-poll');
    const { context, page } = await open('offline', widget('open-poll'));
    try {
      const vote = page.locator('renda-vote');
      await notice(page).getByText(/投票进行中/).waitFor();
      await vote.getByRole('checkbox', { name: /电动自行车充电棚/ }).check();
      assert.deepEqual(await axeViolations(page), []);
      await context.setOffline(true);
      await vote.getByRole('button', { name: '提交选票' }).click();
      await notice(page).getByText('网络没有连接，您的选票还没有提交成功。联网后请点“重新提交”，不会重复计票。').waitFor();
      await notice(page).getByRole('button', { name: '重新提交' }).waitFor();
      assert.equal(await ballotCount('open-poll'), before);
      assert.deepEqual(await axeViolations(page), []);
      // Back online: the widget sends the kept ballot by itself.
      await context.setOffline(false);
      await notice(page).getByText(/您的选票已保存/).waitFor();
      assert.equal(await ballotCount('open-poll'), before + 1);
    } finally {
      await context.close();
    }
  });

  it('a lost answer: the server stored the ballot but the reply never arrived; the retry is the same ballot, counted once', async () => {
    const before = await ballotCount('open-poll');
    const { context, page } = await open('lost-answer', widget('open-poll'));
    try {
      const vote = page.locator('renda-vote');
      await notice(page).getByText(/投票进行中/).waitFor();
      await page.evaluate(() => ((document.querySelector('renda-vote') as HTMLElement & { retryDelays: number[] }).retryDelays = [200, 200]));
      let posts = 0;
      await page.route('**/ballots', async (route) => {
        posts++;
        if (posts === 1) {
          await route.fetch(); // reaches the server, which stores it…
          await route.abort('connectionreset'); // …but the answer is lost on the way back
        } else await route.continue();
      });
      await vote.getByRole('checkbox', { name: /全域路灯亮化/ }).check();
      await vote.getByRole('button', { name: '提交选票' }).click();
      await notice(page).getByText(/您的选票已保存/).waitFor();
      assert.equal(posts, 2, 'sent twice');
      assert.equal(await ballotCount('open-poll'), before + 1, 'stored once');
    } finally {
      await context.close();
    }
  });

  it('server error: storage fails, nothing is counted, the resident can send again; after repair it is stored once', async () => {
    const before = await ballotCount('open-poll');
    const { context, page } = await open('server-error', widget('open-poll'));
    const db = new Database(join(harness.dataDir, 'participation.sqlite'));
    try {
      const vote = page.locator('renda-vote');
      await notice(page).getByText(/投票进行中/).waitFor();
      await page.evaluate(() => ((document.querySelector('renda-vote') as HTMLElement & { retryDelays: number[] }).retryDelays = [100]));
      // A real storage failure: the ballots table disappears under the running server.
      db.exec('ALTER TABLE ballots RENAME TO ballots_away');
      await vote.getByRole('checkbox', { name: /老年食堂扩面/ }).check();
      await vote.getByRole('button', { name: '提交选票' }).click();
      await notice(page).getByText('投票服务器暂时出错，您的选票还没有保存。请稍后点“重新提交”，不会重复计票。').waitFor();
      db.exec('ALTER TABLE ballots_away RENAME TO ballots');
      assert.equal(await ballotCount('open-poll'), before);
      await notice(page).getByRole('button', { name: '重新提交' }).click();
      await notice(page).getByText(/您的选票已保存/).waitFor();
      assert.equal(await ballotCount('open-poll'), before + 1);
    } finally {
      db.close();
      await context.close();
    }
  });

  it('server unreachable and loading: says so, offers to try again, never offers a ballot it cannot send', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route('**/votes/open-poll', async (route) => {
        await held;
        await route.continue();
      });
      const { page } = await open('loading', widget('open-poll'), { context });
      await notice(page).getByText('正在连接投票服务器…').waitFor();
      assert.equal(await page.locator('renda-vote').getByRole('button', { name: '提交选票' }).isDisabled(), true);
      await page.locator('renda-vote').getByText('正在加载结果…').waitFor();
      release();
      await notice(page).getByText(/投票进行中/).waitFor();
      assert.equal(await page.locator('renda-vote').getByRole('button', { name: '提交选票' }).isDisabled(), false);

      const down = await open('unreachable', '<renda-vote src="votes.json" vote-id="open-poll" town="hexi" api="http://127.0.0.1:9/api/"></renda-vote>', { context });
      await notice(down.page).getByText('无法连接投票服务器，暂时不能投票。请检查网络后重试。').waitFor();
      await notice(down.page).getByRole('button', { name: '重试' }).waitFor();
      assert.deepEqual(await axeViolations(down.page), []);
    } finally {
      await context.close();
    }
  });

  it('English, and a page that lists no API: published results only, in the reader’s language', async () => {
    const { context, page, problems } = await open('english', `${widget('open-poll', ' lang="en"')}<renda-vote lang="en" src="votes.json" vote-id="closed-poll"></renda-vote>`);
    try {
      const [live, published] = [page.locator('renda-vote').nth(0), page.locator('renda-vote').nth(1)];
      await live.getByText("Residents' poll · advisory, not a binding vote").waitFor();
      await live.getByText('Voting is open until December 31, 2099, 20:00.').waitFor();
      await live.getByRole('button', { name: 'Cast my vote' }).waitFor();
      await published.getByText('Voting closed January 1, 2021, 08:00.').waitFor();
      await published.getByText('Published results').waitFor();
      assert.match(await published.locator('.chart__row').first().innerText(), /40 votes/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('server-rendered, then hydrated without a mismatch, then live; readable with JavaScript off', async () => {
    const ssr = voteWidget(OPEN_POLL, { town: 'hexi', api: harness.api.url, renderedAt: new Date().toISOString(), lang: 'zh-CN' }).value;
    const { context, page, problems } = await open('ssr', ssr);
    try {
      const vote = page.locator('renda-vote');
      await vote.getByRole('button', { name: '提交选票' }).and(page.locator(':enabled')).waitFor();
      assert.equal(await vote.locator('section.vote').count(), 1, 'hydrated in place, not rendered a second time beside the server output');
      await vote.getByRole('checkbox', { name: /全域路灯亮化/ }).check();
      await vote.getByRole('button', { name: '提交选票' }).click();
      await notice(page).getByText(/您的选票已保存/).waitFor();
      assert.deepEqual(problems, [], 'no hydration error');
    } finally {
      await context.close();
    }
    const off = await open('ssr-no-js', ssr, { javaScriptEnabled: false });
    try {
      await off.page.locator('renda-vote').getByText('投票进行中，2099年12月31日 20:00截止。').waitFor();
      await off.page.locator('renda-vote').getByText('全域路灯亮化').waitFor();
    } finally {
      await off.context.close();
    }
  });
});
