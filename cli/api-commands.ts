/** `renda api` and `renda export-submissions`: the participation API's two commands. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../site/content/loader.js';
import { formatProblems } from '../site/content/problems.js';
import { checkOutputFolder, OutputRefusedError, readMarker } from '../site/output-folder.js';
import { catalogueFromContent, catalogueFromSite, type Catalogue } from '../server/catalogue.js';
import { openStore, startApi } from '../server/api.js';
import { formatSubmissions, submissionsWorkbook, type ExportFormat } from '../server/export.js';
import { counted, errorWords, exposure } from './words.js';
import { given } from './args.js';
import type { CommandContext } from './cli.js';
import { deskPublisher } from './desk-publish.js';

export interface ApiCommandValues {
  content: string;
  site?: string;
  data?: string;
  port?: string;
  host?: string;
  origin?: string[];
  'trust-proxy'?: boolean;
  town?: string[];
  today?: string;
  out?: string;
}


function loadCatalogue({ say, locale }: CommandContext, values: ApiCommandValues): Catalogue | undefined {
  if (values.site) return catalogueFromSite(values.site, builtBaseUrl(values.site));
  const { content, problems } = loadContent(values.content, { locale, ...(values.town ? { towns: values.town } : {}), ...(values.today ? { today: values.today } : {}) });
  if (!content) {
    console.error(`${formatProblems(problems, locale)}\n\n${counted(say, problems.length, 'problemsOne', 'problemsMany', { command: 'api', dir: values.content })}`);
    return undefined;
  }
  return catalogueFromContent(content);
}

export async function apiCommand(context: CommandContext, values: ApiCommandValues): Promise<number> {
  const { argv, say } = context;
  const port = given(argv, 'port') ? Number(values.port) : 8081;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(say('portRange', { command: 'api', option: '--port', min: 0, value: values.port ?? '' }));
    return 2;
  }
  const allowedOrigins: string[] = [];
  const townOrigins: Record<string, string[]> = {};
  for (const entry of values.origin ?? []) {
    const match = /^([a-z0-9][a-z0-9-]*)=(.+)$/.exec(entry);
    const url = match ? match[2]! : entry;
    if (!/^https?:\/\/[^/]+/i.test(url)) {
      console.error(say('originBad', { entry }));
      return 2;
    }
    if (match) (townOrigins[match[1]!] ??= []).push(url);
    else allowedOrigins.push(url);
  }
  let catalogue: Catalogue | undefined;
  try {
    catalogue = loadCatalogue(context, values);
  } catch (error) {
    console.error(say('failed', { command: 'api', message: (error as Error).message }));
    return 1;
  }
  if (!catalogue) return 1;
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  // The message desk writes suggestions into the content; with --out, each change is published.
  const contentDir = values.site ? undefined : values.content;
  const outDir = given(argv, 'out') ? values.out : undefined;
  if (contentDir && outDir) {
    try {
      checkOutputFolder({ outDir, contentDir });
    } catch (error) {
      if (!(error instanceof OutputRefusedError)) throw error;
      console.error(`renda api: ${error.message}`);
      return 1;
    }
  }
  const publish =
    contentDir && outDir
      ? deskPublisher({
          contentDir,
          outDir,
          ...(values.today ? { today: values.today } : {}),
          log: (line) => console.log(line),
          onBuilt: (content) => api?.reload(content),
        })
      : undefined;
  try {
    api = await startApi({
      catalogue,
      port,
      host: values.host ?? '127.0.0.1',
      dataDir: values.data ?? 'data',
      allowedOrigins,
      townOrigins,
      trustProxy: values['trust-proxy'] ?? false,
      desk: { ...(contentDir ? { contentDir } : {}), ...(publish ? { onContentChange: publish } : {}) },
    });
  } catch (error) {
    console.error(say('apiCouldNotStart', { message: errorWords(say, error) }));
    return 1;
  }
  const where = api.store.kind === 'sqlite' ? say('apiSqlite', { file: `${values.data ?? 'data'}/participation.sqlite` }) : say('apiPostgres');
  console.log(say('apiListening', { url: api.url, towns: catalogue.towns.size, where, pid: String(process.pid) }));
  const open = api.exposure ? exposure(say, values.host ?? '127.0.0.1', Number(new URL(api.url).port), new URL(api.url).pathname) : undefined;
  if (open) console.log(say('failed', { command: 'api', message: open }));
  console.log(say(outDir ? 'apiDeskPublished' : 'apiDesk', { url: new URL('/staff/', api.url).href, dir: outDir ?? '' }));
  const running = api;
  process.on('SIGHUP', () => {
    try {
      const next = loadCatalogue(context, values);
      if (next) {
        running.reload(next);
        console.log(say('apiReread', { towns: next.towns.size }));
      } else console.log(say('apiRereadProblems'));
    } catch (error) {
      console.error(say('apiRereadFailed', { message: (error as Error).message }));
    }
  });
  return new Promise<number>((resolve) => {
    const stop = () => void running.close().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export interface ExportCommandValues {
  data?: string;
  format?: string;
  out?: string;
  town?: string[];
}

export async function exportSubmissionsCommand({ argv, say, locale }: CommandContext, values: ExportCommandValues): Promise<number> {
  const format = (values.format ?? 'json') as ExportFormat;
  if (format !== 'json' && format !== 'csv' && format !== 'xlsx') {
    console.error(say('exportFormat', { value: values.format ?? '' }));
    return 2;
  }
  if (format === 'xlsx' && !given(argv, 'out')) {
    console.error(say('exportXlsxNeedsOut'));
    return 2;
  }
  if ((values.town?.length ?? 0) > 1) {
    console.error(say('exportOneTown'));
    return 2;
  }
  const sqliteFile = join(values.data ?? 'data', 'participation.sqlite');
  if (!process.env['DATABASE_URL'] && !existsSync(sqliteFile)) {
    console.error(say('exportNoStore', { file: sqliteFile }));
    return 1;
  }
  let store;
  try {
    store = await openStore({ dataDir: values.data ?? 'data' });
  } catch (error) {
    console.error(say('exportCouldNotOpen', { message: errorWords(say, error) }));
    return 1;
  }
  try {
    const submissions = await store.submissions(values.town?.[0] ? { town: values.town[0] } : {});
    const out = given(argv, 'out') ? values.out : undefined;
    const data = format === 'xlsx' ? await submissionsWorkbook(submissions, locale) : formatSubmissions(submissions, format);
    if (out) writeFileSync(out, data, { mode: 0o600 });
    else process.stdout.write(data);
    console.error(counted(say, submissions.length, 'exportDoneOne', 'exportDoneMany', { where: out ? say('exportWhere', { out }) : '' }));
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * The `baseUrl` a site was built for: from the build's marker file, or, for a site built before
 * there was one, from the sitemap line of its robots.txt.
 */
export function builtBaseUrl(siteDir: string): string | undefined {
  const marked = readMarker(siteDir)?.baseUrl;
  if (marked) return marked;
  try {
    const sitemap = /^Sitemap:\s*(https?:\/\/\S+)$/im.exec(readFileSync(join(siteDir, 'robots.txt'), 'utf8'))?.[1];
    return sitemap ? new URL('./', sitemap).href : undefined;
  } catch {
    return undefined;
  }
}
