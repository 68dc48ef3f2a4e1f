import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError } from '../domain/votes/participation.js';

/** A request the API refuses: always 4xx (or 503 when storage fails), always with a reason. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { field?: string; castAt?: string; retryAfter?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const BODY_LIMITS = {
  /** A ballot is a few ids: 8 KB is generous. */
  ballot: 8 * 1024,
  /** A suggestion of 2,000 characters is at most 6 KB in UTF-8, more when a form percent-encodes it. */
  submission: 32 * 1024,
};

export type BodyKind = 'json' | 'form';

function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Which body the request declares: JSON, or (where allowed) an HTML form. Anything else is a 415. */
export function bodyKind(request: IncomingMessage, allowForm: boolean): BodyKind {
  const type = mediaType(request);
  if (type === 'application/json') return 'json';
  if (allowForm && type === 'application/x-www-form-urlencoded') return 'form';
  // text/plain is what a cross-site "simple request" would send to dodge the CORS preflight.
  throw new HttpError(415, 'unsupported-media-type', `send Content-Type: application/json${allowForm ? ' or application/x-www-form-urlencoded' : ''}, not "${type.slice(0, 60) || 'nothing'}"`);
}

/** Past this, a refused body is not drained any more: the connection is cut. */
const DRAIN_LIMIT = 4 * 1024 * 1024;

/**
 * Throws the rest of a refused body away, so the 413 still reaches a client that is busy
 * uploading (closing on it would reset the connection before it reads the answer); a client that
 * keeps sending past `DRAIN_LIMIT` is cut off.
 */
function drain(request: IncomingMessage, already: number): void {
  let seen = already;
  request.removeAllListeners('data');
  request.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_LIMIT) request.socket.destroy();
  });
  request.resume();
}

/** How long a whole request body may take to arrive, by default. */
export const BODY_TIMEOUT_MS = 15_000;

/**
 * Reads the body as UTF-8 text, refusing more than `limit` bytes before reading them all, and a
 * body still arriving after `timeoutMs` (a client trickling bytes holds a connection for nothing).
 */
export function readBody(request: IncomingMessage, limit: number, timeoutMs = BODY_TIMEOUT_MS): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    if (declared > DRAIN_LIMIT) request.socket.setTimeout(1000, () => request.socket.destroy());
    drain(request, 0);
    return Promise.reject(new HttpError(413, 'body-too-large', `the body is ${declared} bytes; at most ${limit} are accepted`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => {
      request.removeAllListeners('data');
      request.resume();
      // The rest of the body will not be read: the connection closes after the answer.
      reject(new HttpError(408, 'body-timeout', `the body did not arrive within ${timeoutMs / 1000} s; send it at once`, { headers: { connection: 'close' } }));
    }, timeoutMs);
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        clearTimeout(timer);
        chunks.length = 0;
        drain(request, size);
        reject(new HttpError(413, 'body-too-large', `the body is over ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      clearTimeout(timer);
      if (size > limit) return;
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, 'bad-encoding', 'the body is not valid UTF-8'));
      }
    });
    request.on('error', () => {
      clearTimeout(timer);
      reject(new HttpError(400, 'body-unreadable', 'the body could not be read'));
    });
  });
}

/** JSON.parse without echoing the input: V8's messages quote it, and it may hold a phone number. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new HttpError(400, 'bad-json', 'the body is empty; send a JSON object');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new HttpError(400, 'bad-json', `the body is not valid JSON${position ? ` (at character ${position})` : ''}`);
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(text);
}

export function sendHtml(response: ServerResponse, status: number, page: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(Buffer.byteLength(page)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The thank-you page needs no script and loads nothing.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  response.end(page);
}

export function errorBody(error: HttpError): ApiError {
  const body: ApiError = { error: { code: error.code, message: error.message } };
  if (error.extra.field) body.error.field = error.extra.field;
  if (error.extra.castAt) body.error.castAt = error.extra.castAt;
  if (error.extra.retryAfter !== undefined) body.error.retryAfter = error.extra.retryAfter;
  return body;
}
