import type { Deputy, Town } from '../../domain/model.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import { sayFor } from './rules.js';

/**
 * 议政代表 who are not deputies belong to a 街道's 议政代表会: a town without one (`congress.assembly`
 * in town.json) cannot list them, and says so where the entry is.
 */
export function checkAssemblyMembers(json: JsonFile, file: string, town: Town | undefined, deputies: readonly Deputy[]): Problem[] {
  const say = sayFor(json);
  const problems: Problem[] = [];
  deputies.forEach((deputy, index) => {
    if (deputy.kind === 'assembly-member' && deputy.levels.length > 0) {
      problems.push({
        file,
        path: `deputies[${index}] (${deputy.id}).levels`,
        ...json.locate(['deputies', index, 'levels']),
        message: say('memberLevels'),
        expected: '"levels": []',
        found: JSON.stringify(deputy.levels),
        fix: say('memberLevelsFix'),
      });
    }
  });
  if (!town || town.congress.assembly) return problems;
  return problems.concat(deputies.flatMap((deputy, index) =>
    deputy.kind === 'assembly-member'
      ? [{
          file,
          path: `deputies[${index}] (${deputy.id}).kind`,
          ...json.locate(['deputies', index, 'kind']),
          message: say('memberNeedsAssembly', { town: town.name }),
          expected: say('memberNeedsAssemblyExpected'),
          found: '"assembly-member"',
          fix: say('memberNeedsAssemblyFix'),
        }]
      : [],
  ));
}
