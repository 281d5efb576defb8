// The CSV parse kernel alone (bytes to columns, one thread, no decoding or typing), this tree
// against another copy of the repository in the same process, rounds alternating, CPU time:
// `npx tsx bench/parseKernel.ts [FILE] [OTHER_ROOT] [ROUNDS]`. With no OTHER_ROOT only this
// tree runs; the order alternates per round. Prints each run, `uptime`'s load average, the medians, and whether the tables match.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface KernelModule {
  parseCsvBytes(
    bytes: Uint8Array,
    options: { delimiter: ','; decimal: '.'; hasHeader: boolean },
  ): { ok: boolean };
}

const here = resolve(import.meta.dirname, '..');
const [path = 'bench/out/mixed-200000-seed42.csv', otherRoot, roundsText = '5'] =
  process.argv.slice(2);
const bytes: Uint8Array = readFileSync(path);
const options = { delimiter: ',', decimal: '.', hasHeader: true } as const;

async function load(root: string): Promise<KernelModule> {
  const file = resolve(root, 'src/core/data/csv/csvTableBuilder.ts');
  return (await import(pathToFileURL(file).href)) as KernelModule;
}

/** CPU milliseconds of one parse, and its result. */
function timeParse(kernel: KernelModule): { cpuMs: number; result: unknown } {
  const before = process.cpuUsage();
  const result = kernel.parseCsvBytes(bytes, options);
  const cpu = process.cpuUsage(before);
  if (!result.ok) throw new Error('the parse failed');
  return { cpuMs: (cpu.user + cpu.system) / 1000, result };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** `uptime`'s load averages, read without starting a process (a fork slowed the next parse). */
const loadAverage = (): string =>
  `load average: ${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')}`;

async function main(): Promise<void> {
  const kernels: [string, KernelModule][] = [['this tree', await load(here)]];
  if (otherRoot !== undefined) kernels.push([otherRoot, await load(otherRoot)]);
  const times = kernels.map((): number[] => []);
  for (const [, kernel] of kernels) timeParse(kernel); // warm-up, untimed
  const mb = bytes.length / 1e6;
  for (let round = 0; round < Number(roundsText); round++) {
    console.log(`round ${round + 1}`);
    // Every other round the other tree goes first, so that neither always follows the other.
    const order = round % 2 === 0 ? kernels.keys() : [...kernels.keys()].reverse();
    for (const k of order) {
      const [name, kernel] = kernels[k]!;
      globalThis.gc?.();
      const { cpuMs } = timeParse(kernel);
      times[k]!.push(cpuMs);
      console.log(
        `  ${name}: ${cpuMs.toFixed(0)} ms CPU (${(mb / (cpuMs / 1000)).toFixed(1)} MB/s)`,
      );
    }
    console.log(`  ${loadAverage()}`);
  }
  kernels.forEach(([name], k) => {
    const ms = median(times[k]!);
    const least = Math.min(...times[k]!);
    console.log(
      `${name}: median ${ms.toFixed(0)} ms CPU (${(mb / (ms / 1000)).toFixed(1)} MB/s), ` +
        `minimum ${least.toFixed(0)} ms (${(mb / (least / 1000)).toFixed(1)} MB/s)`,
    );
  });
  if (kernels.length === 2) {
    const same = isDeepStrictEqual(
      timeParse(kernels[0]![1]).result,
      timeParse(kernels[1]![1]).result,
    );
    console.log(`tables deep-equal: ${same}`);
  }
}

await main();
