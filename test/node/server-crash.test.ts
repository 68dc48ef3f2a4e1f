import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../server/sqlite-storage.js';
import { spawnApi } from '../support/api-process.js';
import { writeVoteFixture } from '../support/vote-fixture.js';

const exited = (child: { exitCode: number | null; signalCode: string | null; once: (event: 'exit', listener: () => void) => unknown }) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

interface Sent {
  idempotencyKey: string;
  voter: string;
  picks: string[];
}

const OPTIONS = ['lights', 'canteen', 'chargers'];

function newBallot(client: number, n: number): Sent {
  const picks = n % 4 === 0 ? [OPTIONS[n % 3]!, OPTIONS[(n + 1) % 3]!] : [OPTIONS[(n + client) % 3]!];
  return { idempotencyKey: `crash-key-${client}-${n}-${Math.random().toString(36).slice(2, 10)}`, voter: `crash-voter-${client}-${n}-${Math.random().toString(36).slice(2, 10)}`, picks };
}

async function post(port: number, ballot: Sent): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/hexi/votes/open-poll/ballots`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ballot), signal: AbortSignal.timeout(5000) });
  await response.arrayBuffer();
  return response.status;
}

describe('crash safety: kill -9 mid-stream loses no acknowledged ballot and counts none twice', () => {
  it('every ballot answered 201 before the kill is there after a restart; retries of the rest count once', async () => {
    const contentDir = writeVoteFixture();
    const dataDir = mkdtempSync(join(tmpdir(), 'renda-crash-'));
    const { child, port } = await spawnApi(contentDir, dataDir);

    const acknowledged: Sent[] = [];
    const inDoubt: Sent[] = [];
    const CLIENTS = 24;
    const KILL_AFTER = 300;
    let killed = false;
    const deadline = Date.now() + 20_000;
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      // Bounded: each client stops at its first failure after the kill, at 400 ballots, or at the deadline.
      for (let n = 0; n < 400 && Date.now() < deadline; n++) {
        const ballot = newBallot(client, n);
        try {
          const status = await post(port, ballot);
          if (status === 201) acknowledged.push(ballot);
          else inDoubt.push(ballot);
        } catch {
          inDoubt.push(ballot);
          if (killed) return;
        }
        if (!killed && acknowledged.length >= KILL_AFTER) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    await Promise.all(clients);
    assert.ok(killed, `the server was killed mid-stream (${acknowledged.length} acknowledged)`);
    await exited(child);
    assert.equal(child.signalCode, 'SIGKILL');
    assert.ok(inDoubt.length > 0, 'some ballots were in flight when the server died');

    const restarted = await spawnApi(contentDir, dataDir);
    try {
      const store = new SqliteStore(join(dataDir, 'participation.sqlite'));
      try {
        const keys = new Map((await store.ballotKeys('hexi', 'open-poll')).map((k) => [k.idempotencyKey, k.picks]));
        for (const ballot of acknowledged) assert.deepEqual(keys.get(ballot.idempotencyKey), ballot.picks, `acknowledged ballot ${ballot.idempotencyKey} survived`);

        // The widget retries what it was never told about, with the same key: stored ones are replays.
        const acknowledgedAgain = await Promise.all(acknowledged.slice(0, 50).map((b) => post(restarted.port, b)));
        assert.ok(acknowledgedAgain.every((s) => s === 200), 'an acknowledged ballot sent again is a replay, not a second ballot');
        const retried = await Promise.all(inDoubt.map((b) => post(restarted.port, b)));
        assert.ok(retried.every((s) => s === 200 || s === 201), `retries answered ${[...new Set(retried)].join(', ')}`);
        const storedBeforeRetry = inDoubt.filter((_, i) => retried[i] === 200).length;

        const finalKeys = await store.ballotKeys('hexi', 'open-poll');
        assert.equal(finalKeys.length, acknowledged.length + inDoubt.length, 'each ballot exactly once');
        assert.equal(new Set(finalKeys.map((k) => k.idempotencyKey)).size, finalKeys.length);
        const tally = await store.tally('hexi', 'open-poll');
        assert.equal(tally.ballots, finalKeys.length, 'the running total matches the ballots');
        const recount: Record<string, number> = {};
        for (const k of finalKeys) for (const p of k.picks) recount[p] = (recount[p] ?? 0) + 1;
        assert.deepEqual(tally.counts, recount, 'the per-option counts match the ballots');
        console.log(`# crash test: ${acknowledged.length} acknowledged before kill -9, all present; ${inDoubt.length} in flight, of which ${storedBeforeRetry} had been stored (retry answered 200) and ${inDoubt.length - storedBeforeRetry} had not (retry stored them once)`);
      } finally {
        await store.close();
      }
    } finally {
      restarted.child.kill('SIGTERM');
      await exited(restarted.child);
    }
  });
});
