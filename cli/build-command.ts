/**
 * `renda build`: the whole site, one shard of it (`--shard K/N`), or the last step over gathered
 * shards (`--finish`). Options are checked before anything is read; content problems are printed
 * with their files and fixes, and leave the previous output as it was.
 */
import { buildSites, defaultJobs, finishSites, type BuildOptions } from '../site/build.js';
import { parseShard } from '../site/building/shards.js';
import { OutputRefusedError } from '../site/output-folder.js';
import { formatProblems } from '../site/content/problems.js';
import type { CommandContext } from './cli.js';
import { printWarnings } from './words.js';

export interface BuildValues {
  jobs?: string | undefined;
  shard?: string | undefined;
  finish?: boolean | undefined;
  fresh?: boolean | undefined;
}

/** At most this many jobs, whatever is asked: more threads than this only share the same cores. */
const MAX_JOBS = 256;

export async function buildCommand(context: CommandContext, common: BuildOptions, values: BuildValues): Promise<number> {
  const { say, locale } = context;
  const command = 'renda build';
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    console.error(say('badJobs', { command, max: MAX_JOBS, value: values.jobs ?? '' }));
    return 2;
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) {
    console.error(say('badShard', { command, value: values.shard }));
    return 2;
  }
  if (shard && values.finish) {
    console.error(say('finishWithShard', { command }));
    return 2;
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (common.today === undefined && epoch !== undefined && epoch.trim() !== '' && !/^\d{1,12}$/.test(epoch.trim())) {
    console.error(say('badSourceDate', { command, value: epoch }));
    return 2;
  }
  try {
    if (values.finish) {
      const result = finishSites({ contentDir: common.contentDir, outDir: common.outDir, locale });
      if (!result.ok) {
        console.error(`${formatProblems(result.problems, locale)}\n\n${say('finishProblems', { count: result.problems.length })}`);
        return 1;
      }
      console.log(say('finishDone', { towns: result.towns, files: result.files, out: result.outDir, seconds: result.seconds.toFixed(1) }));
      return 0;
    }
    const result = await buildSites({ ...common, jobs, ...(shard ? { shard } : {}), ...(values.fresh ? { fresh: true } : {}) });
    if (!result.ok) {
      console.error(`${formatProblems(result.problems, locale)}\n\n${say('buildProblems', { count: result.problems.length, out: common.outDir })}`);
      return 1;
    }
    printWarnings(context, 'build', result.warnings);
    const figures = { towns: result.towns, files: result.files, out: result.outDir, seconds: result.seconds.toFixed(1) };
    const done = shard ? say('buildShardDone', { ...figures, shard: `${shard.index}/${shard.count}` }) : say('buildDone', figures);
    console.log(result.reused.length ? `${done} ${say('buildReused', { reused: result.reused.length })}` : done);
    return 0;
  } catch (error) {
    if (!(error instanceof OutputRefusedError)) throw error;
    console.error(say('failed', { command: 'build', message: error.message }));
    return 1;
  }
}
