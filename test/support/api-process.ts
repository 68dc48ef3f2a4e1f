/**
 * The participation API as its own process on loopback (for the crash test and the benchmark):
 * a child that loads content and calls startApi, with per-address limits off since every client
 * here is 127.0.0.1. Resolves once it listens.
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

export function spawnApi(contentDir: string, dataDir: string, options: Pick<ApiOptions, 'baselineEndpoint'> = {}): Promise<ApiProcess> {
  const module = (path: string) => pathToFileURL(join(repoRoot, 'build', path)).href;
  const script = `
    const { loadContent } = await import(${JSON.stringify(module('site/content/loader.js'))});
    const { startApi } = await import(${JSON.stringify(module('server/api.js'))});
    const { content } = loadContent(${JSON.stringify(contentDir)}, { today: ${JSON.stringify(FIXTURE_TODAY)} });
    const api = await startApi({ content, port: 0, dataDir: ${JSON.stringify(dataDir)}, rateLimits: false, baselineEndpoint: ${options.baselineEndpoint === true}, log: () => {} });
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
