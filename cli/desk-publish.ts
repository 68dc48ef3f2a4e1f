/**
 * Publishing after a staff action: `renda api --content DIR --out DIR` rebuilds the sites when the
 * message desk changes a town's suggestions, and hands the fresh content to the API. The whole
 * output is rebuilt (a build of one town would leave only that town in the output); the build is
 * atomic, so the public never sees half a site. One build runs at a time; changes that arrive
 * during a build are published by one more build after it.
 */
import { buildSites, loadBuiltContent, type BuildOptions } from '../site/build.js';
import { formatProblems } from '../site/content/problems.js';
import type { LoadedContent } from '../domain/model.js';

export interface PublishOptions extends BuildOptions {
  log: (line: string) => void;
  /** Called with the content of each good build (the API reloads its catalogue). */
  onBuilt?: (content: LoadedContent) => void;
}

export function deskPublisher(options: PublishOptions): (town: string) => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const towns = new Set<string>();

  const build = async (): Promise<void> => {
    const changed = [...towns].join(', ');
    towns.clear();
    try {
      const result = await buildSites(options);
      if (result.ok) {
        options.log(`renda api: published ${changed} — ${result.files} files → ${result.outDir} in ${result.seconds.toFixed(1)} s`);
        if (options.onBuilt) {
          const content = loadBuiltContent(options);
          if (content) options.onBuilt(content);
        }
      } else options.log(`renda api: content problems after a change in ${changed}; the published site is unchanged:\n\n${formatProblems(result.problems)}\n`);
    } catch (error) {
      options.log(`renda api: the rebuild after a change in ${changed} failed (${(error as Error)?.message ?? error}); the published site is unchanged`);
    }
  };

  const loop = async (): Promise<void> => {
    do {
      again = false;
      await build();
    } while (again);
    running = undefined;
  };

  return (town: string) => {
    towns.add(town);
    if (running) again = true;
    else running = loop();
    return running;
  };
}
