/**
 * Where `renda serve` and `renda api` listen, said truthfully: this computer only (127.0.0.1) by
 * default; another address only when `--host` asks for it, and then the message says who can reach it.
 */
import type { Server } from 'node:http';
import { networkInterfaces } from 'node:os';

export const DEFAULT_HOST = '127.0.0.1';

export const isWildcard = (host: string) => host === '0.0.0.0' || host === '::' || host === '[::]';

/** Whether only this computer can connect. */
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** A host as it goes in a URL. */
const urlHost = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** The addresses of this computer on its networks (IPv4), for a server listening on all of them. */
function networkAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && entry.family === 'IPv4')
    .map((entry) => entry!.address);
}

export interface Reach {
  /** The URL to open on this computer. */
  local: string;
  /** URLs other computers use, when the server is open to them. */
  others: string[];
  /** A sentence for the start-up message when the server is open to other computers. */
  warning?: string;
}

/** The host other pages reach a server on `host` at: this computer, the address given, or the first network address. */
export function reachableHost(host: string): string {
  if (isLoopback(host)) return DEFAULT_HOST;
  return urlHost(isWildcard(host) ? (networkAddresses()[0] ?? DEFAULT_HOST) : host);
}

/** The URLs a server on `host:port` answers at, and a warning when it is open beyond this computer. */
export function reach(host: string, port: number, path = '/'): Reach {
  const url = (h: string) => `http://${urlHost(h)}:${port}${path}`;
  if (isLoopback(host)) return { local: url(host), others: [] };
  const others = isWildcard(host) ? networkAddresses().map(url) : [url(host)];
  return {
    local: isWildcard(host) ? url(DEFAULT_HOST) : url(host),
    others,
    warning: `listening on ${isWildcard(host) ? 'every network interface' : host} (--host ${host}): other computers can connect${others.length ? ` at ${others.join(', ')}` : ''}`,
  };
}

/** Listens on `host:port`, trying the next ports when one is taken; resolves with the port in use. */
export function listen(server: Server, port: number, host: string, retries = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const attempt = (tryPort: number, left: number) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' && left > 0) attempt(tryPort + 1, left - 1);
        else reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve((server.address() as { port: number }).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(tryPort, host);
    };
    attempt(port, retries);
  });
}
