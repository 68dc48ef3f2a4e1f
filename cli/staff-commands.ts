/**
 * `renda staff add | list | remove | reset`: the message desk's accounts. The password comes on
 * standard input (typed without echo at a terminal, or piped), never as an argument, which
 * would sit in the shell's history and in `ps`; it is hashed at once and never printed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createMsg } from '../domain/text/messages.js';
import * as ZH from '../domain/text/translations/zh-CN.js';
import * as EN from '../domain/text/translations/en.js';
import { loadContent } from '../site/content/loader.js';
import { openStore } from '../server/api.js';
import { hashPassword, PASSWORD_LIMITS } from '../server/desk/passwords.js';
import { STAFF_ROLES, type StaffAccount, type StaffRole } from '../server/desk/desk-store.js';
import { cliLocale } from './locale.js';
import { purgeContacts } from '../server/desk/retention.js';
import { deliver, digestText, hostOf } from '../server/desk/notices.js';
import { listSuggestions } from '../server/desk/suggestion-files.js';
import { CONTACT_RETENTION_DAYS } from '../domain/suggestions/retention.js';
import { todayInChina } from '../domain/calendar/dates.js';

const msg = createMsg({ 'zh-CN': ZH.staffCli, en: EN.staffCli });

/** A user name: letters (any script), digits, “.”, “_”, “-”. */
export const USER_PATTERN = /^[\p{L}\p{N}._-]{2,40}$/u;

/** Reads the password: the first line of piped input, or typed at a terminal without echo. */
async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve) => {
    let typed = '';
    const done = (value: string) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(typed);
        if (char === '\u0003') return done('');
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

export async function staffCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        content: { type: 'string', default: 'content' },
        data: { type: 'string', default: 'data' },
        town: { type: 'string' },
        user: { type: 'string' },
        role: { type: 'string', default: 'clerk' },
        station: { type: 'string' },
        deputy: { type: 'string' },
        lang: { type: 'string' },
        days: { type: 'string' },
        url: { type: 'string' },
        send: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const locale = cliLocale(argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : undefined, process.env);
    console.error(`renda staff: ${msg(locale, 'badOption', { reason: (error as Error).message })}\n\n${msg(locale, 'usage')}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const locale = cliLocale(values.lang, process.env);
  const say = (key: Parameters<typeof msg>[1], params?: Record<string, string | number>) => msg(locale, key, params);
  const fail = (key: Parameters<typeof msg>[1], params?: Record<string, string | number>, code = 2) => {
    console.error(`renda staff: ${say(key, params)}`);
    return code;
  };
  const action = positionals[0];
  if (values.help || !action) {
    console.log(say('usage'));
    return values.help ? 0 : 2;
  }
  if (!['add', 'list', 'remove', 'reset', 'purge', 'webhook', 'digest'].includes(action)) return fail('unknownAction', { action: action.slice(0, 40) });
  if (action === 'purge') return purge(values, say, fail);
  if (action === 'webhook') return webhook(positionals[1], values, say, fail);
  if (action === 'digest') return digest(values, say, fail);
  if (action !== 'list') {
    if (!values.user) return fail('missingUser');
    if (!USER_PATTERN.test(values.user)) return fail('badUser');
  }

  let account: Omit<StaffAccount, 'passwordHash' | 'createdAt'> | undefined;
  if (action === 'add' || action === 'list') {
    if (!values.town) return fail('missingTown');
    const { content } = loadContent(values.content, { towns: [values.town] });
    if (!content) {
      if (existsSync(join(values.content, 'towns')) && !existsSync(join(values.content, 'towns', values.town))) return fail('unknownTown', { town: values.town }, 1);
      return fail('contentProblems', { dir: values.content }, 1);
    }
    const town = content.towns[0]!;
    if (action === 'add') {
      const role = values.role as StaffRole;
      if (!(STAFF_ROLES as readonly string[]).includes(role)) return fail('badRole');
      account = { user: values.user!, town: town.town.slug, role };
      if (role === 'station') {
        if (!values.station) return fail('needsStation');
        if (!town.stations.some((s) => s.id === values.station)) return fail('unknownStation', { town: values.town, station: values.station }, 1);
        account.station = values.station;
      }
      if (role === 'deputy') {
        if (!values.deputy) return fail('needsDeputy');
        if (!town.deputies.some((d) => d.id === values.deputy)) return fail('unknownDeputy', { town: values.town, deputy: values.deputy }, 1);
        account.deputy = values.deputy;
      }
    }
  }

  let passwordHash: string | undefined;
  if (action === 'add' || action === 'reset') {
    const password = await readPassword(say('passwordPrompt', { user: values.user!, min: PASSWORD_LIMITS.min }));
    if (!password) return fail('noPassword');
    if ([...password].length < PASSWORD_LIMITS.min) return fail('passwordTooShort', { min: PASSWORD_LIMITS.min });
    if ([...password].length > PASSWORD_LIMITS.max) return fail('passwordTooLong', { max: PASSWORD_LIMITS.max });
    passwordHash = await hashPassword(password);
  }

  return withStore(values.data, fail, async (store) => {
    const audit = (town: string, what: string, detail?: string) =>
      store.desk.addAudit({ at: new Date().toISOString(), town, user: '(cli)', action: what, target: values.user!, address: 'cli', ...(detail ? { detail } : {}) });
    const roleWords = (a: Pick<StaffAccount, 'role' | 'station' | 'deputy'>) =>
      a.role === 'clerk' ? say('roleClerk') : a.role === 'station' ? say('roleStation', { station: a.station ?? '' }) : say('roleDeputy', { deputy: a.deputy ?? '' });
    switch (action) {
      case 'add': {
        const added = await store.desk.addStaff({ ...account!, passwordHash: passwordHash!, createdAt: new Date().toISOString() });
        if (!added) return fail('exists', { user: values.user! }, 1);
        await audit(account!.town, 'staff-add', account!.role);
        console.log(`renda staff: ${say('added', { user: values.user!, role: roleWords(account!), town: account!.town })}`);
        return 0;
      }
      case 'list': {
        const accounts = await store.desk.listStaff(values.town!);
        if (accounts.length === 0) console.log(`renda staff: ${say('listEmpty', { town: values.town! })}`);
        else console.log([say('listHeader', { town: values.town!, count: accounts.length }), ...accounts.map((a) => `  ${a.user}\t${roleWords(a)}\t${a.createdAt.slice(0, 10)}`)].join('\n'));
        return 0;
      }
      case 'remove':
      case 'reset': {
        const existing = await store.desk.staff(values.user!);
        if (!existing) return fail('notFound', { user: values.user! }, 1);
        if (action === 'remove') await store.desk.removeStaff(values.user!);
        else await store.desk.setPassword(values.user!, passwordHash!);
        await audit(existing.town, action === 'remove' ? 'staff-remove' : 'staff-reset');
        console.log(`renda staff: ${say(action === 'remove' ? 'removed' : 'reset', { user: values.user! })}`);
        return 0;
      }
    }
    return 2;
  });
}

type Say = (key: Parameters<typeof msg>[1], params?: Record<string, string | number>) => string;
type Fail = (key: Parameters<typeof msg>[1], params?: Record<string, string | number>, code?: number) => number;

type Store = Awaited<ReturnType<typeof openStore>>;

/** Opens the participation store for one command, runs `use`, and closes it again whatever happens. */
async function withStore(dataDir: string, fail: Fail, use: (store: Store) => Promise<number>): Promise<number> {
  let store: Store;
  try {
    store = await openStore({ dataDir });
  } catch (error) {
    return fail('noStore', { reason: (error as Error).message }, 1);
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** `renda staff purge`: erase contact data the cases no longer need (run daily, e.g. from cron). */
async function purge(values: { content: string; data: string; town?: string; days?: string }, say: Say, fail: Fail): Promise<number> {
  const days = values.days === undefined ? CONTACT_RETENTION_DAYS : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3650) return fail('badDays');
  const { content } = loadContent(values.content, values.town ? { towns: [values.town] } : {});
  if (!content) return fail('contentProblems', { dir: values.content }, 1);
  return withStore(values.data, fail, async (store) => {
    const result = await purgeContacts({ store: store.desk, contentDir: values.content, towns: content.towns.map((t) => t.town.slug), today: todayInChina(), days, now: Date.now });
    console.log(`renda staff: ${say('purged', { messages: result.messages.length, suggestions: result.suggestions.length, days })}`);
    return 0;
  });
}

/** The town checked against the content, or a failure code. */
function townOf(values: { content: string; town?: string }, fail: Fail) {
  if (!values.town) return fail('missingTown');
  const { content } = loadContent(values.content, { towns: [values.town] });
  if (!content) {
    if (existsSync(join(values.content, 'towns')) && !existsSync(join(values.content, 'towns', values.town))) return fail('unknownTown', { town: values.town }, 1);
    return fail('contentProblems', { dir: values.content }, 1);
  }
  return content.towns[0]!;
}

/** `renda staff webhook add|list|remove`: the group robots (企业微信 / 钉钉) told of new messages. Stored in the database, not the content: the address holds the robot's key. */
async function webhook(sub: string | undefined, values: { content: string; data: string; town?: string; url?: string; station?: string; deputy?: string }, say: Say, fail: Fail): Promise<number> {
  if (!['add', 'list', 'remove'].includes(sub ?? '')) return fail('unknownAction', { action: `webhook ${sub ?? ''}`.slice(0, 40) });
  const town = townOf(values, fail);
  if (typeof town === 'number') return town;
  const slug = town.town.slug;
  if (sub !== 'list' && (!values.url || !/^https?:\/\/[^\s/]+/i.test(values.url) || values.url.length > 500)) return fail('badUrl');
  if (sub === 'add' && values.station && !town.stations.some((s) => s.id === values.station)) return fail('unknownStation', { town: slug, station: values.station }, 1);
  if (sub === 'add' && values.deputy && !town.deputies.some((d) => d.id === values.deputy)) return fail('unknownDeputy', { town: slug, deputy: values.deputy }, 1);
  return withStore(values.data, fail, async (store) => {
    const audit = (what: string) => store.desk.addAudit({ at: new Date().toISOString(), town: slug, user: '(cli)', action: what, target: hostOf(values.url!), address: 'cli' });
    if (sub === 'list') {
      const hooks = await store.desk.webhooks(slug);
      console.log(hooks.length ? hooks.map((h) => `${h.url}${h.station ? `\tstation ${h.station}` : ''}${h.deputy ? `\tdeputy ${h.deputy}` : ''}`).join('\n') : `renda staff: ${say('webhookNone', { town: slug })}`);
      return 0;
    }
    if (sub === 'add') {
      const added = await store.desk.addWebhook({ town: slug, url: values.url!, ...(values.station ? { station: values.station } : {}), ...(values.deputy ? { deputy: values.deputy } : {}) });
      if (!added) return fail('webhookExists', { town: slug }, 1);
      await audit('webhook-add');
      console.log(`renda staff: ${say('webhookAdded', { town: slug, url: hostOf(values.url!) })}`);
      return 0;
    }
    if (!(await store.desk.removeWebhook(slug, values.url!))) return fail('webhookNotFound', { town: slug }, 1);
    await audit('webhook-remove');
    console.log(`renda staff: ${say('webhookRemoved', { town: slug, url: hostOf(values.url!) })}`);
    return 0;
  });
}

/** `renda staff digest --town SLUG [--send]`: the day's summary, printed, or sent to the town's group robots (meant for cron). */
async function digest(values: { content: string; data: string; town?: string; send?: boolean; lang?: string }, say: Say, fail: Fail): Promise<number> {
  const town = townOf(values, fail);
  if (typeof town === 'number') return town;
  return withStore(values.data, fail, async (store) => {
    const slug = town.town.slug;
    const text = digestText(cliLocale(values.lang, process.env), town.town.name, await store.desk.messages(slug), await listSuggestions(values.content, slug), todayInChina());
    console.log(text);
    if (!values.send) return 0;
    const hooks = (await store.desk.webhooks(slug)).filter((h) => !h.station && !h.deputy);
    if (hooks.length === 0) return fail('webhookNone', { town: slug }, 1);
    const delivered = await Promise.all(hooks.map((h) => deliver(h.url, text, { retryDelaysMs: [1000, 5000, 30_000] })));
    const failed = delivered.filter((ok) => !ok).length;
    if (failed) return fail('digestFailed', { count: failed }, 1);
    console.log(`renda staff: ${say('digestSent', { count: hooks.length })}`);
    return 0;
  });
}
