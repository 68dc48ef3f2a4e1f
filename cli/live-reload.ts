/**
 * Live reload for `renda serve`: pages get an external script (a strict CSP allows it) that
 * listens to a server-sent event stream and reloads the page after each good rebuild.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const RELOAD_SCRIPT_PATH = '/.renda/reload.js';
export const RELOAD_EVENTS_PATH = '/.renda/reload';

const CLIENT = `// renda serve: reload this page when the site has been rebuilt.
const events = new EventSource(${JSON.stringify(RELOAD_EVENTS_PATH)});
events.addEventListener('reload', () => location.reload());
`;

const TAG = `<script type="module" src="${RELOAD_SCRIPT_PATH}"></script>`;

export interface LiveReload {
  /** Answers the script and the event stream; false for any other request. */
  handle(request: IncomingMessage, response: ServerResponse, headers: Record<string, string>): boolean;
  /** Adds the script to a page. */
  inject(page: string): string;
  /** Tells every open page to reload. */
  reload(): void;
  /** Ends every event stream. */
  close(): void;
}

export function liveReload(): LiveReload {
  const streams = new Set<ServerResponse>();
  return {
    handle(request, response, headers) {
      const path = (request.url ?? '').split('?')[0];
      if (path === RELOAD_SCRIPT_PATH) {
        response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', 'content-length': String(Buffer.byteLength(CLIENT)) });
        response.end(request.method === 'HEAD' ? undefined : CLIENT);
        return true;
      }
      if (path !== RELOAD_EVENTS_PATH) return false;
      response.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
      response.write(': connected\n\n');
      streams.add(response);
      response.on('close', () => streams.delete(response));
      return true;
    },
    inject(page) {
      const at = page.indexOf('</head>');
      return at === -1 ? `${page}${TAG}\n` : `${page.slice(0, at)}${TAG}\n${page.slice(at)}`;
    },
    reload() {
      for (const stream of streams) stream.write('event: reload\ndata: {}\n\n');
    },
    close() {
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
