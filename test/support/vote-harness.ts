/**
 * `<renda-vote>` against the real participation API: the API on one loopback port (SQLite in a
 * temp folder), and on another a static site that serves the built embed bundle under a strict
 * CSP, with pages holding the widget in whatever state a test needs.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../site/content/loader.js';
import type { LoadedContent } from '../../domain/model.js';
import { startApi, type ApiServer } from '../../server/api.js';
import { serveStatic, STRICT_CSP, type StaticServer } from './browser.js';
import { FIXTURE_TODAY, repoRoot } from './content-fixture.js';
import { writeVoteFixture } from './vote-fixture.js';

export interface VoteHarness {
  api: ApiServer;
  site: StaticServer;
  content: LoadedContent;
  dataDir: string;
  /** Writes `<name>.html` with `body` after the embed script; returns its URL. */
  page(name: string, body: string, options?: { lang?: string; attributes?: string }): string;
  close(): Promise<void>;
}

export async function startVoteHarness(): Promise<VoteHarness> {
  const { content, problems } = loadContent(writeVoteFixture(), { today: FIXTURE_TODAY });
  if (!content) throw new Error(`fixture content has problems: ${JSON.stringify(problems)}`);
  const root = mkdtempSync(join(tmpdir(), 'renda-vote-site-'));
  // The embed bundle and the chunks it loads lazily.
  for (const file of readdirSync(join(repoRoot, 'dist'))) if (file.endsWith('.js')) copyFileSync(join(repoRoot, 'dist', file), join(root, file));
  cpSync(join(repoRoot, 'dist/chunks'), join(root, 'chunks'), { recursive: true });
  copyFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), join(root, 'axe.min.js'));
  copyFileSync(join(repoRoot, 'components/base/theme.css'), join(root, 'theme.css'));
  writeFileSync(join(root, 'votes.json'), JSON.stringify({ votes: content.towns[0]!.votes }));

  // The site's port is needed for CORS before the site exists: start it first, then the API.
  let apiOrigin = '';
  const site = await serveStatic(root, {
    get csp() {
      return STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${apiOrigin}`);
    },
  } as { csp: string });
  const dataDir = mkdtempSync(join(tmpdir(), 'renda-vote-data-'));
  const api = await startApi({ content, port: 0, dataDir, rateLimits: false, townOrigins: { hexi: [site.url] }, log: () => {} });
  apiOrigin = new URL(api.url).origin;

  return {
    api,
    site,
    content,
    dataDir,
    page(name, body, options = {}) {
      writeFileSync(
        join(root, `${name}.html`),
        `<!doctype html><html lang="${options.lang ?? 'zh-CN'}"${options.attributes ? ` ${options.attributes}` : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title><link rel="stylesheet" href="theme.css"><script type="module" src="renda-embed.js"></script></head><body><main><h1>${name}</h1>${body}</main></body></html>`,
      );
      return `${site.url}/${name}.html`;
    },
    async close() {
      await api.close();
      await site.close();
    },
  };
}
