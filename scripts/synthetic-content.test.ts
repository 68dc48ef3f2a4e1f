/**
 * The synthetic content the build benchmark renders carries every kind of page the demo has:
 * receptions at every station, activities, project progress, scoring rules and 议政代表会 meetings.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../site/content/loader.js';
import { townOutput } from '../site/plugin.js';
import { generateSyntheticContent } from './synthetic-content.js';

const TODAY = '2026-11-20';
const work = mkdtempSync(join(tmpdir(), 'renda-synthetic-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('synthetic content', () => {
  const summary = generateSyntheticContent({ outDir: work, towns: 4, seed: 'record-kinds', suggestionsPerTown: [40, 60], today: TODAY });
  const loaded = loadContent(work, { today: TODAY });

  it('loads without a problem', () => {
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.content!.towns.length, summary.towns.length);
  });

  it('every station received residents through the last year; every town has its activities', () => {
    for (const town of loaded.content!.towns) {
      for (const station of town.stations) {
        const held = town.receptions.filter((r) => r.station === station.id && r.date > '2025-11-20').map((r) => r.date);
        if (station.kind === 'mobile') for (const stop of (station.stops ?? []).filter((s) => s.date > '2025-11-20' && s.date <= TODAY)) assert.ok(held.includes(stop.date), `${town.town.slug}/${station.id}: a reception at its stop of ${stop.date}`);
        else assert.ok(held.length >= 3, `${town.town.slug}/${station.id}: ${held.length} receptions`);
      }
      assert.ok(town.activities.some((a) => a.kind === 'group'), town.town.slug);
      assert.ok(town.activities.every((a) => a.date <= TODAY), 'nothing after the day it is made for');
    }
  });

  it('renders the record pages: receptions, scoring where a town has a rule, the 议政代表会 where it has one', () => {
    const towns = loaded.content!.towns;
    assert.ok(towns.some((t) => t.scoring) && towns.some((t) => !t.scoring), 'some towns score the record, some do not');
    for (const town of towns) {
      const urls = townOutput(loaded.content!.site, town, TODAY).map((p) => p.url);
      assert.ok(urls.includes(`/${town.town.slug}/receptions/`));
      assert.equal(urls.includes(`/${town.town.slug}/scoring/`), Boolean(town.scoring));
      if (town.town.congress.assembly) {
        assert.ok(urls.includes(`/${town.town.slug}/assembly/`), `${town.town.slug} has a 议政代表会 page`);
        assert.ok(town.activities.some((a) => a.kind === 'assembly-meeting' && a.decisions?.length));
      }
    }
  });

  it('the chosen projects carry their progress through the year', () => {
    const chosen = loaded.content!.towns.flatMap((t) => t.votes.filter((v) => v.kind === 'project-ballot').flatMap((v) => v.candidates));
    assert.ok(chosen.some((c) => c.progress?.length), 'some project has progress entries');
  });
});
