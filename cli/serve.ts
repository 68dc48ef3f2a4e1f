import { watch } from 'node:fs';
import { resolve } from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { buildSites, type BuildOptions } from '../site/build.js';
import { formatProblems } from '../site/content/problems.js';
import type { LoadedContent } from '../domain/model.js';
import type { ApiServer } from '../server/api.js';

export interface ServeOptions extends BuildOptions {
  port: number;
  /** Also run the participation API on this port (votes and the contact form work locally); none when absent. */
  apiPort?: number;
  /** Folder of the API's SQLite file; `data` by default. */
  dataDir?: string;
  log?: (line: string) => void;
}

/**
 * Builds, serves the output with live reload, and rebuilds when content changes. A content
 * mistake is printed and the last good build keeps being served. With `apiPort`, the
 * participation API runs beside it and the local build points its widgets at it.
 */
export async function serveSites(options: ServeOptions): Promise<{ close: () => Promise<void>; port: number; api?: ApiServer }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const apiUrl = options.apiPort ? `http://localhost:${options.apiPort}/api/` : undefined;
  const buildOptions: BuildOptions = { ...options, ...(apiUrl ? { siteOverrides: { ...options.siteOverrides, participationApi: apiUrl } } : {}) };
  let api: ApiServer | undefined;
  // The content of the last good build: what the API knows about (polls, towns, deputies).
  let content: LoadedContent | undefined;
  const rebuild = async () => {
    const result = await buildSites(buildOptions);
    if (result.ok) {
      log(`built ${result.files} files in ${result.seconds.toFixed(1)} s`);
      content = result.content;
      api?.reload(content);
    } else log(`content problems — still serving the last good build:\n\n${formatProblems(result.problems)}\n`);
    return result.ok;
  };
  await rebuild();
  if (options.apiPort) {
    if (content) {
      const { startApi } = await import('../server/api.js');
      api = await startApi({ content, port: options.apiPort, dataDir: options.dataDir ?? 'data', allowedOrigins: [`http://localhost:${options.port}`, `http://127.0.0.1:${options.port}`], log });
      log(`renda: participation API at ${api.url} (ballots and messages stored in ${options.dataDir ?? 'data'}/)`);
    }
  }
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
    ...(api ? { api } : {}),
    close: async () => {
      watcher.close();
      clearTimeout(timer);
      await running;
      await server.close();
      await api?.close();
    },
  };
}
