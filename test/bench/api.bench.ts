/**
 * Participation API throughput and latency: ballots per second and p50/p99 at 50 and 200
 * concurrent clients on loopback, against SQLite (WAL, synchronous = FULL, group commit).
 *
 * Baseline in the same run: `POST /api/_baseline/…` takes the same request through the same
 * server (HTTP, JSON parsing, checks against the vote) but stores nothing. The ratio is the cost
 * of durable storage; absolute figures swing with the machine.
 *
 * The API runs in its own process, so the clients here do not share its event loop (both still
 * share the machine's cores). Every ballot has its own voter and key: each one is a real insert.
 */
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApi } from '../support/api-process.js';
import { writeVoteFixture } from '../support/vote-fixture.js';

const SECONDS = Number(process.env['RENDA_BENCH_SECONDS'] ?? 4);
const LEVELS = [50, 200];

interface Run {
  label: string;
  concurrency: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

let sequence = 0;
const ballot = () => {
  const n = ++sequence;
  return JSON.stringify({ idempotencyKey: `bench-key-${process.pid}-${n}-xxxxxxxx`, voter: `bench-voter-${process.pid}-${n}-xxxxxxxx`, picks: n % 3 === 0 ? ['lights', 'canteen'] : ['chargers'] });
};

function post(agent: Agent, port: number, path: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function measure(label: string, port: number, path: string, concurrency: number, seconds: number): Promise<Run> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          const status = await post(agent, port, path, ballot());
          if (status !== 201) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { label, concurrency, requests: latencies.length, perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors };
}

const api = await spawnApi(writeVoteFixture(), mkdtempSync(join(tmpdir(), 'renda-bench-api-')), { baselineEndpoint: true });
try {
  const real = '/api/hexi/votes/open-poll/ballots';
  const baseline = '/api/_baseline/hexi/open-poll';
  // Warm up both paths (JIT, SQLite page cache, WAL file growth).
  await measure('warm-up', api.port, real, 20, 1);
  await measure('warm-up', api.port, baseline, 20, 1);
  const runs: Run[] = [];
  for (const concurrency of LEVELS) {
    runs.push(await measure('baseline (no storage)', api.port, baseline, concurrency, SECONDS));
    runs.push(await measure('ballots (SQLite, FULL sync)', api.port, real, concurrency, SECONDS));
  }
  console.log(`participation API on loopback, ${SECONDS} s per run, Node ${process.version}`);
  console.log('endpoint                       clients   requests    req/s    p50 ms    p99 ms  errors');
  for (const r of runs) console.log(`${r.label.padEnd(30)} ${String(r.concurrency).padStart(7)} ${String(r.requests).padStart(10)} ${r.perSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(9)} ${String(r.errors).padStart(7)}`);
  for (const concurrency of LEVELS) {
    const [b, s] = [runs.find((r) => r.concurrency === concurrency && r.label.startsWith('baseline'))!, runs.find((r) => r.concurrency === concurrency && r.label.startsWith('ballots'))!];
    console.log(`ratio at ${concurrency} clients: stored ballots / baseline = ${(s.perSecond / b.perSecond).toFixed(2)} (throughput), p99 ${(s.p99 / b.p99).toFixed(2)}×`);
  }
  if (runs.some((r) => r.errors > 0)) process.exitCode = 1;
} finally {
  api.child.kill('SIGTERM');
  await api.exited();
}
