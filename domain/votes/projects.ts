/**
 * Livelihood projects (民生实事) through the year: the projects a 票决 chose, where each stands
 * (percent, last milestone, completed or late) and which are late without a completion — one
 * place for the votes page, the home page, the open data and `renda check`.
 */
import type { BallotCandidate, ProjectBallot, ProjectProgress, Rating, VoteEvent } from '../model.js';
import type { Rate } from '../suggestions/figures.js';
import type { IsoDate } from '../calendar/dates.js';
import { ballotOutcome } from './ballot-rules.js';
import { compareText } from '../text/compare.js';

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
  const latest = (project.progress ?? []).filter((p) => p.date <= today).sort((a, b) => compareText(a.date, b.date)).at(-1);
  const percent = done ? 100 : [...(project.progress ?? [])].filter((p) => p.date <= today && p.percent !== undefined).sort((a, b) => compareText(a.date, b.date)).at(-1)?.percent;
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
    .sort((a, b) => compareText(b.date, a.date))
    .flatMap((ballot) => {
      const { chosen } = ballotOutcome(ballot);
      return ballot.candidates.filter((c) => chosen.has(c.id)).map((c) => projectStanding(ballot, c, today));
    });
}

/** 满意率 of a rating's grades: satisfied and basically satisfied of all (undefined without results). */
export function satisfactionRate(results: Rating['results']): Rate | undefined {
  if (!results) return undefined;
  return { part: results.satisfied + results['basically-satisfied'], whole: results.satisfied + results['basically-satisfied'] + results.unsatisfied };
}

/** One project of a batch at year end: the deputies' rating and the residents' (advisory), each with its 满意率. */
export interface ProjectRatings {
  project: BallotCandidate;
  deputies?: Rating;
  residents?: Rating;
  deputiesRate?: Rate;
  residentsRate?: Rate;
}

/** The year-end rating of a 票决's whole batch: every chosen project, rated or not yet, and the batch's 满意率 over all grades. */
export interface BatchRating {
  ballot: Pick<ProjectBallot, 'id' | 'title' | 'date'>;
  projects: ProjectRatings[];
  deputiesRate?: Rate;
  residentsRate?: Rate;
}

const sum = (rates: (Rate | undefined)[]): Rate | undefined => {
  const counted = rates.filter((r): r is Rate => !!r);
  return counted.length ? { part: counted.reduce((a, r) => a + r.part, 0), whole: counted.reduce((a, r) => a + r.whole, 0) } : undefined;
};

/** The ratings that name a ballot (`subject.ballot`), grouped into its batch; newest ballot first, only ballots with a rating. */
export function batchRatings(votes: readonly VoteEvent[]): BatchRating[] {
  const ratings = votes.filter((v): v is Rating => v.kind === 'rating' && v.subject.type === 'project' && !!v.subject.ballot);
  return votes
    .filter((v): v is ProjectBallot => v.kind === 'project-ballot' && ratings.some((r) => r.subject.ballot === v.id))
    .sort((a, b) => compareText(b.date, a.date))
    .map((ballot) => {
      const { chosen } = ballotOutcome(ballot);
      const projects = ballot.candidates
        .filter((c) => chosen.has(c.id))
        .map((project): ProjectRatings => {
          const of = (raters: 'deputies' | 'residents') => ratings.find((r) => r.subject.ballot === ballot.id && r.subject.id === project.id && (r.raters ?? 'residents') === raters);
          const deputies = of('deputies');
          const residents = of('residents');
          const deputiesRate = satisfactionRate(deputies?.results);
          const residentsRate = satisfactionRate(residents?.results);
          return { project, ...(deputies ? { deputies } : {}), ...(residents ? { residents } : {}), ...(deputiesRate ? { deputiesRate } : {}), ...(residentsRate ? { residentsRate } : {}) };
        });
      const deputiesRate = sum(projects.map((p) => p.deputiesRate));
      const residentsRate = sum(projects.map((p) => p.residentsRate));
      return { ballot: { id: ballot.id, title: ballot.title, date: ballot.date }, projects, ...(deputiesRate ? { deputiesRate } : {}), ...(residentsRate ? { residentsRate } : {}) };
    });
}

/** Whether a rating belongs to a batch's year-end rating (it names its project's ballot). */
export const isBatchRating = (vote: VoteEvent): vote is Rating => vote.kind === 'rating' && vote.subject.type === 'project' && !!vote.subject.ballot;
