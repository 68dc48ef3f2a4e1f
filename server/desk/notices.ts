/**
 * Telling staff: a short notice to the town's group robots (企业微信 / 钉钉群机器人) for each new
 * message, and a daily digest (new messages, overdue replies). The body is what both robots
 * accept, `{"msgtype":"text","text":{"content":…}}`; the content names the 编号, the deputy or
 * station and counts — never the resident's name, phone or text. A failed delivery is retried with
 * growing waits; notices live in memory, so one still being retried is lost if the server stops
 * (the digest catches up).
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { IsoDate } from '../../domain/calendar/dates.js';
import { createMsg } from '../../domain/text/messages.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';
import type { Locale } from '../../domain/model.js';
import { standing } from '../../domain/suggestions/loop.js';
import type { TownCatalogue } from '../catalogue.js';
import type { DeskMessage, DeskStore, Webhook } from './desk-store.js';
import type { SuggestionFile } from './suggestion-files.js';

const notice = createMsg({ 'zh-CN': ZH.deskNotices, en: EN.deskNotices });

/** Waits between attempts: 1 s, 5 s, 30 s, 2 min, 10 min. */
export const RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 120_000, 600_000];

export function robotBody(content: string): string {
  return JSON.stringify({ msgtype: 'text', text: { content } });
}

export function newMessageText(locale: Locale, town: Pick<TownCatalogue, 'name' | 'deputyNames' | 'stationNames'>, message: Pick<DeskMessage, 'reference' | 'deputy' | 'station'>): string {
  const to = message.deputy
    ? notice(locale, 'toDeputy', { name: town.deputyNames.get(message.deputy) ?? message.deputy })
    : message.station
      ? notice(locale, 'toStation', { name: town.stationNames.get(message.station) ?? message.station })
      : '';
  return notice(locale, 'newMessage', { town: town.name, reference: message.reference, to });
}

/** The daily digest: messages not yet handled, and desk-made suggestions past their reply deadline. */
export function digestText(locale: Locale, townName: string, messages: readonly Pick<DeskMessage, 'status'>[], files: readonly SuggestionFile[], today: IsoDate): string {
  const open = messages.filter((m) => m.status === 'new' || m.status === 'read').length;
  const overdue = files.map((f) => ({ s: f.suggestion, now: standing(f.suggestion, today) })).filter(({ now }) => now.overdue && !now.finished);
  return [
    notice(locale, 'digestTitle', { town: townName, date: today }),
    notice(locale, 'digestNew', { count: open }),
    notice(locale, 'digestOverdue', { count: overdue.length }),
    ...overdue.map(({ s, now }) => notice(locale, 'digestOverdueItem', { id: s.id, department: now.department ?? '—', due: now.clock?.due ?? '', days: now.clock?.days ?? 0 })),
  ].join('\n');
}

/** The hooks a message concerns: the town's, its station's (or its deputy's station's), its deputy's. */
export function hooksFor(hooks: readonly Webhook[], message: Pick<DeskMessage, 'deputy' | 'station'>, town: Pick<TownCatalogue, 'stationDeputies'> | undefined): Webhook[] {
  return hooks.filter((hook) => {
    if (hook.deputy) return hook.deputy === message.deputy;
    if (hook.station) return hook.station === message.station || (message.deputy !== undefined && (town?.stationDeputies.get(hook.station)?.has(message.deputy) ?? false));
    return true;
  });
}

export interface DeliveryOptions {
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Posts one notice on a fresh connection; true once a robot took it (HTTP 2xx and, when it answers JSON, errcode 0). */
function attempt(url: string, body: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve(false);
      return;
    }
    const send = target.protocol === 'https:' ? httpsRequest : target.protocol === 'http:' ? httpRequest : undefined;
    if (!send) {
      resolve(false);
      return;
    }
    const request = send(target, { method: 'POST', agent: false, timeout: timeoutMs, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (text.length < 64 * 1024) text += chunk;
      });
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300) return resolve(false);
        try {
          const answer = JSON.parse(text) as { errcode?: unknown };
          resolve(answer.errcode === undefined || answer.errcode === 0);
        } catch {
          resolve(true);
        }
      });
      response.on('error', () => resolve(false));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
    request.end(body);
  });
}

/** Delivers with retries; resolves true when delivered, false when every attempt failed. The log names the robot's host only (its address holds its key). */
export async function deliver(url: string, content: string, options: DeliveryOptions = {}): Promise<boolean> {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const body = robotBody(content);
  for (let i = 0; ; i++) {
    if (await attempt(url, body, options.timeoutMs ?? 10_000)) return true;
    if (i >= delays.length) {
      options.log?.(`desk: a notice to ${hostOf(url)} failed ${i + 1} times; given up`);
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, delays[i]).unref());
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '?';
  }
}

/** Sends the new-message notice to every hook it concerns, in the background. */
export function announceMessage(store: DeskStore, town: TownCatalogue, message: Pick<DeskMessage, 'reference' | 'deputy' | 'station' | 'town'>, options: DeliveryOptions & { locale?: Locale }): Promise<boolean[]> {
  return store.webhooks(message.town).then((hooks) => Promise.all(hooksFor(hooks, message, town).map((hook) => deliver(hook.url, newMessageText(options.locale ?? 'zh-CN', town, message), options))));
}

/**
 * Tells each town's robots once about each suggestion whose reply deadline has passed (once per
 * handling round): desk-made and hand-written alike. Towns without robots are skipped (and told
 * later, when a robot is added, only of what is overdue then).
 */
export async function announceOverdue(
  store: DeskStore,
  towns: Iterable<TownCatalogue>,
  suggestionsOf: (town: string) => Promise<readonly SuggestionFile[]>,
  today: IsoDate,
  options: DeliveryOptions & { locale?: Locale; now: () => number },
): Promise<string[]> {
  const told: string[] = [];
  for (const town of towns) {
    const hooks = await store.webhooks(town.slug);
    if (hooks.length === 0) continue;
    for (const { suggestion } of await suggestionsOf(town.slug)) {
      const now = standing(suggestion, today);
      if (!now.overdue || now.finished || !now.clock) continue;
      if (!(await store.markNotified(`overdue:${town.slug}:${suggestion.id}:${now.clock.round}`, new Date(options.now()).toISOString()))) continue;
      told.push(suggestion.id);
      const text = notice(options.locale ?? 'zh-CN', 'overdue', { town: town.name, id: suggestion.id, department: now.department ?? '—', due: now.clock.due ?? '' });
      const about = { ...(suggestion.deputies[0] ? { deputy: suggestion.deputies[0] } : {}), ...(suggestion.station ? { station: suggestion.station } : {}) };
      await Promise.all(hooksFor(hooks, about, town).map((hook) => deliver(hook.url, text, options)));
    }
  }
  return told;
}
