import { constituenciesOf, constituencyText, parseConstituency } from '../../domain/constituencies.js';
import type { Deputy } from '../../domain/model.js';
import type { JsonFile } from './json-file.js';
import type { Problem } from './problems.js';
import { sayFor } from './rules.js';

/**
 * Gives every deputy both forms of their 选区: the list (`constituencies`, read from the text when
 * content gives text) and the line (`constituency`, written from the list when content gives a
 * list). Text that cannot be read as units is published as written, with a warning asking for the list.
 */
export function readConstituencies(json: JsonFile, file: string, deputies: readonly Deputy[], warnings: Problem[]): Deputy[] {
  return deputies.map((deputy, index) => {
    if (deputy.constituencies?.length) return { ...deputy, constituency: constituencyText(deputy.constituencies) };
    const { unread } = parseConstituency(deputy.constituency ?? '');
    for (const text of unread) {
      warnings.push({
        file,
        path: `deputies[${index}] (${deputy.id}).constituency`,
        ...json.locate(['deputies', index, 'constituency']),
        message: sayFor(json)('constituencyUnread', { text }),
        found: JSON.stringify(deputy.constituency),
        fix: sayFor(json)('constituencyUnreadFix'),
      });
    }
    return { ...deputy, constituency: deputy.constituency ?? '', constituencies: constituenciesOf(deputy) };
  });
}
