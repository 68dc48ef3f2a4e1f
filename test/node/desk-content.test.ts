/** Desk-made suggestions (`towns/<slug>/suggestions/<id>.json`) go through the loader's door: validated, checked, masked. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../site/content/loader.js';
import { FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

const suggestion = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: '路灯坏了',
  body: '东村路灯坏了，王建国，电话13812345678。',
  category: '基础设施',
  source: 'scan',
  submitter: '王建国',
  deputies: ['hx-001'],
  station: 'center',
  history: [
    { stage: 'submitted', date: '2026-11-01' },
    { stage: 'accepted', date: '2026-11-02' },
  ],
  ...extra,
});

function contentWith(files: Record<string, unknown>): string {
  const dir = writeFixtureContent();
  const folder = join(dir, 'towns/hexi/suggestions');
  mkdirSync(folder);
  for (const [name, value] of Object.entries(files)) writeFileSync(join(folder, name), typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  return dir;
}

describe('desk-made suggestion files in the content', () => {
  it('are loaded beside suggestions.json and masked exactly like them', () => {
    const { content, problems } = loadContent(contentWith({ 'd-20261102-ab12.json': suggestion('d-20261102-ab12'), '.d-x.json.1234.tmp': '{half', 'd-private.json': suggestion('d-private', { public: false }) }), { today: FIXTURE_TODAY, locale: 'en' });
    assert.deepEqual(problems, []);
    const town = content!.towns[0]!;
    const loaded = town.suggestions.find((s) => s.id === 'd-20261102-ab12')!;
    assert.ok(loaded, 'loaded');
    assert.match(loaded.submitter, /^王/);
    assert.ok(!JSON.stringify(loaded).includes('王建国'), 'the name is masked');
    assert.ok(!JSON.stringify(loaded).includes('13812345678'), 'the phone is stripped');
    assert.ok(!town.suggestions.some((s) => s.id === 'd-private'), 'public: false never leaves');
    assert.ok(town.suggestions.some((s) => s.id === 's-001'), 'suggestions.json still read');
  });

  it('are checked with the same rules, each problem naming the file and the field', () => {
    const { content, problems } = loadContent(
      contentWith({
        'd-a.json': suggestion('d-other'),
        'd-b.json': suggestion('d-b', { history: [{ stage: 'submitted', date: '2026-11-05' }, { stage: 'accepted', date: '2026-11-01' }] }),
        'd-c.json': suggestion('d-c', { deputies: ['hx-999'] }),
        'd-d.json': '{ "id": "d-d", }',
        's-001.json': suggestion('s-001'),
        'notes.txt': 'hello',
        'd-e.json': suggestion('d-e', { stage: 'x' }),
      }),
      { today: FIXTURE_TODAY, locale: 'en' },
    );
    assert.equal(content, undefined);
    const at = (file: string) => problems.filter((p) => p.file === `towns/hexi/suggestions/${file}`);
    assert.match(at('d-a.json')[0]!.message, /file name and the id differ/);
    assert.equal(at('d-b.json')[0]!.path, 'history[1].date');
    assert.match(at('d-b.json')[0]!.message, /goes back in time/);
    assert.ok(at('d-b.json')[0]!.line! > 1);
    assert.ok(at('d-c.json').some((p) => /hx-999/.test(String(p.found))));
    assert.ok(at('d-d.json').length > 0 && at('d-d.json')[0]!.line === 1);
    assert.match(at('s-001.json')[0]!.message, /also in suggestions.json/);
    assert.match(at('notes.txt')[0]!.message, /unknown file/);
    assert.ok(at('d-e.json').some((p) => /stage/.test(p.message)));
  });
});
