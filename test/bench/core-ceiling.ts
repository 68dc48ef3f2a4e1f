/**
 * What this machine's cores give a Node.js program, for `build.bench.ts`: the same small workload
 * run once alone, then as one copy per core at once, in separate processes (nothing shared, no
 * pool). Two workloads: pure computation (no allocation), and building strings and arrays as a
 * renderer does, which keeps V8's garbage collector busy on the other cores even in a process
 * alone. The ratio `copies × time alone / time together` is the most any pool of workers could
 * speed a build of that kind up on this machine.
 *
 *   node build/test/bench/core-ceiling.js compute|strings   # one copy: prints its figures as JSON
 */
import { spawn } from 'node:child_process';
import { median } from './stats.js';

type Workload = 'compute' | 'strings';

/** A million steps: a function of its own, so the optimiser compiles it once, the same in every copy. */
function computeStep(x: number, base: number): number {
  for (let i = 0; i < 1_000_000; i++) x = (x + (base + i) * 7) | 0;
  return x;
}

function compute(): number {
  let x = 0;
  for (let round = 0; round < 600; round++) x = computeStep(x, round * 1_000_000);
  return x;
}

function strings(): number {
  let n = 0;
  for (let round = 0; round < 14; round++) {
    const parts: string[] = [];
    for (let i = 0; i < 200_000; i++) parts.push(`<li class="row" data-i="${i}">${'x'.repeat(i % 40)}</li>`);
    n += parts.join('').length;
  }
  return n;
}

export interface CopyFigures {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of the process, all its threads (user + system). */
  cpuSeconds: number;
}

/** Runs `copies` processes of `workload` at once; the figures of each. */
function runCopies(workload: Workload, copies: number): Promise<CopyFigures[]> {
  return Promise.all(
    Array.from(
      { length: copies },
      () =>
        new Promise<CopyFigures>((resolve, reject) => {
          const child = spawn(process.execPath, [import.meta.filename, workload], { stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          child.on('error', reject);
          child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as CopyFigures) : reject(new Error(`core-ceiling ${workload} exited with ${code}`))));
        }),
    ),
  );
}

/**
 * The ceiling for `workload` with `cores` copies: throughput together over throughput alone, and
 * the cores one copy alone keeps busy. A shared machine's speed drifts over seconds, so each try
 * times one copy alone and then the copies together right after it; the median of the tries'
 * ratios is taken.
 */
export async function ceiling(workload: Workload, cores: number, tries = 3): Promise<{ speedUp: number; coresAlone: number }> {
  const ratios: number[] = [];
  const busy: number[] = [];
  for (let t = 0; t < tries; t++) {
    const [alone] = await runCopies(workload, 1);
    const together = Math.max(...(await runCopies(workload, cores)).map((c) => c.seconds));
    ratios.push((cores * alone!.seconds) / together);
    busy.push(alone!.cpuSeconds / alone!.seconds);
  }
  return { speedUp: median(ratios), coresAlone: median(busy) };
}

if (process.argv[1] === import.meta.filename) {
  const workload = process.argv[2] as Workload;
  if (workload !== 'compute' && workload !== 'strings') throw new Error('usage: core-ceiling compute|strings');
  const started = performance.now();
  const result = workload === 'compute' ? compute() : strings();
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage();
  console.log(JSON.stringify({ seconds, cpuSeconds: (user + system) / 1e6, result }));
}
