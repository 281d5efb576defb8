// Reference timings from scikit-learn / numpy (scripts/bench-reference.py writes
// bench/reference/<suite>.json) and the ratios of our measured medians to them. The runner times
// each implementation and prints its table; it has no hook after a case, so the modelling benches
// wrap their runs here to keep their own copy of the times and print the ratios when Node exits.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchImplementation, RunOutput } from './benchTypes';
import type { DataCheck } from './modellingData';

const REFERENCE_DIR = fileURLToPath(new URL('./reference/', import.meta.url));

/** One reference implementation's timing; extra facts (support vectors, accuracy) ride along. */
export interface ReferenceTiming {
  readonly medianMs: number;
  readonly timesMs: readonly number[];
  /** Median CPU time of the process; on a busy machine it moves far less than wall time. */
  readonly cpuMs?: number;
  readonly [fact: string]: unknown;
}

/** One case of a reference file, keyed by the bench case's name. */
export interface ReferenceCase {
  readonly check: DataCheck;
  readonly machine: Readonly<Record<string, unknown>>;
  readonly timings: Readonly<Record<string, ReferenceTiming>>;
}

type ReferenceFile = { readonly cases: Readonly<Record<string, ReferenceCase>> };

const sameData = (a: DataCheck, b: DataCheck): boolean =>
  a.x0 === b.x0 &&
  a.xLast === b.xLast &&
  a.y0 === b.y0 &&
  a.yLast === b.yLast &&
  Math.abs(a.yMean - b.yMean) <= 1e-12 * Math.max(1, Math.abs(a.yMean));

/**
 * The reference for one case, or null with the reason printed: no file, no such case (other
 * sizes need the script run with the same environment), or data that differ from ours.
 */
export function loadReferenceCase(
  suite: string,
  caseName: string,
  check: DataCheck,
): ReferenceCase | null {
  const path = `${REFERENCE_DIR}${suite}.json`;
  const rerun = 'run /usr/bin/python3 scripts/bench-reference.py ' + suite;
  if (!existsSync(path)) {
    console.log(`  no reference file bench/reference/${suite}.json (${rerun})`);
    return null;
  }
  const file = JSON.parse(readFileSync(path, 'utf8')) as ReferenceFile;
  const reference = file.cases[caseName];
  if (!reference) {
    console.log(`  no reference for "${caseName}" (${rerun} with the same environment)`);
    return null;
  }
  if (!sameData(reference.check, check)) {
    console.warn(`warning: reference data for "${caseName}" differ from ours; ratios not printed`);
    return null;
  }
  return reference;
}

/** Prints a reference case's timings and facts, as measured by the script. */
export function printReference(caseName: string, reference: ReferenceCase): void {
  const machine = Object.entries(reference.machine)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
  console.log(`  reference for ${caseName} (${machine}):`);
  for (const [name, timing] of Object.entries(reference.timings)) {
    const { medianMs, timesMs, cpuMs, ...facts } = timing;
    const cpu = cpuMs === undefined ? '' : `, CPU ${cpuMs.toFixed(0)} ms`;
    const extra = Object.entries(facts).map(([key, value]) => `, ${key} ${String(value)}`);
    const runs = `${timesMs.length} runs`;
    console.log(`    ${name}: ${medianMs.toFixed(0)} ms (${runs}${cpu})${extra.join('')}`);
  }
}

interface Recorded {
  readonly caseName: string;
  readonly name: string;
  readonly warmups: number;
  readonly timesMs: number[];
  readonly cpuMs: number[];
  readonly reference: ReferenceCase;
  readonly samplesPerRun: number | null;
}
const recorded: Recorded[] = [];

// The runner's warm-up rule (run.ts): those calls are left out of the median here too.
const warmupsFor = (bytes: number): number =>
  Number(process.env.BENCH_WARMUPS ?? (bytes > 50e6 ? 0 : 1));

/**
 * The implementation with its run times kept for the ratio lines (only when there is a
 * reference); `samplesPerRun` adds samples per second to its line.
 */
export function withReference(
  implementation: BenchImplementation,
  caseName: string,
  bytes: number,
  reference: ReferenceCase | null,
  samplesPerRun: number | null = null,
): BenchImplementation {
  if (reference === null || implementation.skipReason !== undefined) return implementation;
  const timesMs: number[] = [];
  const cpuMs: number[] = [];
  const { name } = implementation;
  const warmups = warmupsFor(bytes);
  recorded.push({ caseName, name, warmups, timesMs, cpuMs, reference, samplesPerRun });
  const run = (): RunOutput => {
    const [started, cpuStarted] = [performance.now(), process.cpuUsage()];
    const output = implementation.run();
    timesMs.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStarted);
    cpuMs.push((cpu.user + cpu.system) / 1000);
    return output;
  };
  return { ...implementation, run };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** "wall ratio (CPU ratio)" of one of our rows against one reference timing. */
function ratio(wallMs: number, cpuMs: number, timing: ReferenceTiming): string {
  const cpu = timing.cpuMs === undefined ? '' : ` (CPU ${(cpuMs / timing.cpuMs).toFixed(2)}x)`;
  return `${(wallMs / timing.medianMs).toFixed(2)}x${cpu}`;
}

function printRatios(): void {
  if (recorded.length === 0) return;
  console.log('\nOur medians over the scikit-learn / numpy reference medians (bench/reference/):');
  for (const row of recorded) {
    const times = row.timesMs.slice(row.warmups);
    if (times.length === 0) continue;
    const [wallMs, cpuMs] = [median(times), median(row.cpuMs.slice(row.warmups))];
    const ratios = Object.entries(row.reference.timings).map(
      ([name, timing]) => `${ratio(wallMs, cpuMs, timing)} ${name}`,
    );
    const perSecond = row.samplesPerRun === null ? 0 : row.samplesPerRun / (wallMs / 1000);
    const samples = perSecond ? `, ${Math.round(perSecond)} samples/s` : '';
    const ours = `${wallMs.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms${samples})`;
    console.log(`  ${row.caseName} / ${row.name}: ${ours} = ${ratios.join(', ')}`);
  }
}

// After the runner's last table; 'exit' listeners run synchronously, stdout is synchronous here.
process.once('exit', printRatios);
