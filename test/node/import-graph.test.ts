/**
 * The layering holds: domain ← components ← site ← CLI → server → domain, scripts → domain and the
 * site's loader. Reads every source file's imports and fails on an edge that runs the wrong way.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { repoRoot } from '../support/content-fixture.js';
import { ballotOutcome } from '../../domain/votes/ballot-rules.js';
import { ballotOutcome as fromVotesPage } from '../../site/pages/votes.js';

const LAYERS = ['domain', 'components', 'site', 'cli', 'server', 'scripts'] as const;
type Layer = (typeof LAYERS)[number];

/** Test, story and fixture files may reach across layers to set things up. */
const isSupportFile = (file: string) => /\.(test|stories|fixtures)\.ts$/.test(file) || file.includes('/test-fixtures/');

interface Edge {
  from: string;
  to: string;
  /** The bare package name or node: module, for package imports. */
  pkg?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(repoRoot, join(e.parentPath, e.name)));
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

export function importsOf(file: string): Edge[] {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  const edges: Edge[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    if (spec.startsWith('.')) edges.push({ from: file, to: normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts') });
    else edges.push({ from: file, to: spec, pkg: spec });
  }
  return edges;
}

const layerOf = (path: string): Layer | undefined => LAYERS.find((layer) => path === layer || path.startsWith(`${layer}/`));
/** `components/vote/…` → `vote`; `components/index.ts` → undefined. */
const widgetOf = (path: string) => /^components\/([^/]+)\//.exec(path)?.[1];

/** Why an edge is forbidden, or undefined when it is allowed. */
export function violation(edge: Edge): string | undefined {
  const from = layerOf(edge.from)!;
  if (edge.pkg) {
    if (from === 'domain' && /^(node:|lit$|lit\/|@lit)/.test(edge.pkg)) return 'domain/ is pure: no node:, Lit or DOM';
    if (from === 'server' && /^(lit$|lit\/|@lit)/.test(edge.pkg)) return 'the server renders no widgets';
    return undefined;
  }
  const to = layerOf(edge.to);
  if (!to) return from === 'domain' ? 'domain/ imports nothing else of the repository' : undefined;
  if (to === from) {
    if (from !== 'components') return undefined;
    // A widget imports its own folder, components/base/ and another widget's public entry only.
    const [a, b] = [widgetOf(edge.from), widgetOf(edge.to)];
    if (!a || !b || a === b || b === 'base') return undefined;
    return edge.to.endsWith('/define.ts') ? undefined : `a widget reaches into another widget (${b}) instead of its define.ts`;
  }
  const allowed: Record<Layer, (to: Layer, path: string) => boolean> = {
    domain: () => false,
    components: (t) => t === 'domain',
    // The site uses widgets only through their public entry.
    site: (t, path) => t === 'domain' || (t === 'components' && (path.endsWith('/define.ts') || path === 'components/index.ts')),
    cli: (t) => t === 'domain' || t === 'site' || t === 'server',
    server: (t) => t === 'domain',
    scripts: (t, path) => t === 'domain' || path.startsWith('site/content/'),
  };
  return allowed[from](to, edge.to) ? undefined : `${from}/ may not import ${to}/`;
}

describe('the import graph', () => {
  const files = LAYERS.flatMap((layer) => sourceFiles(layer)).filter((file) => !isSupportFile(file));
  const edges = files.flatMap(importsOf);

  it('reads the whole tree', () => {
    assert.ok(files.length > 100, `${files.length} source files`);
    assert.ok(edges.length > 300, `${edges.length} imports`);
  });

  it('has no edge against the layering', () => {
    const wrong = edges.flatMap((edge) => {
      const why = violation(edge);
      return why ? [`${edge.from} → ${edge.to}: ${why}`] : [];
    });
    assert.deepEqual(wrong, []);
  });

  it('the rules catch what they are meant to catch', () => {
    assert.ok(violation({ from: 'domain/loop.ts', to: 'components/base/localize.ts' }));
    assert.ok(violation({ from: 'domain/loop.ts', to: 'node:fs', pkg: 'node:fs' }));
    assert.ok(violation({ from: 'domain/loop.ts', to: 'lit', pkg: 'lit' }));
    assert.ok(violation({ from: 'components/vote/vote.component.ts', to: 'site/content/loader.ts' }));
    assert.ok(violation({ from: 'components/deputy-card/deputy-card.component.ts', to: 'components/qr-code/qr-path.ts' }));
    assert.equal(violation({ from: 'components/deputy-card/deputy-card.component.ts', to: 'components/qr-code/define.ts' }), undefined);
    assert.ok(violation({ from: 'server/api.ts', to: 'components/vote/define.ts' }));
    assert.ok(violation({ from: 'server/api.ts', to: 'site/content/loader.ts' }));
    assert.ok(violation({ from: 'site/pages/home.ts', to: 'components/suggestion-tracker/view.ts' }));
    assert.ok(violation({ from: 'site/build.ts', to: 'server/api.ts' }));
    assert.equal(violation({ from: 'cli/serve.ts', to: 'server/api.ts' }), undefined);
    assert.equal(violation({ from: 'scripts/demo-content.ts', to: 'site/content/loader.ts' }), undefined);
    assert.ok(violation({ from: 'scripts/demo-content.ts', to: 'site/pages/home.ts' }));
  });

  it('has one implementation of the ballot outcome: the votes page uses the domain function', () => assert.equal(fromVotesPage, ballotOutcome));

  it('finds every kind of import statement', () => {
    const sample = importsOf('cli/cli.ts').map((e) => e.to);
    assert.ok(sample.includes('cli/api-commands.ts'), 'dynamic import()');
    assert.ok(sample.includes('cli/build-command.ts'), 'static import');
  });
});
