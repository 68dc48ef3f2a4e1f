/** Checks request bodies field by field: each mistake is a 4xx naming the field, never a 500. */
import type { BallotRequest, SubmissionRequest } from '../domain/votes/participation.js';
import { TOKEN_PATTERN } from '../domain/votes/vote-rules.js';
import { HttpError } from './http.js';
import type { TownCatalogue } from './catalogue.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function invalid(field: string, message: string, code = 'invalid-field'): HttpError {
  return new HttpError(422, code, `${field}: ${message}`, { field });
}

function rejectUnknownFields(body: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(body).find((key) => !known.includes(key));
  if (unknown !== undefined) throw invalid(unknown.slice(0, 40), `unknown field; expected only ${known.join(', ')}`, 'unknown-field');
}

function token(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (value === undefined) throw invalid(field, 'required', 'missing-field');
  if (typeof value !== 'string') throw invalid(field, `expected a string, found ${typeName(value)}`);
  if (!TOKEN_PATTERN.test(value)) throw invalid(field, 'expected 16 to 128 characters of A–Z, a–z, 0–9, "-" or "_"');
  return value;
}

const MAX_PICKS_SENT = 100;

/** The body of `POST …/ballots`. Whether the picks fit the vote is checked against the vote. */
export function parseBallotRequest(json: unknown): BallotRequest {
  if (!isObject(json)) throw new HttpError(422, 'invalid-body', `expected a JSON object {idempotencyKey, voter, picks}, found ${typeName(json)}`);
  rejectUnknownFields(json, ['idempotencyKey', 'voter', 'picks']);
  const idempotencyKey = token(json, 'idempotencyKey');
  const voter = token(json, 'voter');
  const picks = json['picks'];
  if (picks === undefined) throw invalid('picks', 'required', 'missing-field');
  if (!Array.isArray(picks)) throw invalid('picks', `expected an array of option ids, found ${typeName(picks)}`);
  if (picks.length > MAX_PICKS_SENT) throw invalid('picks', `at most ${MAX_PICKS_SENT} entries`, 'too-many-picks');
  const bad = picks.findIndex((pick) => typeof pick !== 'string' || pick.length === 0 || pick.length > 64);
  if (bad !== -1) throw invalid(`picks[${bad}]`, `expected an option id (a string of 1 to 64 characters), found ${typeName(picks[bad])}`);
  return { idempotencyKey, voter, picks: picks as string[] };
}

/** A resident's message as checked: the request without its consent tick (consent is required to get here). */
export type Submission = Omit<SubmissionRequest, 'consent'>;

export const SUBMISSION_LIMITS = { name: 40, body: 2000 };

/** Line ends made uniform and control characters dropped: what staff read is what was typed. */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
}

function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw invalid(field, `expected a string, found ${typeName(value)}`);
  return value;
}

const CONSENT_WORDS = new Set(['on', 'true', 'yes', '1']);

/**
 * A suggestion from the contact form, JSON or urlencoded. Forms send strings only (consent as
 * "on"), and may carry the page's own fields (`back`, `lang`, the button), which are ignored.
 */
export function parseSubmission(fields: unknown, from: 'json' | 'form', towns: ReadonlyMap<string, TownCatalogue>): Submission {
  if (!isObject(fields)) throw new HttpError(422, 'invalid-body', `expected a JSON object {town, name, body, consent, …}, found ${typeName(fields)}`);
  if (from === 'json') rejectUnknownFields(fields, ['town', 'deputy', 'station', 'name', 'phone', 'body', 'consent', 'idempotencyKey']);

  const townSlug = optionalString(fields, 'town');
  if (!townSlug) throw invalid('town', 'required', 'missing-field');
  const town = towns.get(townSlug);
  if (!town) throw invalid('town', `no town "${townSlug.slice(0, 40)}" here`, 'unknown-town');

  const consent = fields['consent'];
  const consented = from === 'json' ? consent === true : typeof consent === 'string' && CONSENT_WORDS.has(consent.toLowerCase());
  if (!consented) throw invalid('consent', 'the submitter must agree that the town keeps and handles what they send (consent: true)', 'consent-required');

  const deputy = optionalString(fields, 'deputy');
  if (deputy !== undefined && !town.deputies.has(deputy)) throw invalid('deputy', `no deputy "${deputy.slice(0, 40)}" in ${town.slug}`, 'unknown-deputy');
  const station = optionalString(fields, 'station');
  if (station !== undefined && !town.stations.has(station)) throw invalid('station', `no station "${station.slice(0, 40)}" in ${town.slug}`, 'unknown-station');

  const name = cleanText(optionalString(fields, 'name') ?? '');
  if (!name) throw invalid('name', 'required: how staff should address the submitter', 'name-required');
  if ([...name].length > SUBMISSION_LIMITS.name) throw invalid('name', `at most ${SUBMISSION_LIMITS.name} characters`, 'name-too-long');

  const body = cleanText(optionalString(fields, 'body') ?? '');
  if (!body) throw invalid('body', 'required: the suggestion itself', 'body-required');
  if ([...body].length > SUBMISSION_LIMITS.body) throw invalid('body', `at most ${SUBMISSION_LIMITS.body} characters`, 'body-too-long');

  let phone = optionalString(fields, 'phone');
  if (phone !== undefined) {
    phone = phone.replace(/[\s()\-]/g, '');
    if (phone === '') phone = undefined;
    else if (!/^\+?\d{5,20}$/.test(phone)) throw invalid('phone', 'expected a phone number: digits, optionally with +, spaces or dashes', 'bad-phone');
  }

  const key = optionalString(fields, 'idempotencyKey');
  if (key !== undefined && !TOKEN_PATTERN.test(key)) throw invalid('idempotencyKey', 'expected 16 to 128 characters of A–Z, a–z, 0–9, "-" or "_"');

  const submission: Submission = { town: town.slug, name, body };
  if (deputy) submission.deputy = deputy;
  if (station) submission.station = station;
  if (phone) submission.phone = phone;
  if (key) submission.idempotencyKey = key;
  return submission;
}

/** A urlencoded form body as fields; a repeated name keeps its last value. */
export function parseForm(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
    fields[name] = value;
  }
  return fields;
}
