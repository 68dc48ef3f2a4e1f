import { parseArgs } from 'node:util';
import { loadContent } from '../site/content/loader.js';
import { formatProblems } from '../site/content/problems.js';
import { buildCommand } from './build-command.js';
import { serveSites } from './serve.js';
import { OutputRefusedError } from '../site/output-folder.js';
import { cliLocale } from './locale.js';
import { given, langArgument } from './args.js';
import { cliWords, counted, printWarnings, usage, type CliSay } from './words.js';
import type { Locale } from '../domain/model.js';

/** What every command gets: the parsed options, the raw arguments, and the language to speak. */
export interface CommandContext {
  argv: readonly string[];
  positionals: readonly string[];
  locale: Locale;
  say: CliSay;
}

/** Runs the command line; returns the exit code. Content mistakes print messages, never stacks. */
export async function main(argv: string[]): Promise<number> {
  // The desk's accounts parse their own options (cli/staff-commands.ts).
  if (argv[0] === 'staff') return (await import('./staff-commands.js')).staffCommand(argv.slice(1));
  const locale = cliLocale(langArgument(argv));
  const say = cliWords(locale);
  const USAGE = usage(locale);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: '_site' },
        town: { type: 'string', multiple: true },
        port: { type: 'string', default: '8080' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        lang: { type: 'string' },
        data: { type: 'string' },
        site: { type: 'string' },
        origin: { type: 'string', multiple: true },
        host: { type: 'string' },
        format: { type: 'string' },
        name: { type: 'string' },
        kind: { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'api-port': { type: 'string' },
        'no-api': { type: 'boolean' },
        jobs: { type: 'string' },
        shard: { type: 'string' },
        finish: { type: 'boolean' },
        fresh: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${say('badArguments', { message: (error as Error).message })}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command || command === 'help') {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const context: CommandContext = { argv, positionals, locale, say };
  const common = {
    contentDir: values.content,
    outDir: values.out,
    locale,
    ...(values.town ? { towns: values.town } : {}),
    ...(values.today ? { today: values.today } : {}),
  };
  switch (command) {
    case 'check': {
      const { content, problems, warnings } = loadContent(common.contentDir, { locale, ...(common.towns ? { towns: common.towns } : {}), ...(common.today ? { today: common.today } : {}) });
      printWarnings(context, 'check', warnings);
      if (!content) {
        console.error(`${formatProblems(problems, locale)}\n\n${counted(say, problems.length, 'problemsOne', 'problemsMany', { command: 'check', dir: common.contentDir })}`);
        return 1;
      }
      const counts = content.towns.map((t) => say('townCounts', { name: t.town.name, deputies: t.deputies.length, stations: t.stations.length, suggestions: t.suggestions.length }));
      console.log(say('checkValid', { towns: counts.join(say('townSeparator')) }));
      return 0;
    }
    case 'build':
      return buildCommand(context, common, values);
    case 'serve': {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        console.error(say('portRange', { command: 'serve', option: '--port', min: 1, value: values.port }));
        return 2;
      }
      const apiPort = values['no-api'] ? undefined : Number(values['api-port'] ?? port + 1);
      if (apiPort !== undefined && (!Number.isInteger(apiPort) || apiPort < 1 || apiPort > 65535)) {
        console.error(say('portRange', { command: 'serve', option: '--api-port', min: 1, value: values['api-port'] ?? '' }));
        return 2;
      }
      try {
        await serveSites({ ...common, port, ...(apiPort ? { apiPort } : {}), ...(values.data ? { dataDir: values.data } : {}), ...(values.host ? { host: values.host } : {}) });
      } catch (error) {
        if (!(error instanceof OutputRefusedError)) throw error;
        console.error(say('failed', { command: 'serve', message: error.message }));
        return 1;
      }
      return await new Promise<number>(() => {}); // serve until interrupted
    }
    case 'api':
      return (await import('./api-commands.js')).apiCommand(context, values);
    case 'export-submissions':
      return (await import('./api-commands.js')).exportSubmissionsCommand(context, values);
    case 'init':
      return (await import('./init.js')).initCommand(context, values);
    case 'export-sheet':
      return (await import('./sheet-commands.js')).exportSheetCommand(context, { ...values, out: given(argv, 'out') ? values.out : undefined });
    case 'import-sheet':
      return (await import('./sheet-commands.js')).importSheetCommand(context, values);
    default:
      console.error(`${say('unknownCommand', { command })}\n\n${USAGE}`);
      return 2;
  }
}

