/**
 * Real Chromium for Node-side tests and benchmarks (built pages, print to PDF, timings), and a
 * tiny static server that answers like a town's web server (with an optional strict CSP).
 * Never downloads a browser: CHROME_PATH, then the system's Chromium or Chrome.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CONTENT_TYPES } from '../../cli/static-files.js';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChrome(): string {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (!found) throw new Error(`no Chromium found (looked at ${CANDIDATES.filter(Boolean).join(', ')}); install one (apt-get install -y chromium) or set CHROME_PATH`);
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}


/** The strict policy the town sites must work under. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

export interface StaticServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Serves `root` on a free loopback port; directories answer with their index.html. */
/** `cors`: answer any origin, as a town site must for widgets embedded in its CMS. */
/** `cors`: answer every origin (`true`), none (`false`), or only for the paths it accepts. */
export function serveStatic(root: string, options: { csp?: string; cors?: boolean | ((pathname: string) => boolean) } = {}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let path = normalize(join(root, pathname));
    if (!path.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! }).end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    // As any town web server should: text compressed when the browser accepts it.
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
    response.writeHead(200, {
      'content-type': type,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...(options.csp ? { 'content-security-policy': options.csp } : {}),
      ...((typeof options.cors === 'function' ? options.cors(pathname) : options.cors) ? { 'access-control-allow-origin': '*' } : {}),
    });
    response.end(gzip ? gzipSync(readFileSync(path)) : readFileSync(path));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, server, close: () => new Promise<void>((done) => server.close(() => done())) });
    }),
  );
}
