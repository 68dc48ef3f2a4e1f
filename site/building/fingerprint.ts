/**
 * What a town's output depends on, as hashes: its content folder, the site's settings, the day it
 * is built for, and renda-kit itself (its version and the bytes of the code that renders). Two
 * builds with the same fingerprints write the same bytes, so an unchanged town is not rendered
 * again and shards built on different machines fit together.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../../domain/model.js';

/** The package's root: this file is build/site/building/fingerprint.js. */
const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The parts of renda-kit whose bytes end up in, or decide, the output. */
const CODE_FOLDERS = ['build/domain', 'build/site', 'build/components', 'dist', 'site/assets', 'components/base/theme.css'];

const sha256 = () => createHash('sha256');

/** Every file under `path` (or `path` itself), sorted, with its path relative to `root`. */
function filesUnder(root: string, path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [relative(root, path).split(sep).join('/')];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Hash of the files' names and bytes. */
function hashFiles(root: string, files: readonly string[]): string {
  const hash = sha256();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

let code: { version: string; code: string } | undefined;

/** renda-kit's version and a hash of its code and assets (computed once per process). */
export function kitFingerprint(): { version: string; code: string } {
  if (code) return code;
  const version = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const files = CODE_FOLDERS.flatMap((folder) => filesUnder(packageRoot, join(packageRoot, folder)));
  code = { version, code: hashFiles(packageRoot, files) };
  return code;
}

/** Everything a build shares between its towns: renda-kit, the site's settings, the day. */
export interface BuildStamp {
  version: string;
  code: string;
  /** The site's settings as this build used them (site.json and any overrides). */
  site: string;
  today: string;
}

export function buildStamp(site: SiteConfig, today: string): BuildStamp {
  return { ...kitFingerprint(), site: sha256().update(stableJson(site)).digest('hex'), today };
}

/** The key of one town's output: the build's stamp and the town's folder, file by file. */
export function townKey(stamp: BuildStamp, townDir: string): string {
  const content = hashFiles(townDir, filesUnder(townDir, townDir));
  return sha256().update(stableJson(stamp)).update('\0').update(content).digest('hex');
}

/** JSON with object keys sorted, so equal settings hash equal whatever order they were written in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
