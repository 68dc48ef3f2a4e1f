import { watch } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { buildSites, loadBuiltContent, type BuildOptions } from '../site/build.js';
import { formatProblems } from '../site/content/problems.js';
import type { LoadedContent } from '../domain/model.js';
import { DEFAULT_HOST, listen, reach, reachableHost } from '../server/listen.js';
import { liveReload } from './live-reload.js';
import { checkOutputFolder, OutputRefusedError } from '../site/output-folder.js';
import { contentSecurityPolicy, REFERRER_POLICY } from '../site/render/security.js';
import { serveStaticFile } from './static-files.js';
import type { ApiServer } from '../server/api.js';
import { cliWords, errorWords, exposure } from './words.js';
import { DEFAULT_LOCALE } from '../domain/text/format.js';

export interface ServeOptions extends BuildOptions {
  port: number;
  /** Address to listen on; `127.0.0.1` (this computer only) by default. */
  host?: string;
  /** Also run the participation API on this port (votes and the contact form work locally); none when absent. */
  apiPort?: number;
  /** Folder of the API's SQLite file; `data` by default. */
  dataDir?: string;
  log?: (line: string) => void;
}

/**
 * Builds, serves the output with live reload, and rebuilds when content changes. A content
 * mistake is printed and the last good build keeps being served. With `apiPort`, the
 * participation API runs beside it and the local build points its widgets at it. Serves only
 * files inside the output; a hostile request gets a 4xx and the server goes on. Throws
 * `OutputRefusedError` before anything starts when the output folder is not renda's to replace.
 */
export async function serveSites(options: ServeOptions): Promise<{ close: () => Promise<void>; port: number; api?: ApiServer }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const locale = options.locale ?? DEFAULT_LOCALE;
  const say = cliWords(locale);
  const host = options.host ?? DEFAULT_HOST;
  checkOutputFolder({ outDir: options.outDir, contentDir: options.contentDir, locale });
  // The address pages call the API at: this computer, or the network address the site is opened at.
  const apiUrl = options.apiPort ? `http://${reachableHost(host)}:${options.apiPort}/api/` : undefined;
  const buildOptions: BuildOptions = { ...options, ...(apiUrl ? { siteOverrides: { ...options.siteOverrides, participationApi: apiUrl } } : {}) };
  let api: ApiServer | undefined;
  // The content of the last good build: what the API knows about (polls, towns, deputies).
  let content: LoadedContent | undefined;
  // The policy the pages carry; until a first good build, the one of a site without tiles or photos elsewhere.
  let policy = contentSecurityPolicy({ site: { title: '', baseUrl: '', defaultLocale: 'zh-CN', ...(apiUrl ? { participationApi: apiUrl } : {}) }, towns: [] });
  const rebuild = async () => {
    let result;
    try {
      result = await buildSites(buildOptions);
    } catch (error) {
      if (!(error instanceof OutputRefusedError) || !content) throw error;
      log(say('serveRefused', { message: error.message }));
      return false;
    }
    if (result.ok) {
      log(say('serveBuilt', { files: result.files, seconds: result.seconds.toFixed(1) }));
      const built = loadBuiltContent(buildOptions);
      if (built) {
        content = built;
        policy = contentSecurityPolicy(built);
        api?.reload(built);
      }
    } else log(`${say('serveProblems')}\n\n${formatProblems(result.problems, locale)}\n`);
    return result.ok;
  };
  await rebuild();

  const reload = liveReload();
  const headers = () => ({ 'content-security-policy': policy, 'x-content-type-options': 'nosniff', 'referrer-policy': REFERRER_POLICY });
  const files = { root: resolve(options.outDir), headers, transformHtml: reload.inject };
  const server = createServer((request, response) => {
    if (reload.handle(request, response, headers())) return;
    serveStaticFile(files, request, response).catch(() => {
      // A file swapped away mid-answer, a socket gone: answer if still possible, and go on serving.
      if (!response.headersSent) response.writeHead(500, { ...headers(), 'content-type': 'text/plain; charset=utf-8' }).end('Internal error\n');
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 12\r\nconnection: close\r\n\r\nBad request\n');
    else socket.destroy();
  });
  const port = await listen(server, options.port, host, 10);
  const where = reach(host, port);

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  /** A rebuild soon: after a save under the content folder, or a change made at the message desk. */
  const scheduleRebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running
        .then(async () => {
          if (await rebuild()) reload.reload();
        })
        .catch((error: unknown) => log(say('rebuildFailed', { message: String((error as Error)?.message ?? error) })));
    }, 150);
  };

  if (options.apiPort && content) {
    const { MissingDriverError, startApi } = await import('../server/api.js');
    const pageOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`, ...where.others.map((url) => new URL(url).origin)];
    try {
      api = await startApi({ content, port: options.apiPort, host, dataDir: options.dataDir ?? 'data', allowedOrigins: pageOrigins, log, desk: { contentDir: options.contentDir, onContentChange: scheduleRebuild } });
      log(say('serveApi', { url: api.url, dir: options.dataDir ?? 'data', desk: new URL('/staff/', api.url).href }));
    } catch (error) {
      // The site is still worth serving: its pages work, only voting and messages wait for the driver.
      if (!(error instanceof MissingDriverError)) throw error;
      log(say('serveApiFailed', { message: errorWords(say, error) }));
    }
  }
  log(say('serving', { url: where.local }));
  const open = exposure(say, host, port);
  if (open) log(say('serveNote', { message: open }));

  const watcher = watch(resolve(options.contentDir), { recursive: true }, scheduleRebuild);
  return {
    port,
    ...(api ? { api } : {}),
    close: async () => {
      watcher.close();
      clearTimeout(timer);
      await running;
      reload.close();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await api?.close();
    },
  };
}
