/** What the desk's modules share: its options, what the API server gives it, and the small tools every route uses. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { todayInChina } from '../../domain/calendar/dates.js';
import type { Catalogue } from '../catalogue.js';
import { HttpError, readBody } from '../http.js';
import { parseForm } from '../requests.js';
import type { AuditEntry, DeskStore, StaffAccount } from './desk-store.js';
import type { DeskKey } from './layout.js';
import type { DeliveryOptions } from './notices.js';

export interface DeskOptions {
  /** The content folder desk-made suggestions are written to (`towns/<town>/suggestions/<id>.json`). Without it, messages can be read and declined only. */
  contentDir?: string;
  /** Called after a staff action changed the content of a town: rebuild and publish it. */
  onContentChange?: (town: string) => void | Promise<void>;
  /** Days after a case ends that `renda staff purge` erases the resident's name and phone (default 180); the export says when. */
  retentionDays?: number;
  /** How notices to group robots are retried (tests shorten the waits). */
  notices?: DeliveryOptions;
  /** How often overdue replies are looked for and announced (default hourly; 0: never). */
  overdueCheckMs?: number;
}

export interface DeskContext extends DeskOptions {
  store: DeskStore;
  now: () => number;
  bodyTimeout: number;
  catalogue: () => Catalogue;
  /** The client's address (behind a proxy with --trust-proxy, the forwarded one). */
  address: (request: IncomingMessage) => string;
  /** Whether the browser reached us over https (behind a proxy with --trust-proxy, the forwarded scheme). */
  secure: (request: IncomingMessage) => boolean;
  /** Seconds a status lookup from this address must wait; 0 when it may go ahead. */
  statusWait: (request: IncomingMessage) => number;
  log: (line: string) => void;
}

/** Form bodies the desk reads: a reply of 5,000 characters fits, percent-encoded. */
const FORM_LIMIT = 64 * 1024;

/** A refusal shown as a page: the status, the title and the sentence. */
export class PageError extends Error {
  constructor(
    readonly status: number,
    readonly key: DeskKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** The helpers every route uses, bound to the context. */
export function deskTools(ctx: DeskContext) {
  const today = () => todayInChina(new Date(ctx.now()));

  const audit = (account: Pick<StaffAccount, 'town' | 'user'>, request: IncomingMessage, action: string, target?: string, detail?: string) => {
    const entry: AuditEntry = { at: new Date(ctx.now()).toISOString(), town: account.town, user: account.user, action, address: ctx.address(request), ...(target ? { target } : {}), ...(detail ? { detail } : {}) };
    return ctx.store.addAudit(entry);
  };

  const contentChanged = (town: string) => {
    if (!ctx.onContentChange) return;
    Promise.resolve()
      .then(() => ctx.onContentChange!(town))
      .catch((error: unknown) => ctx.log(`desk: the rebuild after a change in ${town} failed: ${(error as Error)?.message ?? error}`));
  };

  async function readForm(request: IncomingMessage): Promise<Record<string, string>> {
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') throw new PageError(415, 'malformed');
    try {
      return parseForm(await readBody(request, FORM_LIMIT, ctx.bodyTimeout));
    } catch (error) {
      if (error instanceof HttpError) throw new PageError(error.status, error.status === 413 ? 'tooLarge' : 'malformed');
      throw error;
    }
  }

  function redirect(response: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): number {
    response.writeHead(303, { location, 'content-length': '0', 'cache-control': 'no-store', ...headers });
    response.end();
    return 303;
  }

  return { today, audit, contentChanged, readForm, redirect };
}

export type DeskTools = ReturnType<typeof deskTools>;
