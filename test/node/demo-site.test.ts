import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { demoSite } from '../support/demo-site.js';
import { loadContent } from '../../site/content/loader.js';
import type { Suggestion } from '../../domain/model.js';
import { FIXTURE_TODAY, repoRoot } from '../support/content-fixture.js';
import { contentSecurityPolicy, REFERRER_POLICY } from '../../site/render/security.js';
import { OUTPUT_MARKER } from '../../site/output-folder.js';

const contentDir = join(repoRoot, 'content');
let out: string;
const rawSuggestions = (slug: string): Suggestion[] => JSON.parse(readFileSync(join(contentDir, 'towns', slug, 'suggestions.json'), 'utf8')).suggestions;

describe('the demo towns, built end to end', () => {
  let files: string[];
  before(async () => {
    out = await demoSite();
    files = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(out, join(e.parentPath, e.name)));
  });

  it('has a town (镇) with a congress and a subdistrict (街道) with a working committee', () => {
    const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
    const kinds = content!.towns.map((t) => [t.town.kind, t.town.congress.kind]);
    assert.deepEqual(kinds.sort(), [['subdistrict', 'working-committee'], ['town', 'congress']].sort());
    const town = content!.towns.find((t) => t.town.kind === 'town')!;
    assert.ok(town.deputies.length >= 80 && town.deputies.length <= 100, `${town.deputies.length} deputies`);
    assert.ok(town.stations.length >= 10, `${town.stations.length} stations`);
    assert.ok(town.suggestions.length >= 250, `${town.suggestions.length} suggestions`);
    assert.ok(new Set(town.deputies.flatMap((d) => d.levels)).size >= 3, 'deputies of three levels or more');
    assert.ok(town.stations.some((s) => s.kind === 'mobile'));
    const ballot = town.votes.find((v) => v.kind === 'project-ballot');
    assert.ok(ballot && ballot.kind === 'project-ballot' && ballot.candidates.length > ballot.seats, '差额 ballot');
    const stages = new Set(town.suggestions.flatMap((s) => s.history.map((h) => h.stage)));
    for (const stage of ['submitted', 'accepted', 'reviewed', 'assigned', 'replied', 'fed-back', 'rated', 'closed', 'resolved-on-site', 'reopened'])
      assert.ok(stages.has(stage as never), `no suggestion reaches ${stage}`);
  });

  it('writes one page per deputy, station and public suggestion of every town', () => {
    const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
    for (const { town, deputies, stations, suggestions } of content!.towns) {
      for (const d of deputies) assert.ok(files.includes(`${town.slug}/deputies/${d.id}/index.html`), `${town.slug} deputy ${d.id}`);
      for (const s of stations) assert.ok(files.includes(`${town.slug}/stations/${s.id}/index.html`), `${town.slug} station ${s.id}`);
      for (const s of suggestions) assert.ok(files.includes(`${town.slug}/suggestions/${s.id}/index.html`), `${town.slug} suggestion ${s.id}`);
      const data = JSON.parse(readFileSync(join(out, town.slug, 'data/suggestions.json'), 'utf8'));
      assert.equal(data.suggestions.length, suggestions.length);
    }
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /枫泉镇[\s\S]*春澜街道|春澜街道[\s\S]*枫泉镇/);
  });

  it('leaks no private suggestion, no submitter name and no personal number into any output', () => {
    const towns = readdirSync(join(contentDir, 'towns'));
    const privateItems = towns.flatMap((slug) => rawSuggestions(slug).filter((s) => s.public === false).map((s) => ({ slug, s })));
    assert.ok(privateItems.length > 0, 'the demo has private items to test with');
    const names = new Set(towns.flatMap((slug) => rawSuggestions(slug).flatMap((s) => (s.submitter && s.submitter.length >= 2 && !/某|先生|女士/.test(s.submitter) ? [s.submitter] : []))));
    const texts = files.filter((f) => /\.(html|json)$/.test(f)).map((f) => [f, readFileSync(join(out, f), 'utf8')] as const);
    for (const { slug, s } of privateItems) {
      assert.ok(!files.some((f) => f.startsWith(`${slug}/suggestions/${s.id}/`)), `private ${s.id} has a page`);
      for (const [file, text] of texts) assert.ok(!text.includes(s.title), `private ${s.id} appears in ${file}`);
    }
    for (const [file, raw] of texts) {
      // SHA-256 digests (the build's keys and stamps) are no personal numbers, whatever digits they hold.
      const text = raw.replace(/\b[0-9a-f]{64}\b/g, '');
      assert.doesNotMatch(text, /(?<!\d)1[3-9]\d{9}(?!\d)/, `a mobile number in ${file}`);
      assert.doesNotMatch(text, /(?<!\d)\d{17}[\dXx](?!\d)/, `an ID number in ${file}`);
    }
    for (const slug of towns) {
      const published = JSON.parse(readFileSync(join(out, slug, 'data/suggestions.json'), 'utf8')).suggestions as { submitter: string }[];
      for (const { submitter } of published) {
        assert.ok(!names.has(submitter), `an unmasked submitter: ${submitter}`);
        assert.match(submitter, /^([\u4e00-\u9fa5]{1,2}|[A-Za-z]+ ?)?(先生|女士|某)$|^某$/, `not a masked name: ${submitter}`);
      }
    }
  });

  it('every HTML page carries the site’s security policy and referrer policy in its head, before anything it loads', () => {
    const { content } = loadContent(contentDir, { today: FIXTURE_TODAY });
    const policy = contentSecurityPolicy(content!);
    const pages = files.filter((f) => f.endsWith('.html'));
    assert.ok(pages.length > 500, `${pages.length} pages`);
    for (const file of pages) {
      const head = readFileSync(join(out, file), 'utf8').split('</head>')[0]!;
      const metas = /<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="([^"]+)">\n<meta name="referrer" content="([^"]+)">/.exec(head);
      assert.ok(metas, `${file} lacks the policies right after its charset`);
      assert.equal(metas[1], policy, file);
      assert.equal(metas[2], REFERRER_POLICY, file);
      assert.ok(head.indexOf('Content-Security-Policy') < head.search(/<script|<link rel="stylesheet"/), `${file}: the policy comes before the first script or stylesheet`);
      assert.equal(head.match(/Content-Security-Policy/g)!.length, 1, `${file}: one policy`);
    }
    assert.match(policy, /script-src 'self';/);
    // The README's server configuration sends the same policy, plus what a <meta> cannot say.
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    assert.ok(readme.includes(`add_header Content-Security-Policy "${policy}; frame-ancestors 'self'" always;`), 'the nginx snippet has the demo policy');
    assert.ok(readme.includes(`Header always set Content-Security-Policy "${policy}; frame-ancestors 'self'"`), 'the Apache snippet has the demo policy');
    assert.ok(readme.includes(`\n${policy}\n`), 'the README quotes the demo policy');
    assert.ok(readFileSync(join(out, OUTPUT_MARKER), 'utf8').includes('"generator": "renda-kit"'), 'the output is marked as renda’s');
  });

  it('a subdistrict page speaks of its working committee, not a congress', () => {
    const home = readFileSync(join(out, 'chunlan/index.html'), 'utf8');
    assert.match(home, /人大工委/);
  });
});
