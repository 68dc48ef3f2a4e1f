/**
 * Livelihood projects (民生实事) through the year: the projects a 票决 chose, where each stands
 * (percent, last milestone, completed or late) and which are late without a completion — one
 * place for the votes page, the home page, the open data and `renda check`.
 */
import type { BallotCandidate, ProjectBallot, ProjectProgress, VoteEvent } from '../model.js';
import type { IsoDate } from '../calendar/dates.js';
import { ballotOutcome } from './ballot-rules.js';

export interface ProjectStanding {
  ballot: Pick<ProjectBallot, 'id' | 'title' | 'date'>;
  project: BallotCandidate;
  /** The latest progress entry on or before today. */
  latest?: ProjectProgress;
  /** How far: 100 once completed, else the latest percent given (if any). */
  percent?: number;
  completed?: IsoDate;
  /** The planned completion has passed and no completion is recorded. */
  late: boolean;
}

/** The last day of a `YYYY-MM` month, or the date itself. */
export function plannedBy(completion: string): IsoDate {
  if (/^\d{4}-\d{2}-\d{2}$/.test(completion)) return completion;
  const [year, month] = completion.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${completion}-${String(last).padStart(2, '0')}`;
}

export function projectStanding(ballot: Pick<ProjectBallot, 'id' | 'title' | 'date'>, project: BallotCandidate, today: IsoDate): ProjectStanding {
  const done = project.completed && project.completed <= today ? project.completed : undefined;
  const latest = (project.progress ?? []).filter((p) => p.date <= today).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  const percent = done ? 100 : [...(project.progress ?? [])].filter((p) => p.date <= today && p.percent !== undefined).sort((a, b) => a.date.localeCompare(b.date)).at(-1)?.percent;
  return {
    ballot,
    project,
    ...(latest ? { latest } : {}),
    ...(percent !== undefined ? { percent } : {}),
    ...(done ? { completed: done } : {}),
    late: !done && !!project.completion && plannedBy(project.completion) < today,
  };
}

/** Every project chosen by the town's ballots, newest ballot first, in the ballot's order. */
export function chosenProjects(votes: readonly VoteEvent[], today: IsoDate): ProjectStanding[] {
  return votes
    .filter((v): v is ProjectBallot => v.kind === 'project-ballot' && v.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date))
    .flatMap((ballot) => {
      const { chosen } = ballotOutcome(ballot);
      return ballot.candidates.filter((c) => chosen.has(c.id)).map((c) => projectStanding(ballot, c, today));
    });
}
