/** `renda api` and `renda export-submissions`: the participation API's two commands. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../site/content/loader.js';
import { formatProblems } from '../site/content/problems.js';
import { checkOutputFolder, OutputRefusedError, readMarker } from '../site/output-folder.js';
import { catalogueFromContent, catalogueFromSite, type Catalogue } from '../server/catalogue.js';
import { openStore, startApi } from '../server/api.js';
import { formatSubmissions, type ExportFormat } from '../server/export.js';
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

/** Whether an option was written on the command line (the shared parser fills in defaults). */
export const given = (argv: readonly string[], name: string): boolean => argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));

function loadCatalogue(values: ApiCommandValues): Catalogue | undefined {
  if (values.site) return catalogueFromSite(values.site, builtBaseUrl(values.site));
  const { content, problems } = loadContent(values.content, { ...(values.town ? { towns: values.town } : {}), ...(values.today ? { today: values.today } : {}) });
  if (!content) {
    console.error(`${formatProblems(problems)}\n\nrenda api: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${values.content}`);
    return undefined;
  }
  return catalogueFromContent(content);
}

export async function apiCommand(argv: readonly string[], values: ApiCommandValues): Promise<number> {
  const port = given(argv, 'port') ? Number(values.port) : 8081;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`renda api: --port must be a number from 0 to 65535, not "${values.port}"`);
    return 2;
  }
  const allowedOrigins: string[] = [];
  const townOrigins: Record<string, string[]> = {};
  for (const entry of values.origin ?? []) {
    const match = /^([a-z0-9][a-z0-9-]*)=(.+)$/.exec(entry);
    const url = match ? match[2]! : entry;
    if (!/^https?:\/\/[^/]+/i.test(url)) {
      console.error(`renda api: --origin "${entry}" is not an origin like https://www.example.gov.cn (or TOWN=https://…)`);
      return 2;
    }
    if (match) (townOrigins[match[1]!] ??= []).push(url);
    else allowedOrigins.push(url);
  }
  let catalogue: Catalogue | undefined;
  try {
    catalogue = loadCatalogue(values);
  } catch (error) {
    console.error(`renda api: ${(error as Error).message}`);
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
    console.error(`renda api: could not start: ${(error as Error).message}`);
    return 1;
  }
  const where = api.store.kind === 'sqlite' ? `SQLite in ${values.data ?? 'data'}/participation.sqlite` : 'PostgreSQL (DATABASE_URL)';
  console.log(`renda api: listening on ${api.url} — ${catalogue.towns.size} town${catalogue.towns.size === 1 ? '' : 's'}, storage: ${where}  (Ctrl+C to stop; kill -HUP ${process.pid} re-reads the content)`);
  if (api.exposure) console.log(`renda api: ${api.exposure}`);
  console.log(`renda api: message desk at ${new URL('/staff/', api.url).href}${outDir ? ` — staff changes are published to ${outDir}` : ''}`);
  const running = api;
  process.on('SIGHUP', () => {
    try {
      const next = loadCatalogue(values);
      if (next) {
        running.reload(next);
        console.log(`renda api: content re-read — ${next.towns.size} towns`);
      } else console.log('renda api: content has problems; still using the previous content');
    } catch (error) {
      console.error(`renda api: could not re-read the content: ${(error as Error).message}`);
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

export async function exportSubmissionsCommand(argv: readonly string[], values: ExportCommandValues): Promise<number> {
  const format = (values.format ?? 'json') as ExportFormat;
  if (format !== 'json' && format !== 'csv') {
    console.error(`renda export-submissions: --format must be json or csv, not "${values.format}"`);
    return 2;
  }
  if ((values.town?.length ?? 0) > 1) {
    console.error('renda export-submissions: give at most one --town');
    return 2;
  }
  const sqliteFile = join(values.data ?? 'data', 'participation.sqlite');
  if (!process.env['DATABASE_URL'] && !existsSync(sqliteFile)) {
    console.error(`renda export-submissions: there is no ${sqliteFile}: has the API run with this --data folder? (or set DATABASE_URL)`);
    return 1;
  }
  let store;
  try {
    store = await openStore({ dataDir: values.data ?? 'data' });
  } catch (error) {
    console.error(`renda export-submissions: could not open the store: ${(error as Error).message}`);
    return 1;
  }
  try {
    const submissions = await store.submissions(values.town?.[0] ? { town: values.town[0] } : {});
    const text = formatSubmissions(submissions, format);
    const out = given(argv, 'out') ? values.out : undefined;
    if (out) writeFileSync(out, text, { mode: 0o600 });
    else process.stdout.write(text);
    console.error(`renda export-submissions: ${submissions.length} suggestion${submissions.length === 1 ? '' : 's'}${out ? ` → ${out}` : ''}. They hold personal data: for internal handling only, never publish them.`);
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
