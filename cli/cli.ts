import { parseArgs } from 'node:util';
import { loadContent } from '../site/content/loader.js';
import { formatProblems, type Problem } from '../site/content/problems.js';
import { buildSites } from '../site/build.js';
import { serveSites } from './serve.js';
import { OutputRefusedError } from '../site/output-folder.js';
import { API_OPTIONS_USAGE, API_USAGE } from './api-usage.js';

const USAGE = `renda: build the public sites of township people's congresses

Usage:
  renda check  [--content DIR]                               check all content, print every problem
  renda build  [--content DIR] [--out DIR] [--town SLUG ...]  build the sites (default content/ → _site/)
  renda serve  [--content DIR] [--out DIR] [--port N] [--host ADDR]
                                                             build, serve with live reload, rebuild on change,
                                                             and run the participation API beside it
${API_USAGE}

Options:
  --content DIR   the content folder (default: content)
  --out DIR       the output folder (default: _site); renda replaces it whole, so it must be empty
                  or one renda made, and neither the content, the project nor the home folder
  --town SLUG     only this town; repeat for more (the output then holds only these)
  --port N        port for serve (default: 8080) and for api (default: 8081)
  --api-port N    serve: port of the participation API (default: the serve port + 1)
  --no-api        serve: without the participation API
  --host ADDR     serve, api: address to listen on (default: 127.0.0.1, this computer only);
                  0.0.0.0 opens them to the network
  --today DATE    treat DATE (YYYY-MM-DD) as today, e.g. to rebuild an old state
${API_OPTIONS_USAGE}
`;

/** Runs the command line; returns the exit code. Content mistakes print messages, never stacks. */
export async function main(argv: string[]): Promise<number> {
  // The desk's accounts parse their own options (cli/staff-commands.ts).
  if (argv[0] === 'staff') return (await import('./staff-commands.js')).staffCommand(argv.slice(1));
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
        data: { type: 'string' },
        site: { type: 'string' },
        origin: { type: 'string', multiple: true },
        host: { type: 'string' },
        format: { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'api-port': { type: 'string' },
        'no-api': { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`renda: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command || command === 'help') {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const common = {
    contentDir: values.content,
    outDir: values.out,
    ...(values.town ? { towns: values.town } : {}),
    ...(values.today ? { today: values.today } : {}),
  };
  switch (command) {
    case 'check': {
      const { content, problems, warnings } = loadContent(common.contentDir, { ...(common.towns ? { towns: common.towns } : {}), ...(common.today ? { today: common.today } : {}) });
      printWarnings('check', warnings);
      if (!content) {
        console.error(`${formatProblems(problems)}\n\nrenda check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${common.contentDir}`);
        return 1;
      }
      const counts = content.towns.map((t) => `${t.town.name} (${t.deputies.length} deputies, ${t.stations.length} stations, ${t.suggestions.length} public suggestions)`);
      console.log(`renda check: content is valid — ${counts.join('; ')}`);
      return 0;
    }
    case 'build': {
      let result;
      try {
        result = await buildSites(common);
      } catch (error) {
        if (!(error instanceof OutputRefusedError)) throw error;
        console.error(`renda build: ${error.message}`);
        return 1;
      }
      if (!result.ok) {
        console.error(`${formatProblems(result.problems)}\n\nrenda build: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing was written, ${common.outDir} is unchanged`);
        return 1;
      }
      printWarnings('build', result.warnings);
      console.log(`renda build: ${result.towns} town${result.towns === 1 ? '' : 's'}, ${result.files} files → ${result.outDir} in ${result.seconds.toFixed(1)} s`);
      return 0;
    }
    case 'serve': {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        console.error(`renda serve: --port must be a number from 1 to 65535, not "${values.port}"`);
        return 2;
      }
      const apiPort = values['no-api'] ? undefined : Number(values['api-port'] ?? port + 1);
      if (apiPort !== undefined && (!Number.isInteger(apiPort) || apiPort < 1 || apiPort > 65535)) {
        console.error(`renda serve: --api-port must be a number from 1 to 65535, not "${values['api-port']}"`);
        return 2;
      }
      try {
        await serveSites({ ...common, port, ...(apiPort ? { apiPort } : {}), ...(values.data ? { dataDir: values.data } : {}), ...(values.host ? { host: values.host } : {}) });
      } catch (error) {
        if (!(error instanceof OutputRefusedError)) throw error;
        console.error(`renda serve: ${error.message}`);
        return 1;
      }
      return await new Promise<number>(() => {}); // serve until interrupted
    }
    case 'api':
      return (await import('./api-commands.js')).apiCommand(argv, values);
    case 'export-submissions':
      return (await import('./api-commands.js')).exportSubmissionsCommand(argv, values);
    default:
      console.error(`renda: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

/** Warnings are printed with the same file, line and field as problems, and do not fail the command. */
function printWarnings(command: string, warnings: readonly Problem[]): void {
  if (warnings.length === 0) return;
  console.warn(`${formatProblems(warnings)}\n\nrenda ${command}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (not errors: the content is published as written)\n`);
}
