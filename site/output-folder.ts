/**
 * The output folder is renda's alone: every build leaves a marker file in it, and a build only
 * ever replaces a folder that is missing, empty or marked. Together with `outputPathProblem`,
 * checked before anything is read or written.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { outputPathProblem, outputWords } from './output-guard.js';
import { DEFAULT_LOCALE } from '../domain/text/format.js';
import type { Locale } from '../domain/model.js';

/** The marker file in every output folder renda writes. */
export const OUTPUT_MARKER = '.renda-build';

export interface OutputMarker {
  generator: 'renda-kit';
  /** The site's `baseUrl`: `renda api --site` allows its origin. */
  baseUrl: string;
}

/** The marker's text: the same for the same site, so builds stay byte for byte reproducible. */
export function markerText(baseUrl: string): string {
  const marker: OutputMarker & { note: string } = {
    generator: 'renda-kit',
    note: 'This folder was written by renda build, which replaces it whole on the next build. Do not keep other files here.',
    baseUrl,
  };
  return `${JSON.stringify(marker, null, 2)}\n`;
}

/** The marker of a folder renda built, or undefined. */
export function readMarker(dir: string): OutputMarker | undefined {
  try {
    const marker = JSON.parse(readFileSync(join(dir, OUTPUT_MARKER), 'utf8')) as Partial<OutputMarker>;
    return marker.generator === 'renda-kit' && typeof marker.baseUrl === 'string' ? (marker as OutputMarker) : undefined;
  } catch {
    return undefined;
  }
}

/** A refusal to write the output: a sentence for the webmaster, nothing was touched. */
export class OutputRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputRefusedError';
  }
}

/** The absolute path with every symbolic link of its existing part followed. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

export interface OutputCheck {
  outDir: string;
  contentDir: string;
  /** Default: the working folder. */
  cwd?: string;
  /** Default: the user's home folder. */
  home?: string;
  /** The language of the refusal; zh-CN by default. */
  locale?: Locale;
}

/** Throws `OutputRefusedError` unless `outDir` is a safe place that is missing, empty or renda's own. */
export function checkOutputFolder(check: OutputCheck): void {
  const given = resolve(check.outDir);
  const out = realPath(given);
  const outName = out === given ? out : `${given} (a link to ${out})`;
  const locale = check.locale ?? DEFAULT_LOCALE;
  const problem = outputPathProblem({ out, outName, content: realPath(check.contentDir), cwd: realPath(check.cwd ?? process.cwd()), home: realPath(check.home ?? homedir()) }, locale);
  if (problem) throw new OutputRefusedError(problem);
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new OutputRefusedError(outputWords(locale, 'outputIsFile', { out: outName }));
  if (readdirSync(out).length === 0 || readMarker(out)) return;
  throw new OutputRefusedError(outputWords(locale, 'outputNotRenda', { out: outName, marker: OUTPUT_MARKER }));
}
