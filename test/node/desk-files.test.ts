/** Desk-made suggestion files: created once, changed one at a time, stale changes refused, never half-written even when the writer is killed. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Suggestion } from '../../domain/model.js';
import { createSuggestion, listSuggestions, readSuggestion, replaceSuggestion } from '../../server/desk/suggestion-files.js';
import { repoRoot } from '../support/content-fixture.js';

const base: Suggestion = { id: 'd-20261120-aaaa', title: '路灯', body: '路灯坏了', category: '基础设施', source: 'scan', deputies: [], history: [{ stage: 'submitted', date: '2026-11-20' }] };

describe('desk suggestion files', () => {
  it('are created once and never overwritten by a second create', async () => {
    const content = mkdtempSync(join(tmpdir(), 'renda-files-'));
    assert.equal(await createSuggestion(content, 'hexi', base), true);
    assert.equal(await createSuggestion(content, 'hexi', { ...base, title: '别的' }), false);
    assert.equal((await readSuggestion(content, 'hexi', base.id))!.suggestion.title, '路灯');
    assert.deepEqual(readdirSync(join(content, 'towns/hexi/suggestions')), [`${base.id}.json`], 'no temporary file left');
  });

  it('take one change per version: of two forms made from the same version, the second is stale', async () => {
    const content = mkdtempSync(join(tmpdir(), 'renda-files-'));
    await createSuggestion(content, 'hexi', base);
    const { version } = (await readSuggestion(content, 'hexi', base.id))!;
    const outcomes = await Promise.all(['甲', '乙'].map((title) => replaceSuggestion(content, 'hexi', base.id, version, (s) => ({ ...s, title }))));
    assert.deepEqual(outcomes.map((o) => o.status).sort(), ['stale', 'written']);
    assert.equal((await replaceSuggestion(content, 'hexi', 'd-missing', version, (s) => s)).status, 'missing');
  });

  it('take one change per version across processes too (API processes sharing the content folder)', async () => {
    const content = mkdtempSync(join(tmpdir(), 'renda-files-'));
    await createSuggestion(content, 'hexi', base);
    const { version } = (await readSuggestion(content, 'hexi', base.id))!;
    const module = pathToFileURL(join(repoRoot, 'build/server/desk/suggestion-files.js')).href;
    // Each process waits for the same instant, then makes its change from the same version.
    const at = Date.now() + 1500;
    const outcomes = await Promise.all(
      ['甲', '乙', '丙', '丁'].map(
        (title) =>
          new Promise<string>((resolve, reject) => {
            const script = `const { replaceSuggestion } = await import(${JSON.stringify(module)});
              while (Date.now() < ${at}) await new Promise((r) => setTimeout(r, 1));
              const outcome = await replaceSuggestion(${JSON.stringify(content)}, 'hexi', ${JSON.stringify(base.id)}, ${JSON.stringify(version)}, (s) => ({ ...s, title: ${JSON.stringify(title)} }));
              process.stdout.write(outcome.status);`;
            const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
            let out = '';
            child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
            child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`writer exited ${code}`))));
          }),
      ),
    );
    assert.deepEqual(outcomes.sort(), ['stale', 'stale', 'stale', 'written']);
    assert.deepEqual(readdirSync(join(content, 'towns/hexi/suggestions')), [`${base.id}.json`], 'no lock or temporary file left');
  });

  it('ignore a temporary file a killed writer left behind', async () => {
    const content = mkdtempSync(join(tmpdir(), 'renda-files-'));
    await createSuggestion(content, 'hexi', base);
    writeFileSync(join(content, 'towns/hexi/suggestions', `.${base.id}.abc.tmp`), '{"id": "d-20261120-aaaa", "tit');
    assert.deepEqual((await listSuggestions(content, 'hexi')).map((f) => f.suggestion.id), [base.id]);
  });

  it('are whole after kill -9 in the middle of writing', async () => {
    const content = mkdtempSync(join(tmpdir(), 'renda-files-'));
    await createSuggestion(content, 'hexi', base);
    const module = pathToFileURL(join(repoRoot, 'build/server/desk/suggestion-files.js')).href;
    // A writer that rewrites the file as fast as it can, with a body large enough to take several writes.
    const script = `
      const { readSuggestion, replaceSuggestion } = await import(${JSON.stringify(module)});
      for (let i = 0; ; i++) {
        const current = await readSuggestion(${JSON.stringify(content)}, 'hexi', ${JSON.stringify(base.id)});
        await replaceSuggestion(${JSON.stringify(content)}, 'hexi', ${JSON.stringify(base.id)}, current.version, (s) => ({ ...s, title: 'round ' + i, body: '路灯'.repeat(200000) }));
        if (i === 3) process.stdout.write('writing\\n');
      }`;
    for (let round = 0; round < 3; round++) {
      const writer = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 30 + Math.random() * 100));
      writer.kill('SIGKILL');
      await new Promise((resolve) => writer.once('close', resolve));
      const text = readFileSync(join(content, 'towns/hexi/suggestions', `${base.id}.json`), 'utf8');
      const parsed = JSON.parse(text) as Suggestion;
      assert.match(parsed.title, /^(路灯|round \d+)$/);
      assert.deepEqual((await listSuggestions(content, 'hexi')).map((f) => f.suggestion.id), [base.id]);
    }
  });
});
