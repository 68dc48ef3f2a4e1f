/**
 * The files of a built output over HTTP, for `renda serve`: only files inside the output folder
 * (symbolic links included: where a link leads is checked, not its name), folders by their
 * `index.html`, the site's `404.html` for anything else. Never throws: a request that cannot be
 * answered with a file gets a 4xx.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { isWithin } from '../site/output-guard.js';
import { requestPath } from './serve-path.js';

/** Content types by file extension, for every kind of file a town site holds. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFilesOptions {
  /** The output folder. It may be swapped for a new build at any time. */
  root: string;
  /** Headers on every answer (the security policy). */
  headers: () => Record<string, string>;
  /** Changes an HTML page before it is sent (the live-reload script). */
  transformHtml?: (page: string) => string;
}

/** A file inside `root`, following links, or undefined. */
async function fileInside(root: string, path: string): Promise<string | undefined> {
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(path)]);
    return isWithin(real, realRoot) && (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Answers one request; resolves once the answer is sent. */
export async function serveStaticFile(options: StaticFilesOptions, request: IncomingMessage, response: ServerResponse): Promise<number> {
  const send = (status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) => {
    response.writeHead(status, { ...options.headers(), 'content-type': type, 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-cache', ...extra });
    response.end(request.method === 'HEAD' ? undefined : body);
    return status;
  };
  const sendFile = async (status: number, file: string) => {
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const body = await readFile(file);
    return type.startsWith('text/html') && options.transformHtml ? send(status, options.transformHtml(body.toString('utf8')), type) : send(status, body, type);
  };
  const notFound = async () => {
    const page = await fileInside(options.root, join(options.root, '404.html'));
    return page ? sendFile(404, page) : send(404, 'Not found\n', 'text/plain; charset=utf-8');
  };

  if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Only GET and HEAD\n', 'text/plain; charset=utf-8', { allow: 'GET, HEAD' });
  const path = requestPath(request.url ?? '');
  if (!path.ok) return path.status === 404 ? notFound() : send(400, `Bad request: ${path.reason}\n`, 'text/plain; charset=utf-8');
  const target = join(options.root, ...path.segments);
  if (!isWithin(target, options.root)) return send(400, 'Bad request\n', 'text/plain; charset=utf-8');
  if (!path.folder && (await isFolder(target))) return send(301, '', 'text/plain; charset=utf-8', { location: `${path.pathname}/${path.query}` });
  const file = await fileInside(options.root, path.folder ? join(target, 'index.html') : target);
  return file ? sendFile(200, file) : notFound();
}
