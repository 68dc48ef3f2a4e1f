/**
 * The demo's chosen livelihood projects followed through the year: three milestones spread between
 * the vote and the planned completion, and the completion itself once its day has come. Only what
 * happened by the demo's today is written. Deterministic: no draw.
 */
import type { ProjectBallot, VoteEvent } from '../../domain/model.js';
import { ballotOutcome } from '../../domain/votes/ballot-rules.js';
import { plannedBy } from '../../domain/votes/projects.js';

const DAY = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

const STEPS = [
  { share: 0.2, percent: 20, milestone: '完成立项和招标', report: '项目完成立项审批和公开招标，确定施工单位。' },
  { share: 0.5, percent: 55, milestone: '开工建设', report: '项目全面开工，代表小组现场察看施工进度和质量。' },
  { share: 0.85, percent: 90, milestone: '主体完工', report: '主体工程完工，进入验收准备，听取周边群众意见。' },
] as const;

export function withProgress(vote: VoteEvent, today: string): VoteEvent {
  if (vote.kind !== 'project-ballot') return vote;
  const ballot = vote as ProjectBallot;
  const { chosen } = ballotOutcome(ballot);
  return {
    ...ballot,
    candidates: ballot.candidates.map((c) => {
      if (!chosen.has(c.id) || !c.completion) return c;
      const start = toTime(ballot.date);
      const end = toTime(plannedBy(c.completion));
      // The last milestone before completion comes with a photo of the site.
      const progress = STEPS.map((s) => ({
        date: fromTime(start + Math.round(((end - start) * s.share) / DAY) * DAY),
        percent: s.percent,
        milestone: s.milestone,
        report: s.report,
        ...(s.percent === 90 ? { photos: [{ src: `photos/${c.id}-${s.percent}.svg`, alt: `${c.name}${s.milestone}后的施工现场` }] } : {}),
      })).filter((p) => p.date <= today);
      const completed = fromTime(end - 6 * DAY);
      return { ...c, ...(progress.length ? { progress } : {}), ...(completed <= today ? { completed } : {}) };
    }),
  };
}
