import { watch } from 'node:fs';
import { resolve } from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { buildSites, type BuildOptions } from './build.js';
import { formatProblems } from './content/problems.js';

/**
 * Builds, serves the output with live reload, and rebuilds when content changes. A content
 * mistake is printed and the last good build keeps being served.
 */
export async function serveSites(options: BuildOptions & { port: number; log?: (line: string) => void }): Promise<{ close: () => Promise<void>; port: number }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const rebuild = async () => {
    const result = await buildSites(options);
    if (result.ok) log(`built ${result.files} files in ${result.seconds.toFixed(1)} s`);
    else log(`content problems — still serving the last good build:\n\n${formatProblems(result.problems)}\n`);
    return result.ok;
  };
  await rebuild();
  const server = EleventyDevServer.getServer('renda', resolve(options.outDir), {
    port: options.port,
    portReassignmentRetryCount: 10,
    messageOnStart: ({ hosts }: { hosts: string[] }) => `renda: serving ${hosts[0] ?? `http://localhost:${options.port}/`}  (Ctrl+C to stop)`,
    domDiff: false,
  });
  server.serve(options.port);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const watcher = watch(resolve(options.contentDir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        if (await rebuild()) server.reload({});
      });
    }, 150);
  });
  return {
    port: options.port,
    close: async () => {
      watcher.close();
      clearTimeout(timer);
      await running;
      await server.close();
    },
  };
}
