/**
 * Participation API throughput and latency: ballots per second and p50/p99 at 50 and 200
 * concurrent clients on loopback, against SQLite (WAL, synchronous = FULL, group commit) in one
 * process, and, with RENDA_TEST_DATABASE_URL, against PostgreSQL in one process and in two
 * processes sharing the database (the clients split between them, as a load balancer would).
 *
 * Baseline in the same run: `POST /api/_baseline/…` takes the same request through the same
 * server (HTTP, JSON parsing, checks against the vote) but stores nothing. The ratio is the cost
 * of durable storage; absolute figures swing with the machine.
 *
 * The API runs in its own process, so the clients here do not share its event loop (both still
 * share the machine's cores: on a 2-core machine two API processes, PostgreSQL and the clients
 * all compete, so the two-process figure shows that nothing serialises, not how far it scales).
 * Every ballot has its own voter and key: each one is a real insert.
 */
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApi, stopApi, type ApiProcess } from '../support/api-process.js';
import { dropTestSchema, POSTGRES_URL, postgresSkipReason, testSchema } from '../support/postgres.js';
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

/** `concurrency` clients for `seconds`, each keeping one connection to one of `ports` in turn (a load balancer's round robin). */
async function measure(label: string, ports: number | number[], path: string, concurrency: number, seconds: number): Promise<Run> {
  const targets = typeof ports === 'number' ? [ports] : ports;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      const port = targets[client % targets.length]!;
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

const real = '/api/hexi/votes/open-poll/ballots';
const baseline = '/api/_baseline/hexi/open-poll';
const content = writeVoteFixture();
const runs: Run[] = [];

/** Starts `count` API processes, warms them up, runs `measureAll`, and stops them. */
async function withApis(count: number, postgres: { url: string; schema: string } | undefined, measureAll: (ports: number[]) => Promise<void>): Promise<void> {
  const apis: ApiProcess[] = [];
  try {
    for (let i = 0; i < count; i++) apis.push(await spawnApi(content, mkdtempSync(join(tmpdir(), 'renda-bench-api-')), { baselineEndpoint: true, ...(postgres ? { postgres } : {}) }));
    const ports = apis.map((api) => api.port);
    // Warm up both paths (JIT, page cache, WAL file growth, connection pools).
    await measure('warm-up', ports, real, 20, 1);
    await measure('warm-up', ports, baseline, 20, 1);
    await measureAll(ports);
  } finally {
    await Promise.all(apis.map(stopApi));
  }
}

await withApis(1, undefined, async ([port]) => {
  for (const concurrency of LEVELS) {
    runs.push(await measure('baseline (no storage)', port!, baseline, concurrency, SECONDS));
    runs.push(await measure('SQLite, 1 process', port!, real, concurrency, SECONDS));
  }
});

const postgresSkip = await postgresSkipReason();
if (postgresSkip === false) {
  for (const processes of [1, 2]) {
    const schema = testSchema('bench');
    try {
      await withApis(processes, { url: POSTGRES_URL!, schema }, async (ports) => {
        for (const concurrency of LEVELS) runs.push(await measure(`PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''}`, ports, real, concurrency, SECONDS));
      });
    } finally {
      await dropTestSchema(schema);
    }
  }
}

console.log(`participation API on loopback, ${SECONDS} s per run, Node ${process.version}`);
console.log('endpoint                       clients   requests    req/s    p50 ms    p99 ms  errors');
for (const r of runs) console.log(`${r.label.padEnd(30)} ${String(r.concurrency).padStart(7)} ${String(r.requests).padStart(10)} ${r.perSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(9)} ${String(r.errors).padStart(7)}`);
for (const concurrency of LEVELS) {
  const at = (label: string) => runs.find((r) => r.concurrency === concurrency && r.label === label);
  const b = at('baseline (no storage)')!;
  const parts = [`SQLite ${(at('SQLite, 1 process')!.perSecond / b.perSecond).toFixed(2)}`];
  const pg1 = at('PostgreSQL, 1 process');
  const pg2 = at('PostgreSQL, 2 processes');
  if (pg1 && pg2) parts.push(`PostgreSQL 1 process ${(pg1.perSecond / b.perSecond).toFixed(2)}`, `2 processes ${(pg2.perSecond / b.perSecond).toFixed(2)} (2 ÷ 1 process: ${(pg2.perSecond / pg1.perSecond).toFixed(2)}×)`);
  console.log(`ratio at ${concurrency} clients, stored ballots/s ÷ baseline: ${parts.join(', ')}`);
}
if (postgresSkip !== false) console.log(`PostgreSQL runs left out: ${postgresSkip}`);
if (runs.some((r) => r.errors > 0)) process.exitCode = 1;
