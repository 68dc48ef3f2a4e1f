/**
 * The command line's words: the `cli` and `cliUsage` sections of the one catalogue per language
 * (domain/text/translations), bound to the language chosen by `cliLocale`.
 */
import * as ZH from '../domain/text/translations/zh-CN.js';
import * as EN from '../domain/text/translations/en.js';
import { createMsg, type MessageParams } from '../domain/text/messages.js';
import type { Locale } from '../domain/model.js';
import { formatProblems, type Problem } from '../site/content/problems.js';
import { isWildcard, reach } from '../server/listen.js';

export type CliWord = keyof typeof EN.cli;
export type UsageEntry = keyof typeof EN.cliUsage;

const cliMsg = createMsg<CliWord>({ 'zh-CN': ZH.cli, en: EN.cli });
const usageMsg = createMsg<UsageEntry>({ 'zh-CN': ZH.cliUsage, en: EN.cliUsage });

export type CliSay = (key: CliWord, params?: MessageParams) => string;

export function cliWords(locale: Locale): CliSay {
  return (key, params) => cliMsg(locale, key, params);
}

/** An error's message in the CLI's words: a missing database driver says what to install. */
export function errorWords(say: CliSay, error: unknown): string {
  const driver = error as { name?: string; driver?: string; install?: string; message?: string };
  if (driver?.name === 'MissingDriverError' && driver.driver && driver.install) return say('missingDriver', { driver: driver.driver, install: driver.install });
  return String(driver?.message ?? error);
}

/** `{count} problem(s)` in the one form English needs for one. */
export function counted(say: CliSay, count: number, one: CliWord, many: CliWord, params: MessageParams = {}): string {
  return say(count === 1 ? one : many, { ...params, count });
}

/**
 * The commands in `renda --help`, in this order; each command's lines are one catalogue entry,
 * so a new command adds an entry and a line here.
 */
const COMMANDS: readonly UsageEntry[] = ['init', 'check', 'build', 'serve', 'exportSheet', 'importSheet', 'api', 'staff', 'exportSubmissions'];
const OPTIONS: readonly UsageEntry[] = ['options', 'buildOptions', 'initOptions', 'sheetOptions', 'apiOptions'];

/** The sentence that says a server is open to other computers, or undefined when it listens on this one only. */
export function exposure(say: CliSay, host: string, port: number, path = '/'): string | undefined {
  const { others, warning } = reach(host, port, path);
  if (!warning) return undefined;
  const at = others.length > 0 ? say('exposedAt', { urls: others.join(', ') }) : '';
  return say(isWildcard(host) ? 'exposedEverywhere' : 'exposedOn', { host, at });
}

export function usage(locale: Locale): string {
  const line = (entry: UsageEntry) => usageMsg(locale, entry);
  return `${line('header')}\n${COMMANDS.map(line).join('\n')}\n\n${line('optionsHeader')}\n${OPTIONS.map(line).join('\n')}\n`;
}

/** Warnings are printed with the same file, line and field as problems, and do not fail the command. */
export function printWarnings({ say, locale }: { say: CliSay; locale: Locale }, command: string, warnings: readonly Problem[]): void {
  if (warnings.length === 0) return;
  console.warn(`${formatProblems(warnings, locale)}\n\n${counted(say, warnings.length, 'warningsOne', 'warningsMany', { command })}\n`);
}
