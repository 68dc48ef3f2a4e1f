import { projectStanding } from '../../domain/votes/projects.js';
import { ballotOutcome } from '../../domain/votes/ballot-rules.js';
import { createMsg } from '../../domain/text/messages.js';
import { formatMonth } from '../../domain/text/format.js';
import type { ProjectBallot, VoteEvent } from '../../domain/model.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const msg = createMsg({ 'zh-CN': ZH.projectsPage, en: EN.projectsPage });

/**
 * A chosen project whose planned completion has passed without a completion entry is published
 * as late, and `renda check` says so where the project is (a warning: the site still builds).
 */
export function lateProjectWarnings(json: JsonFile, file: string, votes: readonly VoteEvent[], today: string): Problem[] {
  const warnings: Problem[] = [];
  votes.forEach((vote, i) => {
    if (vote.kind !== 'project-ballot') return;
    const ballot = vote as ProjectBallot;
    const { chosen } = ballotOutcome(ballot);
    ballot.candidates.forEach((candidate, j) => {
      if (!chosen.has(candidate.id) || !projectStanding(ballot, candidate, today).late) return;
      warnings.push({
        file,
        path: `votes[${i}] (${vote.id}).candidates[${j}] (${candidate.id})`,
        ...json.locate(['votes', i, 'candidates', j, 'completion']),
        message: msg(json.locale, 'lateWarning', { name: candidate.name, date: formatMonth(candidate.completion!, json.locale) }),
        found: `"completion": "${candidate.completion}"`,
        fix: msg(json.locale, 'lateFix'),
      });
    });
  });
  return warnings;
}
