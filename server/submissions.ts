/**
 * Residents' messages (the deputies' contact form): as JSON from the widget, or as a plain HTML
 * form without script, answered with a page a resident can read and a way back.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale } from '../domain/model.js';
import type { SubmissionReceipt } from '../domain/votes/participation.js';
import type { ApiContext } from './context.js';
import { BODY_LIMITS, bodyKind, HttpError, parseJson, readBody, sendHtml, sendJson } from './http.js';
import { originOf } from './origins.js';
import { refusedPage, thankYouPage } from './pages.js';
import { parseForm, parseSubmission } from './requests.js';
import { StorageError } from './storage.js';

/** Crockford base32 without look-alikes: a reference read aloud over the phone survives. */
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function newReference(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => REFERENCE_ALPHABET[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/** Where the thank-you page links back to: the form's page when it is one of the town's, else the town's site. */
function backLink(ctx: ApiContext, fields: Record<string, string>, request: IncomingMessage, town: string | undefined): string | undefined {
  for (const candidate of [fields['back'], request.headers.referer]) {
    if (typeof candidate !== 'string' || !/^https?:\/\//i.test(candidate)) continue;
    const origin = originOf(candidate);
    if (origin && ctx.origins.allows(origin, request, town)) return candidate;
  }
  const { baseUrl, towns } = ctx.catalogue();
  if (baseUrl && town && towns.has(town)) return new URL(`${encodeURIComponent(town)}/`, baseUrl).href;
  return undefined;
}

async function storeSubmission(ctx: ApiContext, submission: ReturnType<typeof parseSubmission>) {
  for (let attempt = 0; ; attempt++) {
    try {
      const outcome = await ctx.store.addSubmission({ ...submission, reference: newReference(), receivedAt: new Date(ctx.now()).toISOString() });
      if (outcome.status === 'stored')
        ctx.onNewMessage?.({ reference: outcome.reference, town: submission.town, ...(submission.deputy ? { deputy: submission.deputy } : {}), ...(submission.station ? { station: submission.station } : {}) });
      return outcome;
    } catch (error) {
      if (attempt < 3 && error instanceof StorageError && /collision/.test(error.message)) continue;
      throw error;
    }
  }
}

/** `POST {base}submissions`: stores the message and answers with its reference (编号). Returns the status sent. */
export async function submit(ctx: ApiContext, request: IncomingMessage, response: ServerResponse, cors: Record<string, string>): Promise<number> {
  const kind = bodyKind(request, true);
  if (kind === 'json') {
    const fields = parseJson(await readBody(request, BODY_LIMITS.submission, ctx.bodyTimeout));
    const town = typeof (fields as { town?: unknown })?.town === 'string' ? (fields as { town: string }).town : undefined;
    ctx.origins.check(request, town);
    const outcome = await storeSubmission(ctx, parseSubmission(fields, 'json', ctx.catalogue().towns));
    const body: SubmissionReceipt = { submission: { reference: outcome.reference, receivedAt: outcome.receivedAt }, replayed: outcome.status === 'replayed' };
    const status = outcome.status === 'stored' ? 201 : 200;
    sendJson(response, status, body, cors);
    return status;
  }
  // A plain HTML form: every answer is a page a resident can read, with a way back.
  let fields: Record<string, string> = {};
  let locale: Locale = 'zh-CN';
  try {
    fields = parseForm(await readBody(request, BODY_LIMITS.submission, ctx.bodyTimeout));
    if (fields['lang']?.toLowerCase().startsWith('en')) locale = 'en';
    ctx.origins.check(request, fields['town']);
    const outcome = await storeSubmission(ctx, parseSubmission(fields, 'form', ctx.catalogue().towns));
    sendHtml(response, 200, thankYouPage(locale, outcome.reference, backLink(ctx, fields, request, fields['town'])));
    return 200;
  } catch (error) {
    const refusal = error instanceof HttpError ? error : error instanceof StorageError ? new HttpError(503, 'storage-unavailable', 'storage failed') : undefined;
    if (!refusal) throw error;
    sendHtml(response, refusal.status, refusedPage(locale, refusal.code, backLink(ctx, fields, request, fields['town'])), refusal.extra.headers);
    return refusal.status;
  }
}
