/**
 * The participation API as its own process on loopback (for the crash test, the benchmark and the
 * several-processes test): a child that loads content and calls startApi, with per-address limits
 * off since every client here is 127.0.0.1. Resolves once it listens. On SQLite under `dataDir`
 * by default; on a PostgreSQL schema when `postgres` is given.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiOptions } from '../../server/api.js';
import { FIXTURE_TODAY, repoRoot } from './content-fixture.js';

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  /** Resolves when the process has exited (however it ended). */
  exited: () => Promise<void>;
}

export interface SpawnOptions extends Pick<ApiOptions, 'baselineEndpoint'> {
  /** Store in this PostgreSQL database and schema instead of SQLite. */
  postgres?: { url: string; schema: string };
  /** Serve the message desk with desk-made suggestions written under this content folder. */
  deskContentDir?: string;
}

export function spawnApi(contentDir: string, dataDir: string, options: SpawnOptions = {}): Promise<ApiProcess> {
  const module = (path: string) => pathToFileURL(join(repoRoot, 'build', path)).href;
  const postgres = options.postgres;
  const script = `
    const { loadContent } = await import(${JSON.stringify(module('site/content/loader.js'))});
    const { startApi } = await import(${JSON.stringify(module('server/api.js'))});
    const { content } = loadContent(${JSON.stringify(contentDir)}, { today: ${JSON.stringify(FIXTURE_TODAY)} });
    ${postgres ? `const { PostgresStore } = await import(${JSON.stringify(module('server/postgres-storage.js'))});\n    const store = await PostgresStore.open(${JSON.stringify(postgres.url)}, { schema: ${JSON.stringify(postgres.schema)} });` : 'const store = undefined;'}
    const desk = ${options.deskContentDir ? JSON.stringify({ contentDir: options.deskContentDir, overdueCheckMs: 0 }) : '{ overdueCheckMs: 0 }'};
    const api = await startApi({ content, port: 0, dataDir: ${JSON.stringify(dataDir)}, store, desk, rateLimits: false, baselineEndpoint: ${options.baselineEndpoint === true}, log: () => {} });
    process.on('SIGTERM', () => api.close().then(() => process.exit(0)));
    process.stdout.write('READY ' + api.port + '\\n');`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = () => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /READY (\d+)/.exec(out);
      if (match) resolve({ child, port: Number(match[1]), exited });
    });
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before it was ready`)));
  });
}

/** Stops an API process and waits until it has gone. */
export async function stopApi(api: ApiProcess): Promise<void> {
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
  await api.exited();
}
