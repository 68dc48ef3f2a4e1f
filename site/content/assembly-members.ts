import type { Deputy, Town } from '../../domain/model.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';

/**
 * 议政代表 who are not deputies belong to a 街道's 议政代表会: a town without one (`congress.assembly`
 * in town.json) cannot list them, and says so where the entry is.
 */
export function checkAssemblyMembers(json: JsonFile, file: string, town: Town | undefined, deputies: readonly Deputy[]): Problem[] {
  const problems: Problem[] = [];
  deputies.forEach((deputy, index) => {
    if (deputy.kind === 'assembly-member' && deputy.levels.length > 0) {
      problems.push({
        file,
        path: `deputies[${index}] (${deputy.id}).levels`,
        ...json.locate(['deputies', index, 'levels']),
        message: 'a 议政代表 who is not a deputy serves at no level',
        expected: '"levels": []',
        found: JSON.stringify(deputy.levels),
        fix: 'leave levels empty; a deputy who also sits in the 议政代表会 is listed as a deputy ("kind": "deputy") with their levels',
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
          message: `"assembly-member" (议政代表) needs a 议政代表会, and ${town.name} has none`,
          expected: 'a deputy ("kind": "deputy" or no kind), or the 议政代表会 named in town.json as congress.assembly',
          found: '"assembly-member"',
          fix: 'give the deputy their levels and 选区, or add "assembly": "…议政代表会" to congress in town.json (a 街道 with a 人大工委)',
        }]
      : [],
  ));
}
