import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BenchImplementation } from './benchTypes';

const MB = 1024 * 1024;

/** A forced full GC between runs, so one run's garbage is not billed to the next. */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
const collectGarbage = exposeGc();

export interface Measurement {
  readonly medianMs: number;
  readonly timesMs: readonly number[];
  readonly rows: number | null;
  /** Live heap + external (ArrayBuffers) growth after a GC with the result still referenced, in MB. */
  readonly retainedMb: number;
  /** The process's peak RSS so far, in MB (it only grows, so it shows which case pushed it up). */
  readonly peakRssMb: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export interface MeasureOptions {
  readonly warmups: number;
  readonly runs: number;
  /** No further timed run starts once the timed runs have taken this long, in ms. */
  readonly budgetMs: number;
}

// Each step runs in its own function: a finished run's result can linger in the caller's
// interpreter registers and would survive the GC, skewing the next memory reading.
function warmUp(implementation: BenchImplementation, count: number): void {
  for (let i = 0; i < count; i++) implementation.run();
}

function timedRun(implementation: BenchImplementation): number {
  collectGarbage();
  const started = performance.now();
  implementation.run();
  return performance.now() - started;
}

/** A timed run whose result is held through a GC, so its live size can be read. */
function timedRunWithMemory(implementation: BenchImplementation): {
  ms: number;
  rows: number | null;
  retainedMb: number;
} {
  collectGarbage();
  const before = process.memoryUsage();
  const started = performance.now();
  const result = implementation.run();
  const ms = performance.now() - started;
  collectGarbage();
  const after = process.memoryUsage();
  const retainedMb = (after.heapUsed + after.external - before.heapUsed - before.external) / MB;
  return { ms, rows: result.rows, retainedMb };
}

/** Warm-ups, then timed runs (the first also reads memory) until `runs` or the time budget. */
export function measure(implementation: BenchImplementation, options: MeasureOptions): Measurement {
  warmUp(implementation, options.warmups);
  const first = timedRunWithMemory(implementation);
  const timesMs = [first.ms];
  let spentMs = first.ms;
  while (timesMs.length < options.runs && spentMs < options.budgetMs) {
    const ms = timedRun(implementation);
    timesMs.push(ms);
    spentMs += ms;
  }
  collectGarbage();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    medianMs: median(timesMs),
    timesMs,
    rows: first.rows,
    retainedMb: first.retainedMb,
    peakRssMb,
  };
}
