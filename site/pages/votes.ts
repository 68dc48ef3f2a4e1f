import { html } from '../render/html.js';
import { layout } from '../render/layout.js';
import { formatDate, formatWan } from '../render/format.js';
import { SATISFACTION_LABELS } from '../../components/base/labels.js';
import { SATISFACTIONS, type ProjectBallot, type VoteEvent } from '../content/types.js';
import { townPath, type TownContext } from './context.js';

/**
 * Which candidates a 票决 chooses: those passing with more than half of ALL deputies (not of
 * those present), then the top `seats` by votes for. Ties at the cut are flagged, not broken.
 */
export function ballotOutcome(ballot: ProjectBallot): { passing: Set<string>; chosen: Set<string>; tiedAtCut: Set<string> } {
  const threshold = Math.floor(ballot.electorate / 2) + 1;
  const passing = ballot.candidates.filter((c) => c.for >= threshold);
  const ranked = [...passing].sort((a, b) => b.for - a.for);
  const cutVotes = ranked[ballot.seats - 1]?.for;
  const chosen = new Set<string>();
  const tiedAtCut = new Set<string>();
  if (ranked.length <= ballot.seats) ranked.forEach((c) => chosen.add(c.id));
  else {
    const above = ranked.filter((c) => c.for > cutVotes!);
    const atCut = ranked.filter((c) => c.for === cutVotes);
    above.forEach((c) => chosen.add(c.id));
    if (above.length + atCut.length === ballot.seats) atCut.forEach((c) => chosen.add(c.id));
    else atCut.forEach((c) => tiedAtCut.add(c.id));
  }
  return { passing: new Set(passing.map((c) => c.id)), chosen, tiedAtCut };
}

function ballotSection(ballot: ProjectBallot) {
  const { passing, chosen, tiedAtCut } = ballotOutcome(ballot);
  return html`<section class="vote"><h2>${ballot.title}</h2>
<p>${formatDate(ballot.date)}${ballot.session ? ` · ${ballot.session}` : ''} · 应到代表 ${ballot.electorate} 名，发出选票 ${ballot.ballotsIssued} 张，收回 ${ballot.ballotsReturned} 张；从 ${ballot.candidates.length} 个候选项目中差额票决 ${ballot.seats} 个，赞成票超过全体代表半数（${Math.floor(ballot.electorate / 2) + 1} 票）方为通过。</p>
<table class="data-table"><thead><tr><th scope="col">项目</th><th scope="col">投资</th><th scope="col">赞成</th><th scope="col">反对</th><th scope="col">弃权</th><th scope="col">结果</th></tr></thead>
<tbody>${[...ballot.candidates].sort((a, b) => b.for - a.for).map(
    (c) => html`<tr><td>${c.name}${c.description ? html`<br><span class="muted">${c.description}</span>` : ''}</td><td>${formatWan(c.investment)}</td><td>${c.for}</td><td>${c.against}</td><td>${c.abstain}</td><td>${chosen.has(c.id) ? '当选' : tiedAtCut.has(c.id) ? '票数相同，待定' : passing.has(c.id) ? '通过，未入选' : '未通过'}</td></tr>`,
  )}</tbody></table></section>`;
}

function voteSection(vote: VoteEvent) {
  switch (vote.kind) {
    case 'project-ballot':
      return ballotSection(vote);
    case 'poll':
      return html`<section class="vote"><h2>${vote.title}</h2><p>群众投票（参考性，非法定表决） · 每人最多选 ${vote.maxPicks} 项 · ${formatDate(vote.opens.slice(0, 10))}至${formatDate(vote.closes.slice(0, 10))}</p>${vote.description ? html`<p>${vote.description}</p>` : ''}
<ul class="list">${vote.candidates.map((c) => html`<li>${c.name}${c.votes !== undefined ? html` · ${c.votes} 票` : ''}</li>`)}</ul></section>`;
    case 'rating':
      return html`<section class="vote"><h2>${vote.title}</h2><p>满意度评议</p>${vote.results ? html`<ul class="list">${SATISFACTIONS.map((key) => html`<li>${SATISFACTION_LABELS['zh-CN'][key]}：${vote.results![key]}</li>`)}</ul>` : ''}</section>`;
  }
}

/** `/<town>/votes/` */
export function votesPage(ctx: TownContext): string {
  const { town, votes } = ctx.loaded;
  return layout({
    site: ctx.site,
    url: townPath(ctx, 'votes/'),
    town,
    title: '票决与评议',
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>票决与评议</h1>${votes.length ? votes.map(voteSection) : html`<p>暂无。</p>`}`,
  });
}
