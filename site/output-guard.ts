/**
 * Where `renda build` may write. The build replaces its output folder whole, so an output that is,
 * holds or lies in something precious would destroy it. A pure decision on absolute, resolved
 * paths (symbolic links already followed); the file-system side is in `output-folder.ts`.
 */
import { isAbsolute, parse, relative, sep } from 'node:path';

export interface OutputPlaces {
  /** The output folder (`--out`). */
  out: string;
  /** How to name the output folder in the message, when not `out` (e.g. the link the webmaster typed). */
  outName?: string;
  /** The content folder (`--content`). */
  content: string;
  /** The project root: the working folder renda runs in. */
  cwd: string;
  /** The user's home folder. */
  home: string;
}

/** Whether `inner` is `outer` itself or lies inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`));
}

/**
 * Why `places.out` must not be an output folder, in one sentence naming the folder, or undefined
 * when it may be. Every path must be absolute and resolved.
 */
export function outputPathProblem(places: OutputPlaces): string | undefined {
  const { out, content, cwd, home } = places;
  const why = (what: string) => `refusing to use ${places.outName ?? out} as the output folder: ${what}; renda replaces its output folder whole, so choose a separate folder, such as _site in the project folder (输出目录不安全：请另选一个单独的目录)`;
  if (parse(out).root === out) return why('it is the root of the file system');
  if (out === content) return why('it is the content folder');
  if (isWithin(content, out)) return why(`it holds the content folder ${content}`);
  if (isWithin(out, content)) return why(`it lies inside the content folder ${content}`);
  if (out === cwd) return why('it is the project folder you run renda in');
  if (isWithin(cwd, out)) return why(`it holds the project folder ${cwd}`);
  if (out === home) return why('it is your home folder');
  if (isWithin(home, out)) return why(`it holds your home folder ${home}`);
  return undefined;
}
