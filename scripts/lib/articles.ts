/**
 * Figures and wording shared by the news and pages of generated towns. News quotes the same
 * numbers the widgets compute from the data, so a reader comparing the two finds them equal.
 */
import type { ProjectBallot, Stage, Station, Suggestion, Town } from '../../domain/model.js';
import type { IsoDate } from '../../domain/calendar/dates.js';
import { formatDate } from '../../domain/text/format.js';
import { formatRate, trackerStats, type TrackerStats } from '../../domain/suggestions/figures.js';
import { standing } from '../../domain/suggestions/loop.js';
import { chosen } from './votes.js';

export interface LoopStats {
  total: number;
  published: number;
  private: number;
  byStage: Record<Stage, number>;
  overdue: number;
  reopened: number;
  complex: number;
  onSite: number;
  /** Suggestions with an outcome (a department's reply classified A–D). */
  replied: number;
  /** The published figures, from domain/figures.ts: the same numbers the site prints. */
  figures: TrackerStats;
  byCategory: [string, number][];
}

export function loopStats(all: Suggestion[], today: IsoDate, keep: (s: Suggestion) => boolean = () => true): LoopStats {
  const list = all.filter(keep);
  const standings = list.map((s) => standing(s, today));
  const figures = trackerStats(list, standings);
  const categories = new Map<string, number>();
  let complex = 0;
  let replied = 0;
  for (const s of list) {
    if ([...s.history].reverse().find((e) => e.stage === 'assigned')?.complex) complex++;
    if (s.outcome) replied++;
    categories.set(s.category, (categories.get(s.category) ?? 0) + 1);
  }
  return {
    total: list.length,
    published: list.filter((s) => s.public !== false).length,
    private: list.filter((s) => s.public === false).length,
    byStage: figures.byStage,
    overdue: figures.overdue,
    reopened: figures.reopened,
    complex,
    onSite: figures.resolvedOnSite,
    replied,
    figures,
    byCategory: [...categories].sort((a, b) => b[1] - a[1]),
  };
}

/** 办成率 and 满意率 as the site prints them (domain/figures.ts). */
export function loopSummary(stats: LoopStats): string {
  return `办成率${formatRate(stats.figures.done)}，满意率（含基本满意）${formatRate(stats.figures.satisfied)}`;
}

export function ballotTable(ballot: ProjectBallot): string {
  const won = new Set(chosen(ballot).map((c) => c.id));
  const rows = [...ballot.candidates]
    .sort((a, b) => b.for - a.for)
    .map((c) => `| ${c.name} | ${c.investment ?? '—'} | ${c.for} | ${c.against} | ${c.abstain} | ${won.has(c.id) ? '当选' : '未当选'} |`);
  return ['| 项目 | 投资（万元） | 赞成 | 反对 | 弃权 | 结果 |', '| --- | ---: | ---: | ---: | ---: | --- |', ...rows].join('\n');
}

export function ballotNews(town: Town, ballot: ProjectBallot): string {
  const won = chosen(ballot);
  const total = won.reduce((a, c) => a + (c.investment ?? 0), 0);
  return [
    `${formatDate(ballot.date)}，${ballot.session ?? town.congress.name}以无记名投票方式，对${ballot.candidates.length}个候选民生实事项目进行票决。`,
    `应到代表${ballot.electorate}名，发出选票${ballot.ballotsIssued}张，收回${ballot.ballotsReturned}张。按照差额票决、得票超过全体代表半数且按得票多少确定的规则，${won.length}个项目当选，计划总投资约${total}万元。`,
    '',
    '## 票决结果',
    '',
    ballotTable(ballot),
    '',
    '当选项目将由政府组织实施，人大主席团全程跟踪监督，年底组织代表对项目实施情况进行满意度测评。',
  ].join('\n');
}

export function loopReport(town: Town, stats: LoopStats, asOf: IsoDate): string {
  const s = stats.byStage;
  const top = stats.byCategory.slice(0, 5).map(([c, n]) => `${c}${n}件`).join('、');
  return [
    `截至${formatDate(asOf)}，${town.name}各级人大代表联络站（点）共收到群众和代表意见建议${stats.total}件，其中现场解决${stats.onSite}件，转交部门办理后已答复${stats.replied}件。`,
    '',
    `反映较集中的问题有：${top}。`,
    '',
    '## 办理进度',
    '',
    '| 阶段 | 件数 |',
    '| --- | ---: |',
    `| 待受理 | ${s.submitted} |`,
    `| 已受理、待审核 | ${s.accepted + s.reviewed} |`,
    `| 已交办、办理中 | ${s.assigned} |`,
    `| 已答复、待反馈评议 | ${s.replied + s['fed-back']} |`,
    `| 已评议 | ${s.rated} |`,
    `| 已销号 | ${s.closed} |`,
    `| 现场解决 | ${s['resolved-on-site']} |`,
    `| 不满意重新办理 | ${s.reopened} |`,
    '',
    `目前超过法定答复期限尚未答复的${stats.overdue}件，已由人大主席团发函督办；因不满意重新办理的${stats.reopened}件，均要求一个月内再次答复。${loopSummary(stats)}。`,
  ].join('\n');
}

/** “1+4+6+1”: centre, stations, points, mobile; the way layouts are written in the seeds. */
export function layoutFormula(stations: Station[]): string {
  const n = (k: Station['kind']): number => stations.filter((s) => s.kind === k).length;
  const themed = stations.filter((s) => s.kind === 'point' && s.theme && !['village', 'community'].includes(s.theme)).length;
  return `“${n('center')}+${n('station')}+${themed > 0 ? 'T+' : ''}N”（1个联络中心站、${n('station')}个联络站、${n('point')}个联络点${themed > 0 ? `，其中特色联络点${themed}个` : ''}${n('mobile') > 0 ? `，另有流动联络站${n('mobile')}个` : ''}）`;
}
